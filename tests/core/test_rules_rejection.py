"""Rules after a rejection: appreciation, good wishes, an open door, no pushback; length cap of 120 words."""

from __future__ import annotations

import pytest

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


def test_thanks_for_the_letter_with_time_mentioned_apart_is_not_appreciation():
    report = report_with(
        gratitude="Thank you for your letter. I took some time to think about the interview before replying."
    )
    rules = findings_of(report)
    assert "rejection.appreciation" in rules
    assert "gratitude.thanks" not in rules  # one courtesy, one finding


def test_valuing_the_chance_to_interview_is_appreciation():
    report = report_with(gratitude="While I'm disappointed, I really valued the chance to interview and meet everyone.")
    assert "rejection.appreciation" not in findings_of(report)


def test_thanks_for_the_news_and_the_opportunity_is_appreciation():
    report = report_with(gratitude="Thank you for letting me know, and for considering me for the role.")
    assert "rejection.appreciation" not in findings_of(report)


@pytest.mark.parametrize("closing", [
    "I hope everything works out with your new hire.",
    "I wish you and the team continued success.",
    "Best of luck with the rest of the year.",
    "I hope the new analyst settles in well and the project goes well.",
    "I hope the reporting migration goes smoothly.",
    "I hope the launch turns out to be a great success.",
    "I hope the person you chose thrives in the role.",
    "Congratulations to whoever joins the team.",
])
def test_sincere_wishes_count(closing):
    assert "rejection.well-wishes" not in findings_of(report_with(closing=closing + " Let us stay in touch.")), closing


@pytest.mark.parametrize("closing", [
    "Best of luck with whoever you picked.",
    "Good luck finding someone as qualified as me.",
    "I wish you luck; you'll need it.",
    "I hope you don't regret it, and good luck.",
    "Best of luck with the new hire. I am sure they will be thrilled with that salary.",
])
def test_sarcastic_wishes_do_not_count(closing):
    assert "rejection.well-wishes" in findings_of(report_with(closing=closing + " Let us stay in touch.")), closing


@pytest.mark.parametrize("closing", [
    "However, I cannot accept your decision.",
    "I refuse to accept this outcome.",
    "I will be at the office on Monday at nine regardless, ready to start.",
    "I'll show up for the first day anyway.",
    "I am disappointed in your decision.",
    "Please take a second look at my application.",
    "Frankly, I think the panel got this one wrong.",
    "I would ask you to look at my portfolio again before the post is filled.",
    "Please review my application once more.",
    "I am not prepared to accept this outcome.",
    "I will be taking it up with your HR department.",
])
def test_refusing_the_decision_is_pushback(closing):
    assert "rejection.no-pushback" in findings_of(report_with(closing=closing)), closing


@pytest.mark.parametrize("closing", [
    "I was disappointed by the news, but I understand the decision.",
    "I accept the decision and wish the team every success.",
    "Whatever the result, I learned a lot, and I hope we stay in touch.",
])
def test_accepting_the_decision_is_not_pushback(closing):
    assert "rejection.no-pushback" not in findings_of(report_with(closing=closing)), closing


def test_the_courtesies_count_wherever_they_are():
    report = report_with(
        gratitude="I wish you and the team every success, and I hope we stay in touch.",
        closing="Thank you for the opportunity to interview and for your time.",
    )
    assert not REJECTION_RULES & findings_of(report)


@pytest.mark.parametrize("closing", [
    "Should another role come up on the team, I would love to hear from you.",
    "Please keep me in mind if a similar position opens.",
    "I would be glad to be considered for future vacancies.",
])
def test_an_open_door_in_other_words_counts(closing):
    assert "rejection.door-open" not in findings_of(report_with(closing=closing)), closing


def test_no_open_door_fires():
    assert "rejection.door-open" in findings_of(report_with(closing="I wish the team every success."))
