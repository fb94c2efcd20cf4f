"""Scores in bands (RULES.md): the worst severity found picks the band; each finding takes a fixed amount off
the band's top, never below its floor. Per session: the mean of its drafts. Used by `core.rules.run_rules`.

The deduction counts findings, not failed rules: two misspelt words cost twice what one does, so fixing
either one shows. Each finding costs its own severity's weight (timing.deadline's finding is an error once
past) scaled to its band: weight x band width / `BAND_FULL_WEIGHT`, rounded once for the whole draft.
Why the properties hold: a score depends only on the findings, so a rule that found nothing (or is
disabled, or does not apply) cannot move it; removing a finding either keeps the band and lowers the total
weight (a rounded, clamped, decreasing function of it cannot go down) or lifts the draft into a higher
band, whose floor is above the old band's top. Bands and weights are data in `core.phrases`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .findings import DraftReport, Finding, Severity
from .phrases import BAND_FULL_WEIGHT, SCORE_BANDS


def score_findings(findings: Iterable[Finding]) -> int:
    """The score of a draft with these findings (100 with none)."""
    severities = [f.severity for f in findings]
    worst = Severity.worst(severities)
    floor, top, _ = SCORE_BANDS[worst.value if worst is not None else None]
    if worst is None:
        return top
    weight = sum(Severity(s).weight for s in severities if s in SEVERITY_VALUES)
    deduction = round(weight * (top + 1 - floor) / BAND_FULL_WEIGHT)
    return max(floor, top - deduction)


#: The severities a finding may carry (plain strings).
SEVERITY_VALUES = frozenset(s.value for s in Severity)


def draft_score(outcomes: Iterable[tuple[str, str, Sequence[Finding] | None]]) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
    """(score, applicable rule ids, failed rule ids) from (rule id, severity, findings or None) triples.

    None means the rule did not apply; an empty list means it passed. Only the findings decide the score.
    """
    applicable: list[str] = []
    failed: list[str] = []
    found: list[Finding] = []
    for rule_id, _severity, findings in outcomes:
        if findings is None:
            continue
        applicable.append(rule_id)
        if findings:
            failed.append(rule_id)
            found.extend(findings)
    return score_findings(found), tuple(applicable), tuple(failed)


def session_score(drafts: Sequence[DraftReport]) -> int:
    """The mean of the drafts' scores, rounded (100 for a session without drafts)."""
    if not drafts:
        return 100
    return round(sum(d.score for d in drafts) / len(drafts))
