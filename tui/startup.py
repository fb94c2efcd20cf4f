"""Start-up and keys in the order they were typed.

`StartupApp` is the base of `tui.app.FollowupApp`: once mounted it opens the first screens (the app's
`open_first_screens` hook) and reads the other screens' style sheet; `followup PATH` puts the editor itself on
screen at once (it draws its fields first and its sidebar once the keys pause). `KeyOrder`, its base, hands every
key and paste over in order, waiting on the screen and widgets with barriers, never on the clock.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.keys import ASCII_KEY_NAMES, KEY_NAME_REPLACEMENTS
from textual.widget import Widget

#: Work that can wait (the sidebar's parts, the dictionary, the other screens' styles, the first scoring) waits
#: for the keys to pause this long (s): longer than the gap between two keys of a typist, shorter than a
#: reader's pause. Keys typed as the editor appears are on screen first.
KEYS_PAUSE = 0.4
#: A key still waiting after this long (s) no longer holds back work that waits for the keys to pause.
KEY_WAIT_LIMIT = 5.0
#: The app's style sheets (absolute, so a subclass elsewhere finds them too).
STYLES = Path(__file__).resolve().parent / "styles"
#: The editor's sheet: the app's own (read with Textual's defaults, in the one parse before the first frame) and
#: DraftScreen's (for a screen pushed in another app). One path, so pushing the editor in followup finds it read.
EDITOR_STYLES = STYLES / "editor.tcss"


async def barrier(node: DOMNode) -> None:
    """Return once `node` has handled every message queued for it before this call.

    A callback queued behind them (`call_later`) runs only when they are done: no polling, no timeout.
    The Pilot's own wait for a screen works the same way.
    """
    done = asyncio.Event()
    if node.call_later(done.set):
        await done.wait()


class DrawsFirst:
    """A screen that draws its first frame before it makes what takes the keys (the editor: the field the user
    left). KeyOrder asks it to make that at once before it hands a key over, so no key is typed into nothing."""

    def make_ready_for_keys(self) -> None:
        """Make now what was put off until after the first frame (nothing if it is made already)."""


class KeyOrder(App):
    """Keys and pastes reach the app's screens and fields in the order they were typed.

    Textual hands a key to the focused widget's queue and goes straight on to the next key, so in a burst
    (over ssh, a fast typist, keys typed while a screen opens) a priority binding such as F3 or ctrl+n acts
    before the letters typed ahead of it have reached the field, a key that bubbles back to the app for its
    bindings (escape on the help screen) acts after the keys behind it, and keys typed while a new screen
    mounts reach no field at all. Upstream this is Textual issue #6605 (fix proposed in PR #6631, for a
    widget's own keys); this class is the workaround and can go once Textual keeps key order itself.

    Before a key is handed over, the screen on top has handled everything queued for it (its mount, and the
    focus it sets then, included); after, the widget that got the key and every container up to the screen
    have handled it and whatever it caused. A key that bubbles back for the app's bindings is run then, before
    the next key. Screens set focus with `Screen.set_focus` (at once), not `Widget.focus()` (queued behind the
    keys already waiting).
    """

    def __init__(self) -> None:
        super().__init__()
        #: When the last key or paste arrived (time.monotonic()): work that can wait does until keys pause.
        self.last_input = 0.0
        #: Keys and pastes that have arrived and are not handled yet (a busy app queues them): id -> arrival.
        self._keys_waiting: dict[int, float] = {}
        #: The key handed to a widget whose handling is awaited, and that key if it bubbled back to the app.
        self._awaited_key: events.Key | None = None
        self._returned_key: events.Key | None = None
        #: Callbacks put off until the keys pause (`when_keys_pause`) not run yet, and "none left".
        self._deferred = 0
        self._deferred_done = asyncio.Event()
        self._deferred_done.set()

    def post_message(self, message) -> bool:
        if message is self._awaited_key and self._awaited_key is not None:
            # The key has bubbled back for the app's bindings: they run now (see on_event), not after
            # the keys queued behind it.
            self._returned_key = self._awaited_key
            return True
        posted = super().post_message(message)
        if posted and isinstance(message, (events.Key, events.Paste)) and not message.is_forwarded:
            # From the terminal: input counts from when it arrives, not from when a busy app gets to it.
            self.last_input = time.monotonic()
            self._keys_waiting[id(message)] = self.last_input
        return posted

    def keys_quiet_for(self) -> float:
        """How long no key or paste has arrived (s); 0 while one is still waiting or being handled."""
        now = time.monotonic()
        self._keys_waiting = {k: t for k, t in self._keys_waiting.items() if now - t < KEY_WAIT_LIMIT}
        return 0.0 if self._keys_waiting else now - self.last_input

    def when_keys_pause(self, callback: Callable[[], object], pause: float = KEYS_PAUSE) -> None:
        """Run `callback` (on the event loop) once no key has arrived for `pause` seconds, counted from now
        at the earliest: work that can wait never stands between the user and a key they are typing."""
        asked = time.monotonic()
        self._deferred += 1
        self._deferred_done.clear()

        async def run() -> None:
            try:
                result = callback()
                if inspect.isawaitable(result):
                    await result
            finally:
                self._deferred -= 1
                if not self._deferred:
                    self._deferred_done.set()

        def check() -> None:
            quiet = min(self.keys_quiet_for(), time.monotonic() - asked)
            if quiet < pause:
                self.set_timer(pause - quiet, check, name="after the keys pause")
            else:
                self.call_later(run)

        self.set_timer(pause, check, name="after the keys pause")

    async def deferred_work_done(self) -> None:
        """Return once everything put off with `when_keys_pause` has run (for callers that need it all)."""
        await self._deferred_done.wait()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            split = escape_then_key(event)
            if split is not None:
                self._keys_waiting.pop(id(event), None)
                for part in split:
                    await self.on_event(part)
                return
        if not isinstance(event, (events.Key, events.Paste)) or event.is_forwarded:
            await super().on_event(event)
            return
        self.last_input = time.monotonic()
        try:
            self.before_first_key()
            await barrier(self.screen)  # a screen just pushed has mounted and focused its field
            if isinstance(self.screen, DrawsFirst):
                self.screen.make_ready_for_keys()  # or made it after its first frame
            self._awaited_key = event if isinstance(event, events.Key) else None
            try:
                await super().on_event(event)  # the app's priority bindings, else handed to the focused widget
                if event.is_forwarded:
                    await self._handled_below(self.screen.focused or self.screen)
            finally:
                returned, self._awaited_key, self._returned_key = self._returned_key, None, None
            if returned is not None:
                await super().on_event(returned)  # the app's own bindings for it, before the next key
        finally:
            self._keys_waiting.pop(id(event), None)
            self.last_input = time.monotonic()

    def before_first_key(self) -> None:
        """Called before each key or paste is handed over (StartupApp opens its first screens here)."""

    async def _handled_below(self, node: DOMNode) -> None:
        """Wait until `node` and its ancestors up to the screen have nothing left queued.

        In turn from `node` up, as a key bubbles: a barrier on the parent is only queued once the child has
        passed the key on. Again while anything is still queued on that path (a message the key caused).
        """
        while True:
            path: list[DOMNode] = []
            current: DOMNode | None = node
            while isinstance(current, Widget):
                path.append(current)
                if current is current.screen:
                    break
                current = current.parent
            for each in path:
                await barrier(each)
            if not any(each.message_queue_size for each in path if each.is_running):
                return


async def run_own_binding(widget: Widget, event: events.Key) -> bool:
    """Run `widget`'s own binding for a non-printable key now, in the order the keys came; True if it had one.

    Textual runs a focused field's bindings (backspace, end, arrows) only once the key has bubbled up to the
    app, which is after letters typed later in the same burst: "Jnr" + 3 backspaces + "Junior" would come out
    "JnrJur" (Textual issue #6605, the same workaround as KeyOrder). Called from the field's key handler.
    """
    if event.is_printable or not widget.is_attached:
        return False
    active = widget.screen.active_bindings.get(event.key)
    if active is None or active.node is not widget or not active.enabled:
        return False
    event.stop()
    event.prevent_default()
    await widget.run_action(active.binding.action)
    return True


class StartupApp(KeyOrder):
    """Opens the first screens once mounted; `FollowupApp` builds on it."""

    def __init__(self) -> None:
        super().__init__()
        #: `followup` pauses the cyclic garbage collector while it starts (tui.cli): resumed at the first frame.
        self._collector_paused = not gc.isenabled()
        self._other_styles_read = False
        self._first_screens_opened = False
        #: The terminal's own report of its size at start (see on_resize) has come.
        self._start_size_reported = False

    def before_first_key(self) -> None:
        self.start_up()  # a key typed ahead, before the call back from on_mount: it goes to the first screen

    def on_resize(self, event: events.Resize) -> None:
        """Workaround (textual 8.2.8; no upstream issue found): the driver reports the terminal's size as it
        starts, and that report reaches the app only after the first screens, already laid out at that very
        size. App._on_resize keeps the event before it compares sizes, so every screen was laid out and
        drawn again after the editor's first frame, with the keys typed then waiting (about 13 ms of CPU).
        That one report is dropped when the size has not changed; every later one is Textual's as usual."""
        if self._first_screens_opened and not self._start_size_reported:
            self._start_size_reported = True
            if event.size == self.size:
                event.prevent_default()  # App._on_resize, a base-class handler, does not run

    def on_ready(self) -> None:
        """The first frame is on screen (Textual's Ready): the collector runs again, and what start-up built
        (modules, classes, the editor) is kept out of its scans from now on."""
        if self._collector_paused:
            self._collector_paused = False
            gc.freeze()
            gc.enable()

    def start_up(self) -> None:
        """The first screens (the app's `open_first_screens`) and the other screens' styles; those are read
        after the first frame when the editor is the screen on top (it needs only its own sheet). Once.

        Called back once the app has mounted (`call_later` in on_mount), or by the first key or paste if that
        comes first: never from on_mount itself. Textual holds back every frame while the app mounts (its
        start-up `batch_update`) and awaits the mount of a screen pushed then; the editor's first frame drawn
        in that time was dropped, and with it the parts that did not change again (the title line): the first
        full frame came two frames later."""
        if self._first_screens_opened:
            return
        try:
            self.open_first_screens()  # their pushes leave the other screens' sheet for later (push_screen)
        finally:
            self._first_screens_opened = True
        from followup.tui.screens.draft_layout import DraftScreen

        if isinstance(self.screen, DraftScreen):
            self.when_keys_pause(self.read_other_styles)  # the sessions list under the editor waits for them
        else:
            self.read_other_styles()

    def read_other_styles(self) -> None:
        """The sessions list's, the forms' and the dialogs' sheet (app.tcss: none of its rules touches the
        editor), and the screens already built restyled with it. Once; any screen pushed reads it first."""
        if self._other_styles_read:
            return
        self._other_styles_read = True
        self.stylesheet.read(STYLES / "app.tcss")
        from followup.tui.screens.draft_layout import DraftScreen

        for screen in self.screen_stack:
            if not isinstance(screen, DraftScreen):
                self.stylesheet.update(screen)

    def push_screen(self, *args, **kwargs):
        if self._first_screens_opened:
            self.read_other_styles()  # a dialog or another part opened before the keys paused
        return super().push_screen(*args, **kwargs)

    def switch_screen(self, *args, **kwargs):
        self.read_other_styles()  # the setup or roster in place of the editor before the keys paused
        return super().switch_screen(*args, **kwargs)

    def open_first_screens(self) -> None:
        """Push the first screens (sessions list, the session asked for)."""
        raise NotImplementedError


def escape_then_key(event: events.Key) -> list[events.Key] | None:
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
    return [events.Key("escape", "\x1b"), events.Key(key_name(char), char)]


def key_name(character: str) -> str:
    """The name Textual gives the key that types `character` ("a", "A", "comma", "space")."""
    if character.isalnum():
        name = character
    else:
        try:
            name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
        except ValueError:
            name = ASCII_KEY_NAMES.get(character, character)
    return KEY_NAME_REPLACEMENTS.get(name, name)


class AfterKeys(Widget):
    """Mounts `widget` in its place once the keys pause (KeyOrder.when_keys_pause): `textual.lazy.Lazy`, but
    later than the first frame when the user is already typing. In another app: after the first refresh.

    `widget` may be what makes it (called then): the modules only it needs are then imported at that moment,
    not on the way to the first frame."""

    DEFAULT_CSS = "AfterKeys { display: none; }"

    def __init__(self, widget: Widget | Callable[[], Widget]) -> None:
        self._widget = widget
        super().__init__()

    def compose_add_child(self, widget: Widget) -> None:
        if not isinstance(self._widget, Widget):
            raise TypeError("AfterKeys: children are composed into a widget, not into what makes one")
        self._widget.compose_add_child(widget)

    async def mount_composed_widgets(self, widgets: list[Widget]) -> None:
        parent = self.parent
        if not isinstance(parent, Widget):
            return

        async def mount() -> None:
            if self.is_attached:
                widget = self._widget if isinstance(self._widget, Widget) else self._widget()
                await parent.mount(widget, after=self)
                await self.remove()

        app = self.app
        if isinstance(app, KeyOrder):
            app.when_keys_pause(mount)
        else:
            self.call_after_refresh(mount)
