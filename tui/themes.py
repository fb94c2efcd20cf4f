"""Themes from TOML files: followup's own (`themes/`) and the user's (`<config folder>/themes/`).

Used by `tui.app` at start; a bad file is reported and skipped, never fatal.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from collections.abc import Iterable
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

#: followup's own theme files: package data of `followup.themes` (the repository's `themes/`).
BUILTIN_THEME_DIR = Path(str(resources.files("followup.themes")))

COLOUR_KEYS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel", "success", "warning", "error", "boost")


def theme_folders(config_path: Path | None) -> list[Path]:
    """Where themes are read from, built-in first; a user's theme of the same name wins."""
    folders = [BUILTIN_THEME_DIR]
    if config_path is not None:
        folders.append(config_path.parent / "themes")
    return folders


def parse_theme(data: dict, source: str) -> Theme:
    """A Theme from a TOML table; ValueError with a one-line reason when it is not usable."""
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{source}: name: expected a non-empty string")
    if "primary" not in data:
        raise ValueError(f"{source}: primary: a colour is required")
    colours: dict[str, str] = {}
    for key in COLOUR_KEYS:
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, str):
            raise ValueError(f"{source}: {key}: expected a colour string")
        try:
            Color.parse(value)
        except ColorParseError:
            raise ValueError(f"{source}: {key}: not a colour ({value!r})") from None
        colours[key] = value
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ValueError(f"{source}: dark: expected true or false")
    variables = data.get("variables", {})
    if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
        raise ValueError(f"{source}: variables: expected a table of strings")
    return Theme(name=name.strip(), dark=dark, variables=dict(variables), **colours)


def load_theme_files(folders: Iterable[Path]) -> tuple[list[Theme], list[str]]:
    """Every `*.toml` theme in `folders` (sorted by name), and one line per file that was skipped."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for folder in folders:
        try:
            files = sorted(folder.glob("*.toml"))
        except OSError:
            continue
        for file in files:
            try:
                data = tomllib.loads(file.read_text(encoding="utf-8"))
                theme = parse_theme(data, file.name)
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(f"{file.name}: cannot read ({exc})")
                continue
            except tomllib.TOMLDecodeError as exc:
                problems.append(f"{file.name}: not valid TOML ({exc})")
                continue
            except ValueError as exc:
                problems.append(str(exc))
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems
