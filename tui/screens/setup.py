"""Placeholder setup screen (being written)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui import bindings


class SetupScreen(Screen):
    SESSION_PART = "setup"
    BINDINGS = bindings.SETUP

    def __init__(self, workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Static("setup")
        yield Footer()

    def action_back(self) -> None:
        self.app.action_sessions()
