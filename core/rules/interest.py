"""Interest and fit rules: renewed enthusiasm for the role, and a skill tied to what the role needs.

Registered in `core.rules`; not applicable after a rejection.
"""

from __future__ import annotations

from ..phrases import ENTHUSIASM_PHRASES, ORGANISATION_WORDS
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import phrase_pattern, squash

SECTION = "interest"
_ENTHUSIASM = phrase_pattern(ENTHUSIASM_PHRASES)
_ORGANISATION = phrase_pattern(ORGANISATION_WORDS)


def enthusiasm(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.rejected:
        return None
    text = dctx.sections[SECTION]
    if _ENTHUSIASM.search(text):
        flat = squash(text)
        if _ORGANISATION.search(text) or any(n and squash(n) in flat for n in (ctx.role, ctx.company)):
            return []
    return [Hit(SECTION)]


def skill_link(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    items = ctx.requirements + ctx.achievements
    if ctx.rejected or not items:
        return None
    stems = dctx.stems(SECTION, "clarification")
    if any(t.referenced_by(stems) for t in items):
        return []
    return [Hit(SECTION, detail=items[0].text)]


RULES = (
    Rule("interest.enthusiasm", "warning", SECTION, "Renewed interest",
         "Say again that you are keen on the role or the team.",
         "Pair an enthusiasm word (excited, keen, look forward) with the role, the company or the team.", enthusiasm),
    Rule("interest.skill-link", "warning", SECTION, "A skill tied to a need",
         "Connect one of your results to something the role needs.",
         "Naming a requirement from the interview next to a matching achievement shows fit, not just interest.",
         skill_link, detail_message="Connect one of your results to a need such as “{detail}”."),
)
