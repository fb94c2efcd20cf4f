"""The open session as the app holds it: the model, its file, the config, the clock.

Created by `tui.app` when a session opens and handed to every screen. Screens read
and edit `workspace.session`, then post `tui.messages.SessionEdited`; the app saves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.config import Config
from core.model import Session

if TYPE_CHECKING:  # pragma: no cover
    from core.findings import DraftReport, SessionReport
    from core.spelling import Speller


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

    def now(self) -> datetime:
        return self.clock()

    def report(self) -> "SessionReport":
        from core.rules import run_rules

        return run_rules(self.session, self.now(), self.config, self.speller)

    def draft_report(self, index: int) -> "DraftReport":
        return self.report().drafts[index]
