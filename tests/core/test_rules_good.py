"""The good example drafts raise no error or warning at all, in every scenario, dictionary loaded."""

from __future__ import annotations

import pytest

from followup.core.rules import run_rules
from tests.core.conftest import NOW, multiple_session, panel_session, rejection_session, single_session

BUILDERS = {
    "single": single_session,
    "multiple": multiple_session,
    "panel": panel_session,
    "rejection": rejection_session,
}


@pytest.mark.parametrize("scenario", sorted(BUILDERS))
def test_good_drafts_are_clean(scenario, speller):
    report = run_rules(BUILDERS[scenario](), NOW, None, speller)
    assert report.scenario == scenario
    serious = [(d.interviewer, f.rule, f.message) for d in report.drafts for f in d.findings
               if f.severity in ("error", "warning")]
    assert serious == []
    assert all(d.score == 100 for d in report.drafts)


def test_good_drafts_use_the_session_vocabulary(speller):
    # Nguyen, Wojciechowski, Siobhán, Kubernetes and dbt are not English words: the session supplies them
    report = run_rules(panel_session(), NOW, None, speller)
    assert all("proof.spelling" in d.applicable for d in report.drafts)
