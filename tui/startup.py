"""Start-up and key order: the editor's first look, the paused garbage collector, and keys held while a
screen opens.

`StartupApp` is the base of `tui.app.FollowupApp`. It draws the first look of the draft `followup PATH`
opens on, builds the editor behind it once the first frame is on the terminal (Textual's Ready), and holds
every key typed meanwhile, handing them over in order once the new screen has focused its field.

The app supplies what only it knows through the hooks at the bottom of the class (`workspace_for`,
`adopt_first_look`, `build_editor`, `open_first_screens`, `after_start`).
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.screen import Screen

from followup.core.errors import SessionError
from followup.tui.messages import FirstLookShown

if TYPE_CHECKING:  # pragma: no cover
    from followup.tui.workspace import Workspace

#: The app's style sheets (absolute, so a subclass elsewhere finds them too).
STYLES = Path(__file__).resolve().parent / "styles"
#: How often (s) other threads may take the interpreter while the editor is built behind its first look.
FIRST_LOOK_SWITCH_INTERVAL = 0.0005
#: Keys that arrive while a new screen is still taking focus wait for it, at most this long (seconds).
HOLD_KEYS_AT_MOST = 0.6
#: ... and wait for the focused field to handle the keys before them, at most this long (seconds).
KEY_CATCH_UP_AT_MOST = 0.5


class StartupApp(App[int]):
    """The first look, start-up tuning and key holding; `FollowupApp` builds on it."""

    def __init__(self, *, first_look: bool = False) -> None:
        super().__init__()
        #: Draw the draft at once and build the editor behind it (`followup PATH`, `--demo`: `run` asks for it).
        self.first_look = first_look
        #: The cyclic garbage collector was paused for start-up (by `tui.cli`): resumed once it is over.
        self._gc_paused = not gc.isenabled()
        #: True while the first look is on screen and the editor is being built: keys are held meanwhile.
        self._first_look_up = False
        self._first_look_workspace: tuple[Workspace, str | None] | None = None
        self._held_keys: list[events.Event] = []
        #: The last key handed to a widget, until a widget stops it or it bubbles back for the app's bindings.
        self._in_flight: events.Key | None = None
        self._expected_screen: Screen | None = None
        self._held_since = 0.0

    # ----------------------------------------------------------- first look

    def first_look_screen(self, path: Path) -> Screen | None:
        """The first look of the draft `path` opens on; the sessions list and the editor are built behind it.

        None when the session would not open straight into the editor: a new or unreadable file, or no
        interviewers yet; the usual way then opens it and reports any error.
        """
        from followup.core import store

        if not path.is_file():
            return None
        try:
            loaded = store.load_with_fingerprint(path)
        except (SessionError, OSError):
            return None
        if not loaded.session.interviewers:
            return None
        workspace = self.workspace_for(path, loaded.session)
        self._first_look_workspace = (workspace, loaded.fingerprint)  # the app's once mounted (start_up)
        self._first_look_up = True
        from followup.tui.screens.first_look import FirstLookScreen

        return FirstLookScreen(workspace)

    def start_up(self) -> None:
        """On mount: adopt the first look's session, or open the first screens the usual way."""
        if self._first_look_up and self._first_look_workspace is not None:
            self.adopt_first_look(*self._first_look_workspace)
        else:
            self.read_other_styles()
            self.open_first_screens()

    def on_ready(self) -> None:
        """The first frame is on the terminal (Textual's Ready): with a first look, build the editor now."""
        if self._first_look_up:
            self.post_message(FirstLookShown())
        else:
            self._start_up_done()

    def _start_up_done(self) -> None:
        """Resume the garbage collector paused for start-up; what start-up built stays out of its scans."""
        if self._gc_paused:
            self._gc_paused = False
            gc.freeze()
            gc.enable()

    async def on_first_look_shown(self, message: FirstLookShown) -> None:
        """Put the sessions list and the editor over the first look. The terminal keeps showing the first
        look (no repaint) until the editor is whole, so no half-built frame is ever drawn."""
        # Textual writes frames from a thread of its own: while the editor is built here, let that thread
        # have the interpreter every 0.5 ms (not every 5), so the first look reaches the terminal whole at once.
        switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(FIRST_LOOK_SWITCH_INTERVAL)
        editor = None
        try:
            self.read_other_styles()
            from followup.tui.screens.sessions import SessionsScreen

            editor = self.build_editor()
            with self.batch_update():
                self.push_screen(SessionsScreen())
                if editor is not None:
                    await self.push_screen(editor)
        finally:
            sys.setswitchinterval(switch_interval)
            self._start_up_done()
            # Keys typed meanwhile go to the editor once it has focused the field the user left.
            self._expected_screen = editor
            self._first_look_up = False
            self._held_since = time.monotonic()
        self.after_start()

    def read_other_styles(self) -> None:
        """The sessions list's, the forms' and the dialogs' styles: parsed with the next screen that is styled
        (added to the sheet, not re-parsing what is there), after the first frame when there is a first look."""
        self.stylesheet.read(STYLES / "app.tcss")

    def expect_screen(self, screen: Screen | None) -> None:
        """Keys typed from now on wait until `screen` is the one on top (a switch just asked for)."""
        self._expected_screen = screen

    # ------------------------------------------------------- keys in bursts

    async def on_event(self, event: events.Event) -> None:
        """Keys that arrive while a screen is still opening wait for it instead of being dropped.

        Over ssh, or from a fast typist, "F3 ctrl+n Dana" can arrive in one burst; Textual would hand
        "Dana" to the new screen before it has focused a field, and the letters would be lost.
        """
        if isinstance(event, events.Key) and event is self._in_flight:
            self._in_flight = None
        if isinstance(event, events.Key) and not event.is_forwarded:
            split = _escape_then_key(event)
            if split is not None:
                for part in split:
                    await self.on_event(part)
                return
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            if self._held_keys or self._screen_settling():
                self._hold(event)
                return
            await self._let_focus_catch_up()
            if self._key_on_its_way_back():
                # An earlier key (escape on help) has bubbled back to the app for its bindings and waits
                # behind this one: let it act first.
                self._hold(event)
                return
        await self._dispatch_input(event)

    def _hold(self, event: events.Event) -> None:
        """Keep `event` (and every later key) until `_release_keys` finds the screen ready for it."""
        if not self._held_keys:
            self._held_since = time.monotonic()
            self.set_timer(0.02, self._release_keys)
        self._held_keys.append(event)

    async def _dispatch_input(self, event: events.Event) -> None:
        await super().on_event(event)
        if isinstance(event, events.Key) and event.is_forwarded:
            self._in_flight = event  # handed to a widget (not taken by a priority binding)

    def _waiting_here(self) -> list:
        return list(getattr(self._message_queue, "values", ()))

    def _key_on_its_way_back(self) -> bool:
        """True when a key the focused widget passed on waits in the app's queue for the app's bindings."""
        return any(isinstance(message, events.Key) and message.is_forwarded for message in self._waiting_here())

    def _key_in_flight(self) -> bool:
        """True while the last key handed to a widget is still between widgets (neither stopped nor back here)."""
        event = self._in_flight
        if event is None or event._stop_propagation:
            return False
        return not any(message is event for message in self._waiting_here())

    async def _let_focus_catch_up(self) -> None:
        """Wait (briefly) until the focused field and its screen have handled the keys already given to them.

        Textual runs priority bindings (tab, F3, ctrl+n) in the app's queue, ahead of keys that are still
        waiting in the field's queue; in a burst "Dana<ctrl+n>Sam" the ctrl+n would act before "Dana" has
        reached the roster. Waiting keeps every key in the order it was typed.
        """
        deadline = time.monotonic() + KEY_CATCH_UP_AT_MOST
        while time.monotonic() < deadline:
            node = self.screen.focused or self.screen  # no focus (help): keys wait in the screen's queue
            pending = self._key_in_flight()
            while node is not None and node is not self:
                if node.message_queue_size:
                    pending = True
                    break
                node = node.parent
            if not pending:
                return
            await asyncio.sleep(0.001)

    def _screen_settling(self) -> bool:
        if self._first_look_up:
            return True  # the editor is still being built behind its first look
        screen = self.screen
        if self._expected_screen is not None:
            if screen is not self._expected_screen:
                return True  # a switch we asked for has not happened yet
            self._expected_screen = None
        if screen.focused is not None:
            return False
        if getattr(screen, "FOCUSES_ITSELF", False):
            return True  # it focuses the field the user left once mounted: keys wait for that
        auto_focus = screen.AUTO_FOCUS if screen.AUTO_FOCUS is not None else self.AUTO_FOCUS
        if not auto_focus:
            return False
        return not screen.is_mounted or bool(screen.focus_chain)

    async def _release_keys(self) -> None:
        while self._held_keys:
            waited = time.monotonic() - self._held_since
            if self._first_look_up or (self._screen_settling() and waited < HOLD_KEYS_AT_MOST):
                self.set_timer(0.02, self._release_keys)
                return
            if waited >= HOLD_KEYS_AT_MOST:
                self._expected_screen = None
            event = self._held_keys.pop(0)
            await self._let_focus_catch_up()
            await self._dispatch_input(event)
            self._held_since = time.monotonic()

    # ------------------------------------------------------ the app's hooks

    def workspace_for(self, path: Path, session) -> Workspace:
        """The Workspace a session at `path` is edited in."""
        raise NotImplementedError

    def adopt_first_look(self, workspace: Workspace, fingerprint: str | None) -> None:
        """Make the first look's session the open one (on mount, before the editor is built)."""
        raise NotImplementedError

    def build_editor(self) -> Screen | None:
        """The editor screen of the open session (None when it cannot open in the editor)."""
        raise NotImplementedError

    def open_first_screens(self) -> None:
        """Without a first look: push the first screens (sessions list, the session asked for)."""
        raise NotImplementedError

    def after_start(self) -> None:
        """Once the editor is built behind the first look (the dictionary loads now)."""


def _escape_then_key(event: events.Key) -> list[events.Key] | None:
    """alt+<printable> as escape followed by that key, or None for any other key.

    A terminal sends alt+n as ESC n; so does a user pressing escape and then n quickly (or ssh packing
    both in one packet). followup binds no alt+letter, so the second reading is always the meant one.
    """
    key = event.key
    if not key.startswith("alt+"):
        return None
    rest = key[len("alt+") :]
    shifted = rest.startswith("shift+")
    if shifted:
        rest = rest[len("shift+") :]
    if len(rest) == 1 and rest.isprintable():
        char = rest.upper() if shifted else rest
    elif event.character and len(event.character) == 1 and event.character.isprintable():
        char = event.character
    else:
        return None  # alt+up and friends are real keys
    from textual.keys import _character_to_key

    return [events.Key("escape", "\x1b"), events.Key(_character_to_key(char), char)]
