"""F1 help: the keys of the screen below it, and every rule with its severity and message."""

from __future__ import annotations

from followup.core.rules import RULES
from tests.tui.conftest import make_session, write_session
from followup.tui.screens.help import HelpScreen


def _help_text(app) -> str:
    assert isinstance(app.screen, HelpScreen)
    return str(app.screen.query_one("#help-keys").render()) + str(app.screen.query_one("#help-rules").render())


async def test_help_on_the_sessions_list(make_app, sessions_dir):
    write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        text = _help_text(app)
        for line in ("session: new", "session: duplicate", "session: delete", "session: open", "app: quit", "app: help"):
            assert line in text
        assert "^n" in text and "f8" in text
        flat = " ".join(text.split())  # long messages wrap under their own column
        # The score as core makes it: bands that never overlap (not the old weighted ratio).
        assert "any error puts it in 0-59 (not ready)" in flat and "scores 100 (ready)" in flat
        assert "weight of rules passed" not in flat
        for rule in RULES:
            assert rule.id in text
            assert " ".join(rule.message.split("{")[0][:30].split()) in flat
        # A wrapped rule goes on under its own message, not at the left edge or under the rule id.
        rules = text[text.index("What the score checks"):].split("\n")
        continued = [line for line in rules if line.startswith(" " * 20)]
        assert continued, "no message was long enough to wrap at 80 columns"
        assert all(line.startswith(" " * 39) and line[39] != " " for line in continued)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_help_follows_the_screen_and_remapped_keys(make_app, sessions_dir, home):
    (home / "config.toml").write_text('[keys]\n"roster.add" = "f6"\n')
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_path(path)
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        text = _help_text(app)
        assert "interviewers: add" in text and "interviewers: move up" in text
        assert "session: new" not in text
        add_line = next(line for line in text.splitlines() if "interviewers: add" in line)
        assert "f6" in add_line and "^n" not in add_line
