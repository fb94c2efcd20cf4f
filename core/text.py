"""Small text tools for the rules: words with offsets, sentences, light stemming, edit distance.

Used by `core.rules`, `core.spelling` and `core.scoring`; pure functions, no state.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from .phrases import ABBREVIATIONS, HONORIFICS, STOPWORDS

#: A word: letters/digits with inner apostrophes or hyphens ("follow-up", "O'Brien", "Dana's").
WORD_RE = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
#: URLs and e-mail addresses (skipped by spelling, found by signoff.contact).
URL_RE = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+\-]+\.(?:com|org|net|io|dev|co|uk|edu|gov)(?:/\S*)?\b", re.I)
EMAIL_RE = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+")
#: A phone number: at least 7 digits, with the usual separators.
PHONE_RE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().\-]{5,}\d(?![\w])")
_URL_HINT_RE = re.compile(r"\.(?:com|org|net|io|dev|co|uk|edu|gov)|://|www\.", re.I)
_NON_SPACE_RE = re.compile(r"\S*")
_DOMAIN_TAIL_RE = re.compile(r"[\w\-.]*")
_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+\S)")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


class Word(NamedTuple):
    text: str
    start: int
    end: int


def words(text: str) -> list[Word]:
    """Every word of `text` with its character offsets."""
    return [Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def word_list(text: str) -> list[str]:
    """The words of `text`, lower-cased, straight apostrophes."""
    found = WORD_RE.findall(text)
    if not found:
        return []
    # one normalise over the words joined by newlines (no word holds one): the same as word by word, in C
    return normalise("\n".join(found)).split("\n")


_WORD_START_RE = re.compile(r"[^\W_]")
_WORD_INNER_RE = re.compile(r"[\w'’\-]")


def lowering_keeps_words(text: str) -> bool:
    """True when `WORD_RE.findall(normalise(text))` is `[normalise(w) for w in WORD_RE.findall(text)]`: each
    character normalises to one character of the same word classes, whatever stands around it. Then a word
    list can be lower-cased in one call instead of scanning the text again."""
    if text.isascii():
        return "`" not in text  # "`" becomes "'", which may join two words
    return "‘" not in text and "`" not in text and all(map(_lowers_alike, set(text).difference(_ASCII)))


_ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=4096)
def _lowers_alike(c: str) -> bool:
    """`normalise(c)` is one character in the same word classes as `c`, whatever its neighbours ("Σ" lowers
    by its context, "İ" to two characters)."""
    low = normalise(c)
    return (
        c != "Σ" and len(low) == 1
        and bool(_WORD_START_RE.match(c)) == bool(_WORD_START_RE.match(low))
        and bool(_WORD_INNER_RE.match(c)) == bool(_WORD_INNER_RE.match(low))
    )


def _chunks(text: str, hint: re.Pattern[str] | str) -> list[tuple[int, int]]:
    """The whitespace-free runs of `text` that contain `hint` (a substring or a pattern), in order."""
    out: list[tuple[int, int]] = []
    if isinstance(hint, str):
        starts = []
        at = text.find(hint)
        while at != -1:
            starts.append(at)
            end = _NON_SPACE_RE.match(text, at).end()
            at = text.find(hint, end)
    else:
        starts = [m.start() for m in hint.finditer(text)]
    end = -1
    for at in starts:
        if at < end:
            continue  # inside the run found last
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = _NON_SPACE_RE.match(text, at).end()
        out.append((start, end))
    return out


def url_spans(text: str) -> list[tuple[int, int]]:
    """The spans `URL_RE.finditer(text)` gives, found only in the runs that can hold one (linear on long text).

    No URL spans whitespace, so each whitespace-free run holding "://", "www." or a ".com"-like ending is
    searched alone; Python's `re` would otherwise retry every word start of a long run.
    """
    return [m.span() for start, end in _chunks(text, _URL_HINT_RE) for m in URL_RE.finditer(text, start, end)]


def email_spans(text: str) -> list[tuple[int, int]]:
    """The spans `EMAIL_RE.finditer(text)` gives, searched only around each "@" (linear on long text)."""
    out = []
    for start, end in _chunks(text, "@"):
        last = text.rfind("@", start, end)
        stop = _DOMAIN_TAIL_RE.match(text, last + 1, end).end()  # no address ends past the last domain
        out += [m.span() for m in EMAIL_RE.finditer(text, start, stop)]
    return out


def blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of the (sorted, disjoint) `spans` replaced by one space."""
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], " "]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def normalise(word: str) -> str:
    """Lower case with straight apostrophes."""
    if "’" in word or "‘" in word or "`" in word:
        word = word.translate(_APOSTROPHES)
    return word.lower()


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower case without accents ("Siobhán" -> "siobhan"), for lenient name matching."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def strip_possessive(word: str) -> str:
    """"Dana's" -> "Dana", "teams'" -> "teams"."""
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    if len(word) > 1 and word[-1] in "'’":
        return word[:-1]
    return word


