"""The user's config file: disabled rules, accepted words, key remaps, theme, profile, send transport.

Read by `followup check/new/send` and the app; written by the app (theme, added words, profile saved).
TOML, in the platform config folder or where `FOLLOWUP_CONFIG` points. The file is the user's: a write
changes only the values that changed and keeps their comments, order and layout (tomlkit), and goes
through a symlink to its target.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import SessionError
from .model import Session

CONFIG_ENV = "FOLLOWUP_CONFIG"
HOME_ENV = "FOLLOWUP_HOME"
CONFIG_NAME = "config.toml"
DICTIONARY_CACHE_NAME = "dictionary-en.cache"
RECENT_NAME = "recent.txt"


SECURITIES = ("starttls", "tls")


@dataclass(frozen=True)
class Profile:
    """`[profile]`: who the candidate is, once; every new session starts from it."""

    name: str = ""
    email: str = ""
    phone: str = ""
    links: tuple[str, ...] = ()
    signoff: str = ""
    achievements: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not any((self.name, self.email, self.phone, self.links, self.signoff, self.achievements))


@dataclass(frozen=True)
class SendSettings:
    """`[send]`: a sendmail-compatible `command`, or SMTP (`host`, `port`, `security`, `user`, `password_command`)."""

    command: str = ""
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password_command: str = ""
    bcc_self: bool = False
    compose: str = ""
    ca_file: str = ""  # an extra certificate authority to trust (a self-hosted server)
    timeout: float = 30.0
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def transport(self) -> str:
        """What the mail goes through, for messages: "msmtp -t" or "smtp.example.com:587"."""
        return self.command if self.command else f"{self.host}:{self.port}"


@dataclass(frozen=True)
class Config:
    disable: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    keys: Mapping[str, str] = field(default_factory=dict)
    theme: str | None = None
    profile: Profile | None = None
    send: SendSettings | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: The file's data as read: a save changes in the file only what differs from it (see save_config).
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

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


def recent_files_path(environ: Mapping[str, str]) -> Path:
    """The list of sessions opened from outside the sessions folder (`followup due` reads it), beside that folder."""
    return default_sessions_dir(environ).parent / RECENT_NAME


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


def _table(path: Path, name: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SessionError(path, name, f"expected a [{name}] table")
    return value


def _text(path: Path, table: Mapping[str, Any], section: str, key: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise SessionError(path, f"{section}.{key}", "expected a string")
    return value


def _text_list(path: Path, table: Mapping[str, Any], section: str, key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SessionError(path, f"{section}.{key}", "expected a list of strings")
    return tuple(value)


_PROFILE_KEYS = ("name", "email", "phone", "links", "signoff", "achievements")
_SEND_KEYS = ("command", "host", "port", "security", "user", "password_command", "bcc_self", "compose", "ca_file",
              "timeout")


def parse_profile(data: Any, path: Path) -> Profile:
    table = _table(path, "profile", data)
    return Profile(
        name=_text(path, table, "profile", "name").strip(),
        email=_text(path, table, "profile", "email").strip(),
        phone=_text(path, table, "profile", "phone").strip(),
        links=_text_list(path, table, "profile", "links"),
        signoff=_text(path, table, "profile", "signoff").strip(),
        achievements=_text_list(path, table, "profile", "achievements"),
        extra={k: v for k, v in table.items() if k not in _PROFILE_KEYS},
    )


def parse_send(data: Any, path: Path) -> SendSettings:
    table = _table(path, "send", data)
    if "password" in table:
        raise SessionError(path, "send.password", "never keep a password in this file; "
                           "use password_command (for example \"pass show mail/job\")")
    texts = {k: _text(path, table, "send", k).strip()
             for k in ("command", "host", "user", "password_command", "compose", "ca_file")}
    if not texts["command"] and not texts["host"] and set(table) - {"compose"}:  # compose alone: no sending
        raise SessionError(path, "send", "expected command = \"msmtp -t\" (a sendmail-like program) "
                           "or host = \"smtp.example.com\"")
    if texts["command"] and texts["host"]:
        raise SessionError(path, "send", "set either command or host, not both")
    security = table.get("security", "tls" if table.get("port") == 465 else "starttls")
    if security not in SECURITIES:
        raise SessionError(path, "send.security", "expected \"starttls\" or \"tls\"")
    port = table.get("port", 465 if security == "tls" else 587)
    if type(port) is not int or not 0 < port < 65536:
        raise SessionError(path, "send.port", "expected a port number from 1 to 65535")
    bcc_self = table.get("bcc_self", False)
    if not isinstance(bcc_self, bool):
        raise SessionError(path, "send.bcc_self", "expected true or false")
    timeout = table.get("timeout", 30)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout <= 600:
        raise SessionError(path, "send.timeout", "expected seconds, from 1 to 600")
    if texts["compose"] and "{file}" not in texts["compose"]:
        raise SessionError(path, "send.compose", "expected a command with {file} where the draft goes")
    return SendSettings(port=port, security=security, bcc_self=bcc_self, timeout=float(timeout),
                        extra={k: v for k, v in table.items() if k not in _SEND_KEYS}, **texts)


def parse_config(data: Mapping[str, Any], path: Path) -> Config:
    known = {"disable", "words", "keys", "theme", "profile", "send"}
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
        profile=parse_profile(data["profile"], path) if "profile" in data else None,
        send=parse_send(data["send"], path) if "send" in data else None,
        extra={k: v for k, v in data.items() if k not in known},
        source=dict(data),
    )


def load_config(path: Path) -> Config:
    """The config at `path`; an absent file is the default config."""
    from .store import read_text, too_deep  # a regular file of sane size, UTF-8, a byte-order mark dropped

    try:
        text = read_text(path)
    except SessionError:
        if not os.path.lexists(path):
            return Config()
        raise
    deep = too_deep(text)
    if deep is not None:
        raise SessionError(path, None, deep.replace("a session file", "a config file"))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SessionError(path, None, f"not valid TOML ({exc})") from None
    return parse_config(data, path)


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key in ("name", "email", "phone"):
        if getattr(profile, key):
            data[key] = getattr(profile, key)
    if profile.links:
        data["links"] = list(profile.links)
    if profile.signoff:
        data["signoff"] = profile.signoff
    if profile.achievements:
        data["achievements"] = list(profile.achievements)
    data.update(profile.extra)
    return data


def send_to_dict(send: SendSettings) -> dict[str, Any]:
    defaults = SendSettings()
    data: dict[str, Any] = {}
    for key in _SEND_KEYS:
        value = getattr(send, key)
        if value != getattr(defaults, key) or key in ("port", "security") and send.host:
            data[key] = int(value) if key == "timeout" and float(value).is_integer() else value
    data.update(send.extra)
    return data


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
    source = config.source
    if config.profile is not None:
        unchanged = "profile" in source and parse_profile(source["profile"], Path()) == config.profile
        data["profile"] = dict(source["profile"]) if unchanged else profile_to_dict(config.profile)
    if config.send is not None:
        unchanged = "send" in source and parse_send(source["send"], Path()) == config.send
        data["send"] = dict(source["send"]) if unchanged else send_to_dict(config.send)
    return data


# --------------------------------------------------------------------------- writing


def _plain(item: Any) -> Any:
    return item.unwrap() if hasattr(item, "unwrap") else item


def _is_table(item: Any) -> bool:
    import tomlkit.items

    return isinstance(item, (tomlkit.items.Table, tomlkit.items.InlineTable))


def _value(value: Any) -> Any:
    """A new value as tomlkit writes it: text with line breaks as a multi-line string (easy to read and edit)."""
    import tomlkit

    if isinstance(value, str) and "\n" in value and '"""' not in value and "\\" not in value \
            and value.replace("\n", "").isprintable():
        return tomlkit.string(value, multiline=True)
    return value


