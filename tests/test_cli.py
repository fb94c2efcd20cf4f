"""`followup check` and `followup export` as a user or a script runs them: real processes,
FOLLOWUP_HOME and FOLLOWUP_CONFIG pointed at a temp folder."""

from __future__ import annotations

import email
import io
import json
import os
import shutil
import subprocess
import sys
from email.policy import default as DEFAULT_POLICY
from pathlib import Path

import pytest

from followup.core.demo import demo_session
from followup.core.model import Draft, Interviewer
from followup.core.render import starter_draft
from followup.core.store import dumps, load, save
from tests.fixtures.sessions import northwind

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
NOW = "2026-11-25T17:07:00-05:00"


@pytest.fixture
def env(tmp_path):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_") and k != "NO_COLOR"}
    environ["FOLLOWUP_HOME"] = str(tmp_path / "home")
    environ["FOLLOWUP_CONFIG"] = str(tmp_path / "config.toml")
    return environ


def run(env, *args, cwd=REPO):
    return subprocess.run(
        [sys.executable, "-m", "followup.tui.cli", *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd,
        timeout=120,
    )


def _demo(tmp_path, name="demo.toml"):
    from datetime import datetime

    path = tmp_path / name
    save(demo_session(datetime.fromisoformat(NOW)), path)
    return path


def _clean(tmp_path):
    """A two-interviewer session whose drafts are the starters made personal (an untouched starter is not
    ready to send: draft.starter)."""
    session = northwind()
    for i in range(2):
        draft = session.interviewers[i].draft = starter_draft(session, i)
        draft.gratitude += " It was the part of the day I enjoyed most."
        draft.interest += " I would be glad to walk you through how I did it."
    path = tmp_path / "clean.toml"
    save(session, path)
    return path


# -- check ----------------------------------------------------------------------


def test_check_prints_each_draft_with_score_deadline_and_grouped_findings(env, tmp_path):
    result = run(env, "check", _demo(tmp_path), "--now", NOW)
    assert result.returncode == 1  # two drafts are unfinished
    out = result.stdout
    assert "panel" in out and "session score" in out
    assert "Priya Natarajan — score 100 (ready) — sent" in out
    assert "Marcus Oyelaran — score 100 (ready) — due in 20 h 53 min" in out
    walsh = out.split("Siobhán Walsh")[1].split("Tomás")[0]
    assert "  Sign-off\n" in walsh and "error" in walsh and "signoff.full-name" in walsh
    assert "2 of 5 drafts have errors" in out
    assert "\x1b" not in out  # not a terminal: no colour
    assert result.stderr == ""


def test_check_into_a_pipe_closed_early_stops_quietly(env, tmp_path):
    """`followup check s.toml | head -1`: the reader leaves; no traceback, the shell's status for a closed pipe."""
    process = subprocess.Popen([sys.executable, "-m", "followup.tui.cli", "check", str(_demo(tmp_path)), "--now", NOW],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    process.stdout.close()  # like `head` exiting before the first line is written
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""


def test_check_exit_0_when_no_draft_has_an_error(env, tmp_path):
    result = run(env, "check", _clean(tmp_path), "--now", "2026-11-25T12:00:00-05:00")
    assert result.returncode == 0, result.stdout
    assert "No errors" in result.stdout


def test_check_json_has_the_contract_keys(env, tmp_path):
    result = run(env, "check", _demo(tmp_path), "--json", "--now", "2026-11-26T17:07:00-05:00")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["file"].endswith("demo.toml") and data["scenario"] == "panel"
    assert [d["interviewer"] for d in data["drafts"]][:2] == ["Priya Natarajan", "Marcus Oyelaran"]
    marcus = data["drafts"][1]
    assert marcus["deadline"]["state"] == "overdue"
    finding = marcus["findings"][0]
    assert {"rule", "severity", "section", "message", "span"} <= finding.keys()
    assert finding["rule"] == "timing.deadline" and finding["severity"] == "error"
    assert data["drafts"][0]["findings"] == []
    # the band (added to the contract): an error makes a draft "not ready", nothing found is "ready"
    assert marcus["band"] == "not ready" and marcus["score"] < 60
    assert data["drafts"][0]["band"] == "ready" and data["drafts"][0]["score"] == 100


def test_disable_option_and_config_file_are_honoured(env, tmp_path):
    path = _demo(tmp_path)
    before = json.loads(run(env, "check", path, "--json", "--now", NOW).stdout)
    rules = {f["rule"] for d in before["drafts"] for f in d["findings"]}
    assert {"signoff.full-name", "subject.present"} <= rules
    after = run(env, "check", path, "--json", "--now", NOW, "--disable", "signoff.full-name,subject.present",
                "gratitude.thanks")
    assert after.returncode == 0
    assert not {f["rule"] for d in json.loads(after.stdout)["drafts"] for f in d["findings"]} & {
        "signoff.full-name", "subject.present", "gratitude.thanks"}
    Path(env["FOLLOWUP_CONFIG"]).write_text('disable = ["signoff.full-name", "subject.present", "gratitude.thanks"]\n')
    assert run(env, "check", path, "--now", NOW).returncode == 0


def test_accepted_words_in_config_silence_spelling(env, tmp_path):
    session = northwind()
    for i in range(2):
        session.interviewers[i].draft = starter_draft(session, i)
    session.interviewers[0].draft.closing += " I also enjoyed the Grafanaworks demo."
    path = tmp_path / "s.toml"
    save(session, path)
    first = json.loads(run(env, "check", path, "--json", "--now", NOW).stdout)
    assert any(f["rule"] == "proof.spelling" for f in first["drafts"][0]["findings"])
    Path(env["FOLLOWUP_CONFIG"]).write_text('words = ["Grafanaworks"]\n')
    second = json.loads(run(env, "check", path, "--json", "--now", NOW).stdout)
    assert not any(f["rule"] == "proof.spelling" for f in second["drafts"][0]["findings"])


@pytest.mark.parametrize(
    "args, says",
    [
        (["--disable", "no.such-rule"], "unknown rule ID 'no.such-rule'"),
        (["--now", "yesterday"], "--now: expected an ISO-8601 date-time"),
    ],
)
def test_usage_errors_exit_2_with_one_line(env, tmp_path, args, says):
    result = run(env, "check", _demo(tmp_path), *args)
    assert result.returncode == 2
    assert says in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_broken_config_exits_2_naming_it(env, tmp_path):
    Path(env["FOLLOWUP_CONFIG"]).write_text("disable = 'subject.present'\n")
    result = run(env, "check", _demo(tmp_path), "--now", NOW)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{env['FOLLOWUP_CONFIG']}: disable: expected a list of strings"


def test_now_without_offset_is_local_time(env, tmp_path):
    assert run(env, "check", _clean(tmp_path), "--now", "2026-11-25T12:00").returncode in (0, 1)


# -- bad files --------------------------------------------------------------------

BAD = {
    "not-toml.toml": "not valid TOML",
    "wrong-type.toml": "interviewers[2].topics: expected a list of strings",
    "missing-field.toml": "interview.role: missing",
    "schema-too-new.toml": "schema: schema 3 is newer than this followup understands (1); upgrade followup",
    "nul-bytes.toml": "contains NUL bytes",
    "latin-1.toml": "not UTF-8 text",
    "bad-outcome.toml": "interview.outcome: expected",
}


@pytest.mark.parametrize("command", ["check", "export"])
@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_exit_2_name_file_and_field_and_stay_unchanged(env, tmp_path, command, name):
    path = tmp_path / name
    shutil.copy2(FIXTURES / "bad" / name, path)
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    result = run(env, command, path, *(["--out", tmp_path / "out"] if command == "export" else []))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{path}: ") and BAD[name] in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing written beside it, no out folder


@pytest.mark.parametrize("command", ["check", "export"])
def test_folder_or_missing_file_exit_2(env, tmp_path, command):
    folder = tmp_path / "session.toml"
    folder.mkdir()
    result = run(env, command, folder)
    assert result.returncode == 2 and "is a folder" in result.stderr
    result = run(env, command, tmp_path / "nope.toml")
    assert result.returncode == 2 and result.stderr.strip() == f"{tmp_path / 'nope.toml'}: no such file"


# -- permissions ---------------------------------------------------------------------


def test_session_readable_by_others_gets_a_warning_line(env, tmp_path):
    path = _clean(tmp_path)
    assert run(env, "check", path, "--now", NOW).stderr == ""
    os.chmod(path, 0o644)
    result = run(env, "check", path, "--now", NOW)
    assert result.stderr == (
        f"warning: {path} is readable by other users; chmod 600 {path} to keep your drafts private\n"
    )
    assert "readable by other users" in run(env, "export", path, "--out", tmp_path / "out").stderr


# -- export ----------------------------------------------------------------------------


def test_export_writes_one_eml_per_interviewer_beside_the_session(env, tmp_path):
    path = _demo(tmp_path)
    session = load(path)
    session.interviewers[4].draft = Draft()
    save(session, path)
    result = run(env, "export", path)  # two drafts are not ready: held back, with the reason, exit 1
    assert result.returncode == 1, result.stderr
    assert len(list(tmp_path.glob("*.eml"))) == 3 and len(result.stdout.splitlines()) == 3
    assert "not exported: Siobhán Walsh: 1 error to fix\n" in result.stderr
    assert "not exported: Hannah Lindqvist: 1 error to fix\n" in result.stderr
    assert "--force writes them anyway" in result.stderr
    result = run(env, "export", path, "--force")
    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 5 and len(result.stdout.splitlines()) == 5
    assert "hannah-lindqvist.eml  (empty draft)" in result.stdout
    message = email.message_from_bytes((tmp_path / "priya-natarajan.eml").read_bytes(), policy=DEFAULT_POLICY)
    assert message["To"].addresses[0].addr_spec == "priya.natarajan@harborline.example"
    assert message["Subject"] == "Thank you – Jordan Ellis – Senior Product Analyst interview"
    assert "walking me through the pricing experiments" in message.get_content()


def test_export_txt_into_out_folder(env, tmp_path):
    result = run(env, "export", _demo(tmp_path), "--format", "txt", "--out", tmp_path / "mail", "--force")
    assert result.returncode == 0
    text = (tmp_path / "mail" / "marcus-oyelaran.txt").read_text()
    assert text.startswith("To: Marcus Oyelaran <marcus.oyelaran@harborline.example>\nSubject: Thank you")


def test_export_out_is_a_file_exits_2(env, tmp_path):
    (tmp_path / "file").write_text("x")
    result = run(env, "export", _demo(tmp_path), "--out", tmp_path / "file")
    assert result.returncode == 2 and "is a file, not a folder" in result.stderr


# -- headless never loads Textual ----------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "export"])
def test_headless_commands_do_not_import_textual(env, tmp_path, command):
    path = _clean(tmp_path)
    args = [command, str(path)] + (["--out", str(tmp_path / "o")] if command == "export" else [])
    code = (
        "import sys\nfrom followup.tui.cli import main\n"
        f"rc = main({args!r})\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('TEXTUAL', loaded)\nsys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO)
    assert result.returncode in (0, 1), result.stderr
    assert "TEXTUAL []" in result.stdout


# -- hostile text ------------------------------------------------------------------------

HOSTILE = [
    "Dr. [b]Smith[/] [/]", "[link=https://evil.example]click[/link]", "\x1b[2J\x1b[H", "bell\x07",
    "\x1b]52;c;ZXZpbA==\x07", "{{ 7*7 }}", "{% for x in range(9) %}x{% endfor %}", "مرحبا بالعالم",
    "e\u0301\u0301\u0301", "\u202egnp.exe", "nul\x00byte", "tab\tand\nnewline\r\n",
]


def _hostile_session(tmp_path, count=12):
    session = northwind()
    session.candidate.name = "Alex \x1b[31mKim\x1b[0m"
    session.interview.company = "{{ company }} [b]Co[/]"
    session.interviewers = []
    for i in range(count):
        text = HOSTILE[i % len(HOSTILE)]
        person = Interviewer(name=f"{text} {i}", title=text, email=f"{text}@x.example", topics=[text])
        session.interviewers.append(person)
        person.draft = starter_draft(session, i)
        person.draft.clarification = text
    # One 100,000-character line in a topic and one in a draft (one each keeps the test quick).
    session.interviewers[0].topics.append("x" * 100_000)
    session.interviewers[1].draft.clarification += " " + "long " * 20_000
    path = tmp_path / "hostile.toml"
    save(session, path)
    return path, session


def _assert_terminal_safe(text: str) -> None:
    for bad in ("\x1b", "\x07", "\x00", "\u202e", "\r"):
        assert bad not in text


def test_hostile_text_through_check_and_export(env, tmp_path):
    path, session = _hostile_session(tmp_path)
    assert load(path) == session
    result = run(env, "check", path, "--now", NOW)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    _assert_terminal_safe(result.stdout + result.stderr)
    assert "Dr. [b]Smith[/] [/] 0 — score" in result.stdout  # markup shown literally
    assert "␛[2J␛[H 2 — score" in result.stdout  # escape shown, not obeyed
    assert "{{ 7*7 }} 5" in result.stdout and "49" not in result.stdout.split("{{ 7*7 }} 5")[1][:20]
    as_json = run(env, "check", path, "--json", "--now", NOW)
    _assert_terminal_safe(as_json.stdout)
    assert json.loads(as_json.stdout)["drafts"][2]["interviewer"] == "\x1b[2J\x1b[H 2"

    out = tmp_path / "out"
    result = run(env, "export", path, "--out", out)  # every hostile draft is held back, named safely
    assert result.returncode == 1 and result.stdout == ""
    assert "not exported: ␛[2J␛[H 2: " in result.stderr
    _assert_terminal_safe(result.stderr)
    result = run(env, "export", path, "--out", out, "--force")
    assert result.returncode == 0, result.stderr
    _assert_terminal_safe(result.stdout + result.stderr)
    files = sorted(out.glob("*.eml"))
    assert len(files) == len(session.interviewers)
    for file in files:
        message = email.message_from_bytes(file.read_bytes(), policy=DEFAULT_POLICY)
        assert set(k.lower() for k in message.keys()) <= {
            "to", "subject", "x-unsent", "content-type", "content-transfer-encoding", "mime-version"}
        assert "\x1b" not in message["Subject"] and "\x00" not in message.get_content()
        assert max(len(line) for line in file.read_bytes().split(b"\n")) <= 998


def test_two_hundred_interviewers(env, tmp_path):
    session = northwind()
    session.interviewers = [
        Interviewer(f"Person {i}", email=f"p{i}@x.example", topics=[f"topic number {i}"]) for i in range(200)
    ]
    for i in range(200):
        session.interviewers[i].draft = starter_draft(session, i)
    path = tmp_path / "big.toml"
    save(session, path)
    result = run(env, "check", path, "--json", "--now", NOW)
    assert result.returncode in (0, 1) and len(json.loads(result.stdout)["drafts"]) == 200
    result = run(env, "export", path, "--out", tmp_path / "out", "--force")  # untouched starters are errors
    assert result.returncode == 0 and len(list((tmp_path / "out").glob("*.eml"))) == 200


# -- the output helper ---------------------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color():
    from followup.tui.headless import _Out

    assert _Out(_Tty(), {}).colour
    assert not _Out(_Tty(), {"NO_COLOR": "1"}).colour
    assert not _Out(io.StringIO(), {}).colour


def test_visible_shows_every_control_character():
    from followup.tui.headless import visible

    assert visible("a\x1b[2J\x07\x00\n\t\x7f\x9b\u202e\u2066b") == "a␛[2J␇␀␊␉␡<U+009B><U+202E><U+2066>b"
    assert visible("x" * 100, 10) == "x" * 9 + "…"
    assert visible("Siobhán [b]Ní[/] e\u0301 שלום") == "Siobhán [b]Ní[/] e\u0301 שלום"


# -- SIGKILL during export ------------------------------------------------------------------


def test_sigkill_during_export_never_leaves_a_partial_file(env, tmp_path):
    import random
    import signal
    import time

    from followup.core.store import leftovers

    def big(version: str) -> Path:
        session = northwind()
        session.interviewers = [
            Interviewer(f"Person {i}", email=f"p{i}@x.example",
                        draft=Draft(subject=f"{version} {i}", greeting=f"Dear Person {i},",
                                    gratitude=f"{version} " + "thank you " * 300, signoff="Best regards,\nAlex Kim"))
            for i in range(200)
        ]
        path = tmp_path / f"{version}.toml"
        save(session, path)
        return path

    sessions = [big("first"), big("second")]
    out = tmp_path / "out"
    started = time.monotonic()
    # --force: each export replaces the other session's files (the atomic replace is what is under test)
    assert run(env, "export", sessions[0], "--out", out, "--force").returncode == 0
    full = time.monotonic() - started
    rng = random.Random(20261125)
    kills = 0
    for round_ in range(20):
        process = subprocess.Popen(
            [sys.executable, "-m", "followup.tui.cli", "export", str(sessions[round_ % 2]), "--out", str(out), "--force"],
            env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.1, full * 0.8))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
        visible_files = sorted(p for p in out.iterdir() if not p.name.startswith("."))
        assert len(visible_files) == 200  # the first full export wrote them all; none ever vanishes
        for file in visible_files:
            data = file.read_bytes()
            assert data, f"{file.name} is empty after a kill"
            message = email.message_from_bytes(data, policy=DEFAULT_POLICY)
            version, number = message["Subject"].split()
            assert version in ("first", "second") and file.name == f"person-{number}.eml"
            assert message.get_content().count("thank you") == 300  # whole body, never cut short
        for temp in leftovers(out):  # a killed writer may leave its hidden temp file; nothing else
            assert temp.name.startswith(".person-") and temp.name.endswith(".tmp")
            temp.unlink()
    assert kills >= 10  # most rounds really were interrupted


# -- export never replaces a file followup did not write for that draft (issue 15 #10, 14 #3) --------------


def _ready(tmp_path, name="ready.toml"):
    """Two drafts of the demo with nothing to hold back (no error, a usable address): priya and marcus."""
    from datetime import datetime

    session = demo_session(datetime.fromisoformat(NOW))
    session.interviewers = session.interviewers[:2]
    path = tmp_path / name
    save(session, path)
    return path


def test_export_keeps_a_file_it_did_not_write_and_says_where_it_wrote(env, tmp_path):
    path = _ready(tmp_path)
    out = tmp_path / "exports"
    out.mkdir()
    (out / "priya-natarajan.eml").write_text("the user's own file")
    result = run(env, "export", path, "--out", out, "--force")
    assert result.returncode == 0, result.stderr
    assert "(replaced priya-natarajan.eml: --force)" in result.stdout
    (out / "priya-natarajan.eml").write_text("the user's own file")  # theirs again
    (out / "marcus-oyelaran.eml").write_text("another file of theirs")
    result = run(env, "export", path, "--out", out)
    assert result.returncode == 0, result.stderr
    assert (out / "priya-natarajan.eml").read_text() == "the user's own file"
    assert (out / "marcus-oyelaran.eml").read_text() == "another file of theirs"
    assert f"{out / 'priya-natarajan-2.eml'}  (priya-natarajan.eml is not followup's for this draft: kept, written beside it)" \
        in result.stdout.splitlines()
    result = run(env, "export", path, "--out", out, "--force")
    assert result.returncode == 0 and "(replaced priya-natarajan.eml: --force)" in result.stdout
    assert (out / "priya-natarajan.eml").read_text() != "the user's own file"


def test_two_sessions_sharing_an_exports_folder_keep_their_own_files(env, tmp_path):
    first = _ready(tmp_path)
    second = tmp_path / "second.toml"
    other = load(first)
    other.interviewers[0].draft.closing += " From the second session."
    save(other, second)
    out = tmp_path / "exports"
    assert run(env, "export", first, "--out", out).returncode == 0
    assert run(env, "export", second, "--out", out).returncode == 0
    assert "second session" not in (out / "priya-natarajan.eml").read_text()
    assert "second session" in (out / "priya-natarajan-2.eml").read_text()
    assert run(env, "export", first, "--out", out).returncode == 0  # again: updates its own, no -3
    assert sorted(p.name for p in out.glob("*.eml")) == [
        "marcus-oyelaran-2.eml", "marcus-oyelaran.eml", "priya-natarajan-2.eml", "priya-natarajan.eml"]


def test_export_holds_back_a_draft_with_errors_or_a_bad_recipient(env, tmp_path):
    path = _ready(tmp_path)
    session = load(path)
    session.interviewers[0].email = "bart@"
    session.interviewers[1].draft.subject = ""
    save(session, path)
    out = tmp_path / "exports"
    result = run(env, "export", path, "--out", out)
    assert result.returncode == 1 and result.stdout == ""
    assert "not exported: Priya Natarajan: 'bart@' is not a usable email address, so no To: line\n" in result.stderr
    assert "not exported: Marcus Oyelaran: 1 error to fix\n" in result.stderr
    assert not list(out.glob("*.eml")) if out.exists() else True
    result = run(env, "export", path, "--out", out, "--force")
    assert result.returncode == 0 and len(list(out.glob("*.eml"))) == 2


def test_export_of_a_session_without_a_single_draft_written_exits_1(env, tmp_path):
    session = northwind()
    for person in session.interviewers:
        person.draft = Draft()
    path = tmp_path / "empty.toml"
    save(session, path)
    result = run(env, "export", path, "--out", tmp_path / "exports")
    assert result.returncode == 1 and "2 drafts held back" in result.stderr


@pytest.mark.parametrize("now", ["9999-12-31T23:59:59", "0001-01-01T00:00:00", "1969-12-31T12:00:00+00:00"])
def test_now_at_the_calendars_edges_is_a_usage_error(env, tmp_path, now):
    result = run(env, "check", _ready(tmp_path), "--now", now)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "outside 1970-2200" in result.stderr


def test_a_fifo_and_a_device_are_refused_at_once(env, tmp_path):
    fifo = tmp_path / "session.toml"
    os.mkfifo(fifo)
    for target in (fifo, "/dev/zero"):
        result = run(env, "check", target)  # a hang or a MemoryError without the check; run() times out at 120 s
        assert result.returncode == 2 and "not a regular file" in result.stderr and "Traceback" not in result.stderr
