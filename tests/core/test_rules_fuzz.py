"""Property test: no text in any field makes `run_rules` raise (unicode, control characters, brackets, huge).

2,000 examples by default (the normal run is CI's fuzz run); FOLLOWUP_FUZZ_EXAMPLES sets another count.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.core.config import Config
from followup.core.findings import WHOLE_DRAFT
from followup.core.model import SECTIONS, Candidate, Draft, Interview, Interviewer, Session
from followup.core.rules import run_rules
from followup.core.spelling import Speller

EXAMPLES = int(os.environ.get("FOLLOWUP_FUZZ_EXAMPLES", "2000"))
_SPELLER = None


def speller() -> Speller:
    global _SPELLER  # one dictionary for the module, built on first use
    if _SPELLER is None:
        _SPELLER = Speller()
    return _SPELLER


FRAGMENTS = st.sampled_from([
    "{{", "}}", "[", "]", "[Your Name]", "<name>", "\x00", "\r\n", "\t", "’s", "'", "-", "--", "Dana", "Rivera",
    "Northwind", "thank you", "sorry", "ASAP", "by Friday", "https://x.io/a?b", "a@b.co", "+1 555 0100",
    "Siobhán", "İ", "ß", "ﬁ", "\u200b", "\u0301", "🙂", "Ⅻ", "١٢٣", "O'Brien", "e.g.", "...", "!!", "XXX",
])
SHORT = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=25).map("".join),
)
LONG = st.lists(FRAGMENTS, min_size=1, max_size=4).map(lambda parts: " ".join(parts) * 300)
#: Mostly short texts; now and then a very long one (thousands of characters).
TEXT = st.one_of(SHORT, SHORT, SHORT, SHORT, SHORT, SHORT, SHORT, LONG)
WORDS = st.lists(TEXT, max_size=4)
OFFSETS = st.sampled_from([timezone.utc, timezone(timedelta(hours=-11)), timezone(timedelta(hours=14))])
MOMENTS = st.builds(
    lambda day, minute, tz: datetime(2026, 1, 1, tzinfo=tz) + timedelta(days=day, minutes=minute),
    st.integers(0, 400), st.integers(0, 1439), OFFSETS,
)


@st.composite
def sessions(draw) -> tuple[Session, datetime]:
    start = draw(MOMENTS)
    people = []
    for _ in range(draw(st.integers(0, 6))):
        draft = Draft(**{name: draw(TEXT) for name in SECTIONS})
        if draw(st.booleans()):
            draft.sent = start + timedelta(hours=draw(st.integers(-5, 60)))
        people.append(Interviewer(name=draw(TEXT), title=draw(TEXT), topics=draw(WORDS), draft=draft))
    session = Session(
        candidate=Candidate(name=draw(TEXT), email=draw(TEXT), phone=draw(TEXT)),
        interview=Interview(
            company=draw(TEXT),
            role=draw(TEXT),
            start=start,
            end=draw(st.one_of(st.none(), st.just(start + timedelta(minutes=draw(st.integers(0, 600)))))),
            outcome=draw(st.sampled_from(["pending", "rejected", "unknown"])),
            medium=draw(st.sampled_from(["email", "handwritten", ""])),
            requirements=draw(WORDS),
            achievements=draw(WORDS),
            concerns=draw(WORDS),
        ),
        interviewers=people,
    )
    now = start + timedelta(hours=draw(st.integers(-3, 80)))
    return session, now


@pytest.mark.timeout(1800)  # 2,000 hostile sessions take minutes on a loaded two-core machine: slow is not a hang
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=sessions(), words=st.frozensets(TEXT, max_size=3), use_speller=st.booleans())
def test_no_text_makes_the_rules_raise(case, words, use_speller):
    session, now = case
    report = run_rules(session, now, Config(words=words), speller() if use_speller else None)
    assert len(report.drafts) == len(session.interviewers)
    for draft in report.drafts:
        assert 0 <= draft.score <= 100
        for finding in draft.findings:
            assert finding.section in SECTIONS + (WHOLE_DRAFT,)
            if finding.span is not None:
                text = session.interviewers[draft.index].draft.section(finding.section)
                start, end = finding.span
                assert 0 <= start <= end <= len(text)
            assert "\n" not in finding.message and "\r" not in finding.message
