"""User text as the terminal may show it, through the one sanitizer pair in `core.clean`.

Used by every widget that shows a name or a draft (section fields, sidebar, forms, preview); light on
purpose (no Textual) so the first look of the editor can use it before any heavy widget loads.
"""

from __future__ import annotations

from followup.core.clean import one_line, plain_text


def clean_text(text: str, *, single_line: bool = False) -> str:
    """User text as a field shows it: one line (`core.clean.one_line`) or lines (`core.clean.plain_text`)."""
    return one_line(text) if single_line else plain_text(text)
