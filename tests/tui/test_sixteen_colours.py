"""16 colours (TERM=linux: the app shows Textual's ANSI theme): every letter of a list can be read, the
highlighted row's included. A part drawn in the terminal's default colour ($text-muted there) on the
highlight's white background was grey on grey on the Linux console: the file name under the highlighted
session, the number of the highlighted interviewer (issue 14)."""

from __future__ import annotations


import pytest
from rich.color import ColorSystem
from textual.geometry import Region

from followup.core import store
from tests.tui.conftest import make_session, write_session
from tests.tui.editor_kit import settle
from tests.tui.test_theme_borders import CONSOLE, _rgb, contrast

#: Text, not a border: WCAG's minimum for large or bold text; the console has few colours to pick from.
TEXT_CONTRAST = 3.0


def _unreadable(widget, dark: bool = True) -> list[str]:
    """Every letter drawn in `widget` whose colour is too close to its background, as "row: text"."""
    found = []
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    for y, strip in enumerate(strips):
        for segment in strip:
            style = segment.style
            if style is None or not segment.text.strip():
                continue
            fg = _rgb(style.color, CONSOLE[7] if dark else CONSOLE[0], ColorSystem.STANDARD)
            bg = _rgb(style.bgcolor, CONSOLE[0] if dark else CONSOLE[15], ColorSystem.STANDARD)
            if style.reverse:
                fg, bg = bg, fg
            if contrast(fg, bg) < TEXT_CONTRAST:
                found.append(f"{y}: {segment.text.strip()!r} {contrast(fg, bg):.2f}:1")
    return found


def _highlight_shows(widget) -> bool:
    """The highlighted option's first line looks unlike plain text: underlined or on a background of its own."""
    first_word = str(widget.highlighted_option.prompt).split()[1 if widget.id == "people" else 0]
    for strip in widget.render_lines(Region(0, 0, widget.size.width, widget.size.height)):
        if first_word in strip.text:
            return any(
                seg.style.underline or (seg.style.bgcolor is not None and not seg.style.bgcolor.is_default)
                for seg in strip if seg.style is not None and first_word in seg.text
            )
    raise AssertionError(f"{first_word!r} is not on screen")


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
async def test_the_highlighted_session_can_be_read(make_app, sessions_dir, theme):
    write_session(sessions_dir, "a.toml", make_session())
    write_session(sessions_dir, "b.toml", make_session(company="Contoso"))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        listed = app.screen.query_one("#list")
        listed_two = lambda: listed.option_count >= 2 and listed.highlighted is not None  # noqa: E731
        assert await settle(pilot, listed_two), "the app never got there"
        await pilot.pause()
        assert _unreadable(listed, app.current_theme.dark) == []
        assert _highlight_shows(listed)


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
async def test_the_highlighted_interviewer_can_be_read(make_app, sessions_dir, theme):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = theme
        await pilot.press("f3")
        assert await settle(pilot, lambda: type(app.screen).__name__ == "RosterScreen"), "the app never got there"
        people = app.screen.query_one("#people")
        people_ready = lambda: app.focused is people and people.highlighted is not None  # noqa: E731
        assert await settle(pilot, people_ready), "the app never got there"
        await pilot.pause()
        assert _unreadable(people, app.current_theme.dark) == []
        assert _highlight_shows(people)
        await pilot.press("tab")  # the list at rest: its highlight is still shown
        await pilot.pause()
        assert _unreadable(people, app.current_theme.dark) == []
        assert _highlight_shows(people)


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
async def test_setups_headings_and_a_dialogs_border_can_be_seen(make_app, sessions_dir, theme):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = theme
        dark = app.current_theme.dark
        await pilot.press("f2")
        assert await settle(pilot, lambda: type(app.screen).__name__ == "SetupScreen"), "the app never got there"
        await pilot.pause()
        for heading in app.screen.query(".group"):
            if heading.region.height:
                assert _unreadable(heading, dark) == [], str(heading.render())
        await pilot.press("f3", "f8")  # remove an interviewer? asks first
        assert await settle(pilot, lambda: type(app.screen).__name__ == "ConfirmDialog"), "the app never got there"
        await pilot.pause()
        box = app.screen.query_one(".dialog-box")
        style = app.screen.get_style_at(box.region.x, box.region.y + 1)
        fg = _rgb(style.color, CONSOLE[7] if dark else CONSOLE[0], ColorSystem.STANDARD)
        bg = _rgb(style.bgcolor, CONSOLE[0] if dark else CONSOLE[15], ColorSystem.STANDARD)
        assert contrast(fg, bg) >= TEXT_CONTRAST, f"the dialog's border: {contrast(fg, bg):.2f}:1"
        await pilot.press("n")
