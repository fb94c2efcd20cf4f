"""The speed shortcuts in core.text and core.spelling give exactly what the slow way gives: a case-insensitive
pattern run as its lower-case twin (CaselessPattern), a word list lower-cased in one call
(lowering_keeps_words), and Speller.unknown's set differences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.rules.closing import _AT_THEM, _COLLECT, _LIMIT, _REPEAT_TIME, _REPEAT_VERB
from followup.core.spelling import Speller
from followup.core.text import (
    WORD_RE,
    CaselessPattern,
    _lower_ascii_pattern,
    lowering_keeps_words,
    normalise,
    strip_possessive,
)

#: Pieces that trouble case folding and word bounds: dotted and dotless i, long s, Kelvin sign, final sigma,
#: curly and back quotes, combining marks, and the wordings the closing patterns look for.
PIECES = st.sampled_from([
    "İ", "ı", "ſ", "K", "Σ", "ΑΣ.Β", "’", "‘", "`", "'", "-", "_", "ß", "ﬁ", "\u0301", "É", "Ⅻ", "\n", " ", ".",
    "by Friday", "BY FRIDAY", "each day", "Every Morning", "until I hear", "I will call you", "I'll ring",
    "within the next week", "no later than", "before Monday", "to get your decision", "non-stop", "daıly",
    "dana’s", "O'Brien", "a", "Z",
])
TEXTS = st.one_of(st.text(max_size=40), st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=20).map("".join))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_caseless_twins_give_the_ignorecase_spans(text):
    for pattern in (_LIMIT, _REPEAT_TIME, _REPEAT_VERB, _AT_THEM, _COLLECT):
        assert pattern.spans(text) == [m.span() for m in pattern.regex.finditer(text)]
        m = pattern.regex.search(text)
        assert pattern.search_span(text) == (m.span() if m else None)


def test_the_closing_patterns_have_twins_and_odd_patterns_do_not():
    assert all(p._twin is not None for p in (_LIMIT, _REPEAT_TIME, _REPEAT_VERB, _AT_THEM, _COLLECT))
    for pattern in (r"A", r"\x41", r"(?i)a", r"\\B", "é", r"ſ", r"(a)\1"):
        assert not _lower_ascii_pattern(pattern), pattern
    for pattern in (r"\bby\s+\d", r"a\.b\-c\S+\W", r"[^.!?]{0,60}"):
        assert _lower_ascii_pattern(pattern), pattern
    assert CaselessPattern(r"\bby\s+friday").spans("Paid BY Friday; by friday") == [(5, 14), (16, 25)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_lowering_keeps_words_only_when_the_word_lists_agree(text):
    if lowering_keeps_words(text):
        assert WORD_RE.findall(normalise(text)) == [normalise(w) for w in WORD_RE.findall(text)]


def test_lowering_keeps_words_refuses_the_characters_that_move_bounds():
    assert lowering_keeps_words("Thank you, Siobhán O’Brien.")
    for text in ("İstanbul", "don‘t", "don`t", "ΑΣ.Β"):
        assert not lowering_keeps_words(text), text


_SPELLER = Speller()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(TEXTS, st.sampled_from(["teh", "colour", "the", "Dana", "dana", "follow-up", "x-teh"]))))
def test_unknown_is_the_word_by_word_answer(words):
    vocabulary = frozenset({"dana", "northwind"})
    expected = set()
    for word in words:  # word by word, as unknown() read them before the set differences
        w = normalise(word)
        if _SPELLER.known(w) or w in vocabulary or strip_possessive(w) in vocabulary:
            continue
        if "-" in w and all((not p) or p in vocabulary or _SPELLER.known(p) for p in w.split("-")):
            continue
        expected.add(word)
    assert _SPELLER.unknown(words, vocabulary) == expected
    assert _SPELLER.unknown(set(words), vocabulary) == expected


def _tokens_of_whole_text(text: str) -> tuple[tuple[str, int, int, str], ...]:
    """DraftContext.tokens the slow way: one scan of the whole section, word by word."""
    out = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        if len(word) > 2 and (word[-1] in "'’" or word[-2] in "'’"):
            word = strip_possessive(word)
        lower = word.lower()
        if "’" in lower or "‘" in lower or "`" in lower:
            lower = normalise(lower)
        out.append((word, m.start(), m.start() + len(word), lower))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, max_size=6).map("\n".join))
def test_tokens_line_by_line_are_the_whole_sections_tokens(text):
    from followup.core.model import Draft, Interviewer
    from followup.core.rules.base import SessionContext
    from tests.builders import benchmark_session

    session = benchmark_session([Interviewer(name="Dana Rivera", title="Analyst", draft=Draft(interest=text))])
    ctx = SessionContext(session, session.interview.end, None, None)
    assert ctx.draft(0).tokens("interest") == _tokens_of_whole_text(text)
