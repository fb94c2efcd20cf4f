"""User text as the terminal may show it: line ends normalised, control characters removed.

Used by every widget that shows a name or a draft (section fields, sidebar, forms, preview); light on
purpose (no Textual) so the first look of the editor can use it before any heavy widget loads.
"""

from __future__ import annotations

import re

#: C0/C1 control characters other than newline and tab: never sent to the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str, *, single_line: bool = False) -> str:
    """User text as the field shows it: line ends normalised, control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if single_line:
        text = text.replace("\n", " ")
    return _CONTROL.sub("", text)
