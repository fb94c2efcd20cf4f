"""Starting the app: the demo, `followup PATH` (existing or new), recovery notices, the dictionary worker."""

from __future__ import annotations

import os
import time

from followup.core import store
from followup.core.config import load_config
from tests.tui.conftest import make_session, shown_notices, write_session
from tests.tui.editor_kit import settle
from followup.tui.messages import WordAccepted
from followup.tui.screens.sessions import SessionsScreen
from followup.tui.screens.setup import SetupScreen


async def test_demo_writes_once_and_opens_the_editor(make_app, sessions_dir):
    app = make_app(demo=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        demo = sessions_dir / "demo-panel.toml"
        assert app.workspace is not None and app.workspace.path == demo
        assert type(app.screen).__name__ == "EditorScreen"
        assert len(store.load(demo).interviewers) == 5
    # A second --demo never overwrites the user's edits to it.
    edited = store.load(demo)
    edited.candidate.name = "Someone Else"
    store.save(edited, demo)
    again = make_app(demo=True)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert again.workspace.session.candidate.name == "Someone Else"


async def test_path_that_does_not_exist_starts_a_new_session_there(make_app, home):
    target = home / "elsewhere" / "acme.toml"
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert not target.exists()  # nothing written until the user types
        await pilot.press(*"Alex", "ctrl+s")
        await pilot.pause()
        assert store.load(target).candidate.name == "Alex"
        assert os.stat(target).st_mode & 0o777 == 0o600


async def test_path_that_exists_opens_in_the_editor(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "EditorScreen"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)


async def test_broken_path_says_why_and_shows_the_list(make_app, sessions_dir):
    path = sessions_dir / "bad.toml"
    path.write_text("schema = [\n")
    app = make_app(path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert any("bad.toml" in note and "TOML" in note for note in shown_notices(app))
        assert path.read_text() == "schema = [\n"


async def test_leftovers_of_an_interrupted_save_are_reported(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    leftover = sessions_dir / ".s.toml.abc123.tmp"
    leftover.write_bytes(path.read_bytes())
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert any("interrupted save" in note for note in shown_notices(app))
        assert not leftover.exists()


async def test_the_dictionary_loads_after_the_first_frame(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path, load_speller=True)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.settings.speller is None  # not loaded before the first frame (its worker starts once the keys pause)
        await pilot.pause()
        await app.screen.sidebar.parts_in_place()
        title = app.screen.query_one("#findings-title")
        if app.settings.speller is None:  # still loading (it takes 100 ms and more): the sidebar says spelling is not judged yet
            assert "checking spelling…" in str(title.render())
        assert await settle(pilot, lambda: app.settings.speller is not None), "the dictionary never loaded"
        await pilot.pause()  # the dictionary's SpellerReady reaches the editor, which scores the session again
        await app.screen.scored()
        await pilot.pause()
        assert "checking spelling" not in str(title.render())
        await pilot.pause()
        assert app.settings.speller is not None
        assert app.workspace.speller is app.settings.speller
        assert app.settings.speller.unknown(["recieve"], set()) == {"recieve"}


async def test_an_accepted_word_is_kept_in_the_config(make_app, home, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.post_message(WordAccepted("Kubeflow"))
        await pilot.pause()
        assert "Kubeflow" in app.workspace.config.words
    assert "Kubeflow" in load_config(home / "config.toml").words


async def test_an_open_sessions_folder_is_made_private_at_start(make_app, sessions_dir):
    write_session(sessions_dir, "s.toml", make_session())
    sessions_dir.chmod(0o777)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    assert sessions_dir.stat().st_mode & 0o777 == 0o700
