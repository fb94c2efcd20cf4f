"""`followup send` against real parts: an SMTP server on 127.0.0.1 (aiosmtpd: STARTTLS or implicit TLS, AUTH,
a certificate made by the test), a real `msmtp`, and the ways sending fails. Assertions are on what the
server received and on what the session file records."""

from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dataclasses import replace

from followup.core.model import Draft, Interviewer
from followup.core.store import fingerprint, load, save
from tests.builders import PRIYA, rule_session, sendable_session
from tests.mailserver import PASSWORD, USER, MailServer, SilentServer, free_port
from tests.test_cli import run


@pytest.fixture
def env(tmp_path):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_") and k != "NO_COLOR"}
    environ["FOLLOWUP_HOME"] = str(tmp_path / "home")
    environ["FOLLOWUP_CONFIG"] = str(tmp_path / "config.toml")
    environ.pop("SSL_CERT_FILE", None)
    return environ


def _session(tmp_path, dana_email="dana.rivera@northwind.example") -> Path:
    """Two finished drafts (no errors) of an interview that ended two hours ago."""
    now = datetime.now().astimezone().replace(microsecond=0)
    path = tmp_path / "northwind.toml"
    save(sendable_session(now, dana_email), path)
    return path


def _smtp_config(tmp_path, server, **overrides) -> None:
    settings = {
        "host": '"127.0.0.1"', "port": str(server.port), "security": '"starttls"', "user": f'"{USER}"',
        "password_command": f'"printf \'%s\' \'{PASSWORD}\'"', "ca_file": f'"{server.cert}"', "bcc_self": "true",
        "timeout": "5",
    }
    settings.update(overrides)
    lines = [f"{key} = {value}" for key, value in settings.items() if value is not None]
    (tmp_path / "config.toml").write_text("[send]\n" + "\n".join(lines) + "\n")


def _sent(path: Path) -> list[tuple[datetime | None, str | None]]:
    return [(p.draft.sent, p.draft.extra.get("message_id")) for p in load(path).interviewers]


@pytest.fixture
def server(tmp_path):
    with MailServer(tmp_path) as running:
        yield running


# -- SMTP: what arrives ---------------------------------------------------------------------------


