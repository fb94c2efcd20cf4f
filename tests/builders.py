"""The one place that builds sessions for the tests and the benchmarks (issue 12).

`session(people, *, candidate=..., **interview)` makes a `Session` (every part copied, so the constants here are
never changed by a test); `save(session, path)` writes it through the store, as the app would, and returns the
path. The named builders below are the data sets the tests rely on; the conftests, editor_kit, the e2e
`write_session` and the benchmarks are thin wrappers of them.

- `northwind()`: Alex Kim's interview at Northwind Analytics with Dana Rivera and Sam Okafor, no drafts yet
  (store, render, export and CLI tests); `with_starters(session)` fills every draft with the app's starter.
- `rule_session(people)` with the good drafts DANA, SAM, PIOTR, MARY_JANE, KENJI (candidate Siobhán Nguyen):
  `single_session()`, `multiple_session()`, `panel_session()`, `rejection_session()` (the rule tests).
- `listed_session(...)`: short drafts, any company, start and people (the app's session list and Pilot tests).
- `editor_session(...)`: one good draft and one with slips (the editor and preview tests).
- `due_session(end, sent)`: drafts only sent or not (`followup due`).
- `sendable_session(now)`: two finished drafts of an interview that ended two hours before `now` (`followup send`).
- `e2e_session(company, ...)`: drafts given section by section, the interview `hours_ago` (the end-to-end tests).
- `benchmark_session(people)`: the benchmarks' two-hour interview (benchmarks/keys.py, and session_of in
  benchmarks/_sessions.py through its `northwind_session`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from copy import deepcopy
from datetime import datetime, timedelta, timezone
from pathlib import Path

from followup.core import store
from followup.core.model import AppState, Candidate, Draft, Interview, Interviewer, Session

EST = timezone(timedelta(hours=-5))
#: The fixed-date interview: Northwind Analytics, 09:00 to 10:30 New York time, 25 November 2026.
START = datetime(2026, 11, 25, 9, 0, tzinfo=EST)
LENGTH = timedelta(hours=1, minutes=30)
ENDED = START + LENGTH
COMPANY = "Northwind Analytics"
ROLE = "Senior Data Analyst"

#: What the interview asked for and what the candidate brought (most data sets use these).
REQUIREMENTS = ["stronger data analysis", "stakeholder reporting"]
ACHIEVEMENTS = ["churn dashboard that cut reporting time by 40%"]
CONCERNS = ["SQL window functions question"]

ALEX_KIM = Candidate("Alex Kim", email="alex.kim@example.com", phone="+1 555 0100")
SIOBHAN_NGUYEN = Candidate("Siobhán Nguyen", email="siobhan.nguyen@example.com", phone="+1 555 0100")

_UNSET = object()


def session(people: Iterable[Interviewer | str], *, candidate: Candidate = ALEX_KIM, app: AppState | None = None,
            **interview) -> Session:
    """A session with these interviewers (an `Interviewer`, copied, or a bare name) and this candidate (copied).

    `interview` holds `Interview` fields: company and role default to Northwind's Senior Data Analyst, start to
    START, end to 90 minutes after start (`end=None`: no end given); the rest to the model's defaults."""
    values = dict(interview)
    values.setdefault("company", COMPANY)
    values.setdefault("role", ROLE)
    values.setdefault("start", START)
    if values.get("end", _UNSET) is _UNSET:
        values["end"] = values["start"] + LENGTH
    for key in ("requirements", "achievements", "concerns"):
        if key in values:
            values[key] = list(values[key])
    return Session(
        candidate=deepcopy(candidate),
        interview=Interview(**values),
        interviewers=[Interviewer(p) if isinstance(p, str) else deepcopy(p) for p in people],
        app=app if app is not None else AppState(),
    )


def save(built: Session, path: Path | str) -> Path:
    """Write `built` to `path` through the store (folder made as needed); the path."""
    path = Path(path)
    store.save(built, path)
    return path


# ----------------------------------------------------------------------------- northwind: no drafts yet


def northwind() -> Session:
    """Alex Kim's interview with Dana Rivera and Sam Okafor (titles, emails, topics), drafts empty."""
    return session(
        [
            Interviewer("Dana Rivera", title="Analytics Manager", email="dana.rivera@northwind.example",
                        topics=["migrating the billing pipeline to dbt", "quarterly churn review"]),
            Interviewer("Sam Okafor", title="Data Engineer", email="sam.okafor@northwind.example",
                        topics=["streaming ingestion with Kafka", "on-call rotation"]),
        ],
        requirements=REQUIREMENTS, achievements=ACHIEVEMENTS, concerns=CONCERNS,
    )


