"""What a rule is (`Rule`, `Hit`) and what it reads (`SessionContext`, `DraftContext`, built once per run).

Used by every module in `core.rules`; the registry and `run_rules` live in `core.rules.__init__`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from ..findings import WHOLE_DRAFT
from ..model import BODY_SECTIONS, SECTIONS, Draft, Interviewer, Session
from ..phrases import (
    ABBREVIATIONS,
    COMMON_WORDS,
    COMPANY_MAX_WORDS,
    DETAIL_MAX_CHARS,
    SIMILARITY_MAX_WORDS,
    SIMILARITY_MIN_WORDS,
    STOPWORDS,
    TOPIC_MATCH_SHARE,
)
from ..text import (
    WORD_RE,
    blank_out,
    content_stems,
    email_spans,
    fold,
    lowering_keeps_words,
    name_parts,
    normalise,
    stem,
    strip_possessive,
    url_spans,
    word_list,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config
    from ..spelling import Speller


@dataclass(frozen=True)
class Hit:
    """One place a rule found a problem: the section, the span inside it, and optional details."""

    section: str = WHOLE_DRAFT
    span: tuple[int, int] | None = None
    #: Words put into the message template ({detail}); empty for a fixed message.
    detail: str = ""
    #: Overrides the rule's severity (timing.deadline becomes an error once past).
    severity: str | None = None


#: What a check returns: None = the rule does not apply; [] = it passes; hits = it fails.
Outcome = list[Hit] | None
Check = Callable[["SessionContext", "DraftContext"], Outcome]


@dataclass(frozen=True)
class Rule:
    """One check of the guidance: a public dotted ID, severity, section, and our own words."""

    id: str
    severity: str
    section: str
    title: str
    message: str
    hint: str
    check: Check = field(repr=False, compare=False)
    #: The message when the hit carries a detail (e.g. the misspelled word): uses {detail}.
    detail_message: str = ""

    def render(self, hit: Hit) -> str:
        if hit.detail and self.detail_message:
            detail = " ".join(hit.detail.split())
            if len(detail) > DETAIL_MAX_CHARS:
                detail = detail[: DETAIL_MAX_CHARS - 1].rstrip() + "…"
            return self.detail_message.format(detail=detail) if detail else self.message
        return self.message


@dataclass(frozen=True, eq=False)
class Topic:
    """A topic, requirement or achievement prepared for matching: its text and content stems.

    Compared by identity (each is built once per run): hashing stays cheap in the roster's set work.
    """

    owner: int  # interviewer index, or -1 for interview-wide items
    text: str
    stems: frozenset[str]

    @property
    def needed(self) -> int:
        share = int(len(self.stems) * TOPIC_MATCH_SHARE + 0.999)
        return max(1, share)

    def referenced_by(self, stems: frozenset[str]) -> bool:
        return bool(self.stems) and len(self.stems & stems) >= self.needed


def prepare_topics(items: list[str], owner: int) -> tuple[Topic, ...]:
    return _prepared_topics(tuple(item for item in items if isinstance(item, str)), owner)


@lru_cache(maxsize=256)
def _prepared_topics(items: tuple[str, ...], owner: int) -> tuple[Topic, ...]:
    """`prepare_topics`, kept for the next run: a session's topics rarely change between two scorings (the
    same items and owner give the same Topic objects, so within a run each is still one object)."""
    out = []
    for item in items:
        stems = content_stems(item.replace("-", " "))  # parts of compounds: matched against split words
        if stems:
            out.append(Topic(owner, item, stems))
    return tuple(out)


class SessionContext:
    """What every rule needs about the session, computed once per `run_rules` call."""

    def __init__(
        self,
        session: Session,
        now: datetime,
        config: "Config | None",
        speller: "Speller | None",
        *,
        reuse: "dict[int, DraftContext] | None" = None,
        scored: tuple[int, ...] | None = None,
        memo: dict[tuple[str, str, str], bool] | None = None,
        codes: "dict[str, str] | None" = None,
    ) -> None:
        """`reuse`, `scored`, `memo` and `codes` serve `RulesCache.draft`: draft contexts, word verdicts and
        word codes kept from an earlier run whose session-level inputs were the same; the drafts scored."""
        self.session = session
        self.now = now
        self.config = config
        self.speller = speller
        self.scenario = session.scenario
        self.rejected = self.scenario == "rejection"
        #: An informational interview: no role on offer, so the rules about one do not apply (RULES.md).
        self.informational = session.interview.kind == "informational"
        self.count = len(session.interviewers)
        self.candidate_name = " ".join(session.candidate.name.split())
        self.company = " ".join(session.interview.company.split())
        self.role = " ".join(session.interview.role.split())
        self.names = tuple(name_parts(p.name) for p in session.interviewers)
        self.topics = tuple(prepare_topics(p.topics, i) for i, p in enumerate(session.interviewers))
        self.requirements = prepare_topics(session.interview.requirements, -1)
        self.achievements = prepare_topics(session.interview.achievements, -1)
        self._drafts: dict[int, DraftContext] = dict(reuse) if reuse else {}
        #: The drafts this run scores (all by default): only their words go to the dictionary.
        self.scored: tuple[int, ...] = tuple(range(self.count)) if scored is None else scored
        #: Verdicts about single words (is "Rivers" a slip of "Rivera"?), shared by every draft.
        self.memo: dict[tuple[str, str, str], bool] = {} if memo is None else memo
        #: Word -> the character standing for it (roster.too-similar); kept between runs by RulesCache.draft.
        self.codes: dict[str, str] = _Codes() if codes is None else codes
        #: Per draft worked out so far: the drafts too similar to it (roster.too-similar compares a pair once).
        self.similar: dict[int, frozenset[int]] = {}

    def draft(self, index: int) -> "DraftContext":
        ctx = self._drafts.get(index)
        if ctx is None:
            ctx = self._drafts[index] = DraftContext(self, index)
        return ctx

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        from ..spelling import session_vocabulary

        return session_vocabulary(self.session, self.config)

    @cached_property
    def misspelled(self) -> frozenset[str]:
        """The words of any scored draft (as `DraftContext.spelling_words`) the dictionary does not know: one
        `Speller.unknown` call for the whole run."""
        if self.speller is None:
            return frozenset()
        from ..spelling import checkable

        words = set().union(*(self.draft(i).spelling_words for i in self.scored))
        # `unknown` judges each word alone: the few it gives are filtered, not the many asked
        return frozenset(w for w in self.speller.unknown(words, self.vocabulary) if checkable(w))

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Lower-case words of every person's name, the company and the role (shouting and slips skip them)."""
        return words_of((self.candidate_name, self.company, self.role, *(p.name for p in self.session.interviewers)))

    @cached_property
    def company_parts(self) -> tuple[str, ...]:
        """The company's words, possessives dropped ("St Mary's Hospital" -> St, Mary, Hospital)."""
        return tuple(strip_possessive(m.group()) for m in WORD_RE.finditer(self.company))

    @cached_property
    def company_distinctive(self) -> tuple[str, ...]:
        """Company words worth checking alone for slips: not everyday words, at most a few."""
        seen = dict.fromkeys(p for p in self.company_parts if len(p) >= 3 and not self.is_ordinary(p))
        return tuple(seen)[:COMPANY_MAX_WORDS]

    def is_ordinary(self, word: str) -> bool:
        """An everyday English word, never a slip of a name."""
        w = normalise(word)
        if w in COMMON_WORDS:
            return True
        return self.speller is not None and self.speller.is_ordinary(w)

    @cached_property
    def referenced_topics(self) -> tuple[frozenset[Topic], ...]:
        """Per draft: the roster topics (anyone's) its body references."""
        # topics with the same stems match the same drafts: judge each distinct stem set once, and only
        # against drafts sharing at least one of its stems (an index from stem to stem sets)
        groups: dict[frozenset[str], list[Topic]] = {}
        for topics in self.topics:
            for t in topics:
                groups.setdefault(t.stems, []).append(t)
        by_stem: dict[str, list[frozenset[str]]] = {}
        needed: dict[frozenset[str], int] = {}
        for stems, members in groups.items():
            needed[stems] = members[0].needed
            for s in stems:
                by_stem.setdefault(s, []).append(stems)
        out = []
        for i in range(self.count):
            body = self.draft(i).body_stems
            candidates = {key for s in body if s in by_stem for key in by_stem[s]}
            out.append(frozenset(
                t for key in candidates if len(key & body) >= needed[key] for t in groups[key]
            ))
        return tuple(out)

    @cached_property
    def topic_holders(self) -> dict[Topic, frozenset[int]]:
        """Per topic: the drafts (indices) with a body that reference it (roster.distinct-detail)."""
        holders: dict[Topic, set[int]] = {}
        for i, topics in enumerate(self.referenced_topics):
            if not self.draft(i).body_blank:
                for t in topics:
                    holders.setdefault(t, set()).add(i)
        shared: dict[frozenset[int], frozenset[int]] = {}  # equal sets as one object: cheap to compare later
        return {t: shared.setdefault(frozenset(h), frozenset(h)) for t, h in holders.items()}

    @cached_property
    def name_folds(self) -> dict[str, str]:
        """Every interviewer's first and last name, folded -> as written (the last one written wins)."""
        out: dict[str, str] = {}
        for first, last in self.names:
            for n in (first, last):
                if n:
                    out[fold(n)] = n
        return out

    @cached_property
    def name_lowers(self) -> dict[str, frozenset[str]]:
        """Lower-cased spelling or folded form of a name -> the folded names it stands for (wrong-person)."""
        out: dict[str, set[str]] = {}
        for f, n in self.name_folds.items():
            out.setdefault(n.lower(), set()).add(f)
            out.setdefault(f, set()).add(f)
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def name_owners(self) -> dict[str, tuple[int, ...]]:
        """Folded first or last name -> the interviewers (indices, in order) who have it."""
        out: dict[str, list[int]] = {}
        for i, (first, last) in enumerate(self.names):
            for f in {fold(first), fold(last)} - {""}:
                out.setdefault(f, []).append(i)
        return {f: tuple(owners) for f, owners in out.items()}

    @cached_property
    def blanked_tokens(self) -> tuple[str, ...]:
        """Per draft: its words, names blanked out, one character per distinct word (roster.too-similar)."""
        names = set()
        for first, last in self.names:
            for n in (first, last):
                if n:
                    names.update({normalise(n), fold(n)})
        names.discard("")
        ordered = tuple(sorted(names, key=len, reverse=True))
        codes = self.codes
        out = []
        for i in range(self.count):
            d = self.draft(i)
            # kept on the draft context: a reused one (RulesCache.draft) has them already, coded alike
            if d.similarity_codes is None or d.coded_with is not codes:
                words = d.similarity_words
                if words is None:
                    text = normalise("\n".join(d.sections[s] for s in SIMILARITY_SECTIONS))
                    # only the names written somewhere in the text can match: a pattern of those alone
                    present = tuple(n for n in ordered if n in text)
                    blanked, dropped = _name_blanker(present).subn(" ", text) if present else (text, 0)
                    if not dropped:
                        # no name dropped out: the words are those of each section, already found (`lowers`)
                        words = [w for s in SIMILARITY_SECTIONS for w in d.lowers(s)]
                    else:
                        words = WORD_RE.findall(blanked)  # names drop out of the comparison
                    d.similarity_words = words
                d.similarity_codes, d.coded_with = "".join(map(codes.__getitem__, words)), codes
            out.append(d.similarity_codes)
        return tuple(out)


    @cached_property
    def comparable_tokens(self) -> list[str | None]:
        """`blanked_tokens` cut to their first SIMILARITY_MAX_WORDS words, with None for drafts too short to
        compare (roster.too-similar)."""
        return [t[:SIMILARITY_MAX_WORDS] if len(t) >= SIMILARITY_MIN_WORDS else None for t in self.blanked_tokens]


