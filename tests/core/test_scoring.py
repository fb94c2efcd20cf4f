"""Scores: passing weight over applicable weight; a failed rule counts once; the session is the mean."""

from __future__ import annotations

from datetime import timedelta

from followup.core.findings import DraftReport, Finding
from followup.core.rules import run_rules
from followup.core.scoring import draft_score, lowest_score, session_score
from tests.core.conftest import ENDED, NOW, multiple_session, single_session


def f(rule, severity):
    return Finding(rule, severity, "draft", "m")


def test_weights_and_not_applicable():
    outcomes = [
        ("a", "error", []),  # passes: 3
        ("b", "warning", [f("b", "warning"), f("b", "warning")]),  # fails once: 2
        ("c", "suggestion", None),  # does not apply
        ("d", "suggestion", []),  # passes: 1
    ]
    score, applicable, failed = draft_score(outcomes)
    assert score == round(100 * 4 / 6)
    assert applicable == ("a", "b", "d") and failed == ("b",)


def test_finding_severity_decides_the_weight():
    # timing.deadline is a warning rule but costs an error's weight once past
    score, _, _ = draft_score([("timing.deadline", "warning", [f("timing.deadline", "error")]), ("x", "error", [])])
    assert score == 50


def test_nothing_applicable_scores_100():
    assert draft_score([("a", "error", None)])[0] == 100


def test_session_score_is_the_rounded_mean_and_lowest_is_exposed():
    drafts = [DraftReport(i, "x", s, ()) for i, s in enumerate((100, 81, 70))]
    assert session_score(drafts) == 84 and lowest_score(drafts) == 70
    assert session_score([]) == 100


def test_overdue_draft_scores_lower_than_a_soon_one():
    session = single_session()
    soon = run_rules(session, ENDED + timedelta(hours=20)).drafts[0].score
    overdue = run_rules(session, ENDED + timedelta(hours=30)).drafts[0].score
    assert 100 > soon > overdue


def test_one_weak_draft_pulls_the_session_mean():
    session = multiple_session()
    session.interviewers[1].draft.closing = "Please respond ASAP."
    report = run_rules(session, NOW)
    assert [d.score for d in report.drafts][0] == 100 and report.drafts[1].score < 100
    assert report.score == round(sum(d.score for d in report.drafts) / 3)