def with_starters(built: Session) -> Session:
    """`built` with every draft replaced by the app's starter draft for that interviewer (`render.starter_draft`)."""
    from followup.core.render import starter_draft

    for index, person in enumerate(built.interviewers):
        person.draft = starter_draft(built, index)
    return built


# ----------------------------------------------------------------------------- the rule tests: good drafts

RULES_SIGNOFF = "Best regards,\nSiobhán Nguyen\nsiobhan.nguyen@example.com | +1 555 0100"
RULES_SUBJECT = "Thank You – Siobhán Nguyen – Senior Data Analyst Interview"

DANA = Interviewer(
    name="Dana Rivera",
    title="Analytics Manager",
    email="dana.rivera@northwind.example",
    topics=["migrating the billing pipeline to dbt", "quarterly churn review"],
    draft=Draft(
        subject=RULES_SUBJECT,
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
        signoff=RULES_SIGNOFF,
    ),
)

SAM = Interviewer(
    name="Sam Okafor",
    title="Staff Data Engineer",
    topics=["Kubernetes batch jobs for the nightly loads", "on-call rotation"],
    draft=Draft(
        subject=RULES_SUBJECT,
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
        signoff=RULES_SIGNOFF,
    ),
)

PIOTR = Interviewer(
    name="Piotr Wojciechowski",
    title="Head of Data",
    topics=["the data governance programme", "hiring plans for next year"],
    draft=Draft(
        subject=RULES_SUBJECT,
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
        subject=RULES_SUBJECT,
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
        signoff=RULES_SIGNOFF,
    ),
)

