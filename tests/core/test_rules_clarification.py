"""Clarification rules: only when the section has text; one brief sentence; positive framing."""

from __future__ import annotations

from tests.core.conftest import NOW, findings_of, single_session

from followup.core.rules import run_rules


def report_with(text: str):
    session = single_session()
    session.interviewers[0].draft.clarification = text
    return run_rules(session, NOW)


def test_empty_clarification_is_not_applicable():
    report = report_with("")
    assert not {"clarify.brief", "clarify.positive"} & set(report.drafts[0].applicable)


def test_one_brief_positive_sentence_passes():
    report = report_with("To expand on the SQL window functions question, I have since used them to rank churn cohorts.")
    assert {"clarify.brief", "clarify.positive"} <= set(report.drafts[0].applicable)
    assert not {"clarify.brief", "clarify.positive"} & findings_of(report)


def test_abbreviations_do_not_split_the_sentence():
    report = report_with("To expand on window functions, e.g. ranking cohorts, I rebuilt our churn report with them.")
    assert "clarify.brief" not in findings_of(report)


def test_two_sentences_fire():
    report = report_with(
        "I want to add to my answer on window functions. I have used them to rank churn cohorts at work."
    )
    assert "clarify.brief" in findings_of(report)


def test_over_45_words_fires_with_span_from_word_46():
    words = ("To expand on the window functions question I have since rebuilt our churn cohort report "
             "using ranking and running totals which let the finance team compare each monthly cohort side by "
             "side and spot the quarters where retention dropped after a pricing change in the spring of last year "
             "across every region").split()
    text = " ".join(words) + "."
    assert len(words) > 45
    finding = next(f for f in report_with(text).drafts[0].findings if f.rule == "clarify.brief")
    assert text[finding.span[0]:].startswith(words[45])


def test_apologetic_framing_fires_on_each_phrase():
    text = "Sorry, I was nervous and blanked on the window functions question, but I know them well."
    found = [f for f in report_with(text).drafts[0].findings if f.rule == "clarify.positive"]
    assert [text[f.span[0]:f.span[1]] for f in found] == ["Sorry", "nervous", "blanked"]
