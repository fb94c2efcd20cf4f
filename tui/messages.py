"""Messages that travel up from screens and widgets to the app.

Screens post them; `tui.app.FollowupApp` handles them (autosave, rescoring, navigation).
"""

from __future__ import annotations

from textual.message import Message


class SessionEdited(Message):
    """The open session changed in memory: schedule a save."""
