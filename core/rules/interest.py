"""Interest and fit rules: renewed enthusiasm for the role, and a skill tied to what the role needs.

Registered in `core.rules`; not applicable after a rejection or an informational interview. Both look at
every sentence of the body: real emails say these things wherever they like.
"""

from __future__ import annotations

import re

from ..phrases import (
    ENTHUSIASM_NEGATIONS,
    ENTHUSIASM_NOT_WORDS,
    ENTHUSIASM_PATTERNS,
    ENTHUSIASM_PHRASES,
    ENTHUSIASM_TARGET_STARTS,
    ENTHUSIASM_WORD_STARTS,
    EXPERIENCE_WORD_STARTS,
    FIRST_PERSON,
    GENERIC_FIT_WORDS,
    NEED_WORD_STARTS,
    STOPWORDS,
)
from .base import DraftContext, Hit, Outcome, Rule, Sentence, SessionContext
from ..text import squash, word_list

SECTION = "interest"
#: Where to look first: the interest paragraph, then the rest of the body.
_ORDER = ("interest", "clarification", "gratitude", "closing", "greeting", "signoff")
_PHRASES = tuple(squash(p) for p in ENTHUSIASM_PHRASES)
_PATTERN = re.compile("|".join(f"(?:{p})" for p in ENTHUSIASM_PATTERNS), re.IGNORECASE)
_TARGET_WORDS = tuple(t for t in ENTHUSIASM_TARGET_STARTS if " " not in t)
_TARGET_PHRASES = tuple(t for t in ENTHUSIASM_TARGET_STARTS if " " in t)
_NEED_WORDS = tuple(t for t in NEED_WORD_STARTS if " " not in t)
_NEED_PHRASES = tuple(t for t in NEED_WORD_STARTS if " " in t)
#: Where a clause ends inside a sentence (the candidate's side of a link stays inside one).
_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
#: Words after which the words are about the organisation, not the candidate.
_THEIR = frozenset("you your yours their theirs its".split())


def _cue(words: list[str], sentence: Sentence) -> bool:
    """Does the sentence say interest or enthusiasm (not negated)?"""
    for i, w in enumerate(words):
        if w.startswith(ENTHUSIASM_WORD_STARTS) and w not in ENTHUSIASM_NOT_WORDS:
            before = words[max(0, i - 2) : i]
            if not any(b in ENTHUSIASM_NEGATIONS or b.endswith("n't") for b in before):
                return True
    return sentence.has_phrase(_PHRASES) or bool(_PATTERN.search(sentence.text))


def _target(ctx: SessionContext, words: list[str], sentence: Sentence) -> bool:
    """Is the sentence about the role, the organisation or joining it?"""
    if any(w.startswith(_TARGET_WORDS) for w in words) or sentence.has_phrase(_TARGET_PHRASES):
        return True
    flat = sentence.flat
    return any(f" {n} " in flat for n in ctx_names(ctx))


def ctx_names(ctx: SessionContext) -> tuple[str, ...]:
    """The role and the company as word runs, and the company's distinctive words ("Northwind")."""
    names = [" ".join(word_list(n)) for n in (ctx.role, ctx.company) if n]
    names += [w.lower() for w in ctx.company_distinctive]
    return tuple(n for n in names if n)


def says_interest(ctx: SessionContext, sentence: Sentence) -> bool:
    words = sentence.words
    return _cue(words, sentence) and _target(ctx, words, sentence)


def _says_interest_memo(ctx: SessionContext, sentence: Sentence) -> bool:
    """`says_interest`, kept in the run's memo by the sentence's text: it reads nothing else but the role and
    the company, which the memo's owner (RulesCache) keeps it for. A keystroke changes one sentence."""
    key = ("interest.says", sentence.text, "")
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = says_interest(ctx, sentence)
    return found


def enthusiasm(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.rejected or ctx.informational:
        return None
    if any(_says_interest_memo(ctx, s) for s in dctx.sentences_from(_ORDER)):
        return []
    return [Hit(SECTION)]


def _concrete_claim(ctx: SessionContext, sentence: Sentence) -> bool:
    """A clause in which the candidate names something they did or know that is more than a fit claim:
    "my experience with careful cohort definitions", not "my skills and experience make me a strong fit".
    A misspelt word names nothing yet ("my skils and experience"): correcting it never breaks a link."""
    if not any(w in FIRST_PERSON for w in sentence.words):
        return False
    for clause in _CLAUSE.split(sentence.text):
        words = word_list(clause)
        for i, w in enumerate(words):
            if w in FIRST_PERSON:
                part = []
                for x in words[i + 1 :]:
                    if x in _THEIR:
                        break
                    part.append(x)
                part = [x for x in part if x not in ctx.name_words]  # the role's own words name no skill
                if any(x.startswith(EXPERIENCE_WORD_STARTS) for x in part):
                    concrete = [x for x in part if _concrete(x)]
                    if concrete and set(concrete) - _unknown(ctx):  # the dictionary asked only when needed
                        return True
                break  # the first person's part of this clause decides it
    return False


def _unknown(ctx: SessionContext) -> frozenset[str]:
    """The lower-cased words the dictionary does not know (none without a dictionary)."""
    return frozenset(w.lower() for w in ctx.misspelled) if ctx.speller is not None else frozenset()


#: Words that never make a claim concrete: wishes, the organisation, needs, and the experience words.
_NOT_CONCRETE = ENTHUSIASM_WORD_STARTS + ENTHUSIASM_TARGET_STARTS + NEED_WORD_STARTS + EXPERIENCE_WORD_STARTS


def _concrete(word: str) -> bool:
    return (
        len(word) > 2 and word not in STOPWORDS and word not in GENERIC_FIT_WORDS and word not in FIRST_PERSON
        and not word.startswith(_NOT_CONCRETE)
    )


def _need(sentence: Sentence) -> bool:
    return any(w.startswith(_NEED_WORDS) for w in sentence.words) or sentence.has_phrase(_NEED_PHRASES)


def links(ctx: SessionContext, sentence: Sentence) -> bool:
    """Does the sentence tie the candidate to a need of the role?"""
    stems = sentence.stems
    achievement = any(t.referenced_by(stems) for t in ctx.achievements)
    requirement = any(t.referenced_by(stems) for t in ctx.requirements)
    if achievement and (requirement or _need(sentence) or any(w in FIRST_PERSON for w in sentence.words)):
        return True
    if requirement or _need(sentence):
        return _concrete_claim(ctx, sentence)
    return False


def skill_link(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    items = ctx.requirements + ctx.achievements
    if ctx.rejected or ctx.informational or not items:
        return None
    if any(links(ctx, s) for s in dctx.sentences_from(_ORDER)):
        return []
    return [Hit(SECTION, detail=items[0].text)]


RULES = (
    Rule("interest.enthusiasm", "warning", SECTION, "Renewed interest",
         "Say again that you are keen on the role or the team.",
         "Somewhere in the email, tell them you still want this: keen, excited, would love to join, "
         "said about the role, the team or the organisation.", enthusiasm),
    Rule("interest.skill-link", "warning", SECTION, "A skill tied to a need",
         "Connect one of your results to something the role needs.",
         "Name one thing you did (a result, a skill you used) beside a need of the role; 'my skills make me "
         "a strong fit' names neither.",
         skill_link, detail_message="Connect one of your results to a need such as “{detail}”."),
)
