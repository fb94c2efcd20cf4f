"""Rules after a rejection: appreciation, good wishes, an open door, and no arguing with the decision.

Registered in `core.rules`; they apply only when `interview.outcome` is "rejected". Each courtesy is looked
for sentence by sentence in the whole body, and read for what it means: thanks for the letter alone is not
appreciation of the opportunity, and a sarcastic wish is not a good wish.
"""

from __future__ import annotations

import re

from ..findings import WHOLE_DRAFT
from ..phrases import (
    APPRECIATION_STARTS,
    DOOR_OPEN_PHRASES,
    OPPORTUNITY_WORDS,
    HOPE_IT_GOES_WELL_PATTERN,
    PUSHBACK_PATTERNS,
    PUSHBACK_PHRASES,
    SARCASTIC_WISH_MARKERS,
    THANKS_STEMS,
    WELL_WISH_PHRASES,
    WISH_WELL_PATTERN,
)
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import phrase_pattern

_OPPORTUNITY = phrase_pattern(OPPORTUNITY_WORDS)
_VALUING = THANKS_STEMS + APPRECIATION_STARTS
_WELL_WISH = phrase_pattern(WELL_WISH_PHRASES)
_WISH_WELL = re.compile(f"(?:{WISH_WELL_PATTERN})|(?:{HOPE_IT_GOES_WELL_PATTERN})", re.IGNORECASE)
_SARCASM = phrase_pattern(SARCASTIC_WISH_MARKERS)
_DOOR = phrase_pattern(DOOR_OPEN_PHRASES)
_PUSHBACK = phrase_pattern(PUSHBACK_PHRASES)
_PUSHBACK_SHAPES = re.compile("|".join(f"(?:{p})" for p in PUSHBACK_PATTERNS), re.IGNORECASE)


def appreciation(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    """Thanks for the opportunity, the time or the conversation, in one sentence (not for the news alone)."""
    if not ctx.rejected:
        return None
    for s in dctx.sentences:
        if any(w.startswith(_VALUING) for w in s.words) and _OPPORTUNITY.search(s.text):
            return []
    return [Hit("gratitude")]


def well_wishes(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.rejected:
        return None
    sentences = list(dctx.sentences)
    for i, s in enumerate(sentences):
        wish = _WELL_WISH.search(s.text) or _WISH_WELL.search(s.text)
        # sarcasm shows in the wish or in the sentence that follows it ("... I am sure they will love that salary")
        after = sentences[i + 1].text if i + 1 < len(sentences) else ""
        if wish and not _SARCASM.search(s.text) and not _SARCASM.search(after):
            return []
    return [Hit("closing")]


def door_open(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.rejected:
        return None
    return [] if _DOOR.search(dctx.body) else [Hit("closing")]


def no_pushback(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.rejected:
        return None
    hits = []
    for s in dctx.sentences:
        found = [m.span() for m in _PUSHBACK.finditer(s.text)] + [m.span() for m in _PUSHBACK_SHAPES.finditer(s.text)]
        end = -1
        for a, b in sorted(found):
            if a >= end:  # overlapping wordings of one argument: one finding
                hits.append(Hit(s.section, (s.start + a, s.start + b), s.text[a:b]))
                end = b
    return hits


RULES = (
    Rule("rejection.appreciation", "warning", "gratitude", "Appreciation",
         "Thank them for the opportunity and their time.",
         "A gracious thank-you after a no is remembered, and it is the point of this note; thanks for the news "
         "alone is not it.", appreciation),
    Rule("rejection.well-wishes", "suggestion", "closing", "Good wishes",
         "Wish the company success with its search.",
         "Sincere good wishes leave a generous last impression with people you may meet again.", well_wishes),
    Rule("rejection.door-open", "suggestion", "closing", "Keep the door open",
         "Say you would like to stay in touch or be considered for future roles.",
         "Openings come up again; a friendly line keeps you in mind for them and for referrals.", door_open),
    Rule("rejection.no-pushback", "error", WHOLE_DRAFT, "Accept the decision",
         "Remove the request to reconsider or the argument with the decision.",
         "Disputing or refusing a rejection closes the door this note is meant to keep open.", no_pushback,
         detail_message="Remove “{detail}”: accept the decision gracefully."),
)
