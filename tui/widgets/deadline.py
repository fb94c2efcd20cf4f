"""The 24-hour countdown of one draft ("due in 5 h 12 min", "sent 14:05"), refreshed every 30 s.

Part of the scoring sidebar (tui.widgets.sidebar); the words and the mark come from core.timing.deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.content import Content
from textual.widgets import Static

from followup.core.model import Draft, Session

#: Seconds between refreshes of the countdown.
REFRESH_SECONDS = 30.0


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
        from followup.core.timing import deadline  # core is pure; imported lazily to keep startup light

        info = deadline(self._session, self._draft, self._clock())
        state, text = info.state, info.marked
        if state != self.state:
            if self.state:
                self.remove_class("-" + self.state.replace("/", "-"))
            self.add_class("-" + state.replace("/", "-"))
            self.state = state
        self.update(Content(text))