@lru_cache(maxsize=256)
def squash(text: str) -> str:
    """Lower case with runs of whitespace made single spaces (phrase matching). Kept for the last texts:
    each phrase list squashes the same sections and sentences again (a pure memo, not state)."""
    return " ".join(normalise(text).split())


def sentences(text: str) -> list[str]:
    """The sentences of `text`; abbreviations such as "e.g." or "Dr." do not end one."""
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        before = text[start : m.start()].split()
        last = normalise(before[-1]).rstrip(".") if before else ""
        if m.group().startswith(".") and (last in ABBREVIATIONS or len(last) == 1):
            continue
        pieces.append(text[start : m.end()])
        start = m.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if WORD_RE.search(p)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, as `sentences` cuts them, and a line break ends one too
    (sign-off lines, list items); each span is trimmed of surrounding spaces and holds a word."""
    out: list[tuple[int, int]] = []
    start = 0
    ends = [m for m in _SENTENCE_END_RE.finditer(text)]
    cuts: list[int] = []
    for m in ends:
        before = text[start : m.start()].split()
        last = normalise(before[-1]).rstrip(".") if before else ""
        if m.group().startswith(".") and (last in ABBREVIATIONS or len(last) == 1):
            continue
        cuts.append(m.end())
        start = m.end()
    at = text.find("\n")
    while at != -1:
        cuts.append(at + 1)
        at = text.find("\n", at + 1)
    start = 0
    for cut in sorted(set(cuts)) + [len(text)]:
        piece = text[start:cut]
        if WORD_RE.search(piece):
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
        start = cut
    return out


_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ions", ""),
    ("ion", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("ed", ""),
    ("is", ""),
    ("ly", ""),
    ("s", ""),
)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light stem: "migrating", "migration", "migrated", "migrate" -> "migrat"; "analyses" ~ "analysis"."""
    w = strip_possessive(normalise(word))
    if len(w) <= 3:
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and (w.endswith("ss") or w.endswith("us")):
                break
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]
    return w


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words of `text` that carry meaning (stopwords and one-letter words dropped)."""
    return frozenset(
        stem(w) for w in word_list(text) if w not in STOPWORDS and len(w) > 1 and not w.isdigit()
    )


class PhrasePattern:
    """A phrase regex with a fast pre-check: a plain substring test of each phrase on the squashed text.

    Python's `re` is slow on long alternations with IGNORECASE; most texts contain none of the phrases,
    and a substring search answers that in C. The regex runs only when some phrase may be present, and is
    compiled then (most lists never need it in a run: importing the rules stays quick).
    """

    __slots__ = ("_phrases", "_regex", "literals", "_by_first_word")

    def __init__(self, phrases: Iterable[str]) -> None:
        self._phrases = tuple(phrases)
        self._regex: re.Pattern[str] | None = None
        self.literals = tuple(squash(p) for p in self._phrases)
        #: Each phrase's first word (as WORD_RE cuts it) -> the phrases starting with it.
        self._by_first_word: dict[str, list[str]] = {}
        for literal in self.literals:
            first = WORD_RE.match(literal)
            self._by_first_word.setdefault(first.group() if first else "", []).append(literal)

    def candidates(self, words: AbstractSet[str]) -> list[str]:
        """The phrases whose first word is among `words` (the lower-cased words of a text, straight
        apostrophes): only those can be in it. One set lookup per first word instead of a scan per phrase."""
        by_first = self._by_first_word
        return [p for first in by_first.keys() & words for p in by_first[first]] + by_first.get("", [])

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = _phrase_regex(self._phrases)
        return self._regex

    def _maybe(self, text: str) -> bool:
        return any(map(squash(text).__contains__, self.literals))

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self._maybe(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text) if self._maybe(text) else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.regex.finditer(text)) if self._maybe(text) else []


class CaselessPattern:
    """A case-insensitive regex that runs on ASCII text as its case-sensitive twin over the lower-cased text.

    Same spans, about twice as fast in Python's `re` (no case folding per character tried). Exact because on
    ASCII text `lower()` keeps every offset and every character class, and a pattern whose letters are all
    lower-case ASCII (escapes such as \\b or \\S aside) matches a character case-insensitively exactly when
    it matches that character lower-cased. Any other pattern or text takes the plain IGNORECASE regex.
    """

    __slots__ = ("regex", "_twin")

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern, re.IGNORECASE)
        self._twin = re.compile(pattern) if _lower_ascii_pattern(pattern) else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of `regex.finditer(text)`."""
        if self._twin is not None and text.isascii():
            return [m.span() for m in self._twin.finditer(text.lower())]
        return [m.span() for m in self.regex.finditer(text)]

    def search_span(self, text: str) -> tuple[int, int] | None:
        """The span of `regex.search(text)`, None without a match."""
        m = self._twin.search(text.lower()) if self._twin is not None and text.isascii() else self.regex.search(text)
        return m.span() if m is not None else None


