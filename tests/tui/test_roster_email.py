"""The roster checks an interviewer's email address as setup checks the candidate's (issue 14 #3)."""

from __future__ import annotations

from followup.core import store
from followup.tui.screens.roster import RosterScreen
from tests.tui.conftest import make_session, write_session


def _hint(screen) -> tuple[str, bool]:
    hint = screen.query_one("#hint")
    return str(hint.render()), hint.has_class("error")


async def test_an_unusable_interviewer_address_is_flagged_and_kept(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RosterScreen)
        assert _hint(screen)[1] is False
        app.set_focus(screen.query_one("#email"))
        await pilot.press(*"bart@")
        await pilot.pause()
        text, error = _hint(screen)
        assert error and "'bart@' is not a usable address" in text
        await pilot.press(*"northwind.example")
        await pilot.pause()
        assert _hint(screen)[1] is False  # fixed: the keys come back
        await pilot.press("backspace" , "backspace", "backspace", "backspace", "backspace", "backspace", "backspace",
                          "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace",
                          "backspace", "backspace", "backspace")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert _hint(screen)[1] is True  # "bart@" again: flagged, and kept as typed (nothing typed is lost)
    assert store.load(path).interviewers[0].email == "bart@"
