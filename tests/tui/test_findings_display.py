"""The findings list as read on a small screen: wrapped messages start under their own first word, and
the highlighted finding's severity word can be read in every theme."""

from __future__ import annotations


import pytest
from rich.color import ColorSystem

from followup.core import store
from followup.core.findings import Finding
from followup.tui.screens.editor import EditorScreen
from followup.tui.widgets.findings import finding_prompt
from tests.tui.editor_kit import make_session
from tests.tui.test_theme_borders import _rgb, contrast


def test_a_wrapped_message_indents_under_itself():
    finding = Finding("interest.tie", "warning", "interest", "Connect one of your results to a need such as stronger data analysis.")
    lines = finding_prompt(finding, 40).plain.split("\n")
    assert len(lines) >= 2
    assert lines[0].startswith("▲ warning Connect")
    indent = len("▲ warning ")
    assert all(line.startswith(" " * indent) and line[indent] != " " for line in lines[1:])
    assert all(len(line) <= 40 for line in lines)


def _saved_session(sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    return path


async def _sams_findings_focused(pilot, theme: str):
    """In `theme`, Sam's draft (warnings and suggestions) with its findings list focused and highlighted,
    once the session is scored (waited on, not timed)."""
    app = pilot.app
    await pilot.pause()
    assert isinstance(app.screen, EditorScreen)
    await app.screen.scored()
    app.theme = theme
    await pilot.press("ctrl+n")
    await app.workers.wait_for_complete()
    await pilot.press("ctrl+f")
    await pilot.pause()
    findings = app.screen.sidebar.findings_list
    assert app.focused is findings and findings.highlighted is not None
    return findings


@pytest.mark.parametrize("theme", ["followup-dark", "followup-light", "followup-contrast"])
async def test_the_highlighted_findings_severity_word_can_be_read(make_app, sessions_dir, theme):
    app = make_app(_saved_session(sessions_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        findings = await _sams_findings_focused(pilot, theme)
        finding = findings.finding_at(findings.highlighted)
        word = finding.severity  # "warning": after the mark and a space
        region = findings.content_region
        screen = app.screen
        heading = screen.get_style_at(region.x + 2, region.y).bgcolor  # the first row: a section's title
        for y in range(region.y, region.bottom):  # the highlighted row: the first with another background
            if screen.get_style_at(region.x + 2, y).bgcolor != heading:
                break
        else:
            pytest.fail("no highlighted row found")
        style = screen.get_style_at(region.x + 2, y)  # the first letter of the severity word
        fg = _rgb(style.color, (255, 255, 255), ColorSystem.TRUECOLOR)
        bg = _rgb(style.bgcolor, (0, 0, 0), ColorSystem.TRUECOLOR)
        assert contrast(fg, bg) >= 4.5, f"{word!r} on the highlight: {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize("theme", ["followup-dark", "followup-light", "followup-contrast"])
async def test_the_highlighted_findings_mark_can_be_seen(make_app, sessions_dir, theme):
    """The mark (✖ ▲ •) on the highlighted row: a red ✖ on the light theme's dark bar, a yellow ▲ on the
    contrast theme's yellow one, could not be seen."""
    app = make_app(_saved_session(sessions_dir))
    async with app.run_test(size=(120, 40)) as pilot:
        findings = await _sams_findings_focused(pilot, theme)
        region, screen = findings.content_region, app.screen

        def mark_rows() -> list[tuple[int, float]]:
            """(row, contrast of its mark) for every row that starts with a severity mark."""
            rows = []
            for y, strip in enumerate(findings.render_lines(findings.content_region.reset_offset)):
                if strip.text[:1] in "✖▲•":
                    style = screen.get_style_at(region.x, region.y + y)
                    fg = _rgb(style.color, (255, 255, 255), ColorSystem.TRUECOLOR)
                    bg = _rgb(style.bgcolor, (0, 0, 0), ColorSystem.TRUECOLOR)
                    rows.append((y, contrast(fg, bg)))
            return rows

        first = mark_rows()
        assert len(first) >= 2
        assert all(seen >= 3.0 for _, seen in first), first
        await pilot.press("down")  # the highlight moves on: every mark can still be seen
        await pilot.pause()
        assert all(seen >= 3.0 for _, seen in mark_rows()), mark_rows()
