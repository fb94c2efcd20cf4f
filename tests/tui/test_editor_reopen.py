"""Opening and leaving the editor as a first-time user does: on a small terminal the field the user left,
and its cursor, are on screen; ctrl+c says how to quit."""

from __future__ import annotations

import asyncio

import pytest

from followup.core import store
from followup.tui.screens.editor import EditorScreen
from tests.tui.editor_kit import make_session
from tests.tui.conftest import record_notices


async def _editor_ready(pilot) -> EditorScreen:
    """The editor `followup PATH` opens on, once it has scored the session (its layout is then final)."""
    screen = pilot.app.screen
    assert isinstance(screen, EditorScreen)
    await asyncio.wait_for(screen.scored(), 120)  # a safety net: the wait itself is on the score, not the clock
    await pilot.pause()
    return screen


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (60, 15)], ids=["80x24", "60x20", "60x15"])
async def test_the_restored_field_and_cursor_are_in_view(make_app, sessions_dir, size):
    session = make_session()
    closing = "I look forward to hearing about the next steps and to meeting the rest of the team. " * 2
    session.interviewers[0].draft.closing = closing.strip()
    session.app.section = "closing"
    session.app.extra["cursor"] = len(closing.strip())  # at the end of the closing
    path = sessions_dir / "s.toml"
    store.save(session, path)
    app = make_app(path)
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


async def test_ctrl_c_in_a_section_says_how_to_quit(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    shown = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _editor_ready(pilot)
        field = screen.field("subject")
        await pilot.press("ctrl+c")
        assert any(line.startswith("ctrl+q quits") for line in shown), shown
        assert app.return_value is None and app.is_running  # still here, text untouched
        # With a selection, ctrl+c copies it and says nothing.
        shown.clear()
        await pilot.press("home", "shift+right", "shift+right", "ctrl+c")
        assert app.clipboard == field.text[:2]
        assert not shown


async def test_a_draft_with_no_findings_leaves_the_rows_to_the_sections(make_app, sessions_dir):
    from followup.core.findings import DraftReport

    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _editor_ready(pilot)
        await pilot.press("ctrl+n")  # Sam's draft: several findings
        await app.workers.wait_for_complete()
        await pilot.pause()
        sidebar = screen.sidebar
        assert sidebar.findings
        with_findings = sidebar.outer_size.height
        sidebar.show_report(DraftReport(index=screen.index, interviewer="Sam Okafor", score=100, findings=()))
        await pilot.pause()
        # Border, the score line and "No findings": nothing else, focused or not.
        assert sidebar.outer_size.height == 4 < with_findings
        sidebar.findings_list.focus()
        await pilot.pause()
        assert sidebar.outer_size.height == 4


async def test_the_scenario_blurb_sits_below_the_findings(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _editor_ready(pilot)
        findings = screen.sidebar.findings_list
        scenario = screen.query_one("#scenario")
        assert findings.region.height > 0 and scenario.region.height > 0
        assert scenario.region.y >= findings.region.bottom


async def test_the_title_line_keeps_the_draft_and_the_save_status_apart(make_app, sessions_dir):
    session = make_session()
    session.interviewers[0].title = "Principal Director of Analytics Engineering and Data Platform Strategy"
    session.interviewers[1].name = ""
    path = sessions_dir / "s.toml"
    store.save(session, path)
    app = make_app(path)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await _editor_ready(pilot)
        app.save_status = "NOT SAVED: disk full — retrying"
        await pilot.pause()
        title, status = screen.query_one("#draft-title"), screen.query_one("#save-status")
        assert status.region.x >= title.region.right + 1, "the title runs into the save status"
        assert str(title.render()).startswith("Draft 1 of 3: Dana Rivera")
        # An interviewer with no name yet: the title says so, and where to give one.
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Draft 2 of 3: no name yet (F3: roster)" in str(title.render())


async def test_the_demo_says_it_reopens_your_edits(make_app):
    app = make_app(demo=True)
    shown = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await _editor_ready(pilot)
        assert any("your edits to it are kept" in line and "delete it" in line for line in shown), shown


async def test_scoring_and_the_deadline_do_not_run_together_on_a_small_screen(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _editor_ready(pilot)
        screen.sidebar.show_report(None)  # what it shows until the first scoring is in
        await pilot.pause()
        row = screen.query_one("#score-info")
        text = " ".join(str(w.render()) for w in row.query("Static"))
        assert "scoring… · " in text


async def test_the_cursor_stays_in_view_when_the_sidebar_grows_below_it(make_app, sessions_dir):
    from followup.core.findings import DraftReport, Finding

    session = make_session()
    closing = "I look forward to hearing about the next steps and to meeting the rest of the team. " * 2
    session.interviewers[0].draft.closing = closing.strip()
    session.app.section = "closing"
    session.app.extra["cursor"] = len(closing.strip())
    path = sessions_dir / "s.toml"
    store.save(session, path)
    app = make_app(path)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await _editor_ready(pilot)
        field = screen.field("closing")
        # The findings arrive: the sidebar below the sections grows to its most, the sections shrink.
        many = tuple(Finding(f"x.{i}", "warning", "closing", f"Finding number {i}") for i in range(8))
        screen.sidebar.show_report(DraftReport(index=0, interviewer="Dana Rivera", score=40, findings=many))
        await pilot.pause()
        await pilot.pause()
        view = screen.query_one("#sections").content_region
        x, y = field.cursor_screen_offset
        assert view.contains(x, y), f"cursor at {(x, y)}, the sections show {view}"
