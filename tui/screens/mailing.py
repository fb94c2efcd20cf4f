"""The app's side of issue 13: the profile, importing an invite, sending and composing elsewhere.

Setup calls `fill_from_profile`, `save_profile` and `ask_for_invite`; the preview calls `confirm_send` and
`compose_elsewhere`. The work itself is core's (core.config, core.invite, core.outbox); here are the
dialogs and the notes the user sees. Sending runs in a thread worker: the screen stays live.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.suggester import Suggester
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from followup.core.errors import SessionError
from followup.tui.messages import SessionEdited
from followup.tui.screens.part import FormInput
from followup.tui.text import clean_text
from followup.tui.workspace import Workspace


def _one_line(text: str, limit: int = 300) -> str:
    text = clean_text(" ".join(str(text).split()), single_line=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- profile


def fill_from_profile(workspace: Workspace) -> bool:
    """A new session (no file yet, nothing typed) starts from `[profile]`; True when it did.
    Only in memory: the file is written at the first edit, as for any new session."""
    from followup.core.config import apply_profile

    from followup.core.config import load_config

    session = workspace.session
    profile = workspace.config.profile
    if workspace.config_path is not None:
        try:  # the file as it is now: a profile saved a moment ago from setup counts
            profile = load_config(workspace.config_path).profile
        except SessionError:
            pass  # the app already said the config has an error
    blank = not session.candidate.name.strip() and not session.interview.company.strip() and not session.interviewers
    if profile is None or profile.is_empty or not blank or workspace.path.exists():
        return False
    apply_profile(session, profile)
    return True


def save_profile(screen: Screen, workspace: Workspace) -> None:
    """Store the session's candidate as `[profile]` in the config (the rest of the file as the user left it)."""
    from followup.core.config import load_config, profile_to_save, save_profile as write_profile

    path = workspace.config_path
    if path is None:
        screen.notify("No config file to save the profile in.", severity="warning", markup=False)
        return
    try:
        current = load_config(path).profile
        profile = profile_to_save(workspace.session, current)
        if not profile.name:
            screen.notify("Type your full name first: it is what a profile is for.", severity="warning", markup=False)
            return
        config = write_profile(profile, path)
    except SessionError as exc:
        screen.notify(f"Profile not saved: {_one_line(str(exc))}", severity="error", markup=False, timeout=10)
        return
    except OSError as exc:
        screen.notify(f"Profile not saved: {path}: {exc.strerror or exc}", severity="error", markup=False)
        return
    from dataclasses import replace

    workspace.config = replace(workspace.config, profile=config.profile)
    screen.notify(f"Saved as your profile in {_one_line(str(path), 120)}: new sessions start from it.",
                  markup=False, timeout=6)


# --------------------------------------------------------------------------- importing an invite


class PathSuggester(Suggester):
    """Completes a file path as it is typed (→ or End takes the rest): folders, and .ics files."""

    def __init__(self, suffixes: tuple[str, ...] = (".ics", ".ical", ".ifb", ".vcs")) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.suffixes = suffixes

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        typed = os.path.expanduser(value)
        folder, _, prefix = typed.rpartition(os.sep)
        folder = folder or ("/" if typed.startswith(os.sep) else ".")
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return None
        for entry in entries:
            if not entry.name.startswith(prefix) or entry.name == prefix or (entry.name.startswith(".") and not prefix):
                continue
            is_dir = entry.is_dir()
            if is_dir or entry.name.lower().endswith(self.suffixes):
                return value + entry.name[len(prefix):] + (os.sep if is_dir else "")
        return None


