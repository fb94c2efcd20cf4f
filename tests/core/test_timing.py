"""The deadline: 24 h after the interview's end, a 6 h warning, states and labels, the same-day cut-off."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from followup.core.timing import (
    deadline,
    format_span,
    missed_same_day,
    same_day_cutoff,
    sent_label,
    session_deadline,
    short_span,
)
from tests.core.conftest import ENDED, EST, multiple_session, rejection_session, single_session


def state_at(hours: float, session=None):
    session = session or single_session()
    return deadline(session, session.interviewers[0].draft, ENDED + timedelta(hours=hours))


def test_states_through_the_window():
    assert (state_at(1).state, state_at(1).label) == ("open", "due in 23 h")
    assert state_at(17.9).state == "open" and state_at(18.1).state == "soon"
    soon = state_at(18.8)
    assert (soon.state, soon.label) == ("soon", "due in 5 h 12 min")
    late = state_at(27)
    assert (late.state, late.label) == ("overdue", "overdue by 3 h")
    assert late.remaining == timedelta(hours=-3)
    assert state_at(1).due == ENDED + timedelta(hours=24)


def test_sent_and_rejection_states():
    session = single_session()
    session.interviewers[0].draft.sent = ENDED + timedelta(hours=2)
    sent = state_at(40, session)
    assert (sent.state, sent.label, sent.marked) == ("sent", "sent Nov 25 12:30", "✔ sent Nov 25 12:30")
    rejected = state_at(40, rejection_session())
    assert (rejected.state, rejected.marked) == ("n/a", "– no 24 h deadline")
    rejection = rejection_session()
    rejection.interviewers[0].draft.sent = ENDED + timedelta(hours=2)
    assert state_at(40, rejection).state == "sent"  # what was sent is sent, rejection or not


def test_end_defaults_to_one_hour_after_start():
    session = single_session()
    session.interview.end = None
    assert state_at(0, session).due == session.interview.start + timedelta(hours=25)


def test_now_in_another_zone_is_compared_as_an_instant():
    session = single_session()
    now = datetime(2026, 11, 26, 15, 0, tzinfo=timezone.utc)  # 10:00 EST next day: 30 min left
    info = deadline(session, session.interviewers[0].draft, now)
    assert (info.state, info.label) == ("soon", "due in 30 min")


def test_naive_now_is_taken_in_the_interviews_zone():
    session = single_session()
    info = deadline(session, session.interviewers[0].draft, datetime(2026, 11, 25, 12, 30))
    assert info.label == "due in 22 h"


def test_same_day_cutoff_uses_the_interviews_own_offset():
    session = single_session()
    assert same_day_cutoff(session) == datetime(2026, 11, 25, 18, 0, tzinfo=EST)
    draft = session.interviewers[0].draft
    assert missed_same_day(session, draft, datetime(2026, 11, 25, 22, 59, tzinfo=timezone.utc)) is False
    assert missed_same_day(session, draft, datetime(2026, 11, 25, 23, 0, tzinfo=timezone.utc)) is True
    draft.sent = datetime(2026, 11, 25, 16, 0, tzinfo=EST)
    assert missed_same_day(session, draft, datetime(2026, 11, 26, 9, 0, tzinfo=EST)) is False


def test_format_span():
    assert format_span(timedelta(minutes=59, seconds=59)) == "59 min"
    assert format_span(timedelta(hours=2)) == "2 h"
    assert format_span(timedelta(days=2, hours=4, minutes=5)) == "2 d 4 h"
    assert format_span(timedelta(seconds=-5)) == "0 min"


def test_a_day_away_reads_in_hours_in_the_long_and_the_short_form():
    # the sidebar (long form) and the sessions list (short form) agree: no "1 d" beside "24 h"
    assert format_span(timedelta(hours=24)) == "24 h"
    assert format_span(timedelta(hours=30, minutes=5)) == "30 h 5 min"
    assert short_span(timedelta(hours=24)) == "24 h"
    assert format_span(timedelta(hours=48)) == "2 d"


def test_short_span_keeps_the_one_unit_that_matters():
    assert short_span(timedelta(minutes=40, seconds=59)) == "40 min"
    assert short_span(timedelta(hours=5, minutes=59)) == "5 h"
    assert short_span(timedelta(hours=28)) == "28 h"
    assert short_span(timedelta(days=2, hours=4)) == "2 d"
    assert short_span(timedelta(seconds=-5)) == "0 min"


def test_sent_label_is_the_time_today_and_the_date_otherwise():
    now = datetime(2026, 11, 25, 15, 0, tzinfo=EST)
    assert sent_label(datetime(2026, 11, 25, 19, 5, tzinfo=timezone.utc), now) == "sent 14:05"
    assert sent_label(datetime(2026, 11, 24, 9, 30, tzinfo=EST), now) == "sent Nov 24 09:30"


def test_session_deadline_follows_the_most_pressing_draft():
    session = multiple_session()
    at = lambda hours: session_deadline(session, ENDED + timedelta(hours=hours))  # noqa: E731
    assert at(1) == ("due in 23 h", False)
    assert at(18.8) == ("due in 5 h", True)
    assert at(-5) == ("due in 29 h", False)  # before the interview ends: one unit, fits the list's column
    assert at(25) == ("overdue", True)
    session.interviewers[0].draft.sent = ENDED + timedelta(hours=1)
    assert at(25) == ("overdue", True)
    for person in session.interviewers:
        person.draft.sent = ENDED + timedelta(hours=1)
    assert at(25) == ("all sent", False)
    assert session_deadline(rejection_session(), ENDED) == ("no deadline", False)
    session.interviewers = []
    assert session_deadline(session, ENDED) == ("no interviewers", False)
