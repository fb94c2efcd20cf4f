"""Small modal dialogs: confirm (y/n), the save-conflict choice, and a path prompt.

Pushed by the app (conflicts, save elsewhere, quit with unsaved text) and the sessions/roster screens.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Static

from followup.tui import bindings
from followup.tui.screens.part import FormInput
from followup.core.clean import one_line, plain_text
from followup.tui.text import clean_text


#: Below this many rows a dialog drops its blank lines (`-short`), so its last answer stays on screen
#: (the conflict dialog's "escape: decide later" was cut at 60x20).
SHORT_SCREEN = 24


def fit_height(dialog: ModalScreen) -> None:
    """Mark `dialog` `-short` on a terminal too low for its blank lines (tui/styles/app.tcss)."""
    dialog.set_class(dialog.app.size.height < SHORT_SCREEN, "-short")


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
            yield Static(plain_text(self.question), markup=False, classes="dialog-text")  # may name outside files
            yield Static(f"y: {self.yes}    n / escape: {self.no}", markup=False, classes="dialog-keys")

    def on_mount(self) -> None:
        fit_height(self)

    def on_resize(self) -> None:
        fit_height(self)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


#: A dialog that opens by itself (not after a key) ignores its keys for this long, so a key meant for the
#: screen below (F5 for the preview, escape) pressed in that moment cannot pick an answer by accident.
ARM_DELAY = 0.8

#: Keys typed while a dialog that opened by itself is up go on to the field below, as typed.
_TYPING_KEYS = ("backspace", "delete", "enter")


class ConflictDialog(ModalScreen[str | None]):
    """The session file changed on disk since we last saved: keep mine, take theirs, or save mine as a copy.

    It opens by itself while the user may be mid-sentence, so letters are never its keys: what is typed
    goes on into the field below (kept, and saved with whichever version the user keeps). Its keys are
    F-keys (tui.bindings.CONFLICT); "take theirs" drops the user's text, so it takes the same key twice.
    """

    AUTO_FOCUS = ""
    BINDINGS = bindings.CONFLICT

    def __init__(self, path: Path, *, arm_delay: float | None = None) -> None:
        super().__init__(classes="dialog")
        self.path = path
        self.arm_delay = ARM_DELAY if arm_delay is None else arm_delay
        self.armed = self.arm_delay <= 0
        #: "take theirs" was pressed once: the second press drops the text here.
        self.confirming_theirs = False
        #: The field keys go to while the dialog is up (the one focused below it when it opened).
        self._typing_target: Widget | None = None

    def on_resize(self) -> None:
        fit_height(self)

    def on_mount(self) -> None:
        fit_height(self)
        stack = self.app.screen_stack
        below = stack[-2] if len(stack) > 1 else None
        self._typing_target = below.focused if below is not None else None
        self._show_keys()
        if not self.armed:
            self.set_timer(self.arm_delay, self._arm)

    def _arm(self) -> None:
        self.armed = True

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("The session file was changed by another program", classes="dialog-title", markup=False)
            yield Static(
                f"{one_line(self.path.name)} changed on disk since followup last saved it (another window, an editor or a "
                "sync tool). Nothing has been overwritten; autosave is paused until you choose. What you type "
                "still goes into your draft.",
                markup=False,
                classes="dialog-text",
            )
            with Vertical(id="conflict-keys", classes="dialog-keys"):
                for name in ("mine", "copy", "theirs", "later"):
                    with Horizontal(classes="dialog-option", id=f"option-{name}"):
                        yield Static("", markup=False, classes="dialog-option-key")
                        yield Static("", markup=False, classes="dialog-option-text")

    def _key(self, action: str) -> str:
        """The key that runs `action` here, as the user may have remapped it."""
        for key, active in self.active_bindings.items():
            if active.binding.action == action:
                return self.app.get_key_display(active.binding)
        return "?"

    def _option(self, name: str, key: str, text: str) -> None:
        row = self.query_one(f"#option-{name}", Horizontal)
        row.query_one(".dialog-option-key", Static).update(Content(key))
        row.query_one(".dialog-option-text", Static).update(Content(text))

    def _show_keys(self) -> None:
        """One row per answer, its key in a column of its own (a long line wraps under its own text)."""
        theirs = self._key("take_theirs")
        self._option("mine", self._key("choose('mine')"), "keep mine: overwrite the file with what you see here")
        self._option("copy", self._key("choose('copy')"), "save mine as a copy: keep both, go on editing the copy")
        if self.confirming_theirs:
            self._option("theirs", theirs, "again to drop the changes you made here and load the file from disk; "
                         "any other key keeps them")
        else:
            self._option("theirs", theirs, "take theirs (press twice): load the file from disk, dropping your changes here")
        self._option("later", self._key("choose(None)"), "decide later (nothing is saved until you do)")
        self.query_one("#option-theirs").set_class(self.confirming_theirs, "-asking")

    @property
    def keys_text(self) -> str:
        """The answers as shown, one line each."""
        lines = []
        for row in self.query(".dialog-option"):
            key, text = (str(w.render()) for w in row.query(Static))
            lines.append(f"{key}  {text}")
        return "\n".join(lines)

    def on_key(self, event: events.Key) -> None:
        """Typing goes on into the draft below; any key but the second "take theirs" cancels that step."""
        if self.confirming_theirs:
            self.confirming_theirs = False
            self._show_keys()
        if not (event.is_printable or event.key in _TYPING_KEYS):
            return
        event.stop()
        event.prevent_default()
        target = self._typing_target
        if target is not None and target.is_attached:
            target.post_message(events.Key(event.key, event.character))

    def action_choose(self, choice: str | None) -> None:
        if self.armed:
            self.dismiss(choice)

    def action_take_theirs(self) -> None:
        if not self.armed:
            return
        if self.confirming_theirs:
            self.dismiss("theirs")
            return
        self.confirming_theirs = True
        self._show_keys()


class PathPrompt(ModalScreen[str | None]):
    """Ask where to save a file; enter accepts, escape cancels.

    A folder means the proposed file's name in that folder. An existing file is overwritten only after
    a yes to "replace it?"; a no comes back here to pick another path. Answers the full file path.
    """

    BINDINGS = [Binding("escape", "cancel", "cancel", id="prompt.cancel")]

    def __init__(self, question: str, value: str = "", *, file_name: str | None = None) -> None:
        super().__init__(classes="dialog")
        self.question = question
        self.value = value
        self.file_name = file_name or (Path(value).name if value else None)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(plain_text(self.question), markup=False, classes="dialog-text")
            yield FormInput(self.value, id="path")
            yield Static("enter: save here    escape: cancel", markup=False, classes="dialog-keys")

    def on_mount(self) -> None:
        fit_height(self)

    def on_resize(self) -> None:
        fit_height(self)

    def target(self, value: str) -> Path:
        """The file an answer names: a folder means the proposed file name in it."""
        path = Path(value).expanduser()
        if self.file_name and path.is_dir():
            path = path / self.file_name
        return path

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.dismiss(None)
            return
        target = self.target(value)
        if not target.exists():
            self.dismiss(str(target))
            return

        def answered(replace: bool | None) -> None:
            if replace:
                self.dismiss(str(target))

        question = clean_text(f"{target} already exists. Replace it with this session?", single_line=True)
        self.app.push_screen(ConfirmDialog(question, yes="replace it", no="pick another path"), answered)

    def action_cancel(self) -> None:
        self.dismiss(None)
