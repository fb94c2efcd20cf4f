"""Sessions for the rule tests (good drafts for single, multiple, panel and rejection) and their helpers.

The sessions are built in tests/builders.py (the one session builder) and imported here, where the rule
tests look for them. Each builder returns a fresh `Session`; tests change one section to make a rule fire.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.builders import ENDED, EST, multiple_session, panel_session, rejection_session, single_session

__all__ = ["ENDED", "EST", "NOW", "findings_of", "multiple_session", "panel_session", "rejection_session", "serious",
           "single_session"]

#: The interviews end at 10:30 EST (ENDED); 13:00 the same day is comfortably inside every window.
NOW = datetime(2026, 11, 25, 13, 0, tzinfo=EST)


@pytest.fixture(scope="session")
def speller():
    """One dictionary for the whole test run (it takes about 200 ms to load)."""
    from followup.core.spelling import Speller

    return Speller()


def findings_of(report, index: int = 0, severities=("error", "warning", "suggestion")) -> set[str]:
    """The rule ids with a finding of the given severities in draft `index`."""
    return {f.rule for f in report.drafts[index].findings if f.severity in severities}


def serious(report, index: int = 0) -> set[str]:
    """The rule ids with an error or warning finding in draft `index`."""
    return findings_of(report, index, ("error", "warning"))
