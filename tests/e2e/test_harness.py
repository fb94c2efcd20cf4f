"""The harness itself, on a minimal Textual app: ssh + tmux launch, first frame, clean exit.

If these fail, the followup flows cannot be trusted either; they also give the yardstick timing.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import MINIMAL_APP, PYTHON, Home, Launcher, Term

pytestmark = pytest.mark.e2e


def test_minimal_app_over_ssh_exits_clean(launcher: Launcher, home: Home, term: Term) -> None:
    pane = launcher.pane(term.cols, term.rows)
    run = launcher.run(pane, [str(PYTHON), str(MINIMAL_APP)], home.env(term.name))
    run.first_frame()
    pane.wait_for("minimal app ready")
    pane.send_keys("C-q")
    run.assert_clean_exit(home.marker)


def test_clean_exit_check_catches_a_killed_app(launcher: Launcher, home: Home) -> None:
    """The clean-exit checks are not vacuous: an app killed mid-run leaves the terminal dirty, and they say so."""
    import os
    import signal

    from tests.e2e.conftest import processes_with

    pane = launcher.pane(80, 24)
    run = launcher.run(pane, [str(PYTHON), str(MINIMAL_APP)], home.env("xterm-256color"))
    run.first_frame()
    app = [pid for pid in processes_with(home.marker) if b"minimal_app" in open(f"/proc/{pid}/cmdline", "rb").read()
           and b"ssh" not in open(f"/proc/{pid}/cmdline", "rb").read()]
    assert app, "could not find the app process"
    for pid in app:
        os.kill(pid, signal.SIGKILL)
    with pytest.raises(AssertionError) as caught:
        run.assert_clean_exit(home.marker)
    assert "alternate screen" in str(caught.value) or "exited with" in str(caught.value) or "modes" in str(caught.value)
