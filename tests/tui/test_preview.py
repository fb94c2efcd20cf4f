"""Pilot tests of the preview screen, keys only: the email as sent, export to .eml/.txt, clipboard."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from functools import partial

from tests.tui.editor_kit import HostApp, make_session, make_workspace
from followup.tui.screens.dialogs import ConfirmDialog
from followup.tui.screens.editor import EditorScreen
from followup.tui.screens.preview import PreviewScreen


def preview_host(workspace, index: int = 0) -> HostApp:
    return HostApp(workspace, partial(PreviewScreen, index=index))


def shown(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_preview_shows_to_subject_and_body(tmp_path):
    app = preview_host(make_workspace(tmp_path))
    async with app.run_test(size=(120, 40)):
        headers = shown(app, "#mail-headers")
        assert "To: Dana Rivera <dana.rivera@northwind.example>" in headers
        assert "Subject: Thank You – Alex Kim – Senior Data Analyst Interview" in headers
        body = shown(app, "#mail-body")
        assert body.startswith("Dear Dana,\n\nThank you for taking the time")
        assert "Best regards,\nAlex Kim" in body
        assert str(tmp_path / "exports") == app.screen.query_one("#folder").value


async def test_export_writes_an_eml_the_stdlib_parses(tmp_path):
    workspace = make_workspace(tmp_path)
    app = preview_host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+r")
        files = list((tmp_path / "exports").glob("*.eml"))
        assert len(files) == 1
        message = BytesParser(policy=policy.default).parsebytes(files[0].read_bytes())
        assert message["Subject"] == "Thank You – Alex Kim – Senior Data Analyst Interview"
        assert message["To"].addresses[0].addr_spec == "dana.rivera@northwind.example"
        assert "Dear Dana," in message.get_content()
        assert f"Exported {files[0].name} (in {files[0].parent})" in shown(app, "#export-status")


async def test_the_exported_files_name_is_read_whole_at_60_columns(tmp_path):
    workspace = make_workspace(tmp_path / "a-rather-long-folder-name" / "that-goes-on-and-on")
    app = preview_host(workspace)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("ctrl+r")
        await pilot.pause()
        (file,) = (tmp_path / "a-rather-long-folder-name" / "that-goes-on-and-on" / "exports").glob("*.eml")
        status = app.screen.query_one("#export-status")
        lines = [strip.text.strip() for strip in status.render_lines(status.region.reset_offset)]
        assert lines[0].startswith(f"Exported {file.name}"), lines


async def test_export_into_a_folder_typed_by_the_user_as_txt(tmp_path):
    workspace = make_workspace(tmp_path)
    app = preview_host(workspace, index=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+g", "ctrl+u", *"out/mail", "enter")  # relative: beside the session file
        await pilot.press("ctrl+t", "ctrl+r")
        files = list((tmp_path / "out" / "mail").glob("*.txt"))
        assert len(files) == 1
        text = files[0].read_text(encoding="utf-8")
        assert text.startswith("To: Sam Okafor <sam.okafor@northwind.example>\nSubject: ")


async def test_export_all_drafts(tmp_path):
    workspace = make_workspace(tmp_path)
    app = preview_host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+l")  # Lee Chen's draft has an error: asked first, nothing written yet
        assert isinstance(app.screen, ConfirmDialog)
        assert "Lee Chen: 1 error to fix" in shown(app, ".dialog-text")
        assert not (tmp_path / "exports").exists()
        await pilot.press("y")
        assert len(list((tmp_path / "exports").glob("*.eml"))) == 3
        assert "Exported 3 files" in shown(app, "#export-status")


async def test_export_all_names_the_drafts_still_empty(tmp_path):
    workspace = make_workspace(tmp_path)
    from followup.core.model import Draft

    workspace.session.interviewers[2].draft = Draft()
    app = preview_host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+l", "y")  # yes, export the drafts that are not ready too
        status = shown(app, "#export-status")
        assert "Exported 3 files" in status
        assert f"1 still empty: {workspace.session.interviewers[2].name}" in status


async def test_export_failure_is_a_message(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    app = preview_host(make_workspace(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#folder").value = str(blocker)
        await pilot.press("ctrl+r")
        assert "Not exported" in shown(app, "#export-status")


async def test_copy_puts_the_email_on_the_clipboard(tmp_path):
    workspace = make_workspace(tmp_path)
    app = preview_host(workspace)
    copied: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        original = app.copy_to_clipboard
        app.copy_to_clipboard = lambda text: (copied.append(text), original(text))
        # ctrl+y: the body, what a user pastes into a mail client.
        await pilot.press("ctrl+y")
        assert len(copied) == 1
        assert copied[0].startswith("Dear Dana,")
        assert app.clipboard == copied[0]
        # Nothing confirms a terminal took it: the message says what was done, not "copied".
        status = shown(app, "#export-status")
        assert "sent to the terminal's clipboard" in status and "copied" not in status.lower()
        # The whole email, headers included, is a second, named action.
        await pilot.press("f9")
        assert copied[1].startswith(
            "To: Dana Rivera <dana.rivera@northwind.example>\n"
            "Subject: Thank You – Alex Kim – Senior Data Analyst Interview\n\nDear Dana,"
        )
        assert "Whole email (To, Subject, body) sent to the terminal's clipboard" in shown(app, "#export-status")


async def test_markup_like_names_render_literally(tmp_path):
    session = make_session(names=["Dr. [b]Smith[/] [/]"])
    session.interviewers[0].draft.greeting = "Dear Dr. [b]Smith[/] [/],"
    app = preview_host(make_workspace(tmp_path, session))
    async with app.run_test(size=(120, 40)):
        assert "To: Dr. [b]Smith[/] [/] <dana.rivera@northwind.example>" in shown(app, "#mail-headers")
        assert "Dear Dr. [b]Smith[/] [/]," in shown(app, "#mail-body")
        assert "Dr. [b]Smith[/] [/]" in shown(app, "#preview-title")


async def test_preview_from_the_editor_and_back(tmp_path):
    workspace = make_workspace(tmp_path)
    app = HostApp(workspace, EditorScreen)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+n", "f5")
        assert isinstance(app.screen, PreviewScreen)
        assert "Sam Okafor" in shown(app, "#mail-headers")
        await pilot.press("ctrl+n")
        assert "Lee Chen" in shown(app, "#mail-headers")
        await pilot.press("escape")
        assert isinstance(app.screen, EditorScreen)


async def test_copy_writes_the_osc52_sequence(tmp_path):
    import base64

    app = preview_host(make_workspace(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        written: list[str] = []
        driver_write = app._driver.write
        app._driver.write = lambda data: (written.append(data), driver_write(data))
        await pilot.press("f5")
        expected = base64.b64encode(app.clipboard.encode("utf-8")).decode("ascii")
        assert f"\x1b]52;c;{expected}\a" in written
        assert base64.b64decode(expected).decode("utf-8").startswith("Dear Dana,")  # f5: the body


# -- export asks before it replaces a file or writes a draft not ready to send (issues 15 #10, 14 #3) ----------


async def test_export_asks_before_replacing_a_file_followup_did_not_write(tmp_path):
    workspace = make_workspace(tmp_path)
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "dana-rivera.eml").write_text("the user's own file")
    app = preview_host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ConfirmDialog)
        assert "not written by followup for this draft: dana-rivera.eml" in shown(app, ".dialog-text")
        await pilot.press("n")
        assert (exports / "dana-rivera.eml").read_text() == "the user's own file"
        assert "Not exported" in shown(app, "#export-status")
        await pilot.press("ctrl+r", "y")
        assert (exports / "dana-rivera.eml").read_text().startswith("To: Dana Rivera")
        await pilot.press("ctrl+r")  # followup's own file now: updated without a question
        assert not isinstance(app.screen, ConfirmDialog)


async def test_a_bad_recipient_shows_in_the_preview_and_is_asked_about(tmp_path):
    workspace = make_workspace(tmp_path)
    workspace.session.interviewers[0].email = "bart@"
    app = preview_host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "no usable email address" in shown(app, "#mail-headers")
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ConfirmDialog)
        assert "'bart@' is not a usable email address" in shown(app, ".dialog-text")
        await pilot.press("escape")
        assert not (tmp_path / "exports").exists()

