"""The app's side of autosave: the timer, the save worker, the status line, the conflict dialog, ctrl+s,
F12, quitting and hang-ups. The decisions are `tui.autosave.Autosave`'s; this module shows them.

`Keeper` is built once by `tui.app.FollowupApp` (`app.keeper`); `open` is called when a session opens.
"""

from __future__ import annotations

import copy
import time
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from followup.core.errors import SessionError
from followup.tui.autosave import Autosave, Conflict, Failed, Job, Saved, SaveResult, State

if TYPE_CHECKING:  # pragma: no cover
    from followup.tui.app import FollowupApp
    from followup.tui.workspace import Workspace

@runtime_checkable
class ShowsText(Protocol):
    """A screen whose fields may show text its session does not hold yet (the editor)."""

    def take_text_on_screen(self) -> bool:
        """Put that text into the session now; True if there was any."""
        ...


#: The status owns up to the file being behind once the oldest unsaved edit is older than this (s).
HONEST_AFTER = 1.0


class Keeper:
    """Keeps the open session's file up to date and says how it stands (`app.save_status`)."""

    def __init__(self, app: FollowupApp) -> None:
        self.app = app
        self.autosave: Autosave | None = None
        self.workspace: Workspace | None = None
        self._saved_at = ""
        self._failure_told = False  # the "NOT SAVED" toast was shown for the failure going on
        self._asking = False  # the conflict dialog is up

    # ------------------------------------------------------------ the session

    def open(self, workspace: Workspace | None, fingerprint: str | None) -> None:
        self.workspace = workspace
        self.autosave = Autosave(workspace.path, fingerprint, clock=time.monotonic) if workspace else None
        self._saved_at = ""
        self._failure_told = False
        self._asking = False
        self.app.save_status = ""

    @property
    def unsaved(self) -> bool:
        return self.autosave is not None and self.autosave.unsaved

    def edited(self) -> None:
        """The session changed (called at once, not queued behind a burst of keys)."""
        if self.autosave is not None:
            self.autosave.edited()

    def tick(self) -> None:
        """Every 0.1 s: start a save when one is due, and keep the status honest."""
        saver, workspace = self.autosave, self.workspace
        if saver is None or workspace is None:
            return
        if saver.due():
            job = saver.begin()
            snapshot = copy.deepcopy(workspace.session)  # what is on screen now; typing goes on meanwhile
            self.app.run_worker(
                partial(self._write, saver, job, snapshot), thread=True, group="save", exit_on_error=False
            )
        self._show_status()

    def _write(self, saver: Autosave, job: Job, snapshot) -> None:
        result = saver.write(job, snapshot)
        try:
            self.app.call_from_thread(self._done, saver, job, result)
        except RuntimeError:  # the app closed meanwhile; quitting flushed the session itself
            pass

    def _done(self, saver: Autosave, job: Job, result: SaveResult) -> None:
        if saver is not self.autosave:
            return
        self._took(saver, saver.finished(job, result))

    def _took(self, saver: Autosave, result: SaveResult) -> None:
        """Tell the user what a write did (once per change of state)."""
        if isinstance(result, Saved):
            if self._failure_told:
                self.app.notify("Saved again: the problem is gone.", timeout=4)
            self._failure_told = False
            self._saved_at = self.app.clock().strftime("%H:%M:%S")
        elif isinstance(result, Conflict):
            self.ask(saver)
        elif isinstance(result, Failed):
            if not self._failure_told:
                self.app.notify(
                    f"NOT SAVED: {result.reason}. Your text is kept here and saving is retried every few seconds. "
                    "Press F12 to save elsewhere.",
                    severity="error",
                    markup=False,
                    timeout=15,
                )
            self._failure_told = True
        self._show_status()

    def status(self) -> str:
        saver = self.autosave
        if saver is None:
            return ""
        if saver.state is State.CONFLICT:
            if saver.put_off:
                return "NOT SAVED: the file changed on disk (autosave paused, ctrl+s to choose)"
            return "NOT SAVED: the file changed on disk"
        if saver.state is State.FAILED:
            return f"NOT SAVED: {saver.reason} — retrying"
        behind = saver.behind()
        if behind >= HONEST_AFTER:
            return f"saving… the file is {behind:.0f} s behind"
        return f"saved {self._saved_at}" if self._saved_at else ""

    def _show_status(self) -> None:
        status = self.status()
        if status != self.app.save_status:
            self.app.save_status = status

    def reason(self) -> str:
        """Why the session is not saved, for the quit and close questions."""
        saver = self.autosave
        if saver is not None and saver.state is State.CONFLICT:
            return "the file changed on disk"
        if saver is not None and saver.state is State.FAILED:
            return saver.reason
        return "not written yet"

    # --------------------------------------------------------- foreground

    def flush(self) -> bool:
        """Save pending changes now (quit, leaving a session). True when nothing is left unsaved."""
        saver, workspace = self.autosave, self.workspace
        if saver is None or workspace is None or not saver.unsaved:
            return True
        if saver.state is State.CONFLICT:
            return False
        result = saver.save_now(workspace.session)
        self._took(saver, result)
        return isinstance(result, Saved)

    def save_now(self) -> None:
        """ctrl+s: save now; ask again about a conflict that was put off; offer F12 when the disk fails."""
        saver = self.autosave
        if saver is None:
            return
        if saver.state is State.CONFLICT:
            self.ask(saver)
        elif saver.state is State.FAILED:
            self.save_elsewhere()
        else:
            saver.edited()  # saved even when nothing changed: the user asked
            self.flush()

    def save_elsewhere(self) -> None:
        """F12: write the session to a path the user types; it lives there from then on."""
        workspace, saver = self.workspace, self.autosave
        if workspace is None or saver is None:
            return
        from followup.tui.screens.dialogs import PathPrompt

        def chosen(path: str | None) -> None:
            if not path or self.autosave is not saver:
                return
            target = Path(path).expanduser()
            if target.is_dir():
                target = target / workspace.path.name
            if self._moved(saver, saver.save_as(workspace.session, target)):
                self.app.notify(f"Saved to {target}; this session now lives there.", markup=False)

        self.app.push_screen(
            PathPrompt("Save this session elsewhere: a file or folder path", str(Path.home() / workspace.path.name)),
            chosen,
        )

    def _moved(self, saver: Autosave, result: SaveResult) -> bool:
        """After save_as: the workspace follows the file, or the failure is told."""
        if isinstance(result, Saved) and self.workspace is not None:
            self.workspace.path = result.path
            self.app.sub_title = result.path.name
            self._took(saver, result)
            return True
        if isinstance(result, Failed):
            self.app.notify(f"NOT SAVED to {result.path}: {result.reason}", severity="error", markup=False)
        elif isinstance(result, Conflict):
            self.app.notify(f"NOT SAVED: {result.path} already exists.", severity="error", markup=False)
        return False

    # ------------------------------------------------------------ conflict

    def ask(self, saver: Autosave) -> None:
        """Open the conflict dialog (once at a time)."""
        if self._asking or saver is not self.autosave:
            return
        self._asking = True
        saver.put_off = False
        self._show_status()
        from followup.tui.screens.dialogs import ConflictDialog

        self.app.push_screen(ConflictDialog(saver.path), partial(self._answered, saver))

    def _answered(self, saver: Autosave, choice: str | None) -> None:
        self._asking = False
        workspace = self.workspace
        if saver is not self.autosave or workspace is None:
            return
        if choice == "mine":
            self._took(saver, saver.keep_mine(workspace.session))
        elif choice == "theirs":
            self._take_theirs(saver, workspace)
        elif choice == "copy":
            original = saver.path
            stamp = self.app.clock().strftime("%Y%m%d-%H%M%S")
            result = saver.save_copy(workspace.session, stamp)
            if self._moved(saver, result):
                self.app.notify(
                    f"Your version is saved as {saver.path.name} and stays open; autosave goes on there. The other "
                    f"version is untouched in {original.name}.",
                    markup=False,
                    timeout=10,
                )
        else:
            saver.put_off_conflict()
        self._show_status()

    def _take_theirs(self, saver: Autosave, workspace: Workspace) -> None:
        from followup.core import store

        try:
            loaded = store.load_with_fingerprint(saver.path)
        except SessionError as exc:
            self.app.notify(f"Cannot take theirs: {exc}", severity="error", markup=False)
            self.ask(saver)
            return
        workspace.session = loaded.session
        saver.take_theirs(loaded.fingerprint)
        self._saved_at = self.app.clock().strftime("%H:%M:%S")
        self.app.reload_parts()

    # ------------------------------------------------------------- hang-up

    def rescue(self, places: list[Path]) -> tuple[int, str]:
        """The terminal is gone or the app must stop: the exit status and one line for stderr ("" if all is
        saved). 0 when the session file holds everything; 1 when the text went to a recovery copy or nowhere."""
        saver, workspace = self.autosave, self.workspace
        if saver is not None and workspace is not None and any(
            isinstance(screen, ShowsText) and screen.take_text_on_screen() for screen in self.app.screen_stack
        ):
            saver.edited()  # text drawn on screen before its edit reached the session
        if saver is None or workspace is None or not saver.unsaved:
            return 0, ""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        result = saver.rescue(workspace.session, stamp, [saver.path.parent, *places])
        if isinstance(result, Saved) and result.path == saver.path:
            return 0, ""
        if isinstance(result, Saved):
            return 1, f"followup: {saver.path} was not saved ({self.reason()}); your text is in {result.path}"
        return 1, f"followup: {saver.path} was NOT saved and no copy could be written: {result.reason}"


def recovery_notes(folder: Path) -> list[str]:
    """At start: interrupted saves in `folder` put right (core.store.recover) and recovery copies left by a
    hang-up named; one line each for the user."""
    from datetime import timedelta, timezone

    from followup.core.store import recover
    from followup.tui.hangup import unsaved_copies

    try:
        # Leave alone temp files younger than a minute: another instance may be saving right now.
        messages = recover(folder, older_than=datetime.now(timezone.utc) - timedelta(minutes=1))
    except OSError:
        messages = []
    return [*(str(m) for m in messages or ()), *unsaved_copies(folder)]


def open_folder_notes(folder: Path) -> list[str]:
    """An existing sessions folder others may read or write is made private (0700), or the user is told."""
    from followup.core.store import private_folder

    if not folder.is_dir():
        return []
    note = private_folder(folder)
    return [note] if note else []
