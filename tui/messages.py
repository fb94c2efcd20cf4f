"""Messages that travel up from screens and widgets to the app, and app news sent down.

Screens post the first kind; `tui.app.FollowupApp` handles them (autosave, config).
The app posts the second kind to the active screen.
"""

from __future__ import annotations

from textual.message import Message


class SessionEdited(Message):
    """The open session changed in memory: schedule a save (the app debounces, saves within 1 s)."""


class WordAccepted(Message):
    """Add `word` to the user's dictionary (config `words`), saved by the app."""

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = word


class SpellerReady(Message):
    """Sent by the app to the active screen once the dictionary has loaded (workspace.speller is set)."""

