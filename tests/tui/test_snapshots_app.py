"""Snapshots of the app's own screens (sessions, setup, roster, help, dialogs) at 80x24, 120x40 and 60x20.

Fixed clock, no cursor blink; each test has its own home (tmp_path), which the title names "~". SVGs:
snapshots/test_snapshots_app/.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.tui.conftest import EST, fixed_clock, make_session, write_session
from followup.tui.app import FollowupApp

@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sessions").mkdir(mode=0o700)
    return tmp_path / "sessions"


def app_on(folder: Path) -> FollowupApp:
    home = folder.parent  # the sessions screen names it "~": the same title on every run
    environ = {"HOME": str(home), "FOLLOWUP_HOME": str(home), "FOLLOWUP_CONFIG": str(home / "config.toml")}
    return FollowupApp(None, environ, clock=fixed_clock, sessions_dir=folder, config_path=home / "config.toml",
                       load_speller=False, blink=False)


def fill(folder: Path) -> Path:
    write_session(folder, "contoso.toml", make_session("Contoso", "Analyst", start=datetime(2026, 10, 1, 9, tzinfo=EST), sent=2))
    write_session(folder, "fabrikam.toml", make_session("Fabrikam", "Data Engineer", start=datetime(2026, 11, 20, 9, tzinfo=EST)))
    write_session(folder, "tailspin.toml", make_session("Tailspin Toys", "BI Developer", people=("Ann Lee",), outcome="rejected"))
    (folder / "half-written.toml").write_text("schema = 1\n[candidate\n")
    return write_session(folder, "northwind.toml", make_session(people=("Dana Rivera", "Sam Okafor", "Lee Chen", "Dr. [b]Smith[/] [/]"), sent=1))


async def _loaded(pilot) -> None:
    await pilot.pause()
    await pilot.app.screen.workers.wait_for_complete()
    await pilot.pause()


def _open(part: str, path_of):
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        pilot.app.open_path(path_of())
        await pilot.pause()
        pilot.app.show_part(part)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 20)], ids=["80x24", "120x40", "60x20"])
def test_sessions(snap_compare, folder, size):
    fill(folder)
    assert snap_compare(app_on(folder), terminal_size=size, run_before=_loaded)


def test_sessions_filtered(snap_compare, folder):
    fill(folder)
    assert snap_compare(app_on(folder), terminal_size=(80, 24), run_before=_loaded, press=list("north"))


async def _back_to_the_empty_list(pilot) -> None:
    await pilot.pause()  # nothing saved: `followup` starts a new session; escape shows the empty list
    await pilot.press("escape")
    await _loaded(pilot)


def test_sessions_empty(snap_compare, folder):
    assert snap_compare(app_on(folder), terminal_size=(80, 24), run_before=_back_to_the_empty_list)


def test_delete_confirmation(snap_compare, folder):
    fill(folder)
    assert snap_compare(app_on(folder), terminal_size=(80, 24), run_before=_loaded, press=["f8"])


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 20)], ids=["80x24", "120x40", "60x20"])
def test_setup(snap_compare, folder, size):
    path = fill(folder)
    assert snap_compare(app_on(folder), terminal_size=size, run_before=_open("setup", lambda: path))


def test_setup_with_errors(snap_compare, folder):
    path = fill(folder)
    press = ["tab"] * 7 + ["ctrl+a", "ctrl+k", *"8:00", "tab", "tab", "ctrl+a", "ctrl+k", *"Mars/Base"]
    assert snap_compare(app_on(folder), terminal_size=(80, 24), run_before=_open("setup", lambda: path), press=press)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 20)], ids=["80x24", "120x40", "60x20"])
def test_roster(snap_compare, folder, size):
    path = fill(folder)
    assert snap_compare(app_on(folder), terminal_size=size, run_before=_open("roster", lambda: path), press=["down"])


def test_roster_empty(snap_compare, folder):
    path = write_session(folder, "new.toml", make_session(people=()))
    assert snap_compare(app_on(folder), terminal_size=(80, 24), run_before=_open("roster", lambda: path))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_help_over_roster(snap_compare, folder, size):
    path = fill(folder)
    assert snap_compare(app_on(folder), terminal_size=size, run_before=_open("roster", lambda: path), press=["f1"])


def test_conflict_dialog(snap_compare, folder):
    from followup.tui.screens.dialogs import ConflictDialog

    path = fill(folder)

    async def run_before(pilot) -> None:
        await _open("setup", lambda: path)(pilot)
        pilot.app.push_screen(ConflictDialog(path, arm_delay=0))
        await pilot.pause()

    assert snap_compare(app_on(folder), terminal_size=(80, 24), run_before=run_before)
