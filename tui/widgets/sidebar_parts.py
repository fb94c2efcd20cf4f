"""What the scoring sidebar holds: the score in large digits, its band, the deadline, the scenario, the findings
list and the hint line (`SidebarParts`), and the words it and the fields' borders show (`score_band`, `counts_text`,
`section_counts`).

Imported only when the parts are mounted, once the keys pause after the editor's first frame (tui.widgets.sidebar):
core.findings and the widgets here are not on the way to the first frame.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def severity_counts(findings: Sequence[Finding]) -> list[tuple[Severity, str, int]]:
    """(severity, its mark, how many) for each severity `findings` hold, worst first."""
    counted = [(severity, sum(1 for f in findings if f.severity == severity)) for severity in Severity]
    return [(severity, SEVERITY_MARKS[severity][0], n) for severity, n in counted if n]


def counts_text(findings: Sequence[Finding]) -> str:
    """"2 errors, 1 warning" style summary; "no findings" when empty."""
    parts = [f"{mark} {n} {severity}{'' if n == 1 else 's'}" for severity, mark, n in severity_counts(findings)]
    return ", ".join(parts) if parts else "no findings"


def section_counts(findings: Sequence[Finding]) -> str:
    """"✖1 ▲2" for a field's border: how many findings of each kind it has."""
    return " ".join(f"{mark}{n}" for _, mark, n in severity_counts(findings))


class SidebarParts(Vertical):
    """What the sidebar holds. Mounted after the editor's first frame once the keys pause (AfterKeys, a later
    textual.lazy.Lazy), so the editor draws and takes keys without waiting for the digits and the findings list."""

    #: Their look in the editor: parsed when the parts first mount, not with editor.tcss before the first frame
    #: (the sheet of the first frame holds only what it draws; the fields and the sidebar's box). Not scoped:
    #: the rules name the editor (DraftScreen, .-narrow below 100 columns) and the sidebar (#sidebar).
    SCOPED_CSS = False
    DEFAULT_CSS = """
    DraftScreen #score-row { height: auto; }
    DraftScreen #score-digits { width: auto; margin-right: 1; }
    DraftScreen #score-info { width: 1fr; height: auto; }
    DraftScreen #score-text { height: 2; color: $text-muted; }
    DraftScreen #score-digits.-good { color: $text-success; }
    DraftScreen #score-digits.-fair { color: $text-warning; }
    DraftScreen #score-digits.-poor { color: $text-error; }
    DraftScreen #deadline { height: 1; }
    /* What the scenario means: below the findings (the findings come first on every draft). */
    DraftScreen #scenario { dock: bottom; margin-top: 1; color: $text-muted; }
    DraftScreen #findings-title { margin-top: 1; text-style: bold; }
    DraftScreen #hint {
        height: auto;
        max-height: 5;
        padding: 0 1;
        border-top: solid $border-blurred;
        color: $text-muted;
        display: none;
    }
    DraftScreen #hint.-shown { display: block; }

    /* Narrow (the sidebar below the sections): score and deadline on one line, a short list. */
    DraftScreen.-narrow #sidebar-parts { height: auto; }
    DraftScreen.-narrow FindingsList { height: auto; max-height: 5; }
    DraftScreen.-narrow #scenario { display: none; }
    /* Working through the findings on a small screen: the list gets most of the height, if it has that many. */
    DraftScreen.-narrow #sidebar:focus-within FindingsList { max-height: 12; }
    DraftScreen.-narrow #score-digits { display: none; }
    DraftScreen.-narrow #score-info { layout: horizontal; }
    DraftScreen.-narrow #score-text { width: auto; height: 1; color: $text; }
    DraftScreen.-narrow #deadline { width: 1fr; }
    DraftScreen.-narrow #findings-title { margin-top: 0; }
    DraftScreen.-narrow #hint.-shown { display: none; }
    /* Sent from the list to a finding's spot (Sidebar.tell): below the sections, the finding's explanation
       takes the list's place while the field is edited (a notice would cover the field); ctrl+f brings the
       list back. */
    DraftScreen.-narrow #sidebar.-told #hint.-shown { display: block; max-height: 4; }
    DraftScreen.-narrow #sidebar.-told FindingsList { display: none; }
    """

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
