"""Property tests of the score (RULES.md): a rule that found nothing cannot move it when disabled; fixing a
finding never lowers it; a draft with an error always scores below one without.

Drafts are assembled from realistic pieces, good and flawed; each flawed piece carries its fix (the words a
user would type instead), so a "fix" is what a user does, not an arbitrary edit.
"""

from __future__ import annotations

from copy import deepcopy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.core.config import Config
from followup.core.model import Draft
from followup.core.rules import RULES, run_rules
from tests.core.conftest import NOW, multiple_session, rejection_session, single_session

LINK = " My churn dashboard cut reporting time by 40%, the kind of stakeholder reporting your team needs."
SIGNOFF = "Best regards,\nSiobhán Nguyen\nsiobhan.nguyen@example.com | +1 555 0100"

#: Per section: (flawed text, its fix). A pair whose two texts are equal is a good piece (nothing to fix).
PIECES: dict[str, list[tuple[str, str]]] = {
    "subject": [
        ("Thank You – Siobhán Nguyen – Senior Data Analyst Interview",) * 2,
        ("Interview", "Thank You – Siobhán Nguyen – Senior Data Analyst Interview"),
        ("THANK YOU – Siobhán Nguyen – Senior Data Analyst Interview!!",
         "Thank You – Siobhán Nguyen – Senior Data Analyst Interview"),
        ("", "Thank you – Siobhán Nguyen – Senior Data Analyst interview"),
    ],
    "greeting": [
        ("Dear Dana,",) * 2,
        ("To whom it may concern,", "Dear Dana,"),
        ("dear Dana,", "Dear Dana,"),
        ("Hello,", "Hello Dana,"),
    ],
    "gratitude": [
        ("Thank you for taking the time to meet with me this morning. I enjoyed hearing how your team is "
         "migrating the billing pipeline to dbt.",) * 2,
        ("Sorry it took me so long to write. Thank you for meeting with me about the quarterly churn review.",
         "Thank you for meeting with me about the quarterly churn review."),
        ("Thank you for the the conversation about migrating the billing pipeline to dbt.",
         "Thank you for the conversation about migrating the billing pipeline to dbt."),
        ("thank you for meeting with me. i enjoyed the part about the quarterly churn review.",
         "Thank you for meeting with me. I enjoyed the part about the quarterly churn review."),
        ("It was great to meet you this morning.",
         "Thank you for meeting with me this morning; the billing pipeline migration to dbt was fascinating."),
    ],
    "interest": [
        ("I am excited about the Senior Data Analyst role at Northwind Analytics. My churn dashboard cut "
         "reporting time by 40%, the kind of stakeholder reporting your team needs.",) * 2,
        ("I am excited about the analyst role at Brightwater Partners." + LINK,
         "I am excited about the analyst role at Northwind Analytics." + LINK),
        ("I am excited about the role, and I would do a far better job than the people you have now." + LINK,
         "I am excited about the role." + LINK),
        ("It was a honor to learn about the role, and I am excited about it." + LINK,
         "It was an honor to learn about the role, and I am excited about it." + LINK),
    ],
    "clarification": [
        ("",) * 2,
        ("To expand on the SQL window functions question, I have since rewritten a cohort report with them.",) * 2,
        ("Sorry, I blanked on the SQL window functions question.",
         "To expand on the SQL window functions question, I have since practised them on our cohort report."),
    ],
    "closing": [
        ("I look forward to hearing about the next steps in the process.",) * 2,
        ("Please respond ASAP so I can plan.", "I look forward to hearing about the next steps in the process."),
        ("Looking forward to hear from you about the next steps.",
         "Looking forward to hearing from you about the next steps."),
        ("As a token of my appreciation, I have attached a coffee gift card. I look forward to the next steps.",
         "I look forward to the next steps."),
        ("I can't wait to see you on my first day!", "I look forward to hearing about the next steps."),
    ],
    "signoff": [
        (SIGNOFF,) * 2,
        ("Cheers,\nSiobhán Nguyen\nsiobhan.nguyen@example.com", SIGNOFF),
        ("Best regards,\nSiobhán", SIGNOFF),
        ("Best regards,\nsiobhán nguyen\nsiobhan.nguyen@example.com", SIGNOFF),
    ],
}
SECTION_ORDER = tuple(PIECES)


def draft_of(choice: dict[str, int], fixed: frozenset[str] = frozenset()) -> Draft:
    """The draft made of the chosen pieces, the pieces of `fixed` sections written as their fixes."""
    return Draft(**{
        section: PIECES[section][choice[section]][1 if section in fixed else 0] for section in SECTION_ORDER
    })


choices = st.fixed_dictionaries({s: st.integers(0, len(PIECES[s]) - 1) for s in SECTION_ORDER})
builders = st.sampled_from([single_session, multiple_session, rejection_session])
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def session_with(builder, picks: list[dict[str, int]]):
    session = builder()
    for person, choice in zip(session.interviewers, picks):
        person.draft = draft_of(choice)
    return session


@FAST
@given(builder=builders, picks=st.lists(choices, min_size=3, max_size=3), which=st.integers(0, len(RULES) - 1))
def test_disabling_a_rule_that_found_nothing_changes_no_score(builder, picks, which):
    session = session_with(builder, picks)
    report = run_rules(session, NOW)
    fired = {f.rule for d in report.drafts for f in d.findings}
    quiet = [r.id for r in RULES if r.id not in fired]
    rule = quiet[which % len(quiet)]
    again = run_rules(session, NOW, Config(disable=frozenset({rule})))
    assert [d.score for d in again.drafts] == [d.score for d in report.drafts], rule


@FAST
@given(builder=builders, choice=choices, section=st.sampled_from(SECTION_ORDER))
def test_fixing_a_finding_never_lowers_the_score(builder, choice, section):
    session = session_with(builder, [choice])
    before = run_rules(session, NOW).drafts[0]
    fixed = deepcopy(session)
    fixed.interviewers[0].draft = draft_of(choice, frozenset({section}))
    after = run_rules(fixed, NOW).drafts[0]
    assert after.score >= before.score, (section, [f.rule for f in before.findings], [f.rule for f in after.findings])


@FAST
@given(builder=builders, picks=st.lists(choices, min_size=3, max_size=3))
def test_a_draft_with_an_error_always_scores_below_one_without(builder, picks):
    report = run_rules(session_with(builder, picks), NOW)
    for d in report.drafts:
        assert (d.band == "not ready") == d.has_error == (d.score < 60)
    with_error = [d.score for d in report.drafts if d.has_error]
    without = [d.score for d in report.drafts if not d.has_error]
    if with_error and without:
        assert max(with_error) < min(without)


def test_every_flawed_piece_is_found_and_its_fix_is_clean():
    """The pieces above do what they claim: each flawed piece draws a finding its fix does not."""
    good = {s: 0 for s in SECTION_ORDER}
    base = session_with(single_session, [good])
    clean = {f.rule for f in run_rules(base, NOW).drafts[0].findings}
    assert not clean, clean
    for section in SECTION_ORDER:
        for k, (flawed, fix) in enumerate(PIECES[section]):
            if flawed == fix:
                continue
            choice = {**good, section: k}
            session = session_with(single_session, [choice])
            assert run_rules(session, NOW).drafts[0].findings, (section, flawed)
            session.interviewers[0].draft = draft_of(choice, frozenset({section}))
            assert not run_rules(session, NOW).drafts[0].findings, (section, fix)
