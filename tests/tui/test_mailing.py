"""Pilot tests of issue 13's keys: a new session starts from [profile], F7 in setup saves the profile, F6 imports
an invite (a path typed with completion, a choice among several events), F10 in the preview sends through a
real sendmail-like program after a confirmation (and a second one for a draft with an error)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from functools import partial
from pathlib import Path

from followup.core import store
from followup.core.config import load_config, parse_send
from followup.core.model import Draft
from followup.tui.screens.mailing import EventChoice, InvitePrompt, PathSuggester, SendDialog
from followup.tui.screens.preview import PreviewScreen
from followup.tui.screens.setup import SetupScreen
from tests.tui.editor_kit import NOW, HostApp, make_workspace
from tests.tui.conftest import record_notices

INVITES = Path(__file__).resolve().parents[1] / "fixtures" / "invites"
PROFILE = """\
# mine
[profile]
name = "Alex Kim"   # as signed
email = "alex.kim@example.com"
phone = "+1 555 0100"
signoff = "Kind regards,\\nAlex Kim"
achievements = ["churn dashboard that cut reporting time by 40%"]
"""




async def _new_session_in_setup(pilot):
    app = pilot.app
    await pilot.pause()
    await pilot.press("ctrl+n")
    await pilot.pause()
    assert isinstance(app.screen, SetupScreen)
    return app.screen


async def test_a_new_session_starts_from_the_profile(make_app, home):
    (home / "config.toml").write_text(PROFILE)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _new_session_in_setup(pilot)
        assert screen.query_one("#name").value == "Alex Kim"
        assert screen.query_one("#email").value == "alex.kim@example.com"
        assert screen.query_one("#achievements").text == "churn dashboard that cut reporting time by 40%"
        await pilot.press("tab", "tab", "tab", *"Acme")  # the first edit writes the file, profile included
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.load(app.workspace.path)
        assert saved.candidate.name == "Alex Kim" and saved.candidate.extra["signoff"] == "Kind regards,\nAlex Kim"


async def test_f7_saves_the_candidate_as_the_profile_keeping_the_config_file(make_app, home):
    (home / "config.toml").write_text('theme = "followup-dark"   # my pick\n')
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _new_session_in_setup(pilot)
        await pilot.press(*"Alex Kim", "tab", *"alex.kim@example.com", "tab", *"+1 555 0100")
        await pilot.press("f7")
        await pilot.pause()
        profile = load_config(home / "config.toml").profile
        assert (profile.name, profile.email, profile.phone) == ("Alex Kim", "alex.kim@example.com", "+1 555 0100")
        assert 'theme = "followup-dark"   # my pick' in (home / "config.toml").read_text()
        # A second new session starts from it.
        await pilot.press("ctrl+o")
        await pilot.pause()
        screen = await _new_session_in_setup(pilot)
        assert screen.query_one("#email").value == "alex.kim@example.com"


async def test_f6_imports_an_invite_typed_with_completion(make_app, home, tmp_path):
    (home / "config.toml").write_text(PROFILE)
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "northwind-interview.ics").write_bytes((INVITES / "google.ics").read_bytes())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _new_session_in_setup(pilot)
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, InvitePrompt)
        await pilot.press(*f"{folder}/nor", "right")  # → takes the completion
        assert app.screen.query_one("#invite-path").value == f"{folder}/northwind-interview.ics"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        session = app.workspace.session
        assert (session.interview.company, session.interview.role) == ("Northwind Analytics", "Senior Data Analyst")
        assert [p.name for p in session.interviewers] == ["Dana Rivera", "Sam Okafor"]
        assert session.interview.extra["timezone"] == "America/New_York"
        assert screen.query_one("#company").value == "Northwind Analytics"  # the form shows it
        assert screen.query_one("#zone").value == "America/New_York"
        assert session.candidate.name == "Alex Kim"  # you are not on your own roster, but in the candidate fields


async def test_f6_with_several_events_asks_which(make_app, home):
    (home / "config.toml").write_text(PROFILE)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _new_session_in_setup(pilot)
        await pilot.press("f6", *str(INVITES / "several.ics"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, EventChoice)
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [p.name for p in app.workspace.session.interviewers] == ["Maria Garcia", "Wei Chen", "Olu Adeyemi"]


async def test_f6_with_a_file_that_is_not_an_invite_says_so_and_changes_nothing(make_app, home):
    app = make_app()
    told = record_notices(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await _new_session_in_setup(pilot)
        await pilot.press("f6", *str(INVITES / "not-a-calendar.ics"), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.workspace.session.interview.company == "" and app.workspace.session.interviewers == []
        assert any("not a calendar invite" in note for note in told)


async def test_path_completion_offers_folders_and_invites_only(tmp_path):
    (tmp_path / "invite.ics").write_text("x")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "notes.txt").write_text("x")
    suggester = PathSuggester()
    assert await suggester.get_suggestion(f"{tmp_path}/inv") == f"{tmp_path}/invite.ics"
    assert await suggester.get_suggestion(f"{tmp_path}/inb") == f"{tmp_path}/inbox/"
    assert await suggester.get_suggestion(f"{tmp_path}/no") is None


# -- sending from the preview ---------------------------------------------------------------------


def _mailer(tmp_path) -> str:
    """A real sendmail-like program: keeps each message it is given, as `msmtp -t` would send it."""
    script = tmp_path / "mailer.py"
    script.write_text("import sys, pathlib, time\n"
                      f"folder = pathlib.Path({str(tmp_path / 'outbox')!r}); folder.mkdir(exist_ok=True)\n"
                      "(folder / f'{time.time_ns()}.eml').write_bytes(sys.stdin.buffer.read())\n")
    return f"{sys.executable} {script} -t"


def _sending_workspace(tmp_path, command):
    workspace = make_workspace(tmp_path)
    workspace.config = replace(workspace.config, send=parse_send({"command": command}, tmp_path / "config.toml"))
    return workspace


async def test_f10_confirms_with_to_subject_band_and_deadline_then_sends_and_records(tmp_path):
    workspace = _sending_workspace(tmp_path, _mailer(tmp_path))
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, SendDialog)
        facts = str(app.screen.query_one("#send-facts").render())
        assert "To: Dana Rivera <dana.rivera@northwind.example>" in facts
        assert "Subject: Thank You – Alex Kim – Senior Data Analyst Interview" in facts
        assert "Score: " in facts and ("(ready)" in facts or "(polish)" in facts)
        assert "Deadline: due in 19 h 30 min" in facts
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        [sent] = list((tmp_path / "outbox").glob("*.eml"))
        assert b"To: Dana Rivera <dana.rivera@northwind.example>" in sent.read_bytes()
        draft = workspace.session.interviewers[0].draft
        assert draft.sent is not None and draft.extra["message_id"].encode() in sent.read_bytes()
        assert app.edits >= 1  # the app saves the session


async def test_f10_on_a_draft_with_an_error_needs_a_second_explicit_answer(tmp_path):
    workspace = _sending_workspace(tmp_path, _mailer(tmp_path))
    workspace.session.interviewers[0].draft.signoff = "Best,"  # no full name: an error
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert "signoff.full-name" in str(app.screen.query_one("#send-error").render())
        await pilot.press("y")  # the first yes only asks again
        await pilot.pause()
        assert isinstance(app.screen, SendDialog) and not (tmp_path / "outbox").exists()
        assert "s: send it anyway" in str(app.screen.query_one("#send-keys").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen) and workspace.session.interviewers[0].draft.sent is None
        await pilot.press("f10", "y", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1
        assert workspace.session.interviewers[0].draft.sent is not None


async def test_a_failed_send_says_why_in_the_dialog_and_leaves_the_draft_unsent(tmp_path):
    workspace = _sending_workspace(tmp_path, "false")
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SendDialog)
        assert "Not sent: false failed (exit status 1)" in str(app.screen.query_one("#send-keys").render())
        assert workspace.session.interviewers[0].draft.sent is None
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)


async def test_f10_without_a_transport_or_address_says_what_to_do(tmp_path):
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    told = record_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        assert any("[send] command" in note for note in told)
    workspace = _sending_workspace(tmp_path, _mailer(tmp_path))
    workspace.session.interviewers[0].email = "dana at northwind"
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    told = record_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        assert any("not a valid address" in note for note in told)


async def test_compose_without_a_mail_client_says_how_to_set_one(tmp_path):
    workspace = _sending_workspace(tmp_path, _mailer(tmp_path))
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    told = record_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert any('compose = "neomutt -H {file}"' in note for note in told)
        assert workspace.session.interviewers[0].draft.sent is None


async def test_f10_on_a_late_draft_says_it_is_late_and_sends_with_one_yes(tmp_path):
    """Lateness cannot be fixed: the dialog says the draft is late, and y sends it (no second answer)."""
    workspace = _sending_workspace(tmp_path, _mailer(tmp_path))
    interview = workspace.session.interview
    interview.start, interview.end = interview.start - timedelta(days=2), interview.end - timedelta(days=2)
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, SendDialog)
        late = str(app.screen.query_one("#send-late").render())
        assert "It is late (overdue by " in late and "a late thank-you beats none" in late
        assert not app.screen.query("#send-error")  # lateness is not an error to fix
        assert "Deadline: overdue by" in str(app.screen.query_one("#send-facts").render())
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1
        assert workspace.session.interviewers[0].draft.sent is not None


async def test_f10_on_a_draft_already_sent_asks_again_and_says_it_was_sent(tmp_path):
    workspace = _sending_workspace(tmp_path, _mailer(tmp_path))
    draft = workspace.session.interviewers[0].draft
    draft.sent = NOW.replace(hour=11, minute=5)
    draft.extra["message_id"] = "<first@example.com>"
    app = HostApp(workspace, partial(PreviewScreen, index=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, SendDialog)  # asked, never sent on the key alone
        facts = str(app.screen.query_one("#send-facts").render())
        assert "Already sent on Wed 25 Nov 11:05: this sends it again." in facts
        assert not (tmp_path / "outbox").exists()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen) and not (tmp_path / "outbox").exists()
        assert draft.extra["message_id"] == "<first@example.com>"
        await pilot.press("f10", "y")  # asked again, and answered
        await app.workers.wait_for_complete()
        await pilot.pause()
        [again] = list((tmp_path / "outbox").glob("*.eml"))
        assert draft.extra["message_id"] != "<first@example.com>"
        assert draft.extra["message_id"].encode() in again.read_bytes()
