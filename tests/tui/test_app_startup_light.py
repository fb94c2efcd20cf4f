"""Start-up stays light: `followup PATH` shows its first look, then the editor, without the heavy modules or the
hidden sessions list.

Guards what benchmarks/start.py measures (no timing here): the dictionary, Jinja2 and the TOML writer load
later, and the sessions list under the editor is built only when the user goes back to it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.tui.conftest import make_session, write_session
from followup.tui.screens.sessions import SessionsScreen

ROOT = Path(__file__).resolve().parents[2]
TWELVE = tuple(f"Person{i} Lastname{i}" for i in range(12))

#: Loaded later (the dictionary worker, starter text, saving, proselint never): never before the editor shows.
HEAVY = ("spellchecker", "jinja2", "tomli_w", "proselint")

OPEN_AND_LIST_MODULES = """
import asyncio, json, sys
from pathlib import Path
from followup.tui.app import FollowupApp

async def main(path, home):
    app = FollowupApp(Path(path), {}, sessions_dir=Path(home) / "sessions", config_path=Path(home) / "config.toml",
                      load_speller=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print(json.dumps({"screen": type(app.screen).__name__, "loaded": [m for m in sys.argv[3:] if m in sys.modules]}))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def loaded_at_start(script: str, path: Path, home: Path, modules: tuple[str, ...]) -> dict:
    """Run `script` (an app opening `path`) in a fresh interpreter: the screen it reached, which `modules` it loaded."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(path), str(home), *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_opening_a_session_loads_nothing_heavy_before_the_editor_shows(home, sessions_dir):
    path = write_session(sessions_dir, "panel.toml", make_session(people=TWELVE))
    seen = loaded_at_start(OPEN_AND_LIST_MODULES, path, home, HEAVY)
    assert seen["screen"] == "EditorScreen"
    assert seen["loaded"] == [], f"imported before the editor showed: {seen['loaded']}"


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


LIGHT_FIRST_LOOK = """
import asyncio, json, sys
from pathlib import Path
from followup.tui.app import FollowupApp
from followup.tui.screens.first_look import PREVIEW_CHARACTERS, FirstLookScreen, SectionPreview

class Held(FollowupApp):
    def on_first_look_shown(self, message):
        message.prevent_default()  # never build the editor: see what the first look alone needed

async def main(path, home):
    app = Held(Path(path), {}, sessions_dir=Path(home) / "sessions", config_path=Path(home) / "config.toml",
               load_speller=False, first_look=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print(json.dumps({"screen": type(app.screen).__name__, "loaded": [m for m in sys.argv[3:] if m in sys.modules]}))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""

#: What the first look must not wait for: the editor's fields and screen, scoring, the dictionary, templates.
NOT_FOR_THE_FIRST_LOOK = ("textual.widgets._text_area", "followup.tui.screens.editor", "followup.tui.widgets.sidebar", "followup.core.rules",
                          "rapidfuzz", "spellchecker", "jinja2", "tomli_w", "followup.tui.screens.sessions")


def test_the_first_look_loads_neither_the_editor_nor_scoring(home, sessions_dir):
    path = write_session(sessions_dir, "panel.toml", make_session(people=TWELVE))
    seen = loaded_at_start(LIGHT_FIRST_LOOK, path, home, NOT_FOR_THE_FIRST_LOOK)
    assert seen["screen"] == "FirstLookScreen"
    assert seen["loaded"] == [], f"loaded before the first look: {seen['loaded']}"
