"""Autosave: typing reaches the file within a second, quitting flushes, conflicts and disk trouble never lose text."""

from __future__ import annotations

import asyncio
import errno
import time

from followup.core import store
from tests.tui.conftest import make_session, record_notices, until, write_session
from followup.tui.screens.dialogs import ConflictDialog
from followup.tui.screens.setup import SetupScreen


async def _setup(pilot, path):
    app = pilot.app
    await pilot.pause()
    assert app.open_path(path)
    await pilot.press("f2")
    await pilot.pause()
    assert isinstance(app.screen, SetupScreen)
    app.set_focus(app.screen.query_one("#company"))
    await pilot.press("end")
    return app.screen



async def _conflict_dialog(pilot) -> ConflictDialog:
    """Wait for the conflict dialog and for it to accept keys (it ignores them for a moment after opening)."""
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, ConflictDialog) and app.screen.armed)
    assert isinstance(app.screen, ConflictDialog)
    return app.screen


async def test_typing_reaches_the_file_and_the_status_says_so(make_app, sessions_dir):
    # How soon (0.3 s after a pause, 0.7 s at the latest) is the state machine's to keep: test_autosave_machine.py.
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        await pilot.press(*" Labs")
        await until(pilot, lambda: app.save_status.startswith("saved"))
        assert store.load(path).interview.company == "Northwind Analytics Labs"
        assert app.save_status.startswith("saved 14:03:05")
        assert "saved 14:03:05" in str(app.screen.query_one("#part-title").render())


