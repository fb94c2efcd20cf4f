"""The one error a user sees for bad input: which file, which field, what was expected.

Raised by `core.store` and `core.config`; the CLI and the app print `str(error)` as one line.
"""

from __future__ import annotations

from pathlib import Path


class SessionError(Exception):
    """A problem with a user's file, named by file and field path.

    `str(err)` is the one-line message shown to the user, for example
    ``session.toml: interviewers[2].topics: expected a list of strings``.
    """

    def __init__(self, path: str | Path | None, field: str | None, message: str) -> None:
        self.path = str(path) if path is not None else None
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [p for p in (self.path, self.field) if p]
        parts.append(self.message)
        # One line, always: a message never carries a newline from user input.
        return ": ".join(parts).replace("\r", " ").replace("\n", " ")
