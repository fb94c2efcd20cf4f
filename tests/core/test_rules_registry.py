"""The registry matches the public catalogue (RULES.md): every ID, severity and section; config.disable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup.core.config import Config
from followup.core.findings import WHOLE_DRAFT
from followup.core.model import SECTIONS
from followup.core.rules import RULES, RULES_BY_ID, rules_markdown, run_rules
from tests.core.conftest import NOW, multiple_session, single_session

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = Path("/work/shared/RULES.md")

#: The catalogue (RULES.md), kept here so the registry is checked even where the shared notes are absent:
#: ID -> severity (timing.deadline turns error once past; greeting.generic is an error when no name follows).
CATALOGUE_SEVERITIES = {
    "timing.deadline": "warning", "timing.same-day": "suggestion", "delivery.medium": "warning",
    "subject.present": "error", "subject.thanks": "warning", "subject.role": "warning", "subject.name": "warning",
    "subject.length": "suggestion", "subject.shouting": "warning",
    "greeting.name": "error", "greeting.generic": "warning",
    "gratitude.thanks": "error", "gratitude.specific": "warning",
    "interest.enthusiasm": "warning", "interest.skill-link": "warning",
    "clarify.brief": "warning", "clarify.positive": "warning",
    "tone.apology": "warning", "tone.unprofessional": "error", "tone.gift": "error",
    "closing.next-steps": "warning", "closing.no-pressure": "error",
    "signoff.formal": "warning", "signoff.full-name": "error", "signoff.contact": "warning",
    "proof.spelling": "warning", "proof.interviewer-name": "error", "proof.company-name": "error",
    "proof.other-company": "error", "proof.capitalization": "warning", "proof.grammar": "warning",
    "proof.wrong-person": "error", "proof.placeholder": "error", "proof.repeated-word": "suggestion",
    "draft.empty": "error", "draft.starter": "error", "draft.pasted": "error",
    "length.concise": "suggestion",
    "roster.each-drafted": "error", "roster.one-recipient": "warning", "roster.distinct-detail": "warning",
    "roster.too-similar": "warning",
    "rejection.appreciation": "warning", "rejection.well-wishes": "suggestion", "rejection.door-open": "suggestion",
    "rejection.no-pushback": "error",
}


def test_every_catalogue_rule_is_registered_with_its_severity():
    assert {r.id: r.severity for r in RULES} == CATALOGUE_SEVERITIES
    assert len(RULES_BY_ID) == len(RULES)


def test_the_registry_reads_in_the_catalogue_order():
    assert [r.id for r in RULES] == list(CATALOGUE_SEVERITIES)


@pytest.mark.skipif(not CATALOGUE.exists(), reason=f"{CATALOGUE} is not on this machine: checked against the copy above")
def test_catalogue_file_lists_the_same_ids_in_the_same_order():
    ids = re.findall(r"^\| ([a-z]+\.[a-z\-]+) \| ([a-z]+)", CATALOGUE.read_text(), re.M)
    assert ids, "no rule rows found in the catalogue"
    assert [rule_id for rule_id, _ in ids] == list(CATALOGUE_SEVERITIES)
    assert {rule_id: severity for rule_id, severity in ids} == CATALOGUE_SEVERITIES


def test_rules_have_a_section_message_and_hint_in_our_words():
    for rule in RULES:
        assert rule.section in SECTIONS + (WHOLE_DRAFT,), rule.id
        assert rule.message.endswith(".") and "\n" not in rule.message, rule.id
        assert rule.hint and rule.hint != rule.message, rule.id


def test_disabled_rules_count_neither_way():
    session = single_session()
    session.interviewers[0].draft.subject = "Interview yesterday"
    report = run_rules(session, NOW)
    assert report.drafts[0].score < 100
    config = Config(disable=frozenset({"subject.thanks", "subject.role", "subject.name"}))
    quiet = run_rules(session, NOW, config)
    assert quiet.drafts[0].score == 100
    assert not {"subject.thanks", "subject.role", "subject.name"} & set(quiet.drafts[0].applicable)


def test_findings_are_ordered_by_section_then_position():
    session = multiple_session()
    draft = session.interviewers[0].draft
    draft.closing = "I need to know ASAP."
    draft.subject = "Interview"
    report = run_rules(session, NOW)
    rank = {name: n for n, name in enumerate((WHOLE_DRAFT,) + SECTIONS)}
    ranks = [rank[f.section] for f in report.drafts[0].findings]
    assert len(ranks) >= 4 and ranks == sorted(ranks)


def test_docs_reference_is_generated_from_the_registry():
    docs = ROOT / "docs" / "rules.md"
    assert docs.read_text(encoding="utf-8") == rules_markdown(), "run: python -m followup.core.rules > docs/rules.md"
