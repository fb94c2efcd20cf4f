"""Subject-line rules: present, thanks, the job title, the candidate's name, length, no shouting.

Registered in `core.rules`; each function takes the session and draft contexts and returns hits.
"""

from __future__ import annotations

import re

from ..phrases import SHOUTING_MARKS, SUBJECT_MAX_CHARS, SUBJECT_SHOUT_MIN_LETTERS, THANKS_IN_SUBJECT
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import WORD_RE, normalise, phrase_pattern, squash

SECTION = "subject"
_THANKS = phrase_pattern(THANKS_IN_SUBJECT)
_MARKS = re.compile("|".join(re.escape(m) for m in SHOUTING_MARKS))


def _subject(dctx: DraftContext) -> str | None:
    text = dctx.sections[SECTION]
    return text if text.strip() else None


def present(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    return [] if _subject(dctx) is not None else [Hit(SECTION)]


def thanks(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None:
        return None
    return [] if _THANKS.search(text) else [Hit(SECTION)]


def role(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None or not ctx.role:
        return None
    return [] if squash(ctx.role) in squash(text) else [Hit(SECTION)]


def name(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None or not ctx.candidate_name:
        return None
    return [] if squash(ctx.candidate_name) in squash(text) else [Hit(SECTION)]


def length(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None:
        return None
    stripped = text.rstrip()
    if len(stripped) <= SUBJECT_MAX_CHARS:
        return []
    return [Hit(SECTION, (SUBJECT_MAX_CHARS, len(stripped)))]


def shouting(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None:
        return None
    hits = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        letters = sum(c.isalpha() for c in word)
        if (
            letters >= SUBJECT_SHOUT_MIN_LETTERS
            and word.isupper()
            and normalise(word) not in ctx.name_words
            and normalise(word) not in ctx.vocabulary  # the session's own acronyms (GCSE, AWS) and accepted words
        ):
            hits.append(Hit(SECTION, m.span(), word))
    hits += [Hit(SECTION, m.span(), m.group()) for m in _MARKS.finditer(text)]
    return hits


RULES = (
    Rule("subject.present", "error", SECTION, "Subject line present",
         "Write a subject line.",
         "An email without a subject is easy to overlook or to lose in a filter.", present),
    Rule("subject.thanks", "warning", SECTION, "Thanks in the subject",
         "Say thank you in the subject line.",
         "The reader should see why you are writing before they open the email.", thanks),
    Rule("subject.role", "warning", SECTION, "Job title in the subject",
         "Name the job title in the subject line.",
         "Interviewers meet candidates for several roles; the title lets them file your note at a glance.", role),
    Rule("subject.name", "warning", SECTION, "Your name in the subject",
         "Put your full name in the subject line.",
         "Your name tells a busy reader who is writing without opening the email.", name),
    Rule("subject.length", "suggestion", SECTION, "Short subject",
         f"Shorten the subject to {SUBJECT_MAX_CHARS} characters or fewer.",
         "Most inboxes cut longer subjects off, hiding the end of the line.", length),
    Rule("subject.shouting", "warning", SECTION, "No shouting in the subject",
         "Drop the capitals and repeated punctuation from the subject.",
         "Capitals and '!!' read as shouting and can look like spam.", shouting,
         detail_message="Tone down “{detail}” in the subject."),
)
