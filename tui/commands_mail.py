"""`followup new --from INVITE.ics`, `followup send` and `followup due`: from the invite to the sent email.

Called by `tui.cli`; imports no Textual. Errors are one line on stderr naming the file and field.
Exit status of `send`: 0 all sent, 1 some refused here (an error in the draft, already sent, a bad
recipient), 2 bad input or usage, 3 the transport failed. `due`: 1 when a draft is overdue, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from followup.core.errors import SessionError
from followup.tui.headless import _Out, parse_now, visible


def _fail(message: str, status: int = 2) -> int:
    sys.stderr.write(visible(message) + "\n")
    return status


def _note(message: str) -> None:
    sys.stderr.write(visible(message) + "\n")


def _config(environ: Mapping[str, str]):
    from followup.core.config import default_config_path, load_config

    path = default_config_path(environ)
    return path, load_config(path)


def _remember(environ: Mapping[str, str], path: Path) -> None:
    from followup.core.config import recent_files_path
    from followup.core.due import remember

    try:
        remember(recent_files_path(environ), path)
    except OSError as exc:
        _note(f"warning: {path} not added to the recent files that `followup due` reads ({exc.strerror or exc})")


# --------------------------------------------------------------------------- new


def _choose(events, out: _Out) -> int | None:
    """Ask on the terminal which event to import; None when the user gives up (ctrl+d, ctrl+c, empty)."""
    out.line("This invite holds several events:")
    for number, event in enumerate(events, start=1):
        out.line(f"  {number}. {visible(event.label(), 100)}")
    while True:
        try:
            answer = input(f"Which one? [1-{len(events)}] ").strip()
        except (EOFError, KeyboardInterrupt):
            out.line()
            return None
        if not answer:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(events):
            return int(answer)
        out.line(f"Type a number from 1 to {len(events)}, or press Enter to stop.")


def _default_out(environ: Mapping[str, str], session) -> Path:
    from followup.core.config import default_sessions_dir
    from followup.core.export import slug

    folder = default_sessions_dir(environ)
    stem = f"{session.interview.start:%Y-%m-%d}-{slug(session.interview.company) or 'interview'}"
    path, n = folder / f"{stem}.toml", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.toml", n + 1
    return path


def _out_problem(target: Path) -> str | None:
    """Why `--out` cannot be written, in one line, or None. Its folder must exist: a typo in a folder name
    must not quietly create a tree of folders somewhere unexpected."""
    folder = target.parent
    if target.exists() or target.is_symlink():
        return f"followup new: {target} already exists; not overwritten (choose another --out)"
    if folder.exists() and not folder.is_dir():
        return f"followup new: --out {target}: {folder} is not a folder (nothing written)"
    if not folder.is_dir():
        return f"followup new: --out {target}: the folder {folder} does not exist; create it first (nothing written)"
    return None


def new(ns: argparse.Namespace, environ: Mapping[str, str]) -> int:
    """A new session from a calendar invite; never over an existing file."""
    from followup.core import store
    from followup.core.invite import read_events, to_session

    source = Path(ns.source)
    if ns.out:
        problem = _out_problem(Path(ns.out))
        if problem:
            return _fail(problem)
    now = datetime.now().astimezone()
    try:
        _, config = _config(environ)
        events = read_events(store.read_bytes(source, kind="calendar invite (.ics)"), source, now, now.tzinfo)
    except SessionError as exc:
        return _fail(str(exc))
    out = _Out(sys.stdout, environ)
    choice = ns.event
    if choice is None and len(events) > 1:
        if sys.stdin.isatty() and sys.stdout.isatty():
            choice = _choose(events, out)
            if choice is None:
                return _fail("followup new: no event chosen; nothing written")
        else:
            listing = "; ".join(f"{n}. {event.label()}" for n, event in enumerate(events, start=1))
            return _fail(f"{source}: holds {len(events)} events; say which with --event N ({listing})")
    if choice is None:
        choice = 1
    if not 1 <= choice <= len(events):  # 0 too: events count from 1
        return _fail(f"followup new: --event {choice}: {source} holds events 1 to {len(events)}")
    imported = to_session(events[choice - 1], config.profile)
    session = imported.session
    target = Path(ns.out) if ns.out else _default_out(environ, session)
    if target.exists() or target.is_symlink():
        return _fail(f"followup new: {target} already exists; not overwritten (choose another --out)")
    try:
        store.save(session, target, expected=store.NEW_FILE)
    except SessionError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"followup new: {target}: cannot write ({exc.strerror or exc})")
    _remember(environ, target)
    interview = session.interview
    zone = interview.extra.get("timezone") or interview.start.strftime("UTC%z")
    ends = f"–{interview.end:%H:%M}" if interview.end else ""
    names = ", ".join(person.name for person in session.interviewers) or "nobody yet"
    out.line(f"Created {visible(str(target))}")
    out.line(f"  {visible(interview.role or '(no role)', 80)} at {visible(interview.company or '(no company)', 80)}")
    out.line(f"  {interview.start:%a %d %b %Y, %H:%M}{ends} ({visible(str(zone))})")
    out.line(f"  {len(session.interviewers)} to thank: {visible(names, 300)}")
    for note in imported.notes:
        out.line(f"  note: {visible(note)}")
    out.line(f"Next: followup {visible(str(target))}")
    return 0


# --------------------------------------------------------------------------- send


def _pick(session, ns) -> list[int] | str:
    """The drafts asked for, or the reason the request is unclear."""
    people = session.interviewers
    if not people:
        return "the session has no interviewers"
    if ns.all:
        return list(range(len(people)))
    if ns.to is None:
        if len(people) == 1:
            return [0]
        return f"say whose draft: --to NAME or --all ({', '.join(p.name for p in people)})"
    wanted = " ".join(ns.to.split()).casefold()
    exact = [i for i, p in enumerate(people) if " ".join(p.name.split()).casefold() == wanted]
    if len(exact) == 1:
        return exact
    partial = [i for i, p in enumerate(people) if wanted and wanted in " ".join(p.name.split()).casefold()]
    if len(partial) == 1 and not exact:
        return partial
    if exact or partial:
        return f"--to {ns.to!r} matches more than one interviewer; give the full name"
    return f"--to {ns.to!r}: no such interviewer ({', '.join(p.name for p in people)})"


def _errors(session, config, environ, now) -> tuple[dict[int, str], dict[int, str]]:
    """For each draft with an `error` finding (but the timing rules'), the first error's message; and for
    each draft past its 24-hour window, how late it is ("overdue by 6 h")."""
    from followup.core.config import dictionary_cache_path
    from followup.core.rules import run_rules
    from followup.core.timing import deadline

    try:
        from followup.core.spelling import Speller

        speller = Speller(cache=dictionary_cache_path(environ))
    except Exception:  # a broken dictionary install should not stop the other rules
        speller = None
    report = run_rules(session, now, config, speller)
    found: dict[int, str] = {}
    late: dict[int, str] = {}
    for draft in report.drafts:
        first = next((f for f in draft.findings if f.to_fix), None)
        if first is not None:
            found[draft.index] = f"{first.rule}: {first.message}"
        info = deadline(session, session.interviewers[draft.index].draft, now)
        if info.state == "overdue" and any(f.is_lateness and f.severity == "error" for f in draft.findings):
            late[draft.index] = info.label
    return found, late


def _record(path: Path, index: int, name: str, when: datetime, message_id: str) -> None:
    """Write the send into the file as it is now (someone may have edited it meanwhile): that draft only."""
    from followup.core import store
    from followup.core.outbox import record_sent

    loaded = store.load_with_fingerprint(path)
    people = loaded.session.interviewers
    if index < len(people) and people[index].name == name:
        person = people[index]
    else:
        same = [p for p in people if p.name == name]
        if len(same) != 1:
            raise SessionError(path, None, f"{name} is no longer on the roster")
        person = same[0]
    record_sent(person.draft, when, message_id)
    store.save(loaded.session, path, expected=loaded.fingerprint)


def send(ns: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from followup.core import store
    from followup.core.outbox import Refused, SendFailed, already_sent, deliver, prepare

    path = Path(ns.path)
    try:
        config_path, config = _config(environ)
        session = store.load(path)
    except SessionError as exc:
        return _fail(str(exc))
    settings = config.send
    if settings is None or not (settings.command or settings.host):
        return _fail(f"{config_path}: send: no transport set; add [send] command = \"msmtp -t\" "
                     f"(or host = \"smtp.example.com\" with user and password_command)")
    picked = _pick(session, ns)
    if isinstance(picked, str):
        return _fail(f"followup send: {picked}")
    if session.interview.medium != "email":
        return _fail(f"{path}: interview.medium: {session.interview.medium!r}: these notes are written by hand, "
                     f"not sent; set medium = \"email\" to send them")
    now = datetime.now().astimezone()
    try:
        errors, late = _errors(session, config, environ, now)
    except Exception as exc:  # a bug, never the user's fault: one line
        return _fail(f"followup send: internal error while scoring {path} ({type(exc).__name__}: {exc}); "
                     f"please report it")
    out = _Out(sys.stdout, environ)
    refused: list[str] = []
    skipped: list[str] = []
    warned: list[str] = []
    rejected = session.interview.outcome == "rejected"
    ready = []
    for index in picked:
        person = session.interviewers[index]
        name = visible(person.name, 60)
        draft = person.draft
        if already_sent(draft) and ns.to is None:
            when = f" on {draft.sent:%a %d %b %H:%M}" if draft.sent else ""
            again = f"{name}: already sent{when}; to send it again, ask for it by name (--to)"
            if ns.all:  # "every draft not sent yet": skipping a sent one is what was asked, not a refusal
                skipped.append(again)
            else:
                refused.append(again)
            continue
        if draft.is_empty:
            if ns.all and rejected:  # one gracious reply is enough after a rejection: the others stay unwritten
                skipped.append(f"{name}: skipped: the draft is empty (after a rejection one reply is enough)")
            else:
                refused.append(f"{name}: not sent: the draft is empty; write it first")
            continue
        if index in errors and not ns.force:
            refused.append(f"{name}: not sent: the draft has an error ({visible(errors[index], 160)}); "
                           f"fix it, or send anyway with --force")
            continue
        try:
            ready.append((index, prepare(session, index, settings, now)))
        except Refused as exc:
            refused.append(f"{name}: not sent: {visible(str(exc), 200)}")
            continue
        if index in late:
            warned.append(f"{name}: late ({visible(late[index], 60)}); sending anyway: a late thank-you beats none")
    mark_bad = "✖ " if out.dash == "—" else "x "
    for line in skipped:
        out.line("- " + line)
    for line in refused:
        out.line(out.paint(mark_bad, "error") + line)
    for line in warned:
        out.line(out.paint("! ", "warning") + line)
    if ns.dry_run:
        for index, outgoing in ready:
            out.line(out.paint(f"Would send to {visible(outgoing.to, 120)} through {visible(settings.transport)}"
                               + (f" (and a blind copy to {outgoing.sender})" if len(outgoing.recipients) > 1
                                  else ""), "bold"))
            out.line(visible_message(outgoing.message))
        return 1 if refused else 0
    sent: list[str] = []
    failed: list[str] = []
    untried: list[str] = []
    stop = False
    for index, outgoing in ready:
        person = session.interviewers[index]
        name = visible(person.name, 60)
        if stop:
            untried.append(name)
            continue
        if already_sent(person.draft):
            first = f" (first sent {person.draft.sent:%a %d %b %H:%M})" if person.draft.sent else ""
            out.line(f"{name}: sending again, as asked{first}")
        try:
            deliver(outgoing, settings)
        except SendFailed as exc:
            failed.append(name)
            out.line(out.paint(mark_bad, "error") + f"{name}: not sent: {visible(str(exc), 300)}")
            # A refused recipient concerns this draft only; a transport that is down would fail the rest the same way.
            stop = exc.kind != "refused"
            continue
        when = datetime.now().astimezone().replace(microsecond=0)
        try:
            _record(path, index, person.name, when, outgoing.message_id)
        except (SessionError, OSError) as exc:
            reason = str(exc) if isinstance(exc, SessionError) else f"{path}: {exc.strerror or exc}"
            out.line(out.paint(f"{name}: SENT, but not recorded: {visible(reason, 200)}; "
                               f"mark it sent in the app so it is not sent twice", "error"))
            sent.append(name)
            failed.append(f"{name} (not recorded)")
            stop = True
            continue
        sent.append(name)
        out.line(out.paint("✔ " if out.dash == "—" else "ok ", "green")
                 + f"{name}: sent to {visible(outgoing.to, 120)} at {when:%H:%M}")
    asked = len(picked) - len(skipped)
    if asked > 1 or refused or failed:
        parts = [f"sent {len(sent)} of {asked}" + (f" ({', '.join(sent)})" if sent else "")]
        if failed:
            parts.append(f"failed: {', '.join(failed)}")
        if untried:
            parts.append(f"not tried after the failure: {', '.join(untried)}")
        if refused:
            parts.append(f"refused here: {len(refused)}")
        summary = "; ".join(parts) + "."
        retry = " Run the same command again to retry (--all skips the drafts already sent)." if failed else ""
        out.line(summary[:1].upper() + summary[1:] + retry)
    if failed:
        return 3
    return 1 if refused else 0


def visible_message(message) -> str:
    """The message as a mail client would show its source: headers, a blank line, the body (made visible)."""
    head = [f"{key}: {visible(str(value), 300)}" for key, value in message.items()
            if key.lower() not in ("content-type", "content-transfer-encoding", "mime-version")]
    body = message.get_content()
    return "\n".join(head) + "\n\n" + "\n".join(visible(line) for line in body.rstrip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------- due


def due(ns: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from followup.core.config import default_sessions_dir, recent_files_path
    from followup.core.due import due_drafts, load_all, read_recent, session_files, short_line

    try:
        now = parse_now(ns.now)
    except ValueError:
        return _fail(f"followup due: --now: expected an ISO-8601 date-time like 2026-11-25T15:00:00-05:00, "
                     f"got {ns.now!r}")
    paths = session_files(default_sessions_dir(environ), read_recent(recent_files_path(environ)))
    sessions, problems = load_all(paths)
    items = due_drafts(sessions, now)
    overdue = sum(1 for item in items if item.overdue)
    out = _Out(sys.stdout, environ)
    if ns.short:
        out.line(short_line(items))
        return 1 if overdue else 0
    for problem in problems:
        _note(f"warning: skipped {problem}")
    if ns.json:
        out.line(json.dumps({
            "now": now.isoformat(),
            "overdue": overdue,
            "drafts": [{
                "file": str(item.file),
                "company": item.company,
                "role": item.role,
                "interviewer": item.interviewer,
                "state": item.deadline.state,
                "label": item.deadline.label,
                "due": item.deadline.due.isoformat(),
                "seconds_left": int(item.deadline.remaining.total_seconds()),
            } for item in items],
        }, indent=2, ensure_ascii=True))
        return 1 if overdue else 0
    if not items:
        out.line("Nothing due: every draft is sent.")
        return 0
    width = max(len(item.deadline.label) for item in items)
    for item in items:
        style = {"overdue": "error", "soon": "warning"}.get(item.deadline.state, "dim")
        what = " at ".join(visible(part, 60) for part in (item.role, item.company) if part) or "(no role)"
        out.line(f"{out.paint(item.deadline.label.ljust(width), style)}  {visible(item.interviewer, 60) or '(no name)'}"
                 f" {out.dash} {what}  {out.paint(visible(str(item.file)), 'dim')}")
    out.line(f"{len(items)} unsent" + (f", {overdue} overdue" if overdue else "") + ".")
    return 1 if overdue else 0
