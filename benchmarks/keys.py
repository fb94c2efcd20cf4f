"""Benchmark: key-to-frame in the followup editor (sidebar live, dictionary loaded) beside a bare TextArea.

Run `python benchmarks/keys.py` (about 4 min); prints one JSON object. In-process, one hook for both apps
and only Textual's public API: each app runs (`App.run_async`, driven by an auto-pilot) with a terminal driver
of ours (`textual.driver.Driver`, given as the app's `driver_class`) that takes the terminal bytes of every
screen update, as a real terminal's driver would, and drops them. A key is stamped when it is posted to the app,
the frame when the driver has been handed (and flushed) the update that shows it. Rounds interleave the apps.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
#: Both apps render in 256 colours, as in the start and memory benchmarks' TERM=xterm-256color, whatever terminal
#: runs the benchmark (TEXTUAL_COLOR_SYSTEM=truecolor or standard measures another; read when Textual is imported).
os.environ.setdefault("TEXTUAL_COLOR_SYSTEM", "256")

from textual import events  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.driver import Driver  # noqa: E402
from textual.geometry import Size  # noqa: E402
from textual.pilot import Pilot  # noqa: E402
from textual.widgets import TextArea  # noqa: E402

from followup.core.model import SECTIONS, Draft, Interviewer, Session  # noqa: E402
from tests.builders import ALEX_KIM, benchmark_session  # noqa: E402

ZONE = timezone(timedelta(hours=-5))
END = datetime(2026, 11, 25, 10, 30, tzinfo=ZONE)
NOW = END + timedelta(hours=4, minutes=12)
SIZE = (120, 40)
T = TypeVar("T")
#: The section typed into, at the end of its first paragraph.
SECTION = "interest"

FIRST = ["Dana", "Sam", "Piotr", "Mary", "Kenji", "Aisha", "Tomas", "Ingrid", "Grace", "Mei", "Rafael", "Zofia"]
LAST = ["Rivera", "Okafor", "Nowak", "Brennan", "Watanabe", "Haddad", "Ferreira", "Lindqvist", "Adams", "Chen",
        "Castillo", "Novak"]
TOPICS = [
    "the billing pipeline", "nightly batch loads", "data governance", "self-serve analytics", "seat renewals",
    "warehouse costs", "the experimentation platform", "customer health scores", "marketing attribution",
    "data quality monitors", "the executive dashboard", "privacy reviews",
]
SENTENCES = [
    "At my current company I built a churn dashboard that cut reporting time by forty percent.",
    "It became the weekly reference for our leadership team and changed how we planned each quarter.",
    "I like writing clear metric definitions before building anything, so that every chart means one thing.",
    "Our conversation about {topic} showed me how much care your team puts into the numbers it shares.",
    "I would bring the same habits to stakeholder reporting and to the stronger data analysis you described.",
    "When a figure surprised someone, I sat down with them and traced it back to the source together.",
    "That patience earned trust across the sales and finance teams, who now bring questions to us early.",
    "I have also mentored two junior analysts, and both now lead their own reporting projects.",
    "The role fits where I want to grow next, and the problems you described are ones I enjoy solving.",
    "I would be glad to help colleagues outside the data team read the figures with confidence.",
]


def paragraph(seed: int, words: int, topic: str) -> str:
    """About `words` words of plausible prose (sentences rotated by `seed`)."""
    out: list[str] = []
    n = 0
    i = seed
    while n < words:
        sentence = SENTENCES[i % len(SENTENCES)].format(topic=topic)
        out.append(sentence)
        n += len(sentence.split())
        i += 1
    return " ".join(out)


def make_draft(i: int, words: int) -> Draft:
    """A draft of about `words` words; the interest section holds the bulk, in 80-word paragraphs."""
    topic = TOPICS[i % len(TOPICS)]
    draft = Draft(
        subject="Thank You – Alex Kim – Senior Data Analyst Interview",
        greeting=f"Dear {FIRST[i % len(FIRST)]},",
        gratitude=(
            f"Thank you for taking the time to meet with me this morning. I really enjoyed our conversation about "
            f"{topic}, and I appreciated how openly you described the trade-offs your team weighed along the way."
        ),
        clarification=(
            "To expand on the window functions question, I have since rewritten our cohort report with "
            "window functions and halved its run time."
        ),
        closing=(
            "Thank you again for your time and for the thoughtful questions. I look forward to hearing about the "
            "next steps in the process."
        ),
        signoff="Best regards,\nAlex Kim\nalex.kim@example.com | +1 555 0100",
    )
    rest = words - sum(len(draft.section(s).split()) for s in SECTIONS)
    paragraphs = []
    k = 0
    while rest > 0:
        size = min(rest, 150 if words <= 400 else 80)
        paragraphs.append(paragraph(i + k, size, topic))
        rest -= len(paragraphs[-1].split())
        k += 1
    draft.interest = "\n\n".join(paragraphs)
    return draft


def make_session(interviewers: int, words: int) -> Session:
    """The benchmarks' interview (tests.builders) with `interviewers` analysts, each draft about `words` words."""
    return benchmark_session(
        [
            Interviewer(name=f"{FIRST[i % 12]} {LAST[i % 12]}", title="Analyst", topics=[TOPICS[i % 12]],
                        draft=make_draft(i, words))
            for i in range(interviewers)
        ],
        candidate=ALEX_KIM,
    )


