"""Session files: TOML <-> `core.model.Session`, validated, with atomic, private saves.

Used by the app (open, autosave, conflict check, recovery) and by `followup check/export`.
Field paths in errors count interviewers from 1, as people do: `interviewers[2].topics`.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from .clean import one_line
from .dates import date_problem
from .errors import SessionError
from .model import (
    KINDS,
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
#: The largest session (or config, or theme) file read: a real session is under 50 KB; this is
#: about 600,000 words. Larger files, and anything that is not a regular file, are refused unread.
MAX_FILE_BYTES = 4 << 20
#: The most parts a dotted key or table name may have (`a.b.c` has 3); a session needs 3.
MAX_KEY_PARTS = 32
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""
#: A key or table name of more than MAX_KEY_PARTS parts, where keys stand: at a line's start
#: (after `[` or `[[` for a table) or after `{` or `,` in an inline table, followed by `=` or `]`.
_DEEP_KEY_RE = re.compile(
    rf"(?:^|[{{,])[ \t]*\[*[ \t]*{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART}){{{MAX_KEY_PARTS},}}(?=[ \t]*[=\]])",
    re.MULTILINE,
)
#: The longest file name most file systems allow, in bytes.
NAME_MAX = 255
#: Bytes of a file name kept in its temp file's name: "." + name + "." + 8 random + ".tmp" fits NAME_MAX.
_TEMP_NAME_ROOM = NAME_MAX - 14
#: Ends the name part of a temp file whose target's name was too long to keep whole.
_CUT_MARK = "~"


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
        problem = date_problem(value)
        if problem is not None:
            raise self.fail(field, f"{problem} (expected a date-time like {_DATETIME_EXAMPLE})")
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
            kind=self.choice(data, "kind", "interview.kind", KINDS, "job"),
            requirements=self.strings(data, "requirements", "interview.requirements"),
            achievements=self.strings(data, "achievements", "interview.achievements"),
            concerns=self.strings(data, "concerns", "interview.concerns"),
            extra=self.rest(
                data,
                ("company", "role", "start", "end", "outcome", "medium", "kind", "requirements", "achievements",
                 "concerns"),
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


def too_deep(text: str) -> str | None:
    """A reason to refuse `text` before parsing it, or None: a dotted key or table name of more than
    MAX_KEY_PARTS parts (tomllib takes time and memory that grow with the square of their length)."""
    if _DEEP_KEY_RE.search(text):
        return f"not a session file: a key with more than {MAX_KEY_PARTS} dotted parts"
    return None


def loads(text: str, path: str | Path | None = None) -> Session:
    """Parse and validate a session document; `path` only names the file in errors."""
    if "\x00" in text:
        raise SessionError(path, None, "contains NUL bytes: not a session file (binary or damaged?)")
    if text.startswith("\ufeff"):  # a byte-order mark left by some Windows editors
        text = text[1:]
    deep = too_deep(text)
    if deep is not None:
        raise SessionError(path, None, deep)
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


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES, *, kind: str = "session file") -> bytes:
    """The file's bytes, or a one-line SessionError (missing, a folder, unreadable, not a regular
    file, larger than `limit`). A FIFO or a device is refused without reading it: no hang, no
    endless read. `kind` names what was expected, for a folder given ("is a folder, not a calendar invite")."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise SessionError(path, None, "no such file") from None
    except IsADirectoryError:
        raise SessionError(path, None, f"is a folder, not a {kind}") from None
    except OSError as exc:
        raise SessionError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SessionError(path, None, f"is a folder, not a {kind}")
        if not stat.S_ISREG(info.st_mode):
            raise SessionError(path, None, "is not a regular file (a pipe, socket or device); not read")
        if info.st_size > limit:
            raise SessionError(path, None, f"is {_size(info.st_size)}, more than followup reads ({_size(limit)})")
        chunks, total = [], 0
        while True:  # the size may have grown since fstat: read at most limit + 1 bytes
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise SessionError(path, None, f"is more than followup reads ({_size(limit)})")
        return b"".join(chunks)
    except OSError as exc:
        raise SessionError(path, None, f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n:,} bytes"


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """A small text file the user keeps (a session, the config, a theme): checked as `read_bytes`
    does, decoded as UTF-8, a byte-order mark dropped; SessionError naming the file otherwise."""
    text = decode(read_bytes(path, limit), path)
    return text[1:] if text.startswith("\ufeff") else text


