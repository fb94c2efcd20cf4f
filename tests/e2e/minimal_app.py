"""A minimal Textual app: the yardstick for followup's time to first frame over ssh.

Run by tests/e2e the same way as followup (ssh + tmux); also a smoke test of the harness.
"""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class MinimalApp(App[None]):
    """One line of text and a footer; ctrl+q quits (Textual's default)."""

    def compose(self) -> ComposeResult:
        yield Static("minimal app ready", id="ready")
        yield Footer()


def main() -> int:
    MinimalApp().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
