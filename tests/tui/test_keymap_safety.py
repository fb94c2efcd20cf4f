"""A `[keys]` remap cannot take a letter from typing or leave followup without a quit key (issue 15, Concerns)."""

from __future__ import annotations

from followup.core import store
from followup.tui import bindings
from followup.tui.screens.editor import EditorScreen
from tests.tui.conftest import make_session, record_notices, write_session


def test_a_letter_for_a_binding_active_while_typing_is_refused():
    accepted, problems = bindings.safe_keymap({"editor.mark-sent": "t", "app.help": "f1,shift+h", "app.roster": "f3"})
    assert accepted == {"app.roster": "f3"}
    assert problems == ['[keys] "editor.mark-sent" = "t": t types text in a field; remap not used',
                        '[keys] "app.help" = "f1,shift+h": shift+h types text in a field; remap not used']
    assert bindings.safe_keymap({"sessions.delete": "d"}) == ({"sessions.delete": "d"}, [])  # no field there


def test_no_remap_can_leave_no_key_to_quit():
    assert bindings.safe_keymap({"app.quit": ""})[0] == {}
    assert bindings.safe_keymap({"app.quit": " , "})[0] == {}
    accepted, problems = bindings.safe_keymap({"editor.mark-sent": "ctrl+q"})
    assert accepted == {} and "takes every key of quit (ctrl+q)" in problems[0]
    # moving quit elsewhere first frees ctrl+q
    assert bindings.safe_keymap({"app.quit": "ctrl+x", "editor.mark-sent": "ctrl+q"})[1] == []
    assert any("no key would quit" in p for p in bindings.keymap_problems({"app.quit": ""}))


async def test_a_refused_remap_is_reported_once_and_the_letter_still_types(make_app, sessions_dir, home):
    (home / "config.toml").write_text('[keys]\n"editor.mark-sent" = "t"\n', encoding="utf-8")
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    shown = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, EditorScreen)
        await pilot.press("end", *" at")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert sum("types text in a field" in line for line in shown) == 1
    draft = store.load(path).interviewers[0].draft
    assert draft.subject.endswith(" at") and draft.sent is None  # "t" typed a t; nothing was marked sent
