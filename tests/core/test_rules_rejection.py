"""Rules after a rejection: appreciation, good wishes, an open door, no pushback; length cap of 120 words."""

from __future__ import annotations

from tests.core.conftest import NOW, findings_of, rejection_session, serious, single_session

from followup.core.rules import run_rules

REJECTION_RULES = {"rejection.appreciation", "rejection.well-wishes", "rejection.door-open", "rejection.no-pushback"}


def report_with(**sections):
    session = rejection_session()
    for name, text in sections.items():
        session.interviewers[0].draft.set_section(name, text)
    return run_rules(session, NOW)


def test_gracious_note_passes_every_rejection_rule():
    report = run_rules(rejection_session(), NOW)
    assert REJECTION_RULES <= set(report.drafts[0].applicable)
    assert not findings_of(report) & REJECTION_RULES


def test_rejection_rules_do_not_apply_before_a_decision():
    report = run_rules(single_session(), NOW)
    assert not REJECTION_RULES & set(report.drafts[0].applicable)


def test_thanks_without_the_opportunity_fires_appreciation():
    report = report_with(gratitude="Thanks for letting me know about the decision on the Senior Data Analyst role.")
    assert "rejection.appreciation" in findings_of(report)


def test_no_well_wishes_and_no_open_door():
    report = report_with(closing="I understand the decision and will keep working on my reporting skills.")
    assert {"rejection.well-wishes", "rejection.door-open"} <= findings_of(report)


def test_wish_you_well_counts_as_well_wishes():
    report = report_with(closing="I wish you and the whole analytics team well, and hope we stay in touch.")
    assert not {"rejection.well-wishes", "rejection.door-open"} & findings_of(report)


def test_pushback_is_an_error_with_span():
    closing = "I think this is a mistake and I hope you will reconsider. I wish the team success in the future."
    report = report_with(closing=closing)
    found = [closing[f.span[0]:f.span[1]] for f in report.drafts[0].findings if f.rule == "rejection.no-pushback"]
    assert found == ["mistake", "reconsider"]
    assert "rejection.no-pushback" in serious(report)


def test_long_rejection_note_over_120_words():
    long = " ".join(["I enjoyed every part of the process and learned a great deal from each conversation."] * 10)
    assert "length.concise" in findings_of(report_with(gratitude="Thank you for the opportunity. " + long))