_MISSING = object()


def _merge_list(old: Any, base: list[Any], new: list[Any]) -> None:
    """Apply to the array `old` what changed from `base` to `new`: items dropped are removed, items added are
    appended (once). Items kept keep their place and comments; items someone else added to the file stay."""
    for index in reversed(range(len(old))):
        if _plain(old[index]) in base and _plain(old[index]) not in new:
            del old[index]
    present = [_plain(item) for item in old]
    for item in new:
        if item not in base and item not in present:
            old.append(item)


def _merge(table: Any, base: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    """Make the tomlkit `table` (the file as it is now) carry the changes from `base` (the file as it was
    read) to `new` (the config to save), touching nothing else: what the user or another instance changed
    in the file meanwhile stays."""
    import tomlkit.items

    for key in list(dict.fromkeys([*base, *new])):
        before, after = base.get(key, _MISSING), new.get(key, _MISSING)
        if before == after:
            continue
        if after is _MISSING:
            if key in table and before not in ([], {}, ""):
                del table[key]
            continue
        if key in table:
            old = table[key]
            if _plain(old) == after:
                continue
            if isinstance(after, dict) and _is_table(old):
                _merge(old, before if isinstance(before, dict) else {}, after)
                continue
            if isinstance(after, list) and isinstance(old, tomlkit.items.Array) and all(
                    isinstance(v, (str, int, float, bool)) for v in after):
                _merge_list(old, before if isinstance(before, list) else [], after)
                continue
        table[key] = _value(after)


def render_config(config: Config, current: str | None) -> str:
    """The config file's new text: `current` (the file as the user left it) with only what changed changed."""
    import tomlkit

    doc = tomlkit.parse(current) if current is not None else tomlkit.document()
    _merge(doc, config.source, config_to_dict(config))
    return tomlkit.dumps(doc)


def write_target(path: Path) -> Path:
    """Where writing `path` must go: through symlinks to the file they name (the link stays a link)."""
    return Path(os.path.realpath(path))


def save_config(config: Config, path: Path) -> None:
    """Write the config atomically (0600 file; folder created 0700), keeping the user's comments and layout.

    Only what `config` changed since it was read (`config.source`) is changed in the file as it is now:
    a word added by the app and a profile saved from setup, or a line the user edited meanwhile, all stay.
    Unknown keys are kept. A symlinked config is written at the link's target. A file that no longer
    parses is never overwritten (SessionError).
    """
    from .store import atomic_write

    target = write_target(Path(path))
    try:
        current: str | None = target.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except FileNotFoundError:
        current = None
    except UnicodeDecodeError:
        raise SessionError(path, None, "not UTF-8 text; not saved") from None
    try:
        text = render_config(config, current)
    except Exception as exc:  # tomlkit's parse errors have no common public base we can name
        raise SessionError(path, None, f"not valid TOML ({exc}); not saved") from None
    atomic_write(target, text.encode("utf-8"))


def save_profile(profile: Profile, path: Path) -> Config:
    """Store `profile` as the config's `[profile]` (the rest of the file as it is); returns the new config."""
    config = replace(load_config(Path(path)), profile=profile)
    save_config(config, path)
    return config


# --------------------------------------------------------------------------- new sessions


def profile_of(session: Session, achievements: bool = True) -> Profile:
    """The session's candidate as a profile (setup's "save as my profile")."""
    extra = session.candidate.extra
    links = extra.get("links", [])
    signoff = extra.get("signoff", "")
    return Profile(
        name=session.candidate.name.strip(),
        email=session.candidate.email.strip(),
        phone=session.candidate.phone.strip(),
        links=tuple(v for v in links if isinstance(v, str)) if isinstance(links, list) else (),
        signoff=signoff.strip() if isinstance(signoff, str) else "",
        achievements=tuple(session.interview.achievements) if achievements else (),
    )


def profile_to_save(session: Session, current: Profile | None) -> Profile:
    """Setup's "save as my profile": the session's candidate, sign-off and results; what the session does
    not have (links, a sign-off, keys only the file knows) is kept from the current profile."""
    mine = profile_of(session)
    if current is None:
        return mine
    return replace(
        mine,
        links=mine.links or current.links,
        signoff=mine.signoff or current.signoff,
        achievements=mine.achievements or current.achievements,
        extra=dict(current.extra),
    )


def apply_profile(session: Session, profile: Profile | None) -> Session:
    """Start `session` from the profile: candidate fields that are empty, the sign-off for the starters
    (`candidate.signoff`), links, and the results to pick from (`interview.achievements`, when empty)."""
    if profile is None:
        return session
    candidate = session.candidate
    for key in ("name", "email", "phone"):
        if not getattr(candidate, key).strip() and getattr(profile, key):
            setattr(candidate, key, getattr(profile, key))
    if profile.signoff and not candidate.extra.get("signoff"):
        candidate.extra["signoff"] = profile.signoff
    if profile.links and not candidate.extra.get("links"):
        candidate.extra["links"] = list(profile.links)
    if profile.achievements and not session.interview.achievements:
        session.interview.achievements = list(profile.achievements)
    return session
