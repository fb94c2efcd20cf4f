"""Interest rules: renewed enthusiasm tied to the role or organisation; a skill linked to a need."""

from __future__ import annotations

import pytest

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


# ----------------------------------------------------------------------------- enthusiasm in many wordings
#: Renewed interest said the ways people say it (our own sentences, shaped after published emails).
KEEN = [
    "I would love to join the analytics team at Northwind.",
    "It is exactly the kind of team I want to join.",
    "Working at Northwind Analytics would be a dream.",
    "I am drawn to the mission you described.",
    "I would be honored to contribute to your team.",
    "Of all the roles I have applied for, this is the one I most want.",
    "I remain excited about the opportunity.",
    "I look forward to the possibility of joining your team.",
    "I would very much like to be part of the reporting team.",
    "Our conversation reinforced my desire to work with your group.",
    "I am eager to contribute to Northwind Analytics.",
    "I'm thrilled at the thought of working alongside you and the team.",
    "Everything I heard made me keener than ever on the position.",
    "I am passionate about the work your department does.",
    "The role appeals to me even more after today.",
    "I can't wait to get started with the team, should I be offered the role.",
    "I was inspired by the vision you shared for the data team.",
    "Our conversation confirmed my interest in the Senior Data Analyst role.",
    "Northwind Analytics is a team I would be proud to lead one day.",
    "It would be a privilege to work with your group.",
    "Nothing would make me happier than running the reporting desk at Northwind Analytics.",
    "I left your office wanting this job even more than when I walked in.",
    "I would relish the chance to bring my reporting experience to the analytics team.",
]
#: Sentences about the interview that say no renewed interest in the role.
NOT_KEEN = [
    "I look forward to hearing from you.",
    "The role needs stronger data analysis.",
    "It was interesting to hear how the team works.",
    "I am not interested in relocating for the role.",
    "I am no longer keen on the position.",
    "I would like to thank you and the team for your time.",
    "I am excited.",
]


def _enthusiasm_fires(sentence: str) -> bool:
    session = single_session()
    draft = session.interviewers[0].draft
    # a link with no enthusiasm word in it, so that only `sentence` can say it
    draft.interest = "My churn dashboard cut reporting time by 40%, which matches the stakeholder reporting you need. " + sentence
    return "interest.enthusiasm" in findings_of(run_rules(session, NOW))


@pytest.mark.parametrize("sentence", KEEN)
def test_renewed_interest_in_other_words_passes(sentence):
    assert not _enthusiasm_fires(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_KEEN)
def test_sentences_without_renewed_interest_fire(sentence):
    assert _enthusiasm_fires(sentence), sentence


def test_enthusiasm_anywhere_in_the_email_counts():
    session = single_session()
    draft = session.interviewers[0].draft
    draft.interest = "My churn dashboard cut reporting time by 40%, which matches the stakeholder reporting you need."
    draft.gratitude += " It made me even more excited about the Senior Data Analyst role."
    assert "interest.enthusiasm" not in findings_of(run_rules(session, NOW))


def test_correcting_a_slip_never_makes_enthusiasm_fire():
    # issue 16: fixing "my interested" to "my interest" once lowered the score
    before = _enthusiasm_fires("The talk confirmed my interested in the role.")
    after = _enthusiasm_fires("The talk confirmed my interest in the role.")
    assert (before, after) == (False, False)


def test_interest_rules_do_not_apply_after_an_informational_interview():
    session = single_session()
    session.interview.kind = "informational"
    draft = session.interviewers[0].draft
    draft.interest = "I enjoyed hearing how you moved into analytics."
    report = run_rules(session, NOW)
    assert not {"interest.enthusiasm", "interest.skill-link"} & set(report.drafts[0].applicable)


# ----------------------------------------------------------------------------- skill link
def test_a_generic_fit_claim_is_not_a_link():
    rules = fired(
        "I am excited about the Senior Data Analyst role. I believe my skills and experience make me a strong "
        "fit for this role, and your focus on stakeholder reporting and stronger data analysis is impressive.",
        "",
    )
    assert "interest.skill-link" in rules


def test_requirement_words_in_the_company_name_are_not_a_link():
    session = single_session()
    session.interview.company = "Stakeholder Reporting Partners"
    draft = session.interviewers[0].draft
    draft.interest = "I am excited about joining Stakeholder Reporting Partners; I would be a great asset to the team."
    draft.clarification = ""
    assert "interest.skill-link" in findings_of(run_rules(session, NOW))


def test_a_named_skill_beside_a_need_is_a_link():
    rules = fired(
        "I am excited about the role. The team needs stronger data analysis, and my experience with careful "
        "cohort definitions would help most there.",
        "",
    )
    assert "interest.skill-link" not in rules


def test_an_achievement_named_in_the_closing_is_a_link():
    session = single_session()
    draft = session.interviewers[0].draft
    draft.interest = "I am excited about the Senior Data Analyst role."
    draft.clarification = ""
    draft.closing = ("The churn dashboard I built cut reporting time by 40%, and I would bring that to your team. "
                     "I look forward to the next steps.")
    assert "interest.skill-link" not in findings_of(run_rules(session, NOW))


def test_correcting_a_misspelt_word_never_breaks_a_link(speller):
    # "skils" is not a concrete skill any more than "skills" is: the fix leaves skill-link where it was
    def skill_link_fires(text: str) -> bool:
        session = single_session()
        session.interviewers[0].draft.interest = text
        session.interviewers[0].draft.clarification = ""
        return "interest.skill-link" in findings_of(run_rules(session, NOW, None, speller))

    before = skill_link_fires("I am excited about the role; my skils and experience make me a strong fit for it.")
    after = skill_link_fires("I am excited about the role; my skills and experience make me a strong fit for it.")
    assert (before, after) == (True, True)


def test_my_kind_of_work_beside_their_need_is_a_link():
    # "my forecasting work" names a skill as plainly as "my experience with forecasting" does
    rules = fired(
        "I am keen to bring my cohort analysis work to the team, especially for the stakeholder reporting "
        "you described.",
        "",
    )
    assert "interest.skill-link" not in rules


def test_a_work_ethic_is_still_a_generic_claim():
    rules = fired(
        "I am keen on the role; my work ethic and positive attitude would serve your stakeholder reporting well.",
        "",
    )
    assert "interest.skill-link" in rules