def load(path: str | Path) -> Session:
    """Read and validate the session at `path` (through `load_with_fingerprint`). Never writes anything."""
    return load_with_fingerprint(path).session


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
    if iv.kind != "job":  # optional: files of job interviews (the default) stay as they were
        inter["kind"] = iv.kind
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
    """Create `folder` (and any missing parents) 0700 if missing. An existing folder is left as it is."""
    if folder.is_dir():
        return
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    except FileExistsError:  # a file where the folder should be: not "the target exists" for atomic_create
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(folder)) from None
    for made in missing:  # mkdir(parents=True) makes the parents with the umask's mode: 0755 for most users
        try:
            os.chmod(made, FOLDER_MODE)
        except OSError:
            pass


def private_folder(folder: Path) -> str | None:
    """Make sure the sessions folder `folder` exists and is 0700; a note for the user when it could not be made so.

    An existing folder that others may write to (0777) or read is tightened to 0700 when it is ours;
    one we do not own is left alone and reported. Only for followup's own folders, never a folder the
    user merely keeps a session in (that may be /tmp).
    """
    folder = Path(folder)
    ensure_folder(folder)
    try:
        info = os.stat(folder)
    except OSError:
        return None
    if info.st_mode & 0o077 == 0:
        return None
    if info.st_uid == os.getuid():
        try:
            os.chmod(folder, FOLDER_MODE)
            return None
        except OSError:
            pass
    mode = oct(stat.S_IMODE(info.st_mode))[2:]
    return f"{folder} is open to other users (mode {mode}) and could not be made private; chmod 700 it"


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


def cut_name(name: str, limit: int) -> str:
    """`name` cut to at most `limit` bytes of UTF-8, never in the middle of a character."""
    raw = name.encode("utf-8", "surrogatepass")
    if len(raw) <= limit:
        return name
    return raw[:limit].decode("utf-8", "ignore")


def _temp_prefix(name: str) -> str:
    """`.<name>.` for the temp file beside `name`, cut (marked `~`) so the temp name fits NAME_MAX."""
    if len(name.encode("utf-8", "surrogatepass")) <= _TEMP_NAME_ROOM:
        return f".{name}."
    return f".{cut_name(name, _TEMP_NAME_ROOM - 1)}{_CUT_MARK}."


def link_target(path: str | Path) -> Path:
    """The file a write to `path` must change: `path` itself, or the end of its chain of symlinks.

    A session or config kept in a dotfiles or sync folder and linked from here stays a link: the
    bytes go to its target, atomically there.
    """
    path = Path(path)
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def _write_temp(folder: Path, name: str, data: bytes) -> str:
    """A fully written, fsynced, 0600 temp file beside `name` in `folder`; its path."""
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(name), suffix=".tmp", dir=folder)  # created 0600
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return tmp


