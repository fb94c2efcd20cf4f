"""The assembled email as it will be sent (To, Subject, body), with export and clipboard copy.

Pushed by the editor screen (`PreviewScreen(workspace, index)`); text from core.render,
files written by core.export into a folder the user can change; copy uses OSC 52.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from followup.tui import bindings
from followup.tui.screens.part import SteadyFooter
from followup.core.clean import one_line, plain_text
from followup.tui.text import clean_text
from followup.tui.workspace import Workspace

FORMATS: tuple[str, ...] = ("eml", "txt")
#: The default export folder, beside the session file.
EXPORT_FOLDER = "exports"


def visible(text: str) -> str:
    """User text made safe to show: control characters removed, never markup."""
    return clean_text(text)


class PreviewScreen(Screen):
    """Read the email before sending; export it (.eml/.txt) or copy it."""

    CSS_PATH = "../styles/preview.tcss"
    BINDINGS = bindings.PREVIEW
    AUTO_FOCUS = "#mail"

    def __init__(self, workspace: Workspace, index: int) -> None:
        super().__init__()
        self.workspace = workspace
        self.index = index
        self.format = "eml"
        self.last_exported: list[Path] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="preview-title", markup=False)
        with VerticalScroll(id="mail"):
            yield Static("", id="mail-headers", markup=False)
            yield Static("", id="mail-body", markup=False)
        with Horizontal(id="export-row"):
            yield Label("Export to", id="folder-label")
            yield Input(str(self.default_folder()), id="folder", select_on_focus=False)
            yield Static("", id="format", markup=False)
        yield Static("", id="export-status", markup=False)
        yield SteadyFooter(compact=True)

    def default_folder(self) -> Path:
        return self.workspace.path.parent / EXPORT_FOLDER

    @property
    def folder(self) -> Path:
        """The folder typed in the Input; a relative one is beside the session file."""
        raw = self.query_one("#folder", Input).value.strip()
        if not raw:
            return self.default_folder()
        path = Path(raw).expanduser()
        return path if path.is_absolute() else self.workspace.path.parent / path

    def on_mount(self) -> None:
        self._render_email()
        self._show_format()

    def on_screen_resume(self) -> None:
        self._render_email()

    def email(self):
        from followup.core.render import assemble

        return assemble(self.workspace.session, self.index)

    def email_text(self) -> str:
        """The email as plain text (To, Subject, blank line, body): what the .txt export holds."""
        from followup.core.export import build_txt

        return build_txt(self.workspace.session, self.index).decode("utf-8")

    def _render_email(self) -> None:
        session = self.workspace.session
        count = len(session.interviewers)
        self.index = min(max(self.index, 0), count - 1)
        interviewer = session.interviewers[self.index]
        sent = "  ✔ marked as sent" if interviewer.draft.sent is not None else ""
        title = f"Preview: draft {self.index + 1} of {count}, for {interviewer.name}{sent}"
        self.query_one("#preview-title", Static).update(Content(visible(title).replace("\n", " ")))
        mail = self.email()
        from followup.core.export import usable_address

        unusable = session.interview.medium == "email" and usable_address(interviewer.email) is None
        headers = Content.assemble(
            ("To: ", "bold"),
            one_line(mail.to),
            ("  (no usable email address: the exported file gets no To: line)", "$warning") if unusable else "",
            "\n",
            ("Subject: ", "bold"),
            visible(mail.subject).replace("\n", " "),
        )
        self.query_one("#mail-headers", Static).update(headers)
        self.query_one("#mail-body", Static).update(Content(visible(mail.body)))

    def _show_format(self) -> None:
        self.query_one("#format", Static).update(Content(f"as .{self.format}"))

    def _status(self, text: str) -> None:
        self.query_one("#export-status", Static).update(Content(text))

    # ----------------------------------------------------------- actions

    def action_toggle_format(self) -> None:
        self.format = FORMATS[(FORMATS.index(self.format) + 1) % len(FORMATS)]
        self._show_format()

    def action_export_one(self) -> None:
        self._export([self.index])

    def action_export_all(self) -> None:
        self._export(list(range(len(self.workspace.session.interviewers))))

    def _export(self, indexes: list[int]) -> None:
        """Export the drafts `indexes`; first ask when one is not ready to send (an error, no usable
        recipient) or its file name holds a file followup did not write for it."""
        from followup.core import export

        session, folder = self.workspace.session, self.folder
        try:
            report = self.workspace.report()
            plan = export.targets(session, self.workspace.path, folder, self.format, indexes)
        except Exception as exc:  # OSError, bad data: a message, never a crash
            self._export_failed(folder, exc)
            return
        doubts = []
        for index in indexes:
            problems = export.draft_problems(session, index, report.drafts[index].findings)
            if problems:
                name = one_line(session.interviewers[index].name) or f"draft {index + 1}"
                doubts.append(f"• {name}: {'; '.join(problems)}")
        taken = [target.taken.name for target in plan if target.taken is not None and not target.replaces]
        if taken:
            doubts.append(f"• already in {one_line(folder.name)}/, not written by followup for this draft: "
                          f"{', '.join(one_line(name) for name in taken)}")
        if not doubts:
            self._write(plan)
            return
        from followup.tui.screens.dialogs import ConfirmDialog

        what = "Replace those files and export" if taken else "Export"
        question = "Before exporting:\n" + "\n".join(doubts) + f"\n\n{what} anyway?"

        def answered(yes: bool | None) -> None:
            if yes:
                self._write(plan, force=True)
            else:
                self._status("Not exported.")

        self.app.push_screen(ConfirmDialog(question, yes="export anyway", no="cancel"), answered)

    def _write(self, plan, *, force: bool = False) -> None:
        from followup.core import export

        folder = self.folder
        try:
            paths = export.write_targets(self.workspace.session, self.workspace.path, plan, self.format, force=force)
        except Exception as exc:  # OSError, bad data: a message, never a crash
            self._export_failed(folder, exc)
            return
        self.last_exported = [Path(p) for p in paths]
        count = len(self.last_exported)
        if count == 1:
            # The file's name first: on a narrow screen the status's second line may be cut, never the name.
            self._status(one_line(f"Exported {Path(paths[0]).name} (in {Path(paths[0]).parent})"))
            self.notify(one_line(f"Exported {Path(paths[0]).name}"), title="Export", timeout=4, markup=False)
            return
        people = [self.workspace.session.interviewers[t.index] for t in plan]
        empty = [p.name for p in people if p.draft.is_empty]
        note = f" ({len(empty)} still empty: {', '.join(empty)})" if empty else ""
        self._status(one_line(f"Exported {count} file{'s' if count != 1 else ''} to {folder}{note}"))
        self.notify(
            one_line(f"Exported {count} .{self.format} file{'s' if count != 1 else ''}{note}"),
            title="Export",
            severity="warning" if empty else "information",
            timeout=6 if empty else 4,
            markup=False,
        )

    def _export_failed(self, folder: Path, exc: Exception) -> None:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self._status(f"Not exported: {reason}")
        self.notify(f"Could not export to {folder}: {reason}", severity="error", markup=False)

    def action_copy_all(self) -> None:
        self.app.copy_to_clipboard(self.email_text())
        self._copied("Whole email (To, Subject, body)")

    def action_copy_body(self) -> None:
        self.app.copy_to_clipboard(plain_text(self.email().body))
        self._copied("Body")

    def _copied(self, what: str) -> None:
        """Say what was done, no more: the clipboard is the terminal's (OSC 52), and terminals never answer
        whether they took it. On the status line, where no toast covers it."""
        self._status(f"{what} sent to the terminal's clipboard; if nothing pastes, export instead.")

    def action_focus_folder(self) -> None:
        self.set_focus(self.query_one("#folder", Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.set_focus(self.query_one("#mail"))
        self._status(f"Exports go to {self.folder}")

    def action_next_draft(self) -> None:
        self.index = (self.index + 1) % len(self.workspace.session.interviewers)
        self._render_email()

    def action_prev_draft(self) -> None:
        self.index = (self.index - 1) % len(self.workspace.session.interviewers)
        self._render_email()

    def action_send(self) -> None:
        """Send this draft through [send] (tui.screens.mailing): a confirmation first, with To, Subject, band, deadline."""
        from followup.tui.screens.mailing import confirm_send

        confirm_send(self, self.workspace, self.index, lambda sent: self._status("Sent." if sent else "Not sent."))

    def action_compose(self) -> None:
        """Open this draft in the mail client of [send] compose (the app steps aside), then ask whether it went."""
        from followup.tui.screens.mailing import compose_elsewhere

        compose_elsewhere(self, self.workspace, self.index)

    def action_back(self) -> None:
        if self.focused is self.query_one("#folder", Input):
            self.set_focus(self.query_one("#mail"))
            return
        self.dismiss()
