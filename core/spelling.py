"""The spelling dictionary: pyspellchecker's English words (compact, optionally cached), session words, US/UK variants.

`Speller` is built once (in the app's worker, or once per `followup check`); rules and the editor
call `unknown`, `known` and `misspelled_spans`. The dictionary is never mutated after load.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from .phrases import ACRONYM_MAX_LETTERS, CONTRACTIONS, EXTRA_WORDS, ORDINARY_WORD_MIN_COUNT
from .text import WORD_RE, email_spans, has_inner_capital, normalise, strip_possessive, url_spans, word_list

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from .config import Config
    from .model import Session

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
    return _vocabulary_of(tuple(t for t in texts if isinstance(t, str)))


@lru_cache(maxsize=64)
def _vocabulary_of(texts: tuple[str, ...]) -> frozenset[str]:
    """`session_vocabulary` of these texts, kept for the next run: a session's facts rarely change between
    two scorings (a pure memo of a pure function)."""
    vocab: set[str] = set()
    for text in texts:
        for word in set(word_list(text)):
            vocab.add(word)
            vocab.add(normalise(strip_possessive(word)))
            if "-" in word:
                vocab.update(p for p in word.split("-") if p)
    return frozenset(vocab)


_KNOWN_CACHE_MAX = 50_000

#: How many leading letters pick a word's bucket (about 4,000 buckets of a few hundred bytes for English).
_PREFIX = 3
#: The counts' machine type (64-bit signed) and its range; a count outside it is kept aside exactly.
_COUNT_TYPE = "q"
_COUNT_MIN, _COUNT_MAX = -(2**63), 2**63 - 1
#: Bumped whenever the cache file's layout changes (an old file is then rebuilt, never misread).
CACHE_FORMAT = 4
_MAGIC = b"followup-words"


class WordCounts:
    """pyspellchecker's word counts, compact: the words in one string per three-letter prefix, the counts
    in one array of machine integers.

    Answers exactly as pyspellchecker's `WordFrequency` does (keys lower-cased on lookup) in about a sixth
    of its memory; a lookup is one substring search in a bucket of a few KB ("\\nword\\n").
    """

    __slots__ = ("_buckets", "_counts", "_odd")

    def __init__(self, buckets: dict[str, tuple[str, int]], counts: array, odd: dict[str, int] | None = None) -> None:
        #: prefix -> ("\\nword\\nword\\n", index in `_counts` of the bucket's first word's count)
        self._buckets = buckets
        self._counts = counts
        #: the (normally no) words holding "\\n" or "\\x00" and counts that are not 64-bit ints
        self._odd = odd or {}

    @classmethod
    def from_mapping(cls, counts: dict[str, int]) -> "WordCounts":
        """From word -> count, lower-cased the way pyspellchecker does (counts of case variants summed)."""
        joined = "".join(counts)
        if joined.lower() != joined or "\n" in joined or "\x00" in joined or set(map(type, counts.values())) - {int}:
            # the general case: pyspellchecker's own lowering, odd words and counts kept aside
            merged: dict[str, int] = {}
            for word, count in counts.items():
                key = word.lower()
                merged[key] = merged[key] + count if key in merged else count
            counts = {w: c for w, c in merged.items() if "\n" not in w and "\x00" not in w and type(c) is int
                      and _COUNT_MIN <= c <= _COUNT_MAX}
            odd = {w: c for w, c in merged.items() if w not in counts}
        else:
            odd = {}
        del joined
        words = sorted(counts)  # in order, so each prefix's words sit together (pyspellchecker's already are)
        try:
            in_order = words == list(counts)
            values = array(_COUNT_TYPE, counts.values() if in_order else map(counts.__getitem__, words))
        except OverflowError:  # a count beyond 64 bits: keep the exact numbers aside
            big = {w: c for w, c in counts.items() if not _COUNT_MIN <= c <= _COUNT_MAX}
            odd.update(big)
            words = [w for w in words if w not in big]
            values = array(_COUNT_TYPE, map(counts.__getitem__, words))
        buckets: dict[str, tuple[str, int]] = {}
        start = 0
        for prefix, group in groupby(words, itemgetter(slice(0, _PREFIX))):
            members = list(group)
            buckets[prefix] = ("\n" + "\n".join(members) + "\n", start)
            start += len(members)
        return cls(buckets, values, odd)

    # -- queries ---------------------------------------------------------------
    def __contains__(self, word: str) -> bool:
        key = word.lower()
        if "\n" in key or "\x00" in key:
            return key in self._odd
        entry = self._buckets.get(key[:_PREFIX])
        return (entry is not None and f"\n{key}\n" in entry[0]) or (self._odd and key in self._odd)

    def get(self, word: str, default: int = 0) -> int:
        """How often the corpus saw `word` (any case), `default` when it is not a word."""
        key = word.lower()
        entry = None if "\n" in key or "\x00" in key else self._buckets.get(key[:_PREFIX])
        if entry is not None:
            bucket, start = entry
            at = bucket.find(f"\n{key}\n")
            if at >= 0:
                return self._counts[start + bucket.count("\n", 0, at)]
        return self._odd.get(key, default)

    def __len__(self) -> int:
        return len(self._counts) + len(self._odd)

    def __iter__(self) -> Iterator[str]:
        for bucket, _ in self._buckets.values():
            yield from bucket[1:-1].split("\n")
        yield from self._odd

    # -- the cache file ----------------------------------------------------------
    def to_bytes(self, key: str) -> bytes | None:
        """The cache file's bytes: a header line (key, checksum, section lengths), then the prefixes, the
        word buckets, their first counts' positions and the counts. None when the file cannot hold everything
        (words with separators or counts beyond 64 bits: never for English)."""
        if self._odd or " " in key or "\n" in key:
            return None
        starts = array(_COUNT_TYPE, (start for _, start in self._buckets.values()))
        sections = [
            "\x00".join(self._buckets).encode("utf-8", "surrogatepass"),
            "\x00".join(bucket for bucket, _ in self._buckets.values()).encode("utf-8", "surrogatepass"),
            starts.tobytes(),
            self._counts.tobytes(),
        ]
        crc = 0
        for section in sections:
            crc = zlib.crc32(section, crc)
        header = b" ".join([_MAGIC, b"%d" % CACHE_FORMAT, key.encode("utf-8", "surrogatepass"), b"%d" % crc,
                            *(b"%d" % len(section) for section in sections)])
        return b"".join([header, b"\n", *sections])

    @classmethod
    def from_bytes(cls, raw: bytes, key: str) -> "WordCounts | None":
        """The counts stored by `to_bytes` under the same `key`; None for another key or damaged bytes."""
        end = raw.find(b"\n", 0, 4096)
        try:
            magic, version, stored_key, crc, *lengths = raw[:max(end, 0)].split(b" ")
            if (magic != _MAGIC or int(version) != CACHE_FORMAT or len(lengths) != 4
                    or stored_key.decode("utf-8", "surrogatepass") != key):
                return None
            view = memoryview(raw)
            sections = []
            at = end + 1
            for length in map(int, lengths):
                sections.append(view[at:at + length])
                at += length
            check = 0
            for section in sections:
                check = zlib.crc32(section, check)
            if at != len(raw) or check != int(crc):
                return None
            prefixes = str(sections[0], "utf-8", "surrogatepass").split("\x00")
            buckets = str(sections[1], "utf-8", "surrogatepass").split("\x00")
            starts, counts = array(_COUNT_TYPE), array(_COUNT_TYPE)
            starts.frombytes(sections[2])
            counts.frombytes(sections[3])
        except ValueError:  # a short header, a non-number, undecodable bytes, a partial count
            return None
        if not starts:  # an empty dictionary ("".split gives one empty string)
            if counts:
                return None
            made = cls({}, counts)
        elif len(prefixes) == len(buckets) == len(starts):
            made = cls(dict(zip(prefixes, zip(buckets, starts))), counts)
        else:
            return None
        return made


def _source() -> tuple[str, str]:
    """pyspellchecker's English data file and the cache key naming it: the package version, and the size and
    modification time of the data and of the loading code. Found without importing the package (~3 ms)."""
    import os
    from importlib.util import find_spec

    spec = find_spec("spellchecker")
    if spec is None or not spec.origin:
        raise ModuleNotFoundError("pyspellchecker is not installed")
    folder = os.path.dirname(spec.origin)
    path = os.path.join(folder, "resources", "en.json.gz")
    try:
        with open(os.path.join(folder, "info.py"), encoding="utf-8") as file:
            found = re.search(r"""__version__\s*=\s*["']([^"'\s]+)""", file.read())
        stats = [os.stat(os.path.join(folder, name)) for name in ("resources/en.json.gz", "spellchecker.py")]
    except (OSError, UnicodeDecodeError):  # not plain files (a zip install): read the data, never cache it
        return path, ""
    version = found.group(1) if found else "unknown"
    return path, ":".join([f"pyspellchecker-{version}", "en", *(f"{st.st_size}-{st.st_mtime_ns}" for st in stats)])


def _parse_source() -> WordCounts:
    """Read pyspellchecker's English word list the way its `SpellChecker` does, into `WordCounts`."""
    import gzip
    import json
    import pkgutil

    raw = pkgutil.get_data("spellchecker", "resources/en.json.gz")
    if not raw:
        raise ValueError("pyspellchecker's English dictionary is missing")
    data = json.loads(gzip.decompress(raw).decode("utf-8"))  # as SpellChecker reads it
    del raw
    return WordCounts.from_mapping(data)


def load_word_counts(cache: "Path | None" = None) -> WordCounts:
    """pyspellchecker's English word counts; from the `cache` file when it matches the installed data,
    else parsed and written there (atomically; a cache that cannot be read or written is ignored)."""
    _, key = _source()
    if cache is not None and key:
        try:
            raw = cache.read_bytes()
        except OSError:
            raw = b""
        if raw:
            counts = WordCounts.from_bytes(raw, key)
            del raw
            if counts is not None:
                return counts
    counts = _parse_source()
    if cache is not None and key:
        data = counts.to_bytes(key)
        if data is not None:
            from .store import atomic_write  # the one way files are written (temp + fsync + rename)

            try:
                atomic_write(cache, data)
            except OSError:
                pass  # a read-only or full disk: the next run parses again
    return counts


class Speller:
    """pyspellchecker's English dictionary, loaded once (a few ms from `cache`, ~100 ms without); read-only.

    `cache` is a file path the shell passes in (the user's cache folder); core never picks one itself.
    """

    def __init__(self, cache: "Path | None" = None) -> None:
        self._frequency = load_word_counts(cache)
        #: Answers of `known`, memoised (the dictionary never changes after load).
        self._known: dict[str, bool] = {}
        #: The words `_known` says True of: `unknown` sets them aside in one set difference.
        self._known_words: set[str] = set()

    # -- queries ---------------------------------------------------------------
    def known(self, word: str) -> bool:
        """True when the lower-cased `word` is an English word, in US or British spelling."""
        w = normalise(word)
        answer = self._known.get(w)
        if answer is None:
            if len(self._known) > _KNOWN_CACHE_MAX:
                self._known.clear()
                self._known_words.clear()
            answer = self._known[w] = self._lookup(w)
            if answer:
                self._known_words.add(w)
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
        return self._frequency.get(normalise(word), 0)

    def is_ordinary(self, word: str) -> bool:
        """A common English word, never taken for a slip of a name ("to", "field")."""
        return self.count(word) >= ORDINARY_WORD_MIN_COUNT

    def unknown(self, words: Iterable[str], vocabulary: set[str] | frozenset[str]) -> set[str]:
        """The words (as given) that neither the dictionary nor `vocabulary` (lower-case) knows."""
        words = list(words)
        if not words:
            return set()
        # normalised in one call (joined by newlines, which no word holds: the same as word by word); the
        # words already known and the session's own go in two set differences, the rest one by one
        lowers = normalise("\n".join(words)).split("\n")
        if len(lowers) != len(words):  # a word with a line break: word by word
            lowers = [normalise(word) for word in words]
        doubtful = set(lowers).difference(self._known_words, vocabulary)
        if not doubtful:
            return set()
        out: set[str] = set()
        for word, w in zip(words, lowers):
            if w not in doubtful or self.known(w):  # `doubtful` already left out the vocabulary's words
                continue
            base = strip_possessive(w)
            if base in vocabulary:
                continue
            if "-" in w and all((not p) or p in vocabulary or self.known(p) for p in w.split("-")):
                continue
            out.add(word)
        return out


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
