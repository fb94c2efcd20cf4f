"""The rule registry (`RULES`) and `run_rules`: every check of the guidance, run over a whole session.

Called by the app's sidebar (via `tui.workspace`), `followup check` and the help screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from ..findings import WHOLE_DRAFT, DraftReport, Finding, SessionReport
from ..model import SECTIONS, Session
from . import (
    clarification,
    closing,
    draft,
    gratitude,
    greeting,
    interest,
    proofreading,
    rejection,
    roster,
    subject,
    timing,
    tone,
)
from .base import DraftContext, Hit, Rule, SessionContext
from ..scoring import draft_score, session_score

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config
    from ..spelling import Speller

__all__ = ["RULES", "RULES_BY_ID", "TEXTLESS_RULES", "Rule", "RulesCache", "run_rules", "rules_markdown"]

#: Every rule, in the order the catalogue (RULES.md) reads: timing first, then the email from top to bottom
#: (tone beside the clarification), proofreading with the whole-draft checks before the length, the roster,
#: the rejection reply.
RULES: tuple[Rule, ...] = (
    timing.RULES
    + subject.RULES
    + greeting.RULES
    + gratitude.RULES
    + interest.RULES
    + clarification.RULES
    + tone.RULES
    + closing.RULES
    + tuple(r for r in proofreading.RULES if r.id != "length.concise")
    + draft.RULES
    + tuple(r for r in proofreading.RULES if r.id == "length.concise")
    + roster.RULES
    + rejection.RULES
)
#: The rules that still run on an empty draft (they need no text): everything else would only list what
#: is missing from nothing, so an empty draft gets one finding (RULES.md).
TEXTLESS_RULES: frozenset[str] = frozenset(
    {"timing.deadline", "timing.same-day", "delivery.medium", "draft.empty", "roster.each-drafted"}
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
_RULE_ORDER = {rule.id: n for n, rule in enumerate(RULES)}
_SECTION_ORDER = {name: n for n, name in enumerate((WHOLE_DRAFT,) + SECTIONS)}


def _finding(rule: Rule, hit: Hit) -> Finding:
    return Finding(
        rule=rule.id,
        severity=hit.severity or rule.severity,
        section=hit.section,
        message=rule.render(hit),
        hint=rule.hint,
        span=hit.span,
    )


def _sort_key(finding: Finding) -> tuple[int, int, int]:
    start = finding.span[0] if finding.span else -1
    return (_SECTION_ORDER.get(finding.section, 99), start, _RULE_ORDER.get(finding.rule, 999))


def run_rules(
    session: Session,
    now: datetime,
    config: "Config | None" = None,
    speller: "Speller | None" = None,
) -> SessionReport:
    """Run every enabled rule on every draft; scores per draft and for the session."""
    rules = _enabled(config)
    ctx = SessionContext(session, now, config, speller)
    drafts = [_score_draft(ctx, rules, index) for index in range(len(session.interviewers))]
    return SessionReport(session.scenario, session_score(drafts), tuple(drafts))


def _enabled(config: "Config | None") -> list[Rule]:
    disabled = config.disable if config is not None else frozenset()
    return [rule for rule in RULES if rule.id not in disabled]


def _score_draft(
    ctx: SessionContext, rules: list[Rule], index: int, stop: "Callable[[], bool] | None" = None
) -> DraftReport | None:
    dctx = ctx.draft(index)
    outcomes = []
    findings: list[Finding] = []
    if dctx.body_blank:  # an empty draft: its one finding, from the rules that need no text
        rules = [rule for rule in rules if rule.id in TEXTLESS_RULES]
    for rule in rules:
        if stop is not None and stop():
            return None
        hits = rule.check(ctx, dctx)
        if hits is None:
            outcomes.append((rule.id, rule.severity, None))
            continue
        found = [_finding(rule, hit) for hit in hits]
        outcomes.append((rule.id, rule.severity, found))
        findings += found
    score, applicable, failed = draft_score(outcomes)
    findings.sort(key=_sort_key)
    return DraftReport(index, ctx.session.interviewers[index].name, score, tuple(findings), applicable, failed)


class RulesCache:
    """`run_rules` for a caller that scores often (the app, on every keystroke): the last report is given
    again while the session, `now`, the config and the speller are all unchanged.

    Held by the caller (one per open session); not shared, not global. The inputs are compared by value
    (a snapshot of their repr), so editing the session in place is noticed. `now` is compared exactly:
    a caller that wants hits between keystrokes passes a `now` rounded to the minute.
    """

    __slots__ = ("_key", "_report", "hits", "misses", "_context_key", "_contexts", "_memo", "_codes")

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._report: SessionReport | None = None
        self.hits = 0
        self.misses = 0
        # For `draft`: the session-level inputs the kept draft contexts were built with, and per draft
        # the repr of the draft each was built from.
        self._context_key: tuple | None = None
        self._contexts: dict[int, tuple[str, DraftContext]] = {}
        self._memo: dict[tuple[str, str, str], bool] = {}
        self._codes: dict[str, str] | None = None

    def run(
        self,
        session: Session,
        now: datetime,
        config: "Config | None" = None,
        speller: "Speller | None" = None,
    ) -> SessionReport:
        key = (
            repr(session.candidate), repr(session.interview), repr(session.interviewers),
            now, repr(config), speller,
        )
        if self._report is not None and key == self._key:
            self.hits += 1
            return self._report
        self.misses += 1
        self._report = run_rules(session, now, config, speller)
        self._key = key
        return self._report


    def draft(
        self,
        session: Session,
        now: datetime,
        config: "Config | None" = None,
        speller: "Speller | None" = None,
        index: int = 0,
        stop: "Callable[[], bool] | None" = None,
    ) -> DraftReport | None:
        """`run_rules(session, now, config, speller).drafts[index]`, for the draft being edited: only that
        draft's rules run, and the other drafts' words (tokens, stems, similarity words) are kept from the
        previous call while those drafts and everything else but `now` are unchanged.

        `stop` is asked between rules; when it says True the scoring ends early and gives None (a newer
        keystroke made this report useless)."""
        people = session.interviewers
        context_key = (
            repr(session.candidate), repr(session.interview),
            tuple((p.name, p.title, p.email, repr(p.topics), repr(p.extra)) for p in people),
            repr(config), speller,
        )
        if context_key != self._context_key:
            self._context_key, self._contexts, self._memo, self._codes = context_key, {}, {}, None
        elif len(self._memo) > _MEMO_MAX:
            self._memo = {}
        if self._codes is not None and len(self._codes) > _MEMO_MAX:
            self._codes = None  # the kept drafts' codes then come afresh (they remember their table)
        keys = [repr(p.draft) for p in people]
        reuse = {i: dctx for i, (key, dctx) in self._contexts.items() if i < len(keys) and keys[i] == key}
        ctx = SessionContext(
            session, now, config, speller, reuse=reuse, scored=(index,), memo=self._memo, codes=self._codes
        )
        report = _score_draft(ctx, _enabled(config), index, stop)
        self._codes = ctx.codes
        if report is None:
            return None
        self._contexts = {i: (key, ctx.draft(i)) for i, key in enumerate(keys)}
        return report


#: Word verdicts `RulesCache.draft` keeps between calls, at most.
_MEMO_MAX = 50_000


def rules_markdown() -> str:
    """The rules reference (docs/rules.md), generated from the registry."""
    lines = [
        "# Rules reference",
        "",
        "Generated from `followup.core.rules.RULES` by `python -m followup.core.rules > docs/rules.md`; do not edit by hand.",
        "Disable a rule with `followup check --disable ID` or `disable = [\"ID\"]` in the config file.",
        "",
        "| ID | severity | section | title | message | why |",
        "|---|---|---|---|---|---|",
    ]
    for rule in RULES:
        cells = [f"`{rule.id}`", rule.severity, rule.section, rule.title, rule.message, rule.hint]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    return "\n".join(lines)
