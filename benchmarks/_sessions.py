"""Realistic sessions for the benchmarks: `session_of(n)` gives n interviewers with ~250-word drafts,
`long_session_of(n)` the same panel with drafts of ~8,000 words.

Shared by benchmarks/score.py, check.py, scaling.py and long_drafts.py so every figure is measured on the same
text.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from followup.core.model import Candidate, Draft, Interviewer, Session  # noqa: E402
from tests.builders import benchmark_session  # noqa: E402

EST = timezone(timedelta(hours=-5))
END = datetime(2026, 11, 25, 10, 30, tzinfo=EST)
NOW = END + timedelta(hours=3)

FIRST = ["Dana", "Sam", "Piotr", "Mary-Jane", "Kenji", "Aisha", "Tomás", "Ingrid", "Oluwaseun", "Mei", "Rafael", "Zofia"]
LAST = ["Rivera", "Okafor", "Wojciechowski", "O'Brien", "Watanabe", "Haddad", "Ferreira", "Lindqvist", "Adebayo",
        "Chen", "Castillo", "Nowak"]
TOPICS = [
    ("migrating the billing pipeline to dbt", "quarterly churn review"),
    ("Kubernetes batch jobs for nightly loads", "on-call rotation"),
    ("the data governance programme", "hiring plans for next year"),
    ("self-serve analytics for account managers", "pricing experiments"),
    ("forecasting seat renewals", "feature store design"),
    ("warehouse cost controls", "query performance budgets"),
    ("experimentation platform", "sample ratio checks"),
    ("customer health scores", "renewal playbooks"),
    ("marketing attribution model", "campaign tagging standards"),
    ("data quality monitors", "incident reviews"),
    ("executive dashboard redesign", "metric definitions"),
    ("privacy reviews for new datasets", "retention schedules"),
]
#: Syllables for the made-up first names of interviewers 13 and beyond (every name distinct).
_SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vi", "do", "ne", "ral", "bo", "ye", "zu", "fen"]


def first_name(i: int) -> str:
    """The first name of interviewer `i`: the twelve of score.py first, then distinct made-up names."""
    if i < len(FIRST):
        return FIRST[i]
    n = i - len(FIRST)
    k = len(_SYLLABLES)
    return (_SYLLABLES[n % k] + _SYLLABLES[(n // k) % k] + _SYLLABLES[(n // (k * k) + 3) % k]).capitalize()


def draft_for(i: int) -> Draft:
    """A realistic draft of about 250 words for interviewer `i` (a little long on purpose)."""
    first = first_name(i)
    a, b = TOPICS[i % len(TOPICS)]
    return Draft(
        subject="Thank You – Siobhán Nguyen – Senior Data Analyst Interview",
        greeting=f"Dear {first},",
        gratitude=(
            f"Thank you for taking the time to meet with me this morning. I really enjoyed our conversation about "
            f"{a}, and I appreciated how openly you described the trade-offs your team weighed along the way. "
            f"Hearing how {b} fits into the wider roadmap gave me a much clearer picture of the work, and of the "
            f"standards the analytics group holds itself to when the numbers reach leadership."
        ),
        interest=(
            "I am excited about the Senior Data Analyst role and about the chance to join Northwind Analytics. "
            "At my current company I built a churn dashboard that cut reporting time by forty percent, and it "
            "became the weekly reference for our leadership team. That experience with stakeholder reporting, "
            "together with my habit of writing clear metric definitions before building anything, is exactly the "
            "kind of stronger data analysis your team described needing this year. I would bring the same care "
            "to your reporting, and I would enjoy helping colleagues outside the data team trust the figures."
        ),
        clarification=(
            "To expand on the SQL window functions question, I have since rewritten our cohort report with "
            "window functions and halved its run time."
        ),
        closing=(
            "Thank you again for your time and for the thoughtful questions. I look forward to hearing about the "
            "next steps in the process, and I would be glad to share any further examples of my work."
        ),
        signoff="Best regards,\nSiobhán Nguyen\nsiobhan.nguyen@example.com | +1 555 0100",
    )


def northwind_session(candidate: Candidate, interviewers: list[Interviewer]) -> Session:
    """The benchmarks' interview (Northwind Analytics, ended at END) with this candidate and these people:
    tests.builders.benchmark_session, the one session builder."""
    return benchmark_session(interviewers, candidate=candidate)


def session_of(count: int) -> Session:
    """A panel session with `count` interviewers (names distinct; topics repeat after twelve)."""
    return northwind_session(
        Candidate(name="Siobhán Nguyen", email="siobhan.nguyen@example.com", phone="+1 555 0100"),
        [
            Interviewer(name=f"{first_name(i)} {LAST[i % len(LAST)]}", topics=list(TOPICS[i % len(TOPICS)]),
                        draft=draft_for(i))
            for i in range(count)
        ],
    )


#: Sentence parts for long drafts (`long_session_of`): each draft draws its own sequence, so no two are alike.
_OPENERS = ["I keep thinking about", "I enjoyed hearing about", "It was useful to learn about",
            "I was struck by what you said about", "I have since read more about", "I would like to help with",
            "Our talk made me reconsider", "I took notes on", "I appreciated the candour about",
            "I found myself sketching ideas for"]
_LINKS = ["and how it shapes", "because it touches", "since it depends on", "while the team balances",
          "which ties into", "alongside", "given the pressure on", "as it affects"]
_ENDINGS = ["for the whole company.", "in the coming quarter.", "for the leadership reports.",
            "when the numbers reach finance.", "for new analysts joining.", "across every region.",
            "during the busiest weeks.", "before the annual planning."]


def long_draft_for(i: int, words: int, alike: bool = False) -> Draft:
    """A draft of about `words` words for interviewer `i`: `draft_for(i)` with its four middle sections
    grown from sentences picked by a generator seeded with `i` (each draft its own text, no copy of another),
    or with the same seed for everyone when `alike` (one template, only the interviewer's topics differ)."""
    rng = random.Random(0 if alike else i)
    base = draft_for(i)
    topics = [t for pair in TOPICS for t in pair]
    own = list(TOPICS[i % len(TOPICS)])
    per_section = max(words // 4, 1)

    def grow(start: str) -> str:
        out, count = [start], len(start.split())
        while count < per_section:
            sentence = (f"{rng.choice(_OPENERS)} {rng.choice(own + topics)} {rng.choice(_LINKS)} "
                        f"{rng.choice(topics)} {rng.choice(_ENDINGS)}")
            out.append(sentence)
            count += len(sentence.split())
        return " ".join(out)

    return Draft(subject=base.subject, greeting=base.greeting, gratitude=grow(base.gratitude),
                 interest=grow(base.interest), clarification=grow(base.clarification), closing=grow(base.closing),
                 signoff=base.signoff)


def long_session_of(count: int, words: int = 8000, alike: bool = False) -> Session:
    """`session_of(count)` with drafts of about `words` words each (issue 15's scaling case); `alike`: every
    draft grown from the same template (all of them too similar to each other)."""
    session = session_of(count)
    for i, person in enumerate(session.interviewers):
        person.draft = long_draft_for(i, words, alike)
    return session
