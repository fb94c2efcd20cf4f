"""Benchmark: time from process start to the first frame of `followup PATH` (12 interviewers) vs a minimal Textual app.

Run `python benchmarks/start.py [--pairs N]`; prints one JSON object. Both programs run the same way: spawned
in a 100x30 pseudo-terminal (TERM=xterm-256color), clock started just before the spawn, stopped when a full
frame (every row drawn) shows the program's own text; pairs interleaved, medians compared (one warm-up pair
first). followup's first frame is its first look (tui/screens/first_look.py): the draft as the editor will
show it, drawn before the editor is built. Also printed: when the editor is live (its key bar shows; keys
typed before that are kept for it), when its first spelling finding (a typo planted in draft 1, listed once the
dictionary has loaded in its worker) appears, and what the sidebar shows in the first frame. Our modules are
byte-compiled first, as an installed copy is. The session, the config and the data folders are temporary:
the user's files are never read or written.
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _term import COLUMNS, FOLLOWUP, MINIMAL_APP, PYTHON, ROOT, ROWS, Term, clean_env, write_session  # noqa: E402

TARGET = 1.3
#: Text only the first full frame of each program holds: the minimal app's Static; followup's sidebar title.
MINIMAL_MARK = "minimal app ready"
FOLLOWUP_MARK = "Draft 1/12"
SIDEBAR_COLUMN = 60  # the sidebar's left edge at 100 columns
#: The sidebar's finding for the word misspelt on purpose in the first draft: shown once the dictionary is in use.
SPELLING_FINDING = "Check the spelling"


def sidebar_text(lines: list[str]) -> list[str]:
    return [line[SIDEBAR_COLUMN:].strip(" │") for line in lines[1:-1] if line[SIDEBAR_COLUMN:].strip(" │")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10, help="interleaved pairs to run (default 10)")
    parser.add_argument("--tree", type=Path, help="run followup from this source tree (e.g. an older checkout)")
    args = parser.parse_args()
    followup, cwd = ([str(PYTHON), "-m", "followup.tui"], args.tree.resolve()) if args.tree else (FOLLOWUP, ROOT)
    for package in ("core", "tui"):  # as installed: not compiled again on every start (PYTHONDONTWRITEBYTECODE)
        compileall.compile_dir(cwd / package, quiet=1)

    with tempfile.TemporaryDirectory(prefix="followup-start-") as tmp:
        home = Path(tmp)
        minimal = home / "minimal_app.py"
        minimal.write_text(MINIMAL_APP)
        session = write_session(home)
        env = clean_env(home)
        programs = {
            "minimal": ([str(PYTHON), str(minimal)], MINIMAL_MARK),
            "followup": ([*followup, str(session)], FOLLOWUP_MARK),
        }
        times: dict[str, list[float]] = {name: [] for name in programs}
        footer_times: list[float] = []
        spelling_times: list[float] = []
        spelling_at_first_frame = False
        first_sidebar: list[str] = []
        for pair in range(args.pairs + 1):  # the first pair warms the disk cache and is not counted
            for name, (argv, mark) in programs.items():
                with Term(argv, env, cwd=cwd) as term:
                    seconds = term.first_frame(mark)
                    if name == "followup":
                        if not first_sidebar:
                            first_sidebar = sidebar_text(term.screen.lines())
                        spelling_at_first_frame = spelling_at_first_frame or SPELLING_FINDING in term.screen.text()
                        # The editor is live once its key bar shows (the first look has none).
                        footer = term.wait_for(lambda s: "palette" in s.lines()[-1], 30, "the footer's keys")
                        # The dictionary loads in a worker after the first frame; then the planted typo is listed.
                        spelling = term.wait_for(lambda s: SPELLING_FINDING in s.text(), 60, "the spelling finding")
                        if pair:
                            footer_times.append(footer)
                            spelling_times.append(spelling)
                if pair:
                    times[name].append(seconds)

    minimal_ms = statistics.median(times["minimal"]) * 1000
    followup_ms = statistics.median(times["followup"]) * 1000
    ratio = followup_ms / minimal_ms
    print(
        json.dumps(
            {
                "pairs": args.pairs,
                "terminal": f"{COLUMNS}x{ROWS} pty, TERM=xterm-256color",
                "minimal_ms": round(minimal_ms, 1),
                "followup_ms": round(followup_ms, 1),
                "ratio": round(ratio, 3),
                "target": TARGET,
                "met": ratio <= TARGET,
                "followup_editor_live_ms": round(statistics.median(footer_times) * 1000, 1),
                "followup_dictionary_in_use_ms": round(statistics.median(spelling_times) * 1000, 1),
                "spelling_finding_at_first_frame": spelling_at_first_frame,
                "samples_ms": {name: [round(t * 1000) for t in samples] for name, samples in times.items()},
                "sidebar_at_first_frame": first_sidebar,
                "says_checking_spelling_at_first_frame": any("checking spelling" in line for line in first_sidebar),
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