def draft_words(draft: Draft) -> int:
    return sum(len(draft.section(s).split()) for s in SECTIONS)


def joined_text(draft: Draft) -> str:
    return "\n\n".join(draft.section(s) for s in SECTIONS if draft.section(s))


def end_of_first_paragraph(text: str, offset: int = 0) -> tuple[int, int]:
    """(row, column) of the end of the first paragraph at or after `offset` (no soft-wrap: rows are lines)."""
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    row = text.count("\n", 0, end)
    return row, end - (text.rfind("\n", 0, end) + 1)


# ------------------------------------------------------------------ the probe


class Probe:
    """Stamps each screen update the app displays; futures wait for the first frame satisfying a condition.

    `driver_class()` is the app's terminal driver: Textual renders every screen update to terminal bytes and
    hands them to the driver's `write`, then calls its `flush`; the driver drops the bytes and stamps the frame
    at the flush. The same driver for both apps."""

    def __init__(self) -> None:
        self.frames = 0
        self._waiters: list[tuple[Callable[[], bool], asyncio.Future]] = []

    def stamp(self) -> None:
        stamp = time.perf_counter()
        self.frames += 1
        for waiter in list(self._waiters):
            condition, future = waiter
            if not future.done() and condition():
                future.set_result(stamp)
                self._waiters.remove(waiter)

    def frame_where(self, condition: Callable[[], bool]) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self._waiters.append((condition, future))
        return future

    def driver_class(self) -> type[Driver]:
        probe = self

        class ProbeDriver(Driver):
            """A terminal of SIZE that takes the app's output and drops it (no input: keys are posted)."""

            def __init__(self, app: App, *, debug: bool = False, mouse: bool = True,
                         size: tuple[int, int] | None = None) -> None:
                super().__init__(app, debug=debug, mouse=mouse, size=size)
                self.terminal_size = Size(*(size or SIZE))

            def write(self, data: str) -> None:
                """The update's terminal bytes, rendered as for a real terminal: dropped."""

            def flush(self) -> None:
                probe.stamp()

            def start_application_mode(self) -> None:
                self.send_message(events.Resize(self.terminal_size, self.terminal_size))

            def disable_input(self) -> None:
                pass

            def stop_application_mode(self) -> None:
                pass

        return ProbeDriver


async def run_app(app: App, body: Callable[[Pilot], Awaitable[T]]) -> T:
    """Run `app` in a SIZE terminal of the probe's (its `driver_class` already set); `body(pilot)` drives it,
    then the app exits; what `body` returned."""
    result: list[T] = []

    async def auto_pilot(pilot: Pilot) -> None:
        result.append(await body(pilot))
        pilot.app.exit()

    await app.run_async(size=SIZE, auto_pilot=auto_pilot)
    if not result:
        raise RuntimeError(f"{type(app).__name__} exited before the benchmark was done")
    return result[0]


def key_event(char: str) -> events.Key:
    return events.Key("space", " ") if char == " " else events.Key(char, char)


async def type_keys(app: App, probe: Probe, area: TextArea, text: str, pace: float) -> list[float]:
    """Type `text` one key every `pace` s; per key, ms from posting it to the first frame showing it."""
    times = []
    row, col = area.selection.end
    for n, char in enumerate(text, 1):
        expected = (row, col + n)
        frame = probe.frame_where(lambda e=expected: area.selection.end == e)
        start = time.perf_counter()
        app.post_message(key_event(char))
        shown = await asyncio.wait_for(frame, 5)
        times.append((shown - start) * 1000)
        await asyncio.sleep(max(0.0, pace - (time.perf_counter() - start)))
    return times


