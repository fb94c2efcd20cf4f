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
        return self._line(self.path, self.field, self.message)

    @property
    def detail(self) -> str:
        """The one line without the file's name, for a place that shows the name already (a list row)."""
        return self._line(self.field, self.message)

    @staticmethod
    def _line(*parts: str | None) -> str:
        # One line, always: a message never carries a newline from user input.
        return ": ".join(p for p in parts if p).replace("\r", " ").replace("\n", " ")
