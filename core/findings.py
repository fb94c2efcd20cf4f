"""What a rule reports and what scoring returns: `Finding`, `DraftReport`, `SessionReport`.

Produced by `core.rules` and `core.scoring`; shown by the sidebar and `followup check`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "suggestion"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "suggestion")

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
        return any(f.severity == "error" for f in self.findings)

    def by_section(self) -> dict[str, list[Finding]]:
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.section, []).append(finding)
        return grouped

    def to_json(self) -> dict[str, Any]:
        return {
            "interviewer": self.interviewer,
            "score": self.score,
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