def test_send_over_starttls_with_auth_delivers_the_message_and_records_it(env, tmp_path, server):
    path = _session(tmp_path)
    _smtp_config(tmp_path, server)
    result = run(env, "send", path, "--to", "Tomás Okafor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Tomás Okafor: sent to" in result.stdout
    [mail] = server.received
    assert mail.sender == "alex.kim@example.com"
    assert mail.recipients == ["tomas.okafor@northwind.example", "alex.kim@example.com"]  # the blind copy
    message = mail.message
    assert message["To"] == "Tomás Okafor <tomas.okafor@northwind.example>"
    assert message["From"] == "Alex Kim <alex.kim@example.com>"
    assert message["Subject"] == "Thank you – Alex Kim – Senior Data Analyst interview"
    assert message["Date"] and message["Message-ID"].endswith("@example.com>")
    assert b"Bcc" not in mail.data and b"bcc" not in mail.data.lower().split(b"\r\n\r\n")[0]
    assert b"X-Unsent" not in mail.data  # a sent message is not a draft
    assert message.get_content_charset() == "utf-8"
    body = message.get_content().replace("\r\n", "\n")  # CR LF on the wire, as SMTP requires
    assert body.startswith("Dear Tomás,\n\nThank you for taking the time")
    assert body.rstrip().endswith("Alex Kim\nalex.kim@example.com | +1 555 0100")
    # The session records the send: the time (the timing rules use it) and the Message-ID.
    (dana_sent, dana_id), (tomas_sent, tomas_id) = _sent(path)
    assert dana_sent is None and dana_id is None
    assert tomas_id == message["Message-ID"]
    assert abs(tomas_sent - datetime.now().astimezone()) < timedelta(minutes=5)


def test_implicit_tls_works_too(env, tmp_path):
    with MailServer(tmp_path, implicit_tls=True) as server:
        path = _session(tmp_path)
        _smtp_config(tmp_path, server, security='"tls"', bcc_self="false")
        result = run(env, "send", path, "--to", "dana")
        assert result.returncode == 0, result.stdout + result.stderr
        [mail] = server.received
        assert mail.recipients == ["dana.rivera@northwind.example"]


def test_a_sent_draft_is_skipped_by_all_and_sent_again_only_by_name(env, tmp_path, server):
    path = _session(tmp_path)
    _smtp_config(tmp_path, server)
    assert run(env, "send", path, "--to", "Dana Rivera").returncode == 0
    first_id = _sent(path)[0][1]
    again = run(env, "send", path, "--all")
    assert again.returncode == 0  # every draft not sent yet: Tomás; Dana is skipped, as asked
    assert run(env, "send", path).returncode == 2  # two drafts: whose?
    assert "Dana Rivera: already sent" in again.stdout and "--to" in again.stdout
    assert [m.recipients[0] for m in server.received] == ["dana.rivera@northwind.example",
                                                          "tomas.okafor@northwind.example"]
    by_name = run(env, "send", path, "--to", "Dana Rivera")
    assert by_name.returncode == 0 and "sending again, as asked" in by_name.stdout
    assert len(server.received) == 3 and _sent(path)[0][1] != first_id


def test_a_draft_with_an_error_is_not_sent_without_force(env, tmp_path, server):
    path = _session(tmp_path)
    session = load(path)
    session.interviewers[0].draft.signoff = "Best,"  # no full name: an error
    save(session, path)
    _smtp_config(tmp_path, server)
    refused = run(env, "send", path, "--to", "Dana Rivera")
    assert refused.returncode == 1
    assert "Dana Rivera: not sent: the draft has an error (signoff.full-name" in refused.stdout
    assert "--force" in refused.stdout
    assert server.received == [] and _sent(path)[0] == (None, None)
    forced = run(env, "send", path, "--to", "Dana Rivera", "--force")
    assert forced.returncode == 0 and len(server.received) == 1


def test_an_overdue_draft_is_sent_without_force_and_said_to_be_late(env, tmp_path, server):
    """Lateness cannot be fixed, and a late thank-you beats none: a warning line, never a refusal."""
    path = tmp_path / "late.toml"
    save(sendable_session(datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=30)), path)
    _smtp_config(tmp_path, server)
    dry = run(env, "send", path, "--to", "Dana Rivera", "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "Dana Rivera: late (overdue by " in dry.stdout and "a late thank-you beats none" in dry.stdout
    assert server.received == []
    result = run(env, "send", path, "--all")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "fix it" not in result.stdout and "--force" not in result.stdout and "not sent" not in result.stdout
    # The interview ended 32 hours ago: the window closed 8 hours ago.
    assert "Dana Rivera: late (overdue by 8 h" in result.stdout
    assert "Tomás Okafor: late (overdue by 8 h" in result.stdout
    assert [m.recipients[0] for m in server.received] == ["dana.rivera@northwind.example",
                                                          "tomas.okafor@northwind.example"]
    assert all(sent is not None for sent, _ in _sent(path))


def test_a_late_draft_with_another_error_still_needs_force(env, tmp_path, server):
    path = tmp_path / "late.toml"
    session = sendable_session(datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=30))
    session.interviewers[0].draft.signoff = "Best,"  # no full name: an error that can be fixed
    save(session, path)
    _smtp_config(tmp_path, server)
    refused = run(env, "send", path, "--to", "Dana Rivera")
    assert refused.returncode == 1 and "the draft has an error (signoff.full-name" in refused.stdout
    assert "timing." not in refused.stdout and server.received == []


def _rejection(tmp_path) -> Path:
    """After a rejection: a gracious reply to Priya; the other interviewers' drafts empty."""
    people = [replace(PRIYA, email="priya.raman@northwind.example"),
              Interviewer("Dana Rivera", email="dana.rivera@northwind.example"),
              Interviewer("Sam Okafor", email="sam.okafor@northwind.example")]
    path = tmp_path / "rejected.toml"
    save(rule_session(people, outcome="rejected"), path)
    return path


def test_after_a_rejection_all_sends_the_one_reply_and_skips_the_empty_drafts(env, tmp_path, server):
    path = _rejection(tmp_path)
    _smtp_config(tmp_path, server)
    result = run(env, "send", path, "--all")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Dana Rivera: skipped: the draft is empty" in result.stdout
    assert "Sam Okafor: skipped: the draft is empty" in result.stdout
    assert "Priya Raman: sent to" in result.stdout and "subject is empty" not in result.stdout
    assert [m.recipients[0] for m in server.received] == ["priya.raman@northwind.example"]
    assert [sent is not None for sent, _ in _sent(path)] == [True, False, False]
    # Asked for by name, an empty draft is refused: there is nothing to send.
    named = run(env, "send", path, "--to", "Dana Rivera")
    assert named.returncode == 1 and "Dana Rivera: not sent: the draft is empty" in named.stdout


def test_before_a_decision_an_empty_draft_under_all_is_still_refused(env, tmp_path, server):
    path = _session(tmp_path)
    session = load(path)
    session.interviewers[1].draft = Draft()
    save(session, path)
    _smtp_config(tmp_path, server)
    result = run(env, "send", path, "--all")
    assert result.returncode == 1
    assert "Tomás Okafor: not sent: the draft is empty; write it first" in result.stdout
    assert [m.recipients[0] for m in server.received] == ["dana.rivera@northwind.example"]


@pytest.mark.parametrize("address", ["", "dana at northwind", "dana@northwind.example\r\nBcc: evil@example.com"])
def test_a_missing_or_invalid_recipient_stops_the_send(env, tmp_path, server, address):
    path = _session(tmp_path, dana_email=address)
    _smtp_config(tmp_path, server)
    result = run(env, "send", path, "--to", "Dana Rivera")
    assert result.returncode == 1
    assert "interviewers[1].email" in result.stdout and "not a valid address" in result.stdout
    assert server.received == []


def test_dry_run_shows_the_message_and_sends_nothing(env, tmp_path, server):
    path = _session(tmp_path)
    _smtp_config(tmp_path, server)
    before = fingerprint(path)
    result = run(env, "send", path, "--all", "--dry-run")
    assert result.returncode == 0
    assert "Would send to Dana Rivera <dana.rivera@northwind.example> through 127.0.0.1:" in result.stdout
    assert "Subject: Thank you – Alex Kim – Senior Data Analyst interview" in result.stdout
    assert "Dear Tomás," in result.stdout
    assert server.received == [] and fingerprint(path) == before


def test_without_a_send_table_it_says_what_to_add(env, tmp_path):
    path = _session(tmp_path)
    result = run(env, "send", path, "--all")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "[send] command" in result.stderr


def test_with_several_drafts_it_asks_whose(env, tmp_path, server):
    path = _session(tmp_path)
    _smtp_config(tmp_path, server)
    result = run(env, "send", path)
    assert result.returncode == 2 and "--to NAME or --all" in result.stderr
    assert run(env, "send", path, "--to", "Nobody").returncode == 2


# -- SMTP: how it fails ---------------------------------------------------------------------------


def _assert_unsent_and_one_line(result, path, words):
    assert result.returncode == 3, result.stdout + result.stderr
    failure = [line for line in result.stdout.splitlines() if "not sent:" in line]
    assert len(failure) == 1 and words in failure[0], result.stdout
    assert "Traceback" not in result.stderr
    assert _sent(path) == [(None, None), (None, None)]


def test_a_wrong_password_is_an_auth_failure_and_can_be_retried(env, tmp_path, server):
    path = _session(tmp_path)
    _smtp_config(tmp_path, server, password_command="\"printf 'wrong'\"")
    failed = run(env, "send", path, "--to", "Dana Rivera")
    _assert_unsent_and_one_line(failed, path, "refused the login for alex: 535")
    _smtp_config(tmp_path, server)
    retried = run(env, "send", path, "--to", "Dana Rivera")
    assert retried.returncode == 0 and len(server.received) == 1


def test_a_failing_password_command_says_so(env, tmp_path, server):
    path = _session(tmp_path)
    _smtp_config(tmp_path, server, password_command='"false"')
    _assert_unsent_and_one_line(run(env, "send", path, "--to", "Dana Rivera"), path, "password_command failed")


def test_a_5xx_for_the_message_leaves_it_unsent(env, tmp_path, server):
    server.handler.refuse_data = "554 5.7.1 Message rejected as spam"
    path = _session(tmp_path)
    _smtp_config(tmp_path, server)
    _assert_unsent_and_one_line(run(env, "send", path, "--to", "Dana Rivera"), path,
                                "refused the message: 554 5.7.1 Message rejected as spam")


def test_a_partial_all_says_which_went_and_which_did_not(env, tmp_path, server):
    server.handler.refuse_recipients.add("dana.rivera@northwind.example")
    path = _session(tmp_path)
    _smtp_config(tmp_path, server)
    result = run(env, "send", path, "--all")
    assert result.returncode == 3
    assert "Dana Rivera: not sent:" in result.stdout and "550" in result.stdout
    assert "Tomás Okafor: sent to" in result.stdout
    assert "Sent 1 of 2 (Tomás Okafor); failed: Dana Rivera" in result.stdout
    (dana_sent, _), (tomas_sent, _) = _sent(path)
    assert dana_sent is None and tomas_sent is not None
    server.handler.refuse_recipients.clear()
    retry = run(env, "send", path, "--all")  # the same command again: only what did not go
    assert retry.returncode == 0 and [m.recipients[0] for m in server.received][-1] == "dana.rivera@northwind.example"


def test_a_server_that_never_answers_times_out(env, tmp_path):
    with SilentServer() as silent:
        path = _session(tmp_path)
        _smtp_config(tmp_path, silent, timeout="1", ca_file=None)
        _assert_unsent_and_one_line(run(env, "send", path, "--to", "Dana Rivera"), path, "gave no answer within 1 s")


def test_nobody_listening_is_connection_refused(env, tmp_path):
    class Closed:
        port = free_port()
        cert = tmp_path / "none.pem"

    path = _session(tmp_path)
    _smtp_config(tmp_path, Closed, ca_file=None)
    _assert_unsent_and_one_line(run(env, "send", path, "--all"), path, "connection refused")


def test_an_untrusted_certificate_is_refused(env, tmp_path, server):
    path = _session(tmp_path)
    _smtp_config(tmp_path, server, ca_file=None)
    _assert_unsent_and_one_line(run(env, "send", path, "--to", "Dana Rivera"), path, "certificate is not trusted")
    assert server.received == []


# -- a sendmail-compatible command ------------------------------------------------------------------


needs_msmtp = pytest.mark.skipif(shutil.which("msmtp") is None, reason="msmtp is not installed (.ci/run installs it)")


def _msmtp_config(tmp_path, server, password=PASSWORD) -> None:
    rc = tmp_path / "msmtprc"
    rc.write_text(
        "defaults\ntls on\ntls_starttls on\n"
        f"tls_trust_file {server.cert}\nlogfile {tmp_path / 'msmtp.log'}\n"
        f"account job\nhost 127.0.0.1\nport {server.port}\nauth on\nuser {USER}\n"
        f"password {password}\nfrom alex.kim@example.com\n"
        "account default : job\n"
    )
    rc.chmod(0o600)
    (tmp_path / "config.toml").write_text(f'[send]\ncommand = "msmtp -C {rc} -t"\nbcc_self = true\n')


@needs_msmtp
def test_msmtp_delivers_with_the_blind_copy_out_of_the_headers(env, tmp_path, server):
    path = _session(tmp_path)
    _msmtp_config(tmp_path, server)
    result = run(env, "send", path, "--to", "Tomás Okafor")
    assert result.returncode == 0, result.stdout + result.stderr
    [mail] = server.received
    assert sorted(mail.recipients) == ["alex.kim@example.com", "tomas.okafor@northwind.example"]
    head = mail.data.split(b"\r\n\r\n")[0] if b"\r\n\r\n" in mail.data else mail.data.split(b"\n\n")[0]
    assert b"bcc" not in head.lower()
    message = mail.message
    assert message["To"] == "Tomás Okafor <tomas.okafor@northwind.example>"
    assert message.get_content().startswith("Dear Tomás,\r\n")
    assert _sent(path)[1][1] == message["Message-ID"]


@needs_msmtp
def test_msmtp_failing_leaves_the_draft_unsent_and_says_why(env, tmp_path, server):
    path = _session(tmp_path)
    _msmtp_config(tmp_path, server, password="wrong")
    _assert_unsent_and_one_line(run(env, "send", path, "--to", "Dana Rivera"), path, "msmtp failed (exit status")


def test_a_command_that_is_not_installed_says_so(env, tmp_path):
    path = _session(tmp_path)
    (tmp_path / "config.toml").write_text('[send]\ncommand = "no-such-mailer-here -t"\n')
    _assert_unsent_and_one_line(run(env, "send", path, "--to", "Dana Rivera"), path, "command not found")


def test_a_command_is_given_the_message_on_stdin(env, tmp_path):
    """Any sendmail-like program works: this one keeps what it was given."""
    path = _session(tmp_path)
    kept = tmp_path / "kept.eml"
    mailer = tmp_path / "mailer.py"
    mailer.write_text(f"import sys\nopen({str(kept)!r}, 'wb').write(sys.stdin.buffer.read())\n")
    (tmp_path / "config.toml").write_text(f'[send]\ncommand = "{sys.executable} {mailer} -t"\nbcc_self = true\n')
    assert run(env, "send", path, "--to", "Dana Rivera").returncode == 0
    data = kept.read_bytes()
    head = data.split(b"\n\n")[0]
    assert b"\nBcc: alex.kim@example.com" in head  # for `-t` to read; the mailer removes it (see the msmtp test)
    assert b"To: Dana Rivera <dana.rivera@northwind.example>" in head


def test_a_handwritten_note_is_not_sent(env, tmp_path, server):
    path = _session(tmp_path)
    session = load(path)
    session.interview.medium = "handwritten"
    save(session, path)
    _smtp_config(tmp_path, server)
    result = run(env, "send", path, "--all")
    assert result.returncode == 2 and "interview.medium" in result.stderr and server.received == []
