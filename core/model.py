"""The session model: candidate, interview, interviewers and their drafts.

Plain mutable dataclasses shared by every part of followup. `core.store` reads and
writes them as TOML; the rules read them; the app edits them. The scenario is derived.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

SCHEMA_VERSION = 1

#: The seven sections of a draft, in the order they appear in the email.
SECTIONS: tuple[str, ...] = (
    "subject",
    "greeting",
    "gratitude",
    "interest",
    "clarification",
    "closing",
    "signoff",
)

#: Sections that make up the body (everything but the subject).
BODY_SECTIONS: tuple[str, ...] = SECTIONS[1:]

SECTION_TITLES: dict[str, str] = {
    "subject": "Subject",
    "greeting": "Greeting",
    "gratitude": "Gratitude",
    "interest": "Interest and fit",
    "clarification": "Clarification",
    "closing": "Closing",
    "signoff": "Sign-off",
}

Outcome = Literal["pending", "rejected"]
Medium = Literal["email", "handwritten"]
Scenario = Literal["single", "multiple", "panel", "rejection"]

OUTCOMES: tuple[str, ...] = ("pending", "rejected")
MEDIUMS: tuple[str, ...] = ("email", "handwritten")
#: `interview.kind`: a job interview (the default) or an informational one (no role on offer; see RULES.md).
KINDS: tuple[str, ...] = ("job", "informational")

#: When `interview.end` is absent the interview is taken to last this long.
DEFAULT_DURATION = timedelta(hours=1)


@dataclass
class Draft:
    """One email: seven sections of text, and when it was sent (None: not yet)."""

    subject: str = ""
    greeting: str = ""
    gratitude: str = ""
    interest: str = ""
    clarification: str = ""
    closing: str = ""
    signoff: str = ""
    sent: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> str:
        if name not in SECTIONS:
            raise KeyError(name)
        return getattr(self, name)

    def set_section(self, name: str, text: str) -> None:
        if name not in SECTIONS:
            raise KeyError(name)
        setattr(self, name, text)

    def sections(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in SECTIONS}

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in SECTIONS)


@dataclass
class Candidate:
    name: str
    email: str = ""
    phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Interview:
    company: str
    role: str
    start: datetime
    end: datetime | None = None
    outcome: str = "pending"
    medium: str = "email"
    requirements: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    #: "job" or "informational" (KINDS); last, so positional construction elsewhere is unchanged.
    kind: str = "job"

    @property
    def informational(self) -> bool:
        """A conversation to learn about a field or a company: no role is on offer."""
        return self.kind == "informational"

    @property
    def ends_at(self) -> datetime:
        """When the interview ended: `end`, or `start` plus the default duration."""
        return self.end if self.end is not None else self.start + DEFAULT_DURATION


@dataclass
class Interviewer:
    name: str
    title: str = ""
    email: str = ""
    topics: list[str] = field(default_factory=list)
    draft: Draft = field(default_factory=Draft)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def first_name(self) -> str:
        """What the greeting calls them: the first name, or the title and surname ("Dr. Okafor") when the
        name starts with one."""
        from .phrases import HONORIFICS, NAME_SUFFIXES

        parts = self.name.split()
        if len(parts) >= 2 and parts[0].lower() in HONORIFICS:
            # the surname: the last word with letters that is no suffix ("Dr. Ana Ruiz Jr." -> "Dr. Ruiz")
            rest = [p for p in parts[1:] if any(c.isalpha() for c in p) and p.lower().rstrip(".,") not in NAME_SUFFIXES]
            if rest:
                return f"{parts[0]} {rest[-1]}"
        return parts[0] if parts else ""


@dataclass
class AppState:
    """Where the user was when the session was last saved (the `[app]` table, optional)."""

    interviewer: int = 0
    section: str = "subject"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_default(self) -> bool:
        return self.interviewer == 0 and self.section == "subject" and not self.extra


@dataclass
class Session:
    candidate: Candidate
    interview: Interview
    interviewers: list[Interviewer] = field(default_factory=list)
    schema: int = SCHEMA_VERSION
    app: AppState = field(default_factory=AppState)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def scenario(self) -> Scenario:
        return scenario_of(self)


def scenario_of(session: Session) -> Scenario:
    """single (1), multiple (2-3), panel (4+); a rejection outranks the count."""
    if session.interview.outcome == "rejected":
        return "rejection"
    count = len(session.interviewers)
    if count >= 4:
        return "panel"
    if count >= 2:
        return "multiple"
    return "single"


SCENARIO_MEANING: dict[str, str] = {
    "single": "One interviewer: one personal email, sent within 24 hours.",
    "multiple": "Two or three interviewers: each gets a separate email with a detail only they discussed.",
    "panel": "A panel: every participant gets a distinct email, never one copied to all.",
    "rejection": "After a rejection: a short, gracious note that keeps the door open.",
}
