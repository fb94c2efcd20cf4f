"""Proofreading rules over the whole draft: spelling, names, the company, placeholders, doubles, length.

Registered in `core.rules`; findings point at the section and span of each word found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from operator import eq

from ..findings import WHOLE_DRAFT
from ..model import BODY_SECTIONS, SECTIONS
from ..phrases import (
    ABBREVIATIONS,
    A_BEFORE_VOWEL_LETTER,
    HONORIFICS,
    ALLOWED_REPEATS,
    AN_BEFORE_H,
    BARE_VERBS_AFTER_TO,
    COMMON_WORDS,
    DEPARTMENT_WORDS,
    MONTHS,
    ORGANISATION_SUFFIXES,
    ROLE_SLOT_WORDS,
    WEEKDAYS,
    WORK_AFTER,
    BODY_MAX_WORDS,
    BODY_MIN_WORDS,
    COMPANY_MAX_WORDS,
    NAME_MAX_EDITS,
    PLACEHOLDER_MARKS,
    PLACEHOLDER_PATTERNS,
    REJECTION_BODY_MAX_WORDS,
    SHORT_NAME_LETTERS,
    SHORT_NAME_MAX_EDITS,
)
from .base import DraftContext, Hit, Outcome, Rule, SessionContext
from ..spelling import skip_spans
from ..text import WORD_RE, edit_distance, fold, has_inner_capital, normalise, strip_possessive

_PLACEHOLDER = re.compile("|".join(f"(?:{p})" for p in PLACEHOLDER_PATTERNS))
#: `{{ ... }}` on one line, found by string search (the lazy pattern retries to the end of the line for
#: every "{{" without a close: quadratic on a long line); the other patterns run as one regex.
_LAZY_BRACES = r"\{\{.*?\}\}"
_BRACES_SECOND = (
    len(PLACEHOLDER_PATTERNS) > 1 and PLACEHOLDER_PATTERNS[1] == _LAZY_BRACES and PLACEHOLDER_PATTERNS[0].startswith(r"\[")
)
_PLACEHOLDER_REST = re.compile("|".join(f"(?:{p})" for p in PLACEHOLDER_PATTERNS if p != _LAZY_BRACES))
#: The same word twice in a row; the second not the start of an address or a dotted name ("Alex" above
#: "alex.kim@example.com" in a sign-off is no slip).
_REPEAT = re.compile(r"(?<![\w'’])([^\W\d_]++)\s++(\1)(?![\w'’])(?![.@_+-]\w)", re.IGNORECASE)
_THANKED = (
    r"(?:\bthank\s+you|\bthanks|\bthank-you|\bgrateful|\bappreciate\s+it|\bappreciated\s+it)\s*,?\s*(?:again\s*,?\s*)?"
)


def _max_edits(name: str) -> int:
    return SHORT_NAME_MAX_EDITS if len(name) <= SHORT_NAME_LETTERS else NAME_MAX_EDITS


def _is_slip(word: str, target: str, ctx: SessionContext) -> bool:
    """True when `word` is a near-miss of `target` (a name): close spelling or wrong capitals."""
    if word == target or not word or not target:
        return False
    if word.lower().rstrip(".") in HONORIFICS:
        return False  # "Mrs Marsh": a title before the name, never a misspelling of it
    if word.lower() == target.lower():
        if word.isupper() and len(word) > 1:
            return False  # ALL-CAPS is a style choice (subject.shouting judges it), not a misspelling
        return any(c.isupper() for c in word) or not ctx.is_ordinary(word)
    if not word[0].isupper():
        return False
    if fold(word) == fold(target):
        return True  # the accents are wrong or missing: Siobhan for Siobhán
    limit = _max_edits(target)
    distance = edit_distance(word.lower(), target.lower(), limit)
    if distance == 0 or distance > limit:
        return False
    lower = normalise(word)
    if lower in ctx.name_words or lower in ctx.vocabulary or ctx.is_ordinary(word):
        return False
    return True


def spelling(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.speller is None:
        return None
    wrong = dctx.spelling_words & ctx.misspelled  # the dictionary is asked once per run, for every draft
    if not wrong:
        return []
    # a slip of the interviewer's or the company's name is reported once, by its own (stronger) rule
    names = [n for n in (dctx.first, dctx.last) if n]
    wrong = {
        w for w in wrong
        if not any(_is_slip(w, n, ctx) for n in names)
        and not any(_is_company_slip(w, p, ctx) for p in ctx.company_distinctive)
    }
    if not wrong:
        return []
    hits = []
    for section in SECTIONS:
        text = dctx.sections[section]
        skips = skip_spans(text) if wrong and ("@" in text or "." in text or "/" in text) else []
        skip_starts = [s for s, _ in skips]  # sorted and disjoint: the one span that may hold a word, by bisection
        for word, start, end, _ in dctx.tokens(section):
            if word in wrong:
                k = bisect_right(skip_starts, start) - 1
                if k < 0 or start >= skips[k][1]:
                    hits.append(Hit(section, (start, end), word))
    return hits


def _name_slips(ctx: SessionContext, dctx: DraftContext, targets: list[str]) -> set[str]:
    """The distinct words of the draft that are slips of one of `targets` (memoised per session)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    memo = ctx.memo
    words = list(dctx.unique_words)
    lowers = [lower for _, lower in words]
    slips = set()
    for target in targets:
        target_lower = target.lower()
        # candidates in C: every word within two edits of the name, ignoring case (case slips are distance 0)
        near = process.extract(
            target_lower, lowers, scorer=Levenshtein.distance, score_cutoff=NAME_MAX_EDITS, limit=None
        )
        for _, _, k in near:
            word = words[k][0]
            if word in slips:
                continue
            key = ("name", word, target)
            slip = memo.get(key)
            if slip is None:
                slip = memo[key] = _is_slip(word, target, ctx)
            if slip:
                slips.add(word)
        # accents: "Siobhan" for Siobhán is within reach of the folded name too
        folded = fold(target)
        if folded != target_lower:
            for word, lower in words:
                if word not in slips and fold(word) == folded and _is_slip(word, target, ctx):
                    slips.add(word)
    return slips


