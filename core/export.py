"""Ready-to-send files: one `.eml` (or `.txt`) per interviewer, written atomically.

Used by `followup export` and the preview screen. The `.eml` is a plain UTF-8 message with
`X-Unsent: 1`, so Outlook and Thunderbird open it as a draft and `neomutt -H` reads it as is.
An interviewer without a usable email address gets no `To:` header (a bare name is not an
address); the user fills it in the mail client. Names and subjects can never add headers:
control characters (CR, LF, ...) are turned into spaces first.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from pathlib import Path

from .model import Session
from .render import assemble
from .clean import one_line, plain_text
from .store import atomic_create, atomic_write, create_free, cut_name

FORMATS = ("eml", "txt")

_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\]+$")
#: The longest file-name part taken from a person's name, in bytes: room is left for "-12.eml" and for
#: the temp file's prefix and suffix within the 255 bytes file systems allow.
SLUG_BYTES = 120
_MAX_LINE = 998  # octets per line allowed by RFC 5322 for 8-bit bodies


def header_text(text: str) -> str:
    """One line, no control characters: safe in a header (no CR/LF injection) and in a .txt header line."""
    return " ".join(one_line(text).split())


def body_text(text: str) -> str:
    """The body with line endings normalised and stray control characters (NUL, ESC, ...) removed."""
    return plain_text(text)


def usable_address(email: str) -> str | None:
    """The address if it looks like one a mail client accepts (`name@host.tld`), else None."""
    email = email.strip()
    return email if _ADDRESS.match(email) else None


def slug(name: str) -> str:
    """A file-name-safe form of a person's name: letters and digits joined by dashes, at most
    SLUG_BYTES bytes of UTF-8 (60 four-byte letters would not fit a file name with its suffixes)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return cut_name(text, SLUG_BYTES).strip("-_")


def file_names(session: Session, ext: str) -> list[str]:
    """One distinct file name per interviewer, in roster order ("sam.eml", "sam-2.eml")."""
    names: list[str] = []
    taken: set[str] = set()
    for position, person in enumerate(session.interviewers, start=1):
        base = slug(person.name) or f"interviewer-{position}"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        names.append(f"{name}.{ext}")
    return names


def build_eml(session: Session, index: int) -> bytes:
    """The message for interviewer `index` as bytes (LF line endings, UTF-8 body), marked as a draft."""
    message = build_message(session, index)
    message["X-Unsent"] = "1"
    return message.as_bytes()


def build_message(session: Session, index: int) -> EmailMessage:
    """The one message builder (export and `followup send`): To (when the address is usable), Subject, the body.

    Headers are added after these by the caller; the body is UTF-8, 8bit, or quoted-printable when a line is
    longer than RFC 5322 allows."""
    email = assemble(session, index)
    person = session.interviewers[index]
    message = EmailMessage(policy=DEFAULT_POLICY)
    address = usable_address(person.email)
    if address is not None:
        local, _, domain = address.rpartition("@")
        try:
            message["To"] = Address(display_name=header_text(person.name), username=local, domain=domain)
        except (ValueError, IndexError, TypeError):
            message["To"] = address
    message["Subject"] = header_text(email.subject)
    body = body_text(email.body) + "\n"
    too_long = any(len(line.encode("utf-8")) > _MAX_LINE for line in body.split("\n"))
    message.set_content(body, charset="utf-8", cte="quoted-printable" if too_long else "8bit")
    return message


def build_txt(session: Session, index: int) -> bytes:
    """`To:` and `Subject:` lines, a blank line, then the body: for pasting into any mail form."""
    email = assemble(session, index)
    person = session.interviewers[index]
    address = usable_address(person.email)
    name = header_text(person.name)
    to = f"{name} <{address}>" if address and name else (address or name)
    return f"To: {to}\nSubject: {header_text(email.subject)}\n\n{body_text(email.body)}\n".encode("utf-8")


# --------------------------------------------------------------------------- never over someone else's file

#: In an export folder: which file followup wrote for which draft, and the SHA-256 of what it wrote.
#: A file is replaced only when it is listed for the same session and draft and is unchanged since.
MANIFEST = ".followup-exports.json"


@dataclass(frozen=True)
class Target:
    """Where a draft's file goes. `path` is its own name in the folder, or a free name beside it when its
    own name holds a file followup did not write for this draft (`taken`: that name)."""

    index: int
    path: Path
    taken: Path | None = None
    replaces: bool = False  # `path` exists and followup wrote it for this draft: it is updated


def _read_manifest(folder: Path) -> dict[str, dict]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {}) if isinstance(data, dict) else {}
        return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, dict)}
    except (OSError, ValueError):
        return {}


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _owner(session: Session, session_path: Path | str, index: int) -> dict:
    return {"session": str(Path(session_path).resolve()), "draft": index, "interviewer": session.interviewers[index].name}


