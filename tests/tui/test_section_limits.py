"""Sections over the size limit are refused at the door (a paste, the $EDITOR hand-off), with a message;
nothing the user had is lost (issue 15 #3)."""

from __future__ import annotations

import sys
from pathlib import Path

from textual import events

from followup.core.limits import MAX_SECTION_CHARS, too_long
from followup.tui.screens.editor import EditorScreen
from tests.tui.conftest import shown_notices
from tests.tui.editor_kit import HostApp, make_workspace
from tests.tui.test_editor_external import suspended


def test_the_limit_in_words():
    assert too_long(MAX_SECTION_CHARS) is None
    assert too_long(MAX_SECTION_CHARS + 1) == "100,001 characters; a section holds at most 100,000"


async def test_a_paste_too_big_is_refused_whole_and_said(tmp_path):
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, EditorScreen)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        field = app.screen.field("gratitude")
        field.focus()
        before = field.text
        field.post_message(events.Paste("x" * (MAX_SECTION_CHARS + 10)))
        await pilot.pause()
        assert field.text == before
        assert any("Not pasted" in note and "at most 100,000" in note for note in shown_notices(app))
        field.post_message(events.Paste(" Small paste."))  # a normal paste still goes in
        await pilot.pause()
        assert "Small paste." in field.text


async def test_an_edit_too_big_from_the_editor_is_refused_and_kept(tmp_path):
    script = tmp_path / "huge_editor.py"
    script.write_text(f"import sys\nopen(sys.argv[1], 'w').write('y' * {MAX_SECTION_CHARS + 5})\n")
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, EditorScreen, environ={"EDITOR": f"{sys.executable} {script}"})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        suspended(app)
        field = app.screen.field("gratitude")
        field.focus()
        before = field.text
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert field.text == before
        notes = [note for note in shown_notices(app) if "Not taken" in note]
        assert notes, shown_notices(app)
        kept = Path(notes[0].rsplit("kept in ", 1)[1].rstrip("."))
        assert kept.read_text() == "y" * (MAX_SECTION_CHARS + 5), "the user's edit is kept, not lost"
        kept.unlink()
