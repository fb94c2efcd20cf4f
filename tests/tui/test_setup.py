"""Interview setup: typing reaches the session, bad dates and times are shown and never saved."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup.core import store
from tests.tui.conftest import EST, make_session, write_session
from followup.tui.screens.setup import SetupScreen, parse_time, parse_zone


async def _open_setup(pilot, path):
    app = pilot.app
    await pilot.pause()
    assert app.open_path(path)
    await pilot.press("f2")
    await pilot.pause()
    assert isinstance(app.screen, SetupScreen)
    return app.screen


def _note(screen, field: str) -> str:
    return str(screen.query_one(f"#{field}-note").render())


async def _clear_and_type(pilot, text: str) -> None:
    await pilot.press("ctrl+a", "ctrl+k")  # home, delete to the end
    await pilot.press(*text) if text else None


async def test_new_session_starts_in_setup_and_typing_is_saved(make_app, sessions_dir):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert app.focused.id == "name"
        await pilot.press(*"Alex Kim", "tab", *"alex@example.com", "tab", "tab", *"Acme", "tab", *"Analyst")
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.load(app.workspace.path)
        assert saved.candidate.name == "Alex Kim"
        assert saved.candidate.email == "alex@example.com"
        assert saved.interview.company == "Acme"
        assert saved.interview.role == "Analyst"


async def test_tab_order_follows_the_screen(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_setup(pilot, path)
        order = []
        for _ in range(15):
            order.append(app.focused.id)
            await pilot.press("tab")
        assert order == ["name", "email", "phone", "company", "role", "start-date", "start-time", "end-date",
                         "end-time", "zone", "outcome", "medium", "kind", "requirements", "achievements"]
        assert screen is app.screen


async def test_end_before_start_is_shown_and_not_saved(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_setup(pilot, path)
        app.set_focus(screen.query_one("#end-time"))
        await _clear_and_type(pilot, "08:00")
        await pilot.pause()
        assert "after the start" in _note(screen, "end-date")
        assert "Not saved until fixed" in str(screen.query_one("#hint").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.load(path).interview.end == datetime(2026, 11, 25, 10, 30, tzinfo=EST)
        assert app.workspace.session.interview.end == datetime(2026, 11, 25, 10, 30, tzinfo=EST)
        # Fixing it clears the note and saves.
        await _clear_and_type(pilot, "11:15")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert _note(screen, "end-date") == ""
        assert store.load(path).interview.end == datetime(2026, 11, 25, 11, 15, tzinfo=EST)


async def test_unparseable_date_is_shown_and_not_saved(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_setup(pilot, path)
        app.set_focus(screen.query_one("#start-date"))
        await _clear_and_type(pilot, "25/11/2026")
        await pilot.pause()
        assert "YYYY-MM-DD" in _note(screen, "start-date")
        assert app.workspace.session.interview.start == datetime(2026, 11, 25, 9, 0, tzinfo=EST)


async def test_time_zone_is_explicit_and_reinterprets_the_times(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_setup(pilot, path)
        assert screen.query_one("#zone").value == "-05:00"
        assert "UTC-05:00 (this computer's zone)" in _note(screen, "zone")
        app.set_focus(screen.query_one("#zone"))
        await _clear_and_type(pilot, "Europe/Paris")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "UTC+01:00" in _note(screen, "zone")
        saved = store.load(path)
        assert saved.interview.start == datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=1)))
        assert saved.interview.extra.get("timezone") == "Europe/Paris"
        await _clear_and_type(pilot, "Mars/Olympus")
        await pilot.pause()
        assert "Europe/Paris" in _note(screen, "zone")  # the note says what it accepts


async def test_outcome_and_lists(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_setup(pilot, path)
        app.set_focus(screen.query_one("#outcome"))
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        app.set_focus(screen.query_one("#achievements"))
        await pilot.press(*"churn dashboard", "enter", "enter", *" cut costs  ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.load(path)
        assert saved.interview.outcome == "rejected"
        assert saved.interview.achievements == ["churn dashboard", "cut costs"]


@pytest.mark.parametrize("text,expected", [("9:30", (9, 30)), ("0930", (9, 30)), ("2:05 pm", (14, 5)), ("12am", (0, 0)), ("14", (14, 0))])
def test_parse_time_accepts_common_forms(text, expected):
    value = parse_time(text)
    assert (value.hour, value.minute) == expected


@pytest.mark.parametrize("text", ["25:00", "9:75", "13pm", "noonish", ""])
def test_parse_time_refuses_nonsense(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_parse_zone_offsets_and_names():
    assert parse_zone("+01:00", timezone.utc).utcoffset(None) == timedelta(hours=1)
    assert parse_zone("UTC-5", timezone.utc).utcoffset(None) == timedelta(hours=-5)
    assert parse_zone("-0330", timezone.utc).utcoffset(None) == timedelta(hours=-3, minutes=-30)
    assert parse_zone("", EST) is EST
    assert str(parse_zone("America/New_York", timezone.utc)) == "America/New_York"
    with pytest.raises(ValueError):
        parse_zone("+15:00", timezone.utc)
