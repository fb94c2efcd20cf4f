"""The demo session looks like a real afternoon: a panel, some drafts done, some not, one sent."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup.core.demo import demo_session
from followup.core.store import dumps, loads

NOW = datetime(2026, 11, 25, 17, 7, 31, tzinfo=timezone(timedelta(hours=-5)))


def test_panel_of_five_that_ended_about_three_hours_ago_in_nows_offset():
    session = demo_session(NOW)
    assert session.scenario == "panel" and len(session.interviewers) == 5
    end = session.interview.ends_at
    assert timedelta(hours=3) <= NOW - end < timedelta(hours=3, minutes=15)
    assert end.utcoffset() == NOW.utcoffset()
    assert session.interview.start < end
    assert [p.draft.sent is not None for p in session.interviewers].count(True) == 1


def test_demo_round_trips_through_a_file():
    session = demo_session(NOW)
    assert loads(dumps(session)) == session


def test_finished_drafts_are_clean_and_the_others_are_visibly_unfinished():
    rules = pytest.importorskip("followup.core.rules")
    spelling = pytest.importorskip("followup.core.spelling")
    report = rules.run_rules(demo_session(NOW), NOW, None, spelling.Speller())
    clean = [d for d in report.drafts if not d.findings]
    unfinished = [d for d in report.drafts if d.has_error]
    assert [d.interviewer for d in clean] == ["Priya Natarajan", "Marcus Oyelaran", "Tomás Wojciechowski"]
    assert [d.interviewer for d in unfinished] == ["Siobhán Walsh", "Hannah Lindqvist"]
    assert all(d.score == 100 for d in clean)
