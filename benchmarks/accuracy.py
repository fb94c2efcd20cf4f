"""Benchmark: how right the rules are on realistic, hand-judged emails (issue 11).

Run `python benchmarks/accuracy.py [--corpus DIR]` (default `tests/corpus/`; `tests/corpus-holdout/` is the
held-out set); prints one JSON object:

- `findings`: every finding on every draft; `hits`, `false_alarms`, `misses`: judged per draft and rule
  (a rule that fired outside the case's `fires` and `may` is a false alarm; one in `fires` that did not
  fire is a miss);
- `precision` and `recall`, overall and per rule (`per_rule`);
- `separation`: the share of (good draft, bad draft) pairs across the corpus in which the good draft scores
  strictly higher (ties count against);
- `false_alarm_list` and `miss_list`: each one by file, interviewer and rule, for the rule's developer.

Targets: precision >= 0.97, recall >= 0.95, separation >= 0.97 (`meets_targets`). Cases are scored as
`followup check` scores them: the real dictionary, no user config. Loading, scoring and judging live in
`tests/corpus_kit.py`, shared with the corpus tests.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus_kit import CORPUS_DIR, case_paths, judge, load_case, summarise  # noqa: E402

TARGETS = {"precision": 0.97, "recall": 0.95, "separation": 0.97}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="accuracy.py", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(CORPUS_DIR), help="folder of case files (default: tests/corpus)")
    args = parser.parse_args(argv)
    paths = case_paths(args.corpus)
    if not paths:
        sys.stderr.write(f"accuracy.py: no *.toml cases in {args.corpus}\n")
        return 2
    results = []
    for path in paths:
        results += judge(load_case(path))
    summary = summarise(results, len(paths))
    try:
        corpus = str(Path(args.corpus).resolve().relative_to(ROOT))
    except ValueError:
        corpus = args.corpus
    out = {"corpus": corpus, **summary}
    out["targets"] = TARGETS
    out["meets_targets"] = all((summary[key] or 0) >= goal for key, goal in TARGETS.items())
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
