"""The editor starts only on a live terminal: one hung up before start (ssh dropped mid-start, so no
SIGHUP ever comes) or no terminal at all ends at once with one line, instead of running unseen for good."""

from __future__ import annotations

import os

from followup.tui import app as app_module
from followup.tui.hangup import terminal_gone


def test_a_live_terminal_is_fine() -> None:
    leader, follower = os.openpty()
    with os.fdopen(follower, "w") as stream:
        assert terminal_gone(stream) == ""
    os.close(leader)


def test_a_terminal_hung_up_before_start_is_named() -> None:
    leader, follower = os.openpty()
    os.close(leader)  # what sshd does when the connection drops
    with os.fdopen(follower, "w") as stream:
        assert terminal_gone(stream) == "followup: the terminal hung up before the editor could start"


def test_a_pipe_is_not_a_terminal(tmp_path) -> None:
    read, write = os.pipe()
    with os.fdopen(read) as stream:
        assert "needs a terminal" in terminal_gone(stream)
    os.close(write)


def test_run_on_a_hung_up_terminal_exits_1_without_starting(monkeypatch, tmp_path, capsys) -> None:
    leader, follower = os.openpty()
    os.close(leader)
    stream = os.fdopen(follower, "w")
    monkeypatch.setattr(app_module.sys, "stdin", stream)
    started = []
    monkeypatch.setattr(app_module.FollowupApp, "run", lambda self: started.append(self))
    status = app_module.run(None, {"FOLLOWUP_HOME": str(tmp_path)})
    stream.close()
    assert status == 1 and not started
    assert "the terminal hung up" in capsys.readouterr().err
