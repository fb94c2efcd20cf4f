"""Key bindings as data: keys that reach the app inside tmux, and `[keys]` remaps that collide."""

from __future__ import annotations

from followup.tui import bindings
from followup.tui.screens.editor import EditorScreen
from tests.tui.conftest import make_session, record_notices, until, write_session

#: tmux's default prefix and the usual remapped one (GNU screen's): a person inside tmux never gets them through.
TMUX_PREFIXES = {"ctrl+b", "ctrl+a"}


def _keys(binding) -> list[str]:
    return [k.strip() for k in binding.key.split(",")]


def test_every_action_has_a_key_that_survives_tmux():
    for screen, own in {"app": bindings.APP, **bindings.SCREENS}.items():
        for binding in own:
            usable = [k for k in _keys(binding) if k not in TMUX_PREFIXES]
            assert usable, f"{binding.id} on {screen} is reachable only by a tmux prefix"
            assert not _keys(binding)[0] in TMUX_PREFIXES, f"{binding.id}: a tmux prefix is its first key"


def test_previous_draft_is_in_the_editors_key_bar():
    (prev,) = [b for b in bindings.EDITOR if b.id == "editor.prev-draft"]
    assert prev.show
    assert _keys(prev)[0] == "ctrl+u"


def test_a_remap_onto_another_bindings_key_is_a_problem():
    problems = bindings.keymap_problems({"editor.mark-sent": "f9"})
    assert len(problems) == 1
    assert "editor.mark-sent" in problems[0] and "f9" in problems[0] and "show/hide sidebar" in problems[0]


def test_a_remap_onto_a_free_key_is_no_problem():
    assert bindings.keymap_problems({}) == []
    assert bindings.keymap_problems({"editor.mark-sent": "f10"}) == []
    # Moving the sidebar away first frees f9.
    assert bindings.keymap_problems({"editor.mark-sent": "f9", "editor.sidebar": "f10"}) == []


def test_an_app_wide_remap_collides_on_every_screen_that_uses_the_key():
    (line,) = bindings.keymap_problems({"app.quit": "f5"})
    assert '"preview" on the editor' in line and '"duplicate" on the sessions list' in line


def test_an_unknown_binding_id_is_a_problem():
    (line,) = bindings.keymap_problems({"editor.mark-snet": "f10"})
    assert "editor.mark-snet" in line and "no such binding" in line


async def test_the_app_warns_at_start_about_a_colliding_remap(make_app, sessions_dir, home):
    (home / "config.toml").write_text('[keys]\n"editor.mark-sent" = "f9"\n', encoding="utf-8")
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    shown = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.pause()
        assert any("f9" in line and "show/hide sidebar" in line for line in shown), shown