@lru_cache(maxsize=128)
def _name_blanker(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `names` (longest first) as a whole word, with a possessive: what `blanked_tokens` blanks out."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?:'s|')?(?!\w)")


@lru_cache(maxsize=128)
def words_of(texts: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased words of `texts`, kept for the next run (a session's names and its starters'
    variables rarely change between two scorings)."""
    return frozenset(w for t in texts for w in word_list(t))


@lru_cache(maxsize=4096)
def _line_tokens(line: str) -> tuple[tuple[str, int, int, str], ...]:
    """`DraftContext.tokens` of one line (offsets within it), kept for the next run: most lines of a draft
    are the same from one keystroke to the next."""
    out = []
    forms: dict[str, tuple[str, int, str]] = {}  # each distinct word prepared once (long texts repeat)
    for m in WORD_RE.finditer(line):
        raw = m.group()
        form = forms.get(raw)
        if form is None:
            word = raw
            if len(word) > 2 and (word[-1] in "'’" or word[-2] in "'’"):  # possessive?
                word = strip_possessive(word)
            lower = word.lower()
            if "’" in lower or "‘" in lower or "`" in lower:
                lower = normalise(lower)
            form = forms[raw] = (word, len(word), lower)
        start = m.start()
        out.append((form[0], start, start + form[1], form[2]))
    return tuple(out)


class _Codes(dict):
    """Word -> a character standing for it, handed out in order of first sight."""

    def __missing__(self, word: str) -> str:
        code = self[word] = _code_point(len(self))
        return code


def _code_point(n: int) -> str:
    """A character standing for the n-th distinct word (above the BMP, so never a surrogate)."""
    return chr(0x10000 + n % 0x100000)


#: Sections compared by roster.too-similar (greeting and sign-off are alike by design).
SIMILARITY_SECTIONS = ("gratitude", "interest", "clarification", "closing")


class DraftContext:
    """One draft's texts and derived words, each computed once, on first use, and shared by every rule."""

    def __init__(self, ctx: SessionContext, index: int) -> None:
        self.index = index
        self.interviewer: Interviewer = ctx.session.interviewers[index]
        self.draft: Draft = self.interviewer.draft
        self.sections: dict[str, str] = {s: _text(self.draft, s) for s in SECTIONS}
        self.first, self.last = ctx.names[index]
        #: The similarity sections' words with every interviewer's name blanked (set by `blanked_tokens`).
        self.similarity_words: list[str] | None = None
        #: Those words as one character each, and the code table used (set by `blanked_tokens`).
        self.similarity_codes: str | None = None
        self.coded_with: dict[str, str] | None = None

    def tokens(self, section: str) -> tuple[tuple[str, int, int, str], ...]:
        """The words of one section: (word without possessive, start, end, lower-cased form).

        Line by line (no word spans a line break), each line's words kept by `_line_tokens`: a keystroke
        tokenises the one line it changed, not the whole section."""
        return _section_tokens(self.sections[section])

    def raw_words(self, section: str) -> tuple[str, ...]:
        """The words of one section as written (`WORD_RE.findall`): the one scan the other word lists share."""
        return _raw_words(self.sections[section])

    def lowers(self, section: str) -> tuple[str, ...]:
        """The lower-cased words of one section (possessives kept; fast: no offsets): the words of the
        normalised text, which are the normalised words when normalising keeps every word's bounds."""
        return _lowers(self.sections[section])

    def lower_set(self, section: str) -> frozenset[str]:
        """The distinct `lowers` of one section (several rules ask which words a section holds)."""
        return _lower_set(self.sections[section])

    @cached_property
    def unique_words(self) -> frozenset[tuple[str, str]]:
        """Every distinct (word without possessive, its lower-cased form) of the draft (sections are joined by
        newlines: no word spans two, so these are the words of `text`)."""
        return frozenset().union(*(_unique_words(self.sections[s]) for s in SECTIONS))

    @cached_property
    def spelling_words(self) -> frozenset[str]:
        """Distinct words of the draft outside URLs and addresses, possessives dropped (proof.spelling).

        Section by section (no address or URL spans a line break): only a section holding one is scanned
        again, with it blanked out; the others' words are the ones already found."""
        return frozenset().union(*(_spelling_words(self.sections[s]) for s in SECTIONS))

    def section_stems(self, section: str) -> frozenset[str]:
        return _section_stems(self.sections[section])

    def section_sentences(self, section: str) -> tuple["Sentence", ...]:
        """The sentences of one section, each with its span there (split on first use, then kept)."""
        return _section_sentences(section, self.sections[section])

    @property
    def sentences(self) -> tuple["Sentence", ...]:
        """The sentences of the body (greeting to sign-off), each with its section and span: what the presence
        rules read, wherever in the email the writer put the element."""
        return self.sentences_from(BODY_SECTIONS)

    def sentences_from(self, sections: tuple[str, ...]):
        """The body's sentences, section by section in the order given (a rule that stops at the first match
        looks where the element usually is first, and splits the other sections only when it must)."""
        for section in sections:
            yield from self.section_sentences(section)

    @cached_property
    def text(self) -> str:
        """Every section joined by newlines (quick whole-draft searches)."""
        return "\n".join(self.sections[s] for s in SECTIONS)

    @cached_property
    def body(self) -> str:
        return "\n".join(self.sections[s] for s in BODY_SECTIONS)

    @cached_property
    def body_blank(self) -> bool:
        return not self.body.strip()

    @cached_property
    def body_stems(self) -> frozenset[str]:
        return self.stems(*BODY_SECTIONS)

    @cached_property
    def body_words(self) -> frozenset[str]:
        """The distinct lower-cased words of the body (as `lowers`): which phrases it may hold."""
        return frozenset().union(*(self.lowers(s) for s in BODY_SECTIONS))

    @cached_property
    def body_word_count(self) -> int:
        return sum(len(self.lowers(s)) for s in BODY_SECTIONS)

    def stems(self, *sections: str) -> frozenset[str]:
        return frozenset().union(*(self.section_stems(s) for s in sections))


# Per section text, kept for the next run as `_line_tokens` is (a keystroke changes one section of one
# draft; the others read the same words again). Tuples and frozensets: shared, never changed.

@lru_cache(maxsize=1024)
def _section_tokens(text: str) -> tuple[tuple[str, int, int, str], ...]:
    """`DraftContext.tokens` of one section text: its lines' words (`_line_tokens`) at their offsets there."""
    if "\n" not in text:
        return _line_tokens(text)
    out: list[tuple[str, int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        words = _line_tokens(line)
        if offset == 0:
            out += words
        elif words:
            out += [(w, start + offset, end + offset, lower) for w, start, end, lower in words]
        offset += len(line) + 1
    return tuple(out)


@lru_cache(maxsize=1024)
def _raw_words(text: str) -> tuple[str, ...]:
    """`DraftContext.raw_words` of one section text."""
    return tuple(WORD_RE.findall(text))


@lru_cache(maxsize=1024)
def _lowers(text: str) -> tuple[str, ...]:
    """`DraftContext.lowers` of one section text."""
    if lowering_keeps_words(text):
        raw = _raw_words(text)
        return tuple(normalise("\n".join(raw)).split("\n")) if raw else ()
    return tuple(WORD_RE.findall(normalise(text)))


@lru_cache(maxsize=1024)
def _lower_set(text: str) -> frozenset[str]:
    """`DraftContext.lower_set` of one section text."""
    return frozenset(_lowers(text))


@lru_cache(maxsize=1024)
def _section_stems(text: str) -> frozenset[str]:
    """`DraftContext.section_stems` of one section text."""
    return _stems_of(_lowers(text))


@lru_cache(maxsize=1024)
def _unique_words(text: str) -> frozenset[tuple[str, str]]:
    """Every distinct (word without possessive, its lower-cased form) of one section text."""
    words = _without_possessives(set(_raw_words(text)))
    if not words:
        return frozenset()
    # one normalise over the words joined by newlines (no word holds one): the same as word by word
    return frozenset(zip(words, normalise("\n".join(words)).split("\n")))


@lru_cache(maxsize=1024)
def _spelling_words(text: str) -> frozenset[str]:
    """The distinct words of one section text outside URLs and addresses, possessives dropped (no address
    or URL spans a line break: a section without one gives its words as already found)."""
    kept = without_addresses(text)
    words = set(_raw_words(text) if kept is text else WORD_RE.findall(kept))
    return frozenset(_without_possessives(words))


def _without_possessives(words) -> list[str]:
    """`words` with possessives dropped ("Dana's" -> "Dana"); only a word holding an apostrophe is looked at."""
    return [strip_possessive(w) if ("'" in w or "’" in w) else w for w in words]


@lru_cache(maxsize=1024)
def _section_sentences(section: str, text: str) -> tuple["Sentence", ...]:
    """`DraftContext.section_sentences` of one section text (each sentence keeps its words once found)."""
    if not text.strip():
        return ()
    return tuple(Sentence(section, start, end, text[start:end]) for start, end in sentence_spans(text))


def _stems_of(lowers) -> frozenset[str]:
    """Content stems of lower-cased words; a hyphenated word gives its parts' stems as well."""
    return frozenset().union(*map(_word_stems, set(lowers)))


@lru_cache(maxsize=16384)
def _word_stems(lower: str) -> tuple[str, ...]:
    """The stems one lower-cased word contributes (none for a stopword or a number), kept between calls."""
    if len(lower) <= 1 or lower in STOPWORDS or lower.isdigit():
        return ()
    out = [stem(lower)]
    if "-" in lower:
        out += [stem(part) for part in lower.split("-") if len(part) > 1 and part not in STOPWORDS and not part.isdigit()]
    return tuple(out)


#: Where a sentence may end: final punctuation before a space, or a blank line.
_SENTENCE_BREAK = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n[ \t]*\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, whitespace trimmed; "e.g." or "Dr." does not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.group().startswith("."):
            before = text[start : m.start()].split()
            last = normalise(before[-1]).rstrip(".") if before else ""
            if last in ABBREVIATIONS or len(last) == 1:
                continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        piece = text[a:b]
        if WORD_RE.search(piece):
            lead = len(piece) - len(piece.lstrip())
            out.append((a + lead, a + len(piece.rstrip())))
    return out


class Sentence:
    """One sentence of a draft: its section, its span in that section, and its words (computed once)."""

    __slots__ = ("section", "start", "end", "text", "_words", "_flat", "_stems")

    def __init__(self, section: str, start: int, end: int, text: str) -> None:
        self.section, self.start, self.end, self.text = section, start, end, text
        self._words: list[str] | None = None
        self._flat: str | None = None
        self._stems: frozenset[str] | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def words(self) -> list[str]:
        """Lower-cased words, straight apostrophes."""
        if self._words is None:
            self._words = word_list(self.text)
        return self._words

    @property
    def flat(self) -> str:
        """The words joined by single spaces, with a space at each end: `" " + phrase + " " in flat` finds
        a phrase on word boundaries."""
        if self._flat is None:
            self._flat = " " + " ".join(self.words) + " "
        return self._flat

    def has_phrase(self, phrases) -> bool:
        flat = self.flat
        return any(f" {p} " in flat for p in phrases)

    @property
    def stems(self) -> frozenset[str]:
        if self._stems is None:
            self._stems = _stems_of(self.words)
        return self._stems


_TLD = re.compile(r"\.(?:com|org|net|io|dev|co|uk|edu|gov)\b", re.IGNORECASE)


def without_addresses(text: str) -> str:
    """`text` with URLs and e-mail addresses blanked out (spelling skips them)."""
    if "@" in text:
        text = blank_out(text, email_spans(text))
    if "://" in text or "www." in text or _TLD.search(text):
        text = blank_out(text, url_spans(text))
    return text


def _text(draft: Draft, section: str) -> str:
    value = getattr(draft, section, "")
    return value if isinstance(value, str) else ""


def find_all(pattern: re.Pattern[str], text: str, section: str, detail: bool = False) -> list[Hit]:
    """A hit per match of `pattern` in `text` (the matched words as detail when asked)."""
    return [Hit(section, m.span(), m.group() if detail else "") for m in pattern.finditer(text)]
