"""Autosave as a state machine: when the open session is written, and what happened when it was.

States: idle (the file holds what is on screen), dirty (edits wait for a pause in typing), saving (a write
runs in a worker), failed (the disk refused: retried every few seconds), conflict (someone else changed
the file: nothing is written until the user chooses). No Textual and no wall clock here: the app calls
`edited`, asks `due` on a timer, runs `write` in a worker thread and hands the result to `finished`;
tests drive it with a fake clock and a fake writer.

Save cost does not grow with typing: however many keys arrive, at most one write runs at a time and the
next one starts once typing pauses (`pause`) or `max_wait` after the first unsaved edit, with everything
typed meanwhile. `behind` says how long the oldest unsaved edit has waited, so the status never says
"saved" while the file is behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from followup.core import store
from followup.core.model import Session

#: Save once typing pauses this long (s), or at the latest this long after the first unsaved edit.
SAVE_PAUSE = 0.3
SAVE_MAX_WAIT = 0.7
#: After a failed save, try again this often (s).
RETRY_EVERY = 3.0
#: How long a hang-up waits for a save already running before writing a recovery copy instead (s).
HANG_UP_WAIT = 0.8


class State(Enum):
    IDLE = "idle"
    DIRTY = "dirty"
    SAVING = "saving"
    FAILED = "failed"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Saved:
    """The session is in `path` (fingerprint of the bytes written)."""

    path: Path
    fingerprint: str


@dataclass(frozen=True)
class Failed:
    """The disk refused the write; `reason` is one line for the user."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Conflict:
    """`path` changed on disk since we last read or wrote it: nothing was written."""

    path: Path


SaveResult = Saved | Failed | Conflict


@dataclass(frozen=True)
class Job:
    """One write: where, whether to check the fingerprint first, and how many edits it carries."""

    path: Path
    edits: int
    check: bool = True


#: store.save's shape: (session, path, expected fingerprint or None) -> the new fingerprint.
Writer = Callable[[Session, Path, "str | None"], str]


def reason_of(exc: BaseException) -> str:
    """One line for the user about why a write failed."""
    if isinstance(exc, OSError):
        text = exc.strerror or str(exc)
        if exc.filename:
            text = f"{text} ({exc.filename})"
        return text
    return str(exc) or type(exc).__name__


