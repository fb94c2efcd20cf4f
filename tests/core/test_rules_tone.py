"""Tone rules: tone.gift, tone.apology and tone.unprofessional fire on the wordings people use and stay quiet
on the sentences model thank-you notes are made of (precision matters more than recall)."""

from __future__ import annotations

import pytest

from followup.core.rules import run_rules
from tests.core.conftest import NOW, findings_of, rejection_session, single_session


def report_with(section: str, text: str, session=None):
    session = session or single_session()
    session.interviewers[0].draft.set_section(section, text)
    return session, run_rules(session, NOW)


def found(rule: str, section: str, text: str, session=None) -> list[str]:
    """The words `rule` points at when `text` is put into `section` of a good draft."""
    session, report = report_with(section, text, session)
    return [
        session.interviewers[0].draft.section(f.section)[f.span[0] : f.span[1]]
        for f in report.drafts[0].findings
        if f.rule == rule
    ]


#: Sentences of good thank-you notes, in many styles: none may trip any tone rule.
MODEL_SENTENCES = [
    "Thank you for taking the time to meet with me this morning.",
    "I appreciated your candour about the data governance programme.",
    "I would love to bring that habit of clear reporting to Northwind Analytics.",
    "Thank you again for your time and consideration.",
    "I look forward to hearing about the next steps.",
    "I left our conversation even more excited about the role.",
    "It was a pleasure to learn how your team handles the quarterly churn review.",
    "I was sorry to hear that Sam could not join us, and I hope he is feeling better.",
    "Although I am sorry not to be moving forward, I appreciated the chance to meet the team.",
    "I am sorry to learn that the position has been filled, and I wish you every success.",
    "Your point about the nervous system monitoring on the ward stayed with me.",
    "The way the team treats every escalation as a chance to learn impressed me.",
    "I would bring the carrier scorecard I built, which cut late deliveries by 18%.",
    "I delivered a consent banner for third-party cookies on our checkout pages.",
    "Please accept this note as a small token of my appreciation for your time.",
    "We rebuilt the gift card checkout flow for a retail client, which cut failed payments by 12%.",
    "Over coffee you mentioned that the team is growing next year.",
    "I admired the flowers in the lobby garden your volunteers planted.",
    "In my first 90 days I would focus on the billing pipeline migration.",
    "I could, of course, send you the full report if that would help.",
    "I enjoyed hearing how your team went from a messy backlog to a clean weekly release.",
    "The other candidates must be strong, and I would be glad to be considered alongside them.",
    "I understand the decision and I am grateful for the feedback.",
    "Thanks so much for the thoughtful questions about stakeholder reporting.",
    "I hope the process goes well for everyone involved.",
    "Our current system was slow, so I rebuilt the nightly load and cut its run time in half.",
    "Your team is clearly proud of the work, and it shows.",
    "I can't wait to hear what you decide about the dashboard pilot.",
    "I am happy to discuss my portfolio or references whenever it suits you.",
    "If an offer is made, I would be glad to talk through the details.",
    "Thank you for your patience while I gathered the samples you asked for.",
    "I hope to hear from you soon about the next steps.",
    "I regret that I could not stay for the team lunch.",
    "Before joining Acme Logistics, I ran the weekly carrier review.",
    "Apologies are never needed for a long day, and I enjoyed every minute of it.",
    "My previous manager taught me to write every report for the reader.",
    "When I started at my current job, I rebuilt the onboarding guide.",
    "I'd love for you to have a look at the dashboard I mentioned.",
    "The previous team lead built a strong culture, and I would build on it.",
    "I left the gift card project at my last company to focus on analytics.",
    "A small detail from your talk on reconciliation stayed with me.",
    "I am sure the new hire will find the team as welcoming as I did.",
    "Best of luck with the launch, and thank you again.",
    "I value your time, so I will keep this short.",
    "The new pipeline runs much better than the old one did, and far better than the current process.",
    "Your approach suits me much better than the rest of the roles I have seen.",
]