class InvitePrompt(ModalScreen[Path | None]):
    """Ask for the invite's path; → completes, enter imports, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "cancel", id="invite.cancel")]

    def __init__(self, start: str = "") -> None:
        super().__init__(classes="dialog")
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("Import a calendar invite (.ics)", classes="dialog-title", markup=False)
            yield Static("Its times, zone, company, role and people fill this session; what you typed stays.",
                         classes="dialog-text", markup=False)
            yield FormInput(self.start, id="invite-path", placeholder="~/Downloads/invite.ics",
                            suggester=PathSuggester())
            yield Static("", id="invite-note", markup=False)
            yield Static("enter: import    →: complete the name    escape: cancel", markup=False,
                         classes="dialog-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.dismiss(None)
            return
        path = Path(value).expanduser()
        note = self.query_one("#invite-note", Static)
        if not path.is_file():
            note.update(Content("no such file" if not path.exists() else "that is a folder, not a file"))
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EventChoice(ModalScreen[int | None]):
    """A file with several events: which one? (enter picks, escape cancels)."""

    BINDINGS = [Binding("escape", "cancel", "cancel", id="event.cancel")]

    def __init__(self, labels: list[str]) -> None:
        super().__init__(classes="dialog")
        self.labels = labels

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("This invite holds several events: which interview?", classes="dialog-title", markup=False)
            yield OptionList(*(Option(Content(label)) for label in self.labels), id="events")
            yield Static("enter: import this one    escape: cancel", markup=False, classes="dialog-keys")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index + 1)

    def action_cancel(self) -> None:
        self.dismiss(None)


async def ask_for_invite(screen: Screen, workspace: Workspace, on_done) -> None:
    """Setup's import: a path (with completion), a choice when the file holds several events, then the
    session is filled (core.invite.merge_into) and `on_done()` redraws the form. Errors are one line."""
    from followup.core import store
    from followup.core.invite import merge_into, read_events, to_session

    path = await screen.app.push_screen_wait(InvitePrompt())
    if path is None:
        return
    now = workspace.now()
    try:
        events = read_events(store.read_bytes(path, kind="calendar invite (.ics)"), path, now, now.tzinfo)
    except SessionError as exc:
        screen.notify(_one_line(str(exc)), title="Not imported", severity="error", markup=False, timeout=10)
        return
    choice = 1
    if len(events) > 1:
        picked = await screen.app.push_screen_wait(EventChoice([event.label() for event in events]))
        if picked is None:
            return
        choice = picked
    imported = to_session(events[choice - 1], workspace.config.profile)
    notes = merge_into(workspace.session, imported.session) + imported.notes
    screen.post_message(SessionEdited())
    await on_done()
    screen.notify(_one_line("Imported " + path.name + (": " + "; ".join(notes) if notes else "."), 600),
                  markup=False, timeout=10)


# --------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class SendPlan:
    index: int
    to: str
    subject: str
    band: str
    deadline: str
    transport: str
    error: str | None  # the first error finding to fix, when the draft has one (lateness is not one)
    sent_before: datetime | None
    late: str | None = None  # "overdue by 8 h" when the 24-hour window has passed: said, never a reason to wait


class SendDialog(ModalScreen[bool]):
    """Confirm a send: To, Subject, the score band, the deadline and the transport. y sends, n/escape cancels.

    A draft with an error takes a second, different answer (s: send anyway) after the first y. A late draft
    says it is late and goes with the one y: lateness cannot be fixed, and a late thank-you beats none. While
    the message goes out the dialog says so; a failure is shown in it in one line, and the draft stays unsent.
    """

    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("y", "yes", "send", id="send.yes"),
        Binding("s", "anyway", "send anyway", id="send.anyway", show=False),
        Binding("n,escape", "no", "cancel", id="send.no"),
    ]

    def __init__(self, workspace: Workspace, plan: SendPlan) -> None:
        super().__init__(classes="dialog")
        self.workspace = workspace
        self.plan = plan
        self.asking_anyway = False
        self.sending = False

    def compose(self) -> ComposeResult:
        plan = self.plan
        lines = [f"To: {plan.to}", f"Subject: {plan.subject}", f"Score: {plan.band}    Deadline: {plan.deadline}",
                 f"Through: {plan.transport}"]
        if plan.sent_before is not None:
            lines.append(f"Already sent on {plan.sent_before:%a %d %b %H:%M}: this sends it again.")
        with Vertical(classes="dialog-box"):
            yield Static("Send this email now?", classes="dialog-title", markup=False)
            yield Static(Content("\n".join(_one_line(line, 200) for line in lines)), id="send-facts",
                         classes="dialog-text")
            if plan.late:
                yield Static(Content(f"It is late ({_one_line(plan.late, 60)}), but a late thank-you beats none."),
                             id="send-late", classes="dialog-text")
            if plan.error:
                yield Static(Content(f"This draft has an error: {_one_line(plan.error, 200)}"), id="send-error",
                             classes="dialog-text")
            yield Static("y: send    n / escape: cancel", id="send-keys", markup=False, classes="dialog-keys")

    def _keys(self, text: str) -> None:
        self.query_one("#send-keys", Static).update(Content(text))

    def action_yes(self) -> None:
        if self.sending:
            return
        if self.plan.error and not self.asking_anyway:
            self.asking_anyway = True
            self._keys("s: send it anyway, with the error    n / escape: cancel and fix it")
            return
        if not self.plan.error:
            self._send()

    def action_anyway(self) -> None:
        if self.asking_anyway and not self.sending:
            self._send()

    def action_no(self) -> None:
        if not self.sending:
            self.dismiss(False)

    def _send(self) -> None:
        self.sending = True
        self._keys("Sending…")
        self._deliver()

    @work(thread=True, exclusive=True, group="send")
    def _deliver(self) -> tuple[bool, str]:
        """Send in a thread: (True, the Message-ID) or (False, why not). The dialog acts on it once the worker
        has ended (on_worker_state_changed): closing the dialog from inside a running worker cancelled it."""
        from followup.core.outbox import Refused, SendFailed, deliver, prepare

        workspace, plan = self.workspace, self.plan
        settings = workspace.config.send
        try:
            outgoing = prepare(workspace.session, plan.index, settings, workspace.now())
            deliver(outgoing, settings)
        except (SendFailed, Refused) as exc:
            return False, str(exc)
        return True, outgoing.message_id

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "send" and event.state == WorkerState.SUCCESS and worker.result is not None:
            sent, detail = worker.result
            if sent:
                self._sent(detail)
            else:
                self._failed(detail)

    def _failed(self, reason: str) -> None:
        self.sending = False
        self.asking_anyway = False
        self._keys(f"Not sent: {_one_line(reason, 240)}    y: try again    n / escape: close")

    def _sent(self, message_id: str) -> None:
        from followup.core.outbox import record_sent

        person = self.workspace.session.interviewers[self.plan.index]
        record_sent(person.draft, self.workspace.now().replace(microsecond=0), message_id)
        self.post_message(SessionEdited())
        self.notify(f"Sent to {_one_line(self.plan.to, 120)}.", markup=False)
        self.dismiss(True)


def plan_send(workspace: Workspace, index: int) -> SendPlan | str:
    """What the confirmation shows, or why this draft cannot be sent (one line)."""
    from followup.core.outbox import Refused, prepare
    from followup.core.timing import deadline

    settings = workspace.config.send
    if settings is None or not (settings.command or settings.host):
        where = workspace.config_path or "the config file"
        return f"Nothing to send with: add [send] command = \"msmtp -t\" (or SMTP host) to {where}."
    session = workspace.session
    if session.interview.medium != "email":
        return "These notes are handwritten (setup: Medium): nothing to send by email."
    try:
        outgoing = prepare(session, index, settings, workspace.now())
    except Refused as exc:
        return f"Not sent: {exc}"
    report = workspace.report().drafts[index]
    # Lateness cannot be fixed (Finding.to_fix): it is said in the dialog, never asked about twice.
    first_error = next((f for f in report.findings if f.to_fix), None)
    draft = session.interviewers[index].draft
    when = deadline(session, draft, workspace.now())
    return SendPlan(
        index=index,
        to=outgoing.to,
        subject=str(outgoing.message["Subject"]),
        band=f"{report.score} ({report.band})",
        deadline=when.label,
        transport=settings.transport,
        error=f"{first_error.rule}: {first_error.message}" if first_error else None,
        sent_before=draft.sent,
        late=when.label if when.state == "overdue" else None,
    )


def confirm_send(screen: Screen, workspace: Workspace, index: int, on_done=None) -> None:
    """The preview's send key: the confirmation dialog (or one line saying why not)."""
    plan = plan_send(workspace, index)
    if isinstance(plan, str):
        screen.notify(_one_line(plan), severity="warning", markup=False, timeout=10)
        return
    screen.app.push_screen(SendDialog(workspace, plan), callback=on_done)