class Autosave:
    """The save state of one open session file."""

    def __init__(
        self,
        path: Path,
        fingerprint: str | None,
        *,
        clock: Callable[[], float],
        writer: Writer | None = None,
        pause: float | None = None,
        max_wait: float | None = None,
        retry_every: float | None = None,
    ) -> None:
        self.path = Path(path)
        #: SHA-256 of the bytes last read from or written to `path`; None: no file yet.
        self.fingerprint = fingerprint
        self.clock = clock
        #: None: core.store.save, looked up at each write.
        self.writer = writer
        self.pause = SAVE_PAUSE if pause is None else pause
        self.max_wait = SAVE_MAX_WAIT if max_wait is None else max_wait
        self.retry_every = RETRY_EVERY if retry_every is None else retry_every
        self.state = State.IDLE
        #: Why the last write failed (state FAILED), for the status line.
        self.reason = ""
        #: The user put the conflict off ("decide later"): nothing is written until asked again.
        self.put_off = False
        self._edits = 0
        self._saved_edits = 0
        self._first_unsaved = 0.0
        self._last_edit = 0.0
        self._next_retry = 0.0
        self._lock = threading.Lock()

    def _writer(self) -> Writer:
        return self.writer or store.save

    # ------------------------------------------------------------ questions

    @property
    def unsaved(self) -> bool:
        """True when the file lacks something that is on screen (or the file is not ours to write now)."""
        return self._edits != self._saved_edits or self.state in (State.FAILED, State.CONFLICT)

    def behind(self) -> float:
        """Seconds since the oldest edit the file lacks (0 when it has them all)."""
        if self._edits == self._saved_edits:
            return 0.0
        return max(0.0, self.clock() - self._first_unsaved)

    def due(self) -> bool:
        """Should a background save start now?"""
        now = self.clock()
        if self.state is State.DIRTY:
            return now - self._last_edit >= self.pause or now - self._first_unsaved >= self.max_wait
        if self.state is State.FAILED:
            return now >= self._next_retry
        return False

    # -------------------------------------------------------------- events

    def edited(self) -> None:
        """The session changed in memory (one cheap call per edit, on the keystroke path)."""
        now = self.clock()
        if self._edits == self._saved_edits:
            self._first_unsaved = now
        self._edits += 1
        self._last_edit = now
        if self.state is State.IDLE:
            self.state = State.DIRTY

    def begin(self) -> Job:
        """A background save starts: the job to hand to `write` in a worker, then to `finished`."""
        self.state = State.SAVING
        return Job(self.path, self._edits)

    def write(self, job: Job, session: Session) -> SaveResult:
        """Write `session` as `job` says (any thread; one writer at a time, so the fingerprint is always
        that of our last write). Never raises for disk trouble or a conflict: the result says."""
        with self._lock:
            return self._write_locked(job, session)

    def _write_locked(self, job: Job, session: Session) -> SaveResult:
        expected = (self.fingerprint or store.NEW_FILE) if job.check else None
        try:
            fingerprint = self._writer()(session, job.path, expected)
        except store.ConflictError:
            return Conflict(job.path)
        except Exception as exc:  # OSError, and anything else a broken disk or file system raises
            return Failed(job.path, reason_of(exc))
        if job.path == self.path:
            self.fingerprint = fingerprint
        return Saved(job.path, fingerprint)

    def finished(self, job: Job, result: SaveResult) -> SaveResult:
        """Take in a write's result (on the app's side); returns it for the caller to show."""
        if job.path != self.path:
            return result  # the session moved meanwhile (save elsewhere, a copy): that write is history
        if isinstance(result, Saved):
            self._saved_edits = max(self._saved_edits, job.edits)
            if self._edits != self._saved_edits:
                self._first_unsaved = self.clock()  # what came after the snapshot: its own clock
            self.reason = ""
            if self.state is not State.CONFLICT:
                self.state = State.DIRTY if self._edits != self._saved_edits else State.IDLE
        elif isinstance(result, Conflict):
            self.state = State.CONFLICT
            self.put_off = False
        else:
            if self.state is not State.CONFLICT:
                self.state = State.FAILED
            self.reason = result.reason
            self._next_retry = self.clock() + self.retry_every
        return result

    def save_now(self, session: Session) -> SaveResult:
        """Write in the foreground (ctrl+s, leaving the session, quitting): checked against the file."""
        if self.state is State.CONFLICT:
            return Conflict(self.path)
        job = Job(self.path, self._edits)
        return self.finished(job, self.write(job, session))

    # ------------------------------------------------------------ conflicts

    def keep_mine(self, session: Session) -> SaveResult:
        """Conflict answered "keep mine": overwrite the file with what is on screen."""
        job = Job(self.path, self._edits, check=False)
        self.state = State.SAVING
        return self.finished(job, self.write(job, session))

    def take_theirs(self, fingerprint: str) -> None:
        """Conflict answered "take theirs": the file as read (with `fingerprint`) is now what is on screen."""
        self.fingerprint = fingerprint
        self._saved_edits = self._edits
        self.state = State.IDLE
        self.reason = ""
        self.put_off = False

    def put_off_conflict(self) -> None:
        """Conflict answered "decide later": saving stays paused until the user asks again (ctrl+s)."""
        self.put_off = True

    def save_as(self, session: Session, target: Path, *, exclusive: bool = False) -> SaveResult:
        """Write the session to `target` and go on there ("save elsewhere", "save mine as a copy").

        `exclusive`: the file must not exist yet (a copy never replaces another file: Conflict if it does).
        On success the session lives at `target`: autosave goes on there, from a clean state.
        """
        job = Job(Path(target), self._edits, check=exclusive)
        with self._lock:
            expected = store.NEW_FILE if exclusive else None
            try:
                fingerprint = self._writer()(session, job.path, expected)
            except store.ConflictError:
                return Conflict(job.path)
            except Exception as exc:
                return Failed(job.path, reason_of(exc))
            self.path = job.path
            self.fingerprint = fingerprint
        self._saved_edits = job.edits
        self.state = State.DIRTY if self._edits != self._saved_edits else State.IDLE
        self.reason = ""
        self.put_off = False
        return Saved(job.path, fingerprint)

    def save_copy(self, session: Session, stamp: str) -> SaveResult:
        """Conflict answered "save mine as a copy": `<stem>.mine-<stamp>.toml` beside the file (`-2`, `-3`
        when taken; created exclusively, never over another copy); editing and autosave go on in the copy."""
        stem = self.path.name[: -len(".toml")] if self.path.name.endswith(".toml") else self.path.name
        for n in range(1, 100):
            suffix = f".mine-{stamp}" + ("" if n == 1 else f"-{n}")
            result = self.save_as(session, self.path.with_name(f"{stem}{suffix}.toml"), exclusive=True)
            if not isinstance(result, Conflict):
                return result
        return Failed(self.path, "no free name for a copy")

    # ------------------------------------------------------------- hang-up

    def rescue(self, session: Session, stamp: str, places: list[Path]) -> SaveResult:
        """The terminal is gone or the app is told to stop: put what is on screen somewhere safe, now.

        The session file when that is allowed and works; otherwise a recovery copy
        `<stem>.unsaved-<stamp>.toml` in the first of `places` that takes it (the next start names it).
        Saved(path) tells where the text went; Failed when nowhere would take it.
        """
        if not self._lock.acquire(timeout=HANG_UP_WAIT):
            locked = False  # a write is stuck (a hung disk): do not wait for it, write the copy elsewhere
        else:
            locked = True
        try:
            if locked and not self.unsaved:
                return Saved(self.path, self.fingerprint or "")
            if locked and self.state is not State.CONFLICT:
                result = self._write_locked(Job(self.path, self._edits), session)
                if isinstance(result, Saved):
                    self._saved_edits = self._edits
                    self.state = State.IDLE
                    return result
            stem = self.path.name[: -len(".toml")] if self.path.name.endswith(".toml") else self.path.name
            last: SaveResult = Failed(self.path, "nowhere to write")
            for folder in places:
                for n in range(1, 20):
                    target = folder / (f"{stem}.unsaved-{stamp}" + ("" if n == 1 else f"-{n}") + ".toml")
                    try:
                        fingerprint = self._writer()(session, target, store.NEW_FILE)
                    except store.ConflictError:
                        continue
                    except Exception as exc:
                        last = Failed(target, reason_of(exc))
                        break
                    return Saved(target, fingerprint)
            return last
        finally:
            if locked:
                self._lock.release()
