"""The spelling dictionary: pyspellchecker loaded once, the session's own words, US/UK variants.

`Speller` is built once (in the app's worker, or once per `followup check`); rules and the editor
call `unknown`, `suggest` and `misspelled_spans`. The checker itself is never mutated after load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from core.phrases import ACRONYM_MAX_LETTERS, CONTRACTIONS, EXTRA_WORDS, ORDINARY_WORD_MIN_COUNT
from core.text import WORD_RE, email_spans, has_inner_capital, normalise, strip_possessive, url_spans, word_list

if TYPE_CHECKING:  # pragma: no cover
    from core.config import Config
    from core.model import Session

#: British -> American rewrites tried when a word is unknown (colour, organise, centre, programme ...).
_UK_TO_US: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"our(?=(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist|ists)?$)", "or"),  # colour, favourite
        (r"is(?=(e|es|ed|ing|er|ers|ation|ations|able)$)", "iz"),  # organise, organisation
        (r"ys(?=(e|es|ed|ing|er|ers)$)", "yz"),  # analyse, analysing
        (r"([^aeiou])re(?=(s|d)?$)", r"\1er"),  # centre, fibre, centred
        (r"ogue(?=(s)?$)", "og"),  # dialogue
        (r"mme(?=(s)?$)", "m"),  # programme
        (r"ence(?=(s)?$)", "ense"),  # defence, licence
        (r"ll(?=(ed|ing|er|ers|or|ors)$)", "l"),  # travelled, counselling
        (r"ellery$", "elry"),  # jewellery
        (r"lment(?=(s)?$)", "llment"),  # enrolment
        (r"(?<=[^l])l$", "ll"),  # fulfil
        (r"ae", "e"),  # paediatric, anaesthetic
        (r"oe", "e"),  # oesophagus, manoeuvre
        (r"eing$", "ing"),  # ageing
    )
)


def us_variants(word: str) -> set[str]:
    """American spellings a British-spelt lower-case `word` may correspond to (each rewrite, and all of them)."""
    variants: set[str] = set()
    combined = word
    for pattern, repl in _UK_TO_US:
        changed = pattern.sub(repl, word)
        if changed != word:
            variants.add(changed)
        combined = pattern.sub(repl, combined)
    if combined != word:
        variants.add(combined)
    return variants


@lru_cache(maxsize=32768)
def checkable(token: str) -> bool:
    """False for the tokens spelling skips: with digits, ALL-CAPS acronyms, inner capitals (GitHub)."""
    letters = token.replace("'", "").replace("’", "").replace("-", "")
    if not letters.isalpha():
        return False  # digits (v2, 2nd), underscores, combining marks
    if token.isupper() and len(letters) <= ACRONYM_MAX_LETTERS:
        return False
    if letters != token:
        # O'Brien and Mary-Jane are names with ordinary capitals, not inner ones
        return not any(has_inner_capital(p) for p in re.split(r"['’\-]", token))
    return not has_inner_capital(token)


def skip_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses, merged into sorted non-overlapping spans."""
    spans = sorted(url_spans(text) + email_spans(text))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def candidate_tokens(text: str) -> list[tuple[str, int, int]]:
    """Tokens of `text` that spelling looks at, with offsets (URLs, addresses and skips left out)."""
    skips = skip_spans(text) if ("@" in text or "." in text or "/" in text) else []
    out = []
    k = 0
    for m in WORD_RE.finditer(text):
        start, end = m.span()
        while k < len(skips) and skips[k][1] <= start:
            k += 1
        if k < len(skips) and skips[k][0] <= start:
            continue
        token = m.group()
        if checkable(token):
            out.append((token, start, end))
    return out


def session_vocabulary(session: "Session", config: "Config | None" = None) -> frozenset[str]:
    """Every word the session itself uses (names, company, role, topics ...) plus the user's words, lower-cased."""
    texts: list[str] = [session.candidate.name, session.interview.company, session.interview.role]
    texts += session.interview.requirements + session.interview.achievements + session.interview.concerns
    for person in session.interviewers:
        texts += [person.name, person.title]
        texts += person.topics
    if config is not None:
        texts += list(config.words)
    vocab: set[str] = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        for word in set(word_list(text)):
            vocab.add(word)
            vocab.add(normalise(strip_possessive(word)))
            if "-" in word:
                vocab.update(p for p in word.split("-") if p)
    return frozenset(vocab)


_KNOWN_CACHE_MAX = 50_000


class Speller:
    """pyspellchecker's English dictionary, loaded once (about 200 ms); read-only afterwards."""

    def __init__(self) -> None:
        from spellchecker import SpellChecker

        self._checker = SpellChecker(language="en", distance=1)
        self._frequency = self._checker.word_frequency
        #: Answers of `known`, memoised (the dictionary never changes after load).
        self._known: dict[str, bool] = {}

    # -- queries ---------------------------------------------------------------
    def known(self, word: str) -> bool:
        """True when the lower-cased `word` is an English word, in US or British spelling."""
        w = normalise(word)
        answer = self._known.get(w)
        if answer is None:
            if len(self._known) > _KNOWN_CACHE_MAX:
                self._known.clear()
            answer = self._known[w] = self._lookup(w)
        return answer

    def _lookup(self, w: str) -> bool:
        if w in self._frequency or w in CONTRACTIONS or w in EXTRA_WORDS:
            return True
        base = strip_possessive(w)
        if base != w and (base in self._frequency or base in EXTRA_WORDS):
            return True
        if "-" in base:
            parts = [p for p in base.split("-") if p]
            return bool(parts) and all(self.known(p) for p in parts)
        return any(v in self._frequency for v in us_variants(base))

    def count(self, word: str) -> int:
        """How often the dictionary saw `word` (0 when unknown)."""
        return self._frequency[normalise(word)] if normalise(word) in self._frequency else 0

    def is_ordinary(self, word: str) -> bool:
        """A common English word, never taken for a slip of a name ("to", "field")."""
        return self.count(word) >= ORDINARY_WORD_MIN_COUNT

    def unknown(self, words: Iterable[str], vocabulary: set[str] | frozenset[str]) -> set[str]:
        """The words (as given) that neither the dictionary nor `vocabulary` (lower-case) knows."""
        out: set[str] = set()
        cache = self._known
        for word in words:
            w = normalise(word)
            if w in vocabulary:
                continue
            answer = cache.get(w)
            if answer is None:
                answer = self.known(w)
            if answer:
                continue
            base = strip_possessive(w)
            if base in vocabulary:
                continue
            if "-" in w and all((not p) or p in vocabulary or self.known(p) for p in w.split("-")):
                continue
            out.add(word)
        return out

    def suggest(self, word: str) -> list[str]:
        """Corrections one edit away, most frequent first (fast: never the slow distance-2 search)."""
        w = normalise(word)
        if not w or len(w) > 40:
            return []
        candidates = self._checker.edit_distance_1(w)
        found = [c for c in candidates if c in self._frequency and c != w]
        found.sort(key=lambda c: (-self._frequency[c], c))
        return found[:8]


def misspelled_spans(
    text: str, session: "Session", config: "Config | None", speller: Speller | None
) -> list[tuple[int, int]]:
    """Character spans of the misspelled words in `text` (for the editor's underline)."""
    if speller is None or not text:
        return []
    vocab = session_vocabulary(session, config)
    tokens = candidate_tokens(text)
    bad = speller.unknown({t for t, _, _ in tokens}, vocab)
    return [(s, e) for t, s, e in tokens if t in bad]
