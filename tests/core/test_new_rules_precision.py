"""Precision of the new rules on whole model emails in several styles: none of tone.*, draft.*,
proof.other-company, proof.capitalization or proof.grammar may fire on a note fit to send."""

from __future__ import annotations

import pytest

from followup.core.model import Draft
from followup.core.rules import run_rules
from tests.core.conftest import NOW, single_session

NEW_RULES = {
    "tone.gift", "tone.apology", "tone.unprofessional", "draft.empty", "draft.starter", "draft.pasted",
    "proof.other-company", "proof.capitalization", "proof.grammar",
}
SIGNOFF = "Best regards,\nSiobhán Nguyen\nsiobhan.nguyen@example.com | +1 555 0100"

MODEL_EMAILS = {
    "us-analyst": Draft(
        subject="Thank you – Siobhán Nguyen – Senior Data Analyst interview",
        greeting="Hi Dana,",
        gratitude="Thanks again for the time on Tuesday. I keep coming back to what you said about migrating the "
                  "billing pipeline to dbt: doing it one model at a time, with tests first, is how I like to work.",
        interest="Before joining my current company I spent two years at Acme Freight, where I learned how much "
                 "a clear definition saves later. I would love to bring that to the Senior Data Analyst role and "
                 "to your team at Northwind Analytics.",
        closing="If it would help, I am happy to share the churn dashboard write-up. I look forward to hearing "
                "about the next steps.",
        signoff=SIGNOFF,
    ),
    "uk-letter": Draft(
        subject="Thank you – Senior Data Analyst interview",
        greeting="Dear Ms Rivera,",
        gratitude="Thank you for seeing me yesterday afternoon. I very much enjoyed our discussion of the "
                  "quarterly churn review, and it was an honour to hear how the programme began.",
        interest="Having completed my MSc at the University of Leeds, I joined an NHS trust as an analyst and "
                 "have since led a one-off audit of its reporting. I remain keen on the position and on joining "
                 "Northwind Analytics.",
        closing="I would welcome the chance to continue the conversation and look forward to hearing from you "
                "in due course.",
        signoff="Yours sincerely,\nSiobhán Nguyen\nsiobhan.nguyen@example.com",
    ),
    "three-lines": Draft(
        subject="Thanks for today",
        greeting="Dana,",
        gratitude="Thank you for a great conversation about the dbt migration this morning.",
        interest="I'm even more excited about the role now, and I'd be glad to help with the quarterly churn review.",
        closing="Looking forward to the next steps.",
        signoff="Best,\nSiobhán Nguyen\n+1 555 0100",
    ),
    "with-list": Draft(
        subject="Thank you – Siobhán Nguyen – Senior Data Analyst interview",
        greeting="Dear Dana,",
        gratitude="Thank you for walking me through the billing pipeline and the plan for dbt.",
        interest="Three things I would bring to the Senior Data Analyst role:\n- a churn dashboard that cut "
                 "reporting time by 40%\n- careful metric definitions\n- calm habits on call, i.e. runbooks "
                 "first",
        closing="You mentioned a decision by the end of next week, as we discussed; I look forward to it. You can "
                "also find my portfolio at https://siobhan.example.dev/work.",
        signoff=SIGNOFF,
    ),
    "rejection-style": Draft(
        subject="Thank you",
        greeting="Dear Dana,",
        gratitude="Thank you for letting me know, and for the time you and the team gave me. I was sorry to hear "
                  "the news, but I learned a great deal about the billing pipeline work.",
        interest="",
        closing="I wish you every success with the migration, and I hope we cross paths again.",
        signoff=SIGNOFF,
    ),
    "enthusiastic": Draft(
        subject="Thank you – Siobhán Nguyen – Senior Data Analyst interview",
        greeting="Good morning Dana,",
        gratitude="Thank you so much for yesterday! Hearing how the team handled the quarterly churn review under "
                  "a tight deadline was inspiring, and I appreciated your honesty about what went wrong.",
        interest="A role that mixes stakeholder reporting with hands-on SQL is exactly what I want next, and an "
                 "hour with you made that even clearer. I would be thrilled to join Northwind Analytics.",
        closing="I could, of course, send a sample analysis if that would be useful. Either way, I look forward "
                "to hearing from you.",
        signoff=SIGNOFF,
    ),
}


@pytest.mark.parametrize("name", sorted(MODEL_EMAILS))
def test_model_emails_trip_none_of_the_new_rules(name, speller):
    session = single_session()
    session.interviewers[0].draft = MODEL_EMAILS[name]
    report = run_rules(session, NOW, None, speller)
    found = [(f.rule, f.message) for f in report.drafts[0].findings if f.rule in NEW_RULES]
    assert found == [], name
