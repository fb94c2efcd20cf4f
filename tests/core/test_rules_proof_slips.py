"""proof.other-company, proof.capitalization and proof.grammar: each fires on its slips and stays quiet on
the near cases good emails are full of (former employers, universities, tools; URLs, sign-offs, lists;
"an hour", "a university", "an MBA")."""

from __future__ import annotations

import pytest

from followup.core.rules import run_rules
from tests.core.conftest import NOW, findings_of, single_session


def found(rule: str, section: str, text: str, speller=None, session=None) -> list[str]:
    session = session or single_session()
    session.interviewers[0].draft.set_section(section, text)
    report = run_rules(session, NOW, None, speller)
    return [
        session.interviewers[0].draft.section(f.section)[f.span[0] : f.span[1]]
        for f in report.drafts[0].findings
        if f.rule == rule
    ]


def message(rule: str, section: str, text: str, speller=None) -> str:
    session = single_session()
    session.interviewers[0].draft.set_section(section, text)
    report = run_rules(session, NOW, None, speller)
    return next(f.message for f in report.drafts[0].findings if f.rule == rule)


# -- proof.other-company --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I am excited about the analyst role at Brightwater Partners.", "Brightwater Partners"),
        ("I would love to join the Meridian Care product team.", "Meridian Care"),
        ("I am keen on joining Brightwater and growing with the team.", "Brightwater"),
        ("I admire Zentrix's mission and would be proud to help.", "Zentrix"),
        ("I remain very interested in this position with Halvorsen Group.", "Halvorsen Group"),
        ("Your team at Quillfield Labs does work I want to be part of.", "Quillfield Labs"),
    ],
)
def test_other_company_fires_where_the_employer_belongs(text, org, speller):
    assert found("proof.other-company", "interest", text, speller) == [org]


def test_other_company_names_both_companies(speller):
    text = "I am excited about the analyst role at Brightwater Partners."
    assert message("proof.other-company", "interest", text, speller) == (
        "Replace “Brightwater Partners” with “Northwind Analytics”: this note is for that company."
    )


def test_other_company_fires_even_when_the_right_company_appears_elsewhere(speller):
    session = single_session()
    session.interviewers[0].draft.closing = "I look forward to joining Brightwater Partners."
    report = run_rules(session, NOW, None, speller)
    assert "proof.other-company" in findings_of(report)


@pytest.mark.parametrize(
    "text",
    [
        "I am excited about the Senior Data Analyst role at Northwind Analytics.",
        "I would love to join Northwind and the analytics team.",
        "I would love to join the Data Platform team.",
        "I would be glad to join the Customer Success team.",
        "In my role at Brightwater Partners I built a churn dashboard.",
        "At my last company, Brightwater Partners, I led the reporting.",
        "I held a similar role at Acme Freight for three years.",
        "Since joining Brightwater in 2021, I have run the weekly review.",
        "Before joining Brightwater, I studied at the University of Leeds.",
        "I learned SQL at Stanford University and dbt at work.",
        "The migration to dbt reminded me of my time at Google.",
        "I enjoyed hearing about Dana's team and the quarterly churn review.",
        "I look forward to joining Monday's planning session if it helps.",
        "I would love to join the team and help with Kubernetes batch jobs.",
        "Today's conversation about the billing pipeline was the highlight of my week.",
        "Thank you for making the time to join the Zoom call with me.",
        "I was glad to join the Friday Forum session your team runs.",
        "I am grateful for the conversation about the position with Dr. Okafor.",
    ],
)
def test_other_company_stays_quiet_on_former_employers_universities_tools_and_teams(text, speller):
    assert found("proof.other-company", "interest", text, speller) == []


def test_other_company_works_without_the_dictionary():
    assert found("proof.other-company", "interest", "I am excited about the role at Brightwater Partners.") == [
        "Brightwater Partners"
    ]
    assert found("proof.other-company", "interest", "I would love to join the Analytics team.") == []


def test_a_slip_of_the_company_name_is_left_to_proof_company_name(speller):
    text = "I am excited about the analyst role at Northwynd Analytics."
    assert found("proof.other-company", "interest", text, speller) == []


# -- proof.capitalization ------------------------------------------------------------
def test_capitalization_fires_on_lower_case_sentences_names_and_i():
    words = found("proof.capitalization", "gratitude",
                  "thank you for meeting with me. i enjoyed hearing about the billing pipeline.")
    assert words == ["thank", "i"]


