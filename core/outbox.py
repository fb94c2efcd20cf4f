"""Sending a draft: the RFC 5322 message, and the two transports (a sendmail-like command, or SMTP).

Used by `followup send` and the app's send key. The message is `core.export`'s (one builder) plus From,
Date, Message-ID and, with `bcc_self`, the candidate's own address as a blind copy that never shows in
the headers the interviewer receives. A failed send raises SendFailed with one line saying why; nothing
is recorded then, so the same command can simply be run again.
"""

from __future__ import annotations

import shlex
import subprocess
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from .config import SendSettings
from .export import build_message, header_text, usable_address
from .model import Draft, Session

#: Where `followup send` keeps the Message-ID of a sent draft (an optional key of `[interviewers.draft]`).
MESSAGE_ID_KEY = "message_id"


class SendFailed(Exception):
    """The transport did not take the message. `str()` is one line for the user; `kind` says which failure."""

    def __init__(self, message: str, kind: str = "transport") -> None:
        super().__init__(" ".join(message.split()))
        self.kind = kind  # "transport" | "refused" | "auth" | "timeout" | "tls" | "config"


class Refused(Exception):
    """This draft may not go (no address, an error, already sent): one line saying why and how to proceed."""


@dataclass(frozen=True)
class Outgoing:
    """A message ready for a transport: the bytes' source, and the envelope."""

    message: EmailMessage
    sender: str
    recipients: tuple[str, ...]  # the interviewer, then the blind copy
    message_id: str

    @property
    def to(self) -> str:
        return str(self.message["To"])


def already_sent(draft: Draft) -> bool:
    return draft.sent is not None or bool(draft.extra.get(MESSAGE_ID_KEY))


def sender_address(session: Session) -> str:
    """The candidate's address for the From line; Refused when there is no usable one."""
    address = usable_address(session.candidate.email)
    if address is None:
        shown = session.candidate.email.strip() or "missing"
        raise Refused(f"candidate.email: {shown!s} is not an address the From line can use; "
                      f"set it in setup (F2) or in [profile] email")
    return address


def _address(name: str, email: str) -> Address:
    local, _, domain = email.rpartition("@")
    try:
        return Address(display_name=header_text(name), username=local, domain=domain)
    except (ValueError, IndexError, TypeError):
        return Address(username=local, domain=domain)


def prepare(session: Session, index: int, settings: SendSettings, now: datetime) -> Outgoing:
    """The message for interviewer `index` as it will go out. Refused when the recipient or sender is unusable."""
    person = session.interviewers[index]
    recipient = usable_address(person.email)
    if recipient is None:
        shown = person.email.strip() or "no address"
        raise Refused(f"interviewers[{index + 1}].email: {shown} is not a valid address; fix it in the roster (F3)")
    sender = sender_address(session)
    message = build_message(session, index)
    if not str(message["Subject"] or "").strip():
        raise Refused("the subject is empty")
    message["From"] = _address(session.candidate.name, sender)
    message["Date"] = format_datetime(now)
    domain = sender.rpartition("@")[2]
    message_id = make_msgid(idstring="followup", domain=domain)
    message["Message-ID"] = message_id
    recipients = [recipient]
    if settings.bcc_self and sender.lower() != recipient.lower():
        recipients.append(sender)
    return Outgoing(message, sender, tuple(recipients), message_id)


# --------------------------------------------------------------------------- transports


