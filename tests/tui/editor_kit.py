"""Shared pieces for the editor and preview tests: sessions, a fixed clock, a small host app.

`make_session` is tests.builders.editor_session (the one session builder), imported here for the tests.

Used by tests/tui/test_editor*.py, test_preview*.py and test_snapshots_editor.py only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from textual.app import App
from textual.widgets import TextArea

from followup.core.config import Config
from followup.core.model import AppState, Session
from followup.tui.messages import SessionEdited, WordAccepted
from followup.tui.workspace import Workspace
from tests.builders import EST
from tests.builders import editor_session as make_session

#: The interview ended at 10:30; "now" is 15:00 the same day: 19 h 30 min left.
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=EST)


def fixed_clock() -> datetime:
    return NOW


def make_workspace(tmp_path: Path, session: Session | None = None, *, speller=None) -> Workspace:
    return Workspace(
        tmp_path / "session.toml",
        session if session is not None else make_session(),
        config=Config(),
        clock=fixed_clock,
        speller=speller,
    )


class HostApp(App):
    """Stands in for FollowupApp: opens one screen and records what the screens post up."""

    def __init__(self, workspace: Workspace, make_screen: Callable, environ: Mapping[str, str] | None = None):
        super().__init__()
        self.workspace = workspace
        self.environ = dict(environ or {})
        workspace.environ = self.environ  # the screens read it from the workspace, as in the app
        self.make_screen = make_screen
        self.edits = 0
        self.accepted: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(self.workspace))

    def on_session_edited(self, message: SessionEdited) -> None:
        self.edits += 1

    def on_word_accepted(self, message: WordAccepted) -> None:
        self.accepted.append(message.word)


def no_blink(app: App) -> None:
    for area in app.screen.query(TextArea):
        area.cursor_blink = False


async def settle(pilot, condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Let the app run until `condition` holds; False if it never does within `timeout` seconds.

    Each round waits on events, never a fixed delay: the screen's pending messages and an idle moment
    (`pilot.pause()`), then every worker (`workers.wait_for_complete()`). A timer (the score after the
    keys pause) fires within the rounds; the timeout is only a bound for a loaded machine."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + timeout
    while not condition():
        if loop.time() > give_up:
            return False
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    return True


__all__ = ["AppState", "HostApp", "NOW", "fixed_clock", "make_session", "make_workspace", "no_blink", "settle"]
