"""The 24-hour countdown of one draft ("due in 5 h 12 min", "sent 14:05"), refreshed every 30 s.

Part of the scoring sidebar (tui.widgets.sidebar); the time comes from core.timing.deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.content import Content
from textual.widgets import Static

from followup.core.model import Draft, Session

#: Seconds between refreshes of the countdown.
REFRESH_SECONDS = 30.0

#: Mark per deadline state; the label carries the words.
STATE_MARKS: dict[str, str] = {
    "open": "◷",
    "soon": "▲",
    "overdue": "✖",
    "sent": "✔",
    "n/a": "–",
}


def sent_label(sent: datetime, now: datetime) -> str:
    """"sent 14:05", or "sent Nov 24 14:05" when not today (in the clock's time zone)."""
    local = sent.astimezone(now.tzinfo) if now.tzinfo is not None else sent
    if local.date() == now.date():
        return f"sent {local:%H:%M}"
    return f"sent {local:%b} {local.day} {local:%H:%M}"


def deadline_text(session: Session, draft: Draft, now: datetime) -> tuple[str, str]:
    """(state, text) for a draft: the text starts with a mark and reads without colour."""
    from followup.core.timing import deadline  # core is pure; imported lazily to keep startup light

    if draft.sent is not None:
        return "sent", f"{STATE_MARKS['sent']} {sent_label(draft.sent, now)}"
    info = deadline(session, draft, now)
    if info.state == "n/a":
        return "n/a", f"{STATE_MARKS['n/a']} no 24 h deadline"
    return info.state, f"{STATE_MARKS.get(info.state, '•')} {info.label}"


class DeadlineLabel(Static):
    """Shows the deadline state of the draft it was last given; ticks every 30 s."""

    DEFAULT_CSS = """
    DeadlineLabel {
        height: auto;
        &.-open { color: $text; }
        &.-soon { color: $text-warning; text-style: bold; }
        &.-overdue { color: $text-error; text-style: bold; }
        &.-sent { color: $text-success; }
        &.-n-a { color: $text-muted; }
    }
    """

    def __init__(self, clock: Callable[[], datetime], *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._clock = clock
        self._session: Session | None = None
        self._draft: Draft | None = None
        self.state = ""

    def on_mount(self) -> None:
        self.set_interval(REFRESH_SECONDS, self.tick)

    def show(self, session: Session, draft: Draft) -> None:
        self._session, self._draft = session, draft
        self.tick()

    def tick(self) -> None:
        if self._session is None or self._draft is None:
            return
        state, text = deadline_text(self._session, self._draft, self._clock())
        if state != self.state:
            if self.state:
                self.remove_class("-" + self.state.replace("/", "-"))
            self.add_class("-" + state.replace("/", "-"))
            self.state = state
        self.update(Content(text))
