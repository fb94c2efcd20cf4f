"""A calendar invite (.ics) read into a new session: when, where in the world, the job, and who was there.

Used by `followup new --from INVITE.ics` and the setup screen's import. Handles the shapes real invites
come in: Google Calendar, Outlook/Exchange (Windows zone names such as "Eastern Standard Time", CN="Last,
First", rooms as attendees), Zoom (no attendees), Teams (CN is the address), Apple Calendar (EMAIL= params,
urn:uuid attendees), several events in one file, all-day and recurring events, a TZID nobody knows (read
as local time, with a note). Pure: bytes and a profile in, a session out; the time used to pick a recurring
event's occurrence is passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from .config import Profile, apply_profile
from .errors import SessionError
from .model import Candidate, Interview, Interviewer, Session

#: The zone's name is kept in `[interview] timezone` (as the setup screen does).
ZONE_KEY = "timezone"

#: Attendees that are places or things, not people.
ROOM_CUTYPES = ("ROOM", "RESOURCE")
ROOM_WORDS = re.compile(
    r"\b(conference|meeting|board|huddle|interview)\s*room\b|\broom\s+\w+|\bboardroom\b|\bprojector\b|\[video\]"
    r"|\(\d+\)\s*$",
    re.IGNORECASE,
)
ROOM_DOMAINS = ("resource.calendar.google.com",)
ROOM_LOCAL = re.compile(r"^(room|conf|rm|mtg|resource)[-_.\d]", re.IGNORECASE)

#: Mail hosts that say nothing about the employer.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com", "me.com",
    "proton.me", "protonmail.com", "aol.com", "gmx.com", "gmx.de", "mail.com", "fastmail.com", "zoho.com",
    "calendly.com", "zoom.us", "greenhouse.io", "lever.co", "goodtime.io", "workday.com", "ashbyhq.com",
})
#: Shared mailboxes (recruiting@, noreply@): never a person to thank.
SHARED_MAILBOX = re.compile(
    r"^(recruit\w*|talent\w*|careers?|early-?careers|jobs|hr|people|no-?reply|do-?not-?reply|calendar|scheduling"
    r"|interviews?|hiring|staffing)$",
    re.IGNORECASE,
)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})

#: Words that say what kind of meeting it is, removed to leave the job title.
MEETING_WORDS = re.compile(
    r"\b(?:updated\s+)?invitation\b|\binterviews?\b|\bon-?site\b|\bphone\s+screen(?:ing)?\b|\bscreen(?:ing)?\b"
    r"|\bfinal\s+round\b|\b(?:first|second|third|1st|2nd|3rd)\s+round\b|\bround\s*\d+\b|\bpanel\b|\bloop\b"
    r"|\bassessment\s+day\b|\btrial\s+day\b|\bvideo\s+call\b|\bcall\b|\bchat\b|\bmeeting\b",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^\s*(?:(?:fw|fwd|re|aw|wg|accepted|updated invitation|invitation)\s*:\s*)+", re.IGNORECASE)
_GOOGLE_TAIL = re.compile(r"\s+@\s+\w{3}\s+\w{3}\s+\d.*$")
_SPLIT = re.compile(r"\s+[-–—|/x]\s+|\s*[:|–—]\s*|\s+<>\s+|\s+with\s+|\s+at\s+|\s+for\s+", re.IGNORECASE)
_PARENS = re.compile(r"\([^)]*\)")


@dataclass(frozen=True)
class Person:
    name: str
    email: str


@dataclass
class Event:
    """One VEVENT, read: what the user chooses among when a file holds several."""

    summary: str
    start: datetime
    end: datetime | None
    zone: str | None  # an IANA name when the invite gave one (Windows names mapped)
    organizer: Person | None
    attendees: list[Person]
    all_day: bool = False
    recurring: bool = False
    notes: list[str] = field(default_factory=list)

    def label(self) -> str:
        when = self.start.strftime("%a %d %b %Y") + ("" if self.all_day else self.start.strftime(" %H:%M"))
        return f"{when} — {self.summary or '(no title)'}"


@dataclass
class Imported:
    session: Session
    notes: list[str]  # what could not be found or was guessed, one line each, for the user


# --------------------------------------------------------------------------- reading the file


def read_events(raw: bytes, path: str | Path | None, now: datetime, local: tzinfo) -> list[Event]:
    """Every event in the invite, in file order. SessionError (one line) when it is not an invite."""
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    if "BEGIN:VCALENDAR" not in text.upper():
        raise SessionError(path, None, "not a calendar invite (no BEGIN:VCALENDAR); expected an .ics file")
    import icalendar  # deferred: only `followup new` and the setup import need it

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise SessionError(path, None, f"a damaged calendar file ({_one_line(exc)})") from None
    events = [component for component in calendar.walk("VEVENT")]
    if not events:
        raise SessionError(path, None, "no event (VEVENT) in this calendar file")
    return [_event(component, path, number, now, local) for number, component in enumerate(events, start=1)]


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120]


def _event(component: Any, path: str | Path | None, number: int, now: datetime, local: tzinfo) -> Event:
    where = f"event {number}"
    try:
        start_prop = component.get("DTSTART")
        if start_prop is None:
            raise SessionError(path, where, "has no start time (DTSTART)")
        start_value = start_prop.dt
        end_prop = component.get("DTEND")
        end_value = end_prop.dt if end_prop is not None else None
        duration = component.get("DURATION")
    except SessionError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise SessionError(path, where, f"unreadable start or end ({_one_line(exc)})") from None
    notes: list[str] = []
    all_day = not isinstance(start_value, datetime)
    unknown = _tzid(start_prop) if isinstance(start_value, datetime) and start_value.tzinfo is None else ""
    if unknown:  # a TZID neither the file's VTIMEZONE nor zoneinfo knows: icalendar leaves the time floating
        notes.append(f"time zone '{unknown}' is unknown; read as local time — check the start in setup")
    start_value = _named_zone(start_value, start_prop)
    end_value = _named_zone(end_value, end_prop)
    zone = _zone_name(start_value) if not all_day else None
    start = _moment(start_value, local)
    if all_day:
        notes.append("an all-day event: the time is set to 09:00; correct it in setup")
        end = None
    elif isinstance(end_value, datetime):
        end = _moment(end_value, local)
    elif duration is not None and isinstance(getattr(duration, "dt", None), timedelta):
        end = start + duration.dt
    else:
        end = None
    recurring = component.get("RRULE") is not None
    if recurring:
        start, end = _occurrence(component, start, end, now)
        notes.append(f"a recurring event: used the occurrence of {start:%a %d %b %Y}")
    if end is not None and end <= start:
        end = None
    summary = " ".join(str(component.get("SUMMARY", "")).split())
    return Event(
        summary=summary,
        start=start,
        end=end,
        zone=zone,
        organizer=_person(component.get("ORGANIZER")),
        attendees=[p for p in (_person(a, attendee=True) for a in _as_list(component.get("ATTENDEE"))) if p],
        all_day=all_day,
        recurring=recurring,
        notes=notes,
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _tzid(prop: Any) -> str:
    """The TZID parameter of a date-time property, on one line and at most 60 characters ("" when none)."""
    tzid = " ".join(str(getattr(prop, "params", {}).get("TZID", "")).strip().strip('"').split())
    return tzid if len(tzid) <= 60 else tzid[:59] + "…"


def _named_zone(value: Any, prop: Any) -> Any:
    """A time whose zone icalendar built from the file's VTIMEZONE, put in the IANA zone its TZID names
    ("Eastern Standard Time" is America/New_York), so the session can keep the zone's name."""
    if not isinstance(value, datetime) or value.tzinfo is None or _zone_name(value) is not None:
        return value
    tzid = str(getattr(prop, "params", {}).get("TZID", "")).strip().strip('"')
    if not tzid:
        return value
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    name = WINDOWS_TO_OLSON.get(tzid, tzid)
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return value
    moved = value.replace(tzinfo=zone)
    # Trust the name only when it agrees with the file's own rules at that moment.
    return moved if moved.utcoffset() == value.utcoffset() else value


