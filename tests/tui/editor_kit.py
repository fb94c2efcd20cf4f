"""Shared pieces for the editor and preview tests: sessions, a fixed clock, a small host app.

Used by tests/tui/test_editor*.py, test_preview*.py and test_snapshots_editor.py only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.app import App
from textual.widgets import TextArea

from followup.core.config import Config
from followup.core.model import AppState, Candidate, Draft, Interview, Interviewer, Session
from followup.tui.messages import SessionEdited, WordAccepted
from followup.tui.workspace import Workspace

ZONE = timezone(timedelta(hours=-5))
#: The interview ended at 10:30; "now" is 15:00 the same day: 19 h 30 min left.
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=ZONE)


def fixed_clock() -> datetime:
    return NOW


def good_draft(first: str, topic_line: str) -> Draft:
    return Draft(
        subject="Thank You – Alex Kim – Senior Data Analyst Interview",
        greeting=f"Dear {first},",
        gratitude=f"Thank you for taking the time to meet with me today. I enjoyed {topic_line}.",
        interest=(
            "I am excited about the Senior Data Analyst role at Northwind Analytics; the churn dashboard "
            "I built cut reporting time by 40%, and I would bring that to stakeholder reporting."
        ),
        clarification="",
        closing="I look forward to hearing about the next steps.",
        signoff="Best regards,\nAlex Kim\nalex.kim@example.com | +1 555 0100",
    )


def make_session(*, interviewers: int = 3, outcome: str = "pending", names: list[str] | None = None) -> Session:
    people = [
        Interviewer(
            "Dana Rivera",
            "Analytics Manager",
            "dana.rivera@northwind.example",
            ["migrating the billing pipeline to dbt", "quarterly churn review"],
        ),
        Interviewer("Sam Okafor", "Data Engineer", "sam.okafor@northwind.example", ["streaming ingestion with Kafka"]),
        Interviewer("Lee Chen", "Director of Analytics", "lee.chen@northwind.example", ["team roadmap for 2027"]),
        Interviewer("Maria Lopez", "Product Manager", "maria.lopez@northwind.example", ["pricing experiments"]),
        Interviewer("Tom Becker", "Staff Engineer", "tom.becker@northwind.example", ["data contracts"]),
    ][:interviewers]
    if names:
        for person, name in zip(people, names):
            person.name = name
    people[0].draft = good_draft(people[0].first_name, "hearing about migrating the billing pipeline to dbt")
    if interviewers > 1:
        people[1].draft = Draft(
            subject="Alex Kim – Senior Data Analyst Interview",
            greeting=f"Dear {people[1].first_name},",
            gratitude="Thank you for the the conversation about streaming ingestion with Kafka.",
            interest="",
            closing="",
            signoff="Best regards,\nAlex Kim",
        )
    return Session(
        Candidate("Alex Kim", "alex.kim@example.com", "+1 555 0100"),
        Interview(
            "Northwind Analytics",
            "Senior Data Analyst",
            datetime(2026, 11, 25, 9, 0, tzinfo=ZONE),
            datetime(2026, 11, 25, 10, 30, tzinfo=ZONE),
            outcome=outcome,
            requirements=["stronger data analysis", "stakeholder reporting"],
            achievements=["churn dashboard that cut reporting time by 40%"],
        ),
        people,
    )


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