def interviewer_name(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    targets = [n for n in (dctx.first, dctx.last) if n]
    if not targets:
        return None
    slips = _name_slips(ctx, dctx, targets)
    if not slips:
        return []
    return [
        Hit(section, (start, end), word)
        for section in SECTIONS
        for word, start, end, _ in dctx.tokens(section)
        if word in slips
    ]


def company_name(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    parts = ctx.company_parts
    if not parts:
        return None
    company = " ".join(parts)
    company_lower = company.lower()
    company_fold = fold(company)
    whole = 1 < len(parts) <= COMPANY_MAX_WORDS
    known = set(parts)
    lowered = {p.lower() for p in ctx.company_distinctive}
    memo = ctx.memo
    # distinct words that are slips of one of the company's words
    slips = set()
    if ctx.company_distinctive:
        for word in _near_company(ctx, dctx, known, lowered):
            key = ("company", word, "")
            slip = memo.get(key)
            if slip is None:
                slip = memo[key] = any(_is_company_slip(word, p, ctx) for p in ctx.company_distinctive)
            if slip:
                slips.add(word)
    hits = []
    n = len(parts)
    firsts = {p.lower(): k for k, p in reversed(list(enumerate(parts)))}
    for section in SECTIONS:
        lowers = dctx.lowers(section)
        covered: set[int] = set()
        if whole and lowers and _window_doubt(lowers, firsts, n, company, company_lower, dctx.sections[section]):
            # a slip of a several-word name keeps at least one word intact: start from those
            words = dctx.tokens(section)
            starts = sorted({i - firsts[w[3]] for i, w in enumerate(words) if w[3] in firsts and i >= firsts[w[3]]})
            for i in starts:
                if i + n > len(words) or not words[i][0][:1].isupper():
                    continue
                window = " ".join(w[0] for w in words[i : i + n])
                if window == company:
                    continue
                if fold(window) == company_fold or (
                    edit_distance(window.lower(), company_lower, NAME_MAX_EDITS) <= NAME_MAX_EDITS
                ):
                    hits.append(Hit(section, (words[i][1], words[i + n - 1][2]), window))
                    covered.update(range(i, i + n))
        if slips:
            hits += [
                Hit(section, (start, end), word)
                for i, (word, start, end, _) in enumerate(dctx.tokens(section))
                if word in slips and i not in covered
            ]
    return hits


#: The most edits a slip of a name may hold (short names allow fewer): words farther off are never slips.
_SLIP_REACH = max(NAME_MAX_EDITS, SHORT_NAME_MAX_EDITS)


def _near_company(ctx: SessionContext, dctx: DraftContext, known: set[str], lowered: set[str]) -> list[str]:
    """The distinct words of the draft that may be slips of a distinctive company word: not the company's
    own words, capitalised unless they are that word, and within `_SLIP_REACH` edits of one, case aside
    (`_is_company_slip` is False for any other word). The edit distances are worked out in C."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    words = [
        word for word, lower in dctx.unique_words
        if word not in known and (word[0].isupper() or lower in lowered)  # a lower-case word: only the word itself
    ]
    lowers = [word.lower() for word in words]
    near: set[int] = set()
    for part in ctx.company_distinctive:
        found = process.extract(part.lower(), lowers, scorer=Levenshtein.distance, score_cutoff=_SLIP_REACH, limit=None)
        near.update(k for _, _, k in found)
    return [words[k] for k in sorted(near)]


def _window_doubt(lowers: list[str], firsts: dict[str, int], n: int, company: str, company_lower: str, text: str) -> bool:
    """Quick test on lower-case words: could a run of `n` words here be a slip of the company's name?"""
    starts = {i - firsts[w] for i, w in enumerate(lowers) if w in firsts and i >= firsts[w]}
    exact = 0
    for start in starts:
        if start + n > len(lowers):
            continue
        window = " ".join(lowers[start : start + n])
        if window == company_lower:
            exact += 1
        elif edit_distance(window, company_lower, NAME_MAX_EDITS) <= NAME_MAX_EDITS:
            return True
    # every near window is the name itself: fine when each is also written with the right capitals
    return exact > text.count(company)


def _is_company_slip(word: str, part: str, ctx: SessionContext) -> bool:
    if word.lower() == part.lower():
        if word.isupper() and len(word) > 1:
            return False
        # "Github" for GitHub, "northwind" for Northwind; a lower-case English word is just a word
        if any(c.isupper() for c in word):
            return True
        if any(c.isupper() for c in part[1:]):
            return True
        return ctx.speller is not None and not ctx.speller.known(word)
    if not word[:1].isupper() or len(part) < 5:
        return False
    limit = _max_edits(part)
    distance = edit_distance(word.lower(), part.lower(), limit)
    if distance == 0 or distance > limit:
        return False
    lower = normalise(word)
    return not (lower in ctx.name_words or lower in ctx.vocabulary or ctx.is_ordinary(word))


def wrong_person(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.count < 2:
        return None
    mine = {fold(n) for n in (dctx.first, dctx.last) if n}
    # a folded name not this person's belongs only to others, and its spelling (the last one written)
    # is the same whoever asks: the session-wide tables serve every draft
    folds = ctx.name_folds
    if len(folds) == len(mine):  # mine are all in folds: nobody else has a name of their own
        return None
    hits = []
    greeted_me = False
    for word, start, end, _ in dctx.tokens("greeting"):
        if word[:1].isupper():
            f = fold(word)
            if f in folds and f not in mine:
                hits.append(Hit("greeting", (start, end), word))
            elif f in mine:
                greeted_me = True
    if hits and greeted_me:
        # this person and others: one note to several people, which roster.one-recipient reports once
        # (thanking the others by name belongs to such a note, not to a copy-paste slip)
        return []
    lowered = ctx.name_lowers
    sections = [section for section in ("gratitude", "closing") if _mentions_other(dctx.lower_set(section), lowered, mine)]
    if not sections:
        return hits
    found = []
    everyone = _thanked(tuple(folds.values()))  # compiled once per session, not once per draft
    own = [re.escape(folds[f]) for f in mine]
    for section in sections:
        matches = list(everyone.finditer(dctx.sections[section]))
        if any(re.fullmatch("|".join(own), m.group("a") or m.group("b"), re.IGNORECASE) for m in matches):
            break  # this person's own name matched somewhere: only the exact pattern without it is right
        found.append((section, matches))
    else:
        return hits + _thank_hits(found)
    thanked = _thanked(tuple(n for f, n in folds.items() if f not in mine))
    return hits + _thank_hits([(s, thanked.finditer(dctx.sections[s])) for s in sections])


def _mentions_other(words: frozenset[str], lowered: dict[str, frozenset[str]], mine: set[str]) -> bool:
    """Does a word (or the word without its last two letters, a possessive) stand for a name not `mine`?
    The words are matched against the names by set intersection, not looked up one by one."""
    names = lowered.keys()
    found = (names & words) | (names & {w[:-2] for w in words})
    return any(not lowered[n] <= mine for n in found)


@lru_cache(maxsize=32)
def _thanked(names: tuple[str, ...]) -> re.Pattern[str]:
    """Thanks followed by one of `names`, or a sentence opening with one of them and a comma."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"{_THANKED}(?P<a>{alternation})(?![\w'’])|(?:^|[.!?]\s+)(?P<b>{alternation})\s*,\s*(?:thank|i\b|I\b)",
        re.IGNORECASE,
    )


def _thank_hits(found) -> list[Hit]:
    hits = []
    for section, matches in found:
        for m in matches:
            group = "a" if m.group("a") else "b"
            if m.group(group)[:1].isupper():
                hits.append(Hit(section, m.span(group), m.group(group)))
    return hits


def placeholder(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    text = dctx.text
    if not any(mark in text for mark in PLACEHOLDER_MARKS) or not _any_placeholder(text):  # one pass over the draft; no pattern spans a newline
        return []
    hits = []
    for section in SECTIONS:
        text = dctx.sections[section]
        if text:
            hits += [Hit(section, span, text[span[0] : span[1]][:40]) for span in _placeholder_spans(text)]
    return hits


def _any_placeholder(text: str) -> bool:
    if not _BRACES_SECOND:
        return _PLACEHOLDER.search(text) is not None
    return _PLACEHOLDER_REST.search(text) is not None or _next_braces(text, 0) is not None


def _placeholder_spans(text: str) -> list[tuple[int, int]]:
    """The spans `_PLACEHOLDER.finditer(text)` gives, in linear time.

    At a "{{" only the `{{ ... }}` pattern can match before the others (the first pattern starts with "["),
    so the leftmost match is whichever comes first of the next `{{ ... }}` and the next match of the rest.
    """
    if not _BRACES_SECOND:
        return [m.span() for m in _PLACEHOLDER.finditer(text)]
    if "{{" not in text:
        return [m.span() for m in _PLACEHOLDER_REST.finditer(text)]
    out: list[tuple[int, int]] = []
    pos = 0
    rest = _PLACEHOLDER_REST.search(text, pos)
    braces = _next_braces(text, pos)
    while rest is not None or braces is not None:
        if braces is not None and (rest is None or braces[0] <= rest.start()):
            span = braces
        else:
            span = rest.span()
        out.append(span)
        pos = span[1]
        if rest is not None and rest.start() < pos:
            rest = _PLACEHOLDER_REST.search(text, pos)
        if braces is not None and braces[0] < pos:
            braces = _next_braces(text, pos)
    return out


def _next_braces(text: str, pos: int) -> tuple[int, int] | None:
    """The next `{{ ... }}` on one line at or after `pos` (the first "}}" closes it), or None."""
    at = text.find("{{", pos)
    while at != -1:
        close = text.find("}}", at + 2)
        if close == -1:
            return None
        newline = text.find("\n", at + 2, close)
        if newline == -1:
            return at, close + 2
        at = text.find("{{", newline)  # no "{{" before that newline closes on its line
    return None


def repeated_word(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    hits = []
    for section in SECTIONS:
        text = dctx.sections[section]
        lowers = dctx.lowers(section)
        if not any(map(eq, lowers, lowers[1:])):
            continue  # no word follows itself, whatever lies between: the pattern cannot match
        for m in _REPEAT.finditer(text):
            if normalise(m.group(1)) not in ALLOWED_REPEATS:
                hits.append(Hit(section, m.span(), normalise(m.group(1))))
    return hits


def concise(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    count = dctx.body_word_count
    if ctx.rejected:
        if count > REJECTION_BODY_MAX_WORDS:
            return [Hit(WHOLE_DRAFT, detail=f"{count} words; keep it under {REJECTION_BODY_MAX_WORDS}")]
        return []
    if count > BODY_MAX_WORDS:
        return [Hit(WHOLE_DRAFT, detail=f"{count} words; aim for {BODY_MIN_WORDS}-{BODY_MAX_WORDS}")]
    if count < BODY_MIN_WORDS:
        return [Hit(WHOLE_DRAFT, detail=f"{count} words; aim for {BODY_MIN_WORDS}-{BODY_MAX_WORDS}")]
    return []


# --------------------------------------------------------------------------- proof.other-company

#: A capitalised word starting a word (an apostrophe inside only before two letters: "O'Neill", not "X's");
#: possessive, so a long run of capitals is scanned once, never retried letter by letter.
_ORG_WORD = r"[A-Z](?<![\w&'’\-][A-Z])(?:[\w&\-]|['’](?=[^\W\d_]{2}))*+"
#: An organisation's name: capitalised words, joined by "&", "and", "of", "the" ("Bank of the West").
_ORG = rf"(?P<org>{_ORG_WORD}(?:[ \t]+(?:(?:&|and|of|the|for)[ \t]+)?{_ORG_WORD}){{0,4}})"
#: Employer slots: "the analyst role at X", "this position with X" (a "the", "this" or "your" up to four words
#: before the slot word: "my role at X" is where the candidate was); "join X", "joining the X team" (not
#: "since joining X"); "X's team", "X's mission". Each starts with a literal, so `re` skips ahead to it.
#: " at " / " with " (then the organisation); the slot word before it is checked in Python: one short
#: pattern scans faster than an alternation of every slot word.
_AT_WITH = re.compile(r"\s(?:[Aa][Tt]|[Ww][Ii][Tt][Hh])\s+(?:[Tt][Hh][Ee]\s+)?")
_ORG_HERE = re.compile(_ORG)
_WORD_BEFORE = re.compile(r"([\w\-]+)$")
_ROLE_DETERMINER = re.compile(r"(?i:(?<![\w\-])(?:the|this|your)\s+(?:[\w\-]+\s+){0,3})$")
_JOIN_SLOT = re.compile(r"(?i:join(?:ing)?\s+(?:the\s+)?)" + _ORG)
_NOT_JOINED = re.compile(r"(?i:(?<![\w\-])(?:since|before|after|when|until)\s+)$")
_POSSESSIVE_SLOT = re.compile(_ORG + r"['’]s\s+(?i:team|mission|culture|customers|future|growth|values)\b")
_LEADING_THE = re.compile(r"^(?:The|This|Your|Our)\s+")


_SLOT_WORDS = frozenset(ROLE_SLOT_WORDS) | {w + "s" for w in ROLE_SLOT_WORDS}
#: Video-call tools: "join the Teams call" joins a meeting, not an employer.
_CALL_TOOLS = frozenset("zoom teams webex skype hangouts meet slack".split())
#: A name followed by one of these is an event, not an employer ("join the Friday Forum session").
_EVENT_WORDS = frozenset(
    "call meeting session chat interview link conversation webinar room channel huddle demo event workshop "
    "panel talk lecture seminar".split()
)
_NEXT_WORD = re.compile(r"\s+([\w\-]+)")


def _names_an_event(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in _EVENT_WORDS


def _slots(text: str, words: frozenset[str]):
    """(match, everyday words may name an organisation) for each employer slot in `text`."""
    if not words.isdisjoint(("at", "with")) and not words.isdisjoint(_SLOT_WORDS):
        for at in _AT_WITH.finditer(text):
            if not text[at.end() : at.end() + 1].isupper():
                continue
            before = _WORD_BEFORE.search(text, max(0, at.start() - 40), at.start())
            if before is None or before.group(1).lower() not in _SLOT_WORDS:
                continue
            m = _ORG_HERE.match(text, at.end())
            if m is not None and _ROLE_DETERMINER.search(text, max(0, before.start() - 60), before.start()):
                yield m, True
    if "join" in words or "joining" in words:
        for m in _JOIN_SLOT.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and not _NOT_JOINED.search(
                text, max(0, m.start() - 10), m.start()
            ):
                yield m, True
    if "'s" in text or "’s" in text:
        for m in _POSSESSIVE_SLOT.finditer(text):
            yield m, False


def _org_words(org: str) -> list[str]:
    return [strip_possessive(w) for w in WORD_RE.findall(org)]


def _is_other_org(org: str, ctx: SessionContext, everyday_ok: bool) -> bool:
    """True when `org` (capitalised words in an employer's slot) names an organisation that is not the
    session's company: not the company or a slip of it, not the session's own words, not a department or a
    date. After "at"/"join" everyday words can name one ("Meridian Care"); before "'s team" (`everyday_ok`
    False) at least one word must be no everyday word ("Today's mission" is no organisation)."""
    words = [w for w in _org_words(org) if w.lower() not in ("and", "of", "the", "for")]
    if not words:
        return False
    lowers = [normalise(w) for w in words]
    if lowers[0].rstrip(".") in HONORIFICS or not _CALL_TOOLS.isdisjoint(lowers):
        return False  # "the position with Dr. Okafor" names a person; "join the Zoom call", a meeting
    company = {normalise(p) for p in ctx.company_parts}
    if company & set(lowers):
        return False  # the company, or a longer or shorter form of it
    for w in words:  # a slip of the company's name is proof.company-name's to report
        if any(edit_distance(w.lower(), p.lower(), NAME_MAX_EDITS) <= NAME_MAX_EDITS for p in ctx.company_distinctive):
            return False
    vocabulary = ctx.vocabulary
    if all(lw in vocabulary or lw in DEPARTMENT_WORDS or lw in _DATE_WORDS for lw in lowers):
        return False  # the session's own words (a tool, a former employer, a team), a department, a date
    if everyday_ok or (lowers[-1] in ORGANISATION_SUFFIXES and len(lowers) > 1):
        return True
    # a name is an organisation when a word of it is no everyday word (ordinary words name teams)
    return any(
        lw not in vocabulary and lw not in DEPARTMENT_WORDS and not _everyday(w, ctx) for w, lw in zip(words, lowers)
    )


_DATE_WORDS = frozenset(WEEKDAYS + MONTHS)


def _everyday(word: str, ctx: SessionContext) -> bool:
    if ctx.speller is not None:
        return ctx.speller.known(word)
    return normalise(word) in COMMON_WORDS


def other_company(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if not ctx.company:
        return None
    hits = []
    for section in BODY_SECTIONS:
        text = dctx.sections[section]
        if not text:
            continue
        found: dict[int, tuple[int, str]] = {}
        for m, everyday_ok in _slots(text, dctx.lower_set(section)):
            org = m.group("org").rstrip("'’")
            start = m.start("org")
            if _names_an_event(text, m.end("org")):
                continue
            trimmed = _LEADING_THE.sub("", org)
            start += len(org) - len(trimmed)
            org = strip_possessive(trimmed)
            if org and start not in found and _is_other_org(org, ctx, everyday_ok):
                found[start] = (start + len(org), org)
        hits += [
            Hit(section, (start, end), f"“{org}” with “{ctx.company}”") for start, (end, org) in sorted(found.items())
        ]
    return hits


# --------------------------------------------------------------------------- proof.capitalization

#: A lone lower-case "i" (with its contractions), not "i.e.", "(i)" or "i)" list markers, not in a word.
_LONE_I = re.compile(r"i(?<![\w'’.\-/@(]i)(?:['’](?:m|ve|d|ll))?(?![\w\-/@)]|\.\w)")
#: Characters next to a word that is part of a URL or an e-mail address.
_ADDRESS_MARKS = frozenset("./@:_+=?&#%~")
_LOWER_AFTER_END = re.compile(r"[.!?][\"'”’)\]]*[ \t]+[^\W\d_A-Z]")


def _maybe_lower_start(text: str) -> bool:
    """A quick test: a lower-case letter after a sentence's end or at a line's start (else no sentence can
    start in lower case, and the careful look is skipped)."""
    for line in text.split("\n"):
        head = line.lstrip()[:1]
        if head.isalpha() and not head.isupper():
            return True
    return _LOWER_AFTER_END.search(text) is not None
#: Where a sentence starts: after . ! ? and space (not after "..." or "…", which trail off), and the
#: start of a line that follows a finished line or a blank one.
_AFTER_END = re.compile(r"(?<![.…])[.!?][\"'”’)\]]*[ \t]+(?=[^\W\d_])")
#: A line that is a list item: it may start in lower case.
_BULLET = re.compile(r"^[ \t]*(?:[-*•–·]|\d+[.)]|[a-z][.)])[ \t]")
_CAP_SECTIONS = ("greeting", "gratitude", "interest", "clarification", "closing")


def _sentence_starts(text: str) -> list[int]:
    """Offsets where a sentence of `text` may start: after a sentence's end, and at the start of a line
    that opens the text, follows a blank line or follows a line that ended a sentence (list items and the
    lines under "as follows:" or "Dear ...," are left alone)."""
    starts = []
    for m in _AFTER_END.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].split()
        last = normalise(before[-1]).rstrip(".") if before else ""
        if text[m.start()] == "." and (last in ABBREVIATIONS or len(last) == 1 or "." in last):
            continue  # "e.g. the", "Dr. Rivera", "10 a.m. tomorrow": no new sentence
        starts.append(m.end())
    opens = True
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            opens = True
        else:
            if opens and not _BULLET.match(line):
                starts.append(offset + len(line) - len(line.lstrip()))
            opens = stripped.rstrip("\"'”’)]")[-1:] in (".", "!", "?")
        offset += len(line) + 1
    return sorted(set(starts))


def capitalization(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    hits: list[Hit] = []
    candidate = {p.lower(): p for p in WORD_RE.findall(ctx.candidate_name) if p[:1].isupper()}
    own = {n.lower(): n for n in (dctx.first, dctx.last) if n and n[:1].isupper()}
    for section in SECTIONS[1:]:
        text = dctx.sections[section]
        if not text.strip():
            continue
        skips: list[tuple[int, int]] | None = None

        def skipped(start: int) -> bool:
            nonlocal skips
            if skips is None:  # URLs and addresses, found only when something needs the answer
                skips = skip_spans(text) if ("@" in text or "." in text or "/" in text) else []
            return any(a <= start < b for a, b in skips)

        flagged: dict[int, Hit] = {}
        # names written in lower case: the candidate's anywhere; the interviewer's only when it is an
        # everyday word (proof.interviewer-name reports the others) and in the greeting
        lowers = dctx.lowers(section)
        names = candidate if section != "greeting" else {**candidate, **own}
        if not names.keys().isdisjoint(lowers):
            for word, start, end, lower in dctx.tokens(section):
                if lower not in names or word != lower:
                    continue
                touches = text[end : end + 1] + (text[start - 1] if start else "")
                if any(c in _ADDRESS_MARKS for c in touches) and skipped(start):
                    continue  # part of an address ("alex.kim@..."): only such words need the address search
                if lower in candidate and (section == "signoff" or not ctx.is_ordinary(word)):
                    flagged[start] = Hit(section, (start, end), word)
                elif lower in own and ctx.is_ordinary(word):
                    flagged[start] = Hit(section, (start, end), word)
        if section in _CAP_SECTIONS:
            for m in _LONE_I.finditer(text):
                if not skipped(m.start()):
                    flagged.setdefault(m.start(), Hit(section, m.span(), m.group()))
            if _maybe_lower_start(text):
                for at, m in _lower_sentence_starts(ctx, text):
                    if not skipped(at):
                        flagged.setdefault(at, Hit(section, m.span(), _sentence_head(text, at)))
        hits += [flagged[k] for k in sorted(flagged)]
    return hits


def _lower_sentence_starts(ctx: SessionContext, text: str) -> list[tuple[int, re.Match[str]]]:
    """The sentences of `text` that start with a lower-case word (not a lower-case name of the session's)."""
    out = []
    vocabulary = ctx.vocabulary
    for at in _sentence_starts(text):
        m = WORD_RE.match(text, at)
        if m is None:
            continue
        word = m.group()
        if not word[0].islower() or has_inner_capital(word) or any(c.isdigit() for c in word):
            continue
        if word in vocabulary and not _everyday(word, ctx):
            continue  # a name the session writes in lower case ("dbt") starts a sentence as it is
        out.append((at, m))
    return out


def _sentence_head(text: str, at: int) -> str:
    """The first few words of the sentence starting at `at` (for the message)."""
    words = WORD_RE.findall(text[at : at + 60])[:4]
    return " ".join(words)


# --------------------------------------------------------------------------- proof.grammar

_LOOK_FORWARD_BARE = re.compile(
    r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:(?:" + "|".join(BARE_VERBS_AFTER_TO) + r")\b(?!-)"
    r"|work\s+(?:" + "|".join(WORK_AFTER) + r")\b)",
    re.IGNORECASE,
)
_OF_FOR_HAVE = re.compile(r"\b(?:would|could|should|must|might)(?:n['’]t)?\s+of\b(?!\s+course)", re.IGNORECASE)
_INTERVIEW_ME = re.compile(r"\bthank(?:s|\s+you)\s+for\s+(?:the\s+|your\s+)?interview\s+me\b", re.IGNORECASE)
#: "a"/"an" and the word after it; starts with the letter itself (then looks back), so `re` skips ahead.
_ARTICLE = re.compile(r"([aA](?<![\w'’.\-/@][aA])n?)\s+([A-Za-z][\w'’\-]*)")
#: Each pattern runs only on a section holding one of its words.
_MODALS = ("would", "could", "should", "must", "might", "wouldn't", "couldn't", "shouldn't", "mustn't", "mightn't")
_GRAMMAR_PRECHECKS = (
    (_LOOK_FORWARD_BARE, frozenset({("forward", "to")})),
    (_OF_FOR_HAVE, frozenset((m, "of") for m in _MODALS)),
    (_INTERVIEW_ME, frozenset({("interview", "me")})),
)

#: The first words of those pairs.
_GRAMMAR_FIRST_WORDS = frozenset(first for _, needs in _GRAMMAR_PRECHECKS for first, _ in needs)


#: Words an article never stands before: "a" before them is a letter ("plan a or b").
_NOT_AFTER_ARTICLE = frozenset("and or is as at in on of if it am an are up us our out over into either".split())


def _opens_sentence(text: str, at: int) -> bool:
    """True when `at` starts the text, a line or a sentence (only spaces back to a line or sentence end)."""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?\n\"”’)"


def _article_slip(article: str, word: str) -> bool:
    """True when `article` ("a" or "an") is the wrong one before `word` (by its sound)."""
    if word.isupper() and len(word) > 1 or has_inner_capital(word) or any(c.isdigit() for c in word):
        return False  # acronyms are read either as letters (an MBA) or as words (a NASA): leave them
    if len(word) > 1 and word[1] in "-'’":
        return False  # "an X-ray", "a U-turn", "an A-level": read by the letter's name
    lower = word.lower()
    if len(lower) == 1:
        return False
    vowel_letter = lower[0] in "aeiou"
    if article == "a":
        if vowel_letter:
            return not lower.startswith(A_BEFORE_VOWEL_LETTER)
        return lower.startswith(AN_BEFORE_H)
    if vowel_letter:
        return lower.startswith(A_BEFORE_VOWEL_LETTER)
    return lower[0] != "h"  # "an historic" is an accepted older form; other consonants are slips


def grammar(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    hits = []
    for section in SECTIONS:
        text = dctx.sections[section]
        if not text:
            continue
        lowers = dctx.lowers(section)
        # each pattern needs one of its word pairs, and so the first word of one: pairs only then
        if _GRAMMAR_FIRST_WORDS.isdisjoint(lowers):
            patterns = []
        else:
            pairs = set(zip(lowers, lowers[1:]))
            patterns = [pattern for pattern, needs in _GRAMMAR_PRECHECKS if not needs.isdisjoint(pairs)]
        found = [(m.span(), m.group()) for pattern in patterns for m in pattern.finditer(text)]
        if "a" in lowers or "an" in lowers:
            for m in _ARTICLE.finditer(text):
                article, word = m.group(1), m.group(2)
                if article[0] == "A" and not _opens_sentence(text, m.start()):
                    continue  # "Plan A", "grade A": a capital A inside a sentence is no article
                if word.lower() in _NOT_AFTER_ARTICLE:
                    continue  # "option a or b": a letter, not an article
                if _article_slip(article.lower(), word):
                    found.append((m.span(), m.group()))
        hits += [Hit(section, span, words) for span, words in sorted(found)]
    return hits


RULES = (
    Rule("proof.spelling", "warning", WHOLE_DRAFT, "Spelling",
         "Fix the spelling mistakes.",
         "Typos suggest haste; add a correct word the dictionary lacks to your word list.", spelling,
         detail_message="Check the spelling of “{detail}”."),
    Rule("proof.interviewer-name", "error", WHOLE_DRAFT, "Interviewer's name spelt right",
         "Spell the interviewer's name exactly right.",
         "A misspelt name is the slip people notice first; copy it from their signature or profile.",
         interviewer_name, detail_message="“{detail}” looks like a misspelling of the interviewer's name."),
    Rule("proof.company-name", "error", WHOLE_DRAFT, "Company name spelt right",
         "Write the company's name exactly as it does.",
         "Getting the organisation's name wrong, capitals included, signals carelessness.", company_name,
         detail_message="“{detail}” looks like a misspelling of the company's name."),
    Rule("proof.other-company", "error", WHOLE_DRAFT, "The right company",
         "Name the company you interviewed with, not another one.",
         "Another organisation's name where theirs belongs shows the note was reused from another "
         "application.", other_company,
         detail_message="Replace {detail}: this note is for that company."),
    Rule("proof.capitalization", "warning", WHOLE_DRAFT, "Capital letters",
         "Capitalise names, “I” and the first word of each sentence.",
         "Lower-case names and sentences read as a hurried text message, not a considered note.",
         capitalization, detail_message="Capitalise “{detail}”."),
    Rule("proof.grammar", "warning", WHOLE_DRAFT, "Common slips",
         "Fix the grammar slip.",
         "A few slips are common in these notes: “look forward to hear” (hearing), “would of” (would have), "
         "“a hour” (an hour).", grammar, detail_message="Check the grammar of “{detail}”."),
    Rule("proof.wrong-person", "error", WHOLE_DRAFT, "The right person",
         "Address and thank only the person this email goes to.",
         "Another interviewer's name here is a copy-paste slip that shows the note was reused.", wrong_person,
         detail_message="Remove “{detail}”: this email goes to someone else."),
    Rule("proof.placeholder", "error", WHOLE_DRAFT, "No leftover placeholders",
         "Fill in or delete the leftover placeholder.",
         "A bracketed stand-in such as [Job Title] shows the note came from a template.", placeholder,
         detail_message="Replace the placeholder “{detail}”."),
    Rule("proof.repeated-word", "suggestion", WHOLE_DRAFT, "No doubled words",
         "Remove the doubled word.",
         "A word typed twice in a row is an easy slip to miss on a reread.", repeated_word,
         detail_message="Remove the doubled “{detail}”."),
    Rule("length.concise", "suggestion", WHOLE_DRAFT, "Concise",
         f"Keep the email between {BODY_MIN_WORDS} and {BODY_MAX_WORDS} words.",
         f"Long notes go unread and very short ones feel perfunctory; after a rejection stay under "
         f"{REJECTION_BODY_MAX_WORDS} words.", concise,
         detail_message="Adjust the length ({detail})."),
)
