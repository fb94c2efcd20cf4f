"""Session files: TOML <-> `core.model.Session`, validated, with atomic, private saves.

Used by the app (open, autosave, conflict check, recovery) and by `followup check/export`.
Field paths in errors count interviewers from 1, as people do: `interviewers[2].topics`.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from .errors import SessionError
from .model import (
    MEDIUMS,
    OUTCOMES,
    SCHEMA_VERSION,
    SECTIONS,
    AppState,
    Candidate,
    Draft,
    Interview,
    Interviewer,
    Session,
)

FILE_MODE = 0o600
FOLDER_MODE = 0o700

#: Pass as `save(..., expected=NEW_FILE)` to insist that the file does not exist yet.
NEW_FILE = "<new file>"

_DATETIME_EXAMPLE = "2026-11-25T09:00:00-05:00"
_TEMP_RE = re.compile(r"^\.(?P<name>.+)\.(?P<rand>[A-Za-z0-9_]+)\.tmp$")


class ConflictError(SessionError):
    """The file changed on disk since it was read: saving would overwrite someone else's change."""


# --------------------------------------------------------------------------- reading


def _show(value: Any) -> str:
    """A short, single-line, escaped rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime):
        return "a date-time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, time):
        return "a time"
    return type(value).__name__


class _Reader:
    """Validates one parsed TOML document, raising SessionError with the file and field path."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = path

    def fail(self, field: str, message: str) -> SessionError:
        return SessionError(self.path, field, message)

    def table(self, data: dict[str, Any], key: str, field: str, required: bool) -> dict[str, Any] | None:
        if key not in data:
            if required:
                raise self.fail(field, f"missing (expected a [{field}] table)")
            return None
        value = data[key]
        if not isinstance(value, dict):
            what = f"a [{field}] table" if "[" not in field else "a table"
            raise self.fail(field, f"expected {what}, found {_type_name(value)}")
        return value

    def string(self, data: dict[str, Any], key: str, field: str, required: bool = False) -> str:
        if key not in data:
            if required:
                raise self.fail(field, "missing (expected a string)")
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(field, f"expected a string, found {_type_name(value)}")
        return value

    def strings(self, data: dict[str, Any], key: str, field: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(field, "expected a list of strings")
        return list(value)

    def choice(self, data: dict[str, Any], key: str, field: str, choices: tuple[str, ...], default: str) -> str:
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, str) or value not in choices:
            allowed = " or ".join(f'"{c}"' for c in choices)
            raise self.fail(field, f"expected {allowed}, found {_show(value)}")
        return value

    def when(self, data: dict[str, Any], key: str, field: str, required: bool = False) -> datetime | None:
        if key not in data:
            if required:
                raise self.fail(field, f"missing (expected a date-time like {_DATETIME_EXAMPLE})")
            return None
        value = data[key]
        if not isinstance(value, datetime):
            raise self.fail(field, f"expected a date-time like {_DATETIME_EXAMPLE}, found {_type_name(value)}")
        if value.tzinfo is None:
            # A local date-time: read in the machine's zone (a conversion, not a clock read).
            value = value.astimezone()
        return value

    def rest(self, data: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
        return {k: v for k, v in data.items() if k not in known}

    # -- the document ----------------------------------------------------------------

    def session(self, data: dict[str, Any]) -> Session:
        if "schema" not in data:
            raise self.fail("schema", f"missing (expected schema = {SCHEMA_VERSION} at the top of the file)")
        schema = data["schema"]
        if type(schema) is not int or schema < 1:
            raise self.fail("schema", f"expected a whole number from 1, found {_show(schema)}")
        if schema > SCHEMA_VERSION:
            raise self.fail(
                "schema",
                f"schema {schema} is newer than this followup understands ({SCHEMA_VERSION}); upgrade followup",
            )
        cand = self.table(data, "candidate", "candidate", required=True)
        inter = self.table(data, "interview", "interview", required=True)
        assert cand is not None and inter is not None
        people = data.get("interviewers", [])
        if not isinstance(people, list) or not all(isinstance(p, dict) for p in people):
            raise self.fail("interviewers", "expected [[interviewers]] tables")
        app = self.table(data, "app", "app", required=False)
        return Session(
            candidate=self.candidate(cand),
            interview=self.interview(inter),
            interviewers=[self.interviewer(p, f"interviewers[{i}]") for i, p in enumerate(people, start=1)],
            schema=schema,
            app=self.app(app) if app is not None else AppState(),
            extra=self.rest(data, ("schema", "candidate", "interview", "interviewers", "app")),
        )

    def candidate(self, data: dict[str, Any]) -> Candidate:
        return Candidate(
            name=self.string(data, "name", "candidate.name", required=True),
            email=self.string(data, "email", "candidate.email"),
            phone=self.string(data, "phone", "candidate.phone"),
            extra=self.rest(data, ("name", "email", "phone")),
        )

    def interview(self, data: dict[str, Any]) -> Interview:
        start = self.when(data, "start", "interview.start", required=True)
        assert start is not None
        return Interview(
            company=self.string(data, "company", "interview.company", required=True),
            role=self.string(data, "role", "interview.role", required=True),
            start=start,
            end=self.when(data, "end", "interview.end"),
            outcome=self.choice(data, "outcome", "interview.outcome", OUTCOMES, "pending"),
            medium=self.choice(data, "medium", "interview.medium", MEDIUMS, "email"),
            requirements=self.strings(data, "requirements", "interview.requirements"),
            achievements=self.strings(data, "achievements", "interview.achievements"),
            concerns=self.strings(data, "concerns", "interview.concerns"),
            extra=self.rest(
                data,
                ("company", "role", "start", "end", "outcome", "medium", "requirements", "achievements", "concerns"),
            ),
        )

    def interviewer(self, data: dict[str, Any], field: str) -> Interviewer:
        draft = self.table(data, "draft", f"{field}.draft", required=False)
        return Interviewer(
            name=self.string(data, "name", f"{field}.name", required=True),
            title=self.string(data, "title", f"{field}.title"),
            email=self.string(data, "email", f"{field}.email"),
            topics=self.strings(data, "topics", f"{field}.topics"),
            draft=self.draft(draft, f"{field}.draft") if draft is not None else Draft(),
            extra=self.rest(data, ("name", "title", "email", "topics", "draft")),
        )

    def draft(self, data: dict[str, Any], field: str) -> Draft:
        texts = {name: self.string(data, name, f"{field}.{name}") for name in SECTIONS}
        return Draft(
            **texts,
            sent=self.when(data, "sent", f"{field}.sent"),
            extra=self.rest(data, (*SECTIONS, "sent")),
        )

    def app(self, data: dict[str, Any]) -> AppState:
        index = data.get("interviewer", 0)
        if type(index) is not int or index < 0:
            raise self.fail("app.interviewer", f"expected a whole number from 0, found {_show(index)}")
        section = self.choice(data, "section", "app.section", SECTIONS, "subject")
        return AppState(interviewer=index, section=section, extra=self.rest(data, ("interviewer", "section")))


def loads(text: str, path: str | Path | None = None) -> Session:
    """Parse and validate a session document; `path` only names the file in errors."""
    if "\x00" in text:
        raise SessionError(path, None, "contains NUL bytes: not a session file (binary or damaged?)")
    if text.startswith("\ufeff"):  # a byte-order mark left by some Windows editors
        text = text[1:]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SessionError(path, None, f"not valid TOML: {exc}") from None
    except RecursionError:
        raise SessionError(path, None, "not a session file: values nested too deeply") from None
    return _Reader(path).session(data)


def decode(raw: bytes, path: str | Path | None = None) -> str:
    """The file's bytes as text, or a SessionError saying where the bytes stop being UTF-8."""
    if b"\x00" in raw:
        raise SessionError(path, None, "contains NUL bytes: not a session file (binary or damaged?)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SessionError(path, None, f"not UTF-8 text (bad byte at line {line})") from None


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a one-line SessionError (missing, a folder, unreadable)."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise SessionError(path, None, "no such file") from None
    except IsADirectoryError:
        raise SessionError(path, None, "is a folder, not a session file") from None
    except OSError as exc:
        raise SessionError(path, None, f"cannot read: {exc.strerror or exc}") from None


def load(path: str | Path) -> Session:
    """Read and validate the session at `path`. Never writes anything."""
    path = Path(path)
    return loads(decode(read_bytes(path), path), path)


# --------------------------------------------------------------------------- writing


class _IsoDateTime(datetime):
    """Written as `2026-11-25T09:00:00-05:00` (with the T, as in the format's examples)."""

    def __str__(self) -> str:
        return self.isoformat()


def _offset_dt(value: datetime) -> datetime:
    """A date-time TOML can hold with an offset: naive ones get the local offset, odd offsets go to UTC."""
    if value.tzinfo is None:
        value = value.astimezone()
    offset = value.utcoffset() or timedelta(0)
    if offset.total_seconds() % 60:  # TOML offsets are whole minutes
        value = value.astimezone(timezone.utc)
    return _IsoDateTime(
        value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond, value.tzinfo
    )


def _put(table: dict[str, Any], key: str, value: Any) -> None:
    """Set `key` unless the value is empty (files stay tidy; loading restores the default)."""
    if value not in ("", None, []):
        table[key] = value


def to_dict(session: Session) -> dict[str, Any]:
    """The TOML document for `session` (plain dicts, lists, strings, date-times)."""
    cand: dict[str, Any] = {"name": session.candidate.name}
    _put(cand, "email", session.candidate.email)
    _put(cand, "phone", session.candidate.phone)
    cand.update(session.candidate.extra)

    iv = session.interview
    inter: dict[str, Any] = {"company": iv.company, "role": iv.role, "start": _offset_dt(iv.start)}
    if iv.end is not None:
        inter["end"] = _offset_dt(iv.end)
    inter["outcome"] = iv.outcome
    inter["medium"] = iv.medium
    _put(inter, "requirements", list(iv.requirements))
    _put(inter, "achievements", list(iv.achievements))
    _put(inter, "concerns", list(iv.concerns))
    inter.update(iv.extra)

    people = []
    for person in session.interviewers:
        entry: dict[str, Any] = {"name": person.name}
        _put(entry, "title", person.title)
        _put(entry, "email", person.email)
        _put(entry, "topics", list(person.topics))
        entry.update(person.extra)
        draft: dict[str, Any] = {}
        for name in SECTIONS:
            _put(draft, name, person.draft.section(name))
        if person.draft.sent is not None:
            draft["sent"] = _offset_dt(person.draft.sent)
        draft.update(person.draft.extra)
        if draft:
            entry["draft"] = draft
        people.append(entry)

    doc: dict[str, Any] = {"schema": session.schema, "candidate": cand, "interview": inter}
    if people:
        doc["interviewers"] = people
    if not session.app.is_default:
        app: dict[str, Any] = {"interviewer": session.app.interviewer, "section": session.app.section}
        app.update(session.app.extra)
        doc["app"] = app
    doc.update(session.extra)
    return doc


def _has_crlf(value: Any) -> bool:
    if isinstance(value, str):
        return "\r\n" in value
    if isinstance(value, dict):
        return any(_has_crlf(k) or _has_crlf(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_crlf(v) for v in value)
    return False


def dumps(session: Session) -> str:
    """The session as TOML text. Multi-line drafts are written as multi-line strings
    (easy to read and diff) unless some text holds CR LF, which those would not keep exactly."""
    doc = to_dict(session)
    import tomli_w  # only when writing: opening a session needs no TOML writer

    return tomli_w.dumps(doc, multiline_strings=not _has_crlf(doc))


def fingerprint(path: str | Path) -> str | None:
    """sha256 of the file's bytes, or None when there is no file."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def ensure_folder(folder: Path) -> None:
    """Create `folder` (and parents) if missing; the folder itself is made 0700."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(folder, FOLDER_MODE)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is already atomic
    finally:
        os.close(fd)


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old bytes or the new, never a mix.

    A temp file `.<name>.<random>.tmp` in the same folder is written, flushed, fsynced and
    renamed over the target; the folder is fsynced. The file is 0600. On any failure the temp
    file is removed and the target is untouched; the OSError propagates.
    """
    path = Path(path)
    folder = path.parent
    ensure_folder(folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)  # created 0600
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_folder(folder)


def encode(session: Session, path: str | Path | None = None) -> bytes:
    try:
        return dumps(session).encode("utf-8")
    except UnicodeEncodeError:
        raise SessionError(path, None, "some text holds characters that cannot be saved as UTF-8") from None
    except RecursionError:
        raise SessionError(path, None, "cannot save: extra values nested too deeply") from None


def save(session: Session, path: str | Path, expected: str | None = None) -> str:
    """Write `session` to `path` atomically (0600; folder created 0700). Returns the new fingerprint.

    `expected`: the fingerprint the caller last read (or NEW_FILE when it must not exist yet).
    If the file on disk differs, ConflictError is raised and nothing is written. None skips the
    check. Disk trouble raises OSError with the original file intact.
    """
    path = Path(path)
    data = encode(session, path)
    if expected is not None:
        current = fingerprint(path)
        want = None if expected == NEW_FILE else expected
        if current != want:
            what = "was created by someone else" if want is None else (
                "was deleted" if current is None else "changed on disk since it was opened"
            )
            raise ConflictError(path, None, f"{what}; not saved, to keep the other change")
    atomic_write(path, data)
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- housekeeping


def is_private(path: str | Path) -> bool:
    """True when neither group nor others may read or write the file."""
    return os.stat(path).st_mode & 0o077 == 0


def new_session(now: datetime) -> Session:
    """A blank but valid session whose interview starts at `now` (to the minute)."""
    start = now.replace(second=0, microsecond=0)
    return Session(candidate=Candidate(name=""), interview=Interview(company="", role="", start=start))


def leftovers(folder: str | Path) -> list[Path]:
    """Temp files left by interrupted saves in `folder` (`.<name>.<random>.tmp`), sorted."""
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if _TEMP_RE.match(p.name) and p.is_file())


def _parses(path: Path) -> bool:
    try:
        load(path)
    except SessionError:
        return False
    return True


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def recover(folder: str | Path, older_than: datetime | None = None) -> list[str]:
    """Clean or rescue the leftovers of interrupted saves; returns what was done, for the user.

    A leftover whose session file exists and parses is stale: removed. A leftover that is a
    whole session while its file is missing or broken becomes `<stem>.recovered.toml`. Other
    leftovers are left alone and mentioned. `older_than` skips temp files modified after it
    (another instance may be saving right now).
    """
    folder = Path(folder)
    messages: list[str] = []
    for temp in leftovers(folder):
        match = _TEMP_RE.match(temp.name)
        assert match is not None
        target = folder / match["name"]
        try:
            if older_than is not None and temp.stat().st_mtime > older_than.timestamp():
                continue
            if target.is_file() and _parses(target):
                temp.unlink()
                messages.append(f"Removed {temp.name}, left by an interrupted save; {target.name} is intact.")
            elif _parses(temp):
                stem = target.name[: -len(".toml")] if target.name.endswith(".toml") else target.name
                rescued = _free_name(folder, f"{stem}.recovered", ".toml")
                os.replace(temp, rescued)
                os.chmod(rescued, FILE_MODE)
                messages.append(
                    f"Recovered unsaved work from an interrupted save of {target.name} into {rescued.name}."
                )
            else:
                messages.append(f"Found {temp.name}, an incomplete leftover of a save; left it for you to inspect.")
        except OSError as exc:
            messages.append(f"Could not tidy {temp.name}: {exc.strerror or exc}.")
    return messages


@dataclass(frozen=True)
class Loaded:
    """A session with the fingerprint of the bytes it came from (for conflict checks)."""

    session: Session
    fingerprint: str


def load_with_fingerprint(path: str | Path) -> Loaded:
    """Like `load`, also returning the fingerprint of exactly the bytes that were parsed."""
    path = Path(path)
    raw = read_bytes(path)
    return Loaded(loads(decode(raw, path), path), hashlib.sha256(raw).hexdigest())