async def settle(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not settle")
        await asyncio.sleep(0.02)


# ------------------------------------------------------------------ the apps


class BareApp(App[None]):
    """The reference: a Textual TextArea holding the same text, nothing else (the whole screen, or the
    size of the editor's field when `size` is given)."""

    def __init__(self, text: str, size: tuple[int, int] | None = None,
                 driver_class: type[Driver] | None = None) -> None:
        super().__init__(driver_class=driver_class)
        self.text = text
        self.area_size = size

    def compose(self) -> ComposeResult:
        area = TextArea(self.text, soft_wrap=True, id="text")
        if self.area_size is not None:
            area.styles.width, area.styles.height = self.area_size
        yield area


#: The outer size of the editor's field typed into (measured in the followup run; the small reference).
FIELD_SIZE: list[tuple[int, int]] = []
#: The colour system both apps render in (TEXTUAL_COLOR_SYSTEM, above), as the followup run reports it.
COLOR_SYSTEM: list[str] = []


async def run_bare(text: str, words: str, pace: float, size: tuple[int, int] | None = None) -> list[float]:
    probe = Probe()
    app = BareApp(text, size, probe.driver_class())

    async def body(pilot: Pilot) -> list[float]:
        await settle(lambda: bool(app.query(TextArea)))
        area = app.query_one(TextArea)
        area.cursor_blink = False
        area.focus()
        area.move_cursor(end_of_first_paragraph(text, text.find(FIRST_INTEREST_WORDS)))
        await pilot.pause(0.2)
        return await type_keys(app, probe, area, words, pace)

    return await run_app(app, body)


FIRST_INTEREST_WORDS = SENTENCES[0][:20]


def nonsense(rng: random.Random) -> str:
    return "zq" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(5))


async def run_followup(session: Session, words: str, pace: float, bursts: int, burst_pace: float,
                       rng: random.Random, index: int = 0) -> tuple[list[float], list[float]]:
    """Key-to-frame (ms per key) and, per burst, ms from its last key to the frame showing its score."""
    from followup.core import store
    from followup.core.rules import run_rules
    from followup.tui.app import FollowupApp
    from followup.tui.screens.editor import EditorScreen

    session = copy.deepcopy(session)
    session.app.interviewer = index
    session.app.section = SECTION
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        home = Path(tmp)
        (home / "sessions").mkdir(mode=0o700)
        path = home / "sessions" / "bench.toml"
        store.save(session, path)
        probe = Probe()
        app = FollowupApp(path, {}, clock=lambda: NOW, sessions_dir=home / "sessions",
                          config_path=home / "config.toml", blink=False)
        app.driver_class = probe.driver_class()

        async def body(pilot: Pilot) -> tuple[list[float], list[float]]:
            await settle(lambda: isinstance(app.screen, EditorScreen) and app.workspace is not None
                         and app.workspace.speller is not None)
            screen = app.screen
            field = screen.field(SECTION)
            await settle(lambda: field.spell_check is not None)
            field.focus()
            field.move_cursor(end_of_first_paragraph(field.text))
            FIELD_SIZE[:] = [(field.outer_size.width, field.outer_size.height)]
            COLOR_SYSTEM[:] = [app.console.color_system or "none"]
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            key_times = await type_keys(app, probe, field, words, pace)
            score_times = []
            workspace = app.workspace
            sidebar = screen.sidebar
            for _ in range(bursts):
                await pilot.pause(0.4)
                await app.workers.wait_for_complete()
                # The burst ends with a space: the editor holds back the spelling finding of a word still being
                # typed, so the last key (the word finished) is the one whose report the sidebar shows.
                burst = " and " + nonsense(rng) + " "
                final = copy.deepcopy(workspace.session)
                draft = final.interviewers[index].draft
                row, col = field.selection.end
                lines = field.text.split("\n")
                lines[row] = lines[row][:col] + burst + lines[row][col:]
                draft.set_section(SECTION, "\n".join(lines))
                expected = run_rules(final, NOW, workspace.config, workspace.speller).drafts[index]
                assert sidebar.report != expected
                shown = probe.frame_where(lambda: sidebar.report == expected)
                await type_keys(app, probe, field, burst[:-1], burst_pace)
                last = time.perf_counter()
                app.post_message(key_event(burst[-1]))
                score_times.append((await asyncio.wait_for(shown, 10) - last) * 1000)
                await pilot.pause(0.2)
                for _ in burst:  # back to the text before the burst (not timed)
                    app.post_message(events.Key("backspace", None))
            await pilot.pause(0.3)
            return key_times, score_times

        return await run_app(app, body)


