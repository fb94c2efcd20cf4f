"""The editor's first look: `followup PATH` draws the draft at once and builds the editor behind it.

Pilot tests of what the user sees and relies on: the first look shows the real draft, the editor then takes
its place with nothing lost, keys typed in between reach the editor in order, and sessions that do not open
into the editor never get a first look. How fast it comes is measured by benchmarks/start.py, not here.
"""

from __future__ import annotations

import gc
import html
import re
from pathlib import Path

import pytest

from followup.core import store
from followup.core.model import AppState
from tests.tui.conftest import fixed_clock, make_session, write_session
from followup.tui.app import FollowupApp
from followup.tui.messages import FirstLookShown
from followup.tui.screens.editor import EditorScreen
from followup.tui.screens.first_look import PREVIEW_CHARACTERS, FirstLookScreen, SectionPreview
from followup.tui.screens.sessions import SessionsScreen
from followup.tui.screens.setup import SetupScreen

class HeldApp(FollowupApp):
    """The app with the editor's build held back until `release()` (or `let_through`): the first look stays up."""

    held_message: FirstLookShown | None = None
    let_through = False

    def on_first_look_shown(self, message: FirstLookShown) -> None:
        if self.let_through:
            return  # FollowupApp's handler builds the editor, in the app's own queue
        message.prevent_default()  # FollowupApp's handler (the build) waits for release()
        self.held_message = message

    async def release(self, pilot) -> None:
        assert self.held_message is not None
        await FollowupApp.on_first_look_shown(self, self.held_message)
        for _ in range(50):
            if isinstance(self.screen, EditorScreen) and self.screen.focused is not None:
                return
            await pilot.pause(0.05)


def held_app(home: Path, path: Path) -> HeldApp:
    environ = {"FOLLOWUP_HOME": str(home), "FOLLOWUP_CONFIG": str(home / "config.toml")}
    return HeldApp(path, environ, clock=fixed_clock, sessions_dir=home / "sessions", config_path=home / "config.toml",
                   blink=False, load_speller=False, first_look=True)


