"""What a rule reports and what scoring returns: `Finding`, `DraftReport`, `SessionReport`.

Produced by `core.rules` and `core.scoring`; shown by the sidebar and `followup check`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .phrases import SCORE_BANDS, WEIGHTS


class Severity(StrEnum):
    """How much a finding matters, worst first: the one definition of the order and the weights.

    A member equals its plain string ("error"), so findings and JSON keep plain strings.
    """

    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        """0 for the worst (error); sort by it to list the worst first."""
        return _RANK[self]

    @property
    def weight(self) -> int:
        """What one finding of this severity takes off its band's top, before scaling."""
        return WEIGHTS[self.value]

    @classmethod
    def rank_of(cls, severity: str) -> int:
        """The rank of a severity given as a string; anything unknown sorts last."""
        try:
            return cls(severity).rank
        except ValueError:
            return len(cls)

    @classmethod
    def worst(cls, severities: Iterable[str]) -> "Severity | None":
        """The worst of `severities` (unknown strings ignored), None when there is none."""
        known = [cls(s) for s in severities if s in _RANK]
        return min(known, key=_RANK.__getitem__, default=None)


_RANK = {s: n for n, s in enumerate(Severity)}


def band_of(score: int) -> str:
    """The band a score lies in ("not ready", "needs work", "polish", "ready"); the bands never overlap."""
    for floor, top, name in SCORE_BANDS.values():
        if floor <= score <= top:
            return name
    return SCORE_BANDS["error"][2] if score < 0 else SCORE_BANDS[None][2]

#: The section name used for findings about the whole draft (timing, length, roster).
WHOLE_DRAFT = "draft"


@dataclass(frozen=True)
class Finding:
    """One problem in one draft.

    `section` is one of `core.model.SECTIONS`, or `WHOLE_DRAFT` when it concerns the
    draft as a whole. `span` is a (start, end) character range inside that section's
    text, or None.
    """

    rule: str
    severity: str
    section: str
    message: str
    hint: str = ""
    span: tuple[int, int] | None = None

    @property
    def is_lateness(self) -> bool:
        """A timing rule's finding: the 24-hour window has passed. Lateness cannot be fixed, and a late
        thank-you beats none, so it never holds a send or an export back."""
        return self.rule.startswith("timing.")

    @property
    def to_fix(self) -> bool:
        """An error the user can fix before sending (every error but lateness)."""
        return self.severity == Severity.ERROR and not self.is_lateness

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "section": self.section,
            "message": self.message,
            "hint": self.hint,
            "span": list(self.span) if self.span is not None else None,
        }


@dataclass(frozen=True)
class DraftReport:
    """The findings and score of one interviewer's draft."""

    index: int
    interviewer: str
    score: int
    findings: tuple[Finding, ...]
    applicable: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()

    @property
    def has_error(self) -> bool:
        return any(f.severity == Severity.ERROR for f in self.findings)

    @property
    def band(self) -> str:
        """"not ready" (an error), "needs work" (warnings), "polish" (suggestions only) or "ready"."""
        return band_of(self.score)

    def by_section(self) -> dict[str, list[Finding]]:
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.section, []).append(finding)
        return grouped

    def to_json(self) -> dict[str, Any]:
        return {
            "interviewer": self.interviewer,
            "score": self.score,
            "band": self.band,
            "findings": [f.to_json() for f in self.findings],
        }


@dataclass(frozen=True)
class SessionReport:
    scenario: str
    score: int
    drafts: tuple[DraftReport, ...]

    @property
    def has_error(self) -> bool:
        return any(d.has_error for d in self.drafts)

    def to_json(self, file: str) -> dict[str, Any]:
        return {
            "file": file,
            "scenario": self.scenario,
            "score": self.score,
            "drafts": [d.to_json() for d in self.drafts],
        }