@pytest.mark.parametrize("sentence", MODEL_SENTENCES)
def test_model_sentences_trip_no_tone_rule(sentence):
    for section in ("gratitude", "closing"):
        _, report = report_with(section, sentence)
        assert not {"tone.gift", "tone.unprofessional"} & findings_of(report), (section, sentence)
    if not sentence.lower().startswith(("i regret", "apologies")):
        _, report = report_with("closing", sentence)
        assert "tone.apology" not in findings_of(report), sentence


def test_the_good_drafts_trip_no_tone_rule():
    for session in (single_session(), rejection_session()):
        report = run_rules(session, NOW)
        assert not {"tone.gift", "tone.unprofessional", "tone.apology"} & findings_of(report)


# -- tone.gift --------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "As a small thank-you I have attached a $25 coffee gift card.",
        "Please enjoy this small gift from me.",
        "I sent a bouquet of flowers to your office as a token of my appreciation.",
        "I have arranged for some flowers to be delivered to your office tomorrow.",
        "Next time you are downtown, lunch is on me.",
        "Coffee's on me the next time we meet.",
        "I would love to buy you a coffee to say thanks.",
        "I have Venmoed you a little something for your time.",
        "Enclosed is a small voucher for the bakery near your office.",
        "I have sent a small box of sweets to your office as a token of my appreciation.",
        "I dropped off a box of chocolates at reception for you.",
        "Let me treat you to lunch next week, my treat.",
        "A fruit basket should be delivered to you on Monday.",
        "I would be happy to pay you for your time.",
        "I hope you like the Starbucks card in this email.",
        "I have left a box of biscuits at reception for you.",
        "I'd love you to have these two concert tickets.",
        "A small surprise is on its way to your office.",
        "I've organised a hamper for you and the team.",
    ],
)
def test_gift_fires_on_offers_of_gifts_or_payment(sentence):
    assert found("tone.gift", "closing", sentence), sentence


def test_gift_is_one_finding_per_sentence_and_points_inside_it():
    text = "Thank you again. Lunch is on me next time, and I have attached a gift card as well."
    words = found("tone.gift", "closing", text)
    assert len(words) == 1 and words[0].lower().startswith("lunch")


# -- tone.apology -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("section", "sentence"),
    [
        ("gratitude", "Sorry it has taken me so long to write. Thank you for meeting with me."),
        ("gratitude", "Thank you for meeting with me. I apologize for my nerves at the start."),
        ("closing", "Apologies for rambling about my commute. I look forward to the next steps."),
        ("closing", "Please forgive the late reply; I look forward to the next steps."),
        ("interest", "I know I was nervous, but I am excited about the role."),
        ("closing", "My bad for running over time. I look forward to the next steps."),
        ("gratitude", "Thank you, and sorry again that I blanked on the SQL question."),
    ],
)
def test_apology_fires_outside_the_clarification(section, sentence):
    assert found("tone.apology", section, sentence)


def test_apology_in_the_clarification_is_clarify_positive_alone():
    session, report = report_with("clarification", "Sorry that I blanked on the SQL window functions question.")
    rules = findings_of(report)
    assert "clarify.positive" in rules and "tone.apology" not in rules


def test_apology_counts_each_sentence_once():
    words = found("tone.apology", "closing", "Sorry, so sorry for the delay. I apologise again; sorry!")
    assert len(words) == 2


def test_sympathy_and_regret_at_the_news_are_no_apology():
    session = rejection_session()
    words = found("tone.apology", "gratitude", "I was sorry to hear the news, but thank you for the opportunity.",
                  session)
    assert words == []


