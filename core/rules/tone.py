"""Tone rules over the whole email: no gift or payment, no apologies outside the clarification, nothing
crude, disparaging, presumptuous or sarcastic. One finding per sentence; wordings are data in `core.phrases`.

Registered in `core.rules` (beside the clarification rules, as RULES.md lists them).
"""

from __future__ import annotations

import functools
import re

from ..findings import WHOLE_DRAFT
from ..model import SECTIONS
from ..phrases import (
    APOLOGETIC_PHRASES,
    APOLOGY_EXTRA_PHRASES,
    CONDITIONAL_MARKERS,
    DISPARAGING_CLASS_PATTERNS,
    DISPARAGING_PATTERNS,
    GIFT_PATTERNS,
    GIFT_TRIGGERS,
    NOT_APOLOGY_PATTERNS,
    PRESUMING_CLASS_PATTERNS,
    PRESUMING_PATTERNS,
    PROFANITY_PATTERNS,
    SARCASM_CLASS_PATTERNS,
    SARCASM_PATTERNS,
    UNPROFESSIONAL_TRIGGERS,
)
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import CaselessPattern, phrase_pattern, sentence_spans, strip_possessive


def _any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


class _Family:
    """Wordings of one rule, each compiled alone with the trigger words written in it: a wording is tried
    only on sections holding one of its own trigger words (every wording needs one: the tests hold each
    family to that), so a typical email costs set look-ups, not dozens of patterns."""

    def __init__(
        self,
        patterns: tuple[str, ...],
        triggers: frozenset[str],
        classes: tuple[tuple[str, str], ...] = (),
        guarded: tuple[tuple[str, str], ...] = (),
        unless: str = "",
    ) -> None:
        self.patterns = patterns
        self.own_triggers = triggers
        #: Wordings built from word classes, each with the words one of which it needs (given, not worked out) ...
        self.classes = classes
        #: ... and those that do not count in a sentence `unless` matches (a condition: "if I were to join, my ...").
        self.guarded = guarded
        self.unless = unless
        self.triggers = triggers.union(*(words.split() for words, _ in classes + guarded))

    @functools.cached_property
    def members(self) -> list[tuple[str, frozenset[str], bool]]:
        """Each wording with its trigger words, worked out on first use (not at import: `followup check` and
        the editor's start pay nothing for it); a wording is compiled only when its words are there."""
        return (
            [(p, _needs(p, self.own_triggers), False) for p in self.patterns]
            + [(p, frozenset(words.split()), False) for words, p in self.classes]
            + [(p, frozenset(words.split()), True) for words, p in self.guarded]
        )

    def hits(self, dctx: DraftContext, sections: tuple[str, ...]) -> list[Hit]:
        """One hit per sentence holding a wording (the earliest in it)."""
        hits = []
        for section in sections:
            words = _words(dctx, section)
            if self.triggers.isdisjoint(words):
                continue
            patterns = [(_compiled(p), guarded) for p, needs, guarded in self.members if not needs.isdisjoint(words)]
            if not patterns:
                continue
            for cut in dctx.section_sentences(section):  # split once, shared with the other rules
                start, sentence = cut.start, cut.text
                found = [(span, g) for span, g in ((p.search_span(sentence), g) for p, g in patterns) if span]
                if any(guarded for _, guarded in found) and _compiled(self.unless).search_span(sentence):
                    found = [(span, guarded) for span, guarded in found if not guarded]
                spans = [span for span, _ in found]
                if spans:
                    a, b = min(spans)
                    hits.append(Hit(section, (start + a, start + b), sentence[a:b]))
        return hits


@functools.cache
def _compiled(pattern: str) -> CaselessPattern:
    return CaselessPattern(pattern)


def _needs(pattern: str, triggers: frozenset[str]) -> frozenset[str]:
    """The trigger words written in `pattern` (a word's -ed/-s/-ing forms count: "venmoed" for "venmo");
    all of them when it names none (such a wording is tried wherever the family's words are)."""
    source = pattern.lower()
    needs = frozenset(
        w for w in triggers
        if w in source or any(w.endswith(end) and w[: -len(end)] in source for end in ("ed", "s", "es", "ing", "d"))
    )
    return needs or triggers


def _words(dctx: DraftContext, section: str) -> set[str] | list[str]:
    """The section's lower-case words, with possessives dropped and hyphenated words split as well
    ("coffee's" -> coffee, "kick-ass" -> kick, ass)."""
    words = dctx.lowers(section)
    text = dctx.sections[section]
    if "'" not in text and "’" not in text and "-" not in text:
        return words
    marked = [w for w in words if "'" in w or "-" in w]
    return set(words) | {strip_possessive(w) for w in marked} | {p for w in marked for p in w.split("-")}


_GIFTS = _Family(GIFT_PATTERNS, GIFT_TRIGGERS)
_APOLOGY = phrase_pattern(APOLOGETIC_PHRASES + APOLOGY_EXTRA_PHRASES)
_NOT_APOLOGY = _any(NOT_APOLOGY_PATTERNS)
_UNPROFESSIONAL = _Family(
    PROFANITY_PATTERNS + DISPARAGING_PATTERNS + PRESUMING_PATTERNS + SARCASM_PATTERNS,
    UNPROFESSIONAL_TRIGGERS,
    classes=DISPARAGING_CLASS_PATTERNS + SARCASM_CLASS_PATTERNS,
    guarded=PRESUMING_CLASS_PATTERNS,  # a presumption only when not a condition or a hope
    unless=CONDITIONAL_MARKERS,
)


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


def gift(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    return _GIFTS.hits(dctx, SECTIONS)


#: tone.apology looks everywhere but the clarification (clarify.positive covers that one).
_APOLOGY_SECTIONS = tuple(s for s in SECTIONS if s != "clarification")


def _apology(sentence: str) -> tuple[int, int] | None:
    m = _APOLOGY.search(sentence)
    if m is None or _NOT_APOLOGY.search(sentence):
        return None
    return m.span()


#: The longest word of every apologetic phrase: a draft with none of them apologises nowhere.
_APOLOGY_FIRST = frozenset(max(p.lower().split(), key=len) for p in APOLOGETIC_PHRASES + APOLOGY_EXTRA_PHRASES)


def apology(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if all(_APOLOGY_FIRST.isdisjoint(dctx.lowers(s)) for s in _APOLOGY_SECTIONS):
        return []
    return _per_sentence(dctx, _APOLOGY_SECTIONS, _apology)


def unprofessional(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    return _UNPROFESSIONAL.hits(dctx, SECTIONS)


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
