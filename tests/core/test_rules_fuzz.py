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
from followup.core.model import KINDS, SECTIONS, Candidate, Draft, Interview, Interviewer, Session
from followup.core.rules import run_rules
from followup.core.spelling import Speller

EXAMPLES = int(os.environ.get("FOLLOWUP_FUZZ_EXAMPLES", "2000"))
_SPELLER = None


def speller() -> Speller:
    global _SPELLER  # one dictionary for the module, built on first use
    if _SPELLER is None:
        _SPELLER = Speller()
    return _SPELLER


FRAGMENT_LIST = [
    "{{", "}}", "[", "]", "[Your Name]", "<name>", "\x00", "\r\n", "\t", "’s", "'", "-", "--", "Dana", "Rivera",
    "Northwind", "thank you", "sorry", "ASAP", "by Friday", "https://x.io/a?b", "a@b.co", "+1 555 0100",
    "Siobhán", "İ", "ß", "ﬁ", "\u200b", "\u0301", "🙂", "Ⅻ", "١٢٣", "O'Brien", "e.g.", "...", "!!", "XXX",
]
FRAGMENTS = st.sampled_from(FRAGMENT_LIST)
#: A fragment, or two back to back ("}}[Your Name]", "İ\u0301"): every adjacency is one piece.
PIECE_LIST = FRAGMENT_LIST + [a + b for a in FRAGMENT_LIST for b in FRAGMENT_LIST]
#: A run of pieces in one draw: a string over private-use characters, one character naming one piece.
_FIRST = 0xF0000
_RUNS = st.text(alphabet="".join(chr(_FIRST + i) for i in range(len(PIECE_LIST))), max_size=12)
_NOISE = st.text(max_size=80)


@st.composite
def short_texts(draw) -> str:
    """Arbitrary unicode with hostile pieces cut into it (before, between and after them); now and then no pieces.

    The pieces used to be drawn one by one, `lists(one_of(FRAGMENTS, text(max_size=6)), max_size=25)`: two to
    four Hypothesis choices a piece, and a third of the test's time was Hypothesis drawing them. One run of
    pieces and one of noise reach the same texts in two choices.
    """
    pieces = [PIECE_LIST[ord(code) - _FIRST] for code in draw(_RUNS)]
    noise = draw(_NOISE)
    cuts = [len(noise) * i // (len(pieces) + 1) for i in range(len(pieces) + 2)]
    gaps = [noise[a:b] for a, b in zip(cuts, cuts[1:])]
    return gaps[0] + "".join(piece + gap for piece, gap in zip(pieces, gaps[1:]))


SHORT = short_texts()
LONG = st.lists(FRAGMENTS, min_size=1, max_size=4).map(lambda parts: " ".join(parts) * 300)
#: Mostly short texts; now and then a very long one (thousands of characters).
TEXT = st.one_of(SHORT, SHORT, SHORT, SHORT, SHORT, SHORT, SHORT, LONG)
WORDS = st.lists(SHORT, max_size=4)
#: At most this many very long texts per session. Drawn per field (one in eight), a session of six
#: interviewers had a dozen, and the rules' time grows with each: most of the test's time went to a few
#: sessions. Now any field can still be very long (where is drawn among all of them), with fewer at once.
HUGE = 3
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
        draft = Draft(**{name: draw(SHORT) for name in SECTIONS})
        if draw(st.booleans()):
            draft.sent = start + timedelta(hours=draw(st.integers(-5, 60)))
        people.append(Interviewer(name=draw(SHORT), title=draw(SHORT), email=draw(SHORT), topics=draw(WORDS),
                                  draft=draft))
    session = Session(
        candidate=Candidate(name=draw(SHORT), email=draw(SHORT), phone=draw(SHORT)),
        interview=Interview(
            company=draw(SHORT),
            role=draw(SHORT),
            start=start,
            end=draw(st.one_of(st.none(), st.just(start + timedelta(minutes=draw(st.integers(0, 600)))))),
            outcome=draw(st.sampled_from(["pending", "rejected", "unknown"])),
            medium=draw(st.sampled_from(["email", "handwritten", ""])),
            requirements=draw(WORDS),
            achievements=draw(WORDS),
            concerns=draw(WORDS),
            kind=draw(st.sampled_from([*KINDS, ""])),
        ),
        interviewers=people,
    )
    # The very long texts, each in a field drawn among all of them (an item is added to a list).
    fields: list[tuple[object, str]] = [(session.candidate, name) for name in ("name", "email", "phone")]
    fields += [(session.interview, name) for name in ("company", "role", "requirements", "achievements",
                                                      "concerns")]
    for person in people:
        fields += [(person, name) for name in ("name", "title", "email", "topics")]
        fields += [(person.draft, name) for name in SECTIONS]
    for huge in draw(st.lists(LONG, max_size=HUGE)):
        owner, name = draw(st.sampled_from(fields))
        if isinstance(getattr(owner, name), list):
            getattr(owner, name).append(huge)
        else:
            setattr(owner, name, huge)
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
