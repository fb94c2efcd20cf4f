"""SIGTERM (issue 15): `kill PID`, a shutdown or a service manager tells the running app to stop.

The app runs as a real process in a tmux pane; the test types into it, sends SIGTERM to its pid the moment
the words are on screen, and checks what docs/reliability.md promises: the typed text is kept (in the
session file, exit status 0; or, when the session file may not take it, in a recovery copy beside it,
exit status 1 and one line naming the copy), and the process is gone within 2 s.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import time
from pathlib import Path

import pytest

from followup.core.store import load
from tests.e2e.conftest import FOLLOWUP, POLL, Home, Tmux, WaitTimeout, write_session

pytestmark = pytest.mark.e2e

#: The app must be gone this soon after SIGTERM (s): the promise.
GONE_WITHIN = 2.0
READY = "Draft 1 of 1: Dana Rivera"
DIALOG = "changed by another program"
ROUNDS = 3


def _text_of(path: Path) -> str:
    session = load(path)  # raises on a partial or broken file
    return "\n".join(text for i in session.interviewers for text in i.draft.sections().values())


class App:
    """followup PATH in its own tmux session, started through a shell that records its pid and, once it
    ends, prints its exit status (EXIT=n)."""

    def __init__(self, tmux: Tmux, home: Home, path: Path, name: str) -> None:
        self.tmux, self.target = tmux, f"={name}:"
        self.pidfile = home.root / f"{name}.pid"
        inner = f"echo $$ > {shlex.quote(str(self.pidfile))}; exec {shlex.quote(str(FOLLOWUP))} {shlex.quote(str(path))}"
        env = " ".join(f"{k}={shlex.quote(v)}" for k, v in home.env("xterm-256color").items())
        command = f"env -i {env} sh -c {shlex.quote(inner)}; echo EXIT=$?; sleep 86400"
        tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
        self.pid = self._read_pid()

    def _read_pid(self, timeout: float = 15.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                text = self.pidfile.read_text().strip()
                if text:
                    return int(text)
            except OSError:
                pass
            time.sleep(POLL)
        raise WaitTimeout("the app did not start (no pid file)")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.target, check=False)

    def wait_for(self, text: str | re.Pattern[str], timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if (text.search(screen) if isinstance(text, re.Pattern) else text in screen):
                return screen
            time.sleep(POLL)
        raise WaitTimeout(f"never saw {text!r}:\n{self.screen()}")

    def type(self, words: str) -> None:
        self.tmux("send-keys", "-t", self.target, "-l", words)

    def put_off_the_conflict(self) -> None:
        """Escape ("decide later") until the conflict dialog is gone: it ignores keys for a moment after it
        opens, so one escape may not be enough; each is given a second to take effect."""
        for _ in range(10):
            self.tmux("send-keys", "-t", self.target, "Escape")
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:
                if DIALOG not in self.screen():
                    return
                time.sleep(POLL)
        raise WaitTimeout(f"the conflict dialog did not close on escape:\n{self.screen()}")

    def alive(self) -> bool:
        try:
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state not in ("Z", "X")  # a zombie has ended; its shell reaps it

    def terminate(self) -> float:
        """SIGTERM, then the seconds until the process is gone (at most 10 s are waited)."""
        sent = time.monotonic()
        os.kill(self.pid, signal.SIGTERM)
        while self.alive() and time.monotonic() - sent < 10:
            time.sleep(0.005)
        return time.monotonic() - sent

    def exit_status(self) -> tuple[int, str]:
        screen = self.wait_for(re.compile(r"EXIT=\d+"), timeout=10)
        return int(re.search(r"EXIT=(\d+)", screen).group(1)), screen

    def close(self) -> None:
        self.tmux("kill-session", "-t", self.target, check=False)


def test_sigterm_while_typing_saves_the_text_and_exits_0_within_2_s(tmux: Tmux, home: Home) -> None:
    home.sessions.mkdir(parents=True)
    path = write_session(home.sessions / "term.toml", "Northwind")
    kept_by_the_signal = 0  # rounds in which the words reached the file only after SIGTERM
    for r in range(ROUNDS):
        app = App(tmux, home, path, f"term{r}")
        try:
            app.wait_for(READY)
            words = [f"t{r}w{w}" for w in range(3)]
            app.type(" " + " ".join(words))
            app.wait_for(words[-1])  # on screen: the app has every word now
            before = _text_of(path)  # autosave waits for a pause in typing: usually not on disk yet
            took = app.terminate()
            status, screen = app.exit_status()
        finally:
            app.close()
        assert took < GONE_WITHIN, f"round {r}: the app took {took:.2f} s to end after SIGTERM"
        text = _text_of(path)
        missing = [w for w in words if w not in text]
        assert not missing, f"round {r}: typed and shown, then lost on SIGTERM: {missing}\n{screen}"
        assert status == 0, f"round {r}: the session file took the text, yet the exit status is {status}\n{screen}"
        assert not list(home.sessions.glob("term.unsaved-*.toml")), f"round {r}: a recovery copy was not needed"
        assert not [p.name for p in home.sessions.iterdir() if p.name.startswith(".")], f"round {r}: temp files left"
        kept_by_the_signal += not all(w in before for w in words)
    # Otherwise autosave saved every word before the signal each time and the handler was never tested.
    assert kept_by_the_signal, f"in all {ROUNDS} rounds autosave had saved the words before SIGTERM arrived"


def test_sigterm_with_a_conflict_put_off_keeps_both_texts_and_exits_1(tmux: Tmux, home: Home) -> None:
    home.sessions.mkdir(parents=True)
    path = write_session(home.sessions / "clash.toml", "Northwind")
    words = ["c1w1", "c1w2", "c1w3", "c1w4"]
    app = App(tmux, home, path, "clash")
    try:
        app.wait_for(READY)
        app.type(" c1w1 c1w2")
        app.wait_for("c1w2")
        write_session(path, "Changed Elsewhere")  # another program saves the file meanwhile
        app.type(" c1w3")
        app.wait_for(DIALOG)  # the next save found the change: the conflict dialog is up
        app.put_off_the_conflict()
        app.type(" c1w4")
        screen = app.wait_for("c1w4")
        assert " ".join(words) in screen, f"not every word is on screen:\n{screen}"
        took = app.terminate()
        status, screen = app.exit_status()
    finally:
        app.close()
    assert took < GONE_WITHIN, f"the app took {took:.2f} s to end after SIGTERM"
    assert load(path).interview.company == "Changed Elsewhere", "the other program's save was overwritten"
    copies = sorted(home.sessions.glob("clash.unsaved-*.toml"))
    assert len(copies) == 1, f"expected one recovery copy, found {[p.name for p in copies]}\n{screen}"
    missing = [w for w in words if w not in _text_of(copies[0])]
    assert not missing, f"typed and shown, then lost on SIGTERM: {missing}"
    assert status == 1, f"the session file could not take the text, yet the exit status is {status}\n{screen}"
    assert copies[0].name in screen.replace("\n", ""), f"the recovery copy is not named:\n{screen}"
