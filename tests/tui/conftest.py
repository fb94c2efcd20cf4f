"""Fixtures for the app's Pilot and snapshot tests: a fixed clock, private folders, session files.

Every app built here has no cursor blink and does not load the dictionary unless asked.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from followup.core import store
from followup.core.model import Candidate, Draft, Interview, Interviewer, Session
from followup.tui.app import FollowupApp

EST = timezone(timedelta(hours=-5))
#: The tests' "now": 14:03:05 on the day of the interviews below (New York time).
NOW = datetime(2026, 11, 25, 14, 3, 5, tzinfo=EST)


def fixed_clock() -> datetime:
    return NOW


def make_session(company: str = "Northwind Analytics", role: str = "Senior Data Analyst", *, start: datetime | None = None,
                 people: tuple[str, ...] = ("Dana Rivera", "Sam Okafor"), sent: int = 0, outcome: str = "pending") -> Session:
    start = start or datetime(2026, 11, 25, 9, 0, tzinfo=EST)
    interviewers = []
    for i, name in enumerate(people):
        draft = Draft(
            subject=f"Thank you - Alex Kim - {role} interview",
            greeting=f"Dear {name.split()[0]},",
            gratitude="Thank you for the conversation about the billing pipeline.",
            sent=start + timedelta(hours=3) if i < sent else None,
        )
        interviewers.append(Interviewer(name=name, title="Manager", topics=["billing pipeline"], draft=draft))
    return Session(
        candidate=Candidate("Alex Kim", email="alex.kim@example.com", phone="+1 555 0100"),
        interview=Interview(company=company, role=role, start=start, end=start + timedelta(hours=1, minutes=30),
                            outcome=outcome, requirements=["stakeholder reporting"]),
        interviewers=interviewers,
    )


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
    path = folder / name
    store.save(session, path)
    return path
