"""Benchmark: peak memory of `followup PATH` (12 interviewers, dictionary loaded) vs a minimal Textual app.

Run `python benchmarks/memory.py [--pairs N]`; prints one JSON object. Both programs run in a 100x30
pseudo-terminal; the peak resident memory (VmHWM of /proc/PID/status) is read once the minimal app has drawn
its first frame, and once followup shows the session in the editor with the spelling dictionary in use (the
sidebar lists the misspelt word planted in the first draft and no longer says it is checking spelling).
Medians of interleaved pairs, after one unmeasured start that prepares the dictionary cache (reported apart).
Temporary session, config and data folders: the user's files are never read or written.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _term import COLUMNS, MINIMAL_APP, PYTHON, ROWS, Term, clean_env, followup_from, write_session  # noqa: E402

TARGET = 2.3
MINIMAL_MARK = "minimal app ready"
#: The editor's title above the sections (tui.screens.draft_layout.draft_title), as benchmarks/start.py waits for.
FOLLOWUP_MARK = "Draft 1 of 12"
#: What the sidebar shows once the dictionary is in use: the finding for the word misspelt on purpose.
SPELLING_FINDING = "Check the spelling"
#: Time to let a program settle after the moment we wait for (late allocations count too).
SETTLE = 0.5


def mib(kib: float) -> float:
    return round(kib / 1024, 1)


def dictionary_in_use(screen) -> bool:
    text = screen.text()
    return SPELLING_FINDING in text and "checking spelling" not in text.lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5, help="interleaved pairs to run (default 5)")
    parser.add_argument("--tree", type=Path, help="run followup from this source tree (e.g. an older checkout)")
    args = parser.parse_args()

    minimal_peaks: list[int] = []
    first_frame_peaks: list[int] = []
    followup_peaks: list[int] = []
    with tempfile.TemporaryDirectory(prefix="followup-memory-") as tmp:
        home = Path(tmp)
        followup, cwd = followup_from(args.tree, home)
        minimal = home / "minimal_app.py"
        minimal.write_text(MINIMAL_APP)
        session = write_session(home, typo=True)
        env = clean_env(home)
        # One unmeasured start first: it prepares the dictionary cache in the temporary cache folder, as a
        # user's first start does; its peak is reported apart ("first start").
        with Term([*followup, str(session)], env, cwd=cwd) as term:
            term.wait_for(dictionary_in_use, 60, "the spelling finding (dictionary loaded)")
            term.drain(SETTLE)
            first_start = term.peak_rss_kib()
        for _ in range(args.pairs):
            with Term([str(PYTHON), str(minimal)], env, cwd=cwd) as term:
                term.first_frame(MINIMAL_MARK)
                term.drain(SETTLE)
                minimal_peaks.append(term.peak_rss_kib())
            with Term([*followup, str(session)], env, cwd=cwd) as term:
                term.first_frame(FOLLOWUP_MARK)
                first_frame_peaks.append(term.peak_rss_kib())
                term.wait_for(dictionary_in_use, 60, "the spelling finding (dictionary loaded)")
                term.drain(SETTLE)
                followup_peaks.append(term.peak_rss_kib())

    minimal_kib = statistics.median(minimal_peaks)
    followup_kib = statistics.median(followup_peaks)
    ratio = followup_kib / minimal_kib
    print(
        json.dumps(
            {
                "pairs": args.pairs,
                "terminal": f"{COLUMNS}x{ROWS} pty, TERM=xterm-256color",
                "minimal_peak_mib": mib(minimal_kib),
                "followup_peak_mib": mib(followup_kib),
                "ratio": round(ratio, 3),
                "target": TARGET,
                "met": ratio <= TARGET,
                "followup_peak_at_first_frame_mib": mib(statistics.median(first_frame_peaks)),
                "added_after_first_frame_mib": mib(followup_kib - statistics.median(first_frame_peaks)),
                "followup_first_start_peak_mib": mib(first_start),
                "samples_mib": {
                    "minimal": [mib(k) for k in minimal_peaks],
                    "followup": [mib(k) for k in followup_peaks],
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
