"""Greeting rules: the interviewer's name, and no stock salutation."""

from __future__ import annotations

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


def test_generic_salutation_fires_with_span():
    session = single_session()
    session.interviewers[0].draft.greeting = "To whom it may concern,"
    report = run_rules(session, NOW)
    generic = [f for f in report.drafts[0].findings if f.rule == "greeting.generic"]
    assert len(generic) == 1 and generic[0].span == (0, 22)
    assert "greeting.name" in findings_of(report)


def test_hiring_manager_even_with_name_after():
    assert "greeting.generic" in fired_with_greeting("Dear Hiring Manager (Dana),")


def test_warm_personal_greeting_is_not_generic():
    assert "greeting.generic" not in fired_with_greeting("Hi there Dana,") - {"greeting.generic"}
    assert "greeting.generic" not in fired_with_greeting("Hello Dana,")
