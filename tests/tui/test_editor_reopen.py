"""Reopening a session on a small terminal: the field the user left, and its cursor, are on screen."""

from __future__ import annotations

import time

import pytest

from followup.core import store
from followup.tui.screens.editor import EditorScreen
from tests.tui.editor_kit import make_session


async def _editor_ready(pilot) -> EditorScreen:
    app = pilot.app
    begin = time.monotonic()
    while not (isinstance(app.screen, EditorScreen) and app.screen.report is not None):
        assert time.monotonic() - begin < 10, "the editor never opened"
        await pilot.pause(0.02)
    await pilot.pause()
    return app.screen


@pytest.mark.parametrize("first_look", [True, False], ids=["first-look", "direct"])
@pytest.mark.parametrize("size", [(80, 24), (60, 20), (60, 15)], ids=["80x24", "60x20", "60x15"])
async def test_the_restored_field_and_cursor_are_in_view(make_app, sessions_dir, size, first_look):
    session = make_session()
    closing = "I look forward to hearing about the next steps and to meeting the rest of the team. " * 2
    session.interviewers[0].draft.closing = closing.strip()
    session.app.section = "closing"
    session.app.extra["cursor"] = len(closing.strip())  # at the end of the closing
    path = sessions_dir / "s.toml"
    store.save(session, path)
    app = make_app(path, first_look=first_look)
    async with app.run_test(size=size) as pilot:
        screen = await _editor_ready(pilot)
        field = screen.field("closing")
        assert app.focused is field
        view = screen.query_one("#sections").content_region
        assert field.region.height > 0, "the field the user left is scrolled out of view"
        x, y = field.cursor_screen_offset
        assert view.contains(x, y), f"cursor at {(x, y)}, the sections show {view}"
        # What is typed lands where the user can see it.
        await pilot.press(*" Ok")
        assert field.text.endswith("team. Ok")
        x, y = field.cursor_screen_offset
        assert view.contains(x, y)
