"""Placeholder roster screen (being written)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui import bindings


class RosterScreen(Screen):
    SESSION_PART = "roster"
    BINDINGS = bindings.ROSTER

    def __init__(self, workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Static("roster")
        yield Footer()

    def action_back(self) -> None:
        self.app.action_sessions()
