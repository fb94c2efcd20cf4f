"""Time from typing the ssh command to the first frame: followup beside a minimal Textual app.

A figure printed at the end of the run (median of 3), not an assertion on speed.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import FOLLOWUP, MINIMAL_APP, PYTHON, Home, Launcher, record_first_frame

pytestmark = pytest.mark.e2e

PROGRAMS = {
    "minimal Textual app": [str(PYTHON), str(MINIMAL_APP)],
    "followup (no sessions yet)": [str(FOLLOWUP)],
    "followup --demo": [str(FOLLOWUP), "--demo"],
}


@pytest.mark.parametrize("program", list(PROGRAMS))
def test_time_to_first_frame(launcher: Launcher, home: Home, program: str) -> None:
    pane = launcher.pane(100, 30)
    for _ in range(3):
        run = launcher.run(pane, PROGRAMS[program], home.env("xterm-256color"))
        record_first_frame(program, run.first_frame())
        pane.send_keys("C-q")
        run.assert_clean_exit(home.marker)
