"""Fixtures for end-to-end tests: a private sshd on loopback, a private tmux server, panes to drive.

Tests run followup through `ssh -tt` inside a tmux pane, press keys only with `tmux send-keys`
and read only with `tmux capture-pane`, exactly as a user at a terminal would (see shared/E2E-NOTES.md).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
FOLLOWUP = VENV_BIN / "followup"
PYTHON = Path(sys.executable)
MINIMAL_APP = Path(__file__).resolve().parent / "minimal_app.py"

#: (TERM, columns, rows) every flow runs with (issue 4).
TERMS = [("xterm-256color", 100, 30), ("xterm-256color", 80, 24), ("linux", 80, 24)]
POLL = 0.02  # seconds between two looks at the pane
PROMPT = re.compile(r"^\$\s*$", re.M)  # the bare shell prompt (capture-pane trims trailing blanks)

#: Time from typing the ssh command to the first frame, per program; printed at the end of the run.
FIRST_FRAME: dict[str, list[float]] = {}


# --------------------------------------------------------------------------- sshd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(argv: list[str], **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, **kw)


@dataclass
class Sshd:
    """A private sshd on 127.0.0.1 with its own config, host key, client key and PidFile."""

    root: Path
    port: int = 0
    user: str = field(default_factory=getpass.getuser)
    proc: subprocess.Popen | None = None

    @property
    def key(self) -> Path:
        return self.root / "client_ed25519"

    @property
    def pidfile(self) -> Path:
        return self.root / "sshd.pid"

    def start(self) -> None:
        sshd = Path("/usr/sbin/sshd")
        for tool in ("ssh", "ssh-keygen"):
            if shutil.which(tool) is None:
                pytest.skip(f"e2e: `{tool}` is not installed (apt-get install openssh-server openssh-client)")
        if not sshd.exists():
            pytest.skip("e2e: /usr/sbin/sshd is not installed (apt-get install openssh-server)")
        self.root.mkdir(parents=True, exist_ok=True)
        for name in ("host_ed25519", "client_ed25519"):
            r = _run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(self.root / name)])
            if r.returncode:
                pytest.skip(f"e2e: ssh-keygen failed: {r.stderr.strip()}")
        (self.root / "authorized_keys").write_text((self.root / "client_ed25519.pub").read_text())
        os.chmod(self.root / "authorized_keys", 0o600)
        self.port = _free_port()
        config = self.root / "sshd_config"
        config.write_text(
            "\n".join(
                [
                    f"Port {self.port}",
                    "ListenAddress 127.0.0.1",
                    f"HostKey {self.root / 'host_ed25519'}",
                    f"AuthorizedKeysFile {self.root / 'authorized_keys'}",
                    f"PidFile {self.pidfile}",
                    "UsePAM no",
                    "PasswordAuthentication no",
                    "KbdInteractiveAuthentication no",
                    "PubkeyAuthentication yes",
                    "PermitRootLogin prohibit-password",
                    "PrintMotd no",
                    "PrintLastLog no",
                    "StrictModes no",
                    # Hermetic sessions: the login user's own start-up files stay out of it. bash reads ~/.bashrc
                    # for a command run by sshd only at shell level 1; this machine's runs `pyenv init`, whose
                    # rehash waits up to 60 s on a lock left by a session cut off mid-login (as the hang-up test
                    # does on purpose), which stalled every later login.
                    "SetEnv SHLVL=1",
                    "PermitUserRC no",
                    "",
                ]
            )
        )
        log = open(self.root / "sshd.log", "w")
        argv = [str(sshd), "-D", "-e", "-f", str(config)]
        if os.geteuid() == 0:
            # A private mount namespace gives sshd its /run/sshd and empty login records
            # without touching the host (E2E-NOTES); fall back to creating /run/sshd.
            wrapped = [
                "unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount -t tmpfs tmpfs /run && mkdir -m 755 /run/sshd && mount -t tmpfs tmpfs /var/log"
                " && touch /run/utmp /var/log/lastlog /var/log/wtmp && exec \"$@\"",
                "sh", *argv,
            ]
            probe = _run(["unshare", "-m", "--propagation", "private", "true"])
            if probe.returncode == 0 and shutil.which("unshare"):
                argv = wrapped
            else:
                Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.skip(f"e2e: sshd exited at start: {(self.root / 'sshd.log').read_text()[-800:]}")
            if self.pidfile.exists():
                try:
                    with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                        break
                except OSError:
                    pass
            time.sleep(POLL)
        else:
            self.stop()
            pytest.skip(f"e2e: sshd did not come up: {(self.root / 'sshd.log').read_text()[-800:]}")
        r = _run(self.argv("true", tty=False), timeout=20)
        if r.returncode != 0:
            self.stop()
            pytest.skip(f"e2e: cannot log in to the private sshd: {r.stderr.strip()[-400:]}")

    def argv(self, remote_command: str, *, tty: bool = True) -> list[str]:
        """The ssh client command line a user would type, running `remote_command` on the far side."""
        return [
            "ssh", "-F", "/dev/null", *(["-tt"] if tty else ["-T"]), "-p", str(self.port), "-i", str(self.key),
            "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10",
            f"{self.user}@127.0.0.1", remote_command,
        ]

    def stop(self) -> None:
        """Stop sshd by the pid in its PidFile (never by name)."""
        pid = None
        try:
            pid = int(self.pidfile.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pid = self.proc.pid if self.proc is not None else None
        if pid is not None:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        if self.proc is not None:
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@pytest.fixture(scope="session")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sshd]:
    server = Sshd(tmp_path_factory.mktemp("sshd"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


# --------------------------------------------------------------------------- tmux


class Tmux:
    """A tmux server on a private socket, kept alive by an idle anchor session."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "tmux.sock"
        self.home = root / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        self._count = 0

    def __call__(self, *args: str, check: bool = True) -> str:
        r = _run(["tmux", "-S", str(self.socket), *args])
        if check and r.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {r.stderr.strip()}")
        return r.stdout

    def start(self) -> None:
        if shutil.which("tmux") is None:
            pytest.skip("e2e: tmux is not installed (apt-get install tmux)")
        self("-f", "/dev/null", "new-session", "-d", "-s", "anchor", "-x", "40", "-y", "10", "sleep 86400")
        # Applications may set the clipboard with OSC 52; tmux keeps it as a paste buffer.
        self("set-option", "-s", "set-clipboard", "on")
        self("set-option", "-g", "history-limit", "5000")

    def stop(self) -> None:
        self("kill-server", check=False)

    def pane(self, cols: int, rows: int, *, env: Mapping[str, str] | None = None) -> "Pane":
        """A new detached session of a fixed size running a plain bash, as a user's terminal."""
        self._count += 1
        name = f"t{self._count}"
        base = {
            "HOME": str(self.home),
            "PATH": "/usr/bin:/bin",
            "TERM": "tmux-256color",
            "LANG": "C.UTF-8",
            "PS1": "$ ",
        }
        base.update(env or {})
        shell = "env -i " + " ".join(f"{k}={shlex.quote(v)}" for k, v in base.items()) + " bash --norc --noprofile"
        self("new-session", "-d", "-s", name, "-x", str(cols), "-y", str(rows), shell)
        pane = Pane(self, name)
        pane.wait_for(PROMPT, timeout=10)
        return pane


