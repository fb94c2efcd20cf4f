"""A pseudo-terminal harness for the start and memory benchmarks: spawn, read frames, peak memory.

Used by benchmarks/start.py and benchmarks/memory.py; it runs a program in a fixed-size pty and keeps a
small screen model (cursor moves, erases, text) so a script can wait for text to be on screen.
"""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)
COLUMNS, ROWS = 100, 30
#: How a user starts followup: the installed script beside this Python, else the package as a module.
_SCRIPT = PYTHON.parent / "followup"
FOLLOWUP = [str(_SCRIPT)] if _SCRIPT.exists() else [str(PYTHON), "-m", "followup.tui"]


def followup_from(tree: Path | None, scratch: Path) -> tuple[list[str], Path]:
    """How to start followup and the folder to start it in: this checkout's, or the source tree `tree` (`--tree`,
    an older checkout). A tree laid out as today (core/, tui/, themes/ installed as followup.*) runs through a
    `followup` package made in `scratch` whose parts link to the tree's folders; started there, it is found
    before the installed copy (the current folder comes first on sys.path). A tree from before that rename
    (top-level `core` and `tui` packages) runs as `python -m tui` in the tree itself."""
    if tree is None:
        return FOLLOWUP, ROOT
    tree = tree.resolve()
    main = tree / "tui" / "__main__.py"
    if not main.is_file():
        raise SystemExit(f"--tree: {tree} has no tui/__main__.py; is it a followup checkout?")
    if "followup." not in main.read_text(encoding="utf-8"):
        return [str(PYTHON), "-m", "tui"], tree
    package = scratch / "followup"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for part in ("core", "tui", "themes"):
        if (tree / part).is_dir():
            (package / part).symlink_to(tree / part, target_is_directory=True)
    return [str(PYTHON), "-m", "followup.tui"], scratch


#: A minimal Textual app, the yardstick: one Static (what the issue names), run exactly like followup.
MINIMAL_APP = """\
from textual.app import App
from textual.widgets import Static


class MinimalApp(App):
    def compose(self):
        yield Static("minimal app ready")


MinimalApp().run()
"""

_ESCAPE = re.compile(
    rb"\x1b\[([0-9;?<>=!$]*)([ -/]*)([@-~])"  # CSI: params, intermediates, final
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC ... BEL / ST
    rb"|\x1bP.*?\x1b\\"  # DCS ... ST
    rb"|\x1b[()][0-9A-Za-z]"  # charset designation
    rb"|\x1b[@-OQ-Z\\^_]",  # any other two-byte escape (not the start of CSI, OSC or DCS)
    re.S,
)


def _width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


class Screen:
    """Enough of a VT100 for Textual's output: CUP/CUx moves, EL/ED erases, text; styles ignored."""

    def __init__(self, columns: int = COLUMNS, rows: int = ROWS) -> None:
        self.columns, self.rows = columns, rows
        self.grid = [[" "] * columns for _ in range(rows)]
        self.x = self.y = 0
        self._pending = b""
        #: Rows that have had text written to them (blanks included): a full frame writes every row.
        self.touched: set[int] = set()

    def feed(self, data: bytes) -> None:
        data = self._pending + data
        self._pending = b""
        # Keep an escape sequence or a UTF-8 character cut at the end of this read for the next one.
        cut = data.rfind(b"\x1b")
        if cut != -1 and not _ESCAPE.match(data, cut) and len(data) - cut < 64:
            data, self._pending = data[:cut], data[cut:]
        position = 0
        for match in _ESCAPE.finditer(data):
            self._text(data[position : match.start()])
            if match.group(3) is not None:
                self._csi(match.group(1).decode("ascii", "replace"), match.group(3).decode("ascii"))
            position = match.end()
        tail = data[position:]
        for back in range(1, min(4, len(tail)) + 1):  # an incomplete UTF-8 character at the very end
            lead = tail[-back]
            if lead & 0xC0 == 0xC0:
                need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
                if need > back:
                    tail, self._pending = tail[:-back], tail[-back:] + self._pending
                break
            if lead & 0x80 == 0:
                break
        self._text(tail)

    def _text(self, raw: bytes) -> None:
        for char in raw.decode("utf-8", "replace"):
            if char == "\r":
                self.x = 0
            elif char == "\n":
                self.y = min(self.y + 1, self.rows - 1)
            elif char == "\b":
                self.x = max(self.x - 1, 0)
            elif char >= " ":
                width = _width(char)
                if width == 0:
                    continue
                if 0 <= self.y < self.rows and 0 <= self.x < self.columns:
                    self.touched.add(self.y)
                    self.grid[self.y][self.x] = char
                    if width == 2 and self.x + 1 < self.columns:
                        self.grid[self.y][self.x + 1] = ""
                self.x = min(self.x + width, self.columns)

    def _csi(self, params: str, final: str) -> None:
        if params.startswith(("?", ">", "<", "=")):
            return  # private modes and queries: nothing drawn
        numbers = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []

        def arg(i: int, default: int) -> int:
            return numbers[i] if i < len(numbers) and numbers[i] else default

        if final in "Hf":
            self.y, self.x = min(arg(0, 1), self.rows) - 1, min(arg(1, 1), self.columns) - 1
        elif final == "A":
            self.y = max(self.y - arg(0, 1), 0)
        elif final == "B":
            self.y = min(self.y + arg(0, 1), self.rows - 1)
        elif final == "C":
            self.x = min(self.x + arg(0, 1), self.columns)
        elif final == "D":
            self.x = max(self.x - arg(0, 1), 0)
        elif final == "G":
            self.x = min(arg(0, 1), self.columns) - 1
        elif final == "K":
            mode = arg(0, 0)
            row = self.grid[self.y]
            start, end = {0: (self.x, self.columns), 1: (0, self.x + 1), 2: (0, self.columns)}.get(mode, (0, 0))
            for i in range(start, min(end, self.columns)):
                row[i] = " "
        elif final == "J":
            mode = arg(0, 0)
            if mode in (2, 3):
                self.grid = [[" "] * self.columns for _ in range(self.rows)]

    @property
    def full(self) -> bool:
        """Every row has been drawn at least once (the first full frame is out)."""
        return len(self.touched) == self.rows

    def lines(self) -> list[str]:
        return ["".join(row).rstrip() for row in self.grid]

    def text(self) -> str:
        return "\n".join(self.lines())


