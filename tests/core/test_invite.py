"""Calendar invites in the shapes real calendars write them (tests/fixtures/invites, written for these tests),
read into a session: the times and zone, the job and company, and who to thank."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from followup.core.config import Profile
from followup.core.errors import SessionError
from followup.core.invite import company_from_domain, import_invite, read_events, role_and_company, Person

INVITES = Path(__file__).resolve().parents[1] / "fixtures" / "invites"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
LOCAL = timezone(timedelta(hours=-5))
ME = Profile(name="Alex Kim", email="alex.kim@example.com", phone="+1 555 0100",
             signoff="Best regards,\nAlex Kim", achievements=("churn dashboard that cut reporting time by 40%",))


def _import(name, profile=ME, choice=None):
    path = INVITES / name
    return import_invite(path.read_bytes(), path, NOW, LOCAL, profile, choice)


def _roster(session):
    return [(p.name, p.email) for p in session.interviewers]


def test_google_calendar():
    imported = _import("google.ics")
    session = imported.session
    interview = session.interview
    assert (interview.role, interview.company) == ("Senior Data Analyst", "Northwind Analytics")
    assert interview.start.isoformat() == "2026-11-25T09:00:00-05:00"
    assert interview.end.isoformat() == "2026-11-25T10:30:00-05:00"
    assert interview.extra["timezone"] == "America/New_York"
    # The candidate (address in another case) and the room are not on the roster; a CN that is an address is a name.
    assert _roster(session) == [("Dana Rivera", "dana.rivera@northwind-analytics.com"),
                                ("Sam Okafor", "sam.okafor@northwind-analytics.com")]
    # The session starts from the profile.
    assert (session.candidate.name, session.candidate.email) == ("Alex Kim", "alex.kim@example.com")
    assert session.candidate.extra["signoff"] == "Best regards,\nAlex Kim"
    assert session.interview.achievements == ["churn dashboard that cut reporting time by 40%"]
    assert imported.notes == []


def test_outlook_windows_zone_names_become_iana_zones_and_rooms_are_left_out():
    session = _import("outlook.ics").session
    interview = session.interview
    assert (interview.role, interview.company) == ("Product Manager", "Contoso Pharmaceuticals")
    assert interview.extra["timezone"] == "America/New_York"  # TZID "Eastern Standard Time"
    assert interview.start.isoformat() == "2026-11-25T14:00:00-05:00"
    assert interview.end - interview.start == timedelta(minutes=90)
    # CN="Last, First" read as a person would say it; the conference room and the candidate are left out;
    # the organiser, who is not listed among the attendees, is added.
    assert _roster(session) == [("Thao Nguyen", "thao.nguyen@contoso.com"),
                                ("Patrick O'Brien", "patrick.obrien@contoso.com"),
                                ("Jordan Lee", "jordan.lee@contoso.com")]


def test_teams_attendees_without_a_name_get_one_from_the_address_and_shared_mailboxes_are_left_out():
    session = _import("teams.ics").session
    interview = session.interview
    assert (interview.role, interview.company) == ("Site Reliability Engineer", "Fabrikam")
    assert interview.extra["timezone"] == "Europe/Berlin"  # TZID "W. Europe Standard Time"
    assert interview.start.isoformat() == "2026-12-02T10:00:00+01:00"
    assert _roster(session) == [("Anna Schmidt", "anna.schmidt@fabrikam.de"),
                                ("Jonas Weber", "jonas_weber@fabrikam.de")]  # not recruiting@


def test_zoom_invite_without_attendees_takes_the_organiser():
    session = _import("zoom.ics").session
    interview = session.interview
    assert (interview.role, interview.company) == ("UX Researcher", "Tailspin Toys")
    assert interview.extra["timezone"] == "America/Los_Angeles"
    assert interview.start.isoformat() == "2026-11-24T13:30:00-08:00"
    assert _roster(session) == [("Priya Shah", "priya.shah@tailspintoys.com")]


def test_apple_calendar_email_parameters_and_uuid_attendees():
    session = _import("apple.ics").session
    interview = session.interview
    assert (interview.role, interview.company) == ("Logistics Coordinator", "Wide World Importers")
    assert interview.extra["timezone"] == "Europe/London"
    assert interview.start.isoformat() == "2026-11-26T15:00:00+00:00"
    assert _roster(session) == [("Hannah Clarke", "hannah.clarke@wideworldimporters.co.uk"),
                                ("Tom Baker", "tom.baker@wideworldimporters.co.uk")]  # urn:uuid, EMAIL= param


def test_several_events_need_a_choice():
    path = INVITES / "several.ics"
    with pytest.raises(SessionError, match="holds 2 events; say which with --event N"):
        import_invite(path.read_bytes(), path, NOW, LOCAL, ME)
    onsite = _import("several.ics", choice=2).session
    assert onsite.interview.role == "Data Engineer" and onsite.interview.company == "Adatum"
    assert [p.name for p in onsite.interviewers] == ["Maria Garcia", "Wei Chen", "Olu Adeyemi"]
    assert onsite.interview.start == datetime(2026, 11, 27, 14, 0, tzinfo=timezone.utc)
    assert onsite.interview.start.utcoffset() == timedelta(hours=-5)  # a UTC time is shown in local time
    with pytest.raises(SessionError, match="there are events 1 to 2"):
        _import("several.ics", choice=3)
    labels = [event.label() for event in read_events((INVITES / "several.ics").read_bytes(), None, NOW, LOCAL)]
    assert labels == ["Fri 20 Nov 2026 10:00 — Phone screen: Data Engineer (Alex Kim)",
                      "Fri 27 Nov 2026 09:00 — Onsite: Data Engineer (Alex Kim)"]


def test_all_day_event_starts_at_nine_and_says_so():
    imported = _import("allday.ics")
    interview = imported.session.interview
    assert interview.start == datetime(2026, 12, 3, 9, 0, tzinfo=LOCAL) and interview.end is None
    assert (interview.role, interview.company) == ("Graduate Analyst", "Proseware")
    assert any("all-day" in note for note in imported.notes)
    assert _roster(imported.session) == [("Ruth Okonkwo", "ruth.okonkwo@proseware.com")]  # not earlycareers@


def test_recurring_event_takes_the_latest_occurrence_that_has_started():
    imported = _import("recurring.ics")
    interview = imported.session.interview
    assert interview.start.isoformat() == "2026-11-23T10:00:00+01:00"  # 16, 23, 30 Nov; now is the 28th
    assert interview.end - interview.start == timedelta(hours=1)
    assert (interview.role, interview.company) == ("Backend Developer", "Litware")
    assert any("recurring" in note for note in imported.notes)


def test_without_a_profile_nothing_is_invented_and_the_user_is_told():
    imported = _import("google.ics", profile=None)
    assert imported.session.candidate.name == ""
    assert any("[profile] email" in note for note in imported.notes)
    assert ("Alex Kim", "Alex.Kim@example.com") in _roster(imported.session)  # cannot know it is you


@pytest.mark.parametrize(("name", "words"), [
    ("not-a-calendar.ics", "not a calendar invite (no BEGIN:VCALENDAR)"),
    ("todo-only.ics", "no event (VEVENT) in this calendar file"),
    ("no-start.ics", "event 1: has no start time (DTSTART)"),
])
def test_a_broken_or_unrelated_file_is_one_line_naming_what_is_missing(name, words):
    with pytest.raises(SessionError) as caught:
        _import(name)
    message = str(caught.value)
    assert "\n" not in message and name in message and words in message


def test_a_damaged_calendar_is_one_line():
    raw = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026-11-25 nine\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with pytest.raises(SessionError) as caught:
        import_invite(raw, "odd.ics", NOW, LOCAL, ME)
    assert str(caught.value).startswith("odd.ics: ") and "\n" not in str(caught.value)


@pytest.mark.parametrize(("email", "company"), [
    ("dana@northwind-analytics.com", "Northwind Analytics"),
    ("hannah@wideworldimporters.co.uk", "Wideworldimporters"),
    ("someone@gmail.com", ""),
    ("invites@calendly.com", ""),
    ("x@mail.fabrikam.de", "Fabrikam"),
])
def test_company_from_the_organisers_address(email, company):
    assert company_from_domain(email) == company


@pytest.mark.parametrize(("summary", "role", "company"), [
    ("Interview: Senior Data Analyst (Alex Kim)", "Senior Data Analyst", "Northwind Analytics"),
    ("Invitation: Northwind Analytics - Senior Data Analyst interview @ Wed Nov 25, 2026 9am - 10:30am (EST) "
     "(alex.kim@example.com)", "Senior Data Analyst", "Northwind Analytics"),
    ("Senior Data Analyst - final round", "Senior Data Analyst", "Northwind Analytics"),
])
def test_role_and_company_from_the_title(summary, role, company):
    organizer = Person("Dana Rivera", "dana@northwind-analytics.com")
    assert role_and_company(summary, organizer, "Alex Kim") == (role, company)


def test_a_time_zone_nobody_knows_is_read_as_local_time_and_the_user_is_told():
    """Lotus Notes writes its own TZID and, here, no VTIMEZONE: neither the file nor zoneinfo knows the zone."""
    imported = _import("unknown-zone.ics")
    interview = imported.session.interview
    assert interview.start == datetime(2026, 11, 26, 11, 30, tzinfo=LOCAL)  # the wall time, as local time
    assert interview.end - interview.start == timedelta(hours=1)
    assert "timezone" not in interview.extra  # no zone name to keep
    assert "time zone 'Mumbai Office Time' is unknown; read as local time — check the start in setup" \
        in imported.notes
    assert _roster(imported.session) == [("Vikram Rao", "vikram.rao@margie-travel.com"),
                                         ("Ananya Iyer", "ananya.iyer@margie-travel.com")]


@pytest.mark.parametrize("name", ["google.ics", "outlook.ics", "teams.ics", "zoom.ics", "apple.ics", "several.ics"])
def test_known_zones_bring_no_time_zone_note(name):
    for choice in ((1, 2) if name == "several.ics" else (None,)):
        assert not any("time zone" in note for note in _import(name, choice=choice).notes)
