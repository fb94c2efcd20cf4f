"""The draft editor: one draft per interviewer, seven section fields, and the live scoring sidebar.

Pushed by tui.app (`EditorScreen(workspace)`); edits `workspace.session` and posts SessionEdited;
scoring comes from core.rules (after each key's frame; a very slow draft in a thread worker), rendered by
tui.widgets.sidebar.
"""

from __future__ import annotations

import asyncio
import copy
import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static
from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from followup.core.model import SECTIONS, Draft, Session
from followup.tui import bindings
from followup.tui.navigation import followup_app
from followup.tui.screens.draft_layout import PLACEHOLDERS, DraftScreen, placeholder
from followup.tui.startup import KEYS_PAUSE, AfterKeys, DrawsFirst, KeyOrder
from followup.tui.messages import SessionEdited, SpellerReady, WordAccepted
from followup.tui.widgets.in_place import update_in_place
from followup.tui.text import clean_text
from followup.tui.widgets.field_preview import FieldPreview, fits_a_preview, location_to_offset, offset_to_location
from followup.tui.widgets.sidebar import Sidebar
from followup.tui.workspace import Workspace

if TYPE_CHECKING:  # pragma: no cover
    from followup.tui.widgets.section_field import SectionField  # made from the previews, after the first frame
    # Scoring's types and the findings list come after the first frame: with the first report, or the
    # sidebar's parts once the keys pause (tui.widgets.sidebar_parts).
    from followup.core.findings import DraftReport, Finding, SessionReport
    from followup.tui.widgets.findings import FindingsList

#: A draft that scores in less CPU time than this (ms) is scored on the event loop as its edit arrives (after
#: the key's frame); slower ones in a worker. A scoring thread holds the interpreter while it runs: measured
#: with 12 x 2,000-word drafts (about 19 ms to score), it stretched the key's own frame from ~15 to 40-55 ms
#: and showed the score later than scoring on the loop did (benchmarks/keys.py: 114-151 ms against 61-90 ms).
INLINE_SCORE_MS = 30.0
#: The whole session is scored once the keys have paused this long (s): keys typed as the editor opens, or
#: as a rescoring is asked for, are on screen first (the first draft scored also loads the rules, which
#: takes longer than a key). Longer than the gap between two keys of a typist, shorter than a reader's pause.
SCORE_PAUSE = KEYS_PAUSE
#: Key in `session.app.extra` that remembers the cursor (a character offset in the section).
CURSOR_KEY = "cursor"
#: The rule whose finding for the word being typed waits until the word is finished.
SPELLING_RULE = "proof.spelling"
#: The demo session's file in the sessions folder (`followup --demo`).
DEMO_FILE = "demo-panel.toml"
#: Apps already told that the demo keeps their edits (once a run).
_demo_told: "weakref.WeakSet[object]" = weakref.WeakSet()

_FINISHED = (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED)


def _as_shown(draft: Draft, field: SectionField | FieldPreview) -> str:
    """The draft's text for `field` as the field shows it once loaded: what an edit is told apart from."""
    return clean_text(draft.section(field.section), single_line=field.single_line)


