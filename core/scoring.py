"""Scores: per draft 100 x passing weight / applicable weight; per session the mean of its drafts.

Used by `core.rules.run_rules`; weights come from `core.phrases.WEIGHTS`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .findings import DraftReport, Finding
from .phrases import WEIGHTS

SEVERITY_RANK = {"error": 0, "warning": 1, "suggestion": 2}


def failed_weight(severity: str, findings: Sequence[Finding]) -> int:
    """The weight a failed rule costs: its worst finding's severity (timing.deadline: error once past)."""
    severities = [f.severity for f in findings] or [severity]
    worst = min(severities, key=lambda s: SEVERITY_RANK.get(s, 3))
    return WEIGHTS.get(worst, 1)


def draft_score(outcomes: Iterable[tuple[str, str, Sequence[Finding] | None]]) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
    """(score, applicable rule ids, failed rule ids) from (rule id, severity, findings or None) triples.

    None means the rule did not apply (it counts neither way); an empty list means it passed.
    A rule that fails counts once, however many findings it has.
    """
    total = passed = 0
    applicable: list[str] = []
    failed: list[str] = []
    for rule_id, severity, findings in outcomes:
        if findings is None:
            continue
        applicable.append(rule_id)
        if findings:
            failed.append(rule_id)
            total += failed_weight(severity, findings)
        else:
            weight = WEIGHTS.get(severity, 1)
            total += weight
            passed += weight
    score = 100 if total == 0 else round(100 * passed / total)
    return score, tuple(applicable), tuple(failed)


def session_score(drafts: Sequence[DraftReport]) -> int:
    """The mean of the drafts' scores, rounded (100 for a session without drafts)."""
    if not drafts:
        return 100
    return round(sum(d.score for d in drafts) / len(drafts))


def lowest_score(drafts: Sequence[DraftReport]) -> int:
    """The weakest draft's score (100 without drafts)."""
    return min((d.score for d in drafts), default=100)