# -- tone.unprofessional ----------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        # crude words
        "Your breakdown of escalation handling was damn impressive.",
        "The weekend rota sounds like a kick-ass setup.",
        "That migration plan is one hell of a project.",
        "Honestly the old dashboards sucks and I can fix them.",
        "It was a freaking great conversation.",
        "What the hell, I loved every minute.",
        # running down their people, the company or other candidates
        "I would do a far better job than the people you have now.",
        "I could do much better than your current analysts.",
        "Unlike the other candidates I saw in the lobby, I actually prepared.",
        "The other applicants looked completely unprepared.",
        "Your website is a mess and your checkout is a joke.",
        "Frankly your support agents are clueless.",
        "The receptionist was rude, but the interview was fine.",
        "Your current team seems incompetent, so I would start fresh.",
        "I would produce far better reports than your previous analyst.",
        "The old developer clearly messed up the schema, but I can fix it.",
        "From what I heard there is a real mess to clean up, and I am ready.",
        # presuming the outcome
        "I can't wait to see you on my first day!",
        "Thanks in advance for the offer.",
        "I look forward to discussing my start date.",
        "When do I start?",
        "I am happy to accept the offer whenever you send it.",
        "I look forward to meeting my new colleagues next month.",
        "I have already handed in my notice at my current job.",
        "Once I am hired, I will rebuild the reporting stack.",
        "When I start, I will move my desk next to the data team.",
        "I have already put in my notice.",
        "I already know where my new desk will go!",
        # sarcasm about how one was treated
        "Thank you for keeping me waiting forty minutes in the lobby.",
        "It really showed me how much Brightdesk values a candidate's time.",
        "It was a real treat to give up three weeks for a role you had clearly already filled.",
        "Thanks for wasting my time with four rounds.",
        "What a great use of my time that was.",
        "I am sure they will be thrilled with that salary.",
        "Thank you for finally calling me back.",
        "The waiting room was a perfect preview of how your company values my time.",
        "Good luck finding anyone who will work those hours.",
        "I'm sure candidates will be lining up for that pay.",
    ],
)
def test_unprofessional_fires_on_many_wordings(sentence):
    assert found("tone.unprofessional", "closing", sentence), sentence


def test_unprofessional_is_an_error_pointing_at_the_words():
    session, report = report_with("closing", "I look forward to hearing from you. See you on my first day!")
    finding = next(f for f in report.drafts[0].findings if f.rule == "tone.unprofessional")
    assert finding.severity == "error"
    text = session.interviewers[0].draft.closing
    assert text[finding.span[0] : finding.span[1]].startswith("See you on my first day")
    assert report.drafts[0].band == "not ready"


