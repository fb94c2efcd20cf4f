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
