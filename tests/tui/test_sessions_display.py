"""The sessions list as a user reads it: sessions at one company look different, names are not cut needlessly."""

from __future__ import annotations

from followup.core import store
from followup.tui.screens.sessions import column_needs, header_line, row_text, summarize
from tests.tui.conftest import NOW, make_session


def _lines(content) -> list[str]:
    return str(content).split("\n")


def test_two_sessions_at_one_company_show_their_file_and_interviewers(sessions_dir):
    first = sessions_dir / "northwind-first-round.toml"
    second = sessions_dir / "northwind-final.toml"
    store.save(make_session(people=("Dana Rivera", "Sam Okafor")), first)
    store.save(make_session(people=("Lee Chen",)), second)
    rows = [summarize(first, NOW), summarize(second, NOW)]
    shown = [_lines(row_text(row, 75)) for row in rows]
    assert shown[0] != shown[1]
    assert shown[0][1].strip() == "northwind-first-round.toml · Dana Rivera, Sam Okafor"
    assert shown[1][1].strip() == "northwind-final.toml · Lee Chen"


def test_the_company_is_not_cut_while_the_role_has_room_to_give(sessions_dir):
    path = sessions_dir / "s.toml"
    store.save(make_session(company="Northwind Analytics UK", role="Analyst"), path)
    row = summarize(path, NOW)
    need = column_needs([row])
    first_line = _lines(row_text(row, 75, need))[0]
    assert first_line.startswith("Northwind Analytics UK Analyst ")
    assert "Company" in str(header_line(75, need))
    # Every line fits the list's width.
    assert all(len(line) <= 75 for line in _lines(row_text(row, 75, need)))