# -- tone.unprofessional by class: wordings no list wrote out ------------------------------------------------
#: Fresh sentences of each class (presuming the outcome, disparaging, sarcasm), in our own words: the rule
#: must catch the class, not these sentences (none of them is written in core.phrases).
UNPROFESSIONAL_BY_CLASS = [
    # presuming the outcome: one's own future there as settled, or the job as already got
    "I've already ordered a new bag for my first day at Calloway.",
    "What time should I arrive on my first morning?",
    "My parents are thrilled that I got the job.",
    "I told my whole team at Acme that I have landed the role.",
    "Please send my contract to the address on my CV.",
    "I've already resigned from my current job so I can join you.",
    "I can't wait to meet everyone at my onboarding next week.",
    "My start date is 1 March, so I will book my train tickets.",
    "Consider this my formal acceptance of the role.",
    "I look forward to receiving my work laptop and badge.",
    "I'll bring doughnuts for the team on my first day.",
    "Just let me know which desk will be mine.",
    "I have already updated my LinkedIn with the new title.",
    # disparaging their people or the other candidates
    "Your recruiter seemed completely out of her depth.",
    "The manager who sat in was honestly pretty useless.",
    "Between us, your colleague Priya had no idea what she was asking.",
    "The other candidates in the waiting room didn't stand a chance.",
    "Your interviewer Tom came across as arrogant and rude.",
    "I could tell your team lead doesn't know what she is doing.",
    "The hiring manager was clearly clueless about data pipelines.",
    "I doubt the rest of your applicants could even spell SQL.",
    "The people on your panel seemed rather incompetent.",
    # sarcasm: effusive thanks or praise for something bad done to the writer
    "Many thanks for moving my interview four times.",
    "I really appreciated sitting in reception for fifty minutes.",
    "Thanks a million for misplacing my portfolio.",
    "Lovely of you to forget about our call on Tuesday.",
    "It only took your team five weeks to send a two-line reply.",
    "Great job cancelling on me twice.",
    "So kind of you to leave me waiting on hold for an hour.",
    "Thank you for the lightning-fast response after just six weeks.",
    "Cheers for calling me by the wrong name the whole time.",
    "Thanks ever so much for ghosting me after the second round.",
]
#: Their innocent neighbours, as model emails write them: conditions, hopes, the past, thanks for a kindness.
UNPROFESSIONAL_NEIGHBOURS = [
    "I look forward to my next steps in the process.",
    "I was glad to hear the team is growing this year.",
    "Thank you for accommodating the reschedule on such short notice.",
    "I'd be excited to start contributing to the reporting work.",
    "If I were to join, my first project would be the churn model.",
    "Should I be offered the role, my first month would focus on learning your stack.",
    "My earliest possible start date is 1 March.",
    "On my first day at my current job, I shadowed the night shift.",
    "Thank you for rescheduling so that I could attend after my exam.",
    "I appreciated how quickly your recruiter answered my questions.",
    "Your colleague Mark explained the on-call rota clearly.",
    "The other candidates must have been impressive, and I would be proud to be among them.",
    "I hope your team finds the right person for the role.",
    "I'll keep your checklist on my desk as a reminder.",
    "I will bring my laptop to the technical session on Thursday.",
    "My contract at Acme ends in May, so I would be free to start in June.",
    "I told my mentor how much I enjoyed our conversation.",
    "Whether or not I get the job, I learned a lot from you.",
    "Thank you for waiting ten minutes while my train was delayed.",
    "I was impressed that the interviewers had no trouble answering my questions.",
    "It only took me two weeks to rebuild the nightly load.",
    "The migration only took three weeks once the tests were in place.",
    "I admire how your manager handled the tough questions.",
    "Your recruiter was incredibly helpful throughout the process.",
    "Thank you for moving the interview to the afternoon to suit my schedule.",
    "Thank you for your patience when my video call dropped twice.",
    "I have already read the onboarding guide you shared.",
    "When I joined my last team, my first week was spent pairing.",
    "If I'm fortunate enough to join, I'd bring the same care to my first week.",
    "I would be glad to discuss a start date whenever it suits you.",
    "I have already shared the portfolio link with your recruiter.",
    "The receptionist was kind enough to find me a quiet room.",
    "Thank you for your quick reply to my question about parking.",
    "Were I to join, I would set up my desk near the analytics team.",
    "Thank you for rescheduling our call twice to fit around my notice period.",
    "I know the other applicants will be strong, which makes me value the chance even more.",
    "Your team lead clearly knows what the platform needs next.",
    "Thank you for the quick turnaround after the final round.",
]


@pytest.mark.parametrize("sentence", UNPROFESSIONAL_BY_CLASS)
def test_unprofessional_catches_the_class_not_the_sentence(sentence):
    assert found("tone.unprofessional", "closing", sentence), sentence


@pytest.mark.parametrize("sentence", UNPROFESSIONAL_NEIGHBOURS)
def test_unprofessional_spares_the_innocent_neighbours(sentence):
    for section in ("gratitude", "closing"):
        assert found("tone.unprofessional", section, sentence) == [], (section, sentence)


def test_each_wording_is_tried_wherever_it_can_match():
    """A wording runs only on sections holding one of its trigger words: every match in these sentences must
    hold one, or a new class member would be skipped silently."""
    from followup.core.rules.tone import _UNPROFESSIONAL, _compiled
    from followup.core.text import WORD_RE, normalise

    for sentence in UNPROFESSIONAL_BY_CLASS:
        words = set(WORD_RE.findall(normalise(sentence.lower())))
        words |= {part for word in words for part in word.split("-")}
        for pattern, needs, _ in _UNPROFESSIONAL.members:
            if _compiled(pattern).search_span(sentence):
                assert not needs.isdisjoint(words), (sentence, pattern[:60])
