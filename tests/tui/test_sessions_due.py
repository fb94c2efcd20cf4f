"""The sessions list and `followup due` read the sessions by one rule (core.due.session_files), so they agree:
the same files (no hidden ones; those opened from elsewhere too), and what the list shows as due or overdue
is what `due` reports. The demo session is listed, marked "demo", and never due (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from followup.core.due import is_demo, read_recent, session_files
from followup.tui.screens.sessions import SessionsScreen
from followup.tui.screens.sessions import session_files as listed_files
from tests.builders import due_session, save
from tests.tui.conftest import NOW

REPO = Path(__file__).resolve().parents[2]


def _folder(home: Path) -> Path:
    sessions = home / "sessions"
    save(due_session(NOW - timedelta(hours=30), [False, True]), sessions / "overdue.toml")
    save(due_session(NOW - timedelta(hours=2), [False], "Contoso"), sessions / "open.toml")
    save(due_session(NOW - timedelta(hours=2), [True, True], "Fabrikam"), sessions / "sent.toml")
    save(due_session(NOW - timedelta(hours=30), [False], "Hidden"), sessions / ".backup.toml")
    save(due_session(NOW - timedelta(hours=30), [False], "Harborline"), sessions / "demo-panel.toml")
    (sessions / "folder.toml").mkdir()
    elsewhere = save(due_session(NOW - timedelta(hours=19), [False], "Tailspin"), home / "elsewhere" / "e.toml")
    (home / "recent.txt").write_text(f"{elsewhere}\n{home / 'gone.toml'}\n")
    return sessions


def _due(home: Path) -> list[dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_HOME=str(home), FOLLOWUP_CONFIG=str(home / "config.toml"))
    result = subprocess.run([sys.executable, "-m", "followup.tui.cli", "due", "--json", "--now", NOW.isoformat()],
                            capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["drafts"]


def test_one_rule_reads_the_sessions(home):
    sessions = _folder(home)
    recent = read_recent(home / "recent.txt")
    names = [p.name for p in session_files(sessions, recent)]
    assert names == ["open.toml", "overdue.toml", "sent.toml", "e.toml"]  # the folder's by name, then elsewhere
    assert [p.name for p in session_files(sessions, recent, demo=True)] == [
        "demo-panel.toml", "open.toml", "overdue.toml", "sent.toml", "e.toml"]
    assert listed_files(sessions) == session_files(sessions, recent, demo=True)  # the list's is the same rule
    assert is_demo(sessions / "demo-panel.toml", sessions) and not is_demo(home / "demo-panel.toml", sessions)


async def test_the_list_and_followup_due_agree(make_app, home):
    sessions = _folder(home)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionsScreen)
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        rows = {row.path.resolve(): row for row in screen.shown}
    drafts = _due(home)
    assert set(rows) == {p.resolve() for p in session_files(sessions, read_recent(home / "recent.txt"), demo=True)}
    assert (sessions / ".backup.toml").resolve() not in rows
    pressing = {path for path, row in rows.items() if row.deadline == "overdue" or row.deadline.startswith("due in")}
    assert pressing == {Path(d["file"]).resolve() for d in drafts}
    assert {path.name for path in pressing} == {"overdue.toml", "open.toml", "e.toml"}
    demo = rows[(sessions / "demo-panel.toml").resolve()]
    assert (demo.deadline, demo.urgent) == ("demo", False)  # listed, to open again, but never due
