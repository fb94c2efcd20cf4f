"""What the scoring sidebar holds: the score in large digits, its band, the deadline, the scenario, the findings
list and the hint line (`SidebarParts`), and the words it and the fields' borders show (`score_band`, `counts_text`,
`section_counts`).

Imported only when the parts are mounted, once the keys pause after the editor's first frame (tui.widgets.sidebar):
core.findings and the widgets here are not on the way to the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Digits, Static

from followup.core.findings import Finding, Severity, band_of
from followup.tui.widgets.deadline import DeadlineLabel
from followup.tui.widgets.findings import SEVERITY_MARKS, FindingsList

#: Per band (core.findings.band_of): the digits' css class and the word shown beside the score (the word
#: keeps it readable without colour).
BAND_LOOKS: dict[str, tuple[str, str]] = {
    "ready": ("-good", "ready to send"),
    "polish": ("-good", "polish"),
    "needs work": ("-fair", "needs work"),
    "not ready": ("-poor", "not ready"),
}


def score_band(score: int) -> tuple[str, str]:
    """(css class, word) for a score: its band (an error keeps a draft below 60, "not ready")."""
    return BAND_LOOKS.get(band_of(score), ("-poor", band_of(score)))


def counts_text(findings: tuple[Finding, ...] | list[Finding]) -> str:
    """"2 errors, 1 warning" style summary; "no findings" when empty."""
    parts = []
    for severity in Severity:
        n = sum(1 for f in findings if f.severity == severity)
        if n:
            mark = SEVERITY_MARKS[severity][0]
            parts.append(f"{mark} {n} {severity}{'' if n == 1 else 's'}")
    return ", ".join(parts) if parts else "no findings"


def section_counts(findings: list[Finding]) -> str:
    """"✖1 ▲2" for a field's border: how many findings of each kind it has."""
    parts = []
    for severity in Severity:
        n = sum(1 for f in findings if f.severity == severity)
        if n:
            parts.append(f"{SEVERITY_MARKS[severity][0]}{n}")
    return " ".join(parts)


class SidebarParts(Vertical):
    """What the sidebar holds. Mounted after the editor's first frame once the keys pause (AfterKeys, a later
    textual.lazy.Lazy), so the editor draws and takes keys without waiting for the digits and the findings list."""

    class Mounted(Message):
        """The parts are in place: the sidebar shows what it was given meanwhile."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        super().__init__(id="sidebar-parts")
        self._clock = clock

    def compose(self) -> ComposeResult:
        with Horizontal(id="score-row"):
            yield Digits("--", id="score-digits")
            with Vertical(id="score-info"):
                yield Static("", id="score-text", markup=False)
                yield DeadlineLabel(self._clock, id="deadline")
        yield Static("", id="scenario", markup=False)
        yield Static("", id="findings-title", markup=False)
        yield FindingsList(id="findings")
        yield Static("", id="hint", markup=False)

    def on_mount(self) -> None:
        self.post_message(self.Mounted())
