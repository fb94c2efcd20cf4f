"""Moving between screens: open a session, show its setup, roster or editor, go back, close it.

`Navigator` is built once by `tui.app.FollowupApp` (`app.navigator`); the app's thin actions and the screens
(through `followup_app(widget)`) call it. The open session is `navigator.workspace`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.dom import DOMNode
from textual.screen import Screen

from followup.core.errors import SessionError
from followup.core.model import Session
from followup.tui.workspace import Workspace

if TYPE_CHECKING:  # pragma: no cover
    from followup.tui.app import FollowupApp
    from followup.tui.screens.roster import RosterScreen
    from followup.tui.screens.setup import SetupScreen


def followup_app(node: DOMNode) -> FollowupApp | None:
    """The running FollowupApp of `node`, typed; None when a screen runs inside another app (tests' hosts)."""
    from followup.tui.app import FollowupApp

    app = node.app
    return app if isinstance(app, FollowupApp) else None


class Navigator:
    """The open session and the screens that show it."""

    def __init__(self, app: FollowupApp) -> None:
        self.app = app
        self.workspace: Workspace | None = None
        self._part_screens: dict[str, SetupScreen | RosterScreen] = {}
        self._part_counter = 0
        self._previous_part: str | None = None
        #: A session opened from outside the sessions folder, not on the recent-files list yet (remember_opened).
        self._to_remember: Path | None = None

    def demo_path(self) -> tuple[Path | None, str]:
        """The demo session's file, written first if absent (never over the user's copy), and a problem to
        tell (the path is None then)."""
        from followup.core.demo import demo_session
        from followup.core.store import NEW_FILE, save

        path = self.app.sessions_dir / "demo-panel.toml"
        if not path.exists():
            try:
                save(demo_session(self.app.clock()), path, expected=NEW_FILE)
            except SessionError:
                pass  # it appeared meanwhile: open that one
            except OSError as exc:
                return None, f"Could not write the demo: {exc.strerror or exc}"
        return path, ""

    def part_on_screen(self) -> str | None:
        """"setup", "roster" or "editor" when a part of the open session is on top, else None."""
        return getattr(self.app.screen, "SESSION_PART", None)

    def new_session_path(self) -> Path:
        stamp = self.app.clock().strftime("%Y%m%d-%H%M%S")
        path = self.app.sessions_dir / f"session-{stamp}.toml"
        n = 2
        while path.exists():
            path = self.app.sessions_dir / f"session-{stamp}-{n}.toml"
            n += 1
        return path

    def open_path(self, path: Path) -> bool:
        """Open the session at `path` (a new one there when there is no file) and show it."""
        from followup.core import store

        path = Path(path)
        if path.exists():
            try:
                loaded = store.load_with_fingerprint(path)
            except SessionError as exc:  # the store's one error: missing, unreadable, not TOML, a bad field
                self.app.notify(str(exc), title="Cannot open", severity="error", markup=False, timeout=15)
                return False
            session, fingerprint = loaded.session, loaded.fingerprint
            is_new = False
        else:
            session = store.new_session(self.app.clock())
            fingerprint = None
            is_new = True
        self.set_workspace(self.workspace_for(path, session), fingerprint)
        # On the recent-files list once the keys pause (or before the sessions list shows, or as the app
        # closes): a file written and synced, and core.due imported, are not on the way to the first frame.
        self.remember_opened()  # the one opened before, if the keys have not paused since
        self._to_remember = path
        self.app.when_keys_pause(self.remember_opened)
        if is_new:  # written at the first edit, so a session opened and left blank leaves no file
            self.show_part("setup")
        elif not session.interviewers:
            self.show_part("roster")
        else:
            self.show_part("editor")
        return True

    def remember_opened(self) -> None:
        """A session opened from outside the sessions folder goes on the recent-files list, beside that folder
        (the sessions list and `followup due` read it); a list that cannot be written never stops the opening."""
        path, self._to_remember = self._to_remember, None
        if path is None:
            return
        from followup.core.config import RECENT_NAME
        from followup.core.due import remember

        folder = self.app.sessions_dir
        try:
            if path.resolve().parent != folder.resolve():
                remember(folder.parent / RECENT_NAME, path)
        except OSError:
            pass

    def workspace_for(self, path: Path, session: Session) -> Workspace:
        return Workspace(path, session, clock=self.app.clock, settings=self.app.settings, environ=self.app.environ)

    def new_session(self) -> None:
        self.open_path(self.new_session_path())

    def set_workspace(self, workspace: Workspace | None, fingerprint: str | None) -> None:
        self._drop_parts()
        self.workspace = workspace
        self.app.refresh_bindings()
        self.app.keeper.open(workspace, fingerprint)
        self.app.sub_title = str(workspace.path.name) if workspace else ""

    def close_session(self) -> bool:
        """Save what is pending and go back to the sessions list. False when it could not save."""
        if self.app.keeper.unsaved and not self.app.flush():
            self.app.notify(
                f"Still here: this session is not saved ({self.app.keeper.reason()}). "
                "ctrl+s decides or F12 saves it elsewhere.",
                severity="warning",
                markup=False,
            )
            return False
        from followup.tui.screens.sessions import SessionsScreen

        self.remember_opened()  # the list shows it
        while len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        if not isinstance(self.app.screen, SessionsScreen):
            self.app.pop_screen()
        self.set_workspace(None, None)
        return True

    def show_part(self, part: str, *, fresh: bool = False) -> None:
        """Show the setup, roster or editor of the open session in place of the current part."""
        if self.workspace is None:
            self.app.notify("Open or create a session first (enter, ctrl+n).", severity="warning")
            return
        if fresh:  # the session was reloaded from disk: the kept forms show it anew
            for kept in self._part_screens.values():
                kept.show_session()
        screen = self.make_part(part)
        if screen is None:
            return
        from followup.tui.screens.sessions import SessionsScreen

        # Close modal layers (help, preview, dialogs) above the session's part.
        while len(self.app.screen_stack) > 2 and not self._is_part(self.app.screen):
            self.app.pop_screen()
        current = getattr(self.app.screen, "SESSION_PART", None)
        if current == part and (not fresh or screen is self.app.screen):
            return
        self._previous_part = current
        if isinstance(self.app.screen, SessionsScreen):
            self.app.push_screen(screen)
        else:
            self.app.switch_screen(screen)

    def go_back(self) -> None:
        """Escape on setup or roster: back to the part the user came from, or to the sessions list."""
        previous = self._previous_part
        if previous and self.workspace is not None and (previous != "editor" or self.workspace.session.interviewers):
            self.show_part(previous)
            self._previous_part = None
        else:
            self.close_session()

    def _drop_parts(self) -> None:
        """Forget the kept setup and roster screens (another session, or the file was reloaded)."""
        for screen in self._part_screens.values():
            self.app.uninstall_screen(screen)
            if screen not in self.app.screen_stack:
                screen.remove()
        self._part_screens.clear()

    def _is_part(self, screen: Screen) -> bool:
        return getattr(screen, "SESSION_PART", None) is not None

    def make_part(self, part: str) -> Screen | None:
        assert self.workspace is not None
        if part in ("setup", "roster"):
            # Kept while the session is open: building these forms costs more than showing them again.
            cached = self._part_screens.get(part)
            if cached is not None:
                return cached
            form: SetupScreen | RosterScreen
            if part == "setup":
                from followup.tui.screens.setup import SetupScreen

                form = SetupScreen(self.workspace)
            else:
                from followup.tui.screens.roster import RosterScreen

                form = RosterScreen(self.workspace)
            self._part_counter += 1
            self.app.install_screen(form, f"{part}-{self._part_counter}")
            self._part_screens[part] = form
            return form
        if not self.workspace.session.interviewers:
            self.app.notify("Add an interviewer first (F3).", severity="warning")
            return None
        from followup.tui.screens.editor import EditorScreen

        screen = EditorScreen(self.workspace)
        screen.SESSION_PART = "editor"
        return screen


def app_of(node: DOMNode) -> FollowupApp:
    """The running FollowupApp of `node`, typed, for screens that only ever run in it (sessions, setup, roster)."""
    app = followup_app(node)
    if app is None:
        raise TypeError(f"{type(node).__name__} runs only inside FollowupApp")
    return app
