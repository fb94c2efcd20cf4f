"""Benchmark: how soon `followup PATH` (12 interviewers) shows its first frame and takes keys, vs a minimal Textual app.

Run `python benchmarks/start.py [--pairs N]`; prints one JSON object. Both programs run the same way: spawned in
a 100x30 pseudo-terminal (TERM=xterm-256color), clock started just before the spawn; pairs interleaved, medians
compared (one warm-up pair first). Two figures, each beside the minimal app's first frame (a full frame showing
its one Static):

- first frame: a full frame (every row drawn) shows the draft's title line;
- time to interactive: a probe word is typed into the pty the moment that first frame shows, and the clock
  stops when the word is on screen, i.e. when the editor has taken it. This is the wait the user feels.

Also printed: when the first spelling finding (a typo planted in draft 1, listed once the dictionary has
loaded in its worker) appears. Our modules are byte-compiled first, as an installed copy is. The session, the
config and the data folders are temporary (the session file is restored before each run, as the probe word
is saved into it): the user's files are never read or written.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _term import COLUMNS, MINIMAL_APP, PYTHON, ROOT, ROWS, Term, clean_env, followup_from, write_session  # noqa: E402

#: Targets, as ratios to the minimal app's first frame.
FIRST_FRAME_TARGET = 1.3
INTERACTIVE_TARGET = 1.6
#: Text only the first full frame of each program holds: the minimal app's Static; followup's draft title line.
MINIMAL_MARK = "minimal app ready"
FOLLOWUP_MARK = "Draft 1 of 12"
#: Typed the moment the first frame shows; a word no draft holds, so its appearance means the editor took it.
PROBE = "Zqxv"
SIDEBAR_COLUMN = 60  # the sidebar's left edge at 100 columns
#: The sidebar's finding for the word misspelt on purpose in the first draft: shown once the dictionary is in use.
SPELLING_FINDING = "Check the spelling"


def sidebar_text(lines: list[str]) -> list[str]:
    return [line[SIDEBAR_COLUMN:].strip(" │") for line in lines[1:-1] if line[SIDEBAR_COLUMN:].strip(" │")]


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10, help="interleaved pairs to run (default 10)")
    parser.add_argument("--tree", type=Path, help="run followup from this source tree (e.g. an older checkout)")
    args = parser.parse_args()
    tree = args.tree.resolve() if args.tree else ROOT
    for package in ("core", "tui"):  # as installed: not compiled again on every start (PYTHONDONTWRITEBYTECODE)
        compileall.compile_dir(tree / package, quiet=1)

    with tempfile.TemporaryDirectory(prefix="followup-start-") as tmp:
        home = Path(tmp)
        followup, cwd = followup_from(args.tree, home)
        minimal = home / "minimal_app.py"
        minimal.write_text(MINIMAL_APP)
        session = write_session(home)
        pristine = session.read_bytes()
        env = clean_env(home)
        minimal_frames: list[float] = []
        frames: list[float] = []
        interactive: list[float] = []
        spelling: list[float] = []
        first_sidebar: list[str] = []
        for pair in range(args.pairs + 1):  # the first pair warms the disk cache and is not counted
            with Term([str(PYTHON), str(minimal)], env, cwd=cwd) as term:
                seconds = term.first_frame(MINIMAL_MARK)
            if pair:
                minimal_frames.append(seconds)
            session.write_bytes(pristine)  # the probe typed last time was saved into it
            with Term([*followup, str(session)], env, cwd=cwd) as term:
                frame = term.first_frame(FOLLOWUP_MARK)
                os.write(term.master, PROBE.encode())  # the user starts typing at once
                if not first_sidebar:
                    first_sidebar = sidebar_text(term.screen.lines())
                typed = term.wait_for(lambda s: PROBE in s.text(), 30, f"the probe {PROBE!r} on screen")
                # The dictionary loads in a worker after the first frame; then the planted typo is listed.
                spelled = term.wait_for(lambda s: SPELLING_FINDING in s.text(), 60, "the spelling finding")
            if pair:
                frames.append(frame)
                interactive.append(typed)
                spelling.append(spelled)

    minimal_ms = median_ms(minimal_frames)
    frame_ms, interactive_ms = median_ms(frames), median_ms(interactive)
    frame_ratio, interactive_ratio = frame_ms / minimal_ms, interactive_ms / minimal_ms
    # Each pair runs the two programs back to back: the median of the pairs' own ratios moves less when the
    # machine speeds up or slows down during a run (shown beside the targets' ratio of medians, not instead).
    pair_frame = statistics.median(f / m for f, m in zip(frames, minimal_frames))
    pair_interactive = statistics.median(t / m for t, m in zip(interactive, minimal_frames))
    print(
        json.dumps(
            {
                "pairs": args.pairs,
                "terminal": f"{COLUMNS}x{ROWS} pty, TERM=xterm-256color",
                "minimal_first_frame_ms": minimal_ms,
                "first_frame_ms": frame_ms,
                "first_frame_ratio": round(frame_ratio, 3),
                "first_frame_target": FIRST_FRAME_TARGET,
                "first_frame_met": frame_ratio <= FIRST_FRAME_TARGET,
                "interactive_ms": interactive_ms,
                "interactive_ratio": round(interactive_ratio, 3),
                "interactive_target": INTERACTIVE_TARGET,
                "interactive_met": interactive_ratio <= INTERACTIVE_TARGET,
                "median_of_pair_ratios": {"first_frame": round(pair_frame, 3), "interactive": round(pair_interactive, 3)},
                "dictionary_in_use_ms": median_ms(spelling),
                "samples_ms": {
                    "minimal_first_frame": [round(t * 1000) for t in minimal_frames],
                    "first_frame": [round(t * 1000) for t in frames],
                    "interactive": [round(t * 1000) for t in interactive],
                },
                "sidebar_at_first_frame": first_sidebar,
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
