"""Themes from TOML files: followup's own (`themes/`) and the user's (`<config folder>/themes/`).

Used by `tui.app` at start; a bad file is reported and skipped, never fatal.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.css.stylesheet import Stylesheet, StylesheetParseError
from textual.theme import Theme

import followup.themes
from followup.core.clean import one_line
from followup.core.errors import SessionError
from followup.core.store import read_text

#: followup's own theme files: package data of `followup.themes` (the repository's `themes/`), found beside its
#: `__init__.py` as `tui/styles` is (pip installs packages as folders; importlib.resources, and the zipfile
#: module it brings in, cost about 3 ms on the way to the first frame).
BUILTIN_THEME_DIR = Path(followup.themes.__file__).resolve().parent

#: A theme file is a few hundred bytes; anything far larger is not one.
THEME_FILE_BYTES = 64 << 10
_NAME_RE = re.compile(r"^[\w][\w .\-]{0,39}$")
_VARIABLE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9\-]*$")

COLOUR_KEYS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel", "success", "warning", "error", "boost")


def theme_folders(config_path: Path | None) -> list[Path]:
    """Where themes are read from, built-in first; a user's theme of the same name wins."""
    folders = [BUILTIN_THEME_DIR]
    if config_path is not None:
        folders.append(config_path.parent / "themes")
    return folders


def parse_theme(data: dict, source: str) -> Theme:
    """A Theme from a TOML table; ValueError with a one-line reason when it is not usable."""
    name = _theme_name(data.get("name"), source)
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
    problem = variables_problem(variables)
    if problem is not None:
        raise ValueError(f"{source}: variables: {problem}")
    return Theme(name=name, dark=dark, variables=dict(variables), **colours)


def _theme_name(value: object, source: str) -> str:
    """The theme's name, checked: it is shown in the command palette, which reads it as markup."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{source}: name: expected a non-empty string")
    name = value.strip()
    if one_line(name) != name or not _NAME_RE.match(name):
        raise ValueError(f"{source}: name: use letters, digits, spaces and - _ . only (at most 40), "
                         f"found {one_line(name)[:40]!r}")
    return name


def _property_for(variable: str) -> str:
    """The CSS property a theme variable is used in: a text style (`block-cursor-text-style`, `link-style`) or a colour."""
    return "text-style" if "style" in variable.split("-") else "color"


def _css_problem(declarations: list[str]) -> bool:
    sheet = Stylesheet()
    sheet.add_source("Screen { " + " ".join(declarations) + " }", read_from=("theme variables", ""))
    try:
        sheet.parse()
    except StylesheetParseError:
        return True
    return False


def variables_problem(variables: dict[str, str]) -> str | None:
    """Why a theme's `variables` table would break the app's styles, or None: every value must be what its
    variable is used as (a colour, or a text style for the `*-style` ones), checked by Textual's own CSS parser."""
    declarations = []
    for key, value in variables.items():
        if not _VARIABLE_RE.match(key):
            return f"{one_line(key)[:40]!r}: not a variable name (letters, digits and -)"
        if one_line(value) != value or any(c in value for c in ";{}$"):
            return f"{key}: not a single CSS value ({one_line(value)[:40]!r})"
        declarations.append(f"{_property_for(key)}: {value};")
    if not declarations or not _css_problem(declarations):
        return None
    for key, declaration in zip(variables, declarations):  # find the one that fails, to name it
        if _css_problem([declaration]):
            what = "a text style" if _property_for(key) == "text-style" else "a colour"
            return f"{key}: not {what} ({one_line(variables[key])[:40]!r})"
    return "not valid CSS values"


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
                data = tomllib.loads(read_text(file, THEME_FILE_BYTES))  # a regular file, small, UTF-8 (BOM ok)
                theme = parse_theme(data, file.name)
            except SessionError as exc:
                problems.append(one_line(f"{file.name}: {exc.message}"))
                continue
            except tomllib.TOMLDecodeError as exc:
                problems.append(one_line(f"{file.name}: not valid TOML ({exc})"))
                continue
            except ValueError as exc:
                problems.append(one_line(str(exc)))
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems
