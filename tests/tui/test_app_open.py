"""`followup PATH` opens the editor itself: on the draft and field the user left, taking keys at once, in order.

Pilot tests of what the user sees and relies on. Keys are posted the way a terminal delivers a burst (all queued
before any is handled), some before the editor has even mounted; one test runs with the machine loaded by busy
processes beside it. How fast the editor comes is measured by benchmarks/start.py, not here.
"""

from __future__ import annotations

import asyncio
import html
import re
import subprocess
import sys

from followup.core import store
from followup.core.model import AppState
from followup.tui.app import FollowupApp
from followup.tui.screens.editor import EditorScreen
from followup.tui.screens.sessions import SessionsScreen
from tests.tui.conftest import NEVER, fixed_clock, make_session, post_keys, write_session



def screen_text(app) -> str:
    """The screen's text as drawn (from the screenshot the app exports), tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot())).replace("\xa0", " ")


class KeysWhileOpening(FollowupApp):
    """The app with keys already queued when it mounts: they arrive before the editor has mounted."""

    early_keys: list[str] = []

    def on_mount(self) -> None:  # runs before FollowupApp.on_mount pushes the editor
        post_keys(self, self.early_keys)


async def editor_of(app) -> EditorScreen:
    """The editor on top, once it has scored the session (the score shows when the keys pause)."""
    screen = app.screen
    assert isinstance(screen, EditorScreen), type(screen).__name__
    await asyncio.wait_for(screen.scored(), NEVER)
    return screen


async def test_followup_path_opens_the_editor_where_the_user_left_off(make_app, sessions_dir):
    session = make_session(people=("Dana Rivera", "Sam Okafor", "Lee Park"))
    session.interviewers[1].draft.gratitude = "Thank you for the tour of the data warehouse."
    session.app = AppState(interviewer=1, section="gratitude", extra={"cursor": 9})
    path = write_session(sessions_dir, "panel.toml", session)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await editor_of(app)
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "SessionsScreen", "EditorScreen"]
        assert editor.index == 1 and editor.focused.section == "gratitude"
        assert editor.focused.selection.end == (0, 9)
        text = screen_text(app)
        assert "Draft 2 of 3: Sam Okafor" in text
        assert "for the tour of the data warehouse." in text  # (the cursor sits after "Thank you")
        assert "Draft 2/3 · multiple" in text  # the sidebar: which draft, which kind of interview
        assert "out of 100" in text and "due in" in text  # scored, with its deadline
        await pilot.press("escape")  # back to the sessions list
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert app.workspace is None
    assert store.load(path) == session  # looking changed nothing on disk


async def _type_while_opening(home, path, keys: list[str]) -> FollowupApp:
    environ = {"FOLLOWUP_HOME": str(home), "FOLLOWUP_CONFIG": str(home / "config.toml")}
    app = KeysWhileOpening(path, environ, clock=fixed_clock, sessions_dir=home / "sessions",
                           config_path=home / "config.toml", blink=False, load_speller=False)
    app.early_keys = keys
    async with app.run_test(size=(100, 30)) as pilot:
        await editor_of(app)
        await pilot.pause()
    return app


def _closing_session(sessions_dir):
    session = make_session()
    for person in session.interviewers:
        person.draft.closing = ""
    session.app = AppState(interviewer=0, section="closing")
    return write_session(sessions_dir, "s.toml", session)


async def test_keys_typed_while_the_editor_opens_reach_it_in_order(home, sessions_dir):
    path = _closing_session(sessions_dir)
    # ctrl+n (the next draft) and tab (the next field) act in the app's queue, ahead of keys still
    # waiting for a field: each must act only once the keys typed before it are in.
    app = await _type_while_opening(home, path, ["O", "k", "ctrl+n", "Y", "e", "s", "tab", "x"])
    drafts = app.workspace.session.interviewers if app.workspace else []
    assert drafts[0].draft.closing == "Ok"
    assert drafts[1].draft.closing == "Yes"
    assert drafts[1].draft.signoff == "x"


async def test_keys_keep_their_order_with_the_machine_loaded(home, sessions_dir):
    """The same burst with busy processes beside the app (one per core): order comes from barriers, not timing."""
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        path = _closing_session(sessions_dir)
        keys = ["W", "i", "l", "l", "ctrl+n", "S", "a", "m", "ctrl+b", "backspace", "backspace", "l", "!"]
        app = await _type_while_opening(home, path, keys)
    finally:
        for process in busy:
            process.kill()
            process.wait()
    drafts = app.workspace.session.interviewers if app.workspace else []
    assert drafts[0].draft.closing == "Wil!"
    assert drafts[1].draft.closing == "Sam"


async def test_sessions_that_do_not_open_into_the_editor_open_where_they_can(make_app, sessions_dir):
    empty = write_session(sessions_dir, "empty.toml", make_session(people=()))
    broken = sessions_dir / "broken.toml"
    broken.write_text("[candidate\nname = 1\n")
    for path, expected in ((empty, "RosterScreen"), (sessions_dir / "new.toml", "SetupScreen"), (broken, "SessionsScreen")):
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert type(app.screen).__name__ == expected, path.name
            if path == broken:
                assert "broken.toml" in screen_text(app), "the error is told"


async def test_an_editor_another_part_replaced_stops_scoring_before_its_widgets_go(make_app, sessions_dir):
    """F2 during the whole-session scoring: Textual removes the editor's widgets first and may run the
    screen's queued steps meanwhile; a step then found no score digits and the app quit on an internal
    error (CI: tests/e2e/test_keys.py, the form field burst). The steps check `on_stack`, which turns
    False as soon as the editor leaves the stack, while `is_attached` (checked before) still says True."""
    path = write_session(sessions_dir, "s.toml", make_session(people=("Dana Rivera", "Sam Okafor")))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await editor_of(app)
        assert editor.on_stack
        editor.schedule_rescore()  # a pass under way
        app.show_part("setup")
        assert editor.is_attached and not editor.on_stack  # the window the old check missed
        await pilot.pause()
        assert type(app.screen).__name__ == "SetupScreen"
    assert app.return_code in (None, 0)
