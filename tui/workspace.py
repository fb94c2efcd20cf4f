"""The open session as the app holds it: the model, its file, the config, the clock.

Created by `tui.app` when a session opens and handed to every screen. Screens read
and edit `workspace.session`, then post `tui.messages.SessionEdited`; the app saves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from followup.core.config import Config
from followup.core.model import Session

if TYPE_CHECKING:  # pragma: no cover
    from followup.core.findings import DraftReport, SessionReport
    from followup.core.rules import RulesCache
    from followup.core.spelling import Speller


def system_clock() -> datetime:
    return datetime.now().astimezone()


@dataclass
class Workspace:
    path: Path
    session: Session
    config: Config = field(default_factory=Config)
    config_path: Path | None = None
    clock: Callable[[], datetime] = system_clock
    #: Set by the app once the dictionary has loaded in a worker; None until then.
    speller: "Speller | None" = None

    #: Keeps the last report and the unchanged drafts' words between scorings (core.rules.RulesCache).
    _rules: "RulesCache | None" = field(default=None, repr=False, compare=False)
    #: Scorings run on the event loop and in the editor's worker thread: one at a time through the cache.
    _rules_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

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
