"""RulesCache: the app's per-keystroke scoring gives the same report as run_rules, and notices every edit."""

from __future__ import annotations

from datetime import timedelta

from followup.core.config import Config
from followup.core.rules import RulesCache, run_rules
from tests.fixtures.sessions import northwind


def _now(session):
    return session.interview.start + timedelta(hours=3)


def test_unchanged_inputs_give_the_same_report_without_rescoring():
    session, cache = northwind(), RulesCache()
    first = cache.run(session, _now(session))
    again = cache.run(session, _now(session))
    assert again == first == run_rules(session, _now(session))
    assert (cache.misses, cache.hits) == (1, 1)


def test_an_edit_in_place_is_scored_afresh():
    session, cache = northwind(), RulesCache()
    before = cache.run(session, _now(session))
    assert "roster.each-drafted" in before.drafts[0].failed  # the first draft is empty
    session.interviewers[0].draft.gratitude = "Thank you for your time today."  # the user starts typing it
    after = cache.run(session, _now(session))
    assert after == run_rules(session, _now(session))
    assert "roster.each-drafted" not in after.drafts[0].failed
    assert cache.misses == 2


def test_a_new_time_or_config_is_scored_afresh():
    session, cache = northwind(), RulesCache()
    cache.run(session, _now(session))
    late = _now(session) + timedelta(days=3)
    assert cache.run(session, late) == run_rules(session, late)
    disabled = Config(disable=frozenset({"gratitude.thanks"}))
    assert cache.run(session, late, disabled) == run_rules(session, late, disabled)
    assert cache.misses == 3
