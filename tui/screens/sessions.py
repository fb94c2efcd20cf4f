"""The sessions list: every saved session, newest first, with its scores and deadline; open, new, copy, delete.

The first screen of `followup`; `tui.app` opens the chosen session. Files are read and scored in a worker.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from rich.cells import cell_len
from textual.content import Content
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from followup.core.clean import one_line
from followup.tui import bindings
from followup.tui.navigation import app_of


_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class SessionRow:
    """One line of the list: a session file that loaded (with its summary) or did not (with its error)."""

    path: Path
    sort_key: datetime
    company: str = ""
    role: str = ""
    date: str = ""
    scenario: str = ""
    sent: str = ""
    scores: str = ""  # worst–best score of the drafts
    band: str = ""  # the weakest draft's band: "not ready", "needs work", "polish", "ready"
    deadline: str = ""
    urgent: bool = False
    candidate: str = ""
    #: The interviewers' names ("Dana Rivera, Sam Okafor"): two sessions at one company look different.
    people: str = ""
    error: str | None = None

    def haystack(self) -> str:
        parts = (self.path.name, self.company, self.role, self.date, self.scenario, self.candidate, self.deadline,
                 self.people)
        return " ".join(parts).lower() + (" " + self.error.lower() if self.error else "")

    def matches(self, query: str) -> bool:
        """Every word typed starts a word of the row ("nor ana" finds Northwind Analytics)."""
        words = _WORDS.findall(self.haystack())
        return all(any(w.startswith(q) for w in words) for q in _WORDS.findall(query.lower()))


def summarize(path: Path, now: datetime, config=None, *, demo: bool = False) -> SessionRow:
    """Load and score one session file; a file that does not load gives a row with its one-line error.
    `demo`: the demo session (core.due.is_demo), whose deadline column says "demo": never due, as in `followup due`."""
    from followup.core import store
    from followup.core.errors import SessionError

    try:
        mtime = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except OSError:
        mtime = datetime.fromtimestamp(0, timezone.utc)
    try:
        session = store.load(path)
    except SessionError as exc:
        return SessionRow(path, mtime, error=one_line(exc.detail))  # the row shows the file name already
    except Exception as exc:  # a list never crashes on one file
        return SessionRow(path, mtime, error=one_line(f"{path.name}: {exc}"))
    try:
        row = _summary(path, session, now, config)
        return replace(row, deadline="demo", urgent=False) if demo else row
    except Exception as exc:  # scoring trouble: still list the session
        return SessionRow(path, mtime, company=one_line(session.interview.company), error=one_line(f"cannot score: {exc}"))


def _summary(path: Path, session, now: datetime, config) -> SessionRow:
    from followup.core.findings import band_of
    from followup.core.rules import run_rules
    from followup.core.timing import session_deadline

    interview = session.interview
    drafts = [i.draft for i in session.interviewers]
    sent = sum(1 for d in drafts if d.sent is not None)
    scores = band = ""
    if drafts:
        report = run_rules(session, now, config, None)
        values = [d.score for d in report.drafts]
        # The range of the drafts' scores, worst to best ("49–100"); one number when they agree.
        low, high = min(values), max(values)
        scores = f"{high}" if low == high else f"{low}–{high}"
        band = band_of(low)  # the session is as ready as its weakest draft
    state, urgent = session_deadline(session, now)
    start = interview.start
    return SessionRow(
        path,
        start if start.tzinfo else start.astimezone(),
        company=one_line(interview.company) or "(no company)",
        role=one_line(interview.role),
        date=start.strftime("%Y-%m-%d %H:%M"),
        scenario=session.scenario,
        sent=f"{sent}/{len(drafts)}",
        scores=scores or "-",
        band=band or "-",
        deadline=state,
        urgent=urgent,
        candidate=one_line(session.candidate.name),
        people=one_line(", ".join(p.name.strip() for p in session.interviewers if p.name.strip())),
    )


def shown_folder(folder: Path, home: str | None) -> str:
    """The folder as the screen names it: under the home folder as "~/…" (shorter, and the same wherever the
    home is, so snapshots taken in a temporary home are stable)."""
    if home:
        try:
            return str(Path("~") / folder.relative_to(home))
        except ValueError:
            pass
    return str(folder)


def session_files(folder: Path) -> list[Path]:
    """The sessions in `folder`, then those opened by path from elsewhere (the recent-files list beside it):
    core.due.session_files, the rule `followup due` reads them by too, with the demo session listed."""
    from followup.core.config import RECENT_NAME
    from followup.core.due import read_recent
    from followup.core.due import session_files as listed

    return listed(folder, read_recent(folder.parent / RECENT_NAME), demo=True)


# Column widths; company and role share what is left.
_FIXED = (("date", 16), ("scenario", 9), ("sent", 5), ("scores", 7), ("band", 10), ("deadline", 12))


def _fit(text: str, width: int) -> str:
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out = ""
    for ch in text:
        if cell_len(out + ch) > width - 1:
            break
        out += ch
    return out + "…" + " " * (width - 1 - cell_len(out))


def _columns(width: int, need: Mapping[str, int] | None = None) -> list[tuple[str, int]]:
    """The columns that fit `width`. Each fixed column is as wide as its heading or its longest value,
    whichever is wider (at most its usual width), and what that saves goes to the company and the role; the
    company gets what its longest name needs before the role does, as long as the role keeps what its
    longest title needs, up to 8 columns (`need`: column -> longest value, from `column_needs`)."""
    need = need or {}
    fixed = [(name, min(w, max(len(HEADINGS[name]), need.get(name, w)))) for name, w in _FIXED]
    if width < 90:
        fixed = [c for c in fixed if c[0] != "scenario"]
    if width < 76:
        fixed = [c for c in fixed if c[0] != "band"]
    if width < 66:
        fixed = [c for c in fixed if c[0] != "scores"]
    rest = max(12, width - sum(w + 1 for _, w in fixed))
    company_need, role_need = need.get("company", 0), need.get("role", 0)
    role_min = max(4, min(role_need, 8))
    company = max(6, min(max(company_need, rest // 2), rest - 1 - role_min))
    return [("company", company), ("role", rest - company - 1)] + fixed


HEADINGS = {
    "company": "Company",
    "role": "Role",
    "date": "Interview",
    "scenario": "Scenario",
    "sent": "Sent",
    "scores": "Score",
    "band": "Band",
    "deadline": "Deadline",
}


def column_needs(rows: list[SessionRow]) -> dict[str, int]:
    """Column -> the cells the longest value of `rows` takes in it."""
    loaded = [r for r in rows if r.error is None]
    return {name: max((cell_len(getattr(r, name)) for r in loaded), default=0) for name in HEADINGS}


def header_line(width: int, need: Mapping[str, int] | None = None) -> Content:
    return Content(" ".join(_fit(HEADINGS[name] if w >= len(HEADINGS[name]) else HEADINGS[name][:w], w)
                            for name, w in _columns(width, need)))


def row_text(row: SessionRow, width: int, need: Mapping[str, int] | None = None) -> Content:
    """Two lines: the summary in columns, then (muted) the file name and who interviewed you."""
    if row.error is not None:
        name_width = min(max(12, width // 3), 28)
        return Content.assemble(
            (_fit(one_line(row.path.name), name_width), "bold"),
            " ",
            (_fit("✗ " + row.error, max(1, width - name_width - 1)), "$text-error"),
        )
    parts: list = []
    for i, (name, w) in enumerate(_columns(width, need)):
        if i:
            parts.append(" ")
        value = getattr(row, name)
        style = ""
        if name == "deadline":
            style = "$text-error" if row.deadline == "overdue" else "$text-warning" if row.urgent else ""
        elif name == "company":
            style = "bold"
        parts.append((_fit(value, w), style))
    second = " · ".join(part for part in (one_line(row.path.name), row.people) if part)
    parts.append(("\n" + _fit(second, width).rstrip(), "$text-muted"))
    return Content.assemble(*parts)


class SessionsScreen(Screen):
    """Every session in the sessions folder; type to filter, enter to open."""

    BINDINGS = bindings.SESSIONS
    AUTO_FOCUS = "#filter"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SessionRow] = []
        self.shown: list[SessionRow] = []
        self.loaded = False
        #: Built when first shown: `followup PATH` puts a session over this list before its first frame.
        self._built = False

    def compose(self) -> ComposeResult:
        if self.app.screen is not self:
            return  # covered already: build it when it shows (on_screen_resume), not on the way to the first frame
        self._built = True
        from followup.tui.screens.part import FormInput, SteadyFooter  # not before the editor's first frame

        yield Static("", id="title", markup=False)
        with Horizontal(id="filter-row"):
            yield Static("Filter", id="filter-label", markup=False)
            yield FormInput(placeholder="type a company, role or name…", id="filter", compact=True)
        yield Static("", id="header", markup=False)
        yield OptionList(id="list")
        yield Static("", id="empty", markup=False)
        yield SteadyFooter(compact=True)

    @property
    def folder(self) -> Path:
        return app_of(self).sessions_dir

    @property
    def folder_name(self) -> str:
        return shown_folder(self.folder, app_of(self).environ.get("HOME"))

    def on_mount(self) -> None:
        app = app_of(self)
        bindings.show_keymap_problems(app, app.settings.config.keys)
        if self._built:
            self._set_up()

    def _set_up(self) -> None:
        self.query_one("#title", Static).update(Content.assemble(("Sessions", "bold"), f"  in {self.folder_name}"))
        self.query_one("#list", OptionList).can_focus = False

    async def on_screen_resume(self) -> None:
        # `followup PATH` opens a session over this list at once: build it and read the folder only when
        # the list shows, so start-up neither composes it nor reads and scores every saved session.
        if self.app.screen is not self:
            return
        if not self._built:
            self._built = True
            await self.recompose()
            self._set_up()
            if self.focused is None:
                self.set_focus(self.query_one("#filter", Input))
        self.reload()

    def reload(self, select: Path | None = None) -> None:
        self._select = select or self._selected_path()
        self.query_one("#empty", Static).update("Reading sessions…")
        self._load(self.folder)

    @work(thread=True, exclusive=True, group="sessions")
    def _load(self, folder: Path) -> None:
        app = app_of(self)
        now, config = app.clock(), app.settings.config
        from followup.core.due import is_demo

        rows = [summarize(path, now, config, demo=is_demo(path, folder)) for path in session_files(folder)]
        rows.sort(key=lambda r: r.sort_key, reverse=True)
        self.app.call_from_thread(self._show_rows, rows)

    def _show_rows(self, rows: list[SessionRow]) -> None:
        self.rows = rows
        self.loaded = True
        self._refresh_list()
        self.refresh_bindings()

    def _selected_path(self) -> Path | None:
        row = self.selected_row
        return row.path if row else None

    @property
    def selected_row(self) -> SessionRow | None:
        options = self.query_one("#list", OptionList)
        index = options.highlighted
        if index is None or not (0 <= index < len(self.shown)):
            return None
        return self.shown[index]

    def _refresh_list(self) -> None:
        try:
            options = self.query_one("#list", OptionList)
            query = self.query_one("#filter", Input).value.strip()
        except NoMatches:  # the screen is still composing (or closing): it refreshes once resumed
            return
        width = max(20, self.size.width - 5)  # the list: margins, padding and a scrollbar
        keep = getattr(self, "_select", None) or self._selected_path()
        self.shown = [r for r in self.rows if r.matches(query)] if query else list(self.rows)
        need = column_needs(self.shown)
        self.query_one("#header", Static).update(header_line(width, need))
        options.set_options(Option(row_text(r, width, need)) for r in self.shown)
        index = next((i for i, r in enumerate(self.shown) if r.path == keep), 0)
        if self.shown:
            options.highlighted = index
        self._select = None
        empty = self.query_one("#empty", Static)
        options.display = bool(self.rows)
        self.query_one("#header", Static).display = bool(self.rows)
        if not self.rows:
            empty.update(
                f"No sessions yet in {self.folder_name}.\n"
                "Press ctrl+n to start one (or run `followup --demo` for an example)."
            )
        elif not self.shown:
            empty.update(f"No session matches “{query}”. Press escape to clear the filter.")
        else:
            empty.update(f"{len(self.shown)} of {len(self.rows)} sessions" if query else "")

    def on_resize(self) -> None:
        if self.loaded:
            self._refresh_list()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter" and self.loaded:
            self._refresh_list()
            self.refresh_bindings()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open()

    # ------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # With nothing listed, only "new" makes sense: keep the footer to what works.
        if action in ("open", "duplicate", "delete", "cursor"):
            return bool(self.shown)
        return True

    def action_cursor(self, step: int) -> None:
        options = self.query_one("#list", OptionList)
        if not self.shown:
            return
        current = options.highlighted or 0
        options.highlighted = max(0, min(len(self.shown) - 1, current + step))

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""

    def action_open(self) -> None:
        row = self.selected_row
        if row is None:
            if not self.rows:
                self.action_new()
            return
        if row.error is not None:
            self.notify(one_line(f"Cannot open: {row.error}"), severity="error", markup=False, timeout=10)
            return
        app_of(self).open_path(row.path)

    def action_new(self) -> None:
        app_of(self).new_session()

    def action_duplicate(self) -> None:
        row = self.selected_row
        if row is None:
            return
        try:
            data = row.path.read_bytes()
            from followup.core.store import create_free

            # "-copy", "-copy2", ...: created exclusively, never over another file (two copies at once get two names)
            target = create_free(row.path.parent, row.path.stem, ".toml", data, first="-copy", more="-copy{n}")
        except OSError as exc:
            self.notify(one_line(f"Cannot copy {row.path.name}: {exc.strerror or exc}"), severity="error", markup=False)
            return
        self.notify(one_line(f"Copied to {target.name}"), markup=False, timeout=4)
        self.reload(select=target)

    def action_delete(self) -> None:
        row = self.selected_row
        if row is None:
            return
        from followup.tui.screens.dialogs import ConfirmDialog

        what = f"{row.company} – {row.role}" if row.error is None else "this broken file"
        question = f"Delete {row.path.name} ({what})?\nThe file is removed from disk; this cannot be undone."

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                os.unlink(row.path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                self.notify(f"Cannot delete: {exc.strerror or exc}", severity="error", markup=False)
                return
            self.notify(one_line(f"Deleted {row.path.name}"), markup=False, timeout=4)
            self.reload()

        self.app.push_screen(ConfirmDialog(question, yes="delete", no="keep"), answered)

