"""Closing and sign-off rules: a look ahead without pressure, a formal sign-off, full name and contact.

Registered in `core.rules`.
"""

from __future__ import annotations

import re

from ..phrases import (
    CASUAL_SIGNOFFS,
    DATE_WORDS,
    FORMAL_SIGNOFFS,
    MONTHS,
    NEXT_STEP_PHRASES,
    PRESSURE_PHRASES,
    WEEKDAYS,
)
from .base import DraftContext, Hit, Outcome, Rule, SessionContext, find_all
from ..text import PHONE_RE, email_spans, phrase_pattern, squash

SECTION = "closing"
SIGNOFF = "signoff"
_NEXT = phrase_pattern(NEXT_STEP_PHRASES)
_PRESSURE = phrase_pattern(PRESSURE_PHRASES)
_BY_DATE = re.compile(
    r"\bby\s+(?:(?:this|next|the)\s+)?(?:"
    + "|".join(re.escape(w) for w in sorted(WEEKDAYS + DATE_WORDS, key=len, reverse=True))
    + r")\b|\bby\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:"
    + "|".join(MONTHS)
    + r"))?\b|\bby\s+(?:"
    + "|".join(MONTHS)
    + r")\.?\s+\d{1,2}\b|\bby\s+\d{1,2}[/.]\d{1,2}\b",
    re.IGNORECASE,
)
_FORMAL = phrase_pattern(FORMAL_SIGNOFFS)
_CASUAL = phrase_pattern(CASUAL_SIGNOFFS)


def next_steps(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.rejected:
        return None
    return [] if _NEXT.search(dctx.sections[SECTION]) else [Hit(SECTION)]


def no_pressure(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = dctx.sections[SECTION]
    hits = find_all(_PRESSURE, text, SECTION, detail=True) + find_all(_BY_DATE, text, SECTION, detail=True)
    return sorted(hits, key=lambda h: h.span or (0, 0))


def _first_line(text: str) -> tuple[str, int]:
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            return line.rstrip("\r\n"), offset + (len(line) - len(line.lstrip()))
        offset += len(line)
    return "", 0


def formal(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    line, offset = _first_line(dctx.sections[SIGNOFF])
    body = line.strip()
    span = (offset, offset + len(body)) if body else None
    casual = _CASUAL.match(body)
    formal_match = _FORMAL.match(body)
    if casual and not formal_match:
        return [Hit(SIGNOFF, span, casual.group())]
    if not formal_match:
        return [Hit(SIGNOFF, span)]
    rest = body[formal_match.end():].strip(" ,.!;:-—–")
    if rest and _CASUAL.search(rest):
        return [Hit(SIGNOFF, span, body)]
    return []


def full_name(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.candidate_name:
        return None
    return [] if squash(ctx.candidate_name) in squash(dctx.sections[SIGNOFF]) else [Hit(SIGNOFF)]


def contact(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = dctx.sections[SIGNOFF]
    if email_spans(text) or PHONE_RE.search(text):
        return []
    return [Hit(SIGNOFF)]


RULES = (
    Rule("closing.next-steps", "warning", SECTION, "A look ahead",
         "Close by looking forward to the next steps.",
         "A calm line about hearing back or the process ends the note on momentum.", next_steps),
    Rule("closing.no-pressure", "error", SECTION, "No pressure",
         "Remove the demand for a reply or a date.",
         "Pressing for a timeline or mentioning other offers sounds impatient and can undo the note.", no_pressure,
         detail_message="Remove “{detail}”: it presses for an answer."),
    Rule("signoff.formal", "warning", SIGNOFF, "Formal sign-off",
         "Start the sign-off with a formal closing such as 'Best regards'.",
         "A professional closing line (Sincerely, Kind regards) matches the tone of the note; casual ones undercut it.",
         formal, detail_message="Replace “{detail}” with a formal closing such as 'Best regards'."),
    Rule("signoff.full-name", "error", SIGNOFF, "Your full name",
         "Sign with your full name.",
         "Your full name under the closing tells them exactly who wrote, even when the note is forwarded.",
         full_name),
    Rule("signoff.contact", "warning", SIGNOFF, "Contact details",
         "Add your email address or phone number under your name.",
         "Make replying or calling you one step, wherever the note ends up.", contact),
)
