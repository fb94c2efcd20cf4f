"""The roster list as read on a small screen: a long name wraps under its own first letter, not under the
number (issue 14, rough edges)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from followup.core.model import Interviewer
from followup.tui.screens.roster import RosterScreen, person_label
from tests.tui.conftest import make_session, write_session

LONG = "Maria Fernanda Lopez-Garcia de la Vega"


def _rendered(options: OptionList) -> list[str]:
    """The list's lines as drawn (inside its border)."""
    return [options.render_line(y).text.rstrip() for y in range(options.scrollable_content_region.height)]


def test_a_double_name_breaks_after_its_hyphen_not_inside_a_word():
    lines = person_label(0, Interviewer(name="Priya Natarajan-Whitfield"), 16).plain.split("\n")
    assert lines == [" 1 Priya", "   Natarajan-", "   Whitfield"]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_long_name_wraps_under_itself(make_app, sessions_dir, size):
    path = write_session(sessions_dir, "s.toml", make_session(people=(LONG, "Sam Okafor")))
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RosterScreen)
        lines = [line for line in _rendered(screen.query_one("#people", OptionList)) if line.strip()]
        first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("1 "))
        second = next(i for i, line in enumerate(lines) if line.lstrip().startswith("2 "))
        name_lines = lines[first:second]
        assert len(name_lines) >= 2, name_lines  # narrow enough to wrap
        indent = name_lines[0].index("Maria")
        joined = "".join(line.strip() + ("" if line.endswith("-") else " ") for line in name_lines)
        assert joined.strip().replace("1 ", "", 1) == LONG
        for line in name_lines[1:]:
            assert line.startswith(" " * indent) and line[indent] != " ", name_lines
        # Typing a new name wraps it the same way.
        app.set_focus(screen.query_one("#name"))
        await pilot.press("end", *" Junior")
        await pilot.pause()
        lines = [line for line in _rendered(screen.query_one("#people", OptionList)) if line.strip()]
        second = next(i for i, line in enumerate(lines) if line.lstrip().startswith("2 "))
        assert lines[second - 1].strip().endswith("Junior")
        for line in lines[1:second]:
            assert line.startswith(" " * indent) and line[indent] != " ", lines
