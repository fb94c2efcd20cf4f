"""The one owner of the user's settings in the running app: the config, the dictionary and the spelling state.

`tui.app.FollowupApp` builds one `Settings` (`app.settings`) and every open session's `Workspace` reads the
same object, so a word added to the dictionary or a theme picked is seen everywhere at once; nothing is
copied between the app and the session. `dictionary_ready` is a Textual Signal published when the
dictionary has loaded (or could not be): screens that check spelling subscribe to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.dom import DOMNode
from textual.signal import Signal

from followup.core.config import Config, load_config
from followup.core.errors import SessionError

if TYPE_CHECKING:  # pragma: no cover
    from followup.core.spelling import Speller


class Settings:
    """Config, dictionary and spelling state; `config_path` is where the config lives (None: nowhere)."""

    def __init__(
        self,
        config_path: Path | None = None,
        config: Config | None = None,
        speller: Speller | None = None,
        *,
        spelling_state: str | None = None,
    ) -> None:
        self.config_path = config_path
        self.config = config if config is not None else Config()
        #: The config file has an error: it is never overwritten (the user's file is theirs to fix).
        self.broken = False
        self.speller = speller
        #: "loading" until the dictionary is in use ("ready"); "off" when not loaded, "failed" when it could not be.
        self.spelling_state = spelling_state or ("ready" if speller is not None else "off")
        #: Published with this object once the dictionary is loaded or has failed (see `attach`).
        self.dictionary_ready: Signal[Settings] | None = None

    def attach(self, owner: DOMNode) -> None:
        """Give the dictionary-ready signal its owner (the app), so screens can subscribe."""
        self.dictionary_ready = Signal(owner, "dictionary-ready")

    def load(self) -> list[str]:
        """Read the config file; the notes to show the user (a broken file is reported, then left alone)."""
        if self.config_path is None:
            return []
        try:
            self.config = load_config(self.config_path)
        except SessionError as exc:
            self.config = Config()
            self.broken = True
            return [f"Config not used: {exc}"]
        return []

    def save(self) -> str | None:
        """Write the config; a warning for the user when it was not written, else None."""
        from followup.core.config import save_config

        if self.config_path is None:
            return None
        if self.broken:
            return f"Not saved to {self.config_path}: that file has an error (see above); fix it to keep settings."
        try:
            save_config(self.config, self.config_path)
        except OSError as exc:
            return f"Config not saved: {exc.strerror or exc}"
        return None

    def accept_word(self, word: str) -> str | None:
        """Add `word` to the user's dictionary and save; a warning when it could not be saved."""
        self.config = self.config.with_word(word)
        return self.save()

    def remember_theme(self, name: str) -> str | None:
        """The user picked the theme `name`: saved in the config (nothing written when it is the same)."""
        if name == self.config.theme:
            return None
        self.config = replace(self.config, theme=name)
        return self.save()

    @staticmethod
    def read_dictionary(environ: Mapping[str, str]) -> Speller | str:
        """Load the dictionary (slow: run it in a worker thread); the reason in one line when it cannot be."""
        from followup.core.config import dictionary_cache_path
        from followup.core.spelling import Speller
        from followup.tui.autosave import reason_of

        # the prepared dictionary is kept in the user's cache folder: a few ms to load instead of ~100
        try:
            return Speller(cache=dictionary_cache_path(environ))
        except Exception as exc:  # a broken pyspellchecker install: drafts are still scored, spelling is not
            return reason_of(exc)

    def dictionary_loaded(self, speller: Speller) -> None:
        self.speller = speller
        self.spelling_state = "ready"
        self._publish()

    def dictionary_failed(self) -> None:
        self.spelling_state = "failed"
        self._publish()

    def _publish(self) -> None:
        if self.dictionary_ready is not None:
            self.dictionary_ready.publish(self)
