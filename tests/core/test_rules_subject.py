"""Subject-line rules on realistic drafts: each fires on a real slip and stays quiet on a good subject."""

from __future__ import annotations

import pytest

from tests.core.conftest import NOW, findings_of, single_session

from followup.core.rules import run_rules


def fired(session) -> set[str]:
    return findings_of(run_rules(session, NOW))


def with_subject(text: str):
    session = single_session()
    session.interviewers[0].draft.subject = text
    return session


def finding(session, rule):
    return next(f for f in run_rules(session, NOW).drafts[0].findings if f.rule == rule)


def test_good_subject_raises_nothing():
    assert not {r for r in fired(single_session()) if r.startswith("subject.")}


def test_empty_subject_is_an_error_and_other_subject_rules_step_aside():
    rules = fired(with_subject("   "))
    assert "subject.present" in rules
    assert not rules & {"subject.thanks", "subject.role", "subject.name", "subject.length"}
    assert finding(with_subject(""), "subject.present").severity == "error"


def test_subject_without_thanks():
    assert "subject.thanks" in fired(with_subject("Siobhán Nguyen – Senior Data Analyst interview follow-up"))


def test_thanks_any_spelling_passes():
    for subject in ("THANK-YOU: Siobhán Nguyen, Senior Data Analyst", "Thanks from Siobhán Nguyen (Senior Data Analyst)"):
        assert "subject.thanks" not in fired(with_subject(subject))


def test_subject_without_role():
    assert "subject.role" in fired(with_subject("Thank you – Siobhán Nguyen – yesterday's interview"))


def test_role_is_matched_case_insensitively():
    assert "subject.role" not in fired(with_subject("Thank you from Siobhán Nguyen, senior data analyst candidate"))


def test_subject_without_full_name():
    rules = fired(with_subject("Thank You – Siobhán – Senior Data Analyst Interview"))
    assert "subject.name" in rules


def test_long_subject_span_marks_the_cut_off_part():
    text = "Thank You – Siobhán Nguyen – Senior Data Analyst Interview on Tuesday with the analytics team"
    f = finding(with_subject(text), "subject.length")
    assert f.severity == "suggestion"
    assert f.span == (70, len(text))


def test_subject_of_70_characters_is_fine():
    text = "Thank You – Siobhán Nguyen – Senior Data Analyst Interview".ljust(70, "!")[:58]
    assert len(text) <= 70
    assert "subject.length" not in fired(with_subject(text))


def test_shouting_word_and_marks():
    session = with_subject("THANK YOU – Siobhán Nguyen – Senior Data Analyst Interview!!")
    found = [f for f in run_rules(session, NOW).drafts[0].findings if f.rule == "subject.shouting"]
    spans = {session.interviewers[0].draft.subject[f.span[0]:f.span[1]] for f in found}
    assert spans == {"THANK", "!!"}


def test_capitals_from_the_session_are_not_shouting():
    session = with_subject("Thank You – Siobhán Nguyen – NORTHWIND Senior Data Analyst Interview (SQL)")
    assert "subject.shouting" not in fired(session)


def test_acronyms_from_the_session_or_word_list_are_not_shouting():
    from followup.core.config import Config

    session = with_subject("Thank You – Siobhán Nguyen – Senior Data Analyst Interview (DBT, KPIS)")
    assert "subject.shouting" in fired(session)  # KPIS is nowhere in the session
    quiet = run_rules(session, NOW, Config(words=frozenset({"KPIs"})))
    assert "subject.shouting" not in findings_of(quiet)


SUBJECT_RULES = {"subject.present", "subject.thanks", "subject.role", "subject.name", "subject.length",
                 "subject.shouting"}


def test_no_subject_rules_for_a_handwritten_card():
    session = with_subject("")
    session.interview.medium = "handwritten"
    report = run_rules(session, NOW)
    assert not SUBJECT_RULES & set(report.drafts[0].applicable)
    assert not SUBJECT_RULES & findings_of(report)


def test_an_emailed_note_without_a_subject_still_fires():
    assert "subject.present" in fired(with_subject(""))


def with_role(role: str, subject: str):
    session = with_subject(subject)
    session.interview.role = role
    return session


@pytest.mark.parametrize(("role", "subject"), [
    ("Senior Product Manager", "Thank you – Siobhán Nguyen – Senior PM interview"),
    ("Senior Product Manager", "Thank you – Siobhán Nguyen – Sr. Product Manager"),
    ("Vice President of Sales", "Thank you – Siobhán Nguyen – VP of Sales interview"),
    ("VP Engineering", "Thank you – Siobhán Nguyen – Vice President, Engineering"),
    ("Senior Software Engineer", "Thanks – Siobhán Nguyen – Sr. Software Eng. interview"),
    ("Registered Nurse (New Graduate)", "Thank You – Siobhán Nguyen – Registered Nurse Interview"),
    ("Registered Nurse (New Graduate)", "Thank You – Siobhán Nguyen – Registered Nurse (New Graduate)"),
    ("Research Assistant [12-month contract]", "Thank you – Siobhán Nguyen – Research Assistant"),
    ("Sales & Marketing Coordinator", "Thank you – Siobhán Nguyen – Sales and Marketing Coordinator"),
])
def test_abbreviated_roles_and_optional_qualifiers_name_the_role(role, subject):
    assert "subject.role" not in fired(with_role(role, subject)), (role, subject)


@pytest.mark.parametrize(("role", "subject"), [
    ("Senior Product Manager", "Thank you – Siobhán Nguyen – Product Designer interview"),
    ("Senior Product Manager", "Thank you – Siobhán Nguyen – Junior PM interview"),
    ("Vice President of Sales", "Thank you – Siobhán Nguyen – Sales interview"),
    ("Registered Nurse (New Graduate)", "Thank You – Siobhán Nguyen – New Graduate interview"),
])
def test_another_or_a_partial_title_does_not_name_the_role(role, subject):
    assert "subject.role" in fired(with_role(role, subject)), (role, subject)


def test_no_role_rule_after_an_informational_interview():
    session = with_subject("Thank you for your advice – Siobhán Nguyen")
    session.interview.kind = "informational"
    assert "subject.role" not in run_rules(session, NOW).drafts[0].applicable
