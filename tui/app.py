"""FollowupApp: the screen stack, themes, key remaps, the dictionary worker and autosave.

Started by `tui.cli` (`run`); tests build `FollowupApp` directly with a fixed clock and folders.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

from rich.console import Console
from textual import work
from textual.app import App
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen

from followup.core.config import Config, default_config_path, default_sessions_dir, load_config
from followup.core.errors import SessionError
from followup.tui import bindings
from followup.tui.commands import BindingCommands, ThemeCommands
from followup.tui.messages import SessionEdited, SpellerReady, WordAccepted
from followup.tui.autosave import reason_of
from followup.tui.hangup import HangUp, crash_log, unsaved_copies
from followup.tui.saving import Keeper
from followup.tui.startup import STYLES, StartupApp
from followup.tui.themes import load_theme_files, theme_folders
from followup.tui.workspace import Workspace, system_clock


class FollowupApp(StartupApp):
    """The followup terminal app: the sessions list, then one open session at a time."""

    TITLE = "followup"
    #: The editor's sheet (what `followup PATH` shows first) at start, so no screen brings its own later (a re-parse
    #: of every sheet). The other screens' sheet is read before they are built (`read_other_styles`).
    CSS_PATH = [str(STYLES / "editor.tcss")]
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
        self.config_path = Path(config_path) if config_path else default_config_path(environ)
        self.load_speller = load_speller
        #: "loading" until the dictionary is in use ("ready"); "off" when not loaded, "failed" when it could not be.
        self.spelling_state = "loading" if load_speller else "off"
        #: False in snapshot tests: a focused cursor never blinks, so screenshots are stable.
        self.blink = blink
        self.config = Config()
        self._config_broken = False
        self.workspace: Workspace | None = None
        self.speller = None
        self._part_screens: dict[str, Screen] = {}
        self._part_counter = 0
        #: Autosave: the open session's file kept up to date, and the status line (tui.saving).
        self.keeper = Keeper(self)
        #: SIGHUP, SIGTERM and SIGTSTP handling (tui.hangup).
        self.hangup: HangUp | None = None
        # Config and themes before the first frame is styled: a theme chosen after mount would parse and
        # apply every style sheet a second time (a good part of the time to the first frame).
        #: Notices from before the first frame (config, themes, recovered files), shown once mounted.
        self._startup_notes: list[tuple[str, dict]] = []
        self._start_path: Path | None = None
        self._startup_theme: str | None = None
        self._load_config()
        self._load_themes()

    # ------------------------------------------------------------------ start

    def get_default_screen(self) -> Screen:
        """The blank screen at the bottom of the stack; interrupted saves are put right first."""
        # Interrupted saves are put right before any session is read.
        self._recover(self.sessions_dir)
        if self.start_path is not None and self.start_path.parent.resolve() != self.sessions_dir.resolve():
            self._recover(self.start_path.parent)
        self._start_path = self._demo_path() if self.demo else self.start_path
        return super().get_default_screen()

    def on_mount(self) -> None:
        for note, options in self._startup_notes:
            self.notify(note, markup=False, timeout=10, **options)
        self._check_colours()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._apply_keymap()
        self.start_up()
        self.set_interval(0.1, self.keeper.tick)
        self._catch_hangups()

    # ------------------------------------------------------ start-up hooks

    def open_first_screens(self) -> None:
        from followup.tui.screens.sessions import SessionsScreen

        self.push_screen(SessionsScreen())
        path = self._start_path
        if path is not None:
            self.open_path(path)
        elif not self.demo:
            from followup.tui.screens.sessions import session_files

            if not session_files(self.sessions_dir):
                self.new_session()  # nothing saved yet: start one (no file until the first edit)
        if self.load_speller:
            self.call_after_refresh(self._load_speller)

    def _catch_hangups(self) -> None:
        """The terminal closing (ssh drops: SIGHUP) or a polite kill (SIGTERM) keeps the text (tui.hangup)."""
        if self.hangup is None:  # built by `run` before start for the real command; here for tests
            self.hangup = HangUp(self, self.rescue_places())
            self.hangup.install()
        self.hangup.catch_suspend()

    def rescue_places(self) -> list[Path]:
        """Where a recovery copy goes when the session's own folder will not take it."""
        return [self.sessions_dir, Path.home()]

    def on_unmount(self) -> None:
        if self.hangup is not None and not self.hangup.hard:
            self.hangup.uninstall()

    def _load_config(self) -> None:
        try:
            self.config = load_config(self.config_path)
        except SessionError as exc:
            self.config = Config()
            self._config_broken = True  # never overwrite it: the user's file is theirs to fix
            self._startup_notes.append((f"Config not used: {exc}", {"severity": "warning"}))

    def _load_themes(self) -> None:
        """Register our themes and the user's, and start with the configured one (no restyle: nothing is styled yet)."""
        themes, problems = load_theme_files(theme_folders(self.config_path))
        for theme in themes:
            self.register_theme(theme)
        self._startup_notes.extend((f"Theme skipped: {problem}", {"severity": "warning"}) for problem in problems)
        wanted = self.config.theme or "followup-dark"
        if wanted not in self.available_themes:
            wanted = "followup-dark"
        if wanted in self.available_themes:
            self._start_with_theme(wanted)

    def _start_with_theme(self, name: str) -> None:
        """What setting `self.theme` does, less the restyle and the change signal (see App._watch_theme)."""
        self.set_reactive(App.theme, name)
        theme = self.current_theme
        self.update_classes({f"-theme-{name}": True, "-dark-mode": theme.dark, "-light-mode": not theme.dark}, update=False)
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())

    def _check_colours(self) -> None:
        colours = self.console.color_system
        sixteen = colours in ("standard", "windows") and not self.no_color and not self.is_headless
        if sixteen and self.theme.startswith("followup-") and "ansi-dark" in self.available_themes:
            # 16 colours (TERM=linux): our shades of grey would collapse into one; the terminal's own
            # palette keeps fields, marks and text apart. Not saved: the user's choice stays for other terminals.
            self.theme = "ansi-dark"
            # This choice is published too (a moment later): only a change the user makes is saved.
            self._startup_theme = self.theme

    def _apply_keymap(self) -> None:
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))

    def _remember_theme(self, theme) -> None:
        if theme.name == self._startup_theme:
            self._startup_theme = None
            return
        self._startup_theme = None
        if theme.name == self.config.theme:
            return
        from dataclasses import replace

        self.config = replace(self.config, theme=theme.name)
        if self.workspace is not None:
            self.workspace.config = self.config
        self._save_config()

    def _save_config(self) -> None:
        from followup.core.config import save_config

        if self._config_broken:
            self.notify(
                f"Not saved to {self.config_path}: that file has an error (see above); fix it to keep settings.",
                severity="warning",
                markup=False,
            )
            return
        try:
            save_config(self.config, self.config_path)
        except OSError as exc:
            self.notify(f"Config not saved: {exc.strerror or exc}", severity="warning", markup=False)

    def _recover(self, folder: Path) -> None:
        from followup.core.store import recover

        try:
            # Leave alone temp files younger than a minute: another instance may be saving right now.
            messages = recover(folder, older_than=datetime.now(timezone.utc) - timedelta(minutes=1))
        except OSError:
            return
        messages = [*(messages or ()), *unsaved_copies(folder)]
        for message in messages:  # shown once the app is up (this runs before the first screen)
            self._startup_notes.append((str(message), {"title": "Recovered"}))

    @work(thread=True, exclusive=True, group="speller", exit_on_error=False)
    def _load_speller(self) -> None:
        from followup.core.config import dictionary_cache_path
        from followup.core.spelling import Speller

        # the prepared dictionary is kept in the user's cache folder: a few ms to load instead of ~100
        try:
            speller = Speller(cache=dictionary_cache_path(self.environ))
        except Exception as exc:  # a broken pyspellchecker install: drafts are still scored, spelling is not
            done, arg = self._speller_failed, reason_of(exc)
        else:
            done, arg = self._speller_loaded, speller
        try:
            self.call_from_thread(done, arg)
        except RuntimeError:  # the app closed while the dictionary loaded
            pass

    def _speller_failed(self, reason: str) -> None:
        self.spelling_state = "failed"
        self.notify(f"Spelling is not checked: {reason}", severity="warning", markup=False, timeout=10)
        for screen in self.screen_stack:
            screen.post_message(SpellerReady())

    def _speller_loaded(self, speller) -> None:
        self.spelling_state = "ready"
        self.speller = speller
        if self.workspace is not None:
            self.workspace.speller = speller
        for screen in self.screen_stack:  # the editor may be under the help screen or a dialog
            screen.post_message(SpellerReady())

    def _demo_path(self) -> Path | None:
        """The demo session's file, written first if absent (never over the user's copy); None if it cannot be."""
        from followup.core.demo import demo_session
        from followup.core.store import NEW_FILE, save

        path = self.sessions_dir / "demo-panel.toml"
        if not path.exists():
            try:
                save(demo_session(self.clock()), path, expected=NEW_FILE)
            except SessionError:
                pass  # it appeared meanwhile: open that one
            except OSError as exc:
                self._startup_notes.append((f"Could not write the demo: {exc.strerror or exc}", {"severity": "error"}))
                return None
        return path

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The parts of a session (F2-F4, ctrl+o, save) only exist while one is open: hidden otherwise."""
        if action in ("setup", "roster", "editor", "sessions", "save_now", "save_elsewhere"):
            if self.workspace is None:
                return False
            # The key of the part on screen does nothing there: keep the footer for the others.
            return getattr(self.screen, "SESSION_PART", None) != action
        return True

    def on_descendant_focus(self, event) -> None:
        if not self.blink and hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False

    # ---------------------------------------------------------- open / close

    def new_session_path(self) -> Path:
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        path = self.sessions_dir / f"session-{stamp}.toml"
        n = 2
        while path.exists():
            path = self.sessions_dir / f"session-{stamp}-{n}.toml"
            n += 1
        return path

    def open_path(self, path: Path) -> bool:
        """Open the session at `path` (a new one there when there is no file) and show it."""
        from followup.core import store

        path = Path(path)
        if path.exists():
            try:
                loaded = store.load_with_fingerprint(path)
            except SessionError as exc:
                self.notify(str(exc), title="Cannot open", severity="error", markup=False, timeout=15)
                return False
            except OSError as exc:
                self.notify(f"{path}: {exc.strerror or exc}", title="Cannot open", severity="error", markup=False)
                return False
            session, fingerprint = loaded.session, loaded.fingerprint
            is_new = False
        else:
            session = store.new_session(self.clock())
            fingerprint = None
            is_new = True
        self._set_workspace(self.workspace_for(path, session), fingerprint)
        if is_new:  # written at the first edit, so a session opened and left blank leaves no file
            self.show_part("setup")
        elif not session.interviewers:
            self.show_part("roster")
        else:
            self.show_part("editor")
        return True

    def workspace_for(self, path: Path, session) -> Workspace:
        return Workspace(path, session, self.config, self.config_path, self.clock, self.speller)

    def new_session(self) -> None:
        self.open_path(self.new_session_path())

    def _set_workspace(self, workspace: Workspace | None, fingerprint: str | None) -> None:
        self._drop_parts()
        self.workspace = workspace
        self.refresh_bindings()
        self.keeper.open(workspace, fingerprint)
        self.sub_title = str(workspace.path.name) if workspace else ""

    def close_session(self) -> bool:
        """Save what is pending and go back to the sessions list. False when it could not save."""
        if self.keeper.unsaved and not self.flush():
            self.notify(
                f"Still here: this session is not saved ({self.keeper.reason()}). "
                "ctrl+s decides or F12 saves it elsewhere.",
                severity="warning",
                markup=False,
            )
            return False
        from followup.tui.screens.sessions import SessionsScreen

        while len(self.screen_stack) > 2:
            self.pop_screen()
        if not isinstance(self.screen, SessionsScreen):
            self.pop_screen()
        self._set_workspace(None, None)
        return True

    def show_part(self, part: str, *, fresh: bool = False) -> None:
        """Show the setup, roster or editor of the open session in place of the current part."""
        if self.workspace is None:
            self.notify("Open or create a session first (enter, ctrl+n).", severity="warning")
            return
        if fresh:  # the session was reloaded from disk: the kept forms show it anew
            for kept in self._part_screens.values():
                kept.show_session()  # type: ignore[attr-defined]
        screen = self._make_part(part)
        if screen is None:
            return
        from followup.tui.screens.sessions import SessionsScreen

        # Close modal layers (help, preview, dialogs) above the session's part.
        while len(self.screen_stack) > 2 and not self._is_part(self.screen):
            self.pop_screen()
        current = getattr(self.screen, "SESSION_PART", None)
        if current == part and (not fresh or screen is self.screen):
            return
        self._previous_part = current
        if isinstance(self.screen, SessionsScreen):
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def go_back(self) -> None:
        """Escape on setup or roster: back to the part the user came from, or to the sessions list."""
        previous = getattr(self, "_previous_part", None)
        if previous and self.workspace is not None and (previous != "editor" or self.workspace.session.interviewers):
            self.show_part(previous)
            self._previous_part = None
        else:
            self.close_session()

    def _drop_parts(self) -> None:
        """Forget the kept setup and roster screens (another session, or the file was reloaded)."""
        for screen in self._part_screens.values():
            self.uninstall_screen(screen)
            if screen not in self.screen_stack:
                screen.remove()
        self._part_screens.clear()

    def _is_part(self, screen: Screen) -> bool:
        return getattr(screen, "SESSION_PART", None) is not None

    def _make_part(self, part: str) -> Screen | None:
        assert self.workspace is not None
        if part in ("setup", "roster"):
            # Kept while the session is open: building these forms costs more than showing them again.
            cached = self._part_screens.get(part)
            if cached is not None:
                return cached
            if part == "setup":
                from followup.tui.screens.setup import SetupScreen

                screen: Screen = SetupScreen(self.workspace)
            else:
                from followup.tui.screens.roster import RosterScreen

                screen = RosterScreen(self.workspace)
            self._part_counter += 1
            self.install_screen(screen, f"{part}-{self._part_counter}")
            self._part_screens[part] = screen
            return screen
        if not self.workspace.session.interviewers:
            self.notify("Add an interviewer first (F3).", severity="warning")
            return None
        from followup.tui.screens.editor import EditorScreen

        screen = EditorScreen(self.workspace)
        screen.SESSION_PART = "editor"
        return screen

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

    # --------------------------------------------------------------- autosave

    def post_message(self, message: Message) -> bool:
        """An edit is noted at once: queued behind a burst of keys, it would reach autosave only after the
        burst, and the file would lag far behind the screen meanwhile."""
        if isinstance(message, SessionEdited):
            self.keeper.edited()
            return True
        return super().post_message(message)

    def mark_edited(self) -> None:
        self.keeper.edited()

    def on_word_accepted(self, message: WordAccepted) -> None:
        message.stop()
        word = message.word.strip()
        if not word:
            return
        self.config = self.config.with_word(word)
        if self.workspace is not None:
            self.workspace.config = self.config
        self._save_config()
        self.notify(f"Added to your dictionary: {word}", markup=False, timeout=3)

    def flush(self) -> bool:
        """Save pending changes now (quit, leaving a session). True when nothing is left unsaved."""
        return self.keeper.flush()

    def reload_parts(self) -> None:
        """The session was read again from disk ("take theirs"): the screens show it anew."""
        part = getattr(self.screen, "SESSION_PART", None) or "editor"
        self.show_part(part, fresh=True)


def run(path: str | Path | None, environ: Mapping[str, str], demo: bool = False) -> int:
    """Run the app until the user quits; the exit status for the shell."""
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
