"""The dictionary: US and British spellings, compounds, possessives, contractions, session words, skips."""

from __future__ import annotations

import pytest

from followup.core.config import Config
from followup.core.spelling import checkable, misspelled_spans, session_vocabulary, us_variants
from tests.core.conftest import panel_session


@pytest.mark.parametrize("word", [
    "colour", "programme", "candour", "organise", "organisation", "centre", "catalogue", "analyse", "behaviour",
    "travelled", "defence", "paediatric", "favourite", "modelled", "enrolment", "colours", "centres",
])
def test_british_spellings_are_correct(speller, word):
    assert speller.unknown([word], frozenset()) == set()


@pytest.mark.parametrize("word", [
    "follow-up", "well-known", "Dana's", "team's", "I'm", "I've", "don't", "teams’", "e-mail", "onboarding",
])
def test_compounds_possessives_and_contractions_are_correct(speller, word):
    assert speller.unknown([word], frozenset()) == set()


def test_misspellings_are_unknown_and_keep_their_case(speller):
    assert speller.unknown(["Recieve", "definately", "follow-upp", "colur"], frozenset()) == {
        "Recieve", "definately", "follow-upp", "colur"
    }


def test_session_vocabulary_holds_names_topics_and_user_words():
    session = panel_session()
    vocab = session_vocabulary(session, Config(words=frozenset({"Terraform"})))
    assert {"siobhán", "nguyen", "wojciechowski", "kubernetes", "dbt", "northwind", "o'brien", "mary-jane",
            "mary", "jane", "terraform"} <= vocab


def test_session_words_are_accepted_without_touching_the_checker(speller):
    vocab = frozenset({"wojciechowski", "siobhán"})
    assert speller.unknown(["Wojciechowski", "Siobhán"], vocab) == set()
    assert speller.unknown(["Wojciechowski"], frozenset()) == {"Wojciechowski"}  # nothing was learnt


def test_skips():
    assert not checkable("GitHub")  # inner capital
    assert not checkable("SQL") and not checkable("GCSE")  # acronyms up to six letters
    assert checkable("KUBERNETESS")  # long capitals are checked
    assert not checkable("v2") and not checkable("2nd")  # digits
    assert checkable("O'Brien") and checkable("Mary-Jane")


def test_us_variants_cover_the_british_endings():
    assert "color" in us_variants("colour")
    assert "organize" in us_variants("organise")
    assert "center" in us_variants("centre")
    assert "program" in us_variants("programme")
    assert "maneuver" in us_variants("manoeuvre")


def test_misspelled_spans_for_the_editor(speller):
    session = panel_session()
    text = "Thank you Piotr Wojciechowski for the Kubernetes chat; see https://exmaple.com or mail sn@exmaple.com. I recieved it."
    spans = misspelled_spans(text, session, None, speller)
    assert [text[s:e] for s, e in spans] == ["recieved"]
    assert misspelled_spans(text, session, None, None) == []
