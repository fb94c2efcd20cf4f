"""The setup form as a first-time user sees it at 80 columns: lists wide enough, the focused choice plain
to see, the Ends placeholder following the start."""

from __future__ import annotations

from followup.tui.screens.setup import SetupScreen
from tests.tui.conftest import make_session, until, write_session
from tests.tui.test_theme_borders import _rgb, contrast
from rich.color import ColorSystem


async def _setup(pilot, path) -> SetupScreen:
    app = pilot.app
    await pilot.pause()
    assert app.open_path(path)
    await pilot.press("f2")
    await until(pilot, lambda: isinstance(app.screen, SetupScreen))
    await pilot.pause()
    return app.screen


async def test_at_80_columns_the_lists_stack_full_width(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _setup(pilot, path)
        boxes = list(screen.query(".list-box"))
        assert len(boxes) == 3
        assert all(box.size.width >= 70 for box in boxes), [box.size.width for box in boxes]
        assert boxes[0].region.y < boxes[1].region.y < boxes[2].region.y
    wide = make_app()
    async with wide.run_test(size=(120, 40)) as pilot:
        screen = await _setup(pilot, path)
        boxes = list(screen.query(".list-box"))
        assert boxes[0].region.y == boxes[1].region.y == boxes[2].region.y  # room for all three side by side


async def test_the_focused_choice_stands_out(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _setup(pilot, path)
        outcome, medium = screen.query_one("#outcome"), screen.query_one("#medium")
        outcome.focus()
        await pilot.pause()

        def background(widget):
            region = widget.region
            return _rgb(screen.get_style_at(region.x + 2, region.y).bgcolor, (0, 0, 0), ColorSystem.EIGHT_BIT)

        assert contrast(background(outcome), background(medium)) >= 2.0


async def test_the_ends_placeholder_follows_the_start_date(make_app, sessions_dir):
    session = make_session()
    session.interview.end = None
    path = write_session(sessions_dir, "s.toml", session)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _setup(pilot, path)
        start = screen.query_one("#start-date")
        start.focus()
        await pilot.press("ctrl+a", "ctrl+k", *"2026-11-20")
        await pilot.pause()
        assert screen.query_one("#end-date").placeholder == "2026-11-20"


async def test_under_16_colours_the_form_fields_stay_one_row_high(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "ansi-dark"  # what TERM=linux gets
        screen = await _setup(pilot, path)
        assert screen.query_one("#name").outer_size.height == 1
        assert screen.query_one("#company").outer_size.height == 1
