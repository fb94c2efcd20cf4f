"""The development corpus (tests/corpus/): every hand-judged email gets exactly the findings judged for it.

One test per case file: each rule in a draft's `fires` fires, and nothing outside `fires` and `may` does.
The judging is `tests/corpus_kit.py`, the same code `benchmarks/accuracy.py` reports figures with.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_case_gets_the_judged_findings(path, speller):
    results = judge(load_case(path), speller)
    failing = [r.explain() for r in results if not r.ok]
    if failing:
        pytest.fail("\n".join(failing), pytrace=False)
