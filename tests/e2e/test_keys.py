"""Keys over ssh: escape followed at once by a letter, ctrl+c and ctrl+z as Textual users expect them.

Driven through ssh in tmux; each test checks what the screen shows and what is on disk.
"""

from __future__ import annotations

import time
from pathlib import Path

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
    # Wait for the final list: escape shows every session for a moment before "n" filters them.
    screen = pane.wait_until(
        lambda s: "No session matches" not in s and "Contoso Retail" not in s,
        what="escape to clear the filter. It stayed: escape+n was read as alt+n (Textual waits ESCDELAY=100 ms "
        "for the rest of a sequence and takes ESC+letter as alt+letter). Fix in the app: treat an unbound "
        "alt+<printable> key as escape followed by that key (and/or start with a shorter ESCDELAY)",
    )
    assert "Northwind Analytics" in screen and "Contoso Retail" not in screen, (
        "escape then n should clear the filter and start a new one with 'n':\n" + screen
    )
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)


# Keys typed in one burst (a fast typist, a paste without bracketed paste, ssh delivering a lagging
# connection's keys at once) must be applied in order. Textual 8.2.8 inserts printable characters in
# the focused widget's own handler, but runs bound keys (backspace, End, arrows) only after the key has
# bubbled up to the App through every ancestor's message queue, so a bound key can act AFTER characters
# typed later: "wrk" + 3 x backspace + "work, Sam." becomes "wrkwork, S". followup's SectionField runs
# its own keys at once. (A bare TextArea shows the reordering when the burst arrives in one read, which
# depends on timing, so it is not asserted here: tests/e2e/textarea_app.py reproduces it by hand.)


def test_key_burst_keeps_order(launcher: Launcher, home: Home) -> None:
    """In a draft section, a typo fixed in one quick burst comes out right."""
    from tests.e2e.test_flows import _two_drafts, load

    path = _two_drafts(home.sessions / "northwind.toml")
    pane = launcher.pane(100, 30)
    run = launcher.followup(pane, home, "xterm-256color", str(path))
    pane.wait_for("Draft 1 of 2: Dana Rivera")
    home.idle()
    pane.send_keys("Down", "Down", "Down", "Down", "End")  # no waiting from here on: one burst
    pane.type_text(" I enjoyed the wrk")
    pane.send_keys("BSpace", "BSpace", "BSpace")
    pane.type_text("talk, Dana.")
    pane.wait_for("Dana.")
    home.idle()
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    gratitude = load(path).interviewers[0].draft.gratitude
    assert gratitude.endswith("billing pipeline. I enjoyed the talk, Dana."), gratitude


def test_typing_right_after_adding_a_person_lands_in_their_name(launcher: Launcher, home: Home) -> None:
    """ctrl+n on the roster, then the name at once: the name must not be lost (typeahead)."""
    from tests.e2e.test_flows import _two_drafts, load

    path = _two_drafts(home.sessions / "northwind.toml")
    pane = launcher.pane(100, 30)
    run = launcher.followup(pane, home, "xterm-256color", str(path))
    pane.wait_for("Draft 1 of 2")
    home.idle()
    pane.send_keys("F3")
    pane.wait_for("Roster")
    home.idle()
    pane.send_keys("C-n")
    pane.type_text("Lee Chen")  # no pause: a user who knows the key types straight on
    pane.wait_for("3 interviewers")
    home.idle()
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    names = [i.name for i in load(path).interviewers]
    assert names == ["Dana Rivera", "Sam Okafor", "Lee Chen"], f"the name typed right after ctrl+n went astray: {names}"


def test_typing_as_soon_as_a_draft_opens_lands_in_the_restored_section(launcher: Launcher, home: Home) -> None:
    """The session remembers the gratitude section; text typed the moment the draft shows goes there."""
    from tests.e2e.test_flows import _two_drafts, load

    path = _two_drafts(home.sessions / "northwind.toml")
    pane = launcher.pane(100, 30)
    run = launcher.followup(pane, home, "xterm-256color")
    pane.wait_for("Northw")
    home.idle()
    pane.send_keys("Enter")
    pane.wait_for("Draft 1 of 2")
    pane.type_text("Typed at once. ")
    pane.wait_for("Typed at once.")
    home.idle()
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    draft = load(path).interviewers[0].draft
    assert draft.gratitude.startswith("Typed at once. "), (
        f"typed text went elsewhere: subject={draft.subject!r} gratitude={draft.gratitude!r}"
    )


def test_key_burst_keeps_order_in_a_form_field(launcher: Launcher, home: Home) -> None:
    """The same in a one-line field of the setup form: a typo fixed in one burst comes out right."""
    from tests.e2e.test_flows import _two_drafts, load

    path = _two_drafts(home.sessions / "northwind.toml")
    pane = launcher.pane(100, 30)
    run = launcher.followup(pane, home, "xterm-256color", str(path))
    pane.wait_for("Draft 1 of 2")
    home.idle()
    pane.send_keys("F2")
    pane.wait_for("Interview setup")
    home.idle()  # the candidate's name field has the focus
    pane.send_keys("End")
    pane.type_text(" Jnr")
    pane.send_keys("BSpace", "BSpace", "BSpace")
    pane.type_text("Junior")
    home.idle()
    line = next((l for l in pane.capture().splitlines() if "Full name" in l), "")
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    name = load(path).candidate.name
    assert name == "Alex Kim Junior", (
        f"typed End, ' Jnr', 3 x backspace, 'Junior' in one burst; got {name!r} (screen: {line.strip()!r}). "
        "Input fields run backspace/End as bindings after later letters: give the form Inputs the "
        "SectionField treatment (run their own bindings in on_key)"
    )
