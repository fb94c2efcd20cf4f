"""Subject-line rules: present, thanks, the job title, the candidate's name, length, no shouting.

Registered in `core.rules`; each function takes the session and draft contexts and returns hits. A
handwritten card has no subject line: none of these apply to one.
"""

from __future__ import annotations

import re

from functools import lru_cache

from ..phrases import (
    ROLE_ABBREVIATIONS,
    SHOUTING_MARKS,
    SUBJECT_MAX_CHARS,
    SUBJECT_SHOUT_MIN_LETTERS,
    THANKS_IN_SUBJECT,
)
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import WORD_RE, normalise, phrase_pattern, squash

SECTION = "subject"
_THANKS = phrase_pattern(THANKS_IN_SUBJECT)
_MARKS = re.compile("|".join(re.escape(m) for m in SHOUTING_MARKS))
#: A qualifier in brackets in the role field ("Registered Nurse (New Graduate)"): optional in the subject.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_ROLE_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|&")


def _handwritten(ctx: SessionContext) -> bool:
    return ctx.session.interview.medium == "handwritten"


def _subject(dctx: DraftContext) -> str | None:
    text = dctx.sections[SECTION]
    return text if text.strip() else None


def present(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if _handwritten(ctx):
        return None
    return [] if _subject(dctx) is not None else [Hit(SECTION)]


def thanks(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None or _handwritten(ctx):
        return None
    return [] if _THANKS.search(text) else [Hit(SECTION)]


@lru_cache(maxsize=1)
def _short_forms() -> tuple[dict[tuple[str, ...], str], int]:
    """Every form of ROLE_ABBREVIATIONS as words -> the group's one token, and the longest form's length."""
    table: dict[tuple[str, ...], str] = {}
    for n, group in enumerate(ROLE_ABBREVIATIONS):
        forms = [tuple(form.split()) for form in group]
        # groups that share a form ("pm" for product, project and program manager) are one meaning
        tokens = {table[f] for f in forms if f in table} | {f"\x00{n}"}
        token = min(tokens)
        for key, value in table.items():
            if value in tokens:
                table[key] = token
        for f in forms:
            table[f] = token
    return table, max(len(k) for k in table)


def role_tokens(text: str, runs: bool = True) -> tuple[str, ...]:
    """`text` as lower-case words, each run of words that ROLE_ABBREVIATIONS knows replaced by its group's
    token, longest run first: "Sr. Product Manager" and "Senior PM" give the same tokens. With `runs` False
    only single words are replaced ("Software Eng." then matches "Software Engineer" word by word)."""
    words = [normalise(w) for w in _ROLE_WORD.findall(text)]
    table, longest = _short_forms()
    if not runs:
        longest = 1
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            token = table.get(tuple(words[i : i + size]))
            if token is not None:
                out.append(token)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


@lru_cache(maxsize=256)
def names_role(subject: str, role_title: str) -> bool:
    """Does `subject` name the job title, abbreviated or not, with or without its bracketed qualifier?"""
    title = _BRACKETED.sub(" ", role_title) if role_tokens(_BRACKETED.sub(" ", role_title)) else role_title
    if not role_tokens(title):
        return True
    for runs in (True, False):
        wanted = role_tokens(title, runs)
        have = role_tokens(subject, runs)
        n = len(wanted)
        if any(have[i : i + n] == wanted for i in range(len(have) - n + 1)):
            return True
    return False


def role(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None or not ctx.role or _handwritten(ctx) or ctx.informational:
        return None
    return [] if names_role(text, ctx.role) else [Hit(SECTION)]


def name(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None or not ctx.candidate_name or _handwritten(ctx):
        return None
    return [] if squash(ctx.candidate_name) in squash(text) else [Hit(SECTION)]


def length(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None or _handwritten(ctx):
        return None
    stripped = text.rstrip()
    if len(stripped) <= SUBJECT_MAX_CHARS:
        return []
    return [Hit(SECTION, (SUBJECT_MAX_CHARS, len(stripped)))]


def shouting(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = _subject(dctx)
    if text is None or _handwritten(ctx):
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
         "Interviewers meet candidates for several roles; the title (a common short form such as 'Sr.' or 'PM' "
         "is fine) lets them file your note at a glance.", role),
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
