"""Roster rules (two or more interviewers): everyone drafted, one recipient, a distinct detail, no copies."""

from __future__ import annotations

from tests.core.conftest import NOW, findings_of, multiple_session, panel_session, single_session

from followup.core.model import Draft
from followup.core.phrases import SIMILARITY_MAX_WORDS
from followup.core.rules import run_rules

ROSTER = {"roster.each-drafted", "roster.one-recipient", "roster.distinct-detail", "roster.too-similar"}


def test_roster_rules_do_not_apply_to_one_interviewer():
    report = run_rules(single_session(), NOW)
    assert not ROSTER & set(report.drafts[0].applicable)


def test_good_panel_passes_every_roster_rule():
    report = run_rules(panel_session(), NOW)
    for draft in report.drafts:
        assert ROSTER <= set(draft.applicable)
        assert not ROSTER & {f.rule for f in draft.findings}


def test_empty_draft_is_an_error_on_that_draft_only():
    session = multiple_session()
    session.interviewers[1].draft = Draft()
    report = run_rules(session, NOW)
    assert "roster.each-drafted" in findings_of(report, 1)
    assert "roster.each-drafted" not in findings_of(report, 0)


def test_greeting_two_people():
    session = multiple_session()
    session.interviewers[0].draft.greeting = "Dear Dana and Sam,"
    report = run_rules(session, NOW)
    assert "roster.one-recipient" in findings_of(report, 0)


def test_hi_all_greets_a_group():
    session = multiple_session()
    session.interviewers[1].draft.greeting = "Hi all,"
    assert "roster.one-recipient" in findings_of(run_rules(session, NOW), 1)


def test_full_name_greeting_is_one_person():
    session = multiple_session()
    session.interviewers[2].draft.greeting = "Dear Piotr Wojciechowski,"
    assert "roster.one-recipient" not in findings_of(run_rules(session, NOW), 2)


def test_two_drafts_sharing_their_only_topic_both_fire_and_name_each_other():
    session = multiple_session()
    shared = (
        "Thank you for taking the time to meet with me. I enjoyed hearing about the quarterly churn review "
        "and the questions it raises for the product teams."
    )
    session.interviewers[0].draft.gratitude = shared
    session.interviewers[2].draft.gratitude = shared.replace("I enjoyed", "It was a pleasure")
    session.interviewers[0].draft.interest = session.interviewers[0].draft.interest.replace("Northwind", "the")
    report = run_rules(session, NOW)
    dana = next(f for f in report.drafts[0].findings if f.rule == "roster.distinct-detail")
    piotr = next(f for f in report.drafts[2].findings if f.rule == "roster.distinct-detail")
    assert "Piotr Wojciechowski" in dana.message and "Dana Rivera" in piotr.message
    assert "roster.distinct-detail" not in findings_of(report, 1)


def test_draft_with_no_roster_topic_fires():
    session = multiple_session()
    session.interviewers[1].draft.gratitude = (
        "Thank you for meeting with me today. I enjoyed our conversation and learned a lot about the team."
    )
    session.interviewers[1].draft.interest = (
        "I am keen to join the team, and my churn dashboard shows the stakeholder reporting the role needs."
    )
    assert "roster.distinct-detail" in findings_of(run_rules(session, NOW), 1)


def test_copied_draft_with_names_swapped_is_too_similar():
    session = multiple_session()
    dana = session.interviewers[0].draft
    sam = session.interviewers[1].draft
    for section in ("gratitude", "interest", "clarification", "closing"):
        sam.set_section(section, dana.section(section).replace("Dana", "Sam"))
    sam.interest += " Thanks again."
    report = run_rules(session, NOW)
    finding = next(f for f in report.drafts[1].findings if f.rule == "roster.too-similar")
    assert "Dana Rivera" in finding.message
    assert "roster.too-similar" in findings_of(report, 0)
    assert "roster.too-similar" not in findings_of(report, 2)


