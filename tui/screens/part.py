"""The title line of the setup and roster screens: what this is, which file, and the last save.

Used by `tui.screens.setup` and `tui.screens.roster`; follows `FollowupApp.save_status`.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class PartTitle(Static):
    """ "Interview setup · acme.toml                    saved 14:03:05" (NOT SAVED in the error colour)."""

    def __init__(self, title: str, file_name: str) -> None:
        super().__init__("", id="part-title", markup=False)
        self.title_text = title
        self.file_name = file_name

    def on_mount(self) -> None:
        self.watch(self.app, "save_status", self._show)

    def on_resize(self) -> None:
        self._show(getattr(self.app, "save_status", ""))

    def _show(self, status: str) -> None:
        left = f"{self.title_text} · {self.file_name}"
        width = max(0, self.size.width - 2)
        gap = max(2, width - len(left) - len(status))
        style = "bold $text-error" if status.startswith("NOT SAVED") else "$text-muted"
        self.update(Content.assemble((left, "bold"), " " * gap, (status, style)))
