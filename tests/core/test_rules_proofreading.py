"""Proofreading rules: spelling with the session's words, name and company slips, placeholders, doubles, length."""

from __future__ import annotations

import pytest

from tests.core.conftest import NOW, findings_of, multiple_session, single_session

from followup.core.rules import run_rules


def report_with(speller=None, index=0, session=None, **sections):
    session = session or single_session()
    for name, text in sections.items():
        session.interviewers[index].draft.set_section(name, text)
    return session, run_rules(session, NOW, None, speller)


def spans(session, report, rule, index=0):
    draft = session.interviewers[index].draft
    return [
        draft.section(f.section)[f.span[0]:f.span[1]]
        for f in report.drafts[index].findings
        if f.rule == rule
    ]


# -- proof.spelling -----------------------------------------------------------
def test_spelling_needs_the_dictionary():
    _, report = report_with(None, gratitude="Thank you for explaning the billing pipeline to dbt.")
    assert "proof.spelling" not in report.drafts[0].applicable


def test_misspelled_words_are_found_in_their_sections(speller):
    session, report = report_with(
        speller,
        gratitude="Thank you for explaning how you are migrating the billing pipeline to dbt.",
        closing="I look foward to hearing about the next steps.",
    )
    assert spans(session, report, "proof.spelling") == ["explaning", "foward"]
    finding = next(f for f in report.drafts[0].findings if f.rule == "proof.spelling")
    assert finding.section == "gratitude" and "explaning" in finding.message


def test_session_words_british_spellings_and_skips_are_accepted(speller):
    session, report = report_with(
        speller,
        gratitude=(
            "Thank you, Dana, for the colour you added about migrating the billing pipeline to dbt. I organised "
            "a similar programme at my last company, with a well-known catalogue of metrics in GitHub."
        ),
        interest=(
            "I am excited about the Senior Data Analyst role at Northwind Analytics. Your team's centre of "
            "excellence for Kubernetes batch jobs and stakeholder reporting is where I'd fit: see "
            "https://example.com/churn-dashboard or my SQL notes (v2, 40% faster)."
        ),
    )
    assert "proof.spelling" in report.drafts[0].applicable
    assert spans(session, report, "proof.spelling") == []


def test_user_word_list_accepts_a_word(speller):
    from followup.core.config import Config

    session = single_session()
    session.interviewers[0].draft.interest += " I also built dbtcloud jobs."
    assert "proof.spelling" in findings_of(run_rules(session, NOW, None, speller))
    assert "proof.spelling" not in findings_of(run_rules(session, NOW, Config(words=frozenset({"dbtcloud"})), speller))


# -- proof.interviewer-name ----------------------------------------------------
@pytest.mark.parametrize("greeting, slip", [
    ("Dear Dona,", "Dona"),
    ("Dear Ms. Rivers,", "Rivers"),
    ("Dear Ms. Riviera,", "Riviera"),
    ("Dear dana,", "dana"),
])
def test_near_miss_of_the_interviewers_name(speller, greeting, slip):
    session, report = report_with(speller, greeting=greeting)
    assert spans(session, report, "proof.interviewer-name") == [slip]


def test_ordinary_words_near_the_name_are_not_slips(speller):
    # "Data" is one edit from "Dana"; "River" one from "Rivera": ordinary words, never slips
    session, report = report_with(
        speller,
        gratitude=(
            "Thank you, Dana. Data quality came up often, and the River Thames analogy for migrating the "
            "billing pipeline to dbt stuck with me. Dana Rivera's quarterly churn review was a highlight."
        ),
    )
    assert "proof.interviewer-name" not in findings_of(report)


def test_name_slip_found_without_a_dictionary_too():
    # "Dnaa" is two edits from Dana, and a name of four letters allows only one
    session, report = report_with(None, greeting="Dear Dnaa,")
    assert spans(session, report, "proof.interviewer-name") == []
    session, report = report_with(None, greeting="Dear Dena,")
    assert spans(session, report, "proof.interviewer-name") == ["Dena"]


def test_long_name_allows_two_edits():
    session = multiple_session()
    session.interviewers[2].draft.greeting = "Dear Mr. Wojciechowsky,"
    report = run_rules(session, NOW)
    assert spans(session, report, "proof.interviewer-name", 2) == ["Wojciechowsky"]


def test_missing_accent_on_a_name_is_a_slip(speller):
    session = single_session()
    session.interviewers[0].name = "Siobhán Kelly"
    session.interviewers[0].draft.greeting = "Dear Siobhan,"
    report = run_rules(session, NOW, None, speller)
    assert spans(session, report, "proof.interviewer-name") == ["Siobhan"]


# -- proof.company-name --------------------------------------------------------
def test_company_near_miss_and_wrong_capitals(speller):
    session, report = report_with(
        speller,
        interest=(
            "I am excited about the Senior Data Analyst role at Nortwind Analytics, and my churn dashboard "
            "fits your stakeholder reporting. Northwind analytics is where I want to grow."
        ),
    )
    assert spans(session, report, "proof.company-name") == ["Nortwind Analytics", "Northwind analytics"]


