"""Start-up stays light: `followup PATH` shows the editor without the heavy modules or the hidden sessions list.

Guards what benchmarks/start.py measures (no timing here): the dictionary, Jinja2 and the TOML writer load
later, and the sessions list under the editor is built only when the user goes back to it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.tui.conftest import make_session, write_session
from tui.screens.sessions import SessionsScreen

ROOT = Path(__file__).resolve().parents[2]
TWELVE = tuple(f"Person{i} Lastname{i}" for i in range(12))

#: Loaded later (the dictionary worker, starter text, saving, proselint never): never before the editor shows.
HEAVY = ("spellchecker", "jinja2", "tomli_w", "proselint")

OPEN_AND_LIST_MODULES = """
import asyncio, json, sys
from pathlib import Path
from tui.app import FollowupApp

async def main(path, home):
    app = FollowupApp(Path(path), {}, sessions_dir=Path(home) / "sessions", config_path=Path(home) / "config.toml",
                      load_speller=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print(json.dumps({"screen": type(app.screen).__name__, "heavy": [m for m in sys.argv[3:] if m in sys.modules]}))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def test_opening_a_session_loads_nothing_heavy_before_the_editor_shows(home, sessions_dir):
    path = write_session(sessions_dir, "panel.toml", make_session(people=TWELVE))
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST_MODULES, str(path), str(home), *HEAVY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screen"] == "EditorScreen"
    assert seen["heavy"] == [], f"imported before the editor showed: {seen['heavy']}"


async def test_the_sessions_list_under_a_session_is_built_when_the_user_goes_back(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listing = next(s for s in app.screen_stack if isinstance(s, SessionsScreen))
        assert type(app.screen).__name__ == "EditorScreen"
        assert not listing.children  # nothing composed, no folder read behind the editor
        app.close_session()
        await pilot.pause()
        await pilot.pause()
        assert app.screen is listing
        assert listing.focused is not None and listing.focused.id == "filter"
        assert [row.path.name for row in listing.shown] == ["s.toml"]