# --------------------------------------------------------------------------- composing elsewhere


def compose_elsewhere(screen: Screen, workspace: Workspace, index: int, on_done=None) -> None:
    """`[send] compose`: suspend the app, open the exported draft in the mail client, then ask whether it went."""
    from followup.core.export import build_eml

    settings = workspace.config.send
    if settings is None or not settings.compose:
        screen.notify("No mail client set: add [send] compose = \"neomutt -H {file}\" to the config.",
                      severity="warning", markup=False, timeout=8)
        return
    folder = Path(tempfile.mkdtemp(prefix="followup-compose-"))
    draft_file = folder / "draft.eml"
    draft_file.write_bytes(build_eml(workspace.session, index))
    os.chmod(draft_file, 0o600)
    try:
        argv = [part.replace("{file}", str(draft_file)) for part in shlex.split(settings.compose)]
    except ValueError as exc:
        screen.notify(f"[send] compose: cannot read it ({exc})", severity="error", markup=False)
        return
    from textual.app import SuspendNotSupported

    try:
        with screen.app.suspend():
            status = subprocess.run(argv, check=False).returncode
    except SuspendNotSupported:
        screen.notify("This terminal cannot hand the screen to a mail client; use export instead.",
                      severity="warning", markup=False)
        return
    except OSError as exc:
        screen.notify(f"{argv[0]}: {exc.strerror or exc}", severity="error", markup=False)
        return
    finally:
        draft_file.unlink(missing_ok=True)
        folder.rmdir()
    from followup.tui.screens.dialogs import ConfirmDialog

    def answered(went: bool | None) -> None:
        if went:
            person = workspace.session.interviewers[index]
            person.draft.sent = workspace.now().replace(microsecond=0)
            screen.post_message(SessionEdited())
            screen.notify(f"Marked as sent to {_one_line(person.name, 80)}.", markup=False)
        if on_done is not None:
            on_done(bool(went))

    note = "" if status == 0 else f" ({argv[0]} ended with status {status})"
    screen.app.push_screen(ConfirmDialog(f"Did the email go{note}? Mark it as sent?", yes="mark sent",
                                         no="not sent"), callback=answered)
