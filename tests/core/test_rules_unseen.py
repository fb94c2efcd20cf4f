"""Sessions written apart from the rules (nurse, teacher, platform panel, rejection, sales, graduate).

Each draft pins the exact set of rules that fire, so a rule firing where it should not fails here too.
"""

from __future__ import annotations

import pytest

from followup.core.config import Config
from followup.core.rules import run_rules
from tests.core.fixtures import unseen

EXPECTED = {
    "nurse": [
        # a good draft; "Evelina" (a children's hospital) is a proper noun the dictionary lacks
        {"proof.spelling"},
        # "Dear Tom and Grace": one note to two people, reported once by roster.one-recipient (RULES.md:
        # proof.wrong-person does not also fire on a greeting that names this interviewer too)
        {"roster.one-recipient", "clarify.brief", "clarify.positive", "signoff.full-name"},
    ],
    "teacher": [
        {
            "timing.deadline", "subject.thanks", "subject.role", "subject.name", "proof.company-name",
            "proof.spelling", "clarify.brief", "clarify.positive", "closing.no-pressure",
        },
    ],
    "platform_panel": [
        {"greeting.name", "proof.interviewer-name"},
        set(),
        {"roster.distinct-detail", "roster.too-similar"},
        {"gratitude.specific", "roster.distinct-detail", "roster.too-similar"},
        # an empty draft gets one finding (RULES.md), and with several interviewers it is this one
        {"roster.each-drafted"},
    ],
    "rejection_bitter": [
        {
            "subject.thanks", "subject.name", "rejection.appreciation", "rejection.well-wishes",
            "rejection.door-open", "rejection.no-pushback", "signoff.formal", "signoff.contact",
        },
    ],
    "rejection_gracious": [set()],
    "sales": [
        {
            # one greeting, one finding: the generic salutation, not also greeting.name
            "timing.deadline", "subject.role", "subject.name", "subject.shouting",
            "greeting.generic", "proof.repeated-word", "proof.placeholder", "closing.no-pressure",
            "signoff.formal", "signoff.contact",
        },
    ],
    "graduate": [{"timing.same-day", "delivery.medium"}],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exactly_these_rules_fire(name, speller):
    session, now = getattr(unseen, name)()
    report = run_rules(session, now, None, speller)
    fired = [{f.rule for f in draft.findings} for draft in report.drafts]
    assert fired == EXPECTED[name]


def test_the_slips_are_pointed_at(speller):
    session, now = unseen.teacher()
    report = run_rules(session, now, None, speller)
    draft = session.interviewers[0].draft
    quoted = {(f.rule, draft.section(f.section)[f.span[0]:f.span[1]]) for f in report.drafts[0].findings if f.span}
    assert quoted == {
        ("proof.company-name", "Oakfeild Academy"),
        ("proof.spelling", "recieve"),
        ("clarify.positive", "Sorry"),
        ("closing.no-pressure", "another offer"),
        ("closing.no-pressure", "by Friday"),
    }


def test_accepting_a_word_clears_the_nurses_spelling_finding(speller):
    session, now = unseen.nurse()
    report = run_rules(session, now, Config(words=frozenset({"Evelina"})), speller)
    assert report.drafts[0].findings == ()


def test_deadline_severity_follows_the_clock(speller):
    session, now = unseen.sales()
    overdue = next(f for f in run_rules(session, now).drafts[0].findings if f.rule == "timing.deadline")
    session, now = unseen.teacher()
    soon = next(f for f in run_rules(session, now).drafts[0].findings if f.rule == "timing.deadline")
    assert (overdue.severity, soon.severity) == ("error", "warning")