def _lower_ascii_pattern(pattern: str) -> bool:
    """True when `pattern`'s letters are lower-case ASCII only, outside the class escapes \\b \\B \\s \\S \\d
    \\D \\w \\W, and it has no other letter or digit escape (\\x41, \\N{...}, a backreference) and no inline
    flags: then case-insensitive matching is matching the lower-cased text (see CaselessPattern)."""
    escaped = re.findall(r"\\(.)", pattern, re.DOTALL)  # each escape once, "\\\\" included, left to right
    if any(c.isalnum() and c not in "bBsSdDwW" for c in escaped) or re.search(r"\(\?[aiLmsux-]", pattern):
        return False
    body = re.sub(r"\\.", "", pattern, flags=re.DOTALL)
    literals = body + "".join(c for c in escaped if c not in "bBsSdDwW")
    return all(not c.isalpha() or "a" <= c <= "z" for c in literals)


def phrase_pattern(phrases: Iterable[str]) -> PhrasePattern:
    """Any of `phrases`, case-insensitive, on word boundaries, whitespace-tolerant (see PhrasePattern)."""
    return PhrasePattern(phrases)


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive regex matching any of `phrases` on word boundaries, whitespace-tolerant."""
    bounded, loose = [], []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(re.escape(p) for p in phrase.split()).replace("'", "['’]")
        if phrase[:1].isalnum() and phrase[-1:].isalnum():
            bounded.append(body)
        else:
            left = r"(?<!\w)" if phrase[:1].isalnum() else ""
            right = r"(?!\w)" if phrase[-1:].isalnum() else ""
            loose.append(f"{left}{body}{right}")
    parts = []
    if bounded:
        # one boundary test per position, then the alternatives (much faster than a lookbehind each)
        parts.append(r"(?<!\w)(?:" + "|".join(bounded) + r")(?!\w)")
    parts += loose
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


@lru_cache(maxsize=1)
def _levenshtein():
    from rapidfuzz.distance import Levenshtein  # imported on first use: keeps app start-up light

    return Levenshtein.distance


def edit_distance(a: str, b: str, cutoff: int | None = None) -> int:
    """Levenshtein distance (rapidfuzz); above `cutoff` the answer is cutoff + 1."""
    return _levenshtein()(a, b, score_cutoff=cutoff)


def name_parts(name: str) -> tuple[str, str]:
    """(first, last) of a person's name, honorifics dropped ("Dr. Sam Okafor" -> Sam, Okafor)."""
    parts = [p for p in name.split() if p.lower() not in HONORIFICS]
    if not parts:
        return "", ""
    return parts[0], parts[-1] if len(parts) > 1 else ""


def has_inner_capital(word: str) -> bool:
    """True for "GitHub", "iPhone", "McDonald" (an upper-case letter after the first)."""
    rest = word[1:]
    return rest != rest.lower() and not word.isupper()
