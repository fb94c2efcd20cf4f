"""Closing and sign-off rules: a look ahead without pressure, a formal sign-off, full name and contact.

Registered in `core.rules`. The look ahead, the pressure and the contact details are found wherever the
writer put them; the formal closing is the sign-off's first line (or the closing's last line, when the
sign-off holds only the name).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

from ..model import BODY_SECTIONS
from ..phrases import (
    CASUAL_SIGNOFFS,
    DATE_WORDS,
    FORMAL_SIGNOFF_HEADS,
    FORMAL_SIGNOFF_MODIFIERS,
    FORMAL_SIGNOFFS,
    INSISTENCE_PATTERNS,
    MONTHS,
    NEXT_STEP_PHRASES,
    NOT_URGENT,
    OFFER_MARKERS,
    PRESSURE_PATTERNS,
    PRESSURE_PHRASES,
    PRESSURE_REPEAT_TIMES,
    PRESSURE_REPEAT_VERBS,
    REPLY_WORDS,
    REQUEST_WORDS,
    RESTATED_TIMELINE,
    TIME_LIMITS,
    WEAK_TIME_LIMITS,
    WEEKDAYS,
)
from .base import DraftContext, Hit, Outcome, Rule, Sentence, SessionContext
from ..text import PHONE_RE, CaselessPattern, email_spans, phrase_pattern, squash

SECTION = "closing"
SIGNOFF = "signoff"
_NEXT = phrase_pattern(NEXT_STEP_PHRASES)
_PRESSURE = phrase_pattern(PRESSURE_PHRASES)
_DAYS = "|".join(re.escape(w) for w in sorted(WEEKDAYS + DATE_WORDS, key=len, reverse=True))
_MONTHS = "|".join(MONTHS)
#: A time limit: "by Friday", "by the 3rd of March", "within the next week", "no later than", "today" ...
_LIMIT = CaselessPattern(
    r"\bby\s+(?:(?:this|next|the)\s+)?(?:" + _DAYS + r")\b"
    r"|\bby\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:" + _MONTHS + r"))?\b"
    r"|\bby\s+(?:" + _MONTHS + r")\.?\s+\d{1,2}\b|\bby\s+\d{1,2}[/.]\d{1,2}\b"
    r"|\b(?:" + "|".join(TIME_LIMITS) + ")"
)
_WEAK_LIMIT = phrase_pattern(WEAK_TIME_LIMITS)
_REPLY = phrase_pattern(REPLY_WORDS)
_REQUEST = phrase_pattern(REQUEST_WORDS)
_OFFER = phrase_pattern(OFFER_MARKERS)
_RESTATED = phrase_pattern(RESTATED_TIMELINE)
#: Repeated contact: a time ("every morning", "until I hear") found first, then a contact verb before it in
#: the same sentence (the rarer part first: the verb alternation is slow to try at every position).
_REPEAT_TIME = CaselessPattern(r"\b(?:" + "|".join(PRESSURE_REPEAT_TIMES) + ")")
_REPEAT_VERB = CaselessPattern(
    r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in PRESSURE_REPEAT_VERBS) + r")\b"
)
#: Repeated contact presses only when it is aimed at them: the candidate's own future ("I will call", "you will
#: hear from me") or the contact verb's object ("email you", "ring your office"). "Writing reports every week"
#: describes work, not a chase.
_AT_THEM = CaselessPattern(
    r"\b(?:i(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|\s+plan\s+to|\s+intend\s+to)"
    r"|you(?:'ll|’ll|\s+will|\s+can\s+expect\s+to)\s+hear|hear\s+from\s+me|expect\s+(?:me|my\s+call)"
    r"|(?:call|ring|phone|email|e-mail|write\s+to|message|text|contact|chase|remind|nudge|ping|visit)(?:ing)?\s+"
    r"(?:you|your|the\s+(?:office|team|recruiter))\b)"
)
#: How far before the time its contact verb may stand.
_REPEAT_REACH = 60
_COLLECT = CaselessPattern("|".join(f"(?:{p})" for p in PRESSURE_PATTERNS))
_COLLECT_KEYS = ("decision", "answer", "outcome", "result", "verdict", "offer", "response", "news", "whether i",
                 "if i got")
_FORMAL = phrase_pattern(FORMAL_SIGNOFFS)
_FORMAL_BUILT = re.compile(
    r"(?:(?:" + "|".join(re.escape(m) for m in FORMAL_SIGNOFF_MODIFIERS) + r")[\s,]+)+"
    r"(?:" + "|".join(FORMAL_SIGNOFF_HEADS) + r")\b",
    re.IGNORECASE,
)
_CASUAL = phrase_pattern(CASUAL_SIGNOFFS)
#: Where the look ahead usually is, first (any section of the body counts).
_LOOK_AHEAD_ORDER = ("closing", "signoff", "interest", "gratitude", "clarification", "greeting")


def next_steps(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    if ctx.rejected or ctx.informational:
        return None
    if any(_NEXT.search(dctx.sections[s]) for s in _LOOK_AHEAD_ORDER):
        return []
    return [Hit(SECTION)]


#: Words one of which every repeated-contact time holds, and every time limit: a quick test on the
#: lower-cased text before the slower patterns run (most emails hold none).
_REPEAT_KEYS = ("every", "each ", "daily", "hourly", "twice", "until", "till ", "again and again", "non-stop",
                "nonstop", "as often", "times a")
_LIMIT_KEYS = ("by ", "within", "in the next", "no later", "before")
_WEAK_KEYS = tuple(squash(w) for w in WEAK_TIME_LIMITS)


def _sentence_at(sentences: list[Sentence], starts: list[int], at: int) -> Sentence | None:
    """The sentence holding offset `at` (`starts`: the sentences' start offsets, in order)."""
    i = bisect_right(starts, at) - 1
    return sentences[i] if i >= 0 and at < sentences[i].end else None


def _demands_an_answer(sentence: Sentence | None, weak: bool) -> bool:
    """A time limit is a demand in a sentence that asks for an answer (and, for a weak one such as "today",
    makes a request), unless it restates the interviewer's own timeline."""
    if sentence is None or _RESTATED.search(sentence.text) or not _REPLY.search(sentence.text):
        return False
    if _OFFER.search(sentence.text):
        return False  # an offer with a time in it is the candidate's own timing
    return not weak or bool(_REQUEST.search(sentence.text))


def _repeated_contact(text: str) -> list[tuple[int, int]]:
    """Spans of "I will call ... every morning" / "... until I hear back": a contact verb, then how often."""
    out = []
    for at, end in _REPEAT_TIME.spans(text):
        start = max(0, at - _REPEAT_REACH)
        window = text[start:at]
        cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"))
        if cut >= 0:
            window, start = window[cut + 1 :], start + cut + 1
        verb = _REPEAT_VERB.search_span(window)
        if verb and _AT_THEM.search_span(window):
            out.append((start + verb[0], end))
    return out


def _has_key(lower: str, keys: tuple[str, ...]) -> bool:
    """Any of `keys` in lower-cased text: a substring search per key (C's fast search beats one regex
    alternation stepping through every position of the text)."""
    return any(map(lower.__contains__, keys))


def _pressure_in(dctx: DraftContext, section: str, phrases: bool, keys: tuple[bool, bool, bool, bool]) -> list[Hit]:
    """The pressing wordings of one section; `phrases` and `keys` say what the whole body may hold."""
    text = dctx.sections[section]
    lower = squash(text)  # lower case, one space between words: a key split over two lines still counts
    repeat, collect, limit, weak_limit = keys
    found = [m.span() for m in _PRESSURE.finditer(text)] if phrases else []
    if repeat and _has_key(lower, _REPEAT_KEYS):
        found += _repeated_contact(text)
    if collect and _has_key(lower, _COLLECT_KEYS):
        found += _COLLECT.spans(text)
    limits = []
    if limit and _has_key(lower, _LIMIT_KEYS):
        limits += [(span, False) for span in _LIMIT.spans(text)]
    if weak_limit and _has_key(lower, _WEAK_KEYS):
        limits += [(m.span(), True) for m in _WEAK_LIMIT.finditer(text)]
    if limits:
        sentences = list(dctx.section_sentences(section))
        starts = [sentence.start for sentence in sentences]
        verdicts: dict[tuple[int, bool], bool] = {}  # a sentence with many time limits is judged once
        for span, weak in limits:
            sentence = _sentence_at(sentences, starts, span[0])
            key = (sentence.start if sentence else -1, weak)
            if key not in verdicts:
                verdicts[key] = _demands_an_answer(sentence, weak)
            if verdicts[key]:
                found.append(span)
    hits = []
    end = -1
    for a, b in sorted(found):
        if a >= end:  # overlapping wordings of one demand: one finding
            hits.append(Hit(section, (a, b), text[a:b]))
            end = b
    return hits


#: Insistence in any wording (INSISTENCE_PATTERNS): each wording with the words one of which it needs.
_INSIST_NEEDS = tuple(frozenset(words.split()) for words, _ in INSISTENCE_PATTERNS)


@functools.cache
def _insist_pattern(i: int) -> CaselessPattern:
    """The i-th insisting wording, compiled on first use (most emails never need it)."""
    return CaselessPattern(INSISTENCE_PATTERNS[i][1])


@functools.cache
def _calm() -> CaselessPattern:
    return CaselessPattern(NOT_URGENT)


def _insistence(dctx: DraftContext, wanted: list[int], found: list[Hit]) -> list[Hit]:
    """One hit per sentence holding an insisting wording (of `wanted`), unless another wording already found
    it, or the sentence offers something, restates their timeline or says there is no hurry."""
    hits = []
    for section in BODY_SECTIONS:
        words = dctx.lowers(section)
        here = [i for i in wanted if not _INSIST_NEEDS[i].isdisjoint(words)]
        if not here:
            continue
        taken = [h.span for h in found if h.section == section and h.span]
        for sentence in dctx.section_sentences(section):
            if any(a < sentence.end and b > sentence.start for a, b in taken):
                continue
            text = sentence.text
            spans = [span for span in (_insist_pattern(i).search_span(text) for i in here) if span is not None]
            if not spans or _RESTATED.search(text) or _OFFER.search(text) or _calm().search_span(text):
                continue
            a, b = min(spans)
            hits.append(Hit(section, (sentence.start + a, sentence.start + b), text[a:b]))
    return hits


def no_pressure(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    # one look at the whole body first: most emails hold no pressing phrase and few of the key words
    lower = squash(dctx.body)
    phrases = any(literal in lower for literal in _PRESSURE.candidates(dctx.body_words))
    keys = tuple(_has_key(lower, k) for k in (_REPEAT_KEYS, _COLLECT_KEYS, _LIMIT_KEYS, _WEAK_KEYS))
    insist = [i for i, needs in enumerate(_INSIST_NEEDS) if not needs.isdisjoint(dctx.body_words)]
    if not phrases and not any(keys) and not insist:
        return []
    hits: list[Hit] = []
    for section in BODY_SECTIONS:
        if dctx.sections[section].strip():
            hits += _pressure_in(dctx, section, phrases, keys)
    if insist:
        hits += _insistence(dctx, insist, hits)
    return hits


def _lines(text: str) -> list[tuple[str, int]]:
    """The non-blank lines of `text`, stripped, with the offset of each one's first character."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((line.strip(), offset + (len(line) - len(line.lstrip()))))
        offset += len(line)
    return out


def _formal_match(line: str) -> re.Match[str] | None:
    return _FORMAL.match(line) or _FORMAL_BUILT.match(line)


def formal(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    lines = _lines(dctx.sections[SIGNOFF])
    body, offset = lines[0] if lines else ("", 0)
    span = (offset, offset + len(body)) if body else None
    formal_match = _formal_match(body)
    if not formal_match:
        # the closing line may end the closing box, with only the name in the sign-off box
        closing_lines = _lines(dctx.sections[SECTION])
        if closing_lines and len(closing_lines[-1][0]) <= 40 and _formal_match(closing_lines[-1][0]):
            return []
    casual = _CASUAL.match(body)
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
    for section in (SIGNOFF, SECTION) + BODY_SECTIONS:
        text = dctx.sections[section]
        if ("@" in text and email_spans(text)) or PHONE_RE.search(text):
            return []
    return [Hit(SIGNOFF)]


RULES = (
    Rule("closing.next-steps", "warning", SECTION, "A look ahead",
         "Close by looking forward to the next steps.",
         "A calm line about hearing back, the process or your own follow-up ends the note on momentum.",
         next_steps),
    Rule("closing.no-pressure", "error", SECTION, "No pressure",
         "Remove the demand for a reply or a date.",
         "Pressing for an answer, a date or a decision, or promising to chase them, sounds impatient and can "
         "undo the note; restating the timeline they gave you is fine.", no_pressure,
         detail_message="Remove “{detail}”: it presses for an answer."),
    Rule("signoff.formal", "warning", SIGNOFF, "Formal sign-off",
         "Start the sign-off with a formal closing such as 'Best regards'.",
         "A professional closing line (Sincerely, Kind regards, Yours sincerely) matches the tone of the note; "
         "casual ones undercut it.",
         formal, detail_message="Replace “{detail}” with a formal closing such as 'Best regards'."),
    Rule("signoff.full-name", "error", SIGNOFF, "Your full name",
         "Sign with your full name.",
         "Your full name under the closing tells them exactly who wrote, even when the note is forwarded.",
         full_name),
    Rule("signoff.contact", "warning", SIGNOFF, "Contact details",
         "Add your email address or phone number under your name.",
         "Make replying or calling you one step, wherever the note ends up.", contact),
)
