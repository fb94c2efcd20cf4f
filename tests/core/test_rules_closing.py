"""Closing and sign-off rules: a calm look ahead, no pressure, a formal sign-off with full name and contact."""

from __future__ import annotations

import pytest

from tests.core.conftest import NOW, findings_of, rejection_session, single_session

from followup.core.rules import run_rules


def report_with(**sections):
    session = single_session()
    for name, text in sections.items():
        session.interviewers[0].draft.set_section(name, text)
    return run_rules(session, NOW)


def test_good_closing_and_signoff_pass():
    rules = findings_of(report_with())
    assert not {r for r in rules if r.startswith(("closing.", "signoff."))}


def test_no_forward_look_fires():
    rules = findings_of(report_with(closing="Thank you once more for a really enjoyable conversation this morning."))
    assert "closing.next-steps" in rules


def test_next_steps_not_applicable_after_rejection():
    report = run_rules(rejection_session(), NOW)
    assert "closing.next-steps" not in report.drafts[0].applicable


def test_pressure_phrases_fire_with_spans():
    closing = "I need to know by Friday, as I have other offers. Please respond as soon as possible."
    report = report_with(closing=closing)
    found = sorted(
        closing[f.span[0]:f.span[1]] for f in report.drafts[0].findings if f.rule == "closing.no-pressure"
    )
    assert found == sorted(["need to know", "by Friday", "other offers", "Please respond", "as soon as possible"])
    assert all(f.severity == "error" for f in report.drafts[0].findings if f.rule == "closing.no-pressure")


def test_by_a_date_fires_but_ordinary_by_does_not():
    assert "closing.no-pressure" in findings_of(report_with(closing="I look forward to your answer by 3 December."))
    calm = "I look forward to hearing from you, and I am encouraged by everything I learned about the process."
    assert "closing.no-pressure" not in findings_of(report_with(closing=calm))


def test_casual_signoff_fires():
    report = report_with(signoff="Cheers,\nSiobhán Nguyen\nsiobhan.nguyen@example.com")
    finding = next(f for f in report.drafts[0].findings if f.rule == "signoff.formal")
    assert finding.span == (0, 7) and "Cheers" in finding.message


def test_signoff_without_closing_word_fires():
    assert "signoff.formal" in findings_of(report_with(signoff="Siobhán Nguyen\nsiobhan.nguyen@example.com"))


def test_formal_variants_pass():
    for line in ("Sincerely,", "Kind regards,", "Warm regards", "With gratitude,", "Thank you,", "Best,"):
        rules = findings_of(report_with(signoff=f"{line}\nSiobhán Nguyen\n+44 20 7946 0958"))
        assert "signoff.formal" not in rules, line


def test_first_name_only_is_an_error():
    rules = findings_of(report_with(signoff="Best regards,\nSiobhán\nsiobhan.nguyen@example.com"))
    assert "signoff.full-name" in rules


def test_no_contact_fires_and_phone_or_email_passes():
    assert "signoff.contact" in findings_of(report_with(signoff="Best regards,\nSiobhán Nguyen"))
    assert "signoff.contact" not in findings_of(report_with(signoff="Best regards,\nSiobhán Nguyen\n(555) 010-0100"))
    assert "signoff.contact" not in findings_of(report_with(signoff="Best regards,\nSiobhán Nguyen\nsn@example.org"))


# ----------------------------------------------------------------------------- pressure in any wording
#: Demands and impatience, worded many ways (our own sentences).
PRESSING = [
    "I would appreciate a decision within the next week.",
    "Please let me have your answer within three days.",
    "I need to hear back by Friday.",
    "Kindly revert at the earliest with the result.",
    "Could you respond no later than the 14th?",
    "I expect an answer before the weekend.",
    "Please get back to me as soon as possible.",
    "Please let me know today whether I got the job.",
    "I won't take no for an answer.",
    "Expect to hear from me every week until this is settled.",
    "I will call your office every morning until I hear back.",
    "I'll be counting the days until I hear from you!",
    "I have another offer on the table, so time is short.",
    "I am running out of patience with this process.",
    "I still haven't heard anything from your team since Monday.",
    "When will I hear whether I got the role?",
    "I must know your decision by end of day.",
    "I'll keep emailing daily until someone replies.",
    "Please reply by return.",
    "I'd appreciate your answer by 5pm tomorrow.",
    "I need a response within 48 hours.",
    "Please don't keep me waiting.",
    "I will be refreshing my inbox until your reply comes.",
    "I need your decision quickly, please.",
    "Let me know before Thursday if you want me.",
    "I will ring you first thing on Monday to get your decision.",
    "I'll phone on Friday to find out whether I got the job.",
    "I plan to stop by your office tomorrow for your answer.",
]
#: Calm closings that mention time, follow-up or the process (our own sentences).
CALM = [
    "Next week I will follow up with the recruiting team about references, as you suggested.",
    "I will keep an eye out for next steps by Friday, as we discussed.",
    "You mentioned a decision next week; I look forward to hearing from you then.",
    "As you said, the panel will meet by Thursday, and I look forward to hearing how it goes.",
    "I look forward to hearing from you.",
    "I am happy to send my portfolio by Friday if it would help.",
    "I could start right away if that suits the team.",
    "Thank you for meeting with me today; I look forward to the next steps.",
    "I am available any time this week for a further conversation.",
    "I delivered the project within two weeks and got great feedback from the client.",
    "There is no hurry on my side; take the time you need.",
    "I will send the references you asked for as soon as you need them.",
    "I hope to hear from you soon.",
    "Please feel free to reach me at any time with questions.",
    "I was glad to hear about the launch today.",
    "I will call the recruiter on Monday to arrange the reference checks she asked for.",
    "Please let me know if you need anything else from me before Friday.",
    "If you need my references, please let me know and I will send them today.",
    "I am able to start within two weeks of receiving an offer.",
]


