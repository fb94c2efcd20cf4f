"""Closing and sign-off rules: a calm look ahead, no pressure, a formal sign-off with full name and contact."""

from __future__ import annotations

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