def median(values: list[float]) -> float:
    return round(statistics.median(values), 3) if values else float("nan")


def summary(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "median_ms": median(values),
        "p90_ms": round(ordered[int(len(ordered) * 0.9)], 3) if ordered else None,
        "n": len(values),
    }


async def bench(args: argparse.Namespace) -> dict:
    rng = random.Random(6)
    small = make_session(1, 300)
    large = make_session(12, 2000)
    small_text = joined_text(small.interviewers[0].draft)
    large_text = joined_text(large.interviewers[0].draft)
    per_round = max(1, args.keys // args.rounds)
    letters = "the quick brown fox jumps over the lazy dog and then some more words follow "
    results: dict[str, list[float]] = {
        k: [] for k in ("followup", "bare", "bare_field", "followup_large", "bare_large")
    }
    scores: dict[str, list[float]] = {"followup": [], "followup_large": []}
    for r in range(args.rounds):
        words = (letters * 10)[r * per_round % len(letters):][:per_round]
        keys, score = await run_followup(small, words, args.pace, args.bursts, args.burst_pace, rng)
        results["followup"] += keys
        scores["followup"] += score
        results["bare"] += await run_bare(small_text, words, args.pace)
        results["bare_field"] += await run_bare(small_text, words, args.pace, FIELD_SIZE[0])
        if not args.skip_large:
            keys, score = await run_followup(large, words, args.pace, args.bursts, args.burst_pace, rng)
            results["followup_large"] += keys
            scores["followup_large"] += score
            results["bare_large"] += await run_bare(large_text, words, args.pace)
    a, b, bf = median(results["followup"]), median(results["bare"]), median(results["bare_field"])
    out: dict = {
        "pace_ms": args.pace * 1000,
        "burst_pace_ms": args.burst_pace * 1000,
        "draft_words": draft_words(small.interviewers[0].draft),
        "color_system": COLOR_SYSTEM[0] if COLOR_SYSTEM else None,
        "key_to_frame": {
            "followup_300_words": summary(results["followup"]),
            "bare_textarea_300_words": summary(results["bare"]),
            "ratio": round(a / b, 3),
            "bare_textarea_field_sized": {**summary(results["bare_field"]), "size": list(FIELD_SIZE[0])},
            "ratio_to_field_sized": round(a / bf, 3),
        },
        "score_shown_after_last_key": {"followup_300_words": summary(scores["followup"])},
    }
    targets = {
        "key_to_frame_ratio_at_most_1.5": a / b <= 1.5,
        "key_to_frame_ratio_to_field_sized_at_most_1.5": a / bf <= 1.5,
        "score_within_50_ms": median(scores["followup"]) <= 50,
    }
    if not args.skip_large:
        c, d = median(results["followup_large"]), median(results["bare_large"])
        sa, sc = median(scores["followup"]), median(scores["followup_large"])
        out["large"] = {
            "interviewers": 12,
            "draft_words": draft_words(large.interviewers[0].draft),
            "key_to_frame": {
                "followup": summary(results["followup_large"]),
                "bare_textarea_same_draft": summary(results["bare_large"]),
                "ratio_to_bare": round(c / d, 3),
                "slowdown_vs_300_words": round(c / a, 3),
            },
            "score_shown_after_last_key": {
                "followup": summary(scores["followup_large"]),
                "slowdown_vs_300_words": round(sc / sa, 3),
            },
        }
        targets["large_key_to_frame_at_most_2x"] = c / a <= 2
        targets["large_score_at_most_2x"] = sc / sa <= 2
    out["targets"] = targets
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=200, help="keys typed per app (default 200)")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved rounds the keys are split into")
    parser.add_argument("--pace", type=float, default=0.1, help="seconds between keys (default 0.1: a fast typist)")
    parser.add_argument("--bursts", type=int, default=5, help="score-latency bursts per followup round")
    parser.add_argument("--burst-pace", type=float, default=0.03, help="seconds between keys in a burst")
    parser.add_argument("--skip-large", action="store_true", help="skip the 12 x 2,000-word session")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the whole run to FILE")
    args = parser.parse_args()
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        result = profiler.runcall(asyncio.run, bench(args))
        profiler.dump_stats(args.profile)
    else:
        result = asyncio.run(bench(args))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
