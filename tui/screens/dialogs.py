"""Small modal dialogs: confirm (y/n), the save-conflict choice, and a path prompt.

Pushed by the app (conflicts, save elsewhere, quit with unsaved text) and the sessions/roster screens.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from followup.tui.screens.part import FormInput


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question: y says yes, n or escape says no (enter does nothing: every question here is
    about losing something, so the answer is always a deliberate letter)."""

    AUTO_FOCUS = ""  # nothing to focus: keys go to the dialog's bindings at once

    BINDINGS = [
        Binding("y", "answer(True)", "yes", id="dialog.yes"),
        Binding("n,escape", "answer(False)", "no", id="dialog.no"),
    ]

    def __init__(self, question: str, *, yes: str = "yes", no: str = "no") -> None:
        super().__init__(classes="dialog")
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.question, markup=False, classes="dialog-text")
            yield Static(f"y: {self.yes}    n / escape: {self.no}", markup=False, classes="dialog-keys")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


#: A dialog that opens by itself (not after a key) ignores choices for this long, so letters typed
#: into the editor in that moment cannot pick an answer by accident.
ARM_DELAY = 0.8


class ConflictDialog(ModalScreen[str | None]):
    """The session file changed on disk since we last saved: keep mine, take theirs, or save mine as a copy."""

    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("k", "choose('mine')", "keep mine", id="conflict.mine"),
        Binding("t", "choose('theirs')", "take theirs", id="conflict.theirs"),
        Binding("c", "choose('copy')", "save mine as a copy", id="conflict.copy"),
        Binding("escape", "choose(None)", "decide later", id="conflict.later"),
    ]

    def __init__(self, path: Path, *, arm_delay: float | None = None) -> None:
        super().__init__(classes="dialog")
        self.path = path
        self.arm_delay = ARM_DELAY if arm_delay is None else arm_delay
        self.armed = self.arm_delay <= 0

    def on_mount(self) -> None:
        if not self.armed:
            self.set_timer(self.arm_delay, self._arm)

    def _arm(self) -> None:
        self.armed = True

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("The session file was changed by another program", classes="dialog-title", markup=False)
            yield Static(
                f"{self.path.name} changed on disk since followup last saved it (another window, an editor or a "
                "sync tool). Nothing has been overwritten; autosave is paused until you choose.",
                markup=False,
                classes="dialog-text",
            )
            yield Static(
                "k  keep mine: overwrite the file with what you see here\n"
                "t  take theirs: load the file from disk, dropping your changes here\n"
                "c  save mine as a copy: keep both, go on editing the copy\n"
                "escape  decide later (nothing is saved until you do)",
                markup=False,
                classes="dialog-keys",
            )

    def action_choose(self, choice: str | None) -> None:
        if self.armed:
            self.dismiss(choice)


class PathPrompt(ModalScreen[str | None]):
    """Ask for a file or folder path; enter accepts, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "cancel", id="prompt.cancel")]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__(classes="dialog")
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.question, markup=False, classes="dialog-text")
            yield FormInput(self.value, id="path")
            yield Static("enter: save here    escape: cancel", markup=False, classes="dialog-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
