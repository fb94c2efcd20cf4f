"""Keys: every binding has a namespaced id, the config's [keys] remaps them, the palette lists them."""

from __future__ import annotations

from tests.tui.conftest import make_session, post_keys, write_session
from followup.tui import bindings
from followup.tui.screens.roster import RosterScreen
from followup.tui.screens.sessions import SessionsScreen
from followup.tui.screens.setup import SetupScreen

MINE = {"app": bindings.APP, "sessions": bindings.SESSIONS, "setup": bindings.SETUP, "roster": bindings.ROSTER, "help": bindings.HELP}


def test_every_binding_has_a_namespaced_unique_id():
    ids = [b.id for table in MINE.values() for b in table]
    assert all(ids), "a binding without an id cannot be remapped"
    assert len(ids) == len(set(ids))
    for namespace, table in MINE.items():
        assert all(b.id.startswith(namespace + ".") for b in table)


def test_no_binding_needs_a_key_that_ssh_and_tmux_drop():
    dropped = {"ctrl+enter", "shift+enter", "ctrl+tab", "alt+enter"}
    for table in MINE.values():
        for binding in table:
            assert not set(binding.key.split(",")) & dropped, binding.id


async def test_config_keys_remap_by_id(make_app, home):
    (home / "config.toml").write_text('[keys]\n"sessions.new" = "f6"\n"app.help" = "f9"\n')
    write_session(home / "sessions", "n.toml", make_session("Northwind Analytics"))  # so the list shows
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)  # the old key no longer does it
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press("f9")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


async def test_palette_lists_the_screen_keys_with_namespaced_titles(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_path(path)
        await pilot.press("f3")
        await pilot.pause()
        before = len(app.workspace.session.interviewers)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"interviewers: add")
        await app.screen.workers.wait_for_complete()  # the palette's search
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RosterScreen)
        assert len(app.workspace.session.interviewers) == before + 1


async def test_palette_switches_theme_and_the_config_remembers(make_app, home):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "followup-dark"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme: followup-light")
        await app.screen.workers.wait_for_complete()  # the palette's search
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "followup-light"
    assert 'theme = "followup-light"' in (home / "config.toml").read_text()
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "followup-light"


async def test_f_keys_move_between_the_parts_of_a_session(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_path(path)
        await pilot.pause()
        assert type(app.screen).__name__ == "EditorScreen"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press("escape")  # back where we came from
        await pilot.pause()
        assert type(app.screen).__name__ == "EditorScreen"
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, RosterScreen)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert app.workspace is None
        assert len(app.screen_stack) == 2


async def test_keys_in_one_burst_land_where_they_were_meant(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        post_keys(app, ["ctrl+n", *"Alex Kim", "tab", *"alex@x.com", "tab", "tab", *"Acme", "tab", *"Analyst",
                     "f3", "ctrl+n", *"Dana Rivera", "tab", *"Manager", "ctrl+n", *"Sam Okafor"])
        await pilot.pause()  # the app handles the burst, key by key, before this pause's own turn
        await pilot.pause()
        session = app.workspace.session
        assert (session.candidate.name, session.candidate.email) == ("Alex Kim", "alex@x.com")
        assert (session.interview.company, session.interview.role) == ("Acme", "Analyst")
        assert [(p.name, p.title) for p in session.interviewers] == [("Dana Rivera", "Manager"), ("Sam Okafor", "")]


async def test_escape_then_f3_in_one_burst_closes_help_and_opens_the_roster(make_app, sessions_dir):
    from followup.tui.screens.help import HelpScreen
    from followup.tui.screens.roster import RosterScreen

    path = write_session(sessions_dir, "n.toml", make_session("Northwind Analytics"))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        post_keys(app, ["escape", "f3"])  # escape is help's own key, F3 the app's: F3 must not overtake it
        await pilot.pause()  # the app handles both keys, in order, before this pause's own turn
        await pilot.pause()
        assert isinstance(app.screen, RosterScreen)
        assert not any(isinstance(screen, HelpScreen) for screen in app.screen_stack)


async def test_escape_then_a_letter_read_as_alt_letter_still_means_escape_then_letter(make_app, sessions_dir):
    write_session(sessions_dir, "n.toml", make_session("Northwind Analytics"))
    write_session(sessions_dir, "c.toml", make_session("Contoso Retail"))
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.press("z", "z")
        assert app.screen.query_one("#filter").value == "zz"
        await pilot.press("alt+n")  # what the terminal makes of ESC n sent together
        await pilot.pause()
        assert app.screen.query_one("#filter").value == "n"
        assert [row.company for row in app.screen.shown] == ["Northwind Analytics"]
