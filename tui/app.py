"""FollowupApp: builds the services, opens the first screen, and holds the thin actions and quit.

The work is done by its services: `settings` (config, dictionary, spelling state: tui.settings), `theming`
(tui.theming), `navigator` (the open session and its screens: tui.navigation), `keeper` (autosave:
tui.saving over the tui.autosave state machine) and `hangup` (signals and crashes: tui.hangup). Key order
and start-up are its base class's (tui.startup). Started by `tui.cli` (`run`); tests build `FollowupApp`
directly with a fixed clock and folders.
"""

from __future__ import annotations

import sys
from contextlib import suppress
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from textual import work
from textual.app import App
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen

from followup.core.config import default_config_path, default_sessions_dir
from followup.tui import bindings
from followup.tui.commands import BindingCommands, ThemeCommands
from followup.tui.hangup import HangUp, crash_log, terminal_gone
from followup.tui.messages import SessionEdited, SpellerReady, WordAccepted
from followup.tui.navigation import Navigator
from followup.tui.saving import Keeper, open_folder_notes, recovery_notes
from followup.tui.settings import Settings
from followup.tui.startup import EDITOR_STYLES, StartupApp
from followup.tui.theming import Theming
from followup.tui.workspace import Workspace, system_clock

if TYPE_CHECKING:  # pragma: no cover
    from followup.core.spelling import Speller


