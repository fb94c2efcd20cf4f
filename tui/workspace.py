"""The open session as the app holds it: the model, its file, the config, the clock.

Created by `tui.app` when a session opens and handed to every screen. Screens read
and edit `workspace.session`, then post `tui.messages.SessionEdited`; the app saves.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from followup.core.config import Config
from followup.core.model import Session
from followup.tui.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from followup.core.findings import DraftReport, SessionReport
    from followup.core.rules import RulesCache
    from followup.core.spelling import Speller


def system_clock() -> datetime:
    return datetime.now().astimezone()


class Workspace:
    """One open session: its file, the model, the clock, and the app's one `Settings` (config, dictionary).

    `config`, `config_path` and `speller` read and write that Settings object, shared with the app, so they
    are never out of step; a Workspace built alone (tests, benchmarks) gets a Settings of its own.
    """

    def __init__(
        self,
        path: Path,
        session: Session,
        config: Config | None = None,
        config_path: Path | None = None,
        clock: Callable[[], datetime] = system_clock,
        speller: "Speller | None" = None,
        *,
        settings: Settings | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.path = path
        #: The environment the user started followup in ($EDITOR, $VISUAL for the hand-off).
        self.environ: Mapping[str, str] = environ if environ is not None else os.environ
        self.session = session
        self.clock = clock
        self.settings = settings if settings is not None else Settings(config_path, config, speller)
        #: Keeps the last report and the unchanged drafts' words between scorings (core.rules.RulesCache).
        self._rules: "RulesCache | None" = None
        #: Scorings run on the event loop and in the editor's worker thread: one at a time through the cache.
        self._rules_lock = threading.Lock()

    @property
    def config(self) -> Config:
        return self.settings.config

    @config.setter
    def config(self, config: Config) -> None:
        self.settings.config = config

    @property
    def config_path(self) -> Path | None:
        return self.settings.config_path

    @property
    def speller(self) -> "Speller | None":
        """The dictionary once it has loaded in the app's worker; None until then."""
        return self.settings.speller

    @speller.setter
    def speller(self, speller: "Speller | None") -> None:
        self.settings.speller = speller

    def now(self) -> datetime:
        return self.clock()

    def _cache(self) -> "RulesCache":
        if self._rules is None:
            from followup.core.rules import RulesCache

            self._rules = RulesCache()
        return self._rules

    def report(self, session: Session | None = None) -> "SessionReport":
        """Every draft scored (the same report again while nothing it depends on changed)."""
        with self._rules_lock:
            return self._cache().run(session or self.session, self.now(), self.config, self.speller)

    def draft_report(
        self, index: int, session: Session | None = None, stop: Callable[[], bool] | None = None
    ) -> "DraftReport | None":
        """One draft's report, as `report().drafts[index]` but only that draft's rules run.

        `session` (default: the open one) lets a worker thread score a snapshot taken on the event loop;
        `stop`, asked between rules, ends a scoring no longer wanted early (then None).
        """
        with self._rules_lock:
            return self._cache().draft(session or self.session, self.now(), self.config, self.speller, index, stop)