async def test_quit_flushes_what_was_just_typed(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        await pilot.press(*" Labs", "ctrl+q")
        await pilot.pause()
    assert app.return_value == 0
    assert store.load(path).interview.company == "Northwind Analytics Labs"


async def test_a_change_behind_our_back_opens_the_conflict_dialog(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        theirs = make_session(company="Changed Elsewhere")
        store.save(theirs, path)
        await pilot.press(*" Labs")
        await _conflict_dialog(pilot)
        assert store.load(path).interview.company == "Changed Elsewhere"  # never silently overwritten
        assert app.save_status.startswith("NOT SAVED")
        await pilot.press("f5")  # keep mine
        await pilot.pause()
        assert store.load(path).interview.company == "Northwind Analytics Labs"
        # Autosave is back on after the choice.
        await pilot.press(*" EU")
        await until(pilot, lambda: store.load(path).interview.company.endswith("EU"))
        assert store.load(path).interview.company == "Northwind Analytics Labs EU"


async def test_take_theirs_reloads_and_copy_keeps_both(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        store.save(make_session(company="Theirs Inc"), path)
        await pilot.press(*" Labs")
        await _conflict_dialog(pilot)
        await pilot.press("f8", "f8")  # take theirs: the same key twice
        await pilot.pause()
        assert app.workspace.session.interview.company == "Theirs Inc"
        assert app.screen.query_one("#company").value == "Theirs Inc"
        # A second conflict, answered with a copy.
        store.save(make_session(company="Theirs Again"), path)
        app.set_focus(app.screen.query_one("#company"))
        await pilot.press("end", *" Mine")
        await _conflict_dialog(pilot)
        await pilot.press("f6")  # save mine as a copy
        await pilot.pause()
        copies = sorted(sessions_dir.glob("s.mine-*.toml"))
        assert len(copies) == 1
        assert store.load(copies[0]).interview.company == "Theirs Inc Mine"
        assert store.load(path).interview.company == "Theirs Again"
        assert app.workspace.path == copies[0]


async def test_decide_later_pauses_saving_until_asked_again(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        store.save(make_session(company="Theirs Inc"), path)
        await pilot.press(*" Labs")
        await _conflict_dialog(pilot)
        await pilot.press("escape")
        await pilot.press(*" more")
        await pilot.pause(1.0)
        assert store.load(path).interview.company == "Theirs Inc"  # still never overwritten
        await pilot.press("ctrl+q")  # quitting now asks first, and says why
        await pilot.pause()
        assert "the file changed on disk" in " ".join(str(w.render()) for w in app.screen.query(".dialog-text"))
        await pilot.press("n", "ctrl+s")
        await _conflict_dialog(pilot)
        await pilot.press("f5")
        await pilot.pause()
        assert store.load(path).interview.company == "Northwind Analytics Labs more"


async def test_disk_trouble_keeps_the_text_says_so_and_retries(make_app, sessions_dir, monkeypatch):
    monkeypatch.setattr("followup.tui.autosave.RETRY_EVERY", 0.5)
    path = write_session(sessions_dir, "s.toml", make_session())
    real_save = store.save
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)

        def full(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(store, "save", full)
        await pilot.press(*" Labs")
        await until(pilot, lambda: app.save_status.startswith("NOT SAVED"))
        assert app.save_status == "NOT SAVED: No space left on device — retrying"
        assert "NOT SAVED: No space left on device" in str(app.screen.query_one("#part-title").render())
        assert app.workspace.session.interview.company == "Northwind Analytics Labs"
        await pilot.press(*" EU")  # typing goes on
        assert app.screen.query_one("#company").value == "Northwind Analytics Labs EU"
        monkeypatch.setattr(store, "save", real_save)  # the disk has room again: the retry saves
        await until(pilot, lambda: app.save_status.startswith("saved"))
        assert store.load(path).interview.company == "Northwind Analytics Labs EU"


async def test_save_elsewhere_when_the_folder_fails(make_app, sessions_dir, home, monkeypatch):
    path = write_session(sessions_dir, "s.toml", make_session())
    real_save = store.save
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)

        def readonly(session, target, expected=None):
            if target == path:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_save(session, target, expected)

        monkeypatch.setattr(store, "save", readonly)
        await pilot.press(*" Labs")
        await until(pilot, lambda: app.save_status.startswith("NOT SAVED"))
        await pilot.press("f12")
        await pilot.pause()
        elsewhere = home / "rescued.toml"
        await pilot.press("ctrl+a", "ctrl+k", *str(elsewhere), "enter")
        await pilot.pause()
        assert store.load(elsewhere).interview.company == "Northwind Analytics Labs"
        assert app.workspace.path == elsewhere
        assert app.save_status.startswith("saved")


async def test_letters_typed_as_the_dialog_opens_choose_nothing(make_app, sessions_dir, monkeypatch):
    from followup.tui.screens import dialogs

    monkeypatch.setattr(dialogs, "ARM_DELAY", 5.0)  # a loaded test machine may take 0.8 s over three keys
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        store.save(make_session(company="Theirs Inc"), path)
        await pilot.press(*" Labs")
        await until(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.press("k", "t", "c")  # typing on, unaware of the dialog
        await pilot.pause()
        assert isinstance(app.screen, ConflictDialog)
        assert store.load(path).interview.company == "Theirs Inc"


async def test_quit_with_an_unsavable_change_asks_first(make_app, sessions_dir, monkeypatch):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)

        def broken(*args, **kwargs):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")

        monkeypatch.setattr(store, "save", broken)
        await pilot.press(*" Labs", "ctrl+q")
        await pilot.pause()
        assert app.is_running
        assert "NOT saved" in " ".join(str(w.render()) for w in app.screen.query(".dialog-text"))
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and app.workspace.session.interview.company == "Northwind Analytics Labs"


async def test_a_hangup_saves_what_was_just_typed(make_app, sessions_dir):
    import os
    import signal

    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        await pilot.press(*" Labs")
        os.kill(os.getpid(), signal.SIGHUP)  # the ssh connection drops
        await pilot.pause()
    assert store.load(path).interview.company == "Northwind Analytics Labs"


async def test_after_save_mine_as_a_copy_editing_goes_on_in_the_copy(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        store.save(make_session(company="Theirs Inc"), path)
        await pilot.press(*" Labs")
        await _conflict_dialog(pilot)
        said = record_notices(app)
        await pilot.press("f6")  # save mine as a copy
        await pilot.pause()
        (copy,) = sorted(sessions_dir.glob("s.mine-*.toml"))
        told = " ".join(said)
        assert f"saved as {copy.name}" in told and "untouched in s.toml" in told, told
        await pilot.press(*" EU")  # typing goes on, and reaches the copy
        await until(pilot, lambda: store.load(copy).interview.company.endswith("EU"))
        assert store.load(copy).interview.company == "Northwind Analytics Labs EU"
        assert app.save_status.startswith("saved")
        await pilot.press("ctrl+s")  # our own copy never "changed on disk"
        await pilot.pause()
        assert not isinstance(app.screen, ConflictDialog)
        assert app.save_status.startswith("saved")
        assert store.load(path).interview.company == "Theirs Inc"
        await pilot.press("ctrl+q")  # nothing unsaved: quits without a question
        await pilot.pause()
    assert app.return_value == 0


async def test_a_burst_of_keys_reaches_the_file_while_it_is_still_arriving(make_app, sessions_dir):
    """Keys that never pause long enough for a save (a long paste typed as keys, a typist who never stops)
    still reach the file: autosave writes within SAVE_MAX_WAIT of the first unsaved key, not at the pause."""
    from textual import events

    path = write_session(sessions_dir, "s.toml", make_session(company=""))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        field = app.screen.query_one("#company")
        sent = 0
        written = ""
        give_up = time.monotonic() + 120  # a guard against a hang, not a speed claim
        # Keys keep coming, 20 at a time, with far shorter gaps than the save's pause (SAVE_PAUSE): the file
        # is written while they still arrive, or never (until the guard).
        while not written and time.monotonic() < give_up:
            for _ in range(20):
                app.post_message(events.Key("x", "x"))
            sent += 20
            await asyncio.sleep(0.02)
            written = store.load(path).interview.company
        assert written, "nothing was written while the keys kept coming"
        assert written == "x" * len(written) and len(written) < sent  # part of what was typed, keys still to come
        await until(pilot, lambda: len(field.value) == sent)
        await until(pilot, lambda: store.load(path).interview.company == "x" * sent)
        assert store.load(path).interview.company == field.value


async def test_a_hangup_during_a_conflict_keeps_both_texts(make_app, sessions_dir):
    import os
    import signal

    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _setup(pilot, path)
        store.save(make_session(company="Theirs Inc"), path)
        await pilot.press(*" Labs")
        await _conflict_dialog(pilot)
        os.kill(os.getpid(), signal.SIGHUP)  # the ssh connection drops with the question open
        await pilot.pause()
    assert store.load(path).interview.company == "Theirs Inc", "theirs is never overwritten"
    (kept,) = sessions_dir.glob("s.unsaved-*.toml")
    assert store.load(kept).interview.company == "Northwind Analytics Labs"
    assert app.return_value == 1, "the exit status says the session file could not take the text"


async def test_suspend_saves_pending_text_first(make_app, sessions_dir):
    import os
    import signal

    suspended: list[str] = []

    def terminal_driver_suspends(signum, frame):  # what Textual's driver does on SIGTSTP: stop the process
        suspended.append(store.load(path).interview.company)

    path = write_session(sessions_dir, "s.toml", make_session())
    previous = signal.signal(signal.SIGTSTP, terminal_driver_suspends)
    try:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await _setup(pilot, path)
            await pilot.press(*" Labs")
            os.kill(os.getpid(), signal.SIGTSTP)  # ctrl+z from the shell, or `kill -TSTP`
            await pilot.pause()
            assert suspended == ["Northwind Analytics Labs"], "the file had the text before the process stopped"
    finally:
        signal.signal(signal.SIGTSTP, previous)


async def test_the_next_start_names_the_recovery_copy(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    copy = write_session(sessions_dir, "s.unsaved-20261125-140305.toml", make_session(company="Cut off"))
    app = make_app()
    said = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any(copy.name in note and "s.toml" in note for note in said), said
        assert copy.exists() and path.exists()


async def test_a_hang_up_between_a_keys_frame_and_its_edit_message_keeps_the_text(make_app, sessions_dir):
    """A key's text is drawn before its Changed message reaches the editor; SIGTERM or a hang-up in between
    (HangUp calls keeper.rescue from the signal handler) saved the draft without the last word on screen
    (seen in tests/e2e/test_sigterm.py under load). Here the rescue runs with that message still queued."""
    from followup.tui.screens.editor import EditorScreen
    from followup.tui.widgets.section_field import SectionField

    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen))
        await asyncio.wait_for(app.screen.scored(), 30)
        field = app.screen.focused
        assert isinstance(field, SectionField)
        field.insert(" Zqxv")  # on screen at the next frame; nothing has been awaited since
        status, message = app.keeper.rescue([sessions_dir])
        assert (status, message) == (0, "")
        section = field.section
    assert " Zqxv" in store.load(path).interviewers[0].draft.section(section)
