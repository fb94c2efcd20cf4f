"""Rules after a rejection: appreciation, good wishes, an open door, and no arguing with the decision.

Registered in `core.rules`; they apply only when `interview.outcome` is "rejected".
"""

from __future__ import annotations

import re

from ..findings import WHOLE_DRAFT
from ..model import BODY_SECTIONS
from ..phrases import (
    DOOR_OPEN_PHRASES,
    OPPORTUNITY_WORDS,
    PUSHBACK_PHRASES,
    THANKS_STEMS,
    WELL_WISH_PHRASES,
    WISH_WELL_PATTERN,
)
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import phrase_pattern, word_list

_OPPORTUNITY = phrase_pattern(OPPORTUNITY_WORDS)
_WELL_WISH = phrase_pattern(WELL_WISH_PHRASES)
_WISH_WELL = re.compile(WISH_WELL_PATTERN, re.IGNORECASE)
_DOOR = phrase_pattern(DOOR_OPEN_PHRASES)
_PUSHBACK = phrase_pattern(PUSHBACK_PHRASES)


def appreciation(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.rejected:
        return None
    body = dctx.body
    thanks = any(w.startswith(THANKS_STEMS) for w in word_list(body))
    return [] if thanks and _OPPORTUNITY.search(body) else [Hit("gratitude")]


def well_wishes(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.rejected:
        return None
    body = dctx.body
    return [] if _WELL_WISH.search(body) or _WISH_WELL.search(body) else [Hit("closing")]


def door_open(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.rejected:
        return None
    return [] if _DOOR.search(dctx.body) else [Hit("closing")]


def no_pushback(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.rejected:
        return None
    hits = []
    for section in BODY_SECTIONS:
        hits += [Hit(section, m.span(), m.group()) for m in _PUSHBACK.finditer(dctx.sections[section])]
    return hits


RULES = (
    Rule("rejection.appreciation", "warning", "gratitude", "Appreciation",
         "Thank them for the opportunity and their time.",
         "A gracious thank-you after a no is remembered, and it is the point of this note.", appreciation),
    Rule("rejection.well-wishes", "suggestion", "closing", "Good wishes",
         "Wish the company success with its search.",
         "Good wishes leave a generous last impression with people you may meet again.", well_wishes),
    Rule("rejection.door-open", "suggestion", "closing", "Keep the door open",
         "Say you would like to stay in touch or be considered for future roles.",
         "Openings come up again; a friendly line keeps you in mind for them and for referrals.", door_open),
    Rule("rejection.no-pushback", "error", WHOLE_DRAFT, "Accept the decision",
         "Remove the request to reconsider or the argument with the decision.",
         "Disputing a rejection closes the door this note is meant to keep open.", no_pushback,
         detail_message="Remove “{detail}”: accept the decision gracefully."),
)
