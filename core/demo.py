"""A realistic demo session: a five-person panel that ended about three hours ago.

Used by `followup --demo` and `make run`, by the README screenshot and by tests that need
a lifelike session. Some drafts are finished (one already sent), some half written.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .model import Candidate, Draft, Interview, Interviewer, Session

SUBJECT = "Thank you – Jordan Ellis – Senior Product Analyst interview"
SIGNOFF = "Best regards,\nJordan Ellis\njordan.ellis@example.com | +1 555 0142"


def _end_time(now: datetime) -> datetime:
    """About three hours before `now`, on a quarter hour, in `now`'s own offset."""
    end = (now - timedelta(hours=3)).replace(second=0, microsecond=0)
    return end - timedelta(minutes=end.minute % 15)


def demo_session(now: datetime) -> Session:
    end = _end_time(now)
    start = end - timedelta(hours=2, minutes=30)
    priya = Interviewer(
        "Priya Natarajan",
        title="Director of Product Analytics",
        email="priya.natarajan@harborline.example",
        topics=["pricing experiments on the route planner", "weekly metrics review with operations"],
        draft=Draft(
            subject=SUBJECT,
            greeting="Dear Priya,",
            gratitude=(
                "Thank you for leading the panel today and for walking me through the pricing experiments "
                "on the route planner. Hearing how your team decides when a test has run long enough was "
                "the most useful part of my afternoon."
            ),
            interest=(
                "I am excited about the Senior Product Analyst role at Harborline. You said the team needs "
                "sharper forecasting of demand across the regional depots, and my demand forecast that cut "
                "empty truck miles by 12% is the closest thing I have done to that."
            ),
            closing="I look forward to hearing about the next steps.",
            signoff=SIGNOFF,
            sent=end + timedelta(hours=1, minutes=50),
        ),
    )
    marcus = Interviewer(
        "Marcus Oyelaran",
        title="Staff Data Engineer",
        email="marcus.oyelaran@harborline.example",
        topics=["moving event tracking to a streaming pipeline", "data contracts between teams"],
        draft=Draft(
            subject=SUBJECT,
            greeting="Dear Marcus,",
            gratitude=(
                "Thank you for the detailed look at how Harborline is moving event tracking to a streaming "
                "pipeline. I appreciated how candid you were about the trade-offs of late-arriving events."
            ),
            interest=(
                "Our conversation made me even more keen to join the team. I care a lot about clear "
                "reporting for people who are not technical, and the self-serve dashboard I built for "
                "300 dispatchers taught me how much good data plumbing matters to that."
            ),
            closing="I look forward to the next steps in the process, and I hope to continue the conversation.",
            signoff=SIGNOFF,
        ),
    )
    siobhan = Interviewer(
        "Siobhán Walsh",
        title="Product Manager, Fleet Tools",
        email="siobhan.walsh@harborline.example",
        topics=["the dispatcher mobile app roadmap", "interviewing drivers about route changes"],
        draft=Draft(
            subject=SUBJECT,
            greeting="Dear Siobhán,",
            gratitude=(
                "Thank you for sharing the dispatcher mobile app roadmap with me. I had not thought about "
            ),
        ),
    )
    tomas = Interviewer(
        "Tomás Wojciechowski",
        title="Operations Lead, Northeast Region",
        email="tomas.wojciechowski@harborline.example",
        topics=["peak-season staffing at the Newark depot"],
        draft=Draft(
            subject=SUBJECT,
            greeting="Dear Tomás,",
            gratitude=(
                "Thank you for your time this afternoon and for the story about peak-season staffing at "
                "the Newark depot; it made the numbers we discussed feel very real."
            ),
            interest=(
                "I am enthusiastic about bringing my forecasting work to the Harborline team, especially "
                "where demand across the regional depots swings hardest."
            ),
            clarification=(
                "To expand on the question about late-arriving data, I would now model it with a separate "
                "correction step so the daily report stays stable."
            ),
            closing="I look forward to hearing from you.",
            signoff=SIGNOFF,
        ),
    )
    hannah = Interviewer(
        "Hannah Lindqvist",
        title="UX Researcher",
        email="hannah.lindqvist@harborline.example",
        topics=["usability sessions with warehouse staff"],
        draft=Draft(greeting="Dear Hannah,"),
    )
    return Session(
        candidate=Candidate("Jordan Ellis", email="jordan.ellis@example.com", phone="+1 555 0142"),
        interview=Interview(
            company="Harborline",
            role="Senior Product Analyst",
            start=start,
            end=end,
            requirements=["forecasting demand across regional depots", "clear reporting for non-technical people"],
            achievements=["demand forecast that cut empty truck miles by 12%", "self-serve dashboard for 300 dispatchers"],
            concerns=["the SQL question on late-arriving data"],
        ),
        interviewers=[priya, marcus, siobhan, tomas, hannah],
    )
