"""Scores in bands (RULES.md): the worst finding picks the band, each finding takes a fixed amount off its
top; rules that did not fire count neither way; the session is the mean of its drafts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followup.core.findings import DraftReport, Finding, Severity, band_of
from followup.core.rules import run_rules
from followup.core.scoring import draft_score, score_findings, session_score
from tests.core.conftest import ENDED, NOW, multiple_session, single_session


def f(rule, severity):
    return Finding(rule, severity, "draft", "m")


def test_one_severity_order_with_its_weights():
    assert [s.value for s in Severity] == ["error", "warning", "suggestion"]
    assert sorted(["suggestion", "error", "warning"], key=Severity.rank_of) == ["error", "warning", "suggestion"]
    assert [s.weight for s in Severity] == [3, 2, 1]
    assert Severity.rank_of("nonsense") > Severity.rank_of("suggestion")
    assert Severity.worst(["suggestion", "warning"]) == "warning" and Severity.worst([]) is None


def test_nothing_found_is_100_ready():
    assert score_findings([]) == 100 and band_of(100) == "ready"


@pytest.mark.parametrize(
    ("findings", "score", "band"),
    [
        # suggestions only: 90-99, a third of a point each (rounded once)
        (["suggestion"], 99, "polish"),
        (["suggestion"] * 3, 98, "polish"),
        (["suggestion"] * 60, 90, "polish"),  # never below the band's floor
        # warnings, no error: 60-89, a warning 2, a suggestion 1
        (["warning"], 87, "needs work"),
        (["warning", "suggestion"], 86, "needs work"),
        (["warning"] * 40, 60, "needs work"),
        # any error: 0-59, an error 6, a warning 4, a suggestion 2
        (["error"], 53, "not ready"),
        (["error", "warning", "suggestion"], 47, "not ready"),
        (["error"] * 30, 0, "not ready"),
    ],
)
def test_bands_and_deductions(findings, score, band):
    got = score_findings([f(str(n), s) for n, s in enumerate(findings)])
    assert got == score and band_of(got) == band


def test_an_error_always_scores_below_any_draft_without_one():
    worst_without = score_findings([f("w", "warning")] * 100)
    best_with = score_findings([f("e", "error")])
    assert best_with < 60 <= worst_without


def test_rules_that_pass_or_do_not_apply_change_nothing():
    only = draft_score([("b", "warning", [f("b", "warning")])])
    crowded = draft_score([
        ("a", "error", []),  # passes
        ("b", "warning", [f("b", "warning")]),
        ("c", "suggestion", None),  # does not apply
        ("d", "suggestion", []),
    ])
    assert crowded[0] == only[0] == 87
    assert crowded[1:] == (("a", "b", "d"), ("b",))


def test_each_finding_counts_so_fixing_one_shows():
    two = draft_score([("proof.spelling", "warning", [f("proof.spelling", "warning")] * 2)])[0]
    one = draft_score([("proof.spelling", "warning", [f("proof.spelling", "warning")])])[0]
    assert two < one < 100


def test_finding_severity_decides_the_band():
    # timing.deadline is a warning rule whose finding is an error once past
    score, _, _ = draft_score([("timing.deadline", "warning", [f("timing.deadline", "error")]), ("x", "error", [])])
    assert band_of(score) == "not ready"


def test_draft_report_band_and_json_carry_the_band():
    report = DraftReport(0, "Dana", 87, (f("b", "warning"),))
    assert report.band == "needs work" and report.to_json()["band"] == "needs work"
    assert set(report.to_json()) >= {"interviewer", "score", "findings"}  # keys only added, never removed


def test_session_score_is_the_rounded_mean():
    drafts = [DraftReport(i, "x", s, ()) for i, s in enumerate((100, 81, 70))]
    assert session_score(drafts) == 84
    assert session_score([]) == 100


def test_overdue_draft_scores_lower_than_a_soon_one():
    session = single_session()
    soon = run_rules(session, ENDED + timedelta(hours=20)).drafts[0]
    overdue = run_rules(session, ENDED + timedelta(hours=30)).drafts[0]
    assert soon.band == "needs work" and overdue.band == "not ready"
    assert 100 > soon.score > overdue.score


def test_one_weak_draft_pulls_the_session_mean():
    session = multiple_session()
    session.interviewers[1].draft.closing = "Please respond ASAP."
    report = run_rules(session, NOW)
    assert report.drafts[0].score == 100 and report.drafts[1].band == "not ready"
    assert report.score == round(sum(d.score for d in report.drafts) / 3)
