"""Whole-draft rules: draft.empty (and the empty-draft short-circuit), draft.starter, draft.pasted."""

from __future__ import annotations

import sys

import pytest

from followup.core.model import Draft
from followup.core.render import starter_draft
from followup.core.rules import run_rules
from tests.core.conftest import NOW, findings_of, multiple_session, rejection_session, single_session

PASTED = """Dear Dana,

Thank you for meeting with me this morning. I enjoyed hearing how your team is migrating the billing pipeline to dbt.

I am excited about the Senior Data Analyst role at Northwind Analytics.

I look forward to hearing about the next steps.

Best regards,
Siobhán Nguyen"""


# -- draft.empty and the short-circuit -------------------------------------------------
def test_an_empty_only_draft_gets_one_finding():
    session = single_session()
    session.interviewers[0].draft = Draft()
    report = run_rules(session, NOW)
    assert [f.rule for f in report.drafts[0].findings] == ["draft.empty"]
    assert report.drafts[0].findings[0].severity == "error"


def test_a_written_draft_is_not_empty():
    assert "draft.empty" not in findings_of(run_rules(single_session(), NOW))


def test_a_subject_alone_is_still_an_empty_email():
    session = single_session()
    session.interviewers[0].draft = Draft(subject="Thank you – Siobhán Nguyen – Senior Data Analyst interview")
    assert [f.rule for f in run_rules(session, NOW).drafts[0].findings] == ["draft.empty"]


def test_with_several_interviewers_an_empty_draft_is_roster_each_drafted_alone():
    session = multiple_session()
    session.interviewers[1].draft = Draft()
    report = run_rules(session, NOW)
    assert [f.rule for f in report.drafts[1].findings] == ["roster.each-drafted"]
    assert "draft.empty" not in report.drafts[1].applicable


def test_an_empty_draft_still_hears_about_its_deadline():
    from datetime import timedelta

    from tests.core.conftest import ENDED

    session = single_session()
    session.interviewers[0].draft = Draft()
    rules = [f.rule for f in run_rules(session, ENDED + timedelta(hours=30)).drafts[0].findings]
    assert "draft.empty" in rules and "timing.deadline" in rules
    assert set(rules) <= {"draft.empty", "timing.deadline", "timing.same-day"}  # only rules that need no text


def test_after_a_rejection_the_other_empty_drafts_have_nothing_to_fix():
    session = rejection_session()
    from copy import deepcopy

    other = deepcopy(session.interviewers[0])
    other.name, other.draft = "Alicia Romero", Draft()
    session.interviewers.append(other)
    report = run_rules(session, NOW)
    assert report.drafts[1].findings == ()


# -- draft.starter ----------------------------------------------------------------
@pytest.mark.parametrize("builder", [single_session, multiple_session])
def test_an_untouched_starter_fires_on_gratitude_and_interest(builder):
    session = builder()
    for i in range(len(session.interviewers)):
        session.interviewers[i].draft = starter_draft(session, i)
    report = run_rules(session, NOW)
    for i in range(len(session.interviewers)):
        sections = sorted(f.section for f in report.drafts[i].findings if f.rule == "draft.starter")
        assert sections == ["gratitude", "interest"], i
        assert report.drafts[i].band == "not ready"


def test_a_starter_with_its_spacing_changed_is_still_the_starter():
    session = single_session()
    draft = session.interviewers[0].draft = starter_draft(session, 0)
    draft.gratitude = "  " + draft.gratitude.replace(" ", "\n", 3) + "\n"
    assert "draft.starter" in findings_of(run_rules(session, NOW))


def test_a_starter_made_personal_passes():
    session = single_session()
    draft = session.interviewers[0].draft = starter_draft(session, 0)
    draft.gratitude = draft.gratitude.replace("I especially", "Over coffee I especially")
    draft.interest = "The billing migration is exactly the work I want to do next."
    assert "draft.starter" not in findings_of(run_rules(session, NOW))


def test_written_drafts_never_load_the_template_engine(monkeypatch):
    # a section with a word no starter has cannot be the starter: no rendering for `followup check`
    import followup.core.render as render

    def refuse(*_args, **_kwargs):
        raise AssertionError("rendered a starter for a written draft")

    monkeypatch.setattr(render, "starter_draft", refuse)
    assert "draft.starter" not in findings_of(run_rules(single_session(), NOW))


# -- draft.pasted -----------------------------------------------------------------
def test_a_whole_email_pasted_into_gratitude_says_where_each_part_goes():
    session = single_session()
    session.interviewers[0].draft.gratitude = PASTED
    report = run_rules(session, NOW)
    finding = next(f for f in report.drafts[0].findings if f.rule == "draft.pasted")
    assert finding.section == "gratitude" and finding.severity == "error"
    assert "“Dear Dana,” to Greeting" in finding.message and "“Best regards,” to Sign-off" in finding.message
    text = session.interviewers[0].draft.gratitude
    assert text[finding.span[0] : finding.span[1]].startswith("Dear Dana,")
    assert text[finding.span[0] : finding.span[1]].endswith("Siobhán Nguyen")


def test_a_second_sign_off_in_the_closing_fires():
    session = single_session()
    session.interviewers[0].draft.closing = "I look forward to the next steps.\n\nKind regards,\nSiobhán Nguyen"
    assert "draft.pasted" in findings_of(run_rules(session, NOW))


def test_a_second_greeting_in_the_interest_fires():
    session = single_session()
    session.interviewers[0].draft.interest = "Hi Dana,\n\nI am excited about the Senior Data Analyst role."
    assert "draft.pasted" in findings_of(run_rules(session, NOW))


@pytest.mark.parametrize(
    ("section", "text"),
    [
        ("gratitude", "Dear as the time was to you, thank you for giving me an hour of it."),
        ("closing", "Thank you again for your time.\nI look forward to the next steps."),
        ("closing", "Best of luck with the migration, and I look forward to the next steps."),
        ("gratitude", "Hi! Thank you for meeting with me about the billing pipeline."),
        ("closing", "Thank you,\nand I look forward to hearing from you."),
    ],
)
def test_ordinary_sections_are_not_pasted_emails(section, text):
    session = single_session()
    session.interviewers[0].draft.set_section(section, text)
    assert "draft.pasted" not in findings_of(run_rules(session, NOW))


def test_a_greeting_typed_in_gratitude_while_the_greeting_box_is_empty_is_left_to_greeting_rules():
    session = single_session()
    draft = session.interviewers[0].draft
    draft.greeting = ""
    draft.gratitude = "Dear Dana,\n" + draft.gratitude
    assert "draft.pasted" not in findings_of(run_rules(session, NOW))


def test_the_good_drafts_are_not_flagged():
    for session in (single_session(), multiple_session(), rejection_session()):
        report = run_rules(session, NOW)
        for d in report.drafts:
            assert not {f.rule for f in d.findings} & {"draft.empty", "draft.starter", "draft.pasted"}


def test_jinja_is_not_imported_to_score_written_drafts():
    # measured once in a fresh interpreter: `followup check` on written drafts stays free of Jinja2
    import subprocess

    code = (
        "import sys\n"
        "from tests.core.conftest import NOW, multiple_session\n"
        "from followup.core.rules import run_rules\n"
        "run_rules(multiple_session(), NOW)\n"
        "print('jinja2' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