class Term:
    """One program in a fresh pty of COLUMNS x ROWS; `started` is taken just before the spawn."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path | None = None) -> None:
        import fcntl
        import struct
        import termios

        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        self.screen = Screen()
        self.raw = bytearray()
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)

    @property
    def pid(self) -> int:
        return self.process.pid

    def read(self, timeout: float) -> bool:
        """Read what the program wrote within `timeout` s into the screen; False if nothing came."""
        ready, _, _ = select.select([self.master], [], [], max(timeout, 0))
        if not ready:
            return False
        try:
            data = os.read(self.master, 1 << 16)
        except OSError:  # the program exited and the pty closed
            data = b""
        if not data:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.process.args} exited ({self.process.returncode}):\n{self.screen.text()}")
            return False
        self.raw += data
        self.screen.feed(data)
        return True

    def wait_for(self, predicate, timeout: float = 30.0, what: str = "") -> float:
        """Read until predicate(screen) holds; the seconds since the spawn at that moment."""
        deadline = time.perf_counter() + timeout
        while True:
            if predicate(self.screen):
                return time.perf_counter() - self.started
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"waited {timeout:.0f} s for {what or predicate}; the screen shows:\n{self.screen.text()}")
            self.read(min(left, 0.05))

    def first_frame(self, marker: str, timeout: float = 30.0) -> float:
        """Seconds from the spawn until a full frame (every row drawn) shows `marker`."""
        return self.wait_for(lambda s: s.full and marker in s.text(), timeout, f"a full frame with {marker!r}")

    def drain(self, seconds: float) -> None:
        """Keep reading for `seconds` (the program never blocks on a full pty)."""
        deadline = time.perf_counter() + seconds
        while (left := deadline - time.perf_counter()) > 0:
            self.read(min(left, 0.05))

    def peak_rss_kib(self) -> int:
        """VmHWM of the program's process: its peak resident memory so far, in KiB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        raise RuntimeError("no VmHWM in /proc status")

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS in /proc status")

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)  # its own session: only what we started
            except ProcessLookupError:
                pass
        self.process.wait()
        os.close(self.master)

    def __enter__(self) -> "Term":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def clean_env(home: Path) -> dict[str, str]:
    """The environment of both programs: a private HOME and XDG folders, so the user's files are never touched."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "FOLLOWUP_CONFIG": str(home / "config" / "followup" / "config.toml"),
        "FOLLOWUP_HOME": str(home / "followup"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return env


def write_session(folder: Path, interviewers: int = 12, typo: bool = True) -> Path:
    """The 12-interviewer session the other benchmarks score (benchmarks/_sessions.py), saved in `folder`.

    With `typo`, the first draft holds one misspelt word, so the moment the dictionary is in use shows
    on screen (a spelling finding appears in the sidebar).
    """
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from _sessions import session_of
    except ImportError:  # older tree: the builder lived in score.py
        from score import session_of

    from tests.builders import save

    session = session_of(interviewers)
    if typo:
        draft = session.interviewers[0].draft
        draft.gratitude = draft.gratitude.replace("I really enjoyed", "I realy enjoyed", 1)
    return save(session, folder / "panel-12.toml")
