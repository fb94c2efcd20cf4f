"""Turning a session into email text: the assembled email and the starter drafts, via Jinja2.

Used by the editor's preview, `core.export` and the "new draft" action. Our templates are
compiled once; user text only ever arrives as variables (there are no user-written templates).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import SECTIONS, Draft, Session

if TYPE_CHECKING:  # pragma: no cover
    import jinja2

TEMPLATES = Path(__file__).parent / "templates"

#: How many wording variants the multi-person starters rotate through (see the templates).
VARIANTS = {"single": 1, "multiple": 3, "panel": 5, "rejection": 1}


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str


@lru_cache(maxsize=1)
def environment() -> "jinja2.Environment":
    """The one Environment for our own templates (created on first use; Jinja2 caches compiled templates)."""
    import jinja2  # deferred: ~40 ms, not needed on the path to the first frame

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        auto_reload=False,
        cache_size=-1,
    )


def recipient(session: Session, index: int) -> str:
    """`Name <address>` when the interviewer has an email address, else just the name."""
    person = session.interviewers[index]
    return f"{person.name} <{person.email}>" if person.email else person.name


def paragraphs(draft: Draft) -> list[str]:
    """The body's paragraphs in order: every non-empty section but the subject, trimmed."""
    return [text.strip() for name in SECTIONS[1:] if (text := draft.section(name)).strip()]


def assemble(session: Session, index: int) -> Email:
    """The email for interviewer `index`: greeting, gratitude, interest, clarification, closing,
    sign-off as paragraphs separated by blank lines (empty sections left out)."""
    draft = session.interviewers[index].draft
    body = environment().get_template("email.j2").render(paragraphs=paragraphs(draft))
    return Email(to=recipient(session, index), subject=draft.subject.strip(), body=body)


def contact_line(session: Session) -> str:
    return " | ".join(part.strip() for part in (session.candidate.email, session.candidate.phone) if part.strip())


def own_signoff(session: Session) -> str:
    """The sign-off the candidate keeps in their profile (`candidate.signoff`, copied into new sessions), or ""."""
    value = session.candidate.extra.get("signoff", "")
    return value.strip() if isinstance(value, str) else ""


def starter_context(session: Session, index: int) -> dict[str, Any]:
    """The variables a starter (or a user template) sees: plain strings from the session."""
    person = session.interviewers[index]
    interview = session.interview
    scenario = session.scenario
    achievement = next((t.strip().rstrip(".") for t in interview.achievements if t.strip()), "")
    return {
        "candidate": session.candidate.name.strip(),
        "contact": contact_line(session),
        "signoff": own_signoff(session),
        "first_name": person.first_name,
        "interviewer": person.name.strip(),
        "title": person.title.strip(),
        "role": interview.role.strip(),
        "company": interview.company.strip(),
        "topic": next((t.strip() for t in person.topics if t.strip()), ""),
        "requirement": next((t.strip() for t in interview.requirements if t.strip()), ""),
        "achievement": achievement,
        "achievement_clause": achievement_clause(achievement),
        "concern": concern_phrase(next((c for c in interview.concerns if c.strip()), "")),
        "first": index == 0,
        "scenario": scenario,
        "variant": index % VARIANTS[scenario],
    }


def concern_phrase(concern: str) -> str:
    """An answer to refine, as it reads after "thought more about": "SQL window functions question" ->
    "the SQL window functions question"; "how I handled the outage" and "my answer on pricing" stay;
    a statement ("I have not used Looker yet") becomes "my point that I have not used Looker yet"."""
    from .phrases import STARTER_CLAUSE_STARTS, STARTER_DETERMINERS, STARTER_NO_ARTICLE

    text = concern.strip().rstrip(".")
    if not text:
        return ""
    first = text.split()[0]
    word = first.lower().replace("’", "'")
    if word in STARTER_CLAUSE_STARTS:
        if not (word == "i" or word.startswith("i'")) and first[1:].islower():
            text = first.lower() + text[len(first):]  # "It depends ..." -> "my point that it depends ..."
        return f"my point that {text}"
    if first.lower() in STARTER_DETERMINERS | STARTER_NO_ARTICLE:
        return first.lower() + text[len(first):] if first[1:].islower() else text
    return f"the {text}"


def achievement_clause(achievement: str) -> str:
    """A result from the setup form as a clause that can follow a colon: "rebuilt the nightly ETL" ->
    "I rebuilt the nightly ETL"; "churn dashboard that cut ..." -> "my churn dashboard that cut ... is one
    example". Whatever the user wrote (a verb first or a noun first), the sentence stays grammatical."""
    from .phrases import STARTER_DETERMINERS, STARTER_IRREGULAR_VERBS

    text = achievement.strip().rstrip(".")
    if not text:
        return ""
    first, _, rest = text.partition(" ")
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        text = first.lower() + (" " + rest if rest else "")  # "Rebuilt ..." (not "ETL ...") mid-sentence
        first = first.lower()
    word = first.lower().strip(",;:")
    if word in STARTER_IRREGULAR_VERBS or (len(word) > 4 and word.endswith("ed") and word.isalpha()):
        return f"I {text}"
    noun = text if word in STARTER_DETERMINERS else f"my {text}"
    return f"{noun} is one example"


def starter_draft(session: Session, index: int) -> Draft:
    """A complete first draft for interviewer `index`, worded for the session's scenario.

    Missing facts show as bracketed placeholders ("[job title]") that the rules flag.
    """
    template = environment().get_template(f"starter_{session.scenario}.j2")
    module = template.make_module(starter_context(session, index))
    return Draft(**{name: str(getattr(module, name)).strip() for name in SECTIONS})