def _ours(entry: dict | None, owner: dict, path: Path) -> bool:
    """True when `entry` (the manifest's line for `path`) says followup wrote it for `owner` and it is unchanged."""
    if not entry or any(entry.get(k) != v for k, v in owner.items()):
        return False
    return entry.get("sha256") == _sha(path)


def targets(session: Session, session_path: Path | str, folder: str | Path, fmt: str = "eml",
            indexes: list[int] | None = None) -> list[Target]:
    """Where each draft's file would be written (all drafts, or `indexes`): its own name when free or
    written by followup for this draft, else a free name beside it (`taken` says which name was in use)."""
    folder = Path(folder)
    names = file_names(session, fmt)
    manifest = _read_manifest(folder)
    chosen: set[str] = set()
    out: list[Target] = []
    for index in range(len(session.interviewers)) if indexes is None else indexes:
        owner = _owner(session, session_path, index)
        wanted = folder / names[index]
        if not wanted.exists() and not wanted.is_symlink():
            out.append(Target(index, wanted))
        elif _ours(manifest.get(wanted.name), owner, wanted):
            out.append(Target(index, wanted, replaces=True))
        else:
            earlier = [folder / name for name, entry in sorted(manifest.items())
                       if name not in chosen and name.endswith(f".{fmt}") and _ours(entry, owner, folder / name)]
            path = earlier[0] if earlier else _free(folder, wanted, chosen)
            out.append(Target(index, path, taken=wanted, replaces=bool(earlier)))
        chosen.add(out[-1].path.name)
    return out


def _free(folder: Path, wanted: Path, chosen: set[str]) -> Path:
    stem, suffix = wanted.name[: -len(wanted.suffix)], wanted.suffix
    n = 2
    while True:
        name = f"{stem}-{n}{suffix}"
        if name not in chosen and not (folder / name).exists() and not (folder / name).is_symlink():
            return folder / name
        n += 1


def write_targets(session: Session, session_path: Path | str, plan: list[Target], fmt: str = "eml",
                  *, force: bool = False) -> list[Path]:
    """Write each draft of `plan` (from `targets`); returns the paths written, in order.

    A new name is created exclusively: a file that appeared meanwhile is never replaced (a free name
    beside it is taken). `force` writes each draft under its own name (`taken`), whoever wrote the file
    there. The folder's manifest records what was written, so a later export may update it."""
    build = build_eml if fmt == "eml" else build_txt
    written: list[Path] = []
    records: dict[str, dict] = {}
    for target in plan:
        data = build(session, target.index)
        path = target.taken if force and target.taken is not None else target.path
        if target.replaces or path == target.taken:
            atomic_write(path, data)
        else:
            try:
                atomic_create(path, data)
            except FileExistsError:
                stem = path.name[: -len(path.suffix)]
                path = create_free(path.parent, stem, path.suffix, data, first="-2", more="-{n}")
        written.append(path)
        records[path.name] = {**_owner(session, session_path, target.index),
                              "sha256": hashlib.sha256(data).hexdigest()}
    if plan:
        _record(plan[0].path.parent, records)
    return written


def _record(folder: Path, records: dict[str, dict]) -> None:
    manifest = _read_manifest(folder)
    manifest.update(records)
    try:
        atomic_write(folder / MANIFEST, json.dumps({"files": manifest}, indent=1, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # without the record a later export takes a free name: nothing is ever overwritten


def draft_problems(session: Session, index: int, findings) -> list[str]:
    """What is wrong with sending draft `index` as it stands, one short phrase each (empty when nothing):
    errors among `findings` (but the timing rules'), and for an email a missing or unusable recipient."""
    problems: list[str] = []
    errors = sum(1 for f in findings if f.to_fix)  # lateness holds nothing back (Finding.is_lateness)
    if errors:
        problems.append(f"{errors} error{'s' if errors != 1 else ''} to fix")
    person = session.interviewers[index]
    if session.interview.medium == "email":
        if not person.email.strip():
            problems.append("no email address, so no To: line")
        elif usable_address(person.email) is None:
            problems.append(f"{header_text(person.email)!r} is not a usable email address, so no To: line")
    return problems


def export_drafts(session: Session, session_path: Path | str, folder: str | Path, fmt: str = "eml",
                  indexes: list[int] | None = None, *, force: bool = False) -> list[Path]:
    """One file per draft (all, or `indexes`) in `folder` (created 0700 if missing), each written atomically,
    never over a file followup did not write for that draft unless `force` (see `targets`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return write_targets(session, session_path, targets(session, session_path, folder, fmt, indexes), fmt, force=force)
