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