def test_pressure_anywhere_in_the_email_fires():
    report = report_with(interest="I am excited about the role, but I need an answer by Monday.")
    finding = next(f for f in report.drafts[0].findings if f.rule == "closing.no-pressure")
    assert finding.section == "interest"


# ----------------------------------------------------------------------------- the look ahead
def test_a_stated_follow_up_plan_is_a_look_ahead():
    closing = "Next week I will follow up with the recruiting team about references."
    assert "closing.next-steps" not in findings_of(report_with(closing=closing))


def test_a_look_ahead_elsewhere_in_the_email_counts():
    report = report_with(
        interest="I am excited about the Senior Data Analyst role and look forward to the next steps.",
        closing="Thank you again for your time.",
    )
    assert "closing.next-steps" not in findings_of(report)


def test_next_steps_do_not_apply_after_an_informational_interview():
    session = single_session()
    session.interview.kind = "informational"
    session.interviewers[0].draft.closing = "Thank you again for your advice."
    assert "closing.next-steps" not in run_rules(session, NOW).drafts[0].applicable


# ----------------------------------------------------------------------------- sign-off
@pytest.mark.parametrize("line", [
    "Yours sincerely,", "With all good wishes,", "With warm regards,", "Thanking you,", "Warmest regards,",
    "With kind regards,", "Yours faithfully,", "All the best,", "Many thanks,", "Respectfully,",
    "With best wishes,", "Sincerely yours,", "Thanks and regards,", "Yours,",
])
def test_regional_and_idiomatic_formal_signoffs_pass(line):
    rules = findings_of(report_with(signoff=f"{line}\nSiobhán Nguyen\n+44 20 7946 0958"))
    assert "signoff.formal" not in rules, line


@pytest.mark.parametrize("line", ["Cheers,", "Thx,", "Later,", "Love,", "xo", "Ta,"])
def test_casual_signoffs_fire(line):
    assert "signoff.formal" in findings_of(report_with(signoff=f"{line}\nSiobhán Nguyen\n+44 20 7946 0958")), line


def test_a_closing_line_at_the_end_of_the_closing_box_counts():
    report = report_with(
        closing="I look forward to hearing about the next steps.\n\nKind regards,",
        signoff="Siobhán Nguyen\nsiobhan.nguyen@example.com",
    )
    assert "signoff.formal" not in findings_of(report)


def test_contact_details_in_the_closing_count():
    report = report_with(
        closing="I look forward to the next steps; feel free to reach me at +1 555 0100 or sn@example.org.",
        signoff="Best regards,\nSiobhán Nguyen",
    )
    assert "signoff.contact" not in findings_of(report)


@pytest.mark.parametrize("sentence", [
    "Your students clearly enjoy writing short lab reports every week.",
    "I was glad to hear the team texts its on-call notes every morning.",
    "Our analysts at my last job emailed the board pack every month, so the weekly cadence you described is familiar.",
])
def test_describing_routine_work_with_a_contact_verb_is_not_a_chase(sentence):
    rules = findings_of(report_with(gratitude=f"Thank you for the conversation about reporting. {sentence}"))
    assert "closing.no-pressure" not in rules


@pytest.mark.parametrize("sentence", [
    "I will email you every morning until I hear back.",
    "You will hear from me every day this week.",
    "I'm going to ring your office each day until a decision is made.",
])
def test_contacting_them_again_and_again_is_pressure(sentence):
    assert "closing.no-pressure" in findings_of(report_with(closing=sentence))


