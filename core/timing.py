"""The 24-hour window of a thank-you email: when it is due, and how much time is left.

Used by the timing rules and the sidebar's countdown; `now` is always passed in, never read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from .phrases import (
    DEADLINE_HOURS,
    DEADLINE_SOON_HOURS,
    SAME_DAY_EVENING_HOUR,
    SAME_DAY_MORNING_BEFORE_HOUR,
)

if TYPE_CHECKING:  # pragma: no cover
    from .model import Draft, Session

State = Literal["open", "soon", "overdue", "sent", "n/a"]


@dataclass(frozen=True)
class Deadline:
    state: str
    due: datetime
    remaining: timedelta
    label: str


def _aligned(moment: datetime, reference: datetime) -> datetime:
    """`moment` comparable with `reference`: a naive one takes the other's time zone."""
    if (moment.tzinfo is None) == (reference.tzinfo is None):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=reference.tzinfo)
    return moment.replace(tzinfo=None)


def format_span(delta: timedelta) -> str:
    """"5 h 12 min", "3 h", "40 min", "2 d 4 h" (rounded down to the minute)."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def due_at(session: "Session") -> datetime:
    """The end of the 24-hour window: the interview's end plus 24 h."""
    return session.interview.ends_at + timedelta(hours=DEADLINE_HOURS)


def deadline(session: "Session", draft: "Draft", now: datetime) -> Deadline:
    """Where `draft` stands against the 24-hour window at `now`."""
    due = _aligned(due_at(session), now)
    remaining = due - now
    if session.interview.outcome == "rejected":
        return Deadline("n/a", due, remaining, "no 24 h deadline")
    if draft.sent is not None:
        return Deadline("sent", due, remaining, "sent")
    if remaining <= timedelta(0):
        return Deadline("overdue", due, remaining, f"overdue by {format_span(-remaining)}")
    state = "soon" if remaining < timedelta(hours=DEADLINE_SOON_HOURS) else "open"
    return Deadline(state, due, remaining, f"due in {format_span(remaining)}")


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
