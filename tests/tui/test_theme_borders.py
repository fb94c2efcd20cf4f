"""Field and sidebar borders can be seen in every theme: in true colour, in 256 colours (what ssh usually
gives), in 16 colours (TERM=linux: the app switches to Textual's ANSI themes) and with NO_COLOR.

Reads the colours the screen really draws in the border cells (Screen.get_style_at), not the CSS.
"""

from __future__ import annotations

import pytest
from rich.color import Color, ColorSystem, ColorType

from followup.tui.screens.editor import EditorScreen
from tests.builders import editor_session, save
from tests.tui.conftest import until

#: WCAG's minimum contrast for the parts of a user interface (1.4.11): the focused field's border.
FOCUSED_CONTRAST = 3.0
#: A resting field's border may be quieter, but must still be seen on a washed-out screen.
BLURRED_CONTRAST = 2.0

#: 16 colours: what the ANSI colours look like on the consoles users meet (the Linux console's palette).
CONSOLE = {
    0: (0, 0, 0), 1: (170, 0, 0), 2: (0, 170, 0), 3: (170, 85, 0),
    4: (0, 0, 170), 5: (170, 0, 170), 6: (0, 170, 170), 7: (170, 170, 170),
    8: (85, 85, 85), 9: (255, 85, 85), 10: (85, 255, 85), 11: (255, 255, 85),
    12: (85, 85, 255), 13: (255, 85, 255), 14: (85, 255, 255), 15: (255, 255, 255),
}


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rgb(color: Color | None, default: tuple[int, int, int], system: ColorSystem) -> tuple[int, int, int]:
    """The colour a terminal with `system` shows for `color` (None or "default": the terminal's own)."""
    if color is None or color.type == ColorType.DEFAULT:
        return default
    color = color.downgrade(system)
    if color.type in (ColorType.STANDARD, ColorType.EIGHT_BIT) and color.number is not None and color.number < 16:
        return CONSOLE[color.number]
    triplet = color.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def _border_contrast(screen, widget, system: ColorSystem, dark: bool) -> float:
    """Contrast of the widget's left border cell (one row below its top) against what is behind it."""
    region = widget.region
    assert region.height > 2, f"{widget} is not on screen"
    style = screen.get_style_at(region.x, region.y + 1)
    terminal_bg = CONSOLE[0] if dark else CONSOLE[15]
    terminal_fg = CONSOLE[7] if dark else CONSOLE[0]
    fg = _rgb(style.color, terminal_fg, system)
    bg = _rgb(style.bgcolor, terminal_bg, system)
    if style.reverse:
        fg, bg = bg, fg
    return contrast(fg, bg)


def _session(folder):
    return save(editor_session(), folder / "s.toml")


CASES = [
    ("followup-dark", ColorSystem.TRUECOLOR),
    ("followup-dark", ColorSystem.EIGHT_BIT),
    ("followup-light", ColorSystem.TRUECOLOR),
    ("followup-light", ColorSystem.EIGHT_BIT),
    ("followup-contrast", ColorSystem.TRUECOLOR),
    ("followup-contrast", ColorSystem.EIGHT_BIT),
    # 16 colours: the app shows Textual's ANSI themes (the terminal's own palette).
    ("ansi-dark", ColorSystem.STANDARD),
    ("ansi-light", ColorSystem.STANDARD),
]


async def _editor(pilot, theme: str) -> EditorScreen:
    app = pilot.app
    app.theme = theme
    await until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, EditorScreen)
    return app.screen


@pytest.mark.parametrize(("theme", "system"), CASES, ids=[f"{t}-{s.name.lower()}" for t, s in CASES])
async def test_field_and_sidebar_borders_can_be_seen(make_app, sessions_dir, theme, system):
    app = make_app(_session(sessions_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _editor(pilot, theme)
        dark = app.current_theme.dark
        focused = screen.field("subject")
        assert app.focused is focused
        blurred = [screen.field("greeting"), screen.field("gratitude"), screen.query_one("#sidebar")]
        seen = _border_contrast(screen, focused, system, dark)
        assert seen >= FOCUSED_CONTRAST, f"focused field border {seen:.2f}:1"
        for widget in blurred:
            seen = _border_contrast(screen, widget, system, dark)
            assert seen >= BLURRED_CONTRAST, f"{widget.id} border {seen:.2f}:1"


async def test_with_no_color_borders_are_drawn_in_the_text_colour(make_app, sessions_dir, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(_session(sessions_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _editor(pilot, "followup-dark")
        assert app.no_color
        for widget in (screen.field("subject"), screen.field("greeting"), screen.query_one("#sidebar")):
            region = widget.region
            style = screen.get_style_at(region.x, region.y + 1)
            # NO_COLOR drops every colour at output: what is left must not hide the border.
            assert not style.conceal and not (style.dim and style.reverse)


@pytest.mark.parametrize("theme", ["ansi-dark", "followup-dark", "followup-light"])
async def test_the_previews_rule_and_folder_field_can_be_seen(make_app, sessions_dir, theme):
    app = make_app(_session(sessions_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        await _editor(pilot, theme)
        await pilot.press("f5")
        await until(pilot, lambda: type(app.screen).__name__ == "PreviewScreen")
        await pilot.pause()
        screen, dark = app.screen, app.current_theme.dark
        system = ColorSystem.STANDARD if theme.startswith("ansi") else ColorSystem.EIGHT_BIT
        headers = screen.query_one("#mail-headers").region
        folder = screen.query_one("#folder").region
        # The rule under To/Subject, and the folder field's left edge (not focused).
        for x, y in ((headers.x + 1, headers.bottom - 1), (folder.x, folder.y + 1)):
            style = screen.get_style_at(x, y)
            fg = _rgb(style.color, CONSOLE[7] if dark else CONSOLE[0], system)
            bg = _rgb(style.bgcolor, CONSOLE[0] if dark else CONSOLE[15], system)
            assert contrast(fg, bg) >= BLURRED_CONTRAST, f"{(x, y)}: {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize("theme", ["followup-dark", "followup-light", "followup-contrast"])
async def test_the_space_under_the_last_field_is_not_a_darker_block(make_app, sessions_dir, theme):
    app = make_app(_session(sessions_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _editor(pilot, theme)
        last = screen.field("signoff").region
        sections = screen.query_one("#sections").content_region
        assert last.bottom < sections.bottom, "no space left under the fields at 120x40"
        inside = screen.get_style_at(last.x + 3, last.y + 1).bgcolor  # a resting field's own background
        below = screen.get_style_at(last.x + 3, last.bottom + 1).bgcolor
        assert inside == below
