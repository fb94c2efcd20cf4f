"""Rules about the draft as a whole: nothing written yet, the app's starter text left as it was, or a
whole email pasted into one section. Registered in `core.rules` (whose run loop gives an empty draft
this one finding and nothing else that needs text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..findings import WHOLE_DRAFT
from ..model import SECTIONS
from ..phrases import CASUAL_SIGNOFFS, FORMAL_SIGNOFFS, GENERIC_SALUTATIONS, GREETING_OPENERS
from .base import DraftContext, Hit, Outcome, Rule, SessionContext, words_of
from ..text import normalise, phrase_pattern, word_list

# --------------------------------------------------------------------------- draft.empty


def empty(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    """With one interviewer only (with more, `roster.each-drafted` says it)."""
    if ctx.count != 1:
        return None
    return [Hit(WHOLE_DRAFT)] if dctx.body_blank else []


# --------------------------------------------------------------------------- draft.starter

#: The sections a starter fills with words the user is meant to make their own.
STARTER_SECTIONS = ("gratitude", "interest")


@lru_cache(maxsize=1)
def _template_words() -> frozenset[str]:
    """Every word in our starter templates (read as plain text: no Jinja2 needed to know them)."""
    from ..render import TEMPLATES

    words: set[str] = set()
    for path in sorted(TEMPLATES.glob("*.j2")):
        words.update(word_list(path.read_text(encoding="utf-8")))
    return frozenset(words)


#: Rendered starters, by (scenario, the starter's variables): each rendered once, however often it is asked.
_STARTERS: dict[str, dict[str, str]] = {}
_STARTERS_MAX = 256


def _starter_sections(ctx: SessionContext, index: int, context: dict) -> dict[str, str]:
    """The starter's gratitude and interest for draft `index`, whitespace squeezed (cached by its variables)."""
    from ..render import starter_draft

    key = repr((ctx.scenario, sorted(context.items())))
    found = _STARTERS.get(key)
    if found is None:
        draft = starter_draft(ctx.session, index)
        found = {s: " ".join(draft.section(s).split()) for s in STARTER_SECTIONS}
        if len(_STARTERS) >= _STARTERS_MAX:
            _STARTERS.clear()
        _STARTERS[key] = found
    return found


def _session_words(ctx: SessionContext, index: int) -> tuple[dict, frozenset[str]]:
    """The starter's variables for draft `index` and their words (kept in the run's memo: they depend on the
    session's facts only, never on what the drafts say)."""
    from ..render import starter_context

    key = ("draft.starter", str(index), "")
    found = ctx.memo.get(key)
    if found is None:
        context = starter_context(ctx.session, index)
        own = words_of(tuple(value for value in context.values() if isinstance(value, str)))
        found = ctx.memo[key] = (context, own)  # type: ignore[assignment]
    return found  # type: ignore[return-value]


def starter(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    texts = {s: dctx.sections[s] for s in STARTER_SECTIONS if dctx.sections[s].strip()}
    if not texts:
        return []
    # a starter's words all come from the templates or the session: a section with any other word was
    # written by the user, and the starter need not be rendered (Jinja2 stays unloaded for `followup check`)
    template = _template_words()
    maybe = {}
    for section, text in texts.items():
        rest = [w for w in dctx.lowers(section) if w not in template]
        if rest:
            own = _session_words(ctx, dctx.index)[1]
            if any(w not in own for w in rest):
                continue
        maybe[section] = text
    if not maybe:
        return []
    context = _session_words(ctx, dctx.index)[0]
    try:
        starters = _starter_sections(ctx, dctx.index, context)
    except Exception:  # a broken template must not stop scoring; there is then no starter to compare with
        return []
    return [
        Hit(section, (0, len(text.rstrip())))
        for section, text in maybe.items()
        if " ".join(text.split()) == starters[section]
    ]


# --------------------------------------------------------------------------- draft.pasted

_OPENERS = sorted(GREETING_OPENERS + ("respected", "dearest", "greetings"), key=len, reverse=True)
#: A line that is only a salutation: "Dear Marcus,", "Hi Dana!", "Dear Mr. Greene:", "To whom it may concern,"
#: (matched from the line's first word to its end).
_GREETING_LINE = re.compile(
    r"(?:(?:" + "|".join(re.escape(o) for o in _OPENERS) + r")\b[^\n.!?]{0,40}?"
    + r"|" + "|".join(re.escape(g) for g in GENERIC_SALUTATIONS) + r")[ \t]*[,:!][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_CLOSING_PHRASE = phrase_pattern(FORMAL_SIGNOFFS + CASUAL_SIGNOFFS)
#: First words of a salutation line and of a closing line: only lines starting so are looked at closely.
_GREETING_FIRST = frozenset(p.split()[0] for p in list(_OPENERS) + list(GENERIC_SALUTATIONS))
_CLOSING_FIRST = frozenset(normalise(p.split()[0]) for p in FORMAL_SIGNOFFS + CASUAL_SIGNOFFS)
_FIRST_WORD = re.compile(r"[^\W_][\w'’]*")
_LINE = re.compile(r"[^\n]*")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + len(line.rstrip())))
    return out


