"""The compact dictionary answers exactly as pyspellchecker does, and its cache file is used only when sound."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.spelling import CACHE_FORMAT, Speller, WordCounts, _source, load_word_counts


@pytest.fixture(scope="module")
def checker():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


@pytest.fixture(scope="module")
def counts():
    return load_word_counts(None)


def test_every_dictionary_word_is_known_with_its_count(checker, counts):
    reference = checker.word_frequency.dictionary
    assert len(counts) == len(reference) > 150_000
    wrong = [w for w, n in reference.items() if w not in counts or counts.get(w) != n]
    assert wrong == []
    assert sorted(counts) == sorted(reference)


def test_near_misses_get_the_same_answer_as_pyspellchecker(checker, counts):
    frequency = checker.word_frequency
    sample = random.Random(6).sample(sorted(frequency.dictionary), 4000)
    probes = ["", "Recieve", "definately", "colour", "COLOR", "Dana's", "i'm", "a\nb", "x\ty", "ſ", "İstanbul",
              "ΣΟΦΊΑ", "naïve", "straße", "STRASSE"]
    for word in sample:
        probes += [word.upper(), word.title(), word + "s", word[:-1], word[1:], word + "\n", "\n" + word, word + "\x00"]
    mismatched = [p for p in probes
                  if (p in counts) != (p in frequency) or counts.get(p, 0) != (frequency[p] if p in frequency else 0)]
    assert mismatched == []


def test_ordinary_words_use_the_same_counts(checker, speller):
    frequency = checker.word_frequency
    for word in ["to", "field", "the", "Dana", "analytics", "okonkwo", "jargonese", "Field"]:
        expected = frequency[word] if word in frequency else 0
        assert speller.count(word) == expected, word


def test_mixed_case_and_odd_entries_follow_pyspellchecker_rules():
    counts = WordCounts.from_mapping({"Apple": 2, "apple": 3, "a\nb": 4, "big": 2**70, "half": 1.5, "pear": 1})
    assert counts.get("APPLE") == 5  # case variants are summed, as pyspellchecker does
    assert "a\nb" in counts and counts.get("A\nB") == 4
    assert counts.get("big") == 2**70 and counts.get("half") == 1.5 and counts.get("pear") == 1
    assert "a" not in counts and "b" not in counts and "app" not in counts
    assert counts.to_bytes("key") is None  # such entries are never cached: they are rebuilt each time


#: Words from a few letters (shared prefixes, case pairs, separators) or from anywhere in Unicode.
words = st.one_of(st.text(alphabet="abAB'\n\x00ΣσςİI", max_size=5),
                  st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(words, st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=30), st.lists(words))
def test_any_word_list_answers_like_a_lower_cased_dict(data, extra):
    reference: dict[str, int] = {}
    for word, count in data.items():
        reference[word.lower()] = reference.get(word.lower(), 0) + count
    built = WordCounts.from_mapping(data)
    stored = built.to_bytes("k")
    again = WordCounts.from_bytes(stored, "k") if stored is not None else built
    for counts in (built, again):
        for probe in list(data) + extra:
            assert (probe in counts) == (probe.lower() in reference)
            assert counts.get(probe, 0) == reference.get(probe.lower(), 0)
        assert len(counts) == len(reference)


# -- the cache file ----------------------------------------------------------------------------------------


def test_cache_is_written_then_used(tmp_path):
    cache = tmp_path / "cache" / "dictionary-en.cache"
    first = Speller(cache=cache)
    assert cache.is_file() and cache.stat().st_size > 1_000_000
    assert (cache.stat().st_mode & 0o777) == 0o600
    _, key = _source()
    # a valid file for the installed data is trusted as it is: a tiny one proves the file is what is read
    cache.write_bytes(WordCounts.from_mapping({"zzyzx": 7}).to_bytes(key))
    tiny = Speller(cache=cache)
    assert tiny.known("zzyzx") and not tiny.known("the")
    assert first.known("the") and not first.known("zzyzx")


def test_the_cached_dictionary_answers_the_same(tmp_path, speller):
    cache = tmp_path / "dictionary-en.cache"
    Speller(cache=cache)
    cached = Speller(cache=cache)
    for word in ["receive", "recieve", "the", "teh", "interview", "intervew", "résumé", "naïve", "Dana's"]:
        assert (cached.known(word), cached.count(word)) == (speller.known(word), speller.count(word)), word


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty", "other-key", "other-format"])
def test_a_damaged_or_stale_cache_is_ignored_and_rewritten(tmp_path, damage):
    cache = tmp_path / "dictionary-en.cache"
    Speller(cache=cache)
    good = cache.read_bytes()
    _, key = _source()
    if damage == "flip":
        middle = len(good) // 2
        bad = good[:middle] + bytes([good[middle] ^ 0x20]) + good[middle + 1:]
    elif damage == "truncate":
        bad = good[: len(good) - 5]
    elif damage == "garbage":
        bad = b"\x00\xff" * 100
    elif damage == "empty":
        bad = b""
    elif damage == "other-key":
        bad = WordCounts.from_mapping({"zzyzx": 7}).to_bytes(key + "-older")
    else:
        bad = good.replace(b"followup-words %d " % CACHE_FORMAT, b"followup-words 99 ", 1)
        assert bad != good
    cache.write_bytes(bad)
    speller = Speller(cache=cache)
    assert speller.known("the") and speller.known("receive") and not speller.known("recieve")
    assert speller.unknown(["Recieve", "colour"], frozenset()) == {"Recieve"}
    assert cache.read_bytes() == good  # rebuilt


def test_an_unwritable_cache_place_is_not_an_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    speller = Speller(cache=blocker / "dictionary-en.cache")
    assert speller.known("interview") and not speller.known("intervew")
