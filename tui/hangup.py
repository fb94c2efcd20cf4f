"""Losing the terminal, being told to stop, being suspended, crashing: the text is kept, the process ends.

- SIGHUP (the ssh connection drops, tmux kill-session) and SIGTERM, in any state (starting, a dialog up, a
  save failing, a conflict put off): what is on screen goes to the session file, or, when that is not
  allowed or fails, to a recovery copy `<stem>.unsaved-<stamp>.toml` beside it (then in the sessions
  folder, then the home folder) that the next start names. The process is gone within 2 s whatever Textual
  is doing (a watchdog ends it); the exit status is 1 when the session file could not take the text.
- SIGTSTP (suspend): pending text is saved before the process stops.
- A crash: exit status 1 and one short line naming a log file; the details (which can hold the user's
  text) go to that file, never to the screen.
"""

from __future__ import annotations

import asyncio
import errno
import io
import os
import signal
import sys
import termios
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from followup.tui.app import FollowupApp

#: The process is gone this long after a hang-up at the latest (s), even if the app cannot close itself.
GONE_WITHIN = 1.6
HANG_UPS = (signal.SIGHUP, signal.SIGTERM)


class HangUp:
    """Signal handling for one running app. `hard`: end the process itself if the app does not close in
    time (the real command; never inside a test run)."""

    def __init__(self, app: FollowupApp, places: list[Path], *, hard: bool = False) -> None:
        self.app = app
        self.places = places
        self.hard = hard
        self.status = 0
        self.message = ""
        self.stopping = False
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        """Catch SIGHUP and SIGTERM from now on (before the app starts, so start-up is covered too)."""
        try:
            for sig in HANG_UPS:
                self._previous[sig] = signal.signal(sig, self._hang_up)
        except ValueError:  # not the main thread (an app run inside another program): nothing caught
            pass

    def catch_suspend(self) -> None:
        """Once the terminal driver has put its own SIGTSTP handler in place: save first, then suspend."""
        previous = signal.getsignal(signal.SIGTSTP)
        if not callable(previous):
            return  # no driver that suspends (tests, a headless run): nothing to wrap
        self._previous[signal.SIGTSTP] = previous

        def suspend(signum, frame) -> None:
            self.app.flush()
            previous(signum, frame)

        signal.signal(signal.SIGTSTP, suspend)

    def uninstall(self) -> None:
        for sig, previous in self._previous.items():
            try:
                signal.signal(sig, previous)
            except (TypeError, ValueError):
                pass
        self._previous.clear()

    def _hang_up(self, signum, frame) -> None:
        if self.stopping:
            return  # a second signal: the first is being handled
        self.stopping = True
        done = threading.Event()
        if self.hard:
            threading.Thread(target=self._end_anyway, args=(done,), daemon=True).start()
        try:
            self.status, self.message = self.app.keeper.rescue(self.places)
        except Exception as exc:  # never let a hang-up end without trying to stop
            self.status, self.message = 1, f"followup: could not save on hang-up: {exc}"
        done.set()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None:
            loop.call_soon_threadsafe(self.app.exit, self.status)
        elif self.hard:
            self._leave()  # before the app's loop runs (or after it ended): nothing on screen to restore

    def _end_anyway(self, rescued: threading.Event) -> None:
        """The watchdog: once the text is safe (or GONE_WITHIN has passed), the process ends."""
        rescued.wait(GONE_WITHIN - 0.3)
        if not rescued.is_set():
            self.status, self.message = 1, self.message or "followup: stopped before the text could be saved"
        threading.Event().wait(0.3)  # a moment for the app to close and restore the terminal itself
        self._leave()

    def _leave(self) -> None:
        self.tell()
        os._exit(self.status)

    def tell(self) -> None:
        """Print the one line about unsaved text, if any (the terminal may be gone: never fails)."""
        if self.message:
            try:
                print(self.message, file=sys.stderr, flush=True)
            except (OSError, ValueError):
                pass
            self.message = ""


def terminal_gone(*streams: Any) -> str:
    """Why the app cannot run on these streams ("" when it can). A terminal hung up before this process
    began (ssh dropped mid-start) reads as end of file forever and never sends SIGHUP: the app would spin
    on it for good."""
    for stream in streams:
        try:
            termios.tcgetattr(stream.fileno())
        except termios.error as exc:
            if exc.args and exc.args[0] == errno.EIO:
                return "followup: the terminal hung up before the editor could start"
            return _NO_TERMINAL
        except (AttributeError, ValueError, io.UnsupportedOperation):
            return _NO_TERMINAL
    return ""


_NO_TERMINAL = "followup: the editor needs a terminal; followup check and followup export work without one"


class CrashLog(io.TextIOBase):
    """Where the details of a crash go: a private file, opened only if something is written to it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: io.TextIOBase | None = None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._file is None:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._file = io.open(fd, "a", encoding="utf-8")
        return self._file.write(text)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    @property
    def written(self) -> bool:
        return self._file is not None


def crash_log(environ: Mapping[str, str]) -> CrashLog:
    """The crash log of this user: `crash.log` in followup's cache folder."""
    from followup.core.config import default_cache_dir

    return CrashLog(default_cache_dir(environ) / "crash.log")


def unsaved_copies(folder: Path) -> list[str]:
    """One line per recovery copy in `folder` newer than its session: what the next start tells the user."""
    lines = []
    try:
        copies = sorted(folder.glob("*.unsaved-*.toml"))
    except OSError:
        return []
    for copy in copies:
        session = copy.with_name(copy.name.split(".unsaved-", 1)[0] + ".toml")
        try:
            if session.exists() and session.stat().st_mtime > copy.stat().st_mtime:
                continue  # saved since: the copy is history
        except OSError:
            continue
        lines.append(
            f"followup was cut off before {session.name} could be saved; that text is in {copy.name}. "
            "Open it from the list to keep it."
        )
    return lines
