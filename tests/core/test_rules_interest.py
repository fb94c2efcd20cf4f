"""Interest rules: renewed enthusiasm tied to the role or organisation; a skill linked to a need."""

from __future__ import annotations

from tests.core.conftest import NOW, findings_of, rejection_session, single_session

from followup.core.rules import run_rules


def fired(interest: str, clarification: str | None = None) -> set[str]:
    session = single_session()
    session.interviewers[0].draft.interest = interest
    if clarification is not None:
        session.interviewers[0].draft.clarification = clarification
    return findings_of(run_rules(session, NOW))


def test_enthusiasm_with_the_company_passes():
    assert "interest.enthusiasm" not in fired(
        "I am eager to bring my churn dashboard experience to Northwind Analytics and its reporting work."
    )


def test_no_enthusiasm_word_fires():
    rules = fired("My churn dashboard cut reporting time by 40%, which matches the stakeholder reporting you need.")
    assert "interest.enthusiasm" in rules
    assert "interest.skill-link" not in rules


def test_enthusiasm_without_role_or_organisation_fires():
    assert "interest.enthusiasm" in fired(
        "I am excited. My churn dashboard cut reporting time by 40% for stakeholder reporting."
    )


def test_no_requirement_or_achievement_fires():
    rules = fired("I am excited about the Senior Data Analyst role and would love to join the team at Northwind.", "")
    assert "interest.skill-link" in rules
    assert "interest.enthusiasm" not in rules


def test_interest_rules_do_not_apply_after_rejection():
    report = run_rules(rejection_session(), NOW)
    assert not {"interest.enthusiasm", "interest.skill-link"} & set(report.drafts[0].applicable)


def test_a_refined_answer_in_the_clarification_can_make_the_link():
    rules = fired(
        "I am excited about the Senior Data Analyst role and would love to join the team at Northwind.",
        "To expand on the scheduling question, I have run Kubernetes batch jobs for our nightly exports.",
    )
    assert "interest.skill-link" not in rules
