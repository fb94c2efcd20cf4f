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

# App-wide (every screen): F1-F4 move between the parts of a session like tabs.
APP: list[Binding] = [
    key("app.quit", "ctrl+q", "quit", "quit", priority=True),
    key("app.help", "f1", "help", "help"),
    key("app.setup", "f2", "setup", "interview"),
    key("app.roster", "f3", "roster", "interviewers"),
    key("app.editor", "f4", "editor", "drafts"),
    key("app.sessions", "ctrl+o", "sessions", "sessions"),
    key("app.save", "ctrl+s", "save_now", "save", show=False),
    key("app.save-as", "f12", "save_elsewhere", "save elsewhere", show=False),
]
SESSIONS: list[Binding] = [
    key("sessions.open", "enter", "open", "open", priority=True),
    key("sessions.new", "ctrl+n", "new", "new", priority=True),
    key("sessions.duplicate", "f5", "duplicate", "duplicate"),
    key("sessions.delete", "f8", "delete", "delete"),
    key("sessions.down", "down", "cursor(1)", "next", show=False, priority=True),
    key("sessions.up", "up", "cursor(-1)", "previous", show=False, priority=True),
    key("sessions.clear", "escape", "clear_filter", "clear filter", show=False),
]
SETUP: list[Binding] = [
    key("setup.back", "escape", "back", "back"),
]
ROSTER: list[Binding] = [
    key("roster.add", "ctrl+n", "add", "add", priority=True),
    key("roster.remove", "f8", "remove", "remove"),
    key("roster.up", "ctrl+up,alt+up", "move(-1)", "move up"),
    key("roster.down", "ctrl+down,alt+down", "move(1)", "move down"),
    key("roster.back", "escape", "back", "back"),
]
EDITOR: list[Binding] = []
PREVIEW: list[Binding] = []
HELP: list[Binding] = [
    key("help.close", "escape,f1,q", "close", "close"),
]