KENJI = Interviewer(
    name="Kenji Watanabe",
    title="Data Scientist",
    topics=["forecasting seat renewals", "feature store design"],
    draft=Draft(
        subject=RULES_SUBJECT,
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

#: After a rejection: the recruiter, with one gracious note.
PRIYA = Interviewer(
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
        signoff=RULES_SIGNOFF,
    ),
)


def rule_session(people: Iterable[Interviewer], **interview) -> Session:
    """Siobhán Nguyen's interview (three requirements, one of them Kubernetes batch jobs) with these people."""
    values = dict(requirements=[*REQUIREMENTS, "Kubernetes batch jobs"], achievements=ACHIEVEMENTS,
                  concerns=CONCERNS)
    values.update(interview)
    return session(people, candidate=SIOBHAN_NGUYEN, **values)


def single_session() -> Session:
    """One interviewer (Dana), a good draft."""
    return rule_session([DANA])


def multiple_session() -> Session:
    """Three interviewers, each with a good, distinct draft."""
    return rule_session([DANA, SAM, PIOTR])


def panel_session() -> Session:
    """A panel of five, each with a good, distinct draft."""
    return rule_session([DANA, SAM, PIOTR, MARY_JANE, KENJI])


def rejection_session() -> Session:
    """After a rejection: one gracious note to the recruiter."""
    return rule_session([PRIYA], outcome="rejected")


# ----------------------------------------------------------------------------- the app's Pilot tests


def listed_session(company: str = COMPANY, role: str = ROLE, *, start: datetime | None = None,
                   people: tuple[str, ...] = ("Dana Rivera", "Sam Okafor"), sent: int = 0,
                   outcome: str = "pending") -> Session:
    """A session as the sessions list shows it: short drafts (the first `sent` of them sent three hours
    after `start`), every interviewer a Manager on the billing pipeline."""
    start = start or START
    interviewers = [
        Interviewer(name=name, title="Manager", topics=["billing pipeline"], draft=Draft(
            subject=f"Thank you - Alex Kim - {role} interview",
            greeting=f"Dear {name.split()[0]},",
            gratitude="Thank you for the conversation about the billing pipeline.",
            sent=start + timedelta(hours=3) if i < sent else None,
        ))
        for i, name in enumerate(people)
    ]
    return session(interviewers, company=company, role=role, start=start, outcome=outcome,
                   requirements=["stakeholder reporting"])


# ----------------------------------------------------------------------------- the editor and preview tests


def good_draft(first: str, topic_line: str) -> Draft:
    """A finished draft from Alex Kim to `first`: "I enjoyed {topic_line}."."""
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


EDITOR_PEOPLE = [
    Interviewer("Dana Rivera", "Analytics Manager", "dana.rivera@northwind.example",
                ["migrating the billing pipeline to dbt", "quarterly churn review"]),
    Interviewer("Sam Okafor", "Data Engineer", "sam.okafor@northwind.example", ["streaming ingestion with Kafka"]),
    Interviewer("Lee Chen", "Director of Analytics", "lee.chen@northwind.example", ["team roadmap for 2027"]),
    Interviewer("Maria Lopez", "Product Manager", "maria.lopez@northwind.example", ["pricing experiments"]),
    Interviewer("Tom Becker", "Staff Engineer", "tom.becker@northwind.example", ["data contracts"]),
]


def editor_session(*, interviewers: int = 3, outcome: str = "pending", names: list[str] | None = None) -> Session:
    """Up to five of EDITOR_PEOPLE (renamed by `names`): the first with a good draft, the second with a draft
    that has slips (no "Thank you" in the subject, "the the", empty interest and closing), the rest empty."""
    built = session(EDITOR_PEOPLE[:interviewers], outcome=outcome, requirements=REQUIREMENTS,
                    achievements=ACHIEVEMENTS)
    people = built.interviewers
    for person, name in zip(people, names or []):
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
    return built


# ----------------------------------------------------------------------------- the mail commands


def due_session(end: datetime, sent: list[bool], company: str = COMPANY) -> Session:
    """An interview that ended at `end` (an hour long) with Dana Rivera, Sam Okafor and Lee Park (as many as
    `sent` has flags): each draft only a subject, sent an hour after the end where its flag is set."""
    names = ["Dana Rivera", "Sam Okafor", "Lee Park"][: len(sent)]
    return session(
        [Interviewer(name, email=f"{name.split()[0].lower()}@northwind.example",
                     draft=Draft(subject="Thank you", sent=end + timedelta(hours=1) if done else None))
         for name, done in zip(names, sent)],
        candidate=Candidate("Alex Kim", "alex.kim@example.com"),
        company=company, start=end - timedelta(hours=1), end=end,
    )


def _send_draft(first: str, topic: str) -> Draft:
    return Draft(
        subject="Thank you – Alex Kim – Senior Data Analyst interview",
        greeting=f"Dear {first},",
        gratitude=f"Thank you for taking the time to meet with me today. I enjoyed our conversation about {topic}, "
                  f"and I have been thinking about it since.",
        interest="I am excited about the Senior Data Analyst role at Northwind Analytics. You mentioned the team needs "
                 "stakeholder reporting, and I built a churn dashboard that cut reporting time by 40%.",
        closing="I look forward to hearing about the next steps.",
        signoff="Best regards,\nAlex Kim\nalex.kim@example.com | +1 555 0100",
    )


def sendable_session(now: datetime, dana_email: str = "dana.rivera@northwind.example") -> Session:
    """Two finished drafts (no errors), to Dana Rivera and Tomás Okafor, of an interview that ended two hours
    before `now`."""
    return session(
        [
            Interviewer("Dana Rivera", "Analytics Manager", dana_email, draft=_send_draft("Dana", "the move to dbt")),
            Interviewer("Tomás Okafor", "Data Lead", "tomas.okafor@northwind.example",
                        draft=_send_draft("Tomás", "the quarterly churn review")),
        ],
        start=now - timedelta(hours=3), end=now - timedelta(hours=2),
    )


# ----------------------------------------------------------------------------- the benchmarks


def benchmark_session(people: Iterable[Interviewer], *, candidate: Candidate = ALEX_KIM) -> Session:
    """The benchmarks' interview: Northwind's Senior Data Analyst, 08:30 to 10:30 (ENDED), the usual
    requirements and achievement, with these people."""
    return session(people, candidate=candidate, start=ENDED - timedelta(hours=2), end=ENDED,
                   requirements=REQUIREMENTS, achievements=ACHIEVEMENTS)


# ----------------------------------------------------------------------------- the end-to-end tests


def e2e_session(company: str, role: str = "Data Analyst",
                interviewers: Mapping[str, Mapping[str, str]] | None = None, *, hours_ago: float = 2.0,
                section: str = "gratitude") -> Session:
    """An interview that started `hours_ago` (no end given) with these interviewers, each draft given section
    by section ({name: {section: text}}; Dana Rivera with an empty draft when None), opening on `section`."""
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=hours_ago)
    people = interviewers if interviewers is not None else {"Dana Rivera": {}}
    return session(
        [Interviewer(name=name, topics=["billing pipeline"], draft=Draft(**dict(sections)))
         for name, sections in people.items()],
        company=company, role=role, start=start, end=None,
        requirements=["stakeholder reporting"], achievements=ACHIEVEMENTS,
        app=AppState(interviewer=0, section=section),
    )
