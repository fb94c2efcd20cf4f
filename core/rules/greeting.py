"""Greeting rules: address this interviewer by name, not with a generic salutation.

Registered in `core.rules`.
"""

from __future__ import annotations

from ..phrases import GENERIC_SALUTATIONS
from .base import DraftContext, Hit, Outcome, Rule, SessionContext, find_all
from ..text import fold, phrase_pattern

SECTION = "greeting"
_GENERIC = phrase_pattern(GENERIC_SALUTATIONS)


def name(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    wanted = {fold(n) for n in (dctx.first, dctx.last) if n}
    if not wanted:
        return None
    words = {fold(word) for word, _, _, _ in dctx.tokens(SECTION)}
    return [] if words & wanted else [Hit(SECTION)]


def generic(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    return find_all(_GENERIC, dctx.sections[SECTION], SECTION, detail=True)


RULES = (
    Rule("greeting.name", "error", SECTION, "Greet by name",
         "Greet the interviewer by name.",
         "Using their name shows the note was written for them, not sent to a list.", name),
    Rule("greeting.generic", "warning", SECTION, "No generic salutation",
         "Replace the generic salutation with the interviewer's name.",
         "A stock opening such as 'To whom it may concern' reads like a form letter.", generic,
         detail_message="Replace “{detail}” with the interviewer's name."),
)