def _zone_name(value: datetime) -> str | None:
    key = getattr(value.tzinfo, "key", None)  # zoneinfo.ZoneInfo (icalendar maps Windows names to these)
    return key if isinstance(key, str) and "/" in key else None


def _moment(value: date | datetime, local: tzinfo) -> datetime:
    """An aware date-time: a floating one is read as local time; a date is 09:00 local that day."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time(9, 0)).replace(tzinfo=local)
    if value.tzinfo is None:
        return value.replace(tzinfo=local)
    if _zone_name(value) is None:  # UTC or a zone built from the file's VTIMEZONE: show it in local time
        return value.astimezone(local)
    return value


def _occurrence(component: Any, start: datetime, end: datetime | None,
                now: datetime) -> tuple[datetime, datetime | None]:
    """The last occurrence that has started by `now`, else the first one."""
    from dateutil.rrule import rrulestr

    try:
        rule = rrulestr(component.get("RRULE").to_ical().decode(), dtstart=start)
        chosen = rule.before(now.astimezone(start.tzinfo), inc=True) or start
    except (ValueError, TypeError, AttributeError):
        chosen = start
    length = (end - start) if end is not None else None
    return chosen, (chosen + length if length is not None else None)


def _person(value: Any, attendee: bool = False) -> Person | None:
    if value is None:
        return None
    params = getattr(value, "params", {})
    address = str(value)
    email = params.get("EMAIL") or (address[7:] if address.lower().startswith("mailto:") else "")
    email = str(email).strip().strip('"')
    cn = " ".join(str(params.get("CN", "")).strip().strip('"').split())
    if attendee and _is_room(str(params.get("CUTYPE", "")), cn, email):
        return None
    if SHARED_MAILBOX.match(email.partition("@")[0]):
        return None
    name = _display_name(cn, email)
    if not name and not email:
        return None
    return Person(name=name, email=email)


def _is_room(cutype: str, cn: str, email: str) -> bool:
    if cutype.upper() in ROOM_CUTYPES:
        return True
    domain = email.rpartition("@")[2].lower()
    if domain in ROOM_DOMAINS or ROOM_LOCAL.match(email.partition("@")[0]):
        return True
    return bool(cn) and bool(ROOM_WORDS.search(cn))


def _display_name(cn: str, email: str) -> str:
    """"Dana Rivera" from CN "Dana Rivera", "Rivera, Dana", or (no CN, or CN an address) "dana.rivera@…"."""
    if cn and "@" not in cn:
        if cn.count(",") == 1:
            last, first = (part.strip() for part in cn.split(","))
            if first and last:
                return f"{first} {last}"
        return cn
    local = (cn or email).partition("@")[0]
    local = re.sub(r"\+.*$", "", local)
    words = [w for w in re.split(r"[._\-]+", local) if w and not w.isdigit()]
    return " ".join(w[:1].upper() + w[1:] for w in words)


# --------------------------------------------------------------------------- the session


def company_from_domain(email: str) -> str:
    """"Northwind Analytics" from "…@northwind-analytics.com"; "" for free-mail and scheduling hosts."""
    domain = email.rpartition("@")[2].lower().strip()
    if not domain or domain in FREE_MAIL:
        return ""
    labels = domain.split(".")
    while len(labels) > 1 and (labels[-1] in _SECOND_LEVEL or len(labels[-1]) <= 3 or labels[-1] == "example"):
        labels = labels[:-1]
    name = labels[-1] if labels else ""
    if name in ("mail", "email", "calendar") or not name:
        return ""
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", name) if part)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def role_and_company(summary: str, organizer: Person | None, own_name: str) -> tuple[str, str]:
    """The job title and the employer, guessed from the event's title and the organiser's address."""
    text = _GOOGLE_TAIL.sub("", _PREFIX.sub("", summary))
    text = _PARENS.sub(" ", text)
    domain_company = company_from_domain(organizer.email) if organizer else ""
    hint = _squash(domain_company)
    own = {w.lower() for w in own_name.split()}
    company = ""
    roles: list[str] = []
    for piece in _SPLIT.split(text):
        piece = " ".join(piece.split()).strip(" -–—,.")
        if not piece:
            continue
        if own and {w.lower() for w in piece.split()} <= own:
            continue  # the candidate's own name
        bare = " ".join(MEETING_WORDS.sub(" ", piece).split()).strip(" -–—,.")
        if not bare or bare.lower() in ("the", "a", "an"):
            continue
        squashed = _squash(bare)
        if hint and not company and len(squashed) >= 3 and (hint.startswith(squashed) or squashed.startswith(hint)):
            company = bare  # "Wide World Importers" for wideworldimporters.co.uk
            continue
        roles.append(bare)
    role = max(roles, key=len) if roles else ""
    if not company and len(roles) > 1 and not domain_company:
        # No address to go by: a title-case piece without a job word is most likely the employer.
        company = min(roles, key=len)
        role = max((r for r in roles if r != company), key=len, default="")
    return role, company or domain_company


def to_session(event: Event, profile: Profile | None) -> Imported:
    """A new session for `event`, started from the profile; the candidate is never on their own roster."""
    notes = list(event.notes)
    own_emails = {e.lower() for e in ((profile.email,) if profile else ()) if e}
    own_name = profile.name if profile else ""
    role, company = role_and_company(event.summary, event.organizer, own_name)
    people: list[Person] = []
    seen: set[str] = set()
    everyone = list(event.attendees)
    if event.organizer is not None and not _is_room("", event.organizer.name, event.organizer.email):
        everyone.append(event.organizer)  # often the interviewer; a recruiter is easy to remove in the roster
    for person in everyone:
        key = (person.email or person.name).lower()
        if not key or key in seen:
            continue
        seen.add(key)
        if person.email.lower() in own_emails or (own_name and person.name.lower() == own_name.lower()):
            continue
        if not own_emails and not own_name and _looks_like_candidate(person, event):
            continue
        people.append(person)
    interview = Interview(company=company, role=role, start=event.start, end=event.end)
    if event.zone:
        interview.extra[ZONE_KEY] = event.zone
    session = Session(
        candidate=Candidate(name=""),
        interview=interview,
        interviewers=[Interviewer(name=p.name or p.email, email=p.email) for p in people],
    )
    apply_profile(session, profile)
    if not role:
        notes.append("no job title found in the event's title: fill in the role in setup")
    if not company:
        notes.append("no company found (title or organiser's address): fill it in setup")
    if not people:
        notes.append("no interviewers listed in the invite: add them in the roster")
    if not (profile and profile.email):
        notes.append("no [profile] email in the config: check that you are not on your own roster")
    return Imported(session, notes)


def _looks_like_candidate(person: Person, event: Event) -> bool:
    """Without a profile: an attendee on a free-mail address while the organiser's is a company's."""
    organizer = event.organizer
    domain = person.email.rpartition("@")[2].lower()
    return bool(organizer and company_from_domain(organizer.email) and domain in FREE_MAIL)


def import_invite(raw: bytes, path: str | Path | None, now: datetime, local: tzinfo, profile: Profile | None,
                  choice: int | None = None) -> Imported:
    """The session for event number `choice` (from 1) of the invite; the only one when it holds one.

    SessionError when the file is not an invite, or holds several events and `choice` is None or out of range.
    """
    events = read_events(raw, path, now, local)
    if choice is None:
        if len(events) > 1:
            raise SessionError(path, None, f"holds {len(events)} events; say which with --event N")
        choice = 1
    if not 1 <= choice <= len(events):
        raise SessionError(path, None, f"--event {choice}: there are events 1 to {len(events)}")
    return to_session(events[choice - 1], profile)


def merge_into(session: Session, incoming: Session) -> list[str]:
    """Bring an imported invite into a session already open (setup's import), never over what the user typed.

    Empty company and role are filled; the times and zone are taken only while the session is still fresh
    (no company, role or interviewers yet: its start is just when it was created); people not on the roster
    yet (by address, else by name) are added. Returns one line per thing kept or added, for the user.
    """
    notes: list[str] = []
    mine, theirs = session.interview, incoming.interview
    fresh = not mine.company.strip() and not mine.role.strip() and not session.interviewers
    for attr, label in (("company", "company"), ("role", "role")):
        have, offered = getattr(mine, attr).strip(), getattr(theirs, attr).strip()
        if not have and offered:
            setattr(mine, attr, offered)
        elif offered and have.casefold() != offered.casefold():
            notes.append(f"kept your {label} “{have}” (the invite says “{offered}”)")
    if fresh:
        mine.start, mine.end = theirs.start, theirs.end
        if ZONE_KEY in theirs.extra:
            mine.extra[ZONE_KEY] = theirs.extra[ZONE_KEY]
        else:
            mine.extra.pop(ZONE_KEY, None)
    elif (mine.start, mine.end) != (theirs.start, theirs.end):
        notes.append(f"kept your times (the invite says {theirs.start:%a %d %b %H:%M})")
    known = {p.email.strip().lower() for p in session.interviewers if p.email.strip()}
    names = {" ".join(p.name.split()).casefold() for p in session.interviewers}
    added = [p for p in incoming.interviewers
             if p.email.strip().lower() not in known and " ".join(p.name.split()).casefold() not in names]
    session.interviewers.extend(added)
    if added:
        notes.append(f"added {len(added)} to the roster: {', '.join(p.name for p in added)}")
    elif incoming.interviewers:
        notes.append("everyone in the invite is already on the roster")
    return notes
