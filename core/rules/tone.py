"""Tone rules over the whole email: no gift or payment, no apologies outside the clarification, nothing
crude, disparaging, presumptuous or sarcastic. One finding per sentence; wordings are data in `core.phrases`.

Registered in `core.rules` (beside the clarification rules, as RULES.md lists them).
"""

from __future__ import annotations

import re

from ..findings import WHOLE_DRAFT
from ..model import SECTIONS
from ..phrases import (
    APOLOGETIC_PHRASES,
    APOLOGY_EXTRA_PHRASES,
    DISPARAGING_PATTERNS,
    GIFT_PATTERNS,
    GIFT_TRIGGERS,
    NOT_APOLOGY_PATTERNS,
    PRESUMING_PATTERNS,
    PROFANITY_PATTERNS,
    SARCASM_PATTERNS,
    UNPROFESSIONAL_TRIGGERS,
)
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import phrase_pattern, sentence_spans, strip_possessive


def _any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_GIFT = _any(GIFT_PATTERNS)
_APOLOGY = phrase_pattern(APOLOGETIC_PHRASES + APOLOGY_EXTRA_PHRASES)
_NOT_APOLOGY = _any(NOT_APOLOGY_PATTERNS)
_UNPROFESSIONAL = _any(PROFANITY_PATTERNS + DISPARAGING_PATTERNS + PRESUMING_PATTERNS + SARCASM_PATTERNS)


def _per_sentence(dctx: DraftContext, sections: tuple[str, ...], find) -> list[Hit]:
    """A hit for each sentence of `sections` in which `find(sentence)` gives a (start, end) span inside it."""
    hits = []
    for section in sections:
        text = dctx.sections[section]
        for start, end in sentence_spans(text):
            found = find(text[start:end])
            if found is not None:
                a, b = found
                hits.append(Hit(section, (start + a, start + b), text[start + a : start + b]))
    return hits


def _search(pattern: re.Pattern[str]):
    def find(sentence: str) -> tuple[int, int] | None:
        m = pattern.search(sentence)
        return m.span() if m else None

    return find


def _with_triggers(dctx: DraftContext, sections: tuple[str, ...], triggers: frozenset[str]) -> tuple[str, ...]:
    """The sections holding one of `triggers` (their words, possessives dropped, hyphenated parts too)."""
    out = []
    for section in sections:
        words = dctx.lowers(section)
        if triggers.isdisjoint(words):
            text = dctx.sections[section]
            if "'" not in text and "’" not in text and "-" not in text:
                continue
            marked = [w for w in words if "'" in w or "-" in w]  # "coffee's", "kick-ass": their parts count
            if triggers.isdisjoint({strip_possessive(w) for w in marked} | {p for w in marked for p in w.split("-")}):
                continue
        out.append(section)
    return tuple(out)


def gift(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    sections = _with_triggers(dctx, SECTIONS, GIFT_TRIGGERS)
    return _per_sentence(dctx, sections, _search(_GIFT)) if sections else []


#: tone.apology looks everywhere but the clarification (clarify.positive covers that one).
_APOLOGY_SECTIONS = tuple(s for s in SECTIONS if s != "clarification")


def _apology(sentence: str) -> tuple[int, int] | None:
    m = _APOLOGY.search(sentence)
    if m is None or _NOT_APOLOGY.search(sentence):
        return None
    return m.span()


def apology(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not any(_APOLOGY.search(dctx.sections[s]) for s in _APOLOGY_SECTIONS):
        return []
    return _per_sentence(dctx, _APOLOGY_SECTIONS, _apology)


def unprofessional(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    sections = _with_triggers(dctx, SECTIONS, UNPROFESSIONAL_TRIGGERS)
    return _per_sentence(dctx, sections, _search(_UNPROFESSIONAL)) if sections else []


RULES = (
    Rule("tone.apology", "warning", WHOLE_DRAFT, "No apologies",
         "Take out the apology: thank them and say what you bring instead.",
         "Apologising for nerves or for writing late draws attention to the weak spot; a confident note "
         "does not mention it.", apology,
         detail_message="Take out “{detail}”: lead with thanks and what you bring, not an apology."),
    Rule("tone.unprofessional", "error", WHOLE_DRAFT, "Professional tone",
         "Reword the sentence that sounds crude, dismissive, presumptuous or sarcastic.",
         "Swearing, running down their people or other candidates, acting as if the job is yours, or "
         "sarcasm about how you were treated can cost you the offer on its own.", unprofessional,
         detail_message="Reword “{detail}”: it will read as unprofessional."),
    Rule("tone.gift", "error", WHOLE_DRAFT, "No gifts",
         "Remove the gift or payment: thanks in words is all that fits here.",
         "A present or paying for their coffee after an interview can look like an attempt to sway the "
         "decision, and many employers must refuse it.", gift,
         detail_message="Remove “{detail}”: offer thanks, not a gift or payment."),
)