# ----------------------------------------------------------------------------- insistence by class
#: Fresh pressing sentences (our own words, none written in core.phrases): a decision word next to urgency,
#: persistence, bare imperatives demanding the decision.
INSISTING = [
    "Please speed up the decision; I have bills to pay.",
    "Kindly expedite your answer.",
    "Hurry and make up your mind, please.",
    "I won't stop calling until I have an answer.",
    "I will keep pestering you until you say yes.",
    "Make a decision already.",
    "Just give me the job and we can both move on.",
    "Send me the offer today.",
    "Stop dragging your feet and tell me whether I got it.",
    "Why is it taking so long to hear back?",
    "I'm expecting your call with the decision first thing tomorrow.",
    "Decide soon, please, or I will look elsewhere.",
    "I'll be asking you again and again until I get an answer.",
    "A quick yes or no by tonight is all I need.",
    "I need your verdict pronto.",
    "Please rush my application through to the final stage.",
    "I can't keep waiting forever for your reply.",
    "You should have decided by now.",
    "Answer me as quickly as you can.",
    "Hire me now, you won't regret it.",
    "It is high time you made a decision about my application.",
    "I will not take silence as an answer, so expect my calls.",
    "I keep refreshing my email waiting for your decision.",
    "Tell me today whether I am in or out.",
    "Respond promptly so I can plan my month.",
    "I'll be checking in with you every other day until a decision comes through.",
    "Let's wrap this up quickly so I can hand in my notice.",
    "No more delays, please: I need an offer this week.",
    "Keep me posted daily on where my application stands.",
    "I refuse to give up until you offer me the role.",
]
#: Their calm neighbours: no hurry, thanks for their speed, one's own availability or habits, their timeline.
CALM_NEIGHBOURS = [
    "I look forward to my next steps.",
    "There is no rush on my side for a decision; take the time you need.",
    "I am ready to start quickly if the team needs cover over the summer.",
    "Thank you for your quick reply to my question about the panel.",
    "I appreciated how promptly the recruiter confirmed the schedule.",
    "I respond quickly to customer escalations, which you said matters here.",
    "I will keep asking good questions as I learn the codebase.",
    "I never give up on a hard bug until it is fixed.",
    "I am happy to wait until you have made your decision.",
    "Whatever you decide, thank you for your time.",
    "You mentioned you hope to decide quickly, which sounds great.",
    "I understand you expect to make a decision by the end of the month.",
    "Please take your time with the decision.",
    "Decisions like this take time, and I respect that.",
    "I keep a running list of questions for our next conversation.",
    "My team learned to make decisions quickly during the launch.",
    "Send my regards to the rest of the panel.",
    "Give my thanks to Priya for the tour.",
    "Tell the team I said thanks for the tour.",
    "I'm expecting to learn a lot from the second round.",
    "I am not going to stop learning, whatever the outcome.",
    "I'd love to hear back whenever the panel has met.",
    "The team answers client tickets quickly, which impressed me.",
    "I can respond quickly to any questions you still have.",
    "Answering questions quickly under pressure is something I practise.",
    "Hiring managers are busy, so I kept this note short.",
    "Pick any time that suits you for a follow-up call.",
    "I am available to start as soon as my notice period ends.",
    "I hope the hiring process goes smoothly for your team.",
    "I can't wait to hear what you decide.",
    "I'd be excited to start, and I look forward to the next steps.",
    "Thank you for accommodating the reschedule; I look forward to hearing from you.",
    "Please let me know if I can help speed things up with references.",
]


@pytest.mark.parametrize("closing", PRESSING + INSISTING)
def test_pressure_in_any_wording_fires(closing):
    assert "closing.no-pressure" in findings_of(report_with(closing=closing)), closing


@pytest.mark.parametrize("closing", CALM + CALM_NEIGHBOURS)
def test_calm_closings_do_not_fire(closing):
    assert "closing.no-pressure" not in findings_of(report_with(closing=closing)), closing


def test_one_finding_per_pressing_sentence():
    report = report_with(closing="Please hurry up and decide as soon as possible. I look forward to hearing from you.")
    assert [f.rule for f in report.drafts[0].findings].count("closing.no-pressure") == 1


def test_each_insisting_wording_is_tried_wherever_it_can_match():
    """A wording runs only when the email holds one of its words: every match in these sentences holds one."""
    from followup.core.rules.closing import _INSIST_NEEDS, _insist_pattern
    from followup.core.text import WORD_RE, normalise

    for sentence in INSISTING:
        words = set(WORD_RE.findall(normalise(sentence.lower())))
        for i, needs in enumerate(_INSIST_NEEDS):
            if _insist_pattern(i).search_span(sentence):
                assert not needs.isdisjoint(words), (sentence, i)
