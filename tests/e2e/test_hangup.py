"""Hang-ups (issue 15 #2): the ssh connection closes at random moments, in every state the app can be in.

Each round starts `followup PATH` over ssh in a tmux window, sometimes types, sometimes opens help or
gets a conflict (the file changed behind its back), then closes the window (tmux kills the ssh client:
the connection drops and the app gets SIGHUP). After each round no app process is left, and every word
that was on screen is in the session file or in a recovery copy beside it that the next start names.
"""

from __future__ import annotations

import os
import random
import re
import shlex
import time
from pathlib import Path

import pytest

from followup.core.store import load
from tests.e2e.conftest import FOLLOWUP, POLL, Home, Sshd, Tmux, WaitTimeout, processes_with, write_session

pytestmark = pytest.mark.e2e

ROUNDS = int(os.environ.get("E2E_HANGUPS", "50"))
#: The app must be gone this soon after the connection drops (s); the promise is 2 s.
GONE_WITHIN = 2.0
READY = "Draft 1 of 1: Dana Rivera"
TOKEN = re.compile(r"\bh\d{2}w\d{2}\b")


def _text_of(path: Path) -> str:
    session = load(path)  # raises on a partial or broken file
    return "\n".join(text for i in session.interviewers for text in i.draft.sections().values())


def _screen(tmux: Tmux, window: str) -> str:
    return tmux("capture-pane", "-p", "-t", window, check=False)


def _wait_screen(tmux: Tmux, window: str, text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = _screen(tmux, window)
        if text in screen:
            return screen
        time.sleep(POLL)
    raise WaitTimeout(f"never saw {text!r}:\n{_screen(tmux, window)}")


def test_hang_ups_at_random_moments_leave_no_process_and_lose_no_text(
    sshd: Sshd, tmux: Tmux, home: Home, tmp_path: Path
) -> None:
    seed = int(os.environ.get("E2E_HANGUP_SEED", "0")) or random.randrange(1, 10**6)
    rng = random.Random(seed)
    note = f"(E2E_HANGUP_SEED={seed} replays the same choices)"
    home.sessions.mkdir(parents=True)
    path = write_session(home.sessions / "hangup.toml", "Northwind")
    remote = "exec env -i " + " ".join(f"{k}={shlex.quote(v)}" for k, v in home.env("xterm-256color").items())
    remote += f" {shlex.quote(str(FOLLOWUP))} {shlex.quote(str(path))}"
    command = " ".join(shlex.quote(a) for a in sshd.argv(remote))
    tmux("new-session", "-d", "-s", "hangup", "-x", "100", "-y", "30", "sleep 86400")
    seen_total: set[str] = set()
    states: dict[str, int] = {}
    began = time.monotonic()
    try:
        for r in range(ROUNDS):
            window = tmux("new-window", "-P", "-F", "#{pane_id}", "-t", "=hangup:", command).strip()
            state = rng.choice(["starting", "typing", "typing", "help", "conflict"])
            typed: list[str] = []
            if state == "starting":
                time.sleep(rng.uniform(0.0, 1.2))
            else:
                _wait_screen(tmux, window, READY)
                for w in range(rng.randint(1, 4)):
                    token = f"h{r:02d}w{w:02d}"
                    tmux("send-keys", "-t", window, "-l", f" {token}")
                    typed.append(token)
                _wait_screen(tmux, window, typed[-1])  # on screen: the app has it now
                if state == "help":
                    tmux("send-keys", "-t", window, "F1")
                    _wait_screen(tmux, window, "Keys")
                elif state == "conflict":
                    write_session(path, "Changed Elsewhere")  # another program saves the file
                    tmux("send-keys", "-t", window, "-l", " more")
                    _wait_screen(tmux, window, "changed by another program")
                time.sleep(rng.uniform(0.0, 0.4))
            states[state] = states.get(state, 0) + 1
            tmux("kill-window", "-t", window)  # the connection drops
            dropped = time.monotonic()
            while processes_with(home.marker) and time.monotonic() - dropped < 10:
                time.sleep(POLL)
            left = processes_with(home.marker)
            assert not left, f"round {r} ({state}): app processes outlived the connection: {left} {note}"
            took = time.monotonic() - dropped
            assert took < GONE_WITHIN + 0.5, f"round {r} ({state}): the app took {took:.1f} s to go {note}"
            # Every word on screen is in the session file or in a recovery copy beside it.
            kept = _text_of(path) + "".join(_text_of(p) for p in home.sessions.glob("hangup.unsaved-*.toml"))
            missing = [t for t in typed if t not in kept]
            assert not missing, f"round {r} ({state}): typed and shown, then lost on hang-up: {missing} {note}"
            seen_total.update(typed)
            if state == "conflict":
                assert load(path).interview.company == "Changed Elsewhere", f"round {r}: theirs was overwritten"
                write_session(path, "Northwind")  # the next round starts from a plain session
            names = [p.name for p in home.sessions.iterdir() if p.name.startswith(".")]
            assert not names, f"round {r}: temp files left: {names}"
    finally:
        tmux("kill-session", "-t", "=hangup", check=False)
    assert seen_total, "nothing was typed: the test exercised nothing"
    print(f"\n{ROUNDS} hang-ups in {time.monotonic() - began:.0f} s: {states}; {len(seen_total)} words kept")


def test_a_crash_exits_1_and_names_a_log_without_personal_data(tmux: Tmux, home: Home) -> None:
    home.sessions.mkdir(parents=True)
    path = write_session(home.sessions / "crash.toml", "Northwind")
    # A bug stands in for any crash: F1 raises inside the app.
    script = (
        "import sys; from followup.tui.app import FollowupApp; from followup.tui.cli import main; "
        "FollowupApp.action_help = lambda self: 1 / 0; sys.exit(main([sys.argv[1]]))"
    )
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in home.env("xterm-256color").items())
    python = FOLLOWUP.parent / "python"
    command = f"env -i {env} {shlex.quote(str(python))} -c {shlex.quote(script)} {shlex.quote(str(path))}; echo EXIT=$?; sleep 60"
    tmux("new-session", "-d", "-s", "crash", "-x", "100", "-y", "30", command)
    try:
        _wait_screen(tmux, "=crash:", READY)
        tmux("send-keys", "-t", "=crash:", "F1")
        screen = _wait_screen(tmux, "=crash:", "EXIT=")
    finally:
        tmux("kill-session", "-t", "=crash", check=False)
    assert "EXIT=1" in screen, screen
    log = home.root / "home" / "cache" / "crash.log"
    assert f"stopped on an internal error; the details are in {log}" in screen.replace("\n", ""), screen
    for private in ("Alex Kim", "alex.kim@example.com", "555 0100", "Traceback"):
        assert private not in screen, f"{private!r} reached the screen:\n{screen}"
    assert "ZeroDivisionError" in log.read_text()
    assert log.stat().st_mode & 0o077 == 0, "the log is private"
