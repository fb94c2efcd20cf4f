"""The hand-judged corpus of realistic emails: load a case, score it as `followup check` does, judge the findings.

Shared by `benchmarks/accuracy.py` (the figures) and `tests/core/test_corpus.py` (one test per case), so the
two can never disagree about what a case expects or how it is scored.

A case is an ordinary session file (schema 1, see SESSION-FORMAT.md) with two extra tables, which the loader
keeps as unknown keys:

    [corpus]
    now = 2026-11-10T16:00:00-06:00     # the fixed clock the case is judged at
    style = "panel template"            # what kind of email it is

    [interviewers.expect]               # after each [[interviewers]] (and its draft)
    quality = "good"                    # "good" or "bad": fit to send? (absent: not counted in separation)
    fires = ["proof.other-company"]     # every rule that must fire on this draft, and nothing else may ...
    may = ["proof.spelling", "roster.too-similar:suggestion"]   # ... except these (debatable; ":severity"
                                        #   allows the rule only up to that severity)
    starter = true                      # optional: the draft is the app's starter, rendered afresh
    why = "one line: the class this case tests"

A finding is judged per draft and rule: a rule that fired and is in `fires` is a hit; one that fired and is in
neither `fires` nor `may` is a false alarm; one in `fires` that did not fire is a miss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Iterable

from followup.core import store
from followup.core.config import Config
from followup.core.findings import Finding, Severity
from followup.core.model import Session
from followup.core.render import starter_draft
from followup.core.rules import RULES_BY_ID, run_rules
from followup.core.spelling import Speller

#: The development corpus; a held-out set lives beside it in `corpus-holdout/`.
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"

QUALITIES = ("good", "bad")
#: How serious each severity is, higher is worse (from the one severity order, core.findings.Severity).
SEVERITY_RANK = {s.value: len(Severity) - s.rank for s in Severity}


class CorpusError(ValueError):
    """A corpus file that is not a well-formed case (the message names the file and the field)."""


@dataclass(frozen=True)
class Expect:
    """What one draft of a case must (and may) produce."""

    quality: str | None
    fires: frozenset[str]
    may: dict[str, str | None]  # rule ID -> highest severity it may fire at (None: any)
    starter: bool = False
    why: str = ""

    def allows(self, rule: str, severity: str) -> bool:
        """A rule that fired outside `fires`: is it tolerated by `may`?"""
        if rule not in self.may:
            return False
        limit = self.may[rule]
        return limit is None or SEVERITY_RANK.get(severity, 9) <= SEVERITY_RANK[limit]

    def rule_ids(self) -> set[str]:
        return set(self.fires) | set(self.may)


@dataclass(frozen=True)
class Case:
    path: Path
    session: Session
    now: datetime
    style: str
    expects: tuple[Expect, ...]  # one per interviewer, in roster order

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class DraftResult:
    """One draft of one case, scored and judged."""

    case: str
    interviewer: str
    quality: str | None
    score: int
    findings: tuple[Finding, ...]
    why: str = ""
    hits: list[str] = field(default_factory=list)
    false_alarms: list[Finding] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.false_alarms and not self.misses

    def explain(self) -> str:
        """A few lines for a failing test: what was wrong and what the rules said."""
        lines = [f"{self.case} / {self.interviewer} (score {self.score}; the case: {self.why}):"]
        for rule in self.misses:
            lines.append(f"  miss: {rule} did not fire")
        for finding in self.false_alarms:
            lines.append(f"  false alarm: {finding.rule} ({finding.severity}, {finding.section}): {finding.message}")
        return "\n".join(lines)


# ----------------------------------------------------------------------------- loading


def case_paths(folder: Path | str = CORPUS_DIR) -> list[Path]:
    """Every case file in `folder`, by name."""
    return sorted(Path(folder).glob("*.toml"))


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CorpusError(f"{where}: expected a list of strings")
    return value


def _expect(data: Any, where: str) -> Expect:
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: missing [interviewers.expect] table")
    quality = data.get("quality")
    if quality is not None and quality not in QUALITIES:
        raise CorpusError(f"{where}.quality: expected one of {QUALITIES}, found {quality!r}")
    fires = frozenset(_strings(data.get("fires", []), f"{where}.fires"))
    may: dict[str, str | None] = {}
    for item in _strings(data.get("may", []), f"{where}.may"):
        rule, _, limit = item.partition(":")
        if limit and limit not in SEVERITY_RANK:
            raise CorpusError(f"{where}.may: unknown severity {limit!r} in {item!r}")
        may[rule] = limit or None
    overlap = fires & may.keys()
    if overlap:
        raise CorpusError(f"{where}: {sorted(overlap)} in both fires and may")
    starter = data.get("starter", False)
    if not isinstance(starter, bool):
        raise CorpusError(f"{where}.starter: expected true or false")
    return Expect(quality, fires, may, starter, str(data.get("why", "")))


def load_case(path: Path | str) -> Case:
    """Read one case with the project's own loader; a starter case gets the app's starter, rendered now."""
    path = Path(path)
    session = store.load(path)
    meta = session.extra.get("corpus")
    if not isinstance(meta, dict):
        raise CorpusError(f"{path}: missing the [corpus] table")
    now = meta.get("now")
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise CorpusError(f"{path}: corpus.now: expected an offset date-time")
    expects = []
    for index, person in enumerate(session.interviewers):
        where = f"{path}: interviewers[{index + 1}].expect"
        expect = _expect(person.extra.get("expect"), where)
        if expect.starter:
            person.draft = starter_draft(session, index)
        expects.append(expect)
    return Case(path, session, now, str(meta.get("style", "")), tuple(expects))


def unknown_rules(case: Case) -> set[str]:
    """Rule IDs the case names that the registry does not know."""
    return {rule for expect in case.expects for rule in expect.rule_ids()} - RULES_BY_ID.keys()


# ----------------------------------------------------------------------------- scoring and judging


@cache
def speller() -> Speller:
    """The real English dictionary, loaded once per process (as `followup check` loads it)."""
    return Speller()


def judge(case: Case, spell: Speller | None = None) -> list[DraftResult]:
    """Score the case as `followup check` does (no user config: nothing disabled, no extra words) and judge
    each draft's findings against its expectations."""
    report = run_rules(case.session, case.now, Config(), spell if spell is not None else speller())
    results = []
    for draft, person, expect in zip(report.drafts, case.session.interviewers, case.expects):
        result = DraftResult(case.name, person.name, expect.quality, draft.score, draft.findings, expect.why)
        worst: dict[str, Finding] = {}
        for finding in draft.findings:
            seen = worst.get(finding.rule)
            if seen is None or SEVERITY_RANK.get(finding.severity, 9) > SEVERITY_RANK.get(seen.severity, 9):
                worst[finding.rule] = finding
        for rule, finding in worst.items():
            if rule in expect.fires:
                result.hits.append(rule)
            elif expect.allows(rule, finding.severity):
                result.tolerated.append(rule)
            else:
                result.false_alarms.append(finding)
        result.misses = sorted(expect.fires - worst.keys())
        results.append(result)
    return results


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def summarise(results: Iterable[DraftResult], files: int) -> dict[str, Any]:
    """The figures: findings, false alarms, misses, precision and recall overall and per rule, separation."""
    results = list(results)
    per_rule: dict[str, dict[str, int]] = {}

    def count(rule: str, key: str) -> None:
        per_rule.setdefault(rule, {"hits": 0, "false_alarms": 0, "misses": 0, "tolerated": 0})[key] += 1

    for r in results:
        for rule in r.hits:
            count(rule, "hits")
        for finding in r.false_alarms:
            count(finding.rule, "false_alarms")
        for rule in r.misses:
            count(rule, "misses")
        for rule in r.tolerated:
            count(rule, "tolerated")
    hits = sum(v["hits"] for v in per_rule.values())
    fas = sum(v["false_alarms"] for v in per_rule.values())
    misses = sum(v["misses"] for v in per_rule.values())
    rules = {
        rule: {**v, "precision": _ratio(v["hits"], v["hits"] + v["false_alarms"]),
               "recall": _ratio(v["hits"], v["hits"] + v["misses"])}
        for rule, v in sorted(per_rule.items())
    }
    good = [r.score for r in results if r.quality == "good"]
    bad = [r.score for r in results if r.quality == "bad"]
    wins = sum(1 for g in good for b in bad if g > b)
    ties = sum(1 for g in good for b in bad if g == b)
    return {
        "files": files,
        "drafts": len(results),
        "good_drafts": len(good),
        "bad_drafts": len(bad),
        "findings": sum(len(r.findings) for r in results),
        "judged": hits + fas + misses,
        "hits": hits,
        "false_alarms": fas,
        "misses": misses,
        "tolerated": sum(v["tolerated"] for v in per_rule.values()),
        "precision": _ratio(hits, hits + fas),
        "recall": _ratio(hits, hits + misses),
        "separation": _ratio(wins, len(good) * len(bad)),
        "separation_ties": ties,
        "drafts_passing": sum(1 for r in results if r.ok),
        "per_rule": rules,
        "worst_rules": [
            {"rule": rule, "false_alarms": v["false_alarms"], "misses": v["misses"]}
            for rule, v in sorted(rules.items(), key=lambda kv: (-(kv[1]["false_alarms"] + kv[1]["misses"]), kv[0]))
            if v["false_alarms"] or v["misses"]
        ],
        "false_alarm_list": [
            {"file": r.case, "interviewer": r.interviewer, "rule": f.rule, "severity": f.severity,
             "section": f.section, "message": f.message}
            for r in results for f in r.false_alarms
        ],
        "miss_list": [
            {"file": r.case, "interviewer": r.interviewer, "rule": rule} for r in results for rule in r.misses
        ],
    }