class FollowupApp(StartupApp):
    """The followup terminal app: the sessions list, then one open session at a time."""

    TITLE = "followup"
    # The editor's sheet, parsed with Textual's own in the one parse at start (the theme is set before it, in
    # __init__). Read as the editor was pushed, it parsed every sheet read so far a second time (Textual's
    # reparse). The other screens' sheet is read before they show (StartupApp.read_other_styles).
    CSS_PATH = EDITOR_STYLES
    BINDINGS = bindings.APP
    COMMANDS = App.COMMANDS | {BindingCommands, ThemeCommands}

    #: What the last save did, for the screens to show ("saved 14:03:05", "NOT SAVED: ... — retrying").
    save_status: reactive[str] = reactive("")

    def __init__(
        self,
        path: Path | None,
        environ: Mapping[str, str],
        *,
        clock: Callable[[], datetime] | None = None,
        demo: bool = False,
        sessions_dir: Path | None = None,
        config_path: Path | None = None,
        load_speller: bool = True,
        blink: bool = True,
    ) -> None:
        super().__init__()
        self.environ = dict(environ)
        self.start_path = Path(path).expanduser() if path is not None else None
        self.demo = demo
        self.clock = clock or system_clock
        self.sessions_dir = Path(sessions_dir) if sessions_dir else default_sessions_dir(environ)
        self.load_speller = load_speller
        #: False in snapshot tests: a focused cursor never blinks, so screenshots are stable.
        self.blink = blink
        self.settings = Settings(
            Path(config_path) if config_path else default_config_path(environ),
            spelling_state="loading" if load_speller else "off",
        )
        self.settings.attach(self)
        self.theming = Theming(self, self.settings)
        self.navigator = Navigator(self)
        self.keeper = Keeper(self)
        #: SIGHUP, SIGTERM and SIGTSTP handling: built by `run` for the real command, on mount otherwise.
        self.hangup: HangUp | None = None
        #: Notices from before the first frame (config, themes, recovered files), shown once mounted.
        self._startup_notes: list[tuple[str, dict]] = []
        self._start_path: Path | None = None
        # Config and themes before the first frame is styled: a theme chosen after mount would parse and
        # apply every style sheet a second time.
        self._note(self.settings.load(), severity="warning")
        self._note(self.theming.load(), severity="warning")

    def _note(self, notes: list[str], **options) -> None:
        self._startup_notes.extend((note, options) for note in notes)

    @property
    def workspace(self) -> Workspace | None:
        """The open session (None on the sessions list)."""
        return self.navigator.workspace

    # ------------------------------------------------------------------ start

    def get_default_screen(self) -> Screen:
        """The blank screen at the bottom of the stack; interrupted saves are put right first."""
        self._note(recovery_notes(self.sessions_dir), title="Recovered")
        self._note(open_folder_notes(self.sessions_dir), severity="warning")
        if self.start_path is not None and self.start_path.parent.resolve() != self.sessions_dir.resolve():
            self._note(recovery_notes(self.start_path.parent), title="Recovered")
        if self.demo:
            self._start_path, problem = self.navigator.demo_path()
            self._note([problem] if problem else [], severity="error")
        else:
            self._start_path = self.start_path
        return super().get_default_screen()

    def on_mount(self) -> None:
        for note, options in self._startup_notes:
            self.notify(note, markup=False, timeout=10, **options)
        self.theming.start()
        if self.settings.dictionary_ready is not None:
            self.settings.dictionary_ready.subscribe(self, self._dictionary_ready, immediate=True)
        if self.settings.config.keys:  # only the safe remaps (the others are reported by the first screen)
            self.set_keymap(bindings.safe_keymap(self.settings.config.keys)[0])
        self.call_later(self.start_up)  # once mounted: see StartupApp.start_up
        self.set_interval(0.1, self.keeper.tick)
        if self.hangup is None:
            self.hangup = HangUp(self, self.rescue_places())
            self.hangup.install()
        self.hangup.catch_suspend()

    def open_first_screens(self) -> None:
        from followup.tui.screens.sessions import SessionsScreen, session_files

        self.push_screen(SessionsScreen())
        if self._start_path is not None:
            self.open_path(self._start_path)
        elif not self.demo and not session_files(self.sessions_dir):
            self.new_session()  # nothing saved yet: start one (no file until the first edit)
        if self.load_speller:
            self.when_keys_pause(self._load_speller)  # it holds the interpreter for a moment: not while typing

    def rescue_places(self) -> list[Path]:
        """Where a recovery copy goes when the session's own folder will not take it."""
        return [self.sessions_dir, Path.home()]

    def on_unmount(self) -> None:
        self.navigator.remember_opened()  # opened and closed before the keys paused
        if self.hangup is not None and not self.hangup.hard:
            self.hangup.uninstall()

    @work(thread=True, exclusive=True, group="speller", exit_on_error=False)
    def _load_speller(self) -> None:
        found = self.settings.read_dictionary(self.environ)  # the Speller, or why not (one line)
        with suppress(RuntimeError):  # the app closed while the dictionary loaded
            self.call_from_thread(self._dictionary_read, found)

    def _dictionary_read(self, found: Speller | str) -> None:
        if isinstance(found, str):
            self.notify(f"Spelling is not checked: {found}", severity="warning", markup=False, timeout=10)
            self.settings.dictionary_failed()
        else:
            self.settings.dictionary_loaded(found)

    def _dictionary_ready(self, settings: Settings) -> None:
        for screen in self.screen_stack:  # the editor may be under the help screen or a dialog
            screen.post_message(SpellerReady())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The parts of a session (F2-F4, ctrl+o, save) only exist while one is open: hidden otherwise."""
        if action in ("setup", "roster", "editor", "sessions", "save_now", "save_elsewhere"):
            if self.workspace is None:
                return False
            # The key of the part on screen does nothing there: keep the footer for the others.
            return self.navigator.part_on_screen() != action
        return True

    def on_descendant_focus(self, event) -> None:
        if not self.blink and hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False

    # ------------------------------------------------------ sessions (thin)

    def open_path(self, path: Path) -> bool:
        return self.navigator.open_path(path)

    def new_session(self) -> None:
        self.navigator.new_session()

    def show_part(self, part: str, *, fresh: bool = False) -> None:
        self.navigator.show_part(part, fresh=fresh)

    def go_back(self) -> None:
        self.navigator.go_back()

    def close_session(self) -> bool:
        return self.navigator.close_session()

    def reload_parts(self) -> None:
        """The session was read again from disk ("take theirs"): the screens show it anew."""
        self.show_part(self.navigator.part_on_screen() or "editor", fresh=True)

    # ---------------------------------------------------------------- actions

    def action_setup(self) -> None:
        self.show_part("setup")

    def action_roster(self) -> None:
        self.show_part("roster")

    def action_editor(self) -> None:
        self.show_part("editor")

    def action_sessions(self) -> None:
        if self.workspace is not None:
            self.close_session()

    def action_help(self) -> None:
        from followup.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        if self.keeper.unsaved and not self.flush():
            from followup.tui.screens.dialogs import ConfirmDialog

            def answered(quit_anyway: bool | None) -> None:
                if quit_anyway:
                    self.exit(0)

            self.push_screen(
                ConfirmDialog(
                    f"Your latest changes are NOT saved ({self.keeper.reason()}).\n"
                    "Quit and lose them? Press n to stay, then ctrl+s to decide or F12 to save elsewhere.",
                    yes="quit anyway",
                    no="stay",
                ),
                answered,
            )
            return
        self.exit(0)

    def action_save_now(self) -> None:
        self.keeper.save_now()

    def action_save_elsewhere(self) -> None:
        self.keeper.save_elsewhere()

    def flush(self) -> bool:
        """Save pending changes now (quit, leaving a session). True when nothing is left unsaved."""
        return self.keeper.flush()

    def post_message(self, message: Message) -> bool:
        """An edit is noted at once: queued behind a burst of keys, it would reach autosave only after the
        burst, and the file would lag far behind the screen meanwhile."""
        if isinstance(message, SessionEdited):
            self.keeper.edited()
            return True
        return super().post_message(message)

    def on_word_accepted(self, message: WordAccepted) -> None:
        message.stop()
        word = message.word.strip()
        if not word:
            return
        warning = self.settings.accept_word(word)
        if warning:
            self.notify(warning, severity="warning", markup=False)
        self.notify(f"Added to your dictionary: {word}", markup=False, timeout=3)


def run(path: str | Path | None, environ: Mapping[str, str], demo: bool = False) -> int:
    """Run the app until the user quits; the exit status for the shell."""
    gone = terminal_gone(sys.stdin, sys.stdout)
    if gone:  # e.g. ssh dropped before this process had a terminal: no SIGHUP would ever come
        print(gone, file=sys.stderr)
        return 1
    app = FollowupApp(Path(path) if path else None, environ, demo=demo)
    app.hangup = HangUp(app, app.rescue_places(), hard=True)
    app.hangup.install()
    # A crash's details can hold the user's text: they go to a private log, and the screen gets one line.
    log = crash_log(environ)
    app.error_console = Console(file=log, markup=False, highlight=False, width=120)
    try:
        result = app.run()
    finally:
        app.hangup.tell()
        log.flush()
    if app.return_code:
        where = f"the details are in {log.path}" if log.written else "no details were recorded"
        print(f"followup stopped on an internal error; {where}.", file=sys.stderr)
        return app.return_code
    return result if isinstance(result, int) else app.hangup.status
