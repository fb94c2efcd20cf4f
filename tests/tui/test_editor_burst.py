"""Keys that arrive in one burst (over ssh, or from a fast typist) act in the order they were typed."""

from __future__ import annotations

from followup.core.model import AppState
from tests.tui.conftest import post_keys, write_session
from tests.tui.editor_kit import make_session, settle


async def test_text_typed_right_after_switching_drafts_lands_in_the_new_draft(make_app, sessions_dir):
    session = make_session()
    session.app = AppState(interviewer=0, section="closing")
    path = write_session(sessions_dir, "burst.toml", session)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        people = app.workspace.session.interviewers
        dana, sam = people[0].draft.closing, people[1].draft.closing
        post_keys(app, ["end", *" A1", "ctrl+n", "end", *" B2", "ctrl+b", *" C3"])
        assert await settle(pilot, lambda: app.workspace.session.interviewers[0].draft.closing.endswith("C3"))
        people = app.workspace.session.interviewers
        assert people[1].draft.closing == sam + " B2"
        assert people[0].draft.closing == dana + " A1 C3"


async def test_mark_sent_then_typing_in_a_burst(make_app, sessions_dir):
    session = make_session()
    session.app = AppState(interviewer=0, section="closing")
    path = write_session(sessions_dir, "burst.toml", session)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        draft = app.workspace.session.interviewers[0].draft
        before = draft.closing
        post_keys(app, ["end", "ctrl+t", *" ok", "f9", *"!"])
        assert await settle(pilot, lambda: draft.closing.endswith("!"))
        assert draft.sent is not None
        assert draft.closing == before + " ok!"
