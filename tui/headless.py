"""`followup check` and `followup export`: the session's scores and its emails, without a screen.

Called by `tui.cli`; imports no Textual. Exit status: 0 fine, 1 a draft has an error (check),
2 bad input or usage. User text is printed with every control character made visible.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TextIO

from followup.core.errors import SessionError
from followup.core.findings import WHOLE_DRAFT, Severity
from followup.core.model import SECTION_TITLES, Session

_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]")
_COLOURS = {"error": "31", "warning": "33", "suggestion": "36", "dim": "2", "bold": "1", "green": "32"}
_SECTION_TITLES = {**SECTION_TITLES, WHOLE_DRAFT: "Whole draft"}


def visible(text: str, limit: int | None = None) -> str:
    """`text` safe for a terminal: control, bidi and line-break characters shown as symbols
    (ESC as ␛, newline as ␊, others as <U+202E>), optionally cut to `limit` characters."""

    def show(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code < 0x20:
            return chr(0x2400 + code)
        if code == 0x7F:
            return "\u2421"
        return f"<U+{code:04X}>"

    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _INVISIBLE.sub(show, text)


class _Out:
    """Writes lines to a stream, coloured only on a terminal without NO_COLOR."""

    def __init__(self, stream: TextIO, environ: Mapping[str, str]) -> None:
        self.stream = stream
        isatty = getattr(stream, "isatty", lambda: False)
        self.colour = bool(isatty()) and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            "✖▲•—␛".encode(encoding)
            self.marks = {"error": "✖", "warning": "▲", "suggestion": "•"}
            self.dash = "—"
        except (UnicodeEncodeError, LookupError):
            self.marks = {"error": "x", "warning": "!", "suggestion": "-"}
            self.dash = "-"

    def paint(self, text: str, style: str) -> str:
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m" if self.colour else text

    def line(self, text: str = "") -> None:
        try:
            self.stream.write(text + "\n")
        except UnicodeEncodeError:
            encoding = getattr(self.stream, "encoding", None) or "ascii"
            self.stream.write(text.encode(encoding, "replace").decode(encoding) + "\n")


def _fail(message: str) -> int:
    """One line on stderr, exit status 2."""
    sys.stderr.write(visible(message) + "\n")
    return 2


def _warn_if_shared(path: Path) -> None:
    from followup.core.store import is_private

    try:
        shared = not is_private(path)
    except OSError:
        return
    if shared:
        shown = visible(str(path))
        sys.stderr.write(
            f"warning: {shown} is readable by other users; chmod 600 {shown} to keep your drafts private\n"
        )


def parse_now(text: str | None) -> datetime:
    """`--now` as an aware date-time (a value without offset is local time); default: the current time."""
    if text is None:
        return datetime.now().astimezone()
    from followup.core.dates import date_problem

    value = datetime.fromisoformat(text.strip())
    problem = date_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value if value.tzinfo is not None else value.astimezone()


def _disabled(ids: list[str]) -> list[str]:
    """`--disable a b` and `--disable a,b` both work."""
    return [part.strip() for item in ids for part in item.split(",") if part.strip()]


def check(ns: argparse.Namespace, environ: Mapping[str, str]) -> int:
    """Score every draft of the session at `ns.path`; print text or JSON; 0, 1 or 2."""
    from followup.core.config import default_config_path, load_config
    from followup.core.rules import RULES_BY_ID, run_rules
    from followup.core.store import load

    try:
        now = parse_now(ns.now)
    except ValueError as exc:
        why = f"{exc}; " if "outside" in str(exc) else ""
        return _fail(f"followup check: --now: {why}expected an ISO-8601 date-time like 2026-11-25T15:00:00-05:00, "
                     f"got {ns.now!r}")
    unknown = [rule for rule in _disabled(ns.disable) if rule not in RULES_BY_ID]
    if unknown:
        return _fail(f"followup check: --disable: unknown rule ID {', '.join(map(repr, unknown))} "
                     f"(F1 in the app lists every rule; `followup check --help` shows how to disable one)")
    config_path = default_config_path(environ)
    path = Path(ns.path)
    try:
        config = load_config(config_path)
        session = load(path)
    except SessionError as exc:
        return _fail(str(exc))
    for rule in sorted(config.disable - RULES_BY_ID.keys()):
        sys.stderr.write(visible(f"warning: {config_path}: disable: unknown rule ID {rule!r} (ignored)") + "\n")
    _warn_if_shared(path)
    config = config.with_disabled(set(_disabled(ns.disable)))

    try:
        from followup.core.config import dictionary_cache_path
        from followup.core.spelling import Speller

        speller = Speller(cache=dictionary_cache_path(environ))
    except Exception as exc:  # a broken dictionary install should not stop the other rules
        sys.stderr.write(visible(f"warning: spelling not checked: {exc}") + "\n")
        speller = None
    try:
        report = run_rules(session, now, config, speller)
    except Exception as exc:  # a bug, never the user's fault: one line, not a traceback
        return _fail(f"followup check: internal error while scoring {path} ({type(exc).__name__}: {exc}); "
                     f"please report it")
    out = _Out(sys.stdout, environ)
    if ns.json:
        out.line(json.dumps(_json(report, session, now, ns.path), indent=2, ensure_ascii=True))
    else:
        _human(out, report, session, now, path)
    return 1 if report.has_error else 0


def _json(report, session: Session, now: datetime, file: str) -> dict:
    from followup.core.timing import deadline

    data = report.to_json(file)
    for entry, person in zip(data["drafts"], session.interviewers):
        due = deadline(session, person.draft, now)
        entry["deadline"] = {"state": due.state, "label": due.label, "due": due.due.isoformat()}
        entry["sent"] = person.draft.sent.isoformat() if person.draft.sent else None
    return data


def _human(out: _Out, report, session: Session, now: datetime, path: Path) -> None:
    from followup.core.timing import deadline

    dash = out.dash
    count = len(session.interviewers)
    company = visible(session.interview.company, 60) or "(no company)"
    out.line(out.paint(
        f"{visible(str(path))}: {report.scenario} {dash} {company}, {count} "
        f"{'draft' if count == 1 else 'drafts'}, session score {report.score}", "bold"))
    if not count:
        out.line("No interviewers yet: add them in the app (followup PATH).")
    width = max((len(f.rule) for d in report.drafts for f in d.findings), default=0)
    for draft, person in zip(report.drafts, session.interviewers):
        due = deadline(session, person.draft, now)
        due_style = {"overdue": "error", "soon": "warning", "sent": "green"}.get(due.state, "dim")
        name = visible(person.name, 60) or f"(interviewer {draft.index + 1}, no name)"
        out.line()
        out.line(f"{out.paint(name, 'bold')} {dash} score {draft.score} ({draft.band}) {dash} "
                 f"{out.paint(due.label, due_style)}")
        if not draft.findings:
            out.line("  " + out.paint("no findings", "green"))
            continue
        for section, findings in draft.by_section().items():
            out.line("  " + _SECTION_TITLES.get(section, section))
            for finding in sorted(findings, key=lambda f: Severity.rank_of(f.severity)):
                mark = out.marks.get(finding.severity, "?")
                label = out.paint(f"{mark} {finding.severity:<10}", finding.severity
                                  if finding.severity in _COLOURS else "dim")
                out.line(f"    {label} {finding.rule:<{width}}  {visible(finding.message, 300)}")
                if finding.hint:
                    out.line(" " * (19 + width) + out.paint(visible(finding.hint, 300), "dim"))
    failing = sum(1 for d in report.drafts if d.has_error)
    out.line()
    if failing:
        out.line(out.paint(f"{failing} of {count} drafts have errors to fix before sending.", "error"))
    elif count:
        out.line(out.paint("No errors: every draft is ready to send.", "green"))


def export(ns: argparse.Namespace, environ: Mapping[str, str]) -> int:
    """Write one file per interviewer (`.eml` or `.txt`) into `--out` or beside the session.

    Never over a file followup did not write for that draft: a free name is taken and named. A draft
    with an error or without a usable recipient is held back with the reason. `--force` writes those
    drafts too, under their own names. Exit 0 all written, 1 some held back, 2 bad input."""
    from followup.core.config import default_config_path, load_config
    from followup.core.export import draft_problems, targets, write_targets
    from followup.core.rules import run_rules
    from followup.core.store import load

    path = Path(ns.path)
    try:
        config = load_config(default_config_path(environ))
        session = load(path)
    except SessionError as exc:
        return _fail(str(exc))
    _warn_if_shared(path)
    folder = Path(ns.out) if ns.out else path.parent
    if folder.exists() and not folder.is_dir():
        return _fail(f"followup export: --out: {folder} is a file, not a folder")
    if not session.interviewers:
        sys.stderr.write("followup export: the session has no interviewers yet; nothing to export\n")
        return 0
    force = getattr(ns, "force", False)
    try:
        report = run_rules(session, datetime.now().astimezone(), config, None)
    except Exception as exc:  # a bug, never the user's fault: one line, not a traceback
        return _fail(f"followup export: internal error while checking {path} ({type(exc).__name__}: {exc}); "
                     f"please report it")
    out = _Out(sys.stdout, environ)
    held: list[str] = []
    ready: list[int] = []
    for index, person in enumerate(session.interviewers):
        problems = draft_problems(session, index, report.drafts[index].findings)
        name = visible(person.name, 60) or f"interviewer {index + 1}"
        if problems and not force:
            held.append(f"{name}: {visible('; '.join(problems))}")
        else:
            ready.append(index)
    try:
        plan = targets(session, path, folder, ns.format, ready)
        written = write_targets(session, path, plan, ns.format, force=force)
    except OSError as exc:
        return _fail(f"followup export: cannot write to {folder}: {exc.strerror or exc}")
    for target, file in zip(plan, written):
        person = session.interviewers[target.index]
        note = "  (empty draft)" if person.draft.is_empty else ""
        if target.taken is not None and file != target.taken:
            note += f"  ({target.taken.name} is not followup's for this draft: kept, written beside it)"
        elif target.taken is not None:
            note += f"  (replaced {target.taken.name}: --force)"
        out.line(f"{visible(str(file))}{note}")
    if held:
        for line in held:
            sys.stderr.write(f"not exported: {line}\n")
        sys.stderr.write(f"followup export: {len(held)} draft{'s' if len(held) != 1 else ''} held back; "
                         f"`followup check {visible(str(path))}` shows why, --force writes them anyway\n")
        return 1
    return 0