def test_a_group_greeting_is_one_finding_and_no_wrong_person():
    # "Dear Dana and Sam" in Dana's note: one roster.one-recipient naming Sam, not a wrong-person error
    session = multiple_session()
    session.interviewers[0].draft.greeting = "Dear Dana and Sam,"
    report = run_rules(session, NOW)
    found = [f for f in report.drafts[0].findings if f.rule in ("roster.one-recipient", "proof.wrong-person")]
    assert [f.rule for f in found] == ["roster.one-recipient"]
    assert "Sam Okafor" in found[0].message and "Dana" not in found[0].message


def test_another_persons_name_alone_in_the_greeting_is_still_wrong_person():
    session = multiple_session()
    session.interviewers[0].draft.greeting = "Dear Sam,"
    assert "proof.wrong-person" in findings_of(run_rules(session, NOW), 0)


def test_roster_rules_do_not_run_after_a_rejection():
    session = multiple_session()
    session.interview.outcome = "rejected"
    session.interviewers[1].draft = Draft()  # one gracious reply is enough
    session.interviewers[2].draft = Draft()
    report = run_rules(session, NOW)
    for draft in report.drafts:
        assert not ROSTER & set(draft.applicable)


def _templated(session, details):
    """Each draft the same template, with its own filled-in detail sentence."""
    for person, detail in zip(session.interviewers, details):
        first = person.name.split()[0]
        person.draft.greeting = f"Dear {first},"
        person.draft.gratitude = (
            "Thank you for being part of the interview panel for the Senior Data Analyst role today. " + detail
        )
        person.draft.interest = (
            "I left the interview more enthusiastic than ever about joining Northwind Analytics. Since the team "
            "wants stronger data analysis, I would build on my churn dashboard that cut reporting time by 40%."
        )
        person.draft.clarification = ""
        person.draft.closing = "I look forward to hearing about the next steps."
    return session


def test_one_template_with_its_own_detail_each_is_at_most_a_suggestion():
    session = _templated(panel_session(), [
        "Your account of migrating the billing pipeline to dbt stayed with me.",
        "Your story of the on-call rotation stayed with me.",
        "Your view of the data governance programme stayed with me.",
        "Your ideas on pricing experiments stayed with me.",
        "Your approach to forecasting seat renewals stayed with me.",
    ])
    report = run_rules(session, NOW)
    similar = [f for d in report.drafts for f in d.findings if f.rule == "roster.too-similar"]
    assert similar and all(f.severity == "suggestion" for f in similar)


def test_one_template_with_no_detail_of_its_own_is_a_warning():
    session = _templated(panel_session(), ["It was a pleasure to meet everyone."] * 5)
    report = run_rules(session, NOW)
    similar = [f for d in report.drafts for f in d.findings if f.rule == "roster.too-similar"]
    assert len(similar) == 5 and all(f.severity == "warning" for f in similar)


def _words(prefix: str, count: int) -> str:
    """`count` distinct made-up words (letters only), each starting with `prefix`."""
    def letters(n: int) -> str:
        out = ""
        for _ in range(3):
            n, d = divmod(n, 26)
            out += chr(97 + d)
        return out
    return " ".join(prefix + letters(n) for n in range(count))


def test_long_drafts_are_compared_on_their_opening_words():
    # the same first SIMILARITY_MAX_WORDS words, then long tails of their own: alike by their openings
    # (compared whole, a pair of 8,000-word drafts cost seconds and the panel grew with its square)
    session = multiple_session()
    opening = _words("op", SIMILARITY_MAX_WORDS)
    for person, tail in zip(session.interviewers[:2], ("ta", "tb")):
        person.draft.gratitude = opening
        person.draft.interest = _words(tail, 3 * SIMILARITY_MAX_WORDS)
    report = run_rules(session, NOW)
    assert "roster.too-similar" in findings_of(report, 0)
    assert "roster.too-similar" in findings_of(report, 1)
    assert "roster.too-similar" not in findings_of(report, 2)
