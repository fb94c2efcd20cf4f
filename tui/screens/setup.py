"""Interview setup: the candidate, the company and role, when it took place (with its time zone), the lists.

Shown first for a new session and on F2 from any part of a session; only valid values reach the session.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Select, Static, TextArea

from followup.core.model import KINDS, MEDIUMS, OUTCOMES
from followup.tui import bindings
from followup.tui.messages import SessionEdited
from followup.tui.navigation import app_of
from followup.tui.screens.part import FormInput, FormTextArea, PartTitle, SteadyFooter, as_shown, lines_as_shown, list_lines
from followup.tui.workspace import Workspace

#: Where the session keeps the zone's name (an optional key of [interview]; the times carry offsets).
ZONE_KEY = "timezone"

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_TIME = re.compile(r"^(\d{1,2})(?::?(\d{2}))?\s*([ap]\.?m\.?)?$", re.IGNORECASE)


#: What the kind of interview is called in the form (`interview.kind`; see RULES.md).
_KIND_LABELS = {"job": "job interview", "informational": "informational"}


def parse_date(text: str) -> date:
    """YYYY-MM-DD; ValueError with a short reason otherwise."""
    from followup.core.dates import date_problem

    text = text.strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError("use YYYY-MM-DD, e.g. 2026-11-25") from None
    problem = date_problem(day)
    if problem is not None:
        raise ValueError(problem)
    return day


def parse_time(text: str) -> time:
    """24-hour HH:MM (also 9:30, 0930, 9:30 pm); ValueError with a short reason otherwise."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError("use HH:MM, e.g. 09:30 or 14:00")
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3]:
        if not 1 <= hour <= 12:
            raise ValueError("with am/pm the hour is 1-12")
        hour = hour % 12 + (12 if match[3].lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise ValueError("no such time of day")
    return time(hour, minute)


def parse_zone(text: str, fallback: tzinfo) -> tzinfo:
    """An offset (+01:00, -0500, UTC-5, Z), an IANA name (Europe/Paris), or blank for `fallback`."""
    text = text.strip()
    if not text:
        return fallback
    if text.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    match = _OFFSET.match(text)
    if match:
        hours, minutes = int(match[2]), int(match[3] or 0)
        if hours > 14 or minutes > 59:
            raise ValueError("offsets run from -14:00 to +14:00")
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(-delta if match[1] == "-" else delta)
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of zones, half typed ("Europe")
        raise ValueError("use an offset like +01:00 or a zone like Europe/Paris") from None


def offset_text(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_field_text(moment: datetime, name: str | None) -> str:
    """What the zone field shows for a stored time: the zone's name if we kept it, else its offset."""
    if name:
        return name
    return offset_text(moment)[3:]


def combine(day: str, clock: str, zone: tzinfo) -> datetime:
    return datetime.combine(parse_date(day), parse_time(clock)).replace(tzinfo=zone)


class SetupScreen(Screen):
    """The interview's facts; edits reach the session as soon as they are valid, errors show beside the field."""

    SESSION_PART = "setup"
    AUTO_FOCUS = "#name"
    HELP_TITLE = "interview setup"
    BINDINGS = bindings.SETUP

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.errors: dict[str, str] = {}
        from followup.tui.screens.mailing import fill_from_profile

        fill_from_profile(workspace)  # a new session starts from [profile] (in memory until the first edit)

    # ------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        session = self.workspace.session
        candidate, interview = session.candidate, session.interview
        zone_name = interview.extra.get(ZONE_KEY) if isinstance(interview.extra.get(ZONE_KEY), str) else None
        start = interview.start
        end = interview.end
        yield PartTitle("Interview setup", self.workspace.path.name)
        with VerticalScroll(id="form"):
            yield Static("Candidate", classes="group")
            yield from self._row("Full name", FormInput(candidate.name, id="name", placeholder="as you sign your emails", compact=True))
            yield from self._row("Email", FormInput(candidate.email, id="email", placeholder="you@example.com", compact=True))
            yield from self._row("Phone", FormInput(candidate.phone, id="phone", placeholder="optional", compact=True))
            yield Static("Interview", classes="group")
            yield from self._row("Company", FormInput(interview.company, id="company", compact=True))
            yield from self._row("Role", FormInput(interview.role, id="role", placeholder="the job title", compact=True))
            yield from self._row(
                "Starts",
                FormInput(start.strftime("%Y-%m-%d"), id="start-date", placeholder="YYYY-MM-DD", compact=True, classes="date"),
                FormInput(start.strftime("%H:%M"), id="start-time", placeholder="HH:MM", compact=True, classes="time"),
            )
            yield from self._row(
                "Ends",
                FormInput(end.strftime("%Y-%m-%d") if end else "", id="end-date", placeholder=start.strftime("%Y-%m-%d"), compact=True, classes="date"),
                FormInput(end.strftime("%H:%M") if end else "", id="end-time", placeholder="+1 h", compact=True, classes="time"),
            )
            yield from self._row(
                "Time zone",
                FormInput(zone_field_text(start, zone_name), id="zone", placeholder="+01:00 or Europe/Paris", compact=True, classes="zone"),
            )
            yield from self._row(
                "Outcome",
                Select([(o, o) for o in OUTCOMES], value=interview.outcome if interview.outcome in OUTCOMES else "pending", allow_blank=False, id="outcome", compact=True),
            )
            yield from self._row(
                "Medium",
                Select([(m, m) for m in MEDIUMS], value=interview.medium if interview.medium in MEDIUMS else "email", allow_blank=False, id="medium", compact=True),
            )
            yield from self._row(
                "Kind",
                Select([(_KIND_LABELS[k], k) for k in KINDS], value=interview.kind if interview.kind in KINDS else "job", allow_blank=False, id="kind", compact=True),
            )
            yield Static("One item per line:", classes="group")
            with Horizontal(id="lists"):
                for key, title, items in (
                    ("requirements", "What the role needs", interview.requirements),
                    ("achievements", "Your matching results", interview.achievements),
                    ("concerns", "Answers to refine", interview.concerns),
                ):
                    with Vertical(classes="list-box"):
                        yield Static(title, classes="list-title", markup=False)
                        yield FormTextArea("\n".join(items), id=key, soft_wrap=True, compact=True, tab_behavior="focus")
        yield Static("", id="hint", markup=False)
        yield SteadyFooter(compact=True)

    def _row(self, label: str, *fields) -> ComposeResult:
        first = fields[0].id
        with Horizontal(classes="row"):
            yield Static(label, classes="label", markup=False)
            yield from fields
            yield Static("", id=f"{first}-note", classes="note", markup=False)

    def on_mount(self) -> None:
        self._validate_when(apply=False)
        self._show_hint()
        self._fit_width()

    def on_screen_resume(self) -> None:
        self._fit_width()

    def on_resize(self) -> None:
        self._fit_width()

    def _fit_width(self) -> None:
        # Below 100 columns the three lists stack, each the full width (side by side they were 22 wide).
        self.set_class(self.app.size.width < 100, "-narrow")

    def show_session(self) -> None:
        """Show the session as it is now (it was reloaded from disk)."""
        self.call_later(self._show_session)

    async def _show_session(self) -> None:
        await self.recompose()
        self._hint_for = None
        self._validate_when(apply=False)
        self._show_hint()

    def _show_hint(self) -> None:
        hint = self.query_one("#hint", Static)
        if getattr(self, "_hint_for", None) == dict(self.errors):
            return  # unchanged: no re-layout on every keystroke
        self._hint_for = dict(self.errors)
        if self.errors:
            beside = "them" if len(self.errors) > 1 else "it"
            hint.update(f"Not saved until fixed: {', '.join(self.errors.values())} (see the red note beside {beside}).")
        else:
            hint.update("Saved as you type. Next: F3 roster (who interviewed you), then F4 drafts.")
        hint.set_class(bool(self.errors), "error")

    # --------------------------------------------------------- editing

    def on_input_changed(self, event: Input.Changed) -> None:
        field = event.input.id
        session = self.workspace.session
        value = event.value
        simple = {
            "name": (session.candidate, "name", value),
            "email": (session.candidate, "email", value.strip()),
            "phone": (session.candidate, "phone", value.strip()),
            "company": (session.interview, "company", value),
            "role": (session.interview, "role", value),
        }
        if field == "email":
            self._note("email", "" if not value.strip() or _looks_like_email(value) else "check this address")
        if field in simple:
            target, attr, new = simple[field]
            old = getattr(target, attr)
            if old == new or as_shown(old) == event.input.value:
                return  # unchanged as shown: a stored control character is not dropped by merely looking
            setattr(target, attr, new)
        elif field in ("start-date", "start-time", "end-date", "end-time", "zone"):
            if field == "start-date":  # an empty Ends means the start's day: show that day, not the old one
                self.query_one("#end-date", Input).placeholder = value.strip() or "YYYY-MM-DD"
            if not self._validate_when(apply=True):
                self._show_hint()
                return
        else:
            return
        self._show_hint()
        self.post_message(SessionEdited())

    def on_select_changed(self, event: Select.Changed) -> None:
        interview = self.workspace.session.interview
        if event.select.id == "outcome" and event.value in OUTCOMES and interview.outcome != event.value:
            interview.outcome = str(event.value)
        elif event.select.id == "medium" and event.value in MEDIUMS and interview.medium != event.value:
            interview.medium = str(event.value)
        elif event.select.id == "kind" and event.value in KINDS and interview.kind != event.value:
            interview.kind = str(event.value)  # informational: no role on offer, so no role rules
        else:
            return
        self.post_message(SessionEdited())

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        key = event.text_area.id
        if key not in ("requirements", "achievements", "concerns"):
            return
        items = list_lines(event.text_area.text)
        stored = getattr(self.workspace.session.interview, key)
        if stored != items and lines_as_shown(stored) != items:
            setattr(self.workspace.session.interview, key, items)
            self.post_message(SessionEdited())

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def _note(self, field: str, message: str) -> None:
        note = self.query_one(f"#{field}-note", Static)
        if str(note.content) != message:
            note.update(message)
        note.set_class(bool(message), "error")

    def _validate_when(self, *, apply: bool) -> bool:
        """Check the dates, times and zone together; apply them to the session only when all are valid.

        Returns True when the session changed.
        """
        interview = self.workspace.session.interview
        self.errors = {k: v for k, v in self.errors.items() if k not in ("start", "end", "zone")}
        notes = {"start-date": "", "end-date": "", "zone": ""}
        local = self.workspace.clock().tzinfo or timezone.utc
        zone: tzinfo | None = None
        try:
            zone = parse_zone(self._value("zone"), local)
        except ValueError as exc:
            notes["zone"] = str(exc)
            self.errors["zone"] = "time zone"
        # The dates are checked even while the zone is wrong, so every problem shows at once.
        checking = zone or local
        start = end = None
        try:
            start = combine(self._value("start-date"), self._value("start-time"), checking)
        except ValueError as exc:
            notes["start-date"] = str(exc)
            self.errors["start"] = "start"
        end_date, end_time = self._value("end-date").strip(), self._value("end-time").strip()
        try:
            if end_time:
                end = combine(end_date or self._value("start-date"), end_time, checking)
            elif end_date:
                raise ValueError("give the end time too, or clear the date")
        except ValueError as exc:
            notes["end-date"] = str(exc)
            self.errors["end"] = "end"
        if start is not None and end is not None and end <= start:
            notes["end-date"] = "the end must come after the start"
            self.errors["end"] = "end"
        if zone is not None:
            sample = start or interview.start.replace(tzinfo=zone)
            notes["zone"] = offset_text(sample) + (" (this computer's zone)" if _same_offset(sample, self.app) else "")
        for field, message in notes.items():
            self._note(field, message)
        self.query_one("#zone-note", Static).set_class("zone" in self.errors, "error")
        if zone is None or start is None or "end" in self.errors or not apply:
            return False
        name = self._value("zone").strip() if isinstance(zone, ZoneInfo) else None
        changed = interview.start != start or interview.end != end or interview.extra.get(ZONE_KEY) != name
        interview.start, interview.end = start, end
        if name:
            interview.extra[ZONE_KEY] = name
        else:
            interview.extra.pop(ZONE_KEY, None)
        return changed

    def action_back(self) -> None:
        app_of(self).go_back()

    def action_save_profile(self) -> None:
        """F7: keep this candidate (name, email, phone, sign-off, results) as [profile] for new sessions."""
        from followup.tui.screens.mailing import save_profile

        save_profile(self, self.workspace)

    def action_import_invite(self) -> None:
        """F6: fill the session from a calendar invite (a path with completion; a choice among several events)."""
        from followup.tui.screens.mailing import ask_for_invite

        self.run_worker(ask_for_invite(self, self.workspace, self._show_session), exclusive=True, group="invite")


def _same_offset(moment: datetime, app) -> bool:
    try:
        local = app.clock()
    except Exception:
        return False
    return moment.utcoffset() == local.utcoffset()


def _looks_like_email(value: str) -> bool:
    return bool(re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value.strip()))
