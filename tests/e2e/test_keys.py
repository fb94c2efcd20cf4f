"""Keys over ssh: escape followed at once by a letter, ctrl+c and ctrl+z as Textual users expect them.

Driven through ssh in tmux; each test checks what the screen shows and what is on disk.
"""

from __future__ import annotations

import time

import pytest

from tests.e2e.conftest import Home, Launcher, write_session

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("gap", [0.04, 0.0], ids=["letter-40ms-later", "same-packet"])
def test_escape_then_letter_is_not_alt_letter(launcher: Launcher, home: Home, gap: float) -> None:
    """On the sessions list escape clears the filter; a letter typed right after starts a new filter."""
    write_session(home.sessions / "northwind.toml", "Northwind Analytics")
    write_session(home.sessions / "contoso.toml", "Contoso Retail", hours_ago=30)
    pane = launcher.pane(100, 30)
    run = launcher.followup(pane, home, "xterm-256color")
    pane.wait_for("Contoso Retail")
    pane.type_text("zz")
    pane.wait_for("No session matches")
    if gap:
        pane.send_keys("Escape")
        time.sleep(gap)  # a fast typist: well inside Textual's 100 ms escape delay
        pane.type_text("n")
    else:
        pane.send_keys("Escape", "n")  # both bytes in one packet, as ssh may batch them
    # Read correctly: the filter is "n" (matches Northwind, not Contoso). Misread as alt+n: still "zz".
    screen = pane.wait_until(lambda s: "No session matches" not in s, timeout=3,
                             what="escape to clear the filter (if it stays, escape+n was read as alt+n)")
    assert "Northwind Analytics" in screen and "Contoso Retail" not in screen, (
        "escape then n should clear the filter and start a new one with 'n':\n" + screen
    )
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
