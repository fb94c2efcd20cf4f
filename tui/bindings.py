"""Every key binding of the app, as data: id, default keys, action, description.

Screens take their BINDINGS from here; `tui.app` applies the user's `[keys]` remaps
(`App.set_keymap`) by binding id; the help screen and the palette list them.
Only keys that reach the app over ssh + tmux (see shared/E2E-NOTES.md).
"""

from __future__ import annotations

from textual.binding import Binding


def key(id: str, keys: str, action: str, description: str, *, show: bool = True, priority: bool = False) -> Binding:
    """A binding with a namespaced id ("editor.mark-sent") that users can remap."""
    return Binding(keys, action, description, show=show, priority=priority, id=id)


# Each screen's list lives below; the owner of a screen edits only its own list.

APP: list[Binding] = []
SESSIONS: list[Binding] = []
SETUP: list[Binding] = []
ROSTER: list[Binding] = []
EDITOR: list[Binding] = []
PREVIEW: list[Binding] = []
HELP: list[Binding] = []
