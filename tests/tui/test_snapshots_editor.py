"""Snapshots of the editor, its sidebar (single, panel, rejection) and the preview, in the real app.

Fixed clock (14:03:05 on the interview day), no cursor blink; SVGs in snapshots/test_snapshots_editor/.
"""

from __future__ import annotations

import asyncio

from followup.core.model import AppState, Draft
from followup.core.render import starter_draft
from followup.tui.screens.editor import EditorScreen
from tests.tui.conftest import write_session
from tests.tui.editor_kit import make_session


async def settled(pilot) -> None:
    """The screen as it stays: the editor once it has scored the session (when the keys pause), its workers done."""
    await pilot.pause()
    if isinstance(pilot.app.screen, EditorScreen):
        await asyncio.wait_for(pilot.app.screen.scored(), 120)  # a safety net; the wait is on the score
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def multiple_session():
    session = make_session(interviewers=3)
    session.app = AppState(interviewer=1, section="gratitude")
    return session


def test_editor_80x24(snap_compare, make_app, sessions_dir):
    path = write_session(sessions_dir, "northwind.toml", multiple_session())
    assert snap_compare(make_app(path), terminal_size=(80, 24), run_before=settled)


def test_editor_120x40(snap_compare, make_app, sessions_dir):
    path = write_session(sessions_dir, "northwind.toml", multiple_session())
    assert snap_compare(make_app(path), terminal_size=(120, 40), run_before=settled)


def test_sidebar_single(snap_compare, make_app, sessions_dir):
    session = make_session(interviewers=1)
    session.interviewers[0].draft.clarification = "I am sorry I blanked on the SQL question; I would use a window function."
    path = write_session(sessions_dir, "single.toml", session)
    assert snap_compare(make_app(path), terminal_size=(120, 40), run_before=settled)


def test_sidebar_panel(snap_compare, make_app, sessions_dir):
    session = make_session(interviewers=5)
    for index in range(2, 5):
        session.interviewers[index].draft = starter_draft(session, index)
    session.interviewers[3].draft.sent = session.interview.ends_at.replace(hour=13, minute=5)
    session.app = AppState(interviewer=3, section="subject")
    path = write_session(sessions_dir, "panel.toml", session)
    assert snap_compare(make_app(path), terminal_size=(120, 40), run_before=settled)


def test_sidebar_rejection(snap_compare, make_app, sessions_dir):
    session = make_session(interviewers=1, outcome="rejected")
    session.interviewers[0].draft = Draft(
        subject="Thank you – Alex Kim",
        greeting="Dear Dana,",
        gratitude="Thank you for letting me know, and for your time during the process.",
        interest="",
        closing="Could you reconsider? I think the decision was a mistake.",
        signoff="Best regards,\nAlex Kim",
    )
    path = write_session(sessions_dir, "rejection.toml", session)
    assert snap_compare(make_app(path), terminal_size=(120, 40), run_before=settled)


def test_editor_misspelled_words_underlined(snap_compare, make_app, sessions_dir):
    from followup.core.spelling import Speller
    from followup.tui.messages import SpellerReady

    session = make_session(interviewers=1)
    session.interviewers[0].draft.gratitude = "Thank you for the converstion about migrating the billing pipeline to dbt."
    session.app = AppState(interviewer=0, section="interest")
    path = write_session(sessions_dir, "spelling.toml", session)
    speller = Speller()

    async def with_dictionary(pilot) -> None:
        await pilot.pause()  # the app has opened the session (it does once mounted)
        pilot.app.workspace.speller = speller
        pilot.app.screen.post_message(SpellerReady())
        await settled(pilot)

    assert snap_compare(make_app(path), terminal_size=(100, 30), run_before=with_dictionary)


def test_editor_markup_names_literal_60x20(snap_compare, make_app, sessions_dir):
    session = make_session(interviewers=2, names=["Dr. [b]Smith[/] [/]"])
    path = write_session(sessions_dir, "markup.toml", session)
    assert snap_compare(make_app(path), terminal_size=(60, 20), run_before=settled)


async def open_preview(pilot) -> None:
    """Dana's draft in the preview; the export folder (a temp path in tests) shown as a fixed one."""
    await pilot.press("ctrl+b", "f5")
    await settled(pilot)
    pilot.app.screen.query_one("#folder").value = "~/followup/exports"
    await pilot.pause()


def test_preview_80x24(snap_compare, make_app, sessions_dir):
    path = write_session(sessions_dir, "northwind.toml", multiple_session())
    assert snap_compare(make_app(path), terminal_size=(80, 24), run_before=open_preview)


def test_preview_120x40(snap_compare, make_app, sessions_dir):
    path = write_session(sessions_dir, "northwind.toml", multiple_session())
    assert snap_compare(make_app(path), terminal_size=(120, 40), run_before=open_preview)


def test_sidebar_findings_focused_with_hint(snap_compare, make_app, sessions_dir):
    path = write_session(sessions_dir, "northwind.toml", multiple_session())

    async def into_findings(pilot) -> None:
        await settled(pilot)
        await pilot.press("ctrl+f", "down")
        await settled(pilot)

    assert snap_compare(make_app(path), terminal_size=(120, 40), run_before=into_findings)
