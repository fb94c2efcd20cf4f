"""`followup new --from INVITE.ics` and `followup due` as a user or a script runs them (real processes),
and the promise that new/send/due never load Textual."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followup.core.store import fingerprint, load
from tests.builders import due_session, save
from tests.test_cli import REPO, run

INVITES = Path(__file__).parent / "fixtures" / "invites"
PROFILE = '[profile]\nname = "Alex Kim"\nemail = "alex.kim@example.com"\nsignoff = "Best regards,\\nAlex Kim"\n'


@pytest.fixture
def env(tmp_path):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_") and k != "NO_COLOR"}
    environ["FOLLOWUP_HOME"] = str(tmp_path / "home")
    environ["FOLLOWUP_CONFIG"] = str(tmp_path / "config.toml")
    (tmp_path / "config.toml").write_text(PROFILE)
    return environ


# -- new ------------------------------------------------------------------------------------------


def test_new_from_an_invite_writes_a_session_in_the_sessions_folder(env, tmp_path):
    result = run(env, "new", "--from", INVITES / "google.ics")
    assert result.returncode == 0, result.stderr
    path = tmp_path / "home" / "sessions" / "2026-11-25-northwind-analytics.toml"
    assert f"Created {path}" in result.stdout
    assert "Senior Data Analyst at Northwind Analytics" in result.stdout
    assert "2 to thank: Dana Rivera, Sam Okafor" in result.stdout
    session = load(path)
    assert session.candidate.name == "Alex Kim" and session.candidate.extra["signoff"] == "Best regards,\nAlex Kim"
    assert [p.name for p in session.interviewers] == ["Dana Rivera", "Sam Okafor"]
    assert os.stat(path).st_mode & 0o077 == 0
    # `followup due` will find it even if it were elsewhere: it is on the recent-files list.
    assert (tmp_path / "home" / "recent.txt").read_text() == f"{path}\n"
    # The same invite again: a second file beside it, never over the first.
    again = run(env, "new", "--from", INVITES / "google.ics")
    assert again.returncode == 0 and (path.parent / "2026-11-25-northwind-analytics-2.toml").is_file()


def test_new_never_overwrites_an_existing_out(env, tmp_path):
    target = tmp_path / "mine.toml"
    target.write_text("my own notes\n")
    result = run(env, "new", "--from", INVITES / "outlook.ics", "--out", target)
    assert result.returncode == 2 and "already exists; not overwritten" in result.stderr
    assert target.read_text() == "my own notes\n"


@pytest.mark.parametrize(("name", "words"), [
    ("not-a-calendar.ics", "not a calendar invite"),
    ("todo-only.ics", "no event (VEVENT)"),
    ("no-start.ics", "has no start time (DTSTART)"),
    ("missing.ics", "no such file"),
])
def test_new_from_a_bad_file_is_one_line_and_writes_nothing(env, tmp_path, name, words):
    result = run(env, "new", "--from", INVITES / name, "--out", tmp_path / "s.toml")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and name in result.stderr and words in result.stderr
    assert not (tmp_path / "s.toml").exists() and not (tmp_path / "home" / "recent.txt").exists()


def test_several_events_without_a_terminal_need_event_n(env, tmp_path):
    result = run(env, "new", "--from", INVITES / "several.ics", "--out", tmp_path / "s.toml")
    assert result.returncode == 2 and "holds 2 events; say which with --event N" in result.stderr
    assert "2. Fri 27 Nov 2026" in result.stderr and not (tmp_path / "s.toml").exists()
    chosen = run(env, "new", "--from", INVITES / "several.ics", "--event", "2", "--out", tmp_path / "s.toml")
    assert chosen.returncode == 0 and len(load(tmp_path / "s.toml").interviewers) == 3


@pytest.mark.parametrize("number", ["0", "3", "-1"])
def test_an_event_number_out_of_range_is_one_line_and_writes_nothing(env, tmp_path, number):
    """Events count from 1: 0 is out of range like any other number (it once imported event 1 silently)."""
    for invite, count in (("several.ics", 2), ("google.ics", 1)):
        result = run(env, "new", "--from", INVITES / invite, "--event", number, "--out", tmp_path / "s.toml")
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr == (f"followup new: --event {number}: {INVITES / invite} holds events 1 to {count}\n")
        assert not (tmp_path / "s.toml").exists() and not (tmp_path / "home" / "recent.txt").exists()


def test_new_says_when_the_invites_time_zone_is_unknown(env, tmp_path):
    result = run(env, "new", "--from", INVITES / "unknown-zone.ics", "--out", tmp_path / "s.toml")
    assert result.returncode == 0, result.stderr
    assert ("  note: time zone 'Mumbai Office Time' is unknown; read as local time — check the start in setup\n"
            in result.stdout)


def test_new_from_a_folder_says_it_wants_a_calendar_invite(env, tmp_path):
    result = run(env, "new", "--from", INVITES, "--out", tmp_path / "s.toml")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"{INVITES}: is a folder, not a calendar invite (.ics)\n"
    assert "session file" not in result.stderr and not (tmp_path / "s.toml").exists()


def test_new_out_into_a_folder_that_does_not_exist_is_refused(env, tmp_path):
    target = tmp_path / "no-such-folder" / "deeper" / "s.toml"
    result = run(env, "new", "--from", INVITES / "google.ics", "--out", target)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"the folder {target.parent} does not exist; create it first" in result.stderr
    assert not (tmp_path / "no-such-folder").exists() and not (tmp_path / "home" / "recent.txt").exists()
    # A file where the folder should be: named the same way.
    (tmp_path / "plain").write_text("x")
    beside = run(env, "new", "--from", INVITES / "google.ics", "--out", tmp_path / "plain" / "s.toml")
    assert beside.returncode == 2 and f"{tmp_path / 'plain'} is not a folder" in beside.stderr
    # Into a folder that exists it writes, as before.
    (tmp_path / "mine").mkdir()
    assert run(env, "new", "--from", INVITES / "google.ics", "--out", tmp_path / "mine" / "s.toml").returncode == 0
    assert load(tmp_path / "mine" / "s.toml").interview.company == "Northwind Analytics"


def test_several_events_on_a_terminal_are_offered_as_a_numbered_list(env, tmp_path):
    env = {**env, "TZ": "UTC"}
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "followup.tui.cli", "new", "--from", str(INVITES / "several.ics"),
         "--out", str(tmp_path / "s.toml")],
        stdin=secondary, stdout=secondary, stderr=secondary, env=env, cwd=REPO, close_fds=True)
    os.close(secondary)
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        while marker not in seen:
            ready, _, _ = select.select([primary], [], [], 60)
            assert ready, f"no prompt; saw {seen!r}"
            seen += os.read(primary, 4096)

    read_until(b"Which one? [1-2] ")
    assert b"1. Fri 20 Nov 2026 15:00" in seen and b"2. Fri 27 Nov 2026 14:00" in seen
    os.write(primary, b"2\n")
    assert process.wait(timeout=60) == 0
    try:
        while os.read(primary, 4096):
            pass
    except OSError:
        pass
    os.close(primary)
    assert [p.name for p in load(tmp_path / "s.toml").interviewers] == ["Maria Garcia", "Wei Chen", "Olu Adeyemi"]


# -- due ------------------------------------------------------------------------------------------


def _session_at(path: Path, end: datetime, sent: list[bool], company="Northwind Analytics") -> Path:
    return save(due_session(end, sent, company), path)


NOW = "2026-11-26T12:00:00-05:00"


def test_due_lists_unsent_drafts_soonest_first_with_overdue_marked(env, tmp_path):
    now = datetime.fromisoformat(NOW)
    sessions = tmp_path / "home" / "sessions"
    _session_at(sessions / "a.toml", now - timedelta(hours=30), [False, True])         # overdue by 6 h
    _session_at(sessions / "b.toml", now - timedelta(hours=19), [False], "Contoso")     # due in 5 h
    elsewhere = _session_at(tmp_path / "elsewhere.toml", now - timedelta(hours=2), [False], "Fabrikam")
    (tmp_path / "home" / "recent.txt").write_text(f"{elsewhere}\n{tmp_path / 'gone.toml'}\n")
    result = run(env, "due", "--now", NOW)
    assert result.returncode == 1, result.stderr  # one is overdue
    lines = result.stdout.splitlines()
    assert lines[0].startswith("overdue by 6 h")
    assert "Dana Rivera — Senior Data Analyst at Northwind Analytics" in lines[0]
    assert lines[1].startswith("due in 5 h") and "Contoso" in lines[1]
    assert lines[2].startswith("due in 22 h") and "Fabrikam" in lines[2] and str(elsewhere) in lines[2]
    assert lines[3] == "3 unsent, 1 overdue."
    assert "Sam Okafor" not in result.stdout  # sent
    assert result.stderr == ""  # a remembered file that has gone is skipped quietly
    short = run(env, "due", "--short", "--now", NOW)
    assert (short.returncode, short.stdout) == (1, "1 overdue · 3 due\n")
    data = json.loads(run(env, "due", "--json", "--now", NOW).stdout)
    assert data["overdue"] == 1
    assert [(d["interviewer"], d["state"]) for d in data["drafts"]] == [
        ("Dana Rivera", "overdue"), ("Dana Rivera", "soon"), ("Dana Rivera", "open")]
    assert data["drafts"][1]["seconds_left"] == 5 * 3600


def test_due_short_for_a_status_line_and_exit_zero_when_nothing_is_overdue(env, tmp_path):
    now = datetime.fromisoformat(NOW)
    sessions = tmp_path / "home" / "sessions"
    _session_at(sessions / "a.toml", now - timedelta(hours=19), [False, False])
    result = run(env, "due", "--short", "--now", NOW)
    assert (result.returncode, result.stdout) == (0, "2 due · 5 h\n")


def test_due_leaves_out_the_demo_session(env, tmp_path):
    now = datetime.fromisoformat(NOW)
    _session_at(tmp_path / "home" / "sessions" / "demo-panel.toml", now - timedelta(hours=30), [False])
    result = run(env, "due", "--now", NOW)
    assert (result.returncode, result.stdout) == (0, "Nothing due: every draft is sent.\n")


def test_due_with_everything_sent(env, tmp_path):
    now = datetime.fromisoformat(NOW)
    _session_at(tmp_path / "home" / "sessions" / "a.toml", now - timedelta(hours=30), [True, True])
    result = run(env, "due", "--now", NOW)
    assert (result.returncode, result.stdout) == (0, "Nothing due: every draft is sent.\n")
    assert run(env, "due", "--short", "--now", NOW).stdout == "nothing due\n"


def test_due_skips_a_broken_session_with_a_warning(env, tmp_path):
    sessions = tmp_path / "home" / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "broken.toml").write_text("schema = 1\n[candidate\n")
    result = run(env, "due", "--now", NOW)
    assert result.returncode == 0 and "warning: skipped" in result.stderr and "broken.toml" in result.stderr


# -- no Textual -----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["new", "send", "due"])
def test_mail_commands_do_not_import_textual(env, tmp_path, command):
    (tmp_path / "config.toml").write_text(PROFILE + '[send]\ncommand = "true"\n')
    session = _session_at(tmp_path / "a.toml", datetime.now().astimezone(), [False, False])
    args = {
        "new": ["new", "--from", str(INVITES / "google.ics"), "--out", str(tmp_path / "s.toml")],
        "send": ["send", str(session), "--all", "--dry-run", "--force"],  # builds and scores the messages
        "due": ["due"],
    }[command]
    code = (
        "import sys\nfrom followup.tui.cli import main\n"
        f"rc = main({args!r})\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('TEXTUAL', loaded, 'STATUS', rc)\nsys.exit(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "TEXTUAL [] STATUS 0" in result.stdout, result.stdout + result.stderr
