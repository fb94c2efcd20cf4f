"""From the invite to the sent email, over a real ssh connection in tmux (issue 13), with real parts:
`followup new --from invite.ics`, then the draft written in the app (the two personal sections through
$EDITOR, as a user who writes there would), sent from the preview (F10, y) through a real msmtp to an SMTP
server on 127.0.0.1 (STARTTLS, AUTH, a certificate made here), then `followup due` has nothing left.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.e2e.conftest import FOLLOWUP, Home, Launcher
from tests.mailserver import PASSWORD, USER, MailServer

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("msmtp") is None, reason="msmtp is not installed (.ci/run installs it)"),
]

GRATITUDE = ("Thank you for taking the time to meet with me today. I enjoyed our conversation about the move "
             "to dbt, and I have been thinking about it since.")
INTEREST = ("I am excited about the Senior Data Analyst role at Northwind Analytics. You mentioned the team needs "
            "stakeholder reporting, and I built a churn dashboard that cut reporting time by 40%.")


def _invite(path: Path) -> Path:
    """A Google Calendar invite for an interview that ended an hour ago."""
    end = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(hours=1)
    start = end - timedelta(hours=1)
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"DTSTART:{start:{stamp}}", f"DTEND:{end:{stamp}}", "UID:e2e-flow@google.com",
        "ORGANIZER;CN=Dana Rivera:mailto:dana.rivera@northwind-analytics.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;CN=Dana Rivera:mailto:dana.rivera@northwind-analytics.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;CN=Alex Kim:mailto:alex.kim@example.com",
        "ATTENDEE;CUTYPE=RESOURCE;CN=NYC-12-Hudson (6):mailto:c_1@resource.calendar.google.com",
        "SUMMARY:Interview: Senior Data Analyst (Alex Kim)", "END:VEVENT", "END:VCALENDAR",
    ]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def _editor_script(folder: Path) -> Path:
    """$EDITOR: writes the gratitude or the interest paragraph over the section it is handed."""
    script = folder / "write-section.sh"
    script.write_text(
        "#!/bin/sh\n"
        f"if grep -q 'conversation' \"$1\"; then printf '%s' '{GRATITUDE}' > \"$1\"; "
        f"else printf '%s' '{INTEREST}' > \"$1\"; fi\n"
    )
    script.chmod(0o755)
    return script


def _config(home: Home, server: MailServer, folder: Path) -> None:
    rc = folder / "msmtprc"
    rc.write_text(
        "defaults\ntls on\ntls_starttls on\n"
        f"tls_trust_file {server.cert}\n"
        f"account job\nhost 127.0.0.1\nport {server.port}\nauth on\nuser {USER}\npassword {PASSWORD}\n"
        "from alex.kim@example.com\naccount default : job\n"
    )
    rc.chmod(0o600)
    home.config.parent.mkdir(parents=True, exist_ok=True)
    home.config.write_text(
        '[profile]\nname = "Alex Kim"\nemail = "alex.kim@example.com"\nphone = "+1 555 0100"\n'
        'signoff = "Best regards,\\nAlex Kim\\nalex.kim@example.com | +1 555 0100"\n\n'
        f'[send]\ncommand = "/usr/bin/msmtp -C {rc} -t"\nbcc_self = true\n'
    )


def test_invite_to_sent_email_to_nothing_due(launcher: Launcher, home: Home, tmp_path: Path) -> None:
    from followup.core.store import load

    folder = tmp_path / "parts"
    folder.mkdir()
    with MailServer(folder) as server:
        _config(home, server, folder)
        invite = _invite(folder / "invite.ics")
        session_path = home.root / "northwind.toml"
        pane = launcher.pane(100, 30)

        # 1. The session from the invite.
        new = launcher.run(pane, [str(FOLLOWUP), "new", "--from", str(invite), "--out", str(session_path)],
                           home.env("tmux-256color"))
        screen = new.assert_clean_exit(None)
        assert "1 to thank: Dana Rivera" in screen and "Senior Data Analyst at Northwind Analytics" in screen

        # 2. The draft, in the app: the starter, with its two personal sections rewritten in $EDITOR.
        app = launcher.followup(pane, home, "tmux-256color", str(session_path), EDITOR=str(_editor_script(folder)))
        pane.wait_for("Dana Rivera")
        home.idle()
        pane.send_keys("Tab", "Tab")  # subject -> greeting -> gratitude
        home.idle()
        pane.send_keys("C-g")
        pane.wait_for("the move to dbt")
        home.idle()
        pane.send_keys("Tab")  # -> interest
        home.idle()
        pane.send_keys("C-g")
        pane.wait_for("reporting time by 40%")
        home.idle()

        # 3. Sent from the preview, after the confirmation.
        pane.send_keys("F5")
        pane.wait_for("Export to")
        home.idle()
        pane.send_keys("F10")
        screen = pane.wait_for("Send this email now?")
        assert "To: Dana Rivera <dana.rivera@northwind-analytics.com>" in screen
        assert "This draft has an error" not in screen, screen
        pane.send_keys("y")
        pane.wait_for("Sent to Dana Rivera", timeout=30)
        home.idle()
        pane.send_keys("C-q")
        app.assert_clean_exit(home.marker)

        [mail] = server.received
        assert sorted(mail.recipients) == ["alex.kim@example.com", "dana.rivera@northwind-analytics.com"]
        head = mail.data.split(b"\r\n\r\n")[0]
        assert b"bcc" not in head.lower()
        message = mail.message
        assert message["To"] == "Dana Rivera <dana.rivera@northwind-analytics.com>"
        body = message.get_content().replace("\r\n", "\n")
        assert GRATITUDE in body and INTEREST in body and body.startswith("Dear Dana,")
        draft = load(session_path).interviewers[0].draft
        assert draft.sent is not None and draft.extra["message_id"] == message["Message-ID"]

    # 4. Nothing left to send.
    due = launcher.run(pane, [str(FOLLOWUP), "due"], home.env("tmux-256color"))
    screen = due.assert_clean_exit(None)
    assert "Nothing due: every draft is sent." in screen


def test_compose_elsewhere_hands_the_draft_to_the_mail_client_then_marks_it_sent(launcher: Launcher, home: Home,
                                                                              tmp_path: Path) -> None:
    """[send] compose: the app steps aside for the mail client (a script standing in for `neomutt -H`), then
    asks whether the email went; yes marks it sent."""
    from followup.core.store import load, save
    from tests.e2e.conftest import write_session

    folder = tmp_path / "parts"
    folder.mkdir()
    client = folder / "mail-client.sh"
    client.write_text(f"#!/bin/sh\ncp \"$1\" {folder}/handed.eml\necho 'client done'\n")
    client.chmod(0o755)
    home.config.parent.mkdir(parents=True, exist_ok=True)
    home.config.write_text(f'[send]\ncompose = "{client} {{file}}"\n')
    path = write_session(home.root / "northwind.toml", "Northwind Analytics", "Senior Data Analyst",
                         {"Dana Rivera": {"subject": "Thank you", "greeting": "Dear Dana,",
                                          "gratitude": GRATITUDE, "interest": INTEREST}})
    session = load(path)
    session.interviewers[0].email = "dana.rivera@northwind-analytics.com"
    save(session, path)
    pane = launcher.pane(100, 30)
    app = launcher.followup(pane, home, "tmux-256color", str(path))
    pane.wait_for("Dana Rivera")
    home.idle()
    pane.send_keys("F5")
    pane.wait_for("Export to")
    home.idle()
    pane.send_keys("F11")
    pane.wait_for("Did the email go? Mark it as sent?", timeout=20)
    handed = (folder / "handed.eml").read_text()
    assert "To: Dana Rivera <dana.rivera@northwind-analytics.com>" in handed and GRATITUDE[:40] in handed
    pane.send_keys("y")
    pane.wait_for("Marked as sent to Dana Rivera")
    home.idle()
    pane.send_keys("C-q")
    app.assert_clean_exit(home.marker)
    assert load(path).interviewers[0].draft.sent is not None
