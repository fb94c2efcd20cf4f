"""Ready-to-send files: one `.eml` (or `.txt`) per interviewer, written atomically.

Used by `followup export` and the preview screen. The `.eml` is a plain UTF-8 message with
`X-Unsent: 1`, so Outlook and Thunderbird open it as a draft and `neomutt -H` reads it as is.
An interviewer without a usable email address gets no `To:` header (a bare name is not an
address); the user fills it in the mail client. Names and subjects can never add headers:
control characters (CR, LF, ...) are turned into spaces first.
"""

from __future__ import annotations

import re
import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from pathlib import Path

from .model import Session
from .render import assemble
from .store import atomic_write

FORMATS = ("eml", "txt")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_BODY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps \t and \n
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\]+$")
_MAX_LINE = 998  # octets per line allowed by RFC 5322 for 8-bit bodies


def header_text(text: str) -> str:
    """One line, no control characters: safe in a header (no CR/LF injection) and in a .txt header line."""
    return " ".join(_CONTROL.sub(" ", text).split())


def body_text(text: str) -> str:
    """The body with line endings normalised and stray control characters (NUL, ESC, ...) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _BODY_CONTROL.sub("", text)


def usable_address(email: str) -> str | None:
    """The address if it looks like one a mail client accepts (`name@host.tld`), else None."""
    email = email.strip()
    return email if _ADDRESS.match(email) else None


def slug(name: str) -> str:
    """A file-name-safe form of a person's name: letters and digits joined by dashes."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return text[:60].strip("-_")


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


def _write(session: Session, index: int, folder: Path, fmt: str, name: str | None = None) -> Path:
    path = Path(folder) / (name or file_names(session, fmt)[index])
    atomic_write(path, build_eml(session, index) if fmt == "eml" else build_txt(session, index))
    return path


def write_eml(session: Session, index: int, folder: str | Path) -> Path:
    """Write interviewer `index`'s email as `.eml` into `folder`; returns the file's path."""
    return _write(session, index, Path(folder), "eml")


def write_txt(session: Session, index: int, folder: str | Path) -> Path:
    """Write interviewer `index`'s email as `.txt` into `folder`; returns the file's path."""
    return _write(session, index, Path(folder), "txt")


def export_all(session: Session, folder: str | Path, fmt: str = "eml") -> list[Path]:
    """One file per interviewer in `folder` (created 0700 if missing), each written atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    names = file_names(session, fmt)
    return [_write(session, i, Path(folder), fmt, name) for i, name in enumerate(names)]
