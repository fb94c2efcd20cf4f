"""Benchmark: `followup check SESSION` (12 interviewers) beside `proselint check` on the same twelve drafts.

Run `python benchmarks/check.py`; prints one JSON object. Whole processes, 10 pairs interleaved
(followup, proselint, followup, ...), medians. Target (issue 6): followup at most proselint's time.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sessions import NOW, session_of  # noqa: E402
from followup.core.render import assemble  # noqa: E402
from followup.core.store import save  # noqa: E402

PAIRS = 10


def _script(name: str) -> str:
    """The console script installed beside this Python (the venv's), else the one on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def _run(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    pairs = int(os.environ.get("FOLLOWUP_BENCH_PAIRS", PAIRS))
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        folder = Path(tmp)
        session = session_of(12)
        path = folder / "panel.toml"
        save(session, path)
        drafts = []
        for i in range(len(session.interviewers)):
            email = assemble(session, i)
            draft = folder / f"draft-{i + 1:02d}.txt"
            draft.write_text(f"{email.subject}\n\n{email.body}\n", encoding="utf-8")
            drafts.append(str(draft))
        words = sum(len(Path(d).read_text(encoding="utf-8").split()) for d in drafts)
        cache = folder / "cache"
        env = {
            # both tools run from compiled bytecode, as after `pip install` (the warm-up run writes any missing
            # .pyc of ours; proselint's were written when it was installed)
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "FOLLOWUP_CONFIG": str(folder / "config.toml"),  # absent: the default config, never the user's
            "XDG_CACHE_HOME": str(cache),  # a private cache folder (the dictionary cache, if any)
            "NO_COLOR": "1",
        }
        no_cache_env = {**env, "XDG_CACHE_HOME": str(folder / "no-cache")}
        followup = [_script("followup"), "check", str(path), "--now", NOW.isoformat()]
        proselint = [_script("proselint"), "check", *drafts]

        # a first run of each (disk cache, .pyc) not counted; followup's also fills its dictionary cache
        _run(followup, env)
        _run(proselint, env)
        times: dict[str, list[float]] = {"followup": [], "followup_no_cache": [], "proselint": []}
        for _ in range(pairs):
            times["followup"].append(_run(followup, env))
            times["proselint"].append(_run(proselint, env))
            shutil.rmtree(folder / "no-cache", ignore_errors=True)  # every run starts without a cache
            times["followup_no_cache"].append(_run(followup, no_cache_env))
        medians = {name: round(statistics.median(t) * 1000, 1) for name, t in times.items()}
        cache_files = sorted(str(p.relative_to(cache)) for p in cache.rglob("*") if p.is_file())

    ratio = medians["followup"] / medians["proselint"]
    ratio_cold = medians["followup_no_cache"] / medians["proselint"]
    print(json.dumps({
        "interviewers": 12,
        "draft_words_total": words,
        "pairs": pairs,
        "followup_check_ms": medians["followup"],
        "followup_check_no_cache_ms": medians["followup_no_cache"],
        "proselint_check_ms": medians["proselint"],
        "ratio": round(ratio, 3),
        "ratio_no_cache": round(ratio_cold, 3),
        "cache_files": cache_files,
        "target": "followup check <= proselint check (whole process, median of pairs)",
        "met": ratio <= 1.0,
        "met_without_cache": ratio_cold <= 1.0,
    }, indent=2))


if __name__ == "__main__":
    main()
