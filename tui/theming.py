"""Themes in the running app: followup's and the user's registered (each validated first, by
`tui.themes.load_theme_files`), the configured one chosen before the first frame, a 16-colour terminal
given the terminal's own palette, and the user's pick remembered in the config.

Only public Textual API: `register_theme`, the `theme` reactive (and `set_reactive` before the app runs),
`theme_changed_signal`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.theme import Theme

from followup.tui.themes import load_theme_files, theme_folders

if TYPE_CHECKING:  # pragma: no cover
    from followup.tui.settings import Settings

DEFAULT_THEME = "followup-dark"
#: What a 16-colour terminal (TERM=linux) gets instead of our greys, which it would collapse into one.
SIXTEEN_COLOUR_THEME = "ansi-dark"


class Theming:
    def __init__(self, app: App, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        #: Themes the app chose itself (start, 16 colours): their change signals are not the user's pick.
        self._chosen_by_us: list[str] = []

    def load(self) -> list[str]:
        """Register every valid theme and start with the configured one (before anything is styled, so the
        style sheets are parsed once). One note per theme file that was skipped."""
        themes, problems = load_theme_files(theme_folders(self.settings.config_path))
        for theme in themes:
            self.app.register_theme(theme)
        wanted = self.settings.config.theme or DEFAULT_THEME
        if wanted not in self.app.available_themes:
            wanted = DEFAULT_THEME
        if wanted in self.app.available_themes and wanted != self.app.theme:
            self._choose_before_start(wanted)
        return [f"Theme skipped: {problem}" for problem in problems]

    def _choose_before_start(self, name: str) -> None:
        """Start with theme `name`, before any style sheet is parsed.

        Workaround: setting `App.theme` runs its watcher, which queues a refresh of the CSS for the app's first
        moment (upstream Textualize/textual#6360 shows that queued refresh). That refresh parses every sheet
        read so far into a new stylesheet whose parse cache is then dropped, so every sheet was parsed twice
        before the first frame (about 5 ms). Before the app runs nothing is styled yet: the value is set
        without the watcher (public `set_reactive`) and the app's theme classes and CSS variables as the
        watcher sets them. A theme light where Textual's default is dark (or the reverse) takes the watcher's
        path: its ANSI colour mapping is set there, and only there."""
        app = self.app
        theme = app.get_theme(name)
        if app.is_running or theme is None or theme.dark != app.current_theme.dark:
            self._chosen_by_us.append(name)
            app.theme = name
            app.stylesheet.set_variables(app.get_css_variables())
            return
        app.set_reactive(App.theme, name)
        app.remove_class(*(c for c in app.classes if c.startswith("-theme-")), update=False)
        app.add_class(f"-theme-{name}", update=False)
        app.stylesheet.set_variables(app.get_css_variables())

    def start(self) -> None:
        """Once mounted: fit the terminal's colours, then remember what the user picks."""
        app = self.app
        sixteen = app.console.color_system in ("standard", "windows") and not app.no_color and not app.is_headless
        if sixteen and app.theme.startswith("followup-") and SIXTEEN_COLOUR_THEME in app.available_themes:
            # Not saved: the user's choice stays for other terminals.
            self._chosen_by_us.append(SIXTEEN_COLOUR_THEME)
            app.theme = SIXTEEN_COLOUR_THEME
        app.theme_changed_signal.subscribe(app, self._changed)

    def _changed(self, theme: Theme) -> None:
        if theme.name in self._chosen_by_us:
            self._chosen_by_us.remove(theme.name)
            return
        warning = self.settings.remember_theme(theme.name)
        if warning:
            self.app.notify(warning, severity="warning", markup=False)
