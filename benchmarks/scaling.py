"""Benchmark: time to score a session of 12, 50 and 200 interviewers, and the time per interviewer.

Run `python benchmarks/scaling.py`; prints one JSON object. Linear growth means a flat time per
interviewer; the per-rule table shows which rules grow with the panel (the pairwise ones).
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sessions import NOW, session_of  # noqa: E402
from followup.core.config import Config  # noqa: E402
from followup.core.rules import RULES, run_rules  # noqa: E402
from followup.core.rules.base import SessionContext  # noqa: E402
from followup.core.spelling import Speller  # noqa: E402

SIZES = (12, 50, 200)
#: The one rule that compares every draft with every other (allowed to grow with the square of the panel).
PAIRWISE = "roster.too-similar"


def _medians_ms(fns: dict, runs: int) -> dict:
    """Median time of each function; run round-robin (one of each per round) so load hits all alike."""
    for fn in fns.values():
        fn()  # warm-up: regex compiles and word verdicts are paid once per process, not per scoring
    samples: dict = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(times) * 1000 for name, times in samples.items()}


def _per_rule_ms(session, speller) -> dict[str, float]:
    """Time spent in each rule over all drafts of one scoring (shared per-session work is charged to the
    first rule that asks for it)."""
    spent = {rule.id: 0.0 for rule in RULES}
    ctx = SessionContext(session, NOW, None, speller)
    for index in range(len(session.interviewers)):
        dctx = ctx.draft(index)
        for rule in RULES:
            start = time.perf_counter()
            rule.check(ctx, dctx)
            spent[rule.id] += time.perf_counter() - start
    return {rule: ms * 1000 for rule, ms in spent.items()}


def main() -> None:
    runs = int(os.environ.get("FOLLOWUP_BENCH_RUNS", 9))
    speller = Speller()
    no_pairs = Config(disable=frozenset({PAIRWISE}))
    sessions = {n: session_of(n) for n in SIZES}
    fns = {}
    for n, session in sessions.items():
        fns[n, "all"] = lambda s=session: run_rules(s, NOW, None, speller)
        fns[n, "linear"] = lambda s=session: run_rules(s, NOW, no_pairs, speller)
    medians = _medians_ms(fns, runs)
    totals = {n: medians[n, "all"] for n in SIZES}
    linear = {n: medians[n, "linear"] for n in SIZES}
    rules: dict[int, dict[str, float]] = {}
    for n, session in sessions.items():
        _per_rule_ms(session, speller)
        samples = [_per_rule_ms(session, speller) for _ in range(3)]
        rules[n] = {rule: statistics.median(s[rule] for s in samples) for rule in samples[0]}

    small, large = SIZES[0], SIZES[-1]

    def exponent(times: dict[int, float]) -> float:
        return math.log(times[large] / times[small]) / math.log(large / small)

    pairwise = {n: max(totals[n] - linear[n], 0.0) for n in SIZES}
    # the rules whose time per interviewer grows most from the smallest panel to the largest
    growth = sorted(rules[large], key=lambda r: rules[large][r] / large - rules[small][r] / small, reverse=True)
    print(json.dumps({
        "runs": runs,
        "score_session_ms": {str(n): round(totals[n], 2) for n in SIZES},
        "per_interviewer_ms": {str(n): round(totals[n] / n, 3) for n in SIZES},
        "growth_exponent": round(exponent(totals), 2),
        "without_pairwise_similarity": {
            "score_session_ms": {str(n): round(linear[n], 2) for n in SIZES},
            "per_interviewer_ms": {str(n): round(linear[n] / n, 3) for n in SIZES},
            "growth_exponent": round(exponent(linear), 2),
        },
        "pairwise_similarity": {
            "rule": PAIRWISE,
            "ms": {str(n): round(pairwise[n], 2) for n in SIZES},
            "us_per_pair": {str(n): round(pairwise[n] * 1000 / (n * (n - 1)), 2) for n in SIZES},
        },
        "rules_growing_most_per_interviewer_ms": {
            rule: {str(n): round(rules[n][rule] / n, 3) for n in SIZES} for rule in growth[:5]
        },
        "target": "linear in interviewers up to 200, apart from the pairwise similarity (which must be cheap)",
        "met": exponent(linear) < 1.2,
    }, indent=2))


if __name__ == "__main__":
    main()
