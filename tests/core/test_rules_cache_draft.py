"""RulesCache.draft: the editor's one-draft scoring equals run_rules for that draft after any edit."""

from __future__ import annotations

import copy
import random
from datetime import timedelta

from followup.core.config import Config
from followup.core.demo import demo_session
from followup.core.rules import RulesCache, run_rules
from followup.core.spelling import Speller
from tests.fixtures.sessions import northwind

EDITS = [" teh", " and more", " Dana", " Rivers", "\n\nAnother paragraph zqxv.", " Northwind", " the the", "!",
         " I am keen to join the Platform team.", "\nI would love to grow with Northwind."]
SECTIONS = ["subject", "greeting", "gratitude", "interest", "closing", "signoff"]


def _edit_and_compare(session, now, speller, config=None, steps=40, seed=6):
    rng, cache = random.Random(seed), RulesCache()
    for step in range(steps):
        index = rng.randrange(len(session.interviewers))
        draft = session.interviewers[index].draft
        section = rng.choice(SECTIONS)
        draft.set_section(section, draft.section(section) + rng.choice(EDITS))
        if step % 9 == 4:  # a change outside the drafts: a topic, so the kept words are dropped
            session.interviewers[0].topics = session.interviewers[0].topics + ["pricing"]
        if step % 13 == 7:  # another role or company: the sentences judged for interest are judged again
            session.interview.role, session.interview.company = "Platform Lead", session.interview.company + " Labs"
        snapshot = copy.deepcopy(session)  # what the editor hands its worker
        assert cache.draft(snapshot, now, config, speller, index) == run_rules(session, now, config, speller).drafts[index]


def test_one_draft_report_matches_run_rules_as_the_user_types():
    session = northwind()
    _edit_and_compare(session, session.interview.start + timedelta(hours=3), None)


def test_with_the_dictionary_and_a_panel():
    session = demo_session(northwind().interview.start)
    _edit_and_compare(session, session.interview.ends_at + timedelta(hours=2), Speller(), Config(), steps=25)


def test_a_draft_marked_sent_or_reordered_is_not_taken_from_the_kept_words():
    session = northwind()
    now = session.interview.start + timedelta(hours=3)
    cache = RulesCache()
    cache.draft(session, now, None, None, 0)
    session.interviewers.reverse()
    for index in range(len(session.interviewers)):
        assert cache.draft(session, now, None, None, index) == run_rules(session, now).drafts[index]


def test_a_scoring_told_to_stop_gives_nothing_and_leaves_the_cache_sound():
    session = northwind()
    now = session.interview.start + timedelta(hours=3)
    cache = RulesCache()
    assert cache.draft(session, now, None, None, 0, stop=lambda: True) is None
    session.interviewers[0].draft.closing += " Thanks again."
    assert cache.draft(session, now, None, None, 0) == run_rules(session, now).drafts[0]
