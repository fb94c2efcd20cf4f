"""Greeting rules: address this interviewer by name, not with a generic salutation.

Registered in `core.rules`. One greeting, one finding: a generic salutation is `greeting.generic` (an error
when this interviewer's name does not follow it), and then `greeting.name` does not also fire.
"""

from __future__ import annotations

from ..phrases import GENERIC_SALUTATIONS
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import fold, phrase_pattern

SECTION = "greeting"
_GENERIC = phrase_pattern(GENERIC_SALUTATIONS)


def _named(dctx: DraftContext) -> bool:
    """Does the greeting hold this interviewer's first or last name?"""
    wanted = {fold(n) for n in (dctx.first, dctx.last) if n}
    return bool(wanted & {fold(word) for word, _, _, _ in dctx.tokens(SECTION)})


def name(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not (dctx.first or dctx.last):
        return None
    if _named(dctx):
        return []
    if _GENERIC.search(dctx.sections[SECTION]):
        return None  # greeting.generic reports this greeting
    return [Hit(SECTION)]


def generic(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    found = _GENERIC.finditer(dctx.sections[SECTION])
    if not found:
        return []
    severity = None if _named(dctx) else "error"
    return [Hit(SECTION, m.span(), m.group(), severity) for m in found[:1]]


RULES = (
    Rule("greeting.name", "error", SECTION, "Greet by name",
         "Greet the interviewer by name.",
         "Using their name shows the note was written for them, not sent to a list.", name),
    Rule("greeting.generic", "warning", SECTION, "No generic salutation",
         "Replace the generic salutation with the interviewer's name.",
         "A stock opening such as 'To whom it may concern' reads like a form letter; with no name at all the "
         "note cannot go out.", generic,
         detail_message="Replace “{detail}” with the interviewer's name."),
)