def test_capitalization_fires_on_the_candidates_name_in_the_sign_off():
    words = found("proof.capitalization", "signoff", "Best regards,\nsiobhán nguyen\nsiobhan.nguyen@example.com")
    assert words == ["siobhán", "nguyen"]


def test_capitalization_fires_on_a_lower_case_greeting():
    assert found("proof.capitalization", "greeting", "dear Dana,") == ["dear"]


def test_capitalization_lower_case_interviewer_name_is_one_finding_of_proof_interviewer_name():
    session = single_session()
    session.interviewers[0].draft.greeting = "Dear dana,"
    report = run_rules(session, NOW)
    rules = [f.rule for f in report.drafts[0].findings]
    assert "proof.interviewer-name" in rules and "proof.capitalization" not in rules


@pytest.mark.parametrize(
    ("section", "text"),
    [
        ("signoff", "Best regards,\nSiobhán Nguyen\nsiobhan.nguyen@example.com | +1 555 0100"),
        ("signoff", "Kind regards,\nSiobhán Nguyen\nlinkedin.com/in/siobhan-nguyen"),
        ("closing", "You can reach me at siobhan.nguyen@example.com or www.siobhan-nguyen.dev/portfolio."),
        ("gratitude", "Thank you for the meeting, i.e. the deep dive on the billing pipeline."),
        ("gratitude", "Thank you for the meeting... and for the coffee afterwards."),
        ("interest", "Three things I would bring:\n- faster reporting\n- cleaner definitions\n- calm on-call habits"),
        ("interest", "I would start by (i) auditing the dbt models and (ii) rewriting the churn review."),
        ("gratitude", "Thank you for explaining how you are migrating the billing pipeline to dbt.\ndbt models were new to me."),
        ("gratitude", "Thank you for the tour of the iOS app and the eBay integration."),
        ("interest", "I am excited about the role, e.g. the pipeline work and the reporting."),
        ("closing", "I look forward to hearing from you about the next steps in the process."),
        ("closing", "I am free after 10 a.m. tomorrow and on Friday."),
        ("interest", "During my Ph.D. work I built similar pipelines."),
    ],
)
def test_capitalization_leaves_addresses_lists_abbreviations_and_lower_case_names_alone(section, text, speller):
    assert found("proof.capitalization", section, text, speller) == []


# -- proof.grammar -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Looking forward to hear from you about the next steps.", "Looking forward to hear"),
        ("I look forward to meet the rest of the team.", "look forward to meet"),
        ("I am looking forward to work with you.", "looking forward to work with"),
        ("I would of asked more questions if we had more time.", "would of"),
        ("We could of covered the pipeline too.", "could of"),
        ("You should of seen my face when the dashboard loaded.", "should of"),
        ("It was a honor to meet you.", "a honor"),
        ("I waited a hour for the train, and it was worth it.", "a hour"),
        ("It was an great conversation.", "an great"),
        ("I have a idea for the churn review.", "a idea"),
        ("I studied at an university in Leeds.", "an university"),
        ("Thank you for interview me today.", "Thank you for interview me"),
        ("A honest answer helped me most.", "A honest"),
    ],
)
def test_grammar_fires_on_the_common_slips(text, slip):
    assert found("proof.grammar", "closing", text) == [slip]


@pytest.mark.parametrize(
    "text",
    [
        "I look forward to hearing from you.",
        "I look forward to the next steps and to your decision.",
        "I am looking forward to working with you.",
        "I could, of course, send the full report.",
        "I would of course be glad to send the report.",
        "It was an honor to meet you and an hour well spent.",
        "I earned an MBA and an SQL certificate, and I hold a SQL Server badge.",
        "It was a unique chance to see a university team and a one-time migration.",
        "I have an historic interest in a European rail project.",
        "I built an X-ray scheduling tool and a U-turn in our roadmap.",
        "It was an unusual and an uninterrupted hour.",
        "We shipped a user survey and an eBay integration.",
        "I scored an A in statistics and got Plan A approved.",
        "We met in May of 2024 at a conference.",
        "Either plan a or plan b would work for the migration.",
        "I look forward to your thoughts and to the team's decision.",
    ],
)
def test_grammar_stays_quiet_on_correct_english(text):
    assert found("proof.grammar", "closing", text) == []


def test_the_good_draft_has_no_slips(speller):
    report = run_rules(single_session(), NOW, None, speller)
    assert not {"proof.other-company", "proof.capitalization", "proof.grammar"} & findings_of(report)
