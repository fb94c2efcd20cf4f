"""Themes: ours load from themes/*.toml beside the built-in ones; a bad file is skipped with a notice."""

from __future__ import annotations

import pytest
from textual.color import Color

from followup.tui.themes import BUILTIN_THEME_DIR, load_theme_files
from tests.tui.conftest import make_session, shown_notices, write_session


def test_our_three_themes_load_without_problems():
    themes, problems = load_theme_files([BUILTIN_THEME_DIR])
    assert problems == []
    by_name = {t.name: t for t in themes}
    assert {"followup-dark", "followup-light", "followup-contrast"} <= set(by_name)
    assert by_name["followup-light"].dark is False
    assert by_name["followup-contrast"].background and Color.parse(by_name["followup-contrast"].background) == Color(0, 0, 0)


def test_bad_theme_files_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "broken.toml").write_text("name = 'x'\nprimary = \n")
    (tmp_path / "nocolour.toml").write_text('name = "nocolour"\nprimary = "not-a-colour"\n')
    (tmp_path / "noname.toml").write_text('primary = "#ffffff"\n')
    (tmp_path / "good.toml").write_text('name = "mine"\nprimary = "#ff0000"\ndark = false\n')
    themes, problems = load_theme_files([tmp_path])
    assert [t.name for t in themes] == ["mine"]
    assert len(problems) == 3
    assert any("broken.toml" in p and "TOML" in p for p in problems)
    assert any("nocolour.toml" in p and "primary" in p for p in problems)


async def test_the_app_starts_with_a_bad_user_theme_and_says_so(make_app, home):
    folder = home / "themes"
    folder.mkdir()
    (folder / "oops.toml").write_text('name = "oops"\nprimary = 12\n')
    (folder / "night.toml").write_text('name = "night"\nprimary = "#336699"\n')
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert "night" in app.available_themes
        assert "oops" not in app.available_themes
        assert "textual-dark" in app.available_themes  # the built-in ones stay
        assert any("oops.toml" in note and "Theme skipped" in note for note in shown_notices(app))
        assert app.theme == "followup-dark"


async def test_unknown_theme_in_config_falls_back(make_app, home):
    (home / "config.toml").write_text('theme = "gone-theme"\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "followup-dark"


async def test_a_broken_config_is_reported_and_never_overwritten(make_app, home):
    broken = 'theme = "followup-light"\nwords = "not a list"\n'
    (home / "config.toml").write_text(broken)
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert any("Config not used" in note and "words" in note for note in shown_notices(app))
        app.theme = "followup-contrast"
        await pilot.pause()
    assert (home / "config.toml").read_text() == broken



@pytest.mark.parametrize("name", ["followup-dark", "followup-contrast", "followup-light"])
async def test_the_configured_theme_styles_the_editor_from_its_first_frame(make_app, home, sessions_dir, name):
    """Chosen before anything is styled (a dark theme without the theme watcher's second parse of every sheet,
    a light one through it): the editor is drawn in its colours, and the app is marked with it as the
    watcher marks it."""
    (home / "config.toml").write_text(f'theme = "{name}"\n')
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        theme = app.get_theme(name)
        variables = app.get_css_variables()
        assert app.theme == name
        assert [c for c in app.classes if c.startswith("-theme-")] == [f"-theme-{name}"]
        assert ("-dark-mode" in app.classes) is theme.dark
        assert ("-light-mode" in app.classes) is not theme.dark
        assert app.screen.styles.background == Color.parse(theme.background)
        field = app.screen.focused
        assert field is not None and field.id.startswith("field-")
        assert field.styles.background == Color.parse(variables["surface"])  # the focused field is raised
