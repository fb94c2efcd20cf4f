"""Editing over ssh: $EDITOR hand-off, copy to the clipboard (OSC 52), resizing mid-edit, ctrl+c / ctrl+z.

Each test opens a saved session over ssh in tmux, drives it with keys, and checks the screen and the file.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.e2e.conftest import Home, Launcher, Pane, Run
from tests.e2e.test_flows import _two_drafts, go_to_end_of_field, load, sidebar_text, wait_score_change

pytestmark = pytest.mark.e2e


def _open(launcher: Launcher, home: Home, cols: int = 100, rows: int = 30, **env: str) -> tuple[Pane, Run, Path]:
    """A session with two drafts, opened straight into the editor (gratitude focused), app idle."""
    path = _two_drafts(home.sessions / "northwind.toml")
    pane = launcher.pane(cols, rows)
    run = launcher.followup(pane, home, "xterm-256color", str(path), **env)
    pane.wait_for("Draft 1 of 2: Dana Rivera")
    pane.wait_until(sidebar_text, what="a score in the sidebar")
    home.idle()
    return pane, run, path


def _script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def test_external_editor_text_comes_back_and_is_scored(launcher: Launcher, home: Home) -> None:
    received = home.root / "received.txt"
    editor = _script(
        home.root / "fake-editor.sh",
        f'cp "$1" {received}\n'
        "printf 'Our talk about the billing pipeline stayed with me, Dana. Rewritten in my editor.\\n' > \"$1\"\n",
    )
    pane, run, path = _open(launcher, home, EDITOR=str(editor))
    before = sidebar_text(pane.capture())
    pane.send_keys("C-g")  # editor.external: the focused section (gratitude) in $EDITOR
    pane.wait_for("Rewritten in my editor.")
    assert "walking me" not in pane.capture(), "the old text should be replaced, not kept beside the new"
    wait_score_change(pane, before)  # no thanks for their time any more: the sidebar says so
    assert received.read_text().strip() == "Thank you for the time today and for walking me through the billing pipeline."
    home.idle()
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    assert load(path).interviewers[0].draft.gratitude == (
        "Our talk about the billing pipeline stayed with me, Dana. Rewritten in my editor."
    )


@pytest.mark.parametrize("case", ["missing", "fails"])
def test_external_editor_trouble_gives_a_message(launcher: Launcher, home: Home, case: str) -> None:
    if case == "missing":
        editor, message = "/nonexistent/editor", "not found"
    else:
        editor, message = str(_script(home.root / "bad-editor.sh", 'echo garbage > "$1"\nexit 3\n')), "status 3"
    pane, run, path = _open(launcher, home, EDITOR=editor)
    pane.send_keys("C-g")
    pane.wait_for(message)
    home.idle()
    go_to_end_of_field(pane, home)
    pane.type_text(" Still here.")  # the app kept working
    pane.wait_for("Still here.")
    home.idle()
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    gratitude = load(path).interviewers[0].draft.gratitude
    assert gratitude.endswith("billing pipeline. Still here."), gratitude
    assert "garbage" not in gratitude


def test_copy_email_reaches_the_terminal_clipboard(launcher: Launcher, home: Home) -> None:
    pane, run, path = _open(launcher, home)
    pane.tmux("delete-buffer", check=False)
    pane.send_keys("F5")
    pane.wait_for("Export to")
    home.idle()
    pane.send_keys("C-y")  # the body: OSC 52 through ssh; tmux (set-clipboard on) keeps it as a buffer
    pane.wait_for("Body sent to the terminal's clipboard")
    buffer = pane.tmux("show-buffer", check=False)
    assert "Dear Dana," in buffer and "walking me through the billing pipeline." in buffer, f"tmux buffer: {buffer!r}"
    assert "Subject:" not in buffer  # the body is what goes into a mail client's message area
    pane.tmux("delete-buffer", check=False)
    pane.send_keys("F9")  # the whole email, with To and Subject
    pane.wait_until(lambda s: "sent to the terminal's clipboard" in s and "Body sent" not in s, 15, "the email copied")
    buffer = pane.tmux("show-buffer", check=False)
    assert "Thank you - Alex Kim - Senior Data Analyst interview" in buffer, f"tmux buffer: {buffer!r}"
    assert "Dear Dana," in buffer
    pane.send_keys("Escape")
    pane.wait_for("Draft 1 of 2")
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)


def test_resize_mid_edit_keeps_working(launcher: Launcher, home: Home) -> None:
    pane, run, path = _open(launcher, home)
    go_to_end_of_field(pane, home)
    pane.type_text(" First part.")
    pane.wait_for("First part.")
    for cols, rows, words in ((60, 20, " Second part."), (120, 40, " Third part."), (80, 24, " Fourth part.")):
        pane.resize(cols, rows)
        assert pane.size() == (cols, rows)
        pane.wait_until(lambda s: max(len(line) for line in s.splitlines()) <= cols and "Draft 1 of 2" in s, 15,
                        f"a redraw at {cols}x{rows}")
        home.idle()
        pane.type_text(words)
        pane.wait_for(words.strip())
    home.idle()
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    assert load(path).interviewers[0].draft.gratitude.endswith(
        "billing pipeline. First part. Second part. Third part. Fourth part."
    )


def test_ctrl_c_and_ctrl_z_lose_nothing(launcher: Launcher, home: Home) -> None:
    """In Textual 8.2.8 ctrl+c copies in a text field (elsewhere it shows "press ctrl+q to quit") and
    ctrl+z undoes (ctrl+y redoes); no suspend binding by default. Neither quits, suspends or breaks the
    terminal, and nothing typed is lost. Over ssh both reach the app as keys (raw mode, no signals)."""
    pane, run, path = _open(launcher, home)
    go_to_end_of_field(pane, home)
    pane.type_text(" Alpha.")
    pane.wait_for("Alpha.")
    home.idle()
    pane.send_keys("C-c")
    home.idle()
    pane.type_text(" Beta.")  # still running, still typing into the same field
    pane.wait_for("Beta.")
    home.idle()
    pane.send_keys("C-z")  # undo
    pane.wait_gone("Beta.")
    home.idle()
    pane.send_keys("C-y")  # redo
    pane.wait_for("Beta.")
    home.idle()
    pane.send_keys("F3")  # the roster's list: outside a text field ctrl+c only says how to quit
    pane.wait_for("Roster")
    home.idle()
    pane.send_keys("C-z", "C-c")
    pane.wait_for("ctrl+q to quit")
    home.idle()
    assert "Sam Okafor" in pane.capture() and pane.flags().split()[0] == "1", "the app left its screen"
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    assert load(path).interviewers[0].draft.gratitude.endswith("billing pipeline. Alpha. Beta.")
