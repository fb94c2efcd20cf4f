"""Roster: add, edit, reorder, remove (with confirmation), and the scenario line that follows the count."""

from __future__ import annotations

from followup.core import store
from tests.tui.conftest import make_session, write_session
from followup.tui.screens.roster import RosterScreen


async def _open_roster(pilot, path):
    app = pilot.app
    await pilot.pause()
    assert app.open_path(path)
    await pilot.press("f3")
    await pilot.pause()
    assert isinstance(app.screen, RosterScreen)
    return app.screen


def _scenario(screen) -> str:
    return str(screen.query_one("#scenario").render())


def _names(app) -> list[str]:
    return [p.name for p in app.workspace.session.interviewers]


async def test_add_three_people_and_the_scenario_follows(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session(people=()))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_roster(pilot, path)
        assert "no interviewers yet" in _scenario(screen)
        people = [("Dana Rivera", "Analytics Manager", "billing pipeline"), ("Sam Okafor", "", "streaming"),
                  ("Lee Chen", "Director", "roadmap")]
        for name, title, topic in people:
            await pilot.press("ctrl+n", *name, "tab", *title, "tab", "tab", *topic, "enter", *"second topic")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert _names(app) == ["Dana Rivera", "Sam Okafor", "Lee Chen"]
        assert "multiple" in _scenario(screen)
        assert "each gets a separate email" in _scenario(screen)
        saved = store.load(path)
        assert [p.name for p in saved.interviewers] == ["Dana Rivera", "Sam Okafor", "Lee Chen"]
        assert saved.interviewers[0].title == "Analytics Manager"
        assert saved.interviewers[2].topics == ["roadmap", "second topic"]
        await pilot.press("ctrl+n", *"Maria Lopez")
        await pilot.pause()
        assert "panel" in _scenario(screen)


async def test_reorder_with_keys_moves_the_draft_along(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session(people=("Dana Rivera", "Sam Okafor", "Lee Chen")))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_roster(pilot, path)
        await pilot.press("down", "down", "ctrl+up")
        await pilot.pause()
        assert _names(app) == ["Dana Rivera", "Lee Chen", "Sam Okafor"]
        await pilot.press("alt+up")
        await pilot.pause()
        assert _names(app) == ["Lee Chen", "Dana Rivera", "Sam Okafor"]
        assert app.workspace.session.interviewers[0].draft.greeting == "Dear Lee,"
        await pilot.press("ctrl+down", "ctrl+down", "ctrl+down")  # the last move bumps the end: no change
        await pilot.pause()
        assert _names(app) == ["Dana Rivera", "Sam Okafor", "Lee Chen"]


async def test_remove_asks_and_escape_keeps(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session(people=("Dana Rivera", "Sam Okafor")))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_roster(pilot, path)
        await pilot.press("f8")
        await pilot.pause()
        dialog_text = " ".join(str(w.render()) for w in app.screen.query(".dialog-text"))
        assert "Remove Dana Rivera" in dialog_text and "draft" in dialog_text
        await pilot.press("escape")
        await pilot.pause()
        assert _names(app) == ["Dana Rivera", "Sam Okafor"]
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press("y", "ctrl+s")
        await pilot.pause()
        assert _names(app) == ["Sam Okafor"]
        assert "single" in _scenario(screen)
        assert [p.name for p in store.load(path).interviewers] == ["Sam Okafor"]


async def test_editing_a_name_updates_the_list_and_the_session(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session(people=("Dana Rivera", "Sam Okafor")))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_roster(pilot, path)
        await pilot.press("down", "tab", "end", *" Jr.")
        await pilot.pause()
        assert _names(app) == ["Dana Rivera", "Sam Okafor Jr."]
        assert "Sam Okafor Jr." in str(screen.query_one("#people").get_option_at_index(1).prompt)
        await pilot.press("shift+tab", "up")
        await pilot.pause()
        assert screen.query_one("#name").value == "Dana Rivera"
        assert _names(app) == ["Dana Rivera", "Sam Okafor Jr."]


async def test_rejection_scenario_is_named(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session(outcome="rejected"))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_roster(pilot, path)
        assert "rejection" in _scenario(screen) and "gracious" in _scenario(screen)