def send_with_command(outgoing: Outgoing, command: str, timeout: float) -> None:
    """Pipe the message to a sendmail-compatible command (`msmtp -t`, `sendmail -t -oi`)."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise SendFailed(f"[send] command: cannot read it ({exc})", "config") from None
    if not argv:
        raise SendFailed("[send] command is empty", "config")
    data = _bcc_message(outgoing)
    try:
        result = subprocess.run(argv, input=data, capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError:
        raise SendFailed(f"{argv[0]}: command not found (is it installed? see [send] command)", "config") from None
    except PermissionError:
        raise SendFailed(f"{argv[0]}: not allowed to run it", "config") from None
    except subprocess.TimeoutExpired:
        raise SendFailed(f"{argv[0]} gave no answer within {timeout:g} s", "timeout") from None
    if result.returncode != 0:
        said = [line for line in result.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        reason = said[-1].strip() if said else "no message"
        raise SendFailed(f"{argv[0]} failed (exit status {result.returncode}): {reason}", "transport")


def _bcc_message(outgoing: Outgoing) -> bytes:
    """The message with a Bcc header for the command to read recipients from (`-t`); the command removes it."""
    blind = outgoing.recipients[1:]
    data = outgoing.message.as_bytes()
    if not blind:
        return data
    head, sep, body = data.partition(b"\n\n")
    return head + b"\nBcc: " + ", ".join(blind).encode("ascii") + sep + body


def password_from(command: str, timeout: float) -> str:
    """The first line `password_command` prints (`pass show mail/job`); SendFailed when it fails."""
    try:
        result = subprocess.run(shlex.split(command), capture_output=True, timeout=timeout, check=False)
    except (FileNotFoundError, PermissionError, ValueError):
        raise SendFailed(f"[send] password_command: cannot run {command.split()[0]!r}", "config") from None
    except subprocess.TimeoutExpired:
        raise SendFailed(f"[send] password_command gave no answer within {timeout:g} s", "timeout") from None
    if result.returncode != 0:
        raise SendFailed(f"[send] password_command failed (exit status {result.returncode})", "auth")
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    return lines[0] if lines else ""


def send_with_smtp(outgoing: Outgoing, settings: SendSettings) -> None:
    """Deliver over SMTP: implicit TLS (`tls`) or STARTTLS (`starttls`, required: never in the clear)."""
    import smtplib
    import socket
    import ssl

    where = f"{settings.host}:{settings.port}"
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(settings.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise SendFailed(f"[send] ca_file: cannot use {settings.ca_file} ({exc})", "config") from None
    password = password_from(settings.password_command, settings.timeout) if settings.password_command else None
    try:
        if settings.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                                    context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security == "starttls":
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise SendFailed(f"{where} does not offer STARTTLS; not sending in the clear", "tls")
                client.starttls(context=context)
                client.ehlo()
            if settings.user:
                client.login(settings.user, password or "")
            refused = client.send_message(outgoing.message, from_addr=outgoing.sender,
                                          to_addrs=list(outgoing.recipients))
            if outgoing.recipients[0] in refused:
                code, text = refused[outgoing.recipients[0]]
                raise SendFailed(f"{where} refused {outgoing.recipients[0]}: {code} {_said(text)}", "refused")
    except SendFailed:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailed(f"{where} refused the login for {settings.user}: {exc.smtp_code} {_said(exc.smtp_error)}",
                         "auth") from None
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        raise SendFailed(f"{where} refused the recipient: {code} {_said(text)}", "refused") from None
    except smtplib.SMTPSenderRefused as exc:
        raise SendFailed(f"{where} refused the sender {outgoing.sender}: {exc.smtp_code} {_said(exc.smtp_error)}",
                         "refused") from None
    except smtplib.SMTPResponseException as exc:  # 5xx/4xx on DATA, MAIL, ...
        raise SendFailed(f"{where} refused the message: {exc.smtp_code} {_said(exc.smtp_error)}", "refused") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise SendFailed(f"{where}: {exc}", "transport") from None
    except ssl.SSLCertVerificationError as exc:
        raise SendFailed(f"{where}: the server's certificate is not trusted ({exc.verify_message}); "
                         f"set [send] ca_file if it is your own server", "tls") from None
    except ssl.SSLError as exc:
        raise SendFailed(f"{where}: TLS failed ({exc.reason or exc})", "tls") from None
    except (socket.timeout, TimeoutError):
        raise SendFailed(f"{where} gave no answer within {settings.timeout:g} s", "timeout") from None
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc):  # smtplib reports a read that timed out as a disconnection
            raise SendFailed(f"{where} gave no answer within {settings.timeout:g} s", "timeout") from None
        raise SendFailed(f"{where} closed the connection ({exc or 'no reason given'})", "transport") from None
    except ConnectionRefusedError:
        raise SendFailed(f"cannot connect to {where}: connection refused", "transport") from None
    except socket.gaierror as exc:
        raise SendFailed(f"cannot find {settings.host} ({exc.strerror or exc})", "transport") from None
    except OSError as exc:
        raise SendFailed(f"cannot connect to {where}: {exc.strerror or exc}", "transport") from None
    except smtplib.SMTPException as exc:
        raise SendFailed(f"{where}: {exc}", "transport") from None


def _said(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(text.split())[:200]


def deliver(outgoing: Outgoing, settings: SendSettings) -> None:
    """Hand the message to the configured transport; returns when it was accepted, else SendFailed."""
    if settings.command:
        send_with_command(outgoing, settings.command, settings.timeout)
    elif settings.host:
        send_with_smtp(outgoing, settings)
    else:
        raise SendFailed("[send] has no command or host: nothing to send with", "config")


def record_sent(draft: Draft, when: datetime, message_id: str) -> None:
    """What a send leaves in the session: the time (the timing rules use it) and the Message-ID."""
    draft.sent = when
    draft.extra[MESSAGE_ID_KEY] = message_id