def test_camel_case_company_written_with_one_capital(speller):
    session = single_session()
    session.interview.company = "GitHub"
    session.interviewers[0].draft.interest = (
        "I am excited about the Senior Data Analyst role at Github, and my churn dashboard shows the stakeholder "
        "reporting you need."
    )
    report = run_rules(session, NOW, None, speller)
    assert spans(session, report, "proof.company-name") == ["Github"]


def test_company_written_right_and_lower_case_common_words_pass(speller):
    session, report = report_with(
        speller,
        interest=(
            "I am excited about joining Northwind Analytics. Our analytics team used a churn dashboard for "
            "stakeholder reporting, and Northwind Analytics' focus on it appeals to me."
        ),
    )
    assert "proof.company-name" not in findings_of(report)


# -- proof.wrong-person --------------------------------------------------------
def test_other_interviewers_name_in_greeting():
    session = multiple_session()
    session.interviewers[0].draft.greeting = "Dear Sam,"
    report = run_rules(session, NOW)
    assert spans(session, report, "proof.wrong-person") == ["Sam"]
    assert "greeting.name" in findings_of(report)


def test_thanking_another_interviewer_as_if_they_were_this_one():
    session = multiple_session()
    session.interviewers[0].draft.gratitude = (
        "Thank you, Sam, for taking the time to meet with me. I enjoyed hearing how the team is migrating "
        "the billing pipeline to dbt."
    )
    report = run_rules(session, NOW)
    assert spans(session, report, "proof.wrong-person") == ["Sam"]


def test_mentioning_a_colleague_is_not_a_slip():
    session = multiple_session()
    session.interviewers[0].draft.gratitude = (
        "Thank you for taking the time to meet with me. I enjoyed hearing how you and Sam's team are migrating "
        "the billing pipeline to dbt, and I look forward to learning from Sam on the Kubernetes work."
    )
    report = run_rules(session, NOW)
    assert "proof.wrong-person" not in findings_of(report)


def test_wrong_person_needs_a_roster():
    report = run_rules(single_session(), NOW)
    assert "proof.wrong-person" not in report.drafts[0].applicable


# -- proof.placeholder ---------------------------------------------------------
def test_placeholders_of_every_kind():
    session, report = report_with(
        subject="Thank You – [Your Name] – Senior Data Analyst Interview",
        gratitude="Thank you, {{ name }}, for discussing <topic> and the billing pipeline to dbt migration.",
        closing="TODO: closing line. I look forward to the next steps.",
    )
    assert spans(session, report, "proof.placeholder") == ["[Your Name]", "{{ name }}", "<topic>", "TODO"]


def test_email_addresses_and_ordinary_text_are_not_placeholders():
    session, report = report_with(signoff="Best regards,\nSiobhán Nguyen\n<siobhan.nguyen@example.com>")
    assert "proof.placeholder" not in findings_of(report)


# -- proof.repeated-word -------------------------------------------------------
def test_doubled_word():
    session, report = report_with(closing="I look forward to to hearing about the next steps.")
    assert spans(session, report, "proof.repeated-word") == ["to to"]


def test_words_repeated_across_punctuation_or_allowed_are_fine():
    session, report = report_with(closing="What it is is simple: I look forward to the next steps. Steps, steps.")
    assert spans(session, report, "proof.repeated-word") == []


# -- length.concise ------------------------------------------------------------
def test_too_short_and_too_long():
    _, short = report_with(gratitude="Thanks!", interest="Keen.", clarification="", closing="Next steps?")
    assert "length.concise" in findings_of(short)
    long_text = "I am excited about the Senior Data Analyst role and the churn dashboard work. " * 20
    _, long = report_with(interest=long_text)
    finding = next(f for f in long.drafts[0].findings if f.rule == "length.concise")
    assert finding.section == "draft" and finding.severity == "suggestion"


def test_good_length_passes():
    assert "length.concise" not in findings_of(run_rules(single_session(), NOW))


def test_a_title_before_the_name_is_never_a_slip_of_it(speller):
    # "Mrs" is two edits from a five-letter surname such as "Marsh": a title, not a misspelling
    session = single_session()
    person = session.interviewers[0]
    person.name = "Gwen Marsh"
    person.draft.greeting = "Dear Mrs Marsh,"
    report = run_rules(session, NOW, None, speller)
    assert spans(session, report, "proof.interviewer-name") == []
    person.draft.greeting = "Dear Mrs Mash,"
    report = run_rules(session, NOW, None, speller)
    assert spans(session, report, "proof.interviewer-name") == ["Mash"]


def test_a_name_above_its_own_address_is_not_a_repeated_word():
    session, report = report_with(None, signoff="Best regards,\nPriya Raman\nPriya\npriya.raman@example.com")
    assert spans(session, report, "proof.repeated-word") == []
    session, report = report_with(None, closing="I look forward to to hearing about the next steps.")
    assert spans(session, report, "proof.repeated-word") == ["to to"]
