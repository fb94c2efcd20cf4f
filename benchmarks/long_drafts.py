"""Benchmark: scoring 25, 50 and 100 interviewers with drafts of 8,000 words each (issue 15: 14.5 s, growing
with the square of the panel).

Run `python benchmarks/long_drafts.py`; prints one JSON object. Two panels per size: `distinct` (each draft its
own text) and `alike` (one template for everyone: every pair too similar). For each, the time of one scoring
as `followup check` does it (every rule, the real dictionary; median of `FOLLOWUP_BENCH_RUNS`, default 3),
the part of it spent in roster.too-similar, and the time per interviewer. Linear growth means a flat time per
interviewer (growth exponent near 1). The 100-interviewer files are over the loader's 4 MB cap, so the
sessions are scored in process, not through `followup check`.
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

from _sessions import NOW, long_session_of  # noqa: E402
from followup.core.config import Config  # noqa: E402
from followup.core.rules import run_rules  # noqa: E402
from followup.core.spelling import Speller  # noqa: E402

SIZES = (25, 50, 100)
WORDS = 8000
PAIRWISE = "roster.too-similar"


def _median_s(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(os.environ.get("FOLLOWUP_BENCH_RUNS", 3))
    speller = Speller()
    no_pairs = Config(disable=frozenset({PAIRWISE}))
    run_rules(long_session_of(2, WORDS), NOW, None, speller)  # warm-up: regexes, dictionary, word caches
    out: dict = {"runs": runs, "words_per_draft": WORDS}
    for kind in ("distinct", "alike"):
        total: dict[int, float] = {}
        pairwise: dict[int, float] = {}
        similar: dict[int, int] = {}
        for n in SIZES:
            session = long_session_of(n, WORDS, alike=kind == "alike")
            report = run_rules(session, NOW, None, speller)
            similar[n] = sum(any(f.rule == PAIRWISE for f in d.findings) for d in report.drafts)
            total[n] = _median_s(lambda: run_rules(session, NOW, None, speller), runs)
            pairwise[n] = max(total[n] - _median_s(lambda: run_rules(session, NOW, no_pairs, speller), runs), 0.0)
        small, large = SIZES[0], SIZES[-1]
        out[kind] = {
            "score_session_s": {str(n): round(total[n], 2) for n in SIZES},
            "too_similar_s": {str(n): round(pairwise[n], 2) for n in SIZES},
            "per_interviewer_ms": {str(n): round(total[n] * 1000 / n, 1) for n in SIZES},
            "drafts_found_too_similar": {str(n): similar[n] for n in SIZES},
            "growth_exponent": round(math.log(total[large] / total[small]) / math.log(large / small), 2),
        }
    out["target"] = "growth exponent near 1 (linear in interviewers) for drafts of 8,000 words"
    out["met"] = all(out[kind]["growth_exponent"] < 1.2 for kind in ("distinct", "alike"))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
