"""The sessions list: newest first, broken files listed with their error, filter, duplicate, delete."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.fixtures.sessions import GOOD_TOML
from tests.tui.conftest import EST, make_session, write_session
from followup.tui.screens.sessions import SessionsScreen


def _rows(app) -> list[str]:
    screen = app.screen
    assert isinstance(screen, SessionsScreen)
    return [row.path.name for row in screen.shown]


async def _loaded(pilot) -> None:
    screen = pilot.app.screen
    await pilot.pause()
    await screen.workers.wait_for_complete()
    await pilot.pause()


def _three(sessions_dir):
    write_session(sessions_dir, "old.toml", make_session("Contoso", "Analyst", start=datetime(2026, 10, 1, 9, tzinfo=EST)))
    newest = make_session("Northwind Analytics", "Senior Data Analyst", sent=2)
    newest.interviewers[1].draft.subject = ""  # a weaker second draft: the list shows the range
    write_session(sessions_dir, "new.toml", newest)
    write_session(sessions_dir, "mid.toml", make_session("Fabrikam", "Data Engineer", start=datetime(2026, 11, 20, 9, tzinfo=EST)))


async def test_newest_interview_first_with_summary(make_app, sessions_dir):
    _three(sessions_dir)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(pilot)
        assert _rows(app) == ["new.toml", "mid.toml", "old.toml"]
        newest = app.screen.shown[0]
        assert newest.company == "Northwind Analytics"
        assert newest.sent == "2/2"
        assert newest.deadline == "all sent"
        assert newest.scenario == "multiple"
        low, high = newest.scores.split("–")
        assert 0 <= int(low) < int(high) <= 100
        assert app.screen.shown[1].deadline == "overdue"  # five days ago, nothing sent


async def test_broken_file_is_listed_with_its_error(make_app, sessions_dir):
    _three(sessions_dir)
    (sessions_dir / "broken.toml").write_text("schema = 1\n[candidate\nname = 'x'\n")
    (sessions_dir / "typed.toml").write_text(GOOD_TOML.replace('name = "Alex Kim"', "name = 3"))
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(pilot)
        by_name = {row.path.name: row for row in app.screen.shown}
        assert set(by_name) == {"new.toml", "mid.toml", "old.toml", "broken.toml", "typed.toml"}
        assert "not valid TOML" in by_name["broken.toml"].error
        assert "candidate.name" in by_name["typed.toml"].error
        assert "\n" not in by_name["broken.toml"].error
        assert not by_name["typed.toml"].error.startswith(str(sessions_dir))  # the row names the file already
        # Opening a broken file says why and stays on the list.
        while app.screen.selected_row.path.name != "broken.toml":
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert (sessions_dir / "broken.toml").read_text().startswith("schema = 1\n[candidate\n")


async def test_typing_filters_and_escape_clears(make_app, sessions_dir):
    _three(sessions_dir)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(pilot)
        await pilot.press(*"fabri")
        await pilot.pause()
        assert _rows(app) == ["mid.toml"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(_rows(app)) == 3


async def test_enter_opens_the_highlighted_session(make_app, sessions_dir):
    _three(sessions_dir)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.workspace is not None
        assert app.workspace.path.name == "mid.toml"
        assert app.workspace.session.interview.company == "Fabrikam"


async def test_delete_asks_first_and_only_yes_deletes(make_app, sessions_dir):
    _three(sessions_dir)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(pilot)
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press("n")
        await _loaded(pilot)
        assert (sessions_dir / "new.toml").exists()
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press("y")
        await _loaded(pilot)
        assert not (sessions_dir / "new.toml").exists()
        assert _rows(app) == ["mid.toml", "old.toml"]


async def test_duplicate_makes_an_identical_copy(make_app, sessions_dir):
    _three(sessions_dir)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(pilot)
        await pilot.press("f5")
        await _loaded(pilot)
        copy = sessions_dir / "new-copy.toml"
        assert copy.read_bytes() == (sessions_dir / "new.toml").read_bytes()
        assert "new-copy.toml" in _rows(app)


async def test_no_saved_sessions_starts_a_new_one_and_the_empty_list_says_how(make_app, sessions_dir):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "SetupScreen"  # `followup` with nothing saved: a new session
        await pilot.press("escape")  # left blank: back to the (empty) list, and no file is written
        await _loaded(pilot)
        text = str(app.screen.query_one("#empty").render())
        assert "ctrl+n" in text
        assert list(sessions_dir.iterdir()) == []
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert type(app.screen).__name__ == "SetupScreen"


async def test_markup_in_names_shows_literally(make_app, sessions_dir):
    write_session(sessions_dir, "hostile.toml", make_session("Dr. [b]Smith[/] [/] Inc", "Role [link=x]"))
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await _loaded(pilot)
        rendered = str(app.screen.query_one("#list").get_option_at_index(0).prompt)
        assert "Dr. [b]Smith[/] [/] Inc" in rendered


async def test_a_session_opened_by_path_from_elsewhere_is_listed_afterwards(make_app, sessions_dir, tmp_path):
    _three(sessions_dir)
    elsewhere = tmp_path / "dotfiles" / "job-hunt" / "acme.toml"
    elsewhere.parent.mkdir(parents=True)
    write_session(elsewhere.parent, elsewhere.name, make_session("Acme Robotics", "Controls Engineer"))
    app = make_app(elsewhere)  # followup PATH, outside the sessions folder
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(pilot)
        assert sorted(_rows(app)) == ["acme.toml", "mid.toml", "new.toml", "old.toml"]
        assert [row.company for row in app.screen.shown if row.path == elsewhere] == ["Acme Robotics"]
