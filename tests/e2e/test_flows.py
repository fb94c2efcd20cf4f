"""The user's flows, over a real ssh connection in tmux (issue 4), in three terminals each.

(1) first launch: setup, roster with two interviewers, both drafts written, one marked sent, export, quit;
(2) reopen from the sessions list: the text and the cursor are where they were;
(3) a broken session file beside good ones: its error line shows, the good ones still open.
Every flow ends with the clean-exit checks (ssh status 0, no process left, terminal restored).
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import pytest

from tests.e2e.conftest import Home, Launcher, Pane, Term, write_session

pytestmark = pytest.mark.e2e


def load(path: Path):
    from followup.core.store import load as load_session

    return load_session(path)


def sidebar_text(screen: str) -> str:
    """The lines of the screen that carry the score: the findings counts and the score words."""
    cells = [cell.strip() for line in screen.splitlines() for cell in re.split(r"[│┃]", line)]
    return "\n".join(c for c in cells if re.search(r"Findings:|No findings|Score \d+|out of 100|ready to send|not ready", c))


def wait_score_change(pane: Pane, before: str, timeout: float = 12.0) -> str:
    return pane.wait_until(lambda s: sidebar_text(s) and sidebar_text(s) != before, timeout,
                           f"the sidebar to change from {before!r}")


def open_from_list(pane: Pane, query: str, expect: str) -> str:
    """Filter the sessions list by `query`, open the one row left with enter, wait for `expect`."""
    pane.type_text(query)
    pane.wait_until(lambda s: "1 of " in s, 15, f"the filter {query!r} to leave one session")
    pane.send_keys("Enter")
    return pane.wait_for(expect)


def go_to_end_of_field(pane: Pane, home: Home) -> None:
    """Move to the end of the focused field, then wait until the app has done it before typing on.

    Waiting matters: right after a screen opens the app may lag, and Textual runs bound keys
    (End, Down, Tab) after plain characters already queued for the field.
    """
    pane.send_keys("Down", "Down", "Down", "Down", "End")
    home.idle()


# ----------------------------------------------------------------------------- flow 1


def test_flow_first_session(launcher: Launcher, home: Home, term: Term) -> None:
    pane = launcher.pane(term.cols, term.rows)
    run = launcher.followup(pane, home, term.name)
    pane.wait_for("Interview setup")  # nothing saved yet: `followup` starts a new session
    home.idle()  # after each key that moves the focus (see go_to_end_of_field)
    for text, tabs in (("Alex Kim", 1), ("alex.kim@example.com", 2), ("Northwind Analytics", 1), ("Senior Data Analyst", 0)):
        pane.type_text(text)
        pane.wait_for(text)
        if tabs:
            pane.send_keys(*["Tab"] * tabs)
            home.idle()

    pane.send_keys("F3")
    pane.wait_for("ctrl+n to add")
    for name, topic in (("Dana Rivera", "billing pipeline migration"), ("Sam Okafor", "quarterly churn review")):
        home.idle()
        pane.send_keys("C-n")
        home.idle()
        pane.type_text(name)
        pane.wait_for(name)
        pane.send_keys("Tab", "Tab", "Tab")  # title, email, topics
        home.idle()
        pane.type_text(topic)
        pane.wait_for(topic)
    pane.wait_for("2 interviewers")

    pane.send_keys("F4")
    pane.wait_for("Draft 1 of 2: Dana Rivera")
    # Both drafts: a sentence in the gratitude section, naming what was discussed; the score reacts.
    for n, (who, topic) in enumerate((("Dana", "billing pipeline"), ("Sam", "churn review"))):
        if n:
            pane.send_keys("C-n")
            pane.wait_for("Draft 2 of 2: Sam Okafor")
        pane.wait_until(sidebar_text, what="a score in the sidebar")
        home.idle()
        before = sidebar_text(pane.capture())
        if not n:
            pane.send_keys("Tab", "Tab")  # subject -> greeting -> gratitude (the next draft keeps the section)
        go_to_end_of_field(pane, home)
        # A typo first: the sidebar flags it; fixing it brings the score back.
        pane.type_text(f" I enjoyed hearing how your team approached the {topic} wrk")
        pane.wait_for("wrk")
        flagged = wait_score_change(pane, before)
        pane.send_keys("BSpace", "BSpace", "BSpace")
        home.idle()
        pane.type_text(f"work, {who}.")
        pane.wait_for(f"{who}.")
        wait_score_change(pane, sidebar_text(flagged))
    pane.send_keys("C-t")  # mark Sam's draft sent
    pane.wait_for("✔ sent")

    pane.send_keys("F5")  # preview, then export every draft
    pane.wait_for("Export to")
    home.idle()
    pane.send_keys("C-l")
    pane.wait_for("Export anyway?")  # these quick drafts still have an error each: export asks first
    pane.send_keys("y")
    pane.wait_for("Exported 2")
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)

    files = home.session_files()
    assert len(files) == 1, f"expected one session file, found {files}"
    session = load(files[0])
    assert session.candidate.name == "Alex Kim"
    assert session.interview.company == "Northwind Analytics"
    assert [i.name for i in session.interviewers] == ["Dana Rivera", "Sam Okafor"]
    assert "billing pipeline work, Dana." in session.interviewers[0].draft.gratitude
    assert "churn review work, Sam." in session.interviewers[1].draft.gratitude
    assert session.interviewers[0].draft.sent is None and session.interviewers[1].draft.sent is not None
    exported = sorted(home.root.rglob("*.eml"))
    assert len(exported) == 2, f"export all should write two .eml files, found {exported}"
    bodies = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default).get_body().get_content()
              for p in exported]
    assert any("billing pipeline work, Dana." in body for body in bodies), "Dana's exported email lacks her draft"
    assert any("churn review work, Sam." in body for body in bodies), "Sam's exported email lacks his draft"


# ----------------------------------------------------------------------------- flow 2


def _two_drafts(path: Path) -> Path:
    return write_session(
        path, "Northwind Analytics", "Senior Data Analyst",
        {
            "Dana Rivera": {
                "subject": "Thank you - Alex Kim - Senior Data Analyst interview",
                "greeting": "Dear Dana,",
                "gratitude": "Thank you for the time today and for walking me through the billing pipeline.",
                "interest": "The migration plans made me even more eager to join the team.",
                "closing": "I look forward to hearing about the next steps.",
                "signoff": "Best regards,\nAlex Kim",
            },
            "Sam Okafor": {"greeting": "Dear Sam,", "gratitude": "Thank you for the churn review walk-through."},
        },
        section="gratitude",
    )


def _flow_reopen(launcher: Launcher, home: Home, term: Term) -> None:
    path = _two_drafts(home.sessions / "northwind.toml")
    pane = launcher.pane(term.cols, term.rows)
    run = launcher.followup(pane, home, term.name)
    pane.wait_for("Northw")
    pane.send_keys("Enter")
    pane.wait_for("Draft 1 of 2: Dana Rivera")
    home.idle()
    pane.send_keys("Tab")  # from Gratitude, where the session file says the user was, to Interest
    go_to_end_of_field(pane, home)
    pane.type_text(" Keyword marker1")
    pane.wait_for("marker1")
    pane.send_keys("Left", "Left", "Left")  # the cursor sits between "mark" and "er1"
    home.idle()
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    saved = load(path)
    assert saved.interviewers[0].draft.interest.endswith("Keyword marker1")
    assert saved.app.interviewer == 0 and saved.app.section == "interest"

    run = launcher.followup(pane, home, term.name)
    pane.wait_for("Northw")
    pane.send_keys("Enter")
    pane.wait_for("Draft 1 of 2: Dana Rivera")
    pane.wait_for("marker1")  # the text typed last time
    home.idle()
    pane.type_text("@")  # lands where the cursor was left
    pane.wait_for("mark@er1")
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    assert load(path).interviewers[0].draft.interest.endswith("Keyword mark@er1")


def test_flow_reopen_finds_text_and_cursor(launcher: Launcher, home: Home, term: Term) -> None:
    _flow_reopen(launcher, home, term)


def test_flow_reopen_small_terminal_60x20(launcher: Launcher, home: Home) -> None:
    _flow_reopen(launcher, home, Term("xterm-256color", 60, 20))


# ----------------------------------------------------------------------------- flow 3


def test_flow_broken_file_beside_good_ones(launcher: Launcher, home: Home, term: Term) -> None:
    _two_drafts(home.sessions / "northwind.toml")
    write_session(home.sessions / "contoso.toml", "Contoso Retail", "Store Manager",
                  {"Lee Chen": {"greeting": "Dear Lee,"}}, hours_ago=30)
    broken = home.sessions / "broken.toml"
    broken.write_text('schema = 1\n[candidate]\nname = 42\n[interview]\ncompany = "X"\nrole = "Y"\n'
                      "start = 2026-11-25T09:00:00-05:00\n")
    broken_bytes = broken.read_bytes()
    pane = launcher.pane(term.cols, term.rows)
    run = launcher.followup(pane, home, term.name)
    screen = pane.wait_for("broken.toml")
    pane.wait_for("Contoso")
    line = next(line for line in pane.capture().splitlines() if "broken.toml" in line)
    assert "✗" in line and "candidate.name" in line, f"the broken file's line should name the bad field: {line!r}"

    pane.type_text("broken")
    pane.wait_until(lambda s: "Contoso" not in s, 15, "the filter to hide the good sessions")
    pane.send_keys("Enter")
    pane.wait_for("Cannot open")
    pane.send_keys("Escape")  # clear the filter
    pane.wait_for("Contoso")

    for query, draft_bar in (("contoso", "Draft 1 of 1: Lee Chen"), ("northwind", "Draft 1 of 2: Dana Rivera")):
        open_from_list(pane, query, draft_bar)
        pane.send_keys("C-o")  # back to the sessions list, still filtered
        pane.wait_for("1 of 3 sessions")
        pane.send_keys("Escape")
        pane.wait_for("broken.toml")
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)
    assert broken.read_bytes() == broken_bytes, "the broken file was modified"
