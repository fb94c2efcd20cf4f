"""Clarification rules (only when the optional section has text): one brief sentence, framed positively.

Registered in `core.rules`.
"""

from __future__ import annotations

from ..phrases import APOLOGETIC_PHRASES, CLARIFY_MAX_SENTENCES, CLARIFY_MAX_WORDS
from .base import DraftContext, Hit, Outcome, Rule, SessionContext, find_all
from ..text import WORD_RE, phrase_pattern, sentences

SECTION = "clarification"
_APOLOGETIC = phrase_pattern(APOLOGETIC_PHRASES)


def _text(dctx: DraftContext) -> str | None:
    text = dctx.sections[SECTION]
    return text if text.strip() else None


def brief(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _text(dctx)
    if text is None:
        return None
    words = list(WORD_RE.finditer(text))
    too_long = len(words) > CLARIFY_MAX_WORDS
    if len(sentences(text)) > CLARIFY_MAX_SENTENCES or too_long:
        span = (words[CLARIFY_MAX_WORDS].start(), len(text.rstrip())) if too_long else None
        return [Hit(SECTION, span)]
    return []


def positive(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _text(dctx)
    if text is None:
        return None
    return find_all(_APOLOGETIC, text, SECTION, detail=True)


RULES = (
    Rule("clarify.brief", "warning", SECTION, "One brief sentence",
         f"Keep the clarification to one sentence of at most {CLARIFY_MAX_WORDS} words.",
         "A short refinement reads as confidence; a long one reopens the weak answer.", brief),
    Rule("clarify.positive", "warning", SECTION, "Positive framing",
         "Frame the clarification as added detail, not an apology.",
         "Lead with what you know or did (\"To expand on...\") instead of how the answer went.", positive,
         detail_message="Reword “{detail}”: add detail instead of apologising."),
)