class EditorScreen(DraftScreen, DrawsFirst):
    """Write the drafts: ctrl+n / ctrl+u switch interviewer, tab moves between sections."""

    BINDINGS = bindings.EDITOR
    AUTO_FOCUS = ""

    #: Set by the app: which part of a session this screen is ("editor").
    SESSION_PART: ClassVar[str | None] = "editor"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.report: SessionReport | None = None
        self._generation = 0
        self._loading = False  # the fields are being filled with a draft (take_text_on_screen waits)
        # Scoring state: a request is waiting for the next frame / a worker is running / more is wanted.
        self._score_queued = False
        self._score_running = False
        self._score_wanted = False
        self._score_running_worker: Worker | None = None
        #: The CPU time scoring the edited draft took last time (ms): inline below INLINE_SCORE_MS.
        self._draft_score_ms = 0.0
        #: The drafts a whole-session scoring has still to score, and what it has scored so far.
        self._pass: list[int] = []
        self._pass_reports: dict[int, DraftReport] = {}
        #: Waits for the keys to pause before a whole-session scoring starts (None once it has started).
        self._pass_timer: Timer | None = None
        self._pass_armed = False
        self._scored = asyncio.Event()
        self._last_field: SectionField | None = None
        #: The report shown leaves out the spelling finding of the word being typed (_without_word_being_typed).
        self._spelling_held = False
        #: The sidebar and the seven fields a report is shown on (found once: see _show_draft_only).
        self._score_widgets: tuple[Sidebar, tuple[SectionField | FieldPreview, ...]] | None = None
        self._cursors: dict[tuple[int, str], tuple[int, int]] = {}
        #: The sections drawn as previews until the fields are made (_make_fields_real).
        self._previews: list[FieldPreview] = []
        #: The fields made so far, by section (the editor's own: no query, and no TextArea import to tell them).
        self._fields: dict[str, SectionField] = {}
        #: The section the user left and their cursor in it, until its field is made (_open_field).
        self._opening: tuple[str, tuple[int, int] | None] | None = None

    # ------------------------------------------------------------- layout

    def section_field(self, section: str) -> SectionField | FieldPreview:
        """A preview of each section: the one the user left is made a field right after the first frame (or
        before a key typed sooner: DrawsFirst), the others once the keys pause or one is needed
        (_make_fields_real). The first frame waits neither for TextArea nor for seven of them. The section the
        user left is a field from the start if it may scroll: a field scrolled to its cursor is not drawn ahead."""
        single_line = section == "subject"
        text = self.draft.section(section) if self.session.interviewers else ""
        invite = PLACEHOLDERS[section]
        preview = FieldPreview(text, section=section, single_line=single_line, placeholder=invite)
        if section == self._opening_section():
            if not fits_a_preview(text):
                return self._new_field(preview)
            preview.add_class("-focused")
        self._previews.append(preview)
        return preview

    def _new_field(self, preview: FieldPreview) -> SectionField:
        field = preview.make_field(id=f"field-{preview.section}", spell_check=self._spell_check())
        self._fields[preview.section] = field
        return field

    def _opening_section(self) -> str:
        """The section the editor opens on: the one the user left."""
        section = self.session.app.section
        return section if section in SECTIONS else "subject"

    def _make_fields_real(self, only: str | None = None) -> None:
        """Each section still shown as a preview (or only section `only`) becomes its SectionField, in place:
        before the user or the editor needs to focus or edit one, else once the keys pause after the editor
        opens."""
        if not self._previews or not self.is_attached:
            return
        if only is None and self._opening is not None:
            self._open_field()  # the field the user left first, focused as they left it: whatever comes next wins
        previews = [p for p in self._previews if only is None or p.section == only]
        self._previews = [p for p in self._previews if p not in previews]
        self._score_widgets = None  # the fields' borders show the counts from now on
        for preview in previews:
            parent = preview.parent
            if not isinstance(parent, Widget):
                continue
            field = self._new_field(preview)
            preview.display = False  # at once: it is removed from the screen after this message
            parent.mount(field, after=preview)
            preview.remove()

    def make_ready_for_keys(self) -> None:
        self._open_field()

    def _open_field(self) -> None:
        """The field of the section the user left, in its preview's place, focused at their cursor: right after
        the first frame, or before the first key if that comes sooner (KeyOrder, through DrawsFirst)."""
        if self._opening is None or not self.is_attached:
            return
        (section, location), self._opening = self._opening, None
        self._make_fields_real(only=section)
        self._focus_section(section, location)

    def _focus_section(self, section: str, location: tuple[int, int] | None) -> None:
        target = self.field(section)
        self.set_focus(target)  # at once, not queued behind keys already typed (tui.startup.KeyOrder)
        if location is not None:
            target.move_cursor(location)
        self._remember_state(target)

    def _focused_field(self) -> SectionField | None:
        """The focused widget if it is one of the sections' fields."""
        return self._own_field(self.focused)

    def _own_field(self, widget: object) -> SectionField | None:
        """`widget` if it is one of the sections' fields, else None."""
        for field in self._fields.values():
            if field is widget:
                return field
        return None

    def on_field_preview_clicked(self, event: FieldPreview.Clicked) -> None:
        self.set_focus(self.field(event.preview.section))

    def focus_next(self, selector="*") -> Widget | None:
        return self._step_from_section(+1) if selector == "*" else super().focus_next(selector)

    def focus_previous(self, selector="*") -> Widget | None:
        return self._step_from_section(-1) if selector == "*" else super().focus_previous(selector)

    def _step_from_section(self, step: int) -> Widget | None:
        """Tab and shift+tab from a section go to the next or previous one in the sections' order, and past
        the last or first to the findings list (if it can take focus), as Textual's focus chain does. Not
        from the chain: it orders by place on screen, and a field just made from its preview has none until
        the next layout (keys typed in one burst: "tab x" would put the x two sections off)."""
        focused = self._focused_field()
        if focused is None:
            return super().focus_next() if step > 0 else super().focus_previous()
        index = SECTIONS.index(focused.section) + step
        target: Widget = self.field(SECTIONS[index % len(SECTIONS)])
        if not 0 <= index < len(SECTIONS):
            findings = self.sidebar.findings_list
            if findings is not None and findings in self.focus_chain:
                target = findings
        self.set_focus(target)
        return target

    def sidebar_widget(self) -> Sidebar:
        return Sidebar(self.workspace.now, id="sidebar")

    def key_bar(self):
        yield AfterKeys(_key_bar)  # once the keys pause, as the sidebar's parts

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def _apply_layout(self, width: int) -> None:
        super()._apply_layout(width)
        self.sidebar.set_compact(self._narrow)
        # The sections' height changes with the layout (the sidebar docks below on a narrow screen).
        self.call_after_refresh(self._reveal_cursor)

    async def _reveal_cursor(self) -> None:
        """The focused field and its cursor on screen (see SectionField.reveal_cursor)."""
        field = self._focused_field()
        if field is not None and field.is_attached:
            await field.reveal_cursor()

    @property
    def draft(self) -> Draft:
        return self.session.interviewers[self.index].draft

    def field(self, section: str) -> SectionField:
        """The section's field (if it is still a preview, the previews are made fields first)."""
        if self._preview_of(section) is not None:
            self._make_fields_real()
        return self._fields[section]

    def _preview_of(self, section: str) -> FieldPreview | None:
        """The section's preview, until its field is made."""
        return next((preview for preview in self._previews if preview.section == section), None)

    def _shown_sections(self) -> list[SectionField | FieldPreview]:
        """Each section as shown: its field, or its preview until the fields are made."""
        return [self._preview_of(s) or self._fields[s] for s in SECTIONS]

    def on_mount(self) -> None:
        bindings.show_keymap_problems(self.app, self.workspace.config.keys)
        self._tell_about_the_demo()
        if self.workspace.speller is not None:
            self._enable_spelling()
        self._show_interviewer(self.index, restore=True)
        if self._opening is not None:
            self.call_after_refresh(self._open_field)  # the first frame is drawn first
        app = self.app
        if isinstance(app, KeyOrder):
            app.when_keys_pause(self._make_fields_real)
        else:
            self.call_after_refresh(self._make_fields_real)
        followup = followup_app(self)
        if followup is not None:
            self.watch(followup, "save_status", self._save_status_changed, init=False)

    def on_screen_resume(self) -> None:
        self._score_queued = False  # a request made while another screen was on top may never have run
        self._apply_layout(self.size.width)
        # A dictionary that loaded while another screen was on top.
        if self.workspace.speller is not None and self._fields_spell_check() is None:
            self._enable_spelling()
            self.schedule_rescore(now=True)
        elif self.workspace.speller is not None:
            for field in self._fields.values():  # names, topics or words may have changed: underline afresh
                field.recheck()
        # The session may have changed elsewhere (roster, setup, a reload from disk).
        if self.session.interviewers:
            self.index = min(self.index, len(self.session.interviewers) - 1)
            self._load_fields()
            self.schedule_rescore(now=True)

    def _tell_about_the_demo(self) -> None:
        """`followup --demo` reopens the user's own edits to the demo: say so, and how to start it afresh."""
        app = followup_app(self)
        if app is None or not app.demo or self.workspace.path.name != DEMO_FILE or app in _demo_told:
            return
        _demo_told.add(app)
        self.notify(
            f"This is the demo session ({DEMO_FILE}): your edits to it are kept and come back with --demo. "
            "To start it afresh, delete it in the sessions list (ctrl+o, then F8).",
            title="Demo",
            timeout=10,
            markup=False,
        )

    # ------------------------------------------------------ interviewers

    def _show_interviewer(self, index: int, *, restore: bool = False) -> None:
        """Load interviewer `index`'s draft into the fields (starter text if it is empty)."""
        self._remember_cursor()
        self.index = index
        if self.draft.is_empty:
            self._fill_starter()
        self._load_fields()
        self._update_draft_bar()
        self.sidebar.show_draft(self.session, self.index)
        if restore or self.report is None:
            # Opening: the screen scores the session a draft at a time once it has drawn (on_screen_resume),
            # so it shows and takes keys without waiting for the rules; "scoring…" until then.
            self.sidebar.show_report(None, spelling_pending=self.workspace.settings.spelling_state == "loading")
            if not restore:
                self._start_full_pass()  # the draft now shown first
        else:
            self._show_report(self.report)  # every draft is scored: the new one's report at once
            self._request_score()  # and afresh (its starter may just have been filled in)
        section = self.session.app.section if restore else None
        if section not in SECTIONS:
            section = self._cursor_section() or "subject"
        location = self._cursors.get((self.index, section))
        if restore:
            offset = self.session.app.extra.get(CURSOR_KEY)
            preview = self._preview_of(section)
            if isinstance(offset, int) and not isinstance(offset, bool):
                # In the text as the field shows it (cleaned), which the offset was taken in (_remember_state).
                location = offset_to_location((preview or self._fields[section]).text, offset)
            if preview is not None:
                self._opening = (section, location)  # its field is made after the first frame (_open_field)
                return
        self._focus_section(section, location)
        if restore:  # focus scrolls a field into view only once laid out: opening lays out after this
            self.call_after_refresh(self._reveal_cursor)

    def _cursor_section(self) -> str | None:
        current = self._focused_field()
        return current.section if current is not None else None

    def _fill_starter(self) -> None:
        try:
            from followup.core.render import starter_draft
        except ImportError:  # pragma: no cover - core.render lands separately
            return
        try:
            starter = starter_draft(self.session, self.index)
        except Exception as exc:  # a broken template must not keep the editor from opening
            self.notify(f"No starter text: {exc}", severity="warning", markup=False)
            return
        for section in SECTIONS:
            self.draft.set_section(section, starter.section(section))
        self.post_message(SessionEdited())

    def _load_fields(self) -> None:
        draft = self.draft
        self._loading = True
        try:
            for field in self._shown_sections():
                field.placeholder = placeholder(self.session, field.section)
                text = _as_shown(draft, field)
                if field.text != text:
                    field.load_text(text)
        finally:
            self._loading = False

    def take_text_on_screen(self) -> bool:
        """Put into the draft what its fields show and their Changed message has not brought yet; True if any.

        A key's text is drawn before that message reaches this screen: a SIGTERM or hang-up in between
        (tui.hangup, through Keeper.rescue) would otherwise save the draft without the last word on screen.
        Not while the fields are being loaded with another draft: they would show part of the one left."""
        if self._loading or not self.is_attached:
            return False
        taken = False
        draft = self.draft
        for field in self._fields.values():
            if field.text != _as_shown(draft, field):
                draft.set_section(field.section, field.text)
                taken = True
        return taken

    def _update_draft_bar(self) -> None:
        self.show_titles()
        app = followup_app(self)
        self._save_status_changed(app.save_status if app is not None else "")

    def _save_status_changed(self, status: str) -> None:
        # As wide as its text: "saved 14:03:05" becoming "saved 14:03:09" after each save while the user types
        # is drawn in place; a layout only when the width changes.
        update_in_place(self.query_one("#save-status", Static), Content(clean_text(status or "", single_line=True)))

    def action_next_draft(self) -> None:
        self._switch(+1)

    def action_prev_draft(self) -> None:
        self._switch(-1)

    def _switch(self, step: int) -> None:
        count = len(self.session.interviewers)
        if count < 2:
            self.notify("This session has one interviewer (F3 to add more).", timeout=3)
            return
        section = self._cursor_section() or (self._last_field.section if self._last_field else "subject")
        self._remember_cursor()
        self._show_interviewer((self.index + step) % count)
        field = self.field(section)
        self.set_focus(field)
        location = self._cursors.get((self.index, section))
        if location is not None:
            field.move_cursor(location)
        self._remember_state(field)

    def _remember_cursor(self) -> None:
        current = self._focused_field()
        if current is not None:
            self._cursors[(self.index, current.section)] = current.selection.end

    # ------------------------------------------------------------- edits

    def on_text_area_changed(self, event: SectionField.Changed) -> None:
        field = self._own_field(event.text_area)
        if field is None:
            return
        draft = self.draft
        if field.text == _as_shown(draft, field):
            return  # loaded, not edited
        draft.set_section(field.section, field.text)
        self.post_message(SessionEdited())
        if self._pass_timer is not None:
            self._pass_timer.reset()  # typing: the whole-session scoring waits for a pause
        self._request_score()

    def on_descendant_focus(self, event) -> None:
        widget = self._own_field(event.widget)
        if widget is not None:
            self._last_field = widget
            self._remember_state(widget)

    def on_text_area_selection_changed(self, event: SectionField.SelectionChanged) -> None:
        field = self._own_field(event.text_area)
        if field is not None and field.has_focus:
            self.session.app.extra[CURSOR_KEY] = location_to_offset(field.text, field.selection.end)
            if self._spelling_held and field.word_being_typed is None and not self._edit_pending(field):
                self._show_draft_only(self.draft_report)  # the word is finished: its finding shows now

    def _edit_pending(self, field: SectionField) -> bool:
        """The field shows an edit whose Changed message has not reached this screen yet (a key moves the
        cursor before its Changed arrives): the report on hand is for the text before it, and the scoring
        that message starts shows the new one. Showing the old one first would only redraw the sidebar twice."""
        text = field.text
        shown = self.draft.section(field.section)
        return text != shown and text != _as_shown(self.draft, field)

    def _remember_state(self, field: SectionField) -> None:
        """Keep session.app (interviewer, section) in step with the focus; save when it moves."""
        state = self.session.app
        state.extra[CURSOR_KEY] = location_to_offset(field.text, field.selection.end)
        if state.interviewer != self.index or state.section != field.section:
            # A stored draft number past the roster (a hand-edited file) is only put right in memory: opening
            # a file never rewrites it by itself.
            out_of_range = state.interviewer >= len(self.session.interviewers) and state.section == field.section
            state.interviewer = self.index
            state.section = field.section
            if not out_of_range:
                self.post_message(SessionEdited())

    # ----------------------------------------------------------- scoring

    def schedule_rescore(self, *, now: bool = False) -> None:
        """Rescore the whole session (the dictionary, a word, or the session changed), a draft at a time.

        `now` is kept for callers: the first draft is scored as soon as the screen has drawn.
        """
        self._request_score(full=True)

    def _request_score(self, *, full: bool = False) -> None:
        """Score the newest text; one scoring at a time, the newest text wins.

        A keystroke scores only the draft being edited (`full` False): here and now when that is quick,
        else in a worker thread from a snapshot of the drafts. The whole session (`full`, or before the
        first report) is scored on the event loop a draft at a time, the shown draft first, each after a
        refresh: keys typed meanwhile are handled between two drafts, never behind the whole session (a
        thread scoring the session would hold the interpreter and slow every key).
        """
        if full or self.report is None:
            self._start_full_pass()
            return
        if self._pass:
            if self.index not in self._pass:
                self._pass.append(self.index)  # the edited draft is scored again before the pass ends
            return
        self._score_wanted = True
        if self._score_queued:
            return
        if self._score_running:
            # A draft scoring of older text: stop it at its next rule; the newest text is scored when it ends.
            worker = self._score_running_worker
            if worker is not None:
                worker.cancel()
            return
        if self._draft_score_ms <= INLINE_SCORE_MS:
            self._score_inline()
            return
        self._score_queued = True
        self.call_next(self._start_scoring)

    def _start_full_pass(self) -> None:
        """Score every draft again, the shown one first (see `_request_score`)."""
        count = len(self.session.interviewers)
        if not count:
            return
        running = bool(self._pass)
        self._pass = [self.index, *(i for i in range(count) if i != self.index)]
        self._pass_reports = {}
        self._scored.clear()
        if not running:
            self._pass_armed = False
            self.call_after_refresh(self._arm_full_pass)

    def _arm_full_pass(self) -> None:
        """Once the screen has drawn: the pass starts when the keys pause (SCORE_PAUSE)."""
        if self._pass and not self._pass_armed:
            self._pass_armed = True
            self._pass_timer = self.set_timer(SCORE_PAUSE, self._full_pass_step, name="score after keys pause")

    async def scored(self) -> SessionReport:
        """The session's report, once every draft is scored and the sidebar can show it (for callers that
        must wait for the score)."""
        await self._scored.wait()
        await self.sidebar.parts_in_place()
        app = self.app
        if isinstance(app, KeyOrder):
            await app.deferred_work_done()  # the key bar and the rest put off until the keys paused
        assert self.report is not None
        return self.report

    @property
    def on_stack(self) -> bool:
        """In the app's screen stack (perhaps under help or a dialog). False from the moment another part
        replaces this screen: its widgets are then being removed, and a queued step must not reach them."""
        return self.is_attached and self in self.app.screen_stack

    def _full_pass_step(self) -> None:
        self._pass_timer = None
        if not self._pass_reports and self._pass and self.is_attached:
            # Keys still coming (they reach the app before this screen sees the edit): wait for the pause.
            app = self.app
            quiet = app.keys_quiet_for() if isinstance(app, KeyOrder) else SCORE_PAUSE
            if quiet < SCORE_PAUSE:
                self._pass_timer = self.set_timer(SCORE_PAUSE - quiet, self._full_pass_step, name="score after keys pause")
                return
        if not self._pass or not self.on_stack:
            self._pass = []
            return
        if self._score_running:  # a keystroke's worker holds the rules: go on once it is done
            self.call_after_refresh(self._full_pass_step)
            return
        index = self._pass.pop(0)
        try:
            report = self.workspace.draft_report(index)
        except Exception as exc:  # a scoring bug must never take the user's text down with it
            self._pass = []
            self.notify(f"Scoring failed: {exc!r}", severity="error", markup=False)
            return
        if report is None or index >= len(self.session.interviewers):
            self._pass = []
            return
        self._pass_reports[index] = report
        if self._pass:
            if index == self.index and self.report is None:
                self._show_draft_only(report)  # the draft on screen is scored: show it before the others
            self.call_after_refresh(self._full_pass_step)
            return
        from followup.core.findings import SessionReport
        from followup.core.scoring import session_score

        drafts = tuple(self._pass_reports[i] for i in range(len(self.session.interviewers)))
        self._pass_reports = {}
        self._show_report(SessionReport(self.session.scenario, session_score(drafts), drafts))
        self._scored.set()

    def _score_inline(self) -> None:
        """Score the edited draft here and now: cheaper than a thread hop when it takes a moment only,
        and the sidebar then changes in the same frame as the text."""
        self._score_wanted = False
        self._generation += 1
        cpu = time.thread_time()
        try:
            report = self.workspace.draft_report(self.index)
        except Exception as exc:  # a scoring bug must never take the user's text down with it
            self.notify(f"Scoring failed: {exc!r}", severity="error", markup=False)
            return
        self._draft_score_ms = (time.thread_time() - cpu) * 1000
        if report is not None:
            self._show_draft_report(report)

    def _start_scoring(self) -> None:
        self._score_queued = False
        if self._score_running or not self._score_wanted or not self.is_attached:
            return
        if not self.session.interviewers or self.index >= len(self.session.interviewers):
            self._score_wanted = False
            return
        self._score_wanted = False
        self._score_running = True
        self._generation += 1
        self._score_running_worker = self._score_worker(self._generation, snapshot_drafts(self.session), self.index)

    @work(thread=True, group="editor-score", exit_on_error=False)
    def _score_worker(self, generation: int, session: Session, index: int) -> tuple[int, DraftReport | None, float]:
        cpu = time.thread_time()
        worker = get_current_worker()
        report = self.workspace.draft_report(index, session, stop=lambda: worker.is_cancelled)
        return generation, report, (time.thread_time() - cpu) * 1000

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "editor-score" or event.state not in _FINISHED:
            return
        self._score_running = False
        self._score_running_worker = None
        if event.state == WorkerState.SUCCESS and worker.result is not None:
            generation, report, cpu_ms = worker.result
            if report is not None:  # None: stopped early, a newer keystroke is being scored
                self._draft_score_ms = cpu_ms
                if generation == self._generation and not self._score_wanted:
                    self._show_draft_report(report)
        elif event.state == WorkerState.ERROR:
            self.notify(f"Scoring failed: {worker.error}", severity="error", markup=False)
        if self._score_wanted:
            self._request_score()

    def _show_draft_report(self, draft_report: DraftReport) -> None:
        """The edited draft was rescored: put its report in place of the old one and show it."""
        report = self.report
        index = draft_report.index
        if report is None or index >= len(report.drafts) or report.drafts[index].index != index:
            self.schedule_rescore()  # the session changed shape meanwhile: score it all again
            return
        drafts = report.drafts[:index] + (draft_report,) + report.drafts[index + 1 :]
        self._show_report(replace(report, drafts=drafts))

    def _show_report(self, report: SessionReport) -> None:
        self.report = report
        self._show_draft_only(self.draft_report)

    def _show_draft_only(self, draft_report: DraftReport | None) -> None:
        """The shown draft's report in the sidebar and on the fields' borders."""
        # Kept from the first call: a query walks the whole screen, on every keystroke (fields and sidebar
        # live as long as the screen; a widget no longer attached means the screen is being taken down).
        shown = self._score_widgets
        if shown is None:
            sidebars = self.query(Sidebar)
            if not sidebars:
                return
            shown = self._score_widgets = (sidebars.first(), tuple(self._shown_sections()))
        sidebar, fields = shown
        if not sidebar.is_attached or not self.on_stack:  # the screen is being taken down (widgets go one by one)
            return
        draft_report = self._without_word_being_typed(draft_report)
        pending = self.workspace.settings.spelling_state == "loading"
        sidebar.show_report(draft_report, spelling_pending=pending, word_held=self._spelling_held)
        from followup.tui.widgets.sidebar_parts import section_counts

        by_section = draft_report.by_section() if draft_report else {}
        for field in fields:
            if not field.is_attached:
                continue
            counts = section_counts(by_section.get(field.section, []))
            if str(field.border_subtitle or "") != counts:
                field.border_subtitle = counts

    def _without_word_being_typed(self, report: DraftReport | None) -> DraftReport | None:
        """The spelling finding of the word still being typed ("Ple" on the way to "Please") waits, as its
        underline does, until the cursor leaves the word; the score already counts it."""
        field = self._focused_field()
        held = field.word_being_typed if field is not None else None
        self._spelling_held = False
        if report is None or held is None:
            return report
        shown = tuple(
            f for f in report.findings if not (f.rule == SPELLING_RULE and f.section == field.section and f.span == held)
        )
        if len(shown) == len(report.findings):
            return report
        self._spelling_held = True
        return replace(report, findings=shown)

    @property
    def draft_report(self) -> DraftReport | None:
        if self.report is None:
            return None
        for draft_report in self.report.drafts:
            if draft_report.index == self.index:
                return draft_report
        return self.report.drafts[self.index] if self.index < len(self.report.drafts) else None

    # ---------------------------------------------------------- spelling

    def on_speller_ready(self, message: SpellerReady) -> None:
        self._enable_spelling()
        self.schedule_rescore(now=True)

    def _enable_spelling(self) -> None:
        check = self._spell_check()
        for field in self._fields.values():  # the previews get it as they become fields
            field.set_spell_check(check)

    def _fields_spell_check(self) -> Callable[[str], list[tuple[int, int]]] | None:
        """What the fields underline misspelled words with (None: no dictionary yet, or no field yet). Every
        field has the same one: a field made from a preview is given the one in use (_new_field)."""
        return next(iter(self._fields.values())).spell_check if self._fields else None

    def _spell_check(self) -> Callable[[str], list[tuple[int, int]]] | None:
        workspace = self.workspace
        if workspace.speller is None:
            return None
        from followup.core.spelling import misspelled_spans

        def check(text: str) -> list[tuple[int, int]]:
            if workspace.speller is None:
                return []
            return misspelled_spans(text, workspace.session, workspace.config, workspace.speller)

        return check

    def action_accept_word(self) -> None:
        field = self._current_field()
        word = field.word_at_cursor() if field is not None else ""
        if not word:
            self.notify("Put the cursor on a word to add it to your dictionary.", timeout=3)
            return
        # The app adds it to the config file too (idempotent); update ours now to rescore at once.
        self.workspace.config = self.workspace.config.with_word(word)
        self.post_message(WordAccepted(word))
        for each in self._fields.values():
            each.recheck()
        self.schedule_rescore(now=True)

    # ----------------------------------------------------------- findings

    def action_focus_findings(self) -> None:
        findings = self.sidebar.findings_list
        if findings is None or not findings.findings:
            self.notify("No findings: nothing to fix in this draft.", timeout=3)
            return
        if self._sidebar_hidden:
            self.action_toggle_sidebar()
            self.call_after_refresh(findings.focus)  # focusable once displayed again
            return
        self.set_focus(findings)

    def on_findings_list_chosen(self, event: FindingsList.Chosen) -> None:
        self.go_to_finding(event.finding)

    def go_to_finding(self, finding: Finding) -> None:
        """Focus the finding's section and select its span (or put the cursor at the end)."""
        from followup.core.findings import WHOLE_DRAFT

        if finding.section == WHOLE_DRAFT or finding.section not in SECTIONS:
            self.notify(clean_text(finding.hint or finding.message), title="Whole draft", timeout=6, markup=False)
            return
        field = self.field(finding.section)
        self.set_focus(field)
        text = field.text
        if finding.span is not None:
            start, end = finding.span
            field.select_offsets(start, end)
        else:
            field.move_cursor(offset_to_location(text, len(text)))
        field.scroll_visible()
        if finding.hint:
            # The sidebar keeps the explanation while the field is fixed. A notice too where it sits over the
            # sidebar's column; below 100 columns it would cover the field just reached (the sidebar is below).
            self.sidebar.tell(finding)
            if not self._narrow:
                self.notify(clean_text(finding.hint), timeout=5, markup=False)

    # ------------------------------------------------------------- other

    def action_toggle_sent(self) -> None:
        draft = self.draft
        if draft.sent is None:
            draft.sent = self.workspace.now()
            report = self.draft_report
            errors = sum(1 for f in report.findings if f.severity == "error") if report else 0
            warning = f" It still has {errors} error{'s' if errors != 1 else ''}." if errors else ""
            self.notify(f"Marked as sent ({draft.sent:%H:%M}).{warning}", timeout=4)
        else:
            draft.sent = None
            self.notify("No longer marked as sent.", timeout=3)
        self.post_message(SessionEdited())
        self._update_draft_bar()
        self.sidebar.show_draft(self.session, self.index)
        self.schedule_rescore(now=True)

    def action_toggle_sidebar(self) -> None:
        self._sidebar_hidden = not self._sidebar_hidden
        self.set_class(self._sidebar_hidden, "-no-sidebar")
        if self._sidebar_hidden and self.focused is self.sidebar.findings_list:
            self._focus_last_field()

    def action_preview(self) -> None:
        from followup.tui.screens.preview import PreviewScreen

        self._remember_cursor()
        self.app.push_screen(PreviewScreen(self.workspace, self.index))

    def action_external_editor(self) -> None:
        from followup.tui.external_editor import EditorFailed, edit_text

        field = self._current_field()
        if field is None:
            return
        try:
            edited = edit_text(self.app, field.text, self.workspace.environ, name=field.section)
        except EditorFailed as exc:
            self.notify(str(exc), severity="warning", title="External editor", markup=False)
            return
        self.set_focus(field)
        if edited != field.text:
            field.replace(
                clean_text(edited, single_line=field.single_line),
                (0, 0),
                field.document.end,
            )
            self.schedule_rescore(now=True)

    def action_back(self) -> None:
        findings = self.sidebar.findings_list
        if findings is not None and self.focused is findings:
            self._focus_last_field()
            return
        app = followup_app(self)
        if app is not None:
            app.action_sessions()
        elif len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def _current_field(self) -> SectionField | None:
        return self._focused_field() or self._last_field

    def _focus_last_field(self) -> None:
        self.set_focus(self._last_field or self.field("subject"))


def _key_bar() -> Widget:
    """The key bar, made (and its module imported) when the keys pause after the editor's first frame."""
    from followup.tui.screens.part import SteadyFooter

    return SteadyFooter(compact=True)


def snapshot_drafts(session: Session) -> Session:
    """A copy of `session` to score in a worker while the user types on: the drafts (the only part the
    editor changes) are copied, the rest is shared. Cheaper than a deep copy on every keystroke."""
    snapshot = copy.copy(session)
    people = []
    for person in session.interviewers:
        person = copy.copy(person)
        person.draft = copy.copy(person.draft)
        people.append(person)
    snapshot.interviewers = people
    return snapshot