@pytest.fixture(scope="session")
def tmux(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tmux]:
    server = Tmux(tmp_path_factory.mktemp("tmux"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


class WaitTimeout(AssertionError):
    pass


class Pane:
    """One tmux session = one user terminal. Drive with keys, read the screen as text."""

    def __init__(self, tmux: Tmux, name: str) -> None:
        self.tmux = tmux
        self.name = name
        self.target = f"={name}:"

    # keys
    def send_keys(self, *keys: str) -> None:
        """Press named keys (tmux names: Escape, Enter, Tab, BTab, C-s, F2, Up, ...)."""
        self.tmux("send-keys", "-t", self.target, *keys)

    def type_text(self, text: str) -> None:
        """Type literal text (no key names); newlines are pressed as Enter."""
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if part:
                self.tmux("send-keys", "-t", self.target, "-l", part)
            if i < len(parts) - 1:
                self.send_keys("Enter")

    # screen
    def capture(self, *, ansi: bool = False, history: int = 0) -> str:
        """The screen as text (with `history`, that many lines of scrollback above it too)."""
        extra = ["-S", str(-history)] if history else []
        return self.tmux("capture-pane", "-p", *(["-e"] if ansi else []), *extra, "-t", self.target)

    def display(self, fmt: str) -> str:
        return self.tmux("display-message", "-p", "-t", self.target, fmt).strip()

    def flags(self) -> str:
        """alternate screen, cursor visible, keypad mode, mouse: "0 1 0 0" at a clean shell prompt."""
        return self.display("#{alternate_on} #{cursor_flag} #{keypad_flag} #{mouse_any_flag}")

    def size(self) -> tuple[int, int]:
        w, h = self.display("#{pane_width} #{pane_height}").split()
        return int(w), int(h)

    def cursor(self) -> tuple[int, int]:
        """The (hidden) terminal cursor. Textual puts it at the focused field's cursor, but in the wrong
        row once a scrolling container has scrolled (seen at 60x20): do not judge focus by it."""
        x, y = self.display("#{cursor_x} #{cursor_y}").split()
        return int(x), int(y)

    def resize(self, cols: int, rows: int) -> None:
        self.tmux("resize-window", "-t", self.target, "-x", str(cols), "-y", str(rows))

    def wait_until(self, predicate: Callable[[str], object], timeout: float = 15.0, what: str = "") -> str:
        """Poll the screen every 20 ms until `predicate(screen)` is true; return that screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while True:
            screen = self.capture()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise WaitTimeout(f"waited {timeout:.0f} s for {what or predicate!r}; the screen shows:\n{screen}")
            time.sleep(POLL)

    def wait_for(self, text: str | re.Pattern[str], timeout: float = 15.0) -> str:
        """Wait until `text` (a string or a compiled regex) is on the screen."""
        if isinstance(text, re.Pattern):
            return self.wait_until(lambda s: text.search(s), timeout, f"/{text.pattern}/")
        return self.wait_until(lambda s: text in s, timeout, repr(text))

    def wait_gone(self, text: str, timeout: float = 10.0) -> str:
        return self.wait_until(lambda s: text not in s, timeout, f"{text!r} to go away")

    def wait_first_frame(self, timeout: float = 20.0) -> str:
        """Wait until a full-screen app has drawn something on the alternate screen."""
        deadline = time.monotonic() + timeout
        while True:
            if self.display("#{alternate_on}") == "1":
                screen = self.capture()
                if screen.strip():
                    return screen
            if time.monotonic() > deadline:
                raise WaitTimeout(f"no first frame within {timeout:.0f} s; the screen shows:\n{self.capture()}")
            time.sleep(POLL)

    def kill(self) -> None:
        self.tmux("kill-session", "-t", self.target, check=False)


# --------------------------------------------------------------------------- the user's side


def processes_with(marker: str) -> list[int]:
    """Pids whose command line or environment holds `marker` (the app gets its marker via env)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            blob = (entry / "cmdline").read_bytes() + b"\0" + (entry / "environ").read_bytes()
        except OSError:
            continue
        if marker.encode() in blob:
            pids.append(int(entry.name))
    return pids


def _cpu_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime
        except (OSError, IndexError, ValueError):
            pass
    return total


def wait_idle(marker: str | list[int], window: float = 0.1, timeout: float = 8.0) -> None:
    """Wait until the app (every process carrying `marker`) is idle: at most one clock tick
    (10 ms) of CPU over `window` seconds (its timers and cursor blink cost less than that).

    An idle app has handled every key sent so far. Needed before typing after navigation keys:
    right after a screen opens the app is busy, and Textual runs bound keys (End, Tab, backspace)
    after plain characters that arrived later in the same burst, so text would land in the wrong place.
    """
    deadline = time.monotonic() + timeout
    pids = processes_with(marker) if isinstance(marker, str) else marker
    samples = [(time.monotonic(), _cpu_ticks(pids))]
    while time.monotonic() < deadline:
        time.sleep(POLL)
        now = time.monotonic()
        samples.append((now, _cpu_ticks(pids)))
        old = [s for s in samples if now - s[0] >= window]
        if old and samples[-1][1] - old[-1][1] <= 1:
            return
    raise WaitTimeout(f"the app never went idle within {timeout:.0f} s")


@dataclass
class Home:
    """A private FOLLOWUP_HOME / FOLLOWUP_CONFIG for one test; its path carries a unique marker."""

    root: Path
    marker: str

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def sessions(self) -> Path:
        return self.home / "sessions"

    @property
    def config(self) -> Path:
        return self.root / "config" / "config.toml"

    def env(self, term: str, **extra: str) -> dict[str, str]:
        env = {
            "FOLLOWUP_HOME": str(self.home),
            "FOLLOWUP_CONFIG": str(self.config),
            "TERM": term,
            "LANG": "C.UTF-8",
            "HOME": str(self.root),
            "PATH": "/usr/bin:/bin",
        }
        env.update(extra)
        return env

    def idle(self) -> None:
        """Wait until this test's app has handled every key sent so far (see wait_idle)."""
        wait_idle(self.marker)

    def session_files(self) -> list[Path]:
        return sorted(self.sessions.glob("*.toml")) if self.sessions.exists() else []


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Home]:
    marker = f"fu-e2e-{uuid.uuid4().hex[:12]}"
    root = tmp_path / marker
    root.mkdir()
    yield Home(root, marker)
    # A test that failed may leave an app behind; it must not load the machine for the tests after it.
    for pid in processes_with(marker):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@dataclass
class Term:
    name: str
    cols: int
    rows: int

    @property
    def id(self) -> str:
        return f"{self.name}-{self.cols}x{self.rows}"


@pytest.fixture(params=TERMS, ids=[f"{t}-{c}x{r}" for t, c, r in TERMS])
def term(request: pytest.FixtureRequest) -> Term:
    return Term(*request.param)


class Run:
    """One launch of a program over ssh in a pane, followed by the clean-exit checks."""

    def __init__(self, pane: Pane, sshd: Sshd, folder: Path, remote_argv: list[str], env: Mapping[str, str]):
        self.pane = pane
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        remote = "exec env -i " + " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        remote += " " + " ".join(shlex.quote(a) for a in remote_argv)
        script = folder / "launch.sh"
        script.write_text("exec " + " ".join(shlex.quote(a) for a in sshd.argv(remote)) + "\n")
        self.flags_before = pane.flags()
        pane.type_text(f"clear; stty -g > {folder}/stty.before; printf 'PRE%sLAUNCH\\n' -")
        pane.send_keys("Enter")
        pane.wait_for("PRE-LAUNCH")
        pane.type_text(f"sh {script}; echo EXIT=$?; stty -g > {folder}/stty.after")
        self.started = time.monotonic()
        pane.send_keys("Enter")

    def first_frame(self, timeout: float = 20.0) -> float:
        """Seconds from pressing Enter on the ssh command to the app's first frame."""
        self.pane.wait_first_frame(timeout)
        return time.monotonic() - self.started

    def exit_status(self, timeout: float = 15.0) -> int:
        screen = self.pane.wait_for(re.compile(r"EXIT=\d+"), timeout)
        return int(re.search(r"EXIT=(\d+)", screen).group(1))

    def assert_clean_exit(self, marker: str | None, timeout: float = 15.0) -> str:
        """ssh exits 0, no app process left, primary screen back, pane modes reset, stty unchanged."""
        status = self.exit_status(timeout)
        after = self.folder / "stty.after"
        deadline = time.monotonic() + 5
        while not (after.exists() and after.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(POLL)
        screen = self.pane.capture()
        assert status == 0, f"ssh exited with {status}; the screen shows:\n{screen}{crash_logs(screen)}"
        if marker:
            deadline = time.monotonic() + 5
            while processes_with(marker) and time.monotonic() < deadline:
                time.sleep(POLL)
            assert processes_with(marker) == [], "an app process outlived the ssh session"
        # A resize may push the top lines into tmux's scrollback: look there too.
        assert "PRE-LAUNCH" in self.pane.capture(history=200), (
            f"the text printed before launch is gone (primary screen not back):\n{screen}"
        )
        flags = self.pane.flags()
        assert flags.split()[0] == "0", "still on the alternate screen"
        assert flags == self.flags_before, f"pane modes (alt cursor keypad mouse) were {self.flags_before!r}, now {flags!r}"
        assert after.read_text() == (self.folder / "stty.before").read_text(), "stty settings changed"
        return screen


def crash_logs(screen: str) -> str:
    """The crash log a failed run names on screen, so a CI failure shows its traceback."""
    joined = "".join(line.rstrip() for line in screen.splitlines())
    found = re.search(r"details are in (/\S+?crash\.log)", joined)
    if not found or not Path(found.group(1)).exists():
        return ""
    return f"\n--- {found.group(1)} ---\n{Path(found.group(1)).read_text()[-6000:]}"


@dataclass
class Launcher:
    """Starts followup (or any program) over ssh in a fresh pane of the wanted size."""

    sshd: Sshd
    tmux: Tmux
    tmp_path: Path
    panes: list[Pane] = field(default_factory=list)
    count: int = 0

    def pane(self, cols: int, rows: int) -> Pane:
        pane = self.tmux.pane(cols, rows)
        self.panes.append(pane)
        return pane

    def run(self, pane: Pane, remote_argv: list[str], env: Mapping[str, str]) -> Run:
        self.count += 1
        return Run(pane, self.sshd, self.tmp_path / f"run{self.count}", remote_argv, env)

    def followup(self, pane: Pane, home: Home, term: str, *args: str, **env: str) -> Run:
        return self.run(pane, [str(FOLLOWUP), *args], home.env(term, **env))

    def close(self) -> None:
        for pane in self.panes:
            pane.kill()


@pytest.fixture
def launcher(sshd: Sshd, tmux: Tmux, tmp_path: Path) -> Iterator[Launcher]:
    launch = Launcher(sshd, tmux, tmp_path)
    try:
        yield launch
    finally:
        launch.close()


def record_first_frame(program: str, seconds: float) -> None:
    FIRST_FRAME.setdefault(program, []).append(seconds)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    if not FIRST_FRAME:
        return
    terminalreporter.section("time from the ssh command to the first frame (median)")
    base = statistics.median(FIRST_FRAME["minimal Textual app"]) if "minimal Textual app" in FIRST_FRAME else None
    for program, times in FIRST_FRAME.items():
        median = statistics.median(times)
        shown = ", ".join(f"{t:.2f}" for t in times)
        extra = f"  {median - base:+.2f} s vs minimal" if base is not None and program != "minimal Textual app" else ""
        terminalreporter.write_line(f"{program:<28} {median:5.2f} s{extra:<22} (runs: {shown})")


# --------------------------------------------------------------------------- session files


def write_session(
    path: Path,
    company: str,
    role: str = "Data Analyst",
    interviewers: Mapping[str, Mapping[str, str]] | None = None,
    *,
    hours_ago: float = 2.0,
    section: str = "gratitude",
) -> Path:
    """Save a valid session (through core.store, as the app would) with the given drafts: tests.builders'
    e2e_session (an interview that started `hours_ago`, drafts {name: {section: text}}, open on `section`)."""
    from tests.builders import e2e_session, save

    return save(e2e_session(company, role, interviewers, hours_ago=hours_ago, section=section), path)
