"""Text tools: words with offsets, sentences, light stemming, content words, edit distance, names."""

from __future__ import annotations

from followup.core.text import (
    content_stems,
    edit_distance,
    fold,
    has_inner_capital,
    name_parts,
    phrase_pattern,
    sentences,
    stem,
    strip_possessive,
    words,
)


def test_words_keep_offsets_and_inner_apostrophes_and_hyphens():
    text = "Thank you, Siobhán O'Brien’s follow-up (v2)."
    found = words(text)
    assert [w.text for w in found] == ["Thank", "you", "Siobhán", "O'Brien’s", "follow-up", "v2"]
    assert all(text[w.start:w.end] == w.text for w in found)


def test_sentences_ignore_abbreviations_and_decimals():
    text = "I met Dr. Okafor, e.g. on the 3.5 release. It went well! Did it?"
    assert sentences(text) == ["I met Dr. Okafor, e.g. on the 3.5 release.", "It went well!", "Did it?"]
    assert sentences("") == [] and sentences("   \n ") == []


def test_light_stemming_matches_word_families():
    assert len({stem(w) for w in ("migrating", "migration", "migrated", "migrate", "migrations")}) == 1
    assert stem("analysis") == stem("analyses")
    assert stem("reporting") == stem("report") == stem("reports")
    assert stem("pipeline") == stem("pipelines")
    assert stem("process") == stem("processes")
    assert stem("planning") == stem("planned") == stem("plan")


def test_families_stay_apart():
    assert stem("data") != stem("date")
    assert stem("review") != stem("revenue")


def test_content_stems_drop_stopwords_and_numbers():
    assert content_stems("Migrating the billing pipeline to dbt in 2026") == {
        stem("migrating"), stem("billing"), stem("pipeline"), "dbt"
    }


def test_possessives_and_folding():
    assert strip_possessive("Dana's") == "Dana"
    assert strip_possessive("teams’") == "teams"
    assert strip_possessive("is") == "is"
    assert fold("Siobhán") == "siobhan" and fold("Chloé") == "chloe"


def test_edit_distance_with_cutoff():
    assert edit_distance("marcos", "marcus") == 1
    assert edit_distance("rivers", "rivera") == 1
    assert edit_distance("wojciechowsky", "wojciechowski") == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


def test_name_parts_drop_honorifics():
    assert name_parts("Dr. Sam Okafor") == ("Sam", "Okafor")
    assert name_parts("Piotr Wojciechowski") == ("Piotr", "Wojciechowski")
    assert name_parts("Cher") == ("Cher", "")
    assert name_parts("  ") == ("", "")


def test_inner_capitals():
    assert has_inner_capital("GitHub") and has_inner_capital("iPhone") and has_inner_capital("McDonald")
    assert not has_inner_capital("Github") and not has_inner_capital("NASA")


def test_phrase_pattern_matches_whole_words_across_whitespace():
    pattern = phrase_pattern(["look forward", "asap", "haven't heard"])
    assert pattern.search("I LOOK\n  forward to it")
    assert not pattern.search("asapient")
    assert pattern.search("I haven’t heard back")
