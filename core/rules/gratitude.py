"""Gratitude rules: thank the interviewer somewhere in the email, and mention something you discussed.

Registered in `core.rules`. After a rejection `rejection.appreciation` is the one finding about thanks.
"""

from __future__ import annotations

from ..model import BODY_SECTIONS
from ..phrases import THANKS_STEMS
from .base import DraftContext, Hit, Outcome, Rule, SessionContext

SECTION = "gratitude"


def thanks(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.rejected:
        return None  # rejection.appreciation reports it: one courtesy, one finding
    for section in BODY_SECTIONS:
        if any(lower.startswith(THANKS_STEMS) for lower in dctx.lowers(section)):
            return []
    return [Hit(SECTION)]


def specific(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    topics = ctx.topics[dctx.index]
    if ctx.rejected or not topics:
        return None
    stems = dctx.body_stems
    if any(t.referenced_by(stems) for t in topics):
        return []
    return [Hit(SECTION, detail=topics[0].text)]


RULES = (
    Rule("gratitude.thanks", "error", SECTION, "Say thank you",
         "Thank the interviewer for their time.",
         "The note exists to thank them; say so plainly, ideally near the top.", thanks),
    Rule("gratitude.specific", "warning", SECTION, "A detail you discussed",
         "Mention something you discussed with this interviewer.",
         "A specific point (a project, a goal, a challenge) proves you listened and makes the note personal.",
         specific, detail_message="Mention something you discussed, for example “{detail}”."),
)
