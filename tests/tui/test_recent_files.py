"""A session opened by path from outside the sessions folder goes on the recent-files list (tui.navigation),
which `followup due` reads: a draft kept in ~/jobs/ is still counted as due."""

from __future__ import annotations

import json
import os
from datetime import timedelta

from tests.builders import due_session, save
from tests.test_cli import run
from tests.tui.conftest import NOW


def _env(home):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_") and k != "NO_COLOR"}
    environ["FOLLOWUP_HOME"] = str(home)
    environ["FOLLOWUP_CONFIG"] = str(home / "config.toml")
    return environ


async def test_a_session_opened_from_elsewhere_is_remembered_and_followup_due_lists_it(make_app, home, tmp_path):
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    elsewhere = save(due_session(NOW - timedelta(hours=2), [False], "Fabrikam"), jobs / "fabrikam.toml")
    inside = save(due_session(NOW - timedelta(hours=3), [False], "Contoso"), home / "sessions" / "contoso.toml")
    recent = home / "recent.txt"
    assert not recent.exists()
    before = json.loads(run(_env(home), "due", "--json", "--now", NOW.isoformat()).stdout)
    assert [d["company"] for d in before["drafts"]] == ["Contoso"]  # the sessions folder only, so far

    app = make_app(elsewhere)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.workspace is not None and app.workspace.path == elsewhere
    assert recent.read_text().splitlines() == [str(elsewhere.resolve())]

    app = make_app(inside)  # one in the sessions folder is listed anyway: not added
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.workspace is not None and app.workspace.path == inside
    assert recent.read_text().splitlines() == [str(elsewhere.resolve())]

    after = run(_env(home), "due", "--json", "--now", NOW.isoformat())
    assert after.returncode == 0, after.stderr
    drafts = json.loads(after.stdout)["drafts"]
    assert [(d["company"], d["file"]) for d in drafts] == [("Contoso", str(inside)),
                                                           ("Fabrikam", str(elsewhere.resolve()))]


async def test_the_sessions_list_shows_a_session_opened_from_elsewhere_at_once(make_app, home, tmp_path):
    """The list is written once the keys pause; ctrl+o straight after opening lists the session all the same."""
    from followup.tui.screens.sessions import SessionsScreen

    jobs = tmp_path / "jobs"
    jobs.mkdir()
    elsewhere = save(due_session(NOW - timedelta(hours=2), [False], "Fabrikam"), jobs / "fabrikam.toml")
    app = make_app(elsewhere)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert (home / "recent.txt").read_text().splitlines() == [str(elsewhere.resolve())]


def test_reopening_the_session_first_on_the_list_does_not_write_the_list_again(tmp_path):
    from followup.core.due import read_recent, remember

    listing, first, second = tmp_path / "recent.txt", tmp_path / "a.toml", tmp_path / "b.toml"
    remember(listing, second)
    remember(listing, first)
    written = listing.stat().st_ino  # an atomic write replaces the file (a new inode)
    remember(listing, first)
    assert listing.stat().st_ino == written
    remember(listing, second)
    assert listing.stat().st_ino != written
    assert read_recent(listing) == [second, first]
