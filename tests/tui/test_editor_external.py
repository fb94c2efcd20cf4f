"""The $EDITOR hand-off: a section goes out to the user's editor and comes back, or a message explains why not."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from tests.tui.conftest import shown_notices
from tests.tui.editor_kit import HostApp, make_workspace, settle
from followup.tui.external_editor import editor_command
from followup.tui.screens.editor import EditorScreen

SCRIPT = """\
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("today", "this morning") + "I also enjoyed the office tour.\\n")
"""


def editor_script(tmp_path: Path) -> str:
    script = tmp_path / "fake_editor.py"
    script.write_text(SCRIPT, encoding="utf-8")
    return f"{sys.executable} {script}"


def test_editor_choice_visual_then_editor_then_vi():
    assert editor_command({"VISUAL": "code -w", "EDITOR": "nano"}) == ["code", "-w"]
    assert editor_command({"EDITOR": "nano -R"}) == ["nano", "-R"]
    assert editor_command({"VISUAL": "  ", "EDITOR": ""}) == ["vi"]
    assert editor_command({}) == ["vi"]


def suspended(app):
    """Headless Pilot apps cannot suspend (SuspendNotSupported); stand in for a real terminal."""
    calls = []

    @contextlib.contextmanager
    def suspend():
        calls.append("suspend")
        yield

    app.suspend = suspend
    return calls


async def test_round_trip_through_an_editor_script(tmp_path):
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, EditorScreen, environ={"EDITOR": editor_script(tmp_path)})
    async with app.run_test(size=(120, 40)) as pilot:
        calls = suspended(app)
        screen = app.screen
        assert isinstance(screen, EditorScreen)
        field = screen.field("gratitude")
        field.focus()
        before = workspace.session.interviewers[0].draft.gratitude
        edits = app.edits
        await pilot.press("ctrl+g")
        assert calls == ["suspend"]
        expected = before.replace("today", "this morning") + "\nI also enjoyed the office tour."
        assert field.text == expected
        assert workspace.session.interviewers[0].draft.gratitude == expected
        assert app.focused is field
        assert app.edits > edits
        assert await settle(pilot, lambda: screen.report is not None and screen.sidebar.report is not None)


async def test_a_failing_editor_leaves_the_text_and_says_so(tmp_path):
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, EditorScreen, environ={"EDITOR": "false"})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        suspended(app)
        field = app.screen.field("gratitude")
        field.focus()
        before = field.text
        await pilot.press("f6")
        assert field.text == before
        await pilot.pause()
        assert any("exited with status 1" in note for note in shown_notices(app))


async def test_a_missing_editor_is_a_message_not_a_crash(tmp_path):
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, EditorScreen, environ={"VISUAL": str(tmp_path / "no-such-editor")})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        calls = suspended(app)
        field = app.screen.field("closing")
        field.focus()
        before = field.text
        await pilot.press("ctrl+g")
        assert calls == []  # never suspended for an editor that is not there
        assert field.text == before
        await pilot.pause()
        assert any("Editor not found" in note for note in shown_notices(app))


async def test_a_terminal_that_cannot_suspend_is_a_message(tmp_path):
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, EditorScreen, environ={"EDITOR": editor_script(tmp_path)})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:  # headless: App.suspend is not supported
        field = app.screen.field("closing")
        field.focus()
        before = field.text
        await pilot.press("ctrl+g")
        assert field.text == before
        await pilot.pause()
        assert any("cannot hand over" in note for note in shown_notices(app))
