"""Builders of realistic sessions for the rule tests: good drafts for single, multiple, panel and rejection.

Each builder returns a fresh `Session`; tests change one section to make a rule fire.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup.core.model import Candidate, Draft, Interview, Interviewer, Session

EST = timezone(timedelta(hours=-5))
#: The interviews below end at 10:30 EST; 13:00 the same day is comfortably inside every window.
ENDED = datetime(2026, 11, 25, 10, 30, tzinfo=EST)
NOW = datetime(2026, 11, 25, 13, 0, tzinfo=EST)

CANDIDATE = "Siobhán Nguyen"
SIGNOFF = "Best regards,\nSiobhán Nguyen\nsiobhan.nguyen@example.com | +1 555 0100"
SUBJECT = "Thank You – Siobhán Nguyen – Senior Data Analyst Interview"


@pytest.fixture(scope="session")
def speller():
    """One dictionary for the whole test run (it takes about 200 ms to load)."""
    from followup.core.spelling import Speller

    return Speller()


def _interview(**changes) -> Interview:
    values = dict(
        company="Northwind Analytics",
        role="Senior Data Analyst",
        start=ENDED - timedelta(hours=1, minutes=30),
        end=ENDED,
        requirements=["stronger data analysis", "stakeholder reporting", "Kubernetes batch jobs"],
        achievements=["churn dashboard that cut reporting time by 40%"],
        concerns=["SQL window functions question"],
    )
    values.update(changes)
    return Interview(**values)


DANA = Interviewer(
    name="Dana Rivera",
    title="Analytics Manager",
    email="dana.rivera@northwind.example",
    topics=["migrating the billing pipeline to dbt", "quarterly churn review"],
    draft=Draft(
        subject=SUBJECT,
        greeting="Dear Dana,",
        gratitude=(
            "Thank you for taking the time to meet with me this morning. I enjoyed hearing how your team is "
            "migrating the billing pipeline to dbt, and the way you balance that work with the quarterly churn review."
        ),
        interest=(
            "I am excited about the Senior Data Analyst role and about joining Northwind Analytics. At my current "
            "company I built a churn dashboard that cut reporting time by 40%, which is the kind of stakeholder "
            "reporting your team needs."
        ),
        clarification=(
            "To expand on the SQL window functions question, I have since rewritten our cohort report with "
            "window functions and halved its run time."
        ),
        closing="I look forward to hearing about the next steps in the process.",
        signoff=SIGNOFF,
    ),
)

SAM = Interviewer(
    name="Sam Okafor",
    title="Staff Data Engineer",
    topics=["Kubernetes batch jobs for the nightly loads", "on-call rotation"],
    draft=Draft(
        subject=SUBJECT,
        greeting="Hi Sam,",
        gratitude=(
            "Thank you for walking me through how the nightly loads run as Kubernetes batch jobs. Your story about "
            "the first week of the new on-call rotation made the engineering culture at Northwind Analytics feel "
            "very real to me."
        ),
        interest=(
            "I am keen to join the team. In my last role I moved our scheduled Python reports onto Kubernetes batch "
            "jobs, so I would be glad to help with that side of the platform while growing my data analysis."
        ),
        clarification="",
        closing="I look forward to continuing our conversation as the process moves on.",
        signoff=SIGNOFF,
    ),
)

PIOTR = Interviewer(
    name="Piotr Wojciechowski",
    title="Head of Data",
    topics=["the data governance programme", "hiring plans for next year"],
    draft=Draft(
        subject=SUBJECT,
        greeting="Dear Piotr,",
        gratitude=(
            "Thank you for the thoughtful conversation this morning. I appreciated your candour about the data "
            "governance programme, and it was useful to hear where it is heading over the next year."
        ),
        interest=(
            "I am enthusiastic about the mission you described. Stakeholder reporting has been central to my "
            "work: my churn dashboard became the weekly reference for our leadership team, and I would love to "
            "bring that habit of clear reporting to Northwind Analytics."
        ),
        clarification="",
        closing="Thank you again, and I look forward to hearing from you about the next steps.",
        signoff="Kind regards,\nSiobhán Nguyen\n+1 555 0100",
    ),
)

MARY_JANE = Interviewer(
    name="Mary-Jane O'Brien",
    title="Product Manager",
    topics=["self-serve analytics for account managers", "pricing experiments"],
    draft=Draft(
        subject=SUBJECT,
        greeting="Dear Mary-Jane,",
        gratitude=(
            "Thank you for your time on the panel today. I especially enjoyed our exchange about self-serve "
            "analytics for account managers, and how your pricing experiments depend on trustworthy numbers."
        ),
        interest=(
            "I remain very interested in the Senior Data Analyst position. The churn dashboard I built was "
            "designed for people outside the data team, so I understand how much stakeholder reporting relies "
            "on plain language and well-known definitions."
        ),
        clarification="",
        closing="I look forward to the next steps and hope we can talk again soon.",
        signoff=SIGNOFF,
    ),
)

KENJI = Interviewer(
    name="Kenji Watanabe",
    title="Data Scientist",
    topics=["forecasting seat renewals", "feature store design"],
    draft=Draft(
        subject=SUBJECT,
        greeting="Hello Kenji,",
        gratitude=(
            "Many thanks for the panel conversation today. Your approach to forecasting seat renewals was "
            "fascinating, particularly the decision to keep the model simple enough for the sales leads to trust."
        ),
        interest=(
            "I would be thrilled to work alongside your team. Forecasting work like yours needs stronger data "
            "analysis upstream, and that is where my experience with careful cohort definitions would help most."
        ),
        clarification="",
        closing="I look forward to hearing about the next stage of the process.",
        signoff="Sincerely,\nSiobhán Nguyen\nsiobhan.nguyen@example.com",
    ),
)


def _copy(person: Interviewer) -> Interviewer:
    from copy import deepcopy

    return deepcopy(person)


def make_session(people: list[Interviewer], **interview) -> Session:
    return Session(
        candidate=Candidate(name=CANDIDATE, email="siobhan.nguyen@example.com", phone="+1 555 0100"),
        interview=_interview(**interview),
        interviewers=[_copy(p) for p in people],
    )


def single_session() -> Session:
    """One interviewer (Dana), a good draft."""
    return make_session([DANA])


def multiple_session() -> Session:
    """Three interviewers, each with a good, distinct draft."""
    return make_session([DANA, SAM, PIOTR])


def panel_session() -> Session:
    """A panel of five, each with a good, distinct draft."""
    return make_session([DANA, SAM, PIOTR, MARY_JANE, KENJI])


def rejection_session() -> Session:
    """After a rejection: one gracious note to the recruiter."""
    recruiter = Interviewer(
        name="Priya Raman",
        title="Talent Partner",
        topics=["the analyst hiring process"],
        draft=Draft(
            subject="Thank you – Siobhán Nguyen – Senior Data Analyst",
            greeting="Dear Priya,",
            gratitude=(
                "Thank you for letting me know, and for the opportunity to interview for the Senior Data "
                "Analyst role. I appreciated the time everyone at Northwind Analytics gave me."
            ),
            interest="",
            clarification="",
            closing=(
                "I wish you and the team every success with the search, and I would be glad to stay in touch "
                "about future openings."
            ),
            signoff=SIGNOFF,
        ),
    )
    return make_session([recruiter], outcome="rejected")


def findings_of(report, index: int = 0, severities=("error", "warning", "suggestion")) -> set[str]:
    """The rule ids with a finding of the given severities in draft `index`."""
    return {f.rule for f in report.drafts[index].findings if f.severity in severities}


def serious(report, index: int = 0) -> set[str]:
    """The rule ids with an error or warning finding in draft `index`."""
    return findings_of(report, index, ("error", "warning"))
