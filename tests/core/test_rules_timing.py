"""Timing and delivery rules, with an injected clock: 24-hour window, same day, handwritten letters."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.core.conftest import ENDED, EST, findings_of, rejection_session, single_session

from followup.core.rules import run_rules


def deadline_finding(session, now):
    return next((f for f in run_rules(session, now).drafts[0].findings if f.rule == "timing.deadline"), None)


def test_early_in_the_window_passes():
    assert deadline_finding(single_session(), ENDED + timedelta(hours=2)) is None


def test_less_than_six_hours_left_is_a_warning():
    finding = deadline_finding(single_session(), ENDED + timedelta(hours=19))
    assert finding.severity == "warning" and "5 h" in finding.message


def test_past_the_window_is_an_error():
    finding = deadline_finding(single_session(), ENDED + timedelta(hours=27))
    assert finding.severity == "error" and "overdue by 3 h" in finding.message
    assert finding.section == "draft"


def test_sent_in_time_passes_even_days_later():
    session = single_session()
    session.interviewers[0].draft.sent = ENDED + timedelta(hours=3)
    assert deadline_finding(session, ENDED + timedelta(days=3)) is None


def test_sent_after_the_window_is_an_error():
    session = single_session()
    session.interviewers[0].draft.sent = ENDED + timedelta(hours=30)
    assert deadline_finding(session, ENDED + timedelta(days=3)).severity == "error"


def test_timing_not_applicable_after_rejection():
    report = run_rules(rejection_session(), ENDED + timedelta(days=5))
    assert not {"timing.deadline", "timing.same-day"} & set(report.drafts[0].applicable)


def test_same_day_after_morning_interview_in_its_own_offset():
    # 10:30 EST; 18:05 EST is 23:05 UTC: still the same day in the interview's offset
    assert "timing.same-day" in findings_of(run_rules(single_session(), datetime(2026, 11, 25, 23, 5, tzinfo=timezone.utc)))
    assert "timing.same-day" not in findings_of(run_rules(single_session(), datetime(2026, 11, 25, 17, 55, tzinfo=EST)))


def test_same_day_not_applicable_after_an_afternoon_interview():
    session = single_session()
    session.interview.end = datetime(2026, 11, 25, 14, 0, tzinfo=EST)
    report = run_rules(session, datetime(2026, 11, 25, 20, 0, tzinfo=EST))
    assert "timing.same-day" not in report.drafts[0].applicable


def test_handwritten_medium_warns_and_email_does_not():
    session = single_session()
    assert "delivery.medium" not in findings_of(run_rules(session, ENDED))
    session.interview.medium = "handwritten"
    assert "delivery.medium" in findings_of(run_rules(session, ENDED))
