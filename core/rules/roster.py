"""Rules for two or more interviewers: everyone drafted, one recipient each, distinct details, no copies.

Registered in `core.rules`; each finding sits on the draft it concerns and names the other draft. None of
them runs after a rejection: one gracious reply is enough.
"""

from __future__ import annotations

import re

from ..findings import WHOLE_DRAFT
from ..phrases import GREETING_OPENERS, GROUP_SALUTATIONS, SIMILARITY_MAX
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..text import fold, strip_possessive

_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?")
_GROUP = re.compile(
    r"(?:^|\b)(?:" + "|".join(re.escape(o) for o in GREETING_OPENERS) + r")\s*,?\s+(?:the\s+|you\s+)?(?:"
    + "|".join(re.escape(g) for g in GROUP_SALUTATIONS) + r")\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\b([A-Z][\w'’\-]+)\s*(?:,|&|\+|\band\b)\s*([A-Z][\w'’\-]+)")


def _applies(ctx: SessionContext) -> bool:
    return ctx.count >= 2 and not ctx.rejected


def each_drafted(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not _applies(ctx):
        return None
    return [Hit(WHOLE_DRAFT)] if dctx.body_blank else []


def greeted(ctx: SessionContext, greeting: str) -> dict[int, tuple[int, int]]:
    """The interviewers (indices) the greeting names, each with the span of the first word naming them."""
    people: dict[int, tuple[int, int]] = {}
    owners = ctx.name_owners
    for m in _NAME_TOKEN.finditer(greeting):
        for i in owners.get(fold(strip_possessive(m.group())), ()):
            if i not in people:
                people[i] = m.span()
                break
    return people


def one_recipient(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    """One finding for a greeting to several people, naming the others (never this interviewer)."""
    if not _applies(ctx):
        return None
    greeting = dctx.sections["greeting"]
    people = greeted(ctx, greeting)
    if len(people) > 1:
        spans = sorted(people.values())
        others = [ctx.session.interviewers[i].name for i in sorted(people) if i != dctx.index]
        return [Hit("greeting", (spans[0][0], spans[-1][1]), " and ".join(others))]
    rest = " and ".join(p.name for i, p in enumerate(ctx.session.interviewers) if i != dctx.index)
    group = _GROUP.search(greeting)
    if group:
        return [Hit("greeting", group.span(), rest)]
    for m in _JOINED.finditer(greeting):
        return [Hit("greeting", m.span(), rest)]
    return []


def distinct_detail(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not _applies(ctx) or dctx.body_blank or not any(ctx.topics):
        return None
    mine = ctx.referenced_topics[dctx.index]
    if not mine:
        return [Hit(WHOLE_DRAFT)]
    holders = ctx.topic_holders
    sharers: dict[int, None] = {}
    seen: set[frozenset[int]] = set()
    for topic in mine:
        group = holders[topic]
        if group in seen:
            continue  # the same drafts as a topic already counted: nothing new
        seen.add(group)
        shared_with = group - {dctx.index}
        if not shared_with:
            return []
        sharers.update(dict.fromkeys(sorted(shared_with)))
    others = ", ".join(dict.fromkeys(ctx.session.interviewers[i].name for i in sharers))
    return [Hit(WHOLE_DRAFT, detail=others)]


def _own_detail(ctx: SessionContext, mine: int, other: int) -> bool:
    """Does draft `mine` reference a roster topic that draft `other` does not?"""
    refs = ctx.referenced_topics
    return bool(refs[mine] - refs[other])


def similar_drafts(ctx: SessionContext, index: int) -> frozenset[int]:
    """The drafts (indices) more alike than SIMILARITY_MAX to draft `index`, compared on their first
    SIMILARITY_MAX_WORDS words (`SessionContext.comparable_tokens`). Each pair is compared once per run:
    a draft worked out before says whether this one is near it."""
    rows = ctx.similar
    found = rows.get(index)
    if found is None:
        from rapidfuzz import process
        from rapidfuzz.distance import Indel

        tokens = ctx.comparable_tokens
        # one C pass over the drafts not compared yet; None (too short, itself, done) is skipped
        choices = [None if k == index or k in rows else t for k, t in enumerate(tokens)]
        near = process.extract(
            tokens[index], choices, scorer=Indel.normalized_similarity, score_cutoff=SIMILARITY_MAX, limit=None
        )
        found = rows[index] = frozenset(
            [k for _, score, k in near if score > SIMILARITY_MAX] + [k for k, row in rows.items() if index in row]
        )
    return found


def too_similar(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    """Over the threshold alike: a warning, or only a suggestion when both drafts of every such pair carry a
    detail of their own (a shared template, each note with its own detail: the guide allows that)."""
    if not _applies(ctx) or ctx.comparable_tokens[dctx.index] is None:  # too short to compare
        return None
    others = sorted(similar_drafts(ctx, dctx.index))
    if not others:
        return []
    names = ", ".join(ctx.session.interviewers[i].name or f"draft {i + 1}" for i in others)
    templated = all(_own_detail(ctx, dctx.index, k) and _own_detail(ctx, k, dctx.index) for k in others)
    return [Hit(WHOLE_DRAFT, detail=names, severity="suggestion" if templated else None)]


RULES = (
    Rule("roster.each-drafted", "error", WHOLE_DRAFT, "Everyone gets an email",
         "Write this interviewer their own email.",
         "Each person who interviewed you should get a separate note; an empty draft means someone is left out.",
         each_drafted),
    Rule("roster.one-recipient", "warning", "greeting", "One person per email",
         "Greet only this interviewer.",
         "A note addressed to several people reads like a group message; send each person their own.",
         one_recipient, detail_message="Greet only this interviewer; write to {detail} separately."),
    Rule("roster.distinct-detail", "warning", WHOLE_DRAFT, "A detail only they discussed",
         "Mention a detail that only this interviewer discussed with you.",
         "Interviewers compare notes; each email should carry something from your conversation with that person.",
         distinct_detail, detail_message="Add a detail only this interviewer discussed (the topics here also appear in the email to {detail})."),
    Rule("roster.too-similar", "warning", WHOLE_DRAFT, "Not a copy",
         "Rewrite this email so it differs from the others.",
         "Panelists often compare notes; near-identical emails with the names swapped look like a template.",
         too_similar, detail_message="Rewrite this email: it is nearly the same as the one to {detail}."),
)