def screen_text(app) -> str:
    """The screen's text as drawn (from the screenshot the app exports), tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot())).replace("\xa0", " ")


async def test_the_first_look_shows_the_draft_its_deadline_and_that_scoring_is_on_its_way(home, sessions_dir):
    session = make_session(people=("Dana Rivera", "Sam Okafor", "Lee Park"))
    session.interviewers[1].draft.gratitude = "Thank you for the tour of the data warehouse."
    session.app = AppState(interviewer=1, section="gratitude")
    app = held_app(home, write_session(sessions_dir, "panel.toml", session))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FirstLookScreen)
        text = screen_text(app)
        assert "Draft 2 of 3: Sam Okafor" in text  # where the user left off
        assert "Thank you for the tour of the data warehouse." in text
        assert "Draft 2/3 · multiple" in text  # the sidebar title: which draft, which kind of interview
        assert "scoring…" in text and "checking spelling…" in text
        assert "due in" in text
        assert app.screen.query_one("#field-gratitude").has_class("-focused")


async def test_a_very_long_section_is_drawn_from_its_start_without_wrapping_it_whole(home, sessions_dir):
    session = make_session()
    session.interviewers[0].draft.interest = "word " * 20_000  # 100,000 characters
    app = held_app(home, write_session(sessions_dir, "long.toml", session))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#field-interest", SectionPreview).render())
        assert shown.startswith("word word") and len(shown) <= PREVIEW_CHARACTERS


async def test_the_editor_takes_the_first_look_place_with_the_same_draft_and_stack(make_app, sessions_dir):
    session = make_session()
    session.app = AppState(interviewer=1, section="greeting", extra={"cursor": 4})
    path = write_session(sessions_dir, "s.toml", session)
    app = make_app(path, first_look=True)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(50):
            if isinstance(app.screen, EditorScreen) and app.screen.focused is not None:
                break
            await pilot.pause(0.05)
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        assert [type(s) for s in app.screen_stack] == [FirstLookScreen, SessionsScreen, EditorScreen]
        assert editor.index == 1 and editor.focused.section == "greeting"
        assert editor.focused.selection.end == (0, 4)
        await editor.workers.wait_for_complete()  # opening scores the session in a worker
        await pilot.pause()
        assert editor.draft_report is not None  # scored
        await pilot.press("escape")  # back to the sessions list, as from any editor
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert app.workspace is None
    assert store.load(path) == session  # looking changed nothing on disk


async def test_keys_typed_during_the_first_look_reach_the_editor_in_order(home, sessions_dir):
    session = make_session()
    session.interviewers[0].draft.closing = ""
    session.interviewers[1].draft.closing = ""
    session.app = AppState(interviewer=0, section="closing")
    path = write_session(sessions_dir, "s.toml", session)
    app = held_app(home, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("O", "k", "ctrl+n", "Y", "e", "s")  # ctrl+n: the next draft, a priority key
        await pilot.pause()
        assert isinstance(app.screen, FirstLookScreen)  # nothing acted yet, nothing dropped
        assert app.workspace.session.interviewers[0].draft.closing == ""
        await app.release(pilot)
        await pilot.pause(0.3)
        drafts = app.workspace.session.interviewers
        assert drafts[0].draft.closing == "Ok"
        assert drafts[1].draft.closing == "Yes"
        assert app.screen.index == 1


async def test_keys_typed_while_the_editor_is_being_built_reach_it_in_order(home, sessions_dir):
    session = make_session()
    session.interviewers[0].draft.closing = ""
    session.app = AppState(interviewer=0, section="closing")
    app = held_app(home, write_session(sessions_dir, "s.toml", session))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.let_through = True
        app.post_message(FirstLookShown())  # the build runs in the app's queue; these keys queue behind it
        await pilot.press("W", "i", "l", "l", "tab", "x")
        for _ in range(50):
            if isinstance(app.screen, EditorScreen) and app.workspace.session.interviewers[0].draft.signoff.endswith("x"):
                break
            await pilot.pause(0.05)
        draft = app.workspace.session.interviewers[0].draft
        assert draft.closing == "Will"
        assert draft.signoff == "x"  # tab moved on to the (empty) sign-off, in order


async def test_sessions_that_do_not_open_into_the_editor_get_no_first_look(make_app, sessions_dir, home):
    empty = write_session(sessions_dir, "empty.toml", make_session(people=()))
    broken = sessions_dir / "broken.toml"
    broken.write_text("[candidate\nname = 1\n")
    for path, expected in ((empty, "RosterScreen"), (sessions_dir / "new.toml", "SetupScreen"), (broken, "SessionsScreen")):
        app = make_app(path, first_look=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert not any(isinstance(s, FirstLookScreen) for s in app.screen_stack)
            assert type(app.screen).__name__ == expected, path.name
            if path == broken:
                assert any("broken.toml" in n.message for n in app._notifications), "the error is told"
    assert SetupScreen  # imported for the name above


async def test_a_hostile_session_is_shown_literally_by_the_first_look(home, sessions_dir):
    from tests.tui.test_hostile import MARKUP_NAME, hostile_session

    path = write_session(sessions_dir, "hostile.toml", hostile_session())
    before = path.read_bytes()
    app = held_app(home, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FirstLookScreen)
        text = screen_text(app)
        assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
        assert MARKUP_NAME.replace(" ", "") in text.replace(" ", "")  # the name as typed, never markup
        assert "Thanks 49" not in text  # "{{ 7*7 }}" is text, not a template
    assert path.read_bytes() == before  # looking wrote nothing


@pytest.mark.parametrize("first_look", [True, False], ids=["session", "sessions-list"])
async def test_the_collector_paused_for_start_up_is_resumed_once_start_up_is_over(make_app, sessions_dir, first_look):
    """`followup` pauses Python's cyclic garbage collector while it starts (tui.cli); it must come back."""
    path = write_session(sessions_dir, "s.toml", make_session()) if first_look else None
    gc.disable()
    try:
        app = make_app(path, first_look=True)
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(50):
                if gc.isenabled():
                    break
                await pilot.pause(0.05)
            assert gc.isenabled()
            assert isinstance(app.screen, EditorScreen if first_look else SetupScreen)
    finally:
        gc.enable()
        gc.unfreeze()
