"""The command palette: from the editor it finds export and copy, and each entry says what it does."""

from __future__ import annotations

import time

from followup.tui.commands import BindingCommands
from followup.tui.screens.dialogs import ConfirmDialog
from followup.tui.screens.editor import EditorScreen
from followup.tui.screens.preview import PreviewScreen
from tests.tui.conftest import NEVER, make_session, until, write_session


async def _editor(pilot, path) -> EditorScreen:
    app = pilot.app
    await pilot.pause()
    assert app.open_path(path)
    await until(pilot, lambda: isinstance(app.screen, EditorScreen))
    await pilot.pause()
    return app.screen


async def _hits(screen, query: str):
    provider = BindingCommands(screen)
    return [hit async for hit in provider.search(query)]


async def test_from_the_editor_the_palette_finds_export_and_copy(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _editor(pilot, path)
        exports = {hit.text: hit for hit in await _hits(screen, "export")}
        assert "export: export" in exports and "export: export all" in exports
        copies = {hit.text for hit in await _hits(screen, "copy")}
        assert {"export: copy body", "export: copy with To/Subject"} <= copies
        # Chosen, it opens the preview of this draft and does it there.
        exports["export: export"].command()
        begin = time.monotonic()
        while not list((sessions_dir / "exports").glob("*.eml")):
            assert time.monotonic() - begin < NEVER, "nothing was exported"
            if isinstance(app.screen, ConfirmDialog):  # the draft still has errors: export anyway
                await pilot.press("y")
            await pilot.pause(0.02)
        assert isinstance(app.screen, PreviewScreen)


async def test_palette_entries_say_what_they_do_not_just_the_key(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _editor(pilot, path)
        (hit,) = [hit for hit in await _hits(screen, "mark sent") if hit.text == "draft: mark sent"]
        assert not hit.help.startswith("key:")
        assert hit.help == "Mark this email as sent, or not sent  (^t)"