def _signoff_lines(text: str, names: set[str], signoff_written: bool) -> list[tuple[int, int]]:
    """Spans of sign-offs inside `text`: a closing phrase alone on its line ("Best regards,") followed by a
    line with the candidate's name, or ending the text with a comma while the sign-off box has its own."""
    lines = _lines(text)
    found = []
    for k, (start, end) in enumerate(lines):
        if _first_word(text, start) not in _CLOSING_FIRST:
            continue
        line = text[start:end]
        m = _CLOSING_PHRASE.match(line)
        if m is None or line[m.end():].strip(" ,.!") or not m.group().strip():
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and names & set(word_list(text[nxt[0] : nxt[1]])):
            found.append((start, nxt[1]))
        elif nxt is None and signoff_written and line.rstrip().endswith(","):
            found.append((start, end))
    return found


def _first_word(text: str, at: int) -> str:
    m = _FIRST_WORD.match(text, at)
    return normalise(m.group()) if m else ""


def _greeting_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of `text` that are only a salutation ("Dear Marcus,")."""
    found = []
    for start, end in _lines(text):
        if _first_word(text, start) in _GREETING_FIRST:
            m = _GREETING_LINE.match(text, start, end)
            if m is not None:
                found.append((m.start(), end))
    return found


def _clip(text: str, span: tuple[int, int], limit: int = 16) -> str:
    """The first line of `text[span]`, cut to `limit` characters (the message names both parts)."""
    line = text[span[0] : span[1]].strip().splitlines()[0].strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def pasted(ctx: SessionContext, dctx: DraftContext) -> Outcome:
    names = set(word_list(ctx.candidate_name))
    greeting_written = bool(dctx.sections["greeting"].strip())
    signoff_written = bool(dctx.sections["signoff"].strip())
    hits = []
    for section in SECTIONS[1:]:  # the subject is one line: no email fits in it
        text = dctx.sections[section]
        if not text.strip():
            continue
        greetings = [] if section == "greeting" else _greeting_lines(text)
        if not greetings and "\n" not in text.strip() and section != "greeting":
            continue  # one line, not a bare salutation: nothing pasted here
        # a greeting counts when the greeting box has its own or this section also holds a sign-off
        signoffs = [] if section == "signoff" else _signoff_lines(text, names, signoff_written)
        if greetings and not (greeting_written or signoffs):
            greetings = []
        if signoffs and not (signoff_written or greetings):
            signoffs = []
        if not greetings and not signoffs:
            continue
        spans = sorted(greetings + signoffs)
        moves = []
        if greetings:
            moves.append(f"“{_clip(text, greetings[0])}” to Greeting")
        if signoffs:
            moves.append(f"“{_clip(text, signoffs[0])}” to Sign-off")
        hits.append(Hit(section, (spans[0][0], spans[-1][1]), ", ".join(moves)))
    return hits


RULES = (
    Rule("draft.empty", "error", WHOLE_DRAFT, "Something written",
         "Write the email: this draft has no text yet.",
         "Start from the greeting and a line of thanks; every other check waits until there is text to read.",
         empty),
    Rule("draft.starter", "error", WHOLE_DRAFT, "Made your own",
         "Rewrite the starter text in your own words.",
         "The starter only shows the shape of the note; interviewers notice wording that could be sent to "
         "anyone. Add what you talked about and why it matters to you.", starter,
         ),
    Rule("draft.pasted", "error", WHOLE_DRAFT, "One email, in its boxes",
         "Split the pasted email into its sections.",
         "Each box holds one part of the email; a greeting or sign-off inside another box would appear twice "
         "in the message that is sent.", pasted,
         detail_message="This box holds a whole email: move {detail}."),
)
