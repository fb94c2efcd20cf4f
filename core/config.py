"""The user's config file: disabled rules, accepted words, key remaps, theme.

Read by `followup check` and the app; written by the app (theme, added words).
TOML, in the platform config folder or where `FOLLOWUP_CONFIG` points.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import SessionError

CONFIG_ENV = "FOLLOWUP_CONFIG"
HOME_ENV = "FOLLOWUP_HOME"
CONFIG_NAME = "config.toml"
DICTIONARY_CACHE_NAME = "dictionary-en.cache"


@dataclass(frozen=True)
class Config:
    disable: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    keys: Mapping[str, str] = field(default_factory=dict)
    theme: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def with_word(self, word: str) -> "Config":
        return replace(self, words=self.words | {word})

    def with_disabled(self, rules: frozenset[str] | set[str]) -> "Config":
        return replace(self, disable=self.disable | frozenset(rules))


def default_config_path(environ: Mapping[str, str]) -> Path:
    """`$FOLLOWUP_CONFIG`, else the platform's config folder (`followup/config.toml`)."""
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]).expanduser()
    import platformdirs  # deferred: not needed on every path

    return Path(platformdirs.user_config_dir("followup", appauthor=False)) / CONFIG_NAME


def default_sessions_dir(environ: Mapping[str, str]) -> Path:
    """`$FOLLOWUP_HOME/sessions`, else the platform's data folder (`followup/sessions`)."""
    if environ.get(HOME_ENV):
        return Path(environ[HOME_ENV]).expanduser() / "sessions"
    import platformdirs

    return Path(platformdirs.user_data_dir("followup", appauthor=False)) / "sessions"


def default_cache_dir(environ: Mapping[str, str]) -> Path:
    """`$FOLLOWUP_HOME/cache`, else the platform's cache folder (`followup`). Only ever holds rebuildable files."""
    if environ.get(HOME_ENV):
        return Path(environ[HOME_ENV]).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("followup", appauthor=False))


def dictionary_cache_path(environ: Mapping[str, str]) -> Path:
    """Where the shells keep the prepared spelling dictionary (`core.spelling.Speller(cache=...)`)."""
    return default_cache_dir(environ) / DICTIONARY_CACHE_NAME


def _strings(path: Path, name: str, value: Any) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SessionError(path, name, "expected a list of strings")
    return frozenset(value)


def parse_config(data: Mapping[str, Any], path: Path) -> Config:
    known = {"disable", "words", "keys", "theme"}
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise SessionError(path, "keys", "expected a table of binding id = \"key,...\" strings")
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise SessionError(path, "theme", "expected a string")
    return Config(
        disable=_strings(path, "disable", data.get("disable", [])),
        words=_strings(path, "words", data.get("words", [])),
        keys=dict(keys),
        theme=theme,
        extra={k: v for k, v in data.items() if k not in known},
    )


def load_config(path: Path) -> Config:
    """The config at `path`; an absent file is the default config."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        raise SessionError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SessionError(path, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise SessionError(path, None, f"not valid TOML ({exc})") from None
    return parse_config(data, path)


def config_to_dict(config: Config) -> dict[str, Any]:
    data: dict[str, Any] = dict(config.extra)
    if config.disable:
        data["disable"] = sorted(config.disable)
    if config.words:
        data["words"] = sorted(config.words)
    if config.keys:
        data["keys"] = dict(config.keys)
    if config.theme:
        data["theme"] = config.theme
    return data


def save_config(config: Config, path: Path) -> None:
    """Write the config atomically (0600 file; folder created 0700). Unknown keys are kept."""
    import tomli_w

    from .store import atomic_write

    atomic_write(Path(path), tomli_w.dumps(config_to_dict(config)).encode("utf-8"))
