"""Gratitude rules: thanks present; a topic of this interviewer referenced (content words, light stems)."""

from __future__ import annotations

from tests.core.conftest import NOW, findings_of, single_session

from followup.core.rules import run_rules


def fired(gratitude: str, interest: str | None = None) -> set[str]:
    session = single_session()
    draft = session.interviewers[0].draft
    draft.gratitude = gratitude
    if interest is not None:
        draft.interest = interest
    return findings_of(run_rules(session, NOW))


def test_no_thanks_is_an_error():
    rules = fired("It was good to meet you this morning and to hear how you migrate the billing pipeline to dbt.")
    assert "gratitude.thanks" in rules
    assert "gratitude.specific" not in rules


def test_grateful_or_appreciate_count_as_thanks():
    assert "gratitude.thanks" not in fired("I am grateful for the hour you spent on the quarterly churn review with me.")
    assert "gratitude.thanks" not in fired("I really appreciated the hour you spent on the quarterly churn review.")


def test_topic_matched_by_stems_not_the_whole_phrase():
    # "migration" and "pipelines" match the topic "migrating the billing pipeline to dbt"
    text = "Thank you for explaining the billing migration and how the pipelines will move to dbt next quarter."
    assert "gratitude.specific" not in fired(text)


def test_generic_thanks_with_no_topic_fires():
    text = "Thank you for taking the time to meet with me today. I enjoyed our conversation very much."
    interest = "I am excited about the Senior Data Analyst role, and my churn dashboard shows my stakeholder reporting."
    assert "gratitude.specific" in fired(text, interest)


def test_one_shared_word_is_not_enough_for_a_long_topic():
    # "billing" alone is one of four content words of the topic: less than half
    text = "Thank you for the conversation about billing and for your questions."
    interest = "I am excited about the Senior Data Analyst role, and my churn dashboard shows my stakeholder reporting."
    assert "gratitude.specific" in fired(text, interest)


def test_thanks_anywhere_in_the_email_counts():
    # the gratitude box has no thanks, but the closing paragraph does: real emails put it where they like
    session = single_session()
    draft = session.interviewers[0].draft
    draft.gratitude = "I enjoyed hearing how your team is migrating the billing pipeline to dbt."
    draft.closing = "Thank you again for your time; I look forward to hearing about the next steps."
    assert "gratitude.thanks" not in findings_of(run_rules(session, NOW))


def test_an_email_with_no_thanks_anywhere_fires():
    session = single_session()
    draft = session.interviewers[0].draft
    draft.gratitude = "I enjoyed hearing how your team is migrating the billing pipeline to dbt."
    draft.closing = "I look forward to hearing about the next steps."
    assert "gratitude.thanks" in findings_of(run_rules(session, NOW))


def test_after_a_rejection_the_thanks_is_reported_once_by_rejection_appreciation():
    from tests.core.conftest import rejection_session

    session = rejection_session()
    draft = session.interviewers[0].draft
    draft.gratitude = "I received your letter about the Senior Data Analyst role."
    report = run_rules(session, NOW)
    rules = findings_of(report)
    assert "rejection.appreciation" in rules
    assert "gratitude.thanks" not in rules and "gratitude.thanks" not in report.drafts[0].applicable


def test_a_hyphenated_compound_matches_the_spaced_topic():
    session = single_session()
    session.interviewers[0].topics = ["escalation handling"]
    session.interviewers[0].draft.gratitude = "Thank you for walking me through your escalation-handling playbook."
    assert "gratitude.specific" not in findings_of(run_rules(session, NOW))


def test_a_spaced_phrase_matches_a_hyphenated_topic():
    session = single_session()
    session.interviewers[0].topics = ["self-serve analytics"]
    session.interviewers[0].draft.gratitude = "Thank you for showing me the self serve analytics you built."
    assert "gratitude.specific" not in findings_of(run_rules(session, NOW))


def test_a_hyphenated_topic_not_mentioned_at_all_fires():
    session = single_session()
    session.interviewers[0].topics = ["escalation-handling"]
    session.interviewers[0].draft.gratitude = "Thank you for your time and for the tour of the office."
    session.interviewers[0].draft.interest = "I am keen to join the team."
    assert "gratitude.specific" in findings_of(run_rules(session, NOW))
