"""The 24-hour window of a thank-you email: when it is due, how much time is left, and every wording of it.

The one deadline formatter: used by the timing rules, the sidebar's countdown, the sessions list, the send
confirmation, `followup check` and `followup due`. `now` is always passed in, never read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .phrases import (
    DEADLINE_HOURS,
    DEADLINE_SOON_HOURS,
    SAME_DAY_EVENING_HOUR,
    SAME_DAY_MORNING_BEFORE_HOUR,
)

if TYPE_CHECKING:  # pragma: no cover
    from .model import Draft, Session

#: Mark per deadline state, so a label reads without colour ("✖ overdue by 3 h").
STATE_MARKS: dict[str, str] = {
    "open": "◷",
    "soon": "▲",
    "overdue": "✖",
    "sent": "✔",
    "n/a": "–",
}


@dataclass(frozen=True)
class Deadline:
    """Where one draft stands: state is "open", "soon", "overdue", "sent" or "n/a" (after a rejection)."""

    state: str
    due: datetime
    remaining: timedelta
    #: "due in 5 h 12 min", "overdue by 3 h", "sent 14:05", "no 24 h deadline".
    label: str

    @property
    def marked(self) -> str:
        """The label after its state's mark: "▲ due in 5 h 12 min"."""
        return f"{STATE_MARKS.get(self.state, '•')} {self.label}"


def _aligned(moment: datetime, reference: datetime) -> datetime:
    """`moment` comparable with `reference`: a naive one takes the other's time zone."""
    if (moment.tzinfo is None) == (reference.tzinfo is None):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=reference.tzinfo)
    return moment.replace(tzinfo=None)


def format_span(delta: timedelta) -> str:
    """"5 h 12 min", "3 h", "40 min", "30 h", "2 d 4 h" (rounded down to the minute). Days from 48 h on, as
    `short_span` counts them: a deadline a day away reads "24 h" on every screen."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days == 1:
        days, hours = 0, hours + 24
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def short_span(delta: timedelta) -> str:
    """"5 h", "40 min", "2 d": the one unit that matters on a status line or in a narrow column."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes >= 48 * 60:
        return f"{minutes // (24 * 60)} d"
    if minutes >= 60:
        return f"{minutes // 60} h"
    return f"{minutes} min"


def sent_label(sent: datetime, now: datetime) -> str:
    """"sent 14:05", or "sent Nov 24 14:05" when not today (in the time zone of `now`)."""
    local = sent.astimezone(now.tzinfo) if now.tzinfo is not None else sent
    if local.date() == now.date():
        return f"sent {local:%H:%M}"
    return f"sent {local:%b} {local.day} {local:%H:%M}"


def due_at(session: "Session") -> datetime:
    """The end of the 24-hour window: the interview's end plus 24 h."""
    return session.interview.ends_at + timedelta(hours=DEADLINE_HOURS)


def deadline(session: "Session", draft: "Draft", now: datetime) -> Deadline:
    """Where `draft` stands against the 24-hour window at `now` (a sent draft is "sent", even after a rejection)."""
    due = _aligned(due_at(session), now)
    remaining = due - now
    if draft.sent is not None:
        return Deadline("sent", due, remaining, sent_label(draft.sent, now))
    if session.interview.outcome == "rejected":
        return Deadline("n/a", due, remaining, "no 24 h deadline")
    if remaining <= timedelta(0):
        return Deadline("overdue", due, remaining, f"overdue by {format_span(-remaining)}")
    state = "soon" if remaining < timedelta(hours=DEADLINE_SOON_HOURS) else "open"
    return Deadline(state, due, remaining, f"due in {format_span(remaining)}")


def session_deadline(session: "Session", now: datetime) -> tuple[str, bool]:
    """The session's deadline in a few words, and whether it presses: "due in 5 h", "overdue", "all sent",
    "no deadline", "no interviewers" (the most pressing draft decides; the sessions list shows it)."""
    if not session.interviewers:
        return "no interviewers", False
    unsent = [info for person in session.interviewers if (info := deadline(session, person.draft, now)).state != "sent"]
    if not unsent:
        return "all sent", False
    if any(info.state == "overdue" for info in unsent):
        return "overdue", True
    timed = [info for info in unsent if info.state in ("open", "soon")]
    if timed:
        first = min(timed, key=lambda info: info.remaining)
        return f"due in {short_span(first.remaining)}", first.state == "soon"
    return "no deadline", False


def sent_in_time(session: "Session", draft: "Draft") -> bool:
    """True when the draft was marked sent within the 24-hour window."""
    if draft.sent is None:
        return False
    due = due_at(session)
    return _aligned(draft.sent, due) <= due


def same_day_cutoff(session: "Session") -> datetime | None:
    """18:00 on the interview's day, in its own UTC offset, when it ended in the morning; else None."""
    end = session.interview.ends_at
    if end.hour >= SAME_DAY_MORNING_BEFORE_HOUR:
        return None
    return end.replace(hour=SAME_DAY_EVENING_HOUR, minute=0, second=0, microsecond=0)


def missed_same_day(session: "Session", draft: "Draft", now: datetime) -> bool | None:
    """None when the same-day advice does not apply; True when the draft was still unsent at 18:00."""
    cutoff = same_day_cutoff(session)
    if cutoff is None:
        return None
    if draft.sent is not None:
        return _aligned(draft.sent, cutoff) > cutoff
    return _aligned(now, cutoff) >= cutoff
