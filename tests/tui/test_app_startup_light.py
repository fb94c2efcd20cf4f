"""Start-up stays light: `followup PATH` shows the editor and takes keys without the heavy modules, the rules or
the hidden sessions list.

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


LIGHT_EDITOR = """
import asyncio, json, sys
from pathlib import Path
from followup.tui import app as app_module
from followup.tui.screens import editor

editor.SCORE_PAUSE = 3600.0  # the keys never pause here: what the editor needs before it is scored, alone
app_module.FollowupApp.keys_quiet_for = lambda self: 0.0  # nor does what waits for them to pause

first_look = {}
open_field = editor.EditorScreen._open_field

def opening_field(self):  # what the editor had drawn before it made the field the user left
    if not first_look:
        first_look.update(
            sections=[type(w).__name__ for w in self.query("#sections > *") if w.display],
            laid_out=all(w.region.height for w in self.query("#sections > *") if w.display),
            text_area="textual.widgets._text_area" in sys.modules,
        )
    open_field(self)

editor.EditorScreen._open_field = opening_field

async def main(path, home):
    app = app_module.FollowupApp(Path(path), {}, sessions_dir=Path(home) / "sessions",
                                 config_path=Path(home) / "config.toml", load_speller=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("x")  # the editor takes keys
        sections = [type(w).__name__ for w in app.screen.query("#sections > *") if w.display]
        print(json.dumps({"screen": type(app.screen).__name__, "typed": app.screen.focused.text.count("x"),
                          "loaded": [m for m in sys.argv[3:] if m in sys.modules], "sections": sections,
                          "first_look": first_look}))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""

#: What the editor does not wait for before it shows and takes keys: the rules (loaded when the keys pause), the
#: findings and scores they make and the sidebar's parts that show them (mounted when the keys pause), the
#: dictionary (a worker), Jinja2 (starter text, and a rule) and the TOML writer (saving); proselint never.
NOT_BEFORE_THE_EDITOR = ("followup.core.rules", "followup.core.findings", "followup.core.scoring",
                         "followup.tui.widgets.sidebar_parts", "rapidfuzz", "spellchecker", "jinja2", "tomli_w",
                         "proselint")


def test_the_editor_shows_and_takes_keys_before_the_rules_and_the_heavy_modules_load(home, sessions_dir):
    path = write_session(sessions_dir, "panel.toml", make_session(people=TWELVE))
    seen = loaded_at_start(LIGHT_EDITOR, path, home, NOT_BEFORE_THE_EDITOR)
    assert seen["screen"] == "EditorScreen"
    assert seen["typed"] >= 1
    assert seen["loaded"] == [], f"loaded before the editor took keys: {seen['loaded']}"
    # One editable field (the section the user left); the six others are drawn as previews until the keys pause.
    assert sorted(seen["sections"]) == ["FieldPreview"] * 6 + ["SectionField"]
    # That field was made after the editor was laid out and drawn with seven previews and no TextArea loaded.
    assert seen["first_look"] == {"sections": ["FieldPreview"] * 7, "laid_out": True, "text_area": False}
