"""Greeting rules: the interviewer's name, and no stock salutation."""

from __future__ import annotations

import pytest

from tests.core.conftest import NOW, findings_of, single_session

from followup.core.rules import run_rules


def fired_with_greeting(text: str) -> set[str]:
    session = single_session()
    session.interviewers[0].draft.greeting = text
    return findings_of(run_rules(session, NOW))


def test_first_or_last_name_passes():
    assert "greeting.name" not in fired_with_greeting("Dear Dana,")
    assert "greeting.name" not in fired_with_greeting("Dear Ms. Rivera,")
    assert "greeting.name" not in fired_with_greeting("Good morning Dana Rivera,")


def test_greeting_without_the_name_is_an_error():
    assert "greeting.name" in fired_with_greeting("Good afternoon,")


def findings_with_greeting(text: str):
    session = single_session()
    session.interviewers[0].draft.greeting = text
    return run_rules(session, NOW).drafts[0].findings


def test_generic_salutation_fires_with_span_and_is_the_only_greeting_finding():
    session = single_session()
    session.interviewers[0].draft.greeting = "To whom it may concern,"
    report = run_rules(session, NOW)
    generic = [f for f in report.drafts[0].findings if f.rule == "greeting.generic"]
    assert len(generic) == 1 and generic[0].span == (0, 22)
    # one greeting, one finding: no greeting.name beside it
    assert "greeting.name" not in findings_of(report)


def test_a_generic_salutation_with_no_name_after_it_is_an_error():
    found = {f.rule: f.severity for f in findings_with_greeting("Dear Hiring Manager,")}
    assert found.get("greeting.generic") == "error"
    assert "greeting.name" not in found


def test_a_generic_salutation_followed_by_the_name_is_a_warning():
    found = {f.rule: f.severity for f in findings_with_greeting("Hi there Dana,")}
    assert found.get("greeting.generic") == "warning"
    assert "greeting.name" not in found


def test_hiring_manager_even_with_name_after():
    assert "greeting.generic" in fired_with_greeting("Dear Hiring Manager (Dana),")


@pytest.mark.parametrize("greeting", [
    "Respected Sir,", "Respected Madam,", "Dear Sir or Madam,", "Dear Sir/Madam,", "Dear Sir,",
    "Dear Recruitment Team,", "Dear Hiring Committee,", "Dear Selection Panel,", "Hello all,", "Dear Team,",
    "To Whomsoever It May Concern,", "G'day all,", "Good morning all,",
])
def test_generic_salutations_in_regional_forms_fire(greeting):
    found = {f.rule: f.severity for f in findings_with_greeting(greeting)}
    assert found.get("greeting.generic") == "error", greeting
    assert "greeting.name" not in found


@pytest.mark.parametrize("greeting", [
    "Dear Dana,", "Hello Dana,", "Hi Dana,", "Respected Ms. Rivera,", "Dear Ms Rivera,", "Good morning Dana,",
    "Dear Dr. Rivera,", "Kia ora Dana,",
])
def test_greetings_by_name_are_not_generic(greeting):
    rules = fired_with_greeting(greeting)
    assert not {"greeting.generic", "greeting.name"} & rules, greeting
