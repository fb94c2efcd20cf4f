"""A bare Textual TextArea, to show whether a key-ordering problem is Textual's own or followup's.

Run it by hand in a tmux pane (see tests/e2e/test_keys.py); it writes the text to the file named on its command line on exit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import TextArea


class TextAreaApp(App[None]):
    def __init__(self, out: Path) -> None:
        super().__init__()
        self.out = out

    def compose(self) -> ComposeResult:
        yield TextArea(id="text")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.out.write_text(event.text_area.text)


if __name__ == "__main__":
    TextAreaApp(Path(sys.argv[1])).run()
