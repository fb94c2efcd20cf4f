"""The live scoring sidebar: the draft's score, its deadline, and its findings by section.

Shown beside (or, on narrow terminals, below) the section editor by tui.screens.editor;
it only renders what core returns (a DraftReport) and posts the user's picks upward. The box is drawn with the
editor's first frame; what it holds (tui.widgets.sidebar_parts) comes once the keys pause.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from followup.core.model import SCENARIO_MEANING, Session, scenario_of
from followup.tui.widgets.in_place import update_in_place
from followup.tui.startup import AfterKeys
from followup.tui.text import clean_text

if TYPE_CHECKING:  # pragma: no cover
    from textual.widgets import Digits

    from followup.core.findings import DraftReport, Finding
    from followup.tui.widgets.findings import FindingsList
    from followup.tui.widgets.sidebar_parts import SidebarParts


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
        #: The report shown leaves out the finding of the word being typed (show_report).
        self._word_held = False
        #: The text each Static of the score shows now (by id).
        self._shown: dict[str | None, str] = {}
        #: The parts are mounted (SidebarParts.Mounted); until then what to show is only kept.
        self.parts_ready = False
        #: The digits, score text, findings title and list, once the parts are mounted (_part_widgets).
        self._parts: tuple[Digits, Static, Static, FindingsList] | None = None
        self._parts_mounted = asyncio.Event()
        self._draft: tuple[Session, int] | None = None
        #: The finding the user was sent to from the list (`tell`): its explanation stays shown while they fix it.
        self.told: Finding | None = None

    def compose(self) -> ComposeResult:
        yield AfterKeys(self._make_parts)

    def _make_parts(self) -> SidebarParts:
        from followup.tui.widgets.sidebar_parts import SidebarParts

        return SidebarParts(self._clock)

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
        return self._part_widgets()[3] if self.parts_ready else None

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
        from followup.tui.widgets.deadline import DeadlineLabel  # loaded with the parts

        self.query_one("#deadline", DeadlineLabel).show(session, interviewer.draft)

    def show_report(self, report: DraftReport | None, *, spelling_pending: bool = False,
                    word_held: bool = False) -> None:
        """Show a draft's report; `spelling_pending` while the dictionary still loads (spelling not yet judged);
        `word_held` when the report leaves out the finding of the word being typed (its score counts it)."""
        if (report is not None and report == self.report and self._shown_compact == self.compact
                and spelling_pending == self._spelling_pending and word_held == self._word_held):
            return  # nothing changed: keep the keystroke path free of re-layout
        self.report = report
        self._spelling_pending = spelling_pending
        self._word_held = word_held
        self._show_report()

    def _show_report(self) -> None:
        if not self.parts_ready:
            return
        report, spelling_pending = self.report, self._spelling_pending
        self._shown_compact = self.compact
        from followup.tui.widgets.sidebar_parts import counts_text, score_band  # loaded with the parts

        digits, text, title, findings = self._part_widgets()
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
        elif self._word_held:  # the score counts it: "nothing left to fix" beside a lower score would be untrue
            summary = "No other findings: the word being typed is checked once the cursor leaves it."
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

    def _part_widgets(self) -> tuple[Digits, Static, Static, FindingsList]:
        """The digits, score text, findings title and list, found once the parts are mounted (a query on every
        keystroke adds up): they live as long as the sidebar."""
        if self._parts is None:
            from textual.widgets import Digits

            from followup.tui.widgets.findings import FindingsList  # loaded with the parts

            self._parts = (
                self.query_one("#score-digits", Digits),
                self.query_one("#score-text", Static),
                self.query_one("#findings-title", Static),
                self.query_one("#findings", FindingsList),
            )
        return self._parts

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
        it shows there rather than in a notice over the field (`.-told`, in SidebarParts.DEFAULT_CSS). Ends when
        the finding is gone, another draft shows, or the list is focused again."""
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
