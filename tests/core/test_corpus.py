"""The development corpus (tests/corpus/): every hand-judged email gets exactly the findings judged for it.

One test per case file: each rule in a draft's `fires` fires, and nothing outside `fires` and `may` does.
The judging is `tests/corpus_kit.py`, the same code `benchmarks/accuracy.py` reports figures with.
"""

from __future__ import annotations

import pytest

from followup.core.rules import RULES_BY_ID
from tests.corpus_kit import CORPUS_DIR, case_paths, judge, load_case, unknown_rules

PATHS = case_paths(CORPUS_DIR)


def test_corpus_is_large_enough():
    assert len(PATHS) >= 60, f"only {len(PATHS)} cases in {CORPUS_DIR}"


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_case_loads_and_names_known_rules(path):
    case = load_case(path)
    assert case.session.interviewers, f"{path.name}: no interviewers"
    assert len(case.expects) == len(case.session.interviewers)
    unknown = sorted(unknown_rules(case))
    assert not unknown, f"{path.name}: rule IDs not in the registry: {unknown}"
    for person, expect in zip(case.session.interviewers, case.expects):
        assert expect.why, f"{path.name} / {person.name}: say in `why` what the case tests"
        if expect.quality == "bad":
            assert expect.fires, f"{path.name} / {person.name}: a bad draft must name the rule its flaw breaks"
        if expect.quality == "good":
            errors = sorted(r for r in expect.fires if RULES_BY_ID[r].severity == "error")
            assert not errors, f"{path.name} / {person.name}: judged good, yet expects errors {errors}"


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_case_gets_the_judged_findings(path, speller):
    results = judge(load_case(path), speller)
    failing = [r.explain() for r in results if not r.ok]
    if failing:
        pytest.fail("\n".join(failing), pytrace=False)
