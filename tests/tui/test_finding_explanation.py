"""Jumping to a finding (enter in the findings list) shows its explanation where the user can read it, and
never over the field they were sent to: below 100 columns the sidebar (docked under the sections) shows it
in place of the list; beside the sections a notice sits over the sidebar's column (issue 14)."""

from __future__ import annotations

import pytest
from textual.geometry import Region

from followup.core import store
from followup.core.findings import WHOLE_DRAFT
from followup.tui.screens.editor import EditorScreen
from followup.tui.text import clean_text
from tests.tui.editor_kit import make_session, settle


def _seen_lines(app, widget) -> list[str]:
    """The lines of `widget` the user sees: those rows of its region where nothing lies on top of it."""
    region = widget.region
    if not widget.display or not region.area:
        return []
    lines = widget.render_lines(Region(0, 0, region.width, region.height))
    seen = []
    for row, strip in enumerate(lines):
        y = region.y + row
        if all(app.screen.get_widget_at(x, y)[0] is widget for x in range(region.x, region.right)):
            seen.append(strip.text.strip())
    return seen


def _explanation_seen(app, hint: str) -> bool:
    """`hint` can be read whole on the screen: in a notice or in the sidebar's hint line."""
    words = " ".join(clean_text(hint).split())
    places = [toast for toast in app.screen.query("Toast") if toast.region.height] + [app.screen.query_one("#hint")]
    return any(words in " ".join(" ".join(_seen_lines(app, place)).split()) for place in places)


def _cursor_line_covered(app, field) -> bool:
    """Something lies over the line of `field` the cursor is on."""
    x, y = field.cursor_screen_offset
    content = field.content_region
    assert content.y <= y < content.bottom, "the cursor is not on screen"
    return any(app.screen.get_widget_at(column, y)[0] is not field for column in range(content.x, content.right))


async def _jump_to_a_finding(pilot, app):
    """Open Sam's draft (findings with explanations), go to the findings, pick the first one in a section."""
    assert await settle(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
    await pilot.press("ctrl+n")
    screen = app.screen
    assert await settle(pilot, lambda: screen.sidebar.findings_list is not None
                        and bool(screen.sidebar.findings_list.findings) and screen.index == 1)
    findings = screen.sidebar.findings_list
    await pilot.press("ctrl+f")
    assert await settle(pilot, lambda: app.focused is findings)
    while (finding := findings.finding_at(findings.highlighted)) is None or finding.section == WHOLE_DRAFT \
            or not finding.hint:
        before = findings.highlighted
        await pilot.press("down")
        assert findings.highlighted != before, "no finding with an explanation in a section"
    await pilot.press("enter")
    field = screen.field(finding.section)
    assert await settle(pilot, lambda: app.focused is field)
    await pilot.pause()
    return screen, finding, field


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30), (120, 40)])
async def test_the_explanation_shows_and_the_field_stays_uncovered(make_app, sessions_dir, size):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen, finding, field = await _jump_to_a_finding(pilot, app)
        assert await settle(pilot, lambda: _explanation_seen(app, finding.hint)), "the explanation is not shown"
        assert not _cursor_line_covered(app, field), "the explanation covers the line being edited"
        if size[0] < 100:
            assert not [toast for toast in app.screen.query("Toast") if toast.region.height]
        else:
            toasts = [toast for toast in app.screen.query("Toast") if toast.region.height]
            assert toasts, "there is room for a notice"
            sections = screen.query_one("#sections").region
            assert not any(toast.region.overlaps(sections) for toast in toasts), "a notice over the sections"
        # Typing on: the explanation stays, the field uncovered.
        await pilot.press("end", "space", "x")
        await pilot.pause()
        assert _explanation_seen(app, finding.hint) and not _cursor_line_covered(app, field)


async def test_the_list_comes_back_in_place_of_the_explanation(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        screen, finding, field = await _jump_to_a_finding(pilot, app)
        findings = screen.sidebar.findings_list
        assert not findings.display or not findings.region.height  # the explanation in its place
        await pilot.press("ctrl+f")
        assert await settle(pilot, lambda: app.focused is findings)
        await pilot.pause()
        assert findings.region.height and screen.sidebar.told is None
        await pilot.press("enter")  # the same finding again
        assert await settle(pilot, lambda: app.focused is field)
        await pilot.press("ctrl+n")  # another draft: the explanation was about this one
        assert await settle(pilot, lambda: screen.index == 2)
        await pilot.pause()
        assert screen.sidebar.told is None
