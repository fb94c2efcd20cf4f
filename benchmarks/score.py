"""Benchmark: time to score one 250-word draft and a 12-interviewer session, beside proselint's lint().

Run `python benchmarks/score.py` (or `make bench`); prints one JSON object. Medians over many runs,
measured in one process so the ratios compare like with like. The dictionary is loaded before timing.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _sessions import NOW, session_of  # noqa: E402  (benchmarks/ is on sys.path when run as a script)
from followup.core.model import SECTIONS  # noqa: E402
from followup.core.rules import run_rules  # noqa: E402
from followup.core.spelling import Speller  # noqa: E402


def medians_ms(fns: dict, runs: int) -> tuple[dict, dict]:
    """Median wall and CPU time of each function, interleaved run by run so machine load hits all alike."""
    for fn in fns.values():
        fn()  # warm-up: first-call costs (regex compile, lazy imports) are not what a keystroke pays
    wall: dict = {name: [] for name in fns}
    cpu: dict = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)

    def med(samples: dict) -> dict:
        return {name: round(statistics.median(t) * 1000, 3) for name, t in samples.items()}

    return med(wall), med(cpu)


def main() -> None:
    speller = Speller()
    single = session_of(1)
    panel = session_of(12)
    draft = single.interviewers[0].draft
    text = "\n\n".join(draft.section(name) for name in SECTIONS if draft.section(name))
    words = len(text.split())

    fns = {
        "one": lambda: run_rules(single, NOW, None, speller),
        "twelve": lambda: run_rules(panel, NOW, None, speller),
    }
    proselint_version = None
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile

        try:
            from proselint.version import __version__ as proselint_version
        except ImportError:  # pragma: no cover
            proselint_version = "unknown"
        CheckRegistry().register_many(__register__)  # what the proselint CLI does before linting
        # a fresh LintFile per run: it caches its content and bounds
        fns["proselint"] = lambda: LintFile("<draft>", text).lint()
    except ImportError:
        pass
    medians, cpu = medians_ms(fns, 60)
    one, twelve = medians["one"], medians["twelve"]
    proselint_ms = medians.get("proselint")

    result = {
        "draft_words": words,
        "one_draft_ms": one,
        "twelve_interviewer_session_ms": twelve,
        "proselint_lint_ms": proselint_ms,
        "proselint_version": proselint_version,
        "one_draft_vs_proselint": round(one / proselint_ms, 3) if proselint_ms else None,
        "cpu_ms": {"one_draft": cpu["one"], "twelve_interviewer_session": cpu["twelve"], "proselint_lint": cpu.get("proselint")},
        "targets": {
            "one_draft_at_most_third_of_proselint": (one <= proselint_ms / 3) if proselint_ms else None,
            "twelve_interviewer_session_under_25_ms": twelve < 25,
        },
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
