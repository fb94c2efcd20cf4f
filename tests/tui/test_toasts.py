"""What the first look at 80x24 and 120x40 gets right: notices (toasts) never cover what they explain (the
findings list, the export status line), and the preview wraps the body as a mail client would."""

from __future__ import annotations


from followup.core import store
from followup.tui.screens.editor import EditorScreen
from tests.tui.conftest import until
from tests.tui.editor_kit import make_session



def _toasts(app):
    return [toast for toast in app.screen.query("Toast") if toast.region.height]


async def test_a_findings_explanation_does_not_cover_the_findings(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
        await pilot.press("ctrl+n")  # Sam's draft has findings with explanations
        await app.workers.wait_for_complete()
        screen = app.screen
        findings = screen.sidebar.findings_list
        await pilot.press("ctrl+f")
        await until(pilot, lambda: app.focused is findings)
        listed = findings.region
        # What jumping to a finding shows: its explanation, as a notice.
        app.notify("Say what you discussed with them: a topic from the roster makes the thanks their own.")
        await until(pilot, lambda: bool(_toasts(app)))
        for toast in _toasts(app):
            assert not toast.region.overlaps(listed), "the notice covers the findings list"
            assert not toast.region.overlaps(screen.sidebar.region)


async def test_the_export_notice_does_not_cover_the_status_line(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
        await pilot.press("f5")  # the preview
        await pilot.pause()
        app.notify("Exported 3 .eml files (1 still empty: Lee Chen)")  # what an export says
        await until(pilot, lambda: bool(_toasts(app)))
        status = app.screen.query_one("#export-status")
        for toast in _toasts(app):
            assert not toast.region.overlaps(status.region), "the notice covers the export status"


async def test_the_preview_wraps_the_body_as_a_mail_client_would(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    session = make_session()
    session.interviewers[0].draft.gratitude = "Thank you for the conversation about the billing pipeline. " * 4
    store.save(session, path)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
        await pilot.press("f5")
        await until(pilot, lambda: type(app.screen).__name__ == "PreviewScreen")
        await pilot.pause()
        body = app.screen.query_one("#mail-body")
        assert 72 <= body.size.width <= 78
        lines = [strip.text.rstrip() for strip in body.render_lines(body.region.reset_offset)]
        assert max(len(line) for line in lines) <= 78
        assert sum(1 for line in lines if len(line) >= 60) >= 3  # the long paragraph wraps, as in a mail client


async def test_the_copy_message_is_read_whole_at_80_columns(make_app, sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
        await pilot.press("f5")
        await until(pilot, lambda: type(app.screen).__name__ == "PreviewScreen")
        for key in ("ctrl+y", "f9"):
            await pilot.press(key)
            await pilot.pause()
            status = app.screen.query_one("#export-status")
            lines = [strip.text.strip() for strip in status.render_lines(status.region.reset_offset)]
            assert " ".join(line for line in lines if line).endswith("if nothing pastes, export instead.")
