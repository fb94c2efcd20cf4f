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