def _unlink_quietly(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old bytes or the new, never a mix.

    A temp file `.<name>.<random>.tmp` in the same folder is written, flushed, fsynced and
    renamed over the target; the folder is fsynced. The file is 0600. On any failure the temp
    file is removed and the target is untouched; the OSError propagates. When `path` is a
    symlink, its target is written (temp file beside the target) and the link stays a link.
    """
    path = link_target(path)
    folder = path.parent
    ensure_folder(folder)
    tmp = _write_temp(folder, path.name, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    _fsync_folder(folder)


def atomic_create(path: str | Path, data: bytes) -> None:
    """Write `data` as the new file `path`, atomically, failing with FileExistsError if it exists.

    Two writers racing for one name never overwrite each other: the complete temp file is
    hard-linked to the name, which the file system refuses when the name is taken. Where hard
    links are not possible, the file is created with O_EXCL and written in place.
    """
    path = Path(path)
    folder = path.parent
    ensure_folder(folder)
    tmp = _write_temp(folder, path.name, data)
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV, errno.ENOSYS):
            raise
        _create_in_place(path, data)
    finally:
        _unlink_quietly(tmp)
    _fsync_folder(folder)


def _create_in_place(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _unlink_quietly(path)
        raise
    os.close(fd)


def create_free(folder: Path, stem: str, suffix: str, data: bytes, *, first: str = "", more: str = "-{n}") -> Path:
    """Write `data` as a new file `<stem><first><suffix>` in `folder`, or `<stem><more><suffix>` with
    n = 2, 3, ... when that name is taken; created exclusively, so it never replaces another file.
    `stem` is cut by bytes so the name always fits. Returns the path written."""
    n = 1
    while True:
        tail = (first if n == 1 else more.format(n=n)) + suffix
        name = cut_name(stem, NAME_MAX - len(tail.encode("utf-8"))) + tail
        try:
            atomic_create(folder / name, data)
            return folder / name
        except FileExistsError:
            n += 1
            if n > 10_000:
                raise


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
    if expected == NEW_FILE:
        try:
            atomic_create(path, data)
        except FileExistsError:
            raise ConflictError(path, None, "was created by someone else; not saved, to keep the other change") from None
    else:
        atomic_write(path, data)
    return hashlib.sha256(data).hexdigest()


def save_copy(session: Session, path: str | Path, stamp: str) -> tuple[Path, str]:
    """Save `session` as a new copy beside `path` ("save mine as a copy"): `<stem>.mine-<stamp>.toml`,
    or `...-2.toml` and on when taken. Created exclusively: two instances copying in the same second
    get two files. Returns the copy's path and fingerprint."""
    path = Path(path)
    data = encode(session, path)
    stem = path.name[: -len(".toml")] if path.name.endswith(".toml") else path.name
    copy = create_free(path.parent, f"{stem}.mine-{stamp}", ".toml", data)
    return copy, hashlib.sha256(data).hexdigest()


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


def recover(folder: str | Path, older_than: datetime | None = None) -> list[str]:
    """Clean or rescue the leftovers of interrupted saves; returns what was done, for the user.

    A partial leftover, or one identical to its session file, is stale when that file parses: removed.
    A leftover that is a whole session and differs from its file (newer text the session may lack), or
    whose file is missing or broken, becomes `<stem>.recovered.toml` (`-2`, `-3`, ... when taken; created
    exclusively, never over another file), never deleted unseen. Other leftovers are left alone and
    mentioned. `older_than` skips temp files modified after it (another instance may be saving right now).
    """
    folder = Path(folder)
    messages: list[str] = []
    for temp in leftovers(folder):
        match = _TEMP_RE.match(temp.name)
        assert match is not None
        target = _target_of(folder, match["name"])
        try:
            if older_than is not None and temp.stat().st_mtime > older_than.timestamp():
                continue
            intact = target.is_file() and _parses(target)
            whole = _parses(temp)
            if intact and (not whole or temp.read_bytes() == target.read_bytes()):
                temp.unlink()
                messages.append(f"Removed {temp.name}, left by an interrupted save; {target.name} is intact.")
            elif whole:
                # A whole leftover that differs from the session may hold text the session lacks: the user
                # decides, so it is kept under a name of its own, never deleted unseen.
                stem = target.name[: -len(".toml")] if target.name.endswith(".toml") else target.name
                # created exclusively (`create_free`): a name that was free when looked at but taken since,
                # or one that only looks free (a dangling link), is never replaced
                rescued = create_free(folder, f"{stem}.recovered", ".toml", read_bytes(temp))
                temp.unlink()
                messages.append(
                    f"{target.name} is intact, but an interrupted save left a different version of it: kept as "
                    f"{rescued.name} for you to compare."
                    if intact
                    else f"Recovered unsaved work from an interrupted save of {target.name} into {rescued.name}."
                )
            else:
                messages.append(f"Found {temp.name}, an incomplete leftover of a save; left it for you to inspect.")
        except OSError as exc:
            messages.append(f"Could not tidy {temp.name}: {exc.strerror or exc}.")
    return [one_line(message) for message in messages]  # they name files: outside text, shown on screen


def _target_of(folder: Path, name: str) -> Path:
    """The file a leftover temp file was saving: its name, or for a cut name (`...~`) the one
    file in `folder` whose name starts with the kept part."""
    if not name.endswith(_CUT_MARK) or len(name.encode("utf-8", "surrogatepass")) < _TEMP_NAME_ROOM - 4:
        return folder / name
    kept = name[: -len(_CUT_MARK)]
    try:
        matches = [p for p in folder.iterdir() if p.name.startswith(kept) and not p.name.startswith(".")]
    except OSError:
        matches = []
    return matches[0] if len(matches) == 1 else folder / kept


@dataclass(frozen=True)
class Loaded:
    """A session with the fingerprint of the bytes it came from (for conflict checks)."""

    session: Session
    fingerprint: str


def load_with_fingerprint(path: str | Path) -> Loaded:
    """The one session reader: the session at `path`, validated, with the fingerprint of exactly the bytes
    that were parsed. Every problem (missing, unreadable, too large, not UTF-8, not TOML, a bad field) is
    a one-line SessionError naming the file; nothing else is raised for the file's sake. Never writes."""
    path = Path(path)
    raw = read_bytes(path)
    return Loaded(loads(decode(raw, path), path), hashlib.sha256(raw).hexdigest())
