"""Setup offers the kind of interview: choosing "informational" by keys reaches the session and the file."""

from __future__ import annotations

from followup.core import store
from followup.core.rules import run_rules
from followup.tui.screens.setup import SetupScreen
from tests.tui.conftest import make_session, write_session


async def test_choosing_informational_by_keys_is_saved_and_turns_off_the_role_rules(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert app.open_path(path)
        await pilot.press("f2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SetupScreen)
        kind = screen.query_one("#kind")
        assert kind.value == "job"
        app.set_focus(kind)
        await pilot.press("enter", "down", "enter")  # open the list, the next kind, choose it
        await pilot.pause()
        assert kind.value == "informational"
        assert app.workspace.session.interview.kind == "informational"
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert saved.interview.kind == "informational"
    applicable = run_rules(saved, saved.interview.start).drafts[0].applicable
    assert not {"interest.enthusiasm", "interest.skill-link", "subject.role", "closing.next-steps"} & set(applicable)
