"""Fixtures for the app's Pilot and snapshot tests: a fixed clock, private folders, session files.

`make_session` is tests.builders.listed_session (the one session builder), imported here for the tests.

Every app built here has no cursor blink and does not load the dictionary unless asked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from followup.core.model import Session
from followup.tui.app import FollowupApp
from tests.builders import EST, save
from tests.builders import listed_session as make_session

__all__ = ["EST", "NOW", "fixed_clock", "make_session", "record_notices", "shown_notices", "write_session"]

#: The tests' "now": 14:03:05 on the day of the interviews tests.builders makes (New York time).
NOW = datetime(2026, 11, 25, 14, 3, 5, tzinfo=EST)


def fixed_clock() -> datetime:
    return NOW


def record_notices(app) -> list[str]:
    """Every notice the app gives from now on (screens notify through the app), even one gone from the screen."""
    said: list[str] = []
    notify = app.notify

    def record(message, *args, **kwargs):
        said.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = record
    return said


def shown_notices(app) -> list[str]:
    """The notices on screen now, as the user reads them (each toast's title and message)."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "sessions").mkdir(mode=0o700)
    return tmp_path


@pytest.fixture
def sessions_dir(home: Path) -> Path:
    return home / "sessions"


@pytest.fixture
def make_app(home: Path):
    """make_app(path=None, demo=False, **kw) -> a FollowupApp on private folders with the fixed clock."""

    def build(path: Path | None = None, *, demo: bool = False, **kw) -> FollowupApp:
        environ = {"FOLLOWUP_HOME": str(home), "FOLLOWUP_CONFIG": str(home / "config.toml")}
        kw.setdefault("load_speller", False)
        return FollowupApp(path, environ, clock=fixed_clock, demo=demo, sessions_dir=home / "sessions",
                           config_path=home / "config.toml", blink=False, **kw)

    return build


def write_session(folder: Path, name: str, session: Session) -> Path:
    """Save `session` as `folder/name` (tests.builders.save); the path."""
    return save(session, folder / name)


#: How long a test lets the app work before it fails as hung: a guard for a loaded machine, never a speed claim.
NEVER = 120.0


async def until(pilot, condition: Callable[[], object], what: str = "the app never got there") -> None:
    """Let the app run until `condition()` holds, checked each time the app has handled what was queued; fail
    only if it never does (NEVER). For what no single event marks (a file written, a screen pushed by a key)."""
    begin = time.monotonic()
    while not condition():
        assert time.monotonic() - begin < NEVER, what
        await pilot.pause(0.02)


def post_keys(app, keys: list[str]) -> None:
    """Queue keys as a terminal does when they arrive in one packet (over ssh, a fast typist): all before any
    is handled."""
    from textual import events

    for name in keys:
        app.post_message(events.Key(name, name if len(name) == 1 else None))
