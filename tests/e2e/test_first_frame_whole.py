"""The editor's first frame is drawn whole, in a real pseudo-terminal: the title line comes with the fields.

Textual draws a screen pushed while the app mounts inside its start-up batch and drops that frame; only what
changed after it was drawn next (some of the fields), and the rows that did not change (the title line above
the sections) came two frames later. A whole frame is drawn from the top row down, so in the terminal's bytes
the title line comes before the first field; a partial frame draws fields with no title line before them.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time

import pytest

from tests.e2e.conftest import FOLLOWUP, Home, write_session

pytestmark = pytest.mark.e2e

#: Colours, styles and cursor moves: what remains is the text drawn, in the order it was drawn.
CONTROL = re.compile(r"\x1b\[[0-9;?>$]*[A-Za-z~]|\x1b\][^\x07]*\x07")
TITLE = "Draft 1 of 2: Dana Rivera"
FIELDS = ["Subject", "Greeting", "Gratitude", "Interest and fit", "Clarification (optional)", "Closing", "Sign-off"]


def drawn_until(master: int, wanted: str, process: subprocess.Popen, limit: float = 60.0) -> str:
    """The text drawn on the terminal until `wanted` has been drawn (control sequences left out).

    `limit` only keeps a broken build from hanging the suite; the wait itself is on the program's output."""
    data = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        text = CONTROL.sub("", data.decode("utf-8", "replace"))
        if wanted in text:
            return text
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data += os.read(master, 65536)
            except OSError:
                break
    raise AssertionError(f"{wanted!r} was never drawn; the terminal got:\n{data[-2000:]!r}")


def test_the_title_line_is_drawn_with_the_fields_not_frames_later(home: Home) -> None:
    path = write_session(
        home.sessions / "acme.toml",
        "Acme",
        interviewers={
            "Dana Rivera": {"gratitude": "Thank you for the conversation about the billing pipeline. " * 4},
            "Sam Okafor": {"gratitude": "Thank you for your time today."},
        },
        section="gratitude",
    )
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [str(FOLLOWUP), str(path)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=home.env("xterm-256color"),
        start_new_session=True,
    )
    os.close(slave)
    try:
        drawn = drawn_until(master, "Sign-off", process)
    finally:
        process.kill()
        process.wait()
        os.close(master)
    first_field = min(drawn.index(f" {name} ─") for name in FIELDS if f" {name} ─" in drawn)
    assert TITLE in drawn[:first_field], f"a field was drawn before the title line: {drawn[:first_field + 80]!r}"
