"""What is due: every unsent draft across the sessions folder and the sessions opened from elsewhere.

Used by `followup due` (a tmux status line, a cron job) and kept fed by the app and `followup new`, which
remember each session opened by path in a small recent-files list (one absolute path a line, newest first).
Files on that list that have since gone are skipped quietly. `now` is always passed in.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import SessionError
from .model import Session
from .timing import Deadline, deadline, short_span

#: How many recently opened files are remembered.
RECENT_LIMIT = 50

#: The demo session `followup --demo` writes into the sessions folder (tui.screens.editor.DEMO_FILE): not a
#: real interview, so never due (it would be overdue forever, and `due` in a status line red for good).
DEMO_NAME = "demo-panel.toml"


# --------------------------------------------------------------------------- the recent-files list


def read_recent(listing: Path) -> list[Path]:
    """The remembered session paths, newest first; a missing or unreadable list is empty."""
    try:
        text = Path(listing).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [Path(line) for line in text.splitlines() if line.strip() and os.path.isabs(line)]


def remember(listing: Path, session_path: Path) -> None:
    """Put `session_path` first on the list (once; at most RECENT_LIMIT entries). Written atomically, 0600."""
    from .store import atomic_write

    path = Path(os.path.abspath(session_path))
    known = read_recent(listing)
    if known[:1] == [path]:
        return  # first already: nothing to write
    entries = [path] + [p for p in known if p != path]
    atomic_write(listing, "".join(f"{p}\n" for p in entries[:RECENT_LIMIT]).encode("utf-8"))


def is_demo(path: Path, sessions_dir: Path) -> bool:
    """`path` is the demo session `followup --demo` keeps in the sessions folder."""
    path = Path(path)
    if path.name != DEMO_NAME:
        return False
    try:
        return os.path.realpath(path.parent) == os.path.realpath(sessions_dir)
    except OSError:
        return False


def session_files(sessions_dir: Path, recent: Iterable[Path], *, demo: bool = False) -> list[Path]:
    """The sessions, for the sessions list and `followup due` alike (one rule, so the two never disagree): the
    `*.toml` files in the folder, by name, then the remembered ones that still exist; each file once.

    A hidden file (".name.toml": an editor's or a sync tool's) is never a session. The demo session is left
    out unless `demo`: the list shows it (to open it again, or delete it to start afresh), `due` does not
    (it is no real interview: it would be overdue for good)."""
    found: list[Path] = []
    seen: set[str] = set()
    try:
        own = sorted(p for p in Path(sessions_dir).glob("*.toml")
                     if not p.name.startswith(".") and (demo or not is_demo(p, sessions_dir)))
    except OSError:
        own = []
    for path in [*own, *recent]:
        try:
            if not path.is_file():
                continue
            key = os.path.realpath(path)
        except OSError:
            continue
        if key not in seen:
            seen.add(key)
            found.append(path)
    return found


# --------------------------------------------------------------------------- what is due


@dataclass(frozen=True)
class Due:
    file: Path
    company: str
    role: str
    interviewer: str
    index: int
    deadline: Deadline

    @property
    def overdue(self) -> bool:
        return self.deadline.state == "overdue"


def due_drafts(sessions: Iterable[tuple[Path, Session]], now: datetime) -> list[Due]:
    """Every unsent draft with a 24-hour deadline (not after a rejection), soonest first."""
    items = [
        Due(path, session.interview.company, session.interview.role, person.name, index, state)
        for path, session in sessions
        for index, person in enumerate(session.interviewers)
        if (state := deadline(session, person.draft, now)).state in ("open", "soon", "overdue")
    ]
    return sorted(items, key=lambda item: (item.deadline.remaining, str(item.file), item.index))


def load_all(paths: Iterable[Path]) -> tuple[list[tuple[Path, Session]], list[str]]:
    """The sessions that load, and one line for each file that does not."""
    from .store import load

    sessions, problems = [], []
    for path in paths:
        try:
            sessions.append((path, load(path)))
        except SessionError as exc:
            problems.append(str(exc))
    return sessions, problems


def short_line(items: list[Due]) -> str:
    """"2 due · 5 h" (how many, and the time left on the soonest); "1 overdue · 3 due"; "nothing due"."""
    if not items:
        return "nothing due"
    overdue = sum(1 for item in items if item.overdue)
    if overdue:
        return f"{overdue} overdue · {len(items)} due"
    return f"{len(items)} due · {short_span(items[0].deadline.remaining)}"
