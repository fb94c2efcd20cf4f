"""The one sanitizer pair: text from outside made safe to show on a terminal, put on a clipboard or write to a file.

`one_line` is for strings shown on one line (file names, theme names, config values, people's names, titles);
`plain_text` is for multi-line text bound for a field, a clipboard or a file (a draft, a whole email). Every
widget that shows outside text and every copy or export path uses one of them. A module of its own, with
nothing heavy imported, because the editor's first look cleans text before anything else has loaded
(`core.text`, the rules' text tools, costs ~30 ms to import).
"""

from __future__ import annotations

import re

#: Never shown, copied or written: the C0 and C1 control characters but tab and newline (ESC starts a
#: terminal sequence such as OSC 52 or the `ESC[201~` that ends a bracketed paste; BEL ends an OSC), DEL,
#: the bidi embeddings, overrides and isolates that reorder what is shown (U+202A-202E, U+2066-2069), and
#: the zero-width no-break space (a byte-order mark).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
#: Line and paragraph breaks of every kind, and tabs: spaces on one line.
_BREAK_RE = re.compile("\r\n|[\r\n\t\x0b\x0c\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` as one line a terminal shows literally: breaks and tabs become spaces, control characters,
    bidi overrides and byte-order marks are removed. For file names, theme names, config values, names."""
    return _CONTROL_RE.sub("", _BREAK_RE.sub(" ", text))


def plain_text(text: str) -> str:
    """Multi-line `text` for a field, a clipboard or a file: line ends become `\\n` (CR LF, CR, NEL and
    U+2028 a line break, U+2029 a blank line), tabs stay, every other control character and bidi override
    is removed (no escape sequence can reach a terminal or end a bracketed paste early)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n").replace("\u2028", "\n")
    return _CONTROL_RE.sub("", text.replace("\u2029", "\n\n"))
