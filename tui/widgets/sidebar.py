"""The live scoring sidebar: the draft's score, its deadline, and its findings by section.

Shown beside (or, on narrow terminals, below) the section editor by tui.screens.editor;
it only renders what core returns (a DraftReport) and posts the user's picks upward.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Digits, Static

from followup.core.findings import DraftReport, Finding, Severity, band_of
from followup.core.model import SCENARIO_MEANING, Session, scenario_of
from followup.tui.widgets.deadline import DeadlineLabel
from followup.tui.widgets.findings import SEVERITY_MARKS, FindingsList
from followup.tui.widgets.in_place import update_in_place
from followup.tui.startup import AfterKeys
from followup.tui.text import clean_text

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


class SidebarParts(Vertical):
    """What the sidebar holds. Mounted after the editor's first frame once the keys pause (AfterKeys, a later
    textual.lazy.Lazy), so the editor draws and takes keys without waiting for the digits and the findings list."""

    class Mounted(Message):
        """The parts are in place: the sidebar shows what it was given meanwhile."""

    def on_mount(self) -> None:
        self.post_message(self.Mounted())


class Sidebar(Vertical):
    """Score (large), deadline, findings list and the hint of the highlighted finding.

    Its parts arrive a moment after the editor's first frame (SidebarParts): until then it keeps what it
    is asked to show and shows it once they are there.
    """

    can_focus = False

    def __init__(self, clock: Callable[[], datetime], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clock = clock
        self.report: DraftReport | None = None
        #: One-line summary (no large digits): set by the screen on narrow terminals.
        self.compact = False
        self._shown_compact = False
        self._band = ""
        self._spelling_pending = False
        #: The text each Static of the score shows now (by id).
        self._shown: dict[str | None, str] = {}
        #: The parts are mounted (SidebarParts.Mounted); until then what to show is only kept.
        self.parts_ready = False
        #: The digits, score text, findings title and list, once the parts are mounted (see _show_report).
        self._parts: tuple[Digits, Static, Static, FindingsList] | None = None
        self._parts_mounted = asyncio.Event()
        self._draft: tuple[Session, int] | None = None
        #: The finding the user was sent to from the list (`tell`): its explanation stays shown while they fix it.
        self.told: Finding | None = None

    def compose(self) -> ComposeResult:
        with AfterKeys(SidebarParts(id="sidebar-parts")):
            with Horizontal(id="score-row"):
                yield Digits("--", id="score-digits")
                with Vertical(id="score-info"):
                    yield Static("", id="score-text", markup=False)
                    yield DeadlineLabel(self._clock, id="deadline")
            yield Static("", id="scenario", markup=False)
            yield Static("", id="findings-title", markup=False)
            yield FindingsList(id="findings")
            yield Static("", id="hint", markup=False)

    def on_sidebar_parts_mounted(self, event: SidebarParts.Mounted) -> None:
        event.stop()
        self.parts_ready = True
        self._parts_mounted.set()
        if self._draft is not None:
            self.show_draft(*self._draft)
        self._show_report()

    async def parts_in_place(self) -> None:
        """Return once the parts are mounted (for callers that read the findings list)."""
        await self._parts_mounted.wait()

    @property
    def findings_list(self) -> FindingsList | None:
        """The list of findings; None until the sidebar's parts are mounted."""
        return self.query_one(FindingsList) if self.parts_ready else None

    @property
    def findings(self) -> list[Finding]:
        """The findings listed (or to be listed once the parts are mounted)."""
        return list(self.report.findings) if self.report is not None else []

    def show_draft(self, session: Session, index: int) -> None:
        """The draft changed (another interviewer, or marked sent): refresh the deadline (the screen sets the title)."""
        self._draft = (session, index)
        if not self.parts_ready:
            return
        self.untell()  # another draft: the explanation was about the one left
        interviewer = session.interviewers[index]
        scenario = scenario_of(session)
        self.query_one("#scenario", Static).update(Content(SCENARIO_MEANING.get(scenario, "")))
        self.query_one(DeadlineLabel).show(session, interviewer.draft)

    def show_report(self, report: DraftReport | None, *, spelling_pending: bool = False) -> None:
        """Show a draft's report; `spelling_pending` while the dictionary still loads (spelling not yet judged)."""
        if (report is not None and report == self.report and self._shown_compact == self.compact
                and spelling_pending == self._spelling_pending):
            return  # nothing changed: keep the keystroke path free of re-layout
        self.report = report
        self._spelling_pending = spelling_pending
        self._show_report()

    def _show_report(self) -> None:
        if not self.parts_ready:
            return
        report, spelling_pending = self.report, self._spelling_pending
        self._shown_compact = self.compact
        if self._parts is None:  # found once (a query on every keystroke adds up): they live as long as the sidebar
            self._parts = (
                self.query_one("#score-digits", Digits),
                self.query_one("#score-text", Static),
                self.query_one("#findings-title", Static),
                self.query_one(FindingsList),
            )
        digits, text, title, findings = self._parts
        if report is None:
            self._set_band(digits, "")
            self._set_digits(digits, "--")
            self._set_text(text, "scoring… · " if self.compact else "scoring…")  # the deadline follows on one line
            self._set_text(title, "checking spelling…" if spelling_pending else "")
            findings.show_findings([])
            return
        css, word = score_band(report.score)
        self._set_band(digits, css)
        self._set_digits(digits, str(report.score))
        if self.compact:
            self._set_text(text, f"Score {report.score}/100, {word} · ")
        else:
            self._set_text(text, f"out of 100\n{word}")
        if report.findings:
            summary = f"Findings: {counts_text(report.findings)}"
        else:
            summary = "No findings: nothing left to fix."
        self._set_text(title, f"{summary}\nchecking spelling…" if spelling_pending else summary)
        findings.show_findings(report.findings)
        told = self.told
        if told is not None and not any(f.section == told.section and f.rule == told.rule for f in report.findings):
            self.untell()  # fixed: the findings left come back in its place
        if not report.findings:
            self.show_hint(None)

    # A keystroke's new report mostly changes nothing the sidebar shows (only where a finding sits):
    # update a widget (each update lays out the screen again) only when its text changes.

    def _set_digits(self, digits: Digits, value: str) -> None:
        if digits.value != value:
            digits.update(value)

    def _set_text(self, static: Static, text: str) -> None:
        if self._shown.get(static.id) != text:
            self._shown[static.id] = text
            update_in_place(static, Content(text))  # a layout only when it takes another size

    def _set_band(self, digits: Digits, css: str) -> None:
        # Only the digits change colour, and only when the band changes: a class change
        # restyles the widget's whole subtree, too slow to do on every report.
        if css != self._band:
            if self._band:
                digits.remove_class(self._band)
            if css:
                digits.add_class(css)
            self._band = css

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._show_report()

    def show_hint(self, finding: Finding | None) -> None:
        if not self.parts_ready:
            return
        hint = self.query_one("#hint", Static)
        if finding is None or not finding.hint:
            hint.update(Content(""))
            hint.remove_class("-shown")
        else:
            hint.update(Content(clean_text(finding.hint)))
            hint.add_class("-shown")

    def tell(self, finding: Finding) -> None:
        """The user was sent from the list to `finding`'s spot: keep its explanation in the hint line while they
        fix it. On a narrow screen (the sidebar below the sections) the hint line takes the list's place, so
        it shows there rather than in a notice over the field (`.-told` in editor.tcss). Ends when the finding
        is gone, another draft shows, or the list is focused again."""
        self.told = finding
        self.show_hint(finding)
        self.set_class(bool(finding.hint), "-told")

    def untell(self) -> None:
        if self.told is None:
            return
        self.told = None
        self.remove_class("-told")
        findings = self.findings_list
        self.show_hint(findings.finding_at(findings.highlighted) if findings is not None else None)

    def on_descendant_focus(self) -> None:
        self.untell()  # back in the list: the highlighted finding's hint, as usual

    def on_findings_list_hovered(self, event: FindingsList.Hovered) -> None:
        if self.told is None:  # a list rebuilt as the user types moves the highlight: the told hint stays
            self.show_hint(event.finding)
