"""Timing and delivery rules: inside the 24-hour window, same day after a morning interview, by email.

Registered in `core.rules`; the clock comes from `run_rules(now=...)`, never from here.
"""

from __future__ import annotations

from ..findings import WHOLE_DRAFT
from ..phrases import DEADLINE_HOURS, DEADLINE_SOON_HOURS, SAME_DAY_EVENING_HOUR
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..timing import deadline as deadline_of
from ..timing import missed_same_day, sent_in_time


def deadline(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.rejected:
        return None
    if dctx.draft.sent is not None:
        if sent_in_time(ctx.session, dctx.draft):
            return []
        return [Hit(WHOLE_DRAFT, detail="it went out after the 24-hour window", severity="error")]
    info = deadline_of(ctx.session, dctx.draft, ctx.now)
    if info.state == "overdue":
        return [Hit(WHOLE_DRAFT, detail=info.label, severity="error")]
    if info.state == "soon":
        return [Hit(WHOLE_DRAFT, detail=info.label)]
    return []


def same_day(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.rejected:
        return None
    missed = missed_same_day(ctx.session, dctx.draft, ctx.now)
    if missed is None:
        return None
    return [Hit(WHOLE_DRAFT)] if missed else []


def medium(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    return [Hit(WHOLE_DRAFT)] if ctx.session.interview.medium == "handwritten" else []


RULES = (
    Rule("timing.deadline", "warning", WHOLE_DRAFT, "Within 24 hours",
         f"Send this within {DEADLINE_HOURS} hours of the interview.",
         f"Prompt notes land while the conversation is fresh; the warning starts {DEADLINE_SOON_HOURS} h before "
         "the window closes.", deadline, detail_message="Send it now: {detail}."),
    Rule("timing.same-day", "suggestion", WHOLE_DRAFT, "Same day after a morning interview",
         "Send it the same day when the interview was in the morning.",
         f"After a morning interview, a note out before {SAME_DAY_EVENING_HOUR}:00 arrives while you are "
         "still top of mind.", same_day),
    Rule("delivery.medium", "warning", WHOLE_DRAFT, "Send by email",
         "Send the thank-you by email rather than as a handwritten letter.",
         "Post is slow: the decision may be made before a letter arrives.", medium),
)
