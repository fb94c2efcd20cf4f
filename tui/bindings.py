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
    # Priority: handled in the order keys arrive, before the focused field sees the keys that follow.
    key("app.quit", "ctrl+q", "quit", "quit", priority=True),
    key("app.help", "f1", "help", "help", priority=True),
    key("app.setup", "f2", "setup", "setup", priority=True),
    key("app.roster", "f3", "roster", "roster", priority=True),
    key("app.editor", "f4", "editor", "drafts", priority=True),
    key("app.sessions", "ctrl+o", "sessions", "sessions", priority=True),
    key("app.save", "ctrl+s", "save_now", "save", show=False, priority=True),
    key("app.save-as", "f12", "save_elsewhere", "save elsewhere", show=False, priority=True),
    # Priority, so focus moves before the next queued key is delivered: keys that arrive in one burst
    # (over ssh, or a fast typist) land in the field the user tabbed to, not the one they left.
    key("app.next-field", "tab", "focus_next", "next field", show=False, priority=True),
    key("app.previous-field", "shift+tab", "focus_previous", "previous field", show=False, priority=True),
]
SESSIONS: list[Binding] = [
    key("sessions.open", "enter", "open", "open", priority=True),
    key("sessions.new", "ctrl+n", "new", "new", priority=True),
    key("sessions.duplicate", "f5", "duplicate", "duplicate", priority=True),
    key("sessions.delete", "f8", "delete", "delete", priority=True),
    key("sessions.down", "down", "cursor(1)", "next", show=False, priority=True),
    key("sessions.up", "up", "cursor(-1)", "previous", show=False, priority=True),
    key("sessions.clear", "escape", "clear_filter", "clear filter", show=False),
]
SETUP: list[Binding] = [
    key("setup.back", "escape", "back", "back", show=False),
]
ROSTER: list[Binding] = [
    key("roster.add", "ctrl+n", "add", "add", priority=True),
    key("roster.remove", "f8", "remove", "remove", priority=True),
    key("roster.up", "ctrl+up,alt+up", "move(-1)", "move up", show=False),
    key("roster.down", "ctrl+down,alt+down", "move(1)", "move down", show=False),
    key("roster.back", "escape", "back", "back", show=False),
]
# Editor: letters are text, so ctrl+letter and F-keys; F1-F4, ctrl+o/s/q/p belong to the app.
# Priority: handled in the order keys arrive (a burst "ctrl+n Dear" lands in the next draft), and
# F6/F7, TextArea's select line/all, are ours inside a section.
EDITOR: list[Binding] = [
    key("editor.next-draft", "ctrl+n", "next_draft", "next draft", priority=True),
    key("editor.prev-draft", "ctrl+b", "prev_draft", "previous draft", show=False, priority=True),
    key("editor.next-draft-page", "ctrl+pagedown", "next_draft", "next draft", show=False, priority=True),
    key("editor.prev-draft-page", "ctrl+pageup", "prev_draft", "previous draft", show=False, priority=True),
    key("editor.findings", "ctrl+f,f8", "focus_findings", "findings", priority=True),
    key("editor.mark-sent", "ctrl+t", "toggle_sent", "mark sent", priority=True),
    key("editor.preview", "f5,ctrl+r", "preview", "preview", priority=True),
    key("editor.add-word", "ctrl+l,f7", "accept_word", "add word to dictionary", show=False, priority=True),
    key("editor.external", "ctrl+g,f6", "external_editor", "edit section in $EDITOR", show=False, priority=True),
    key("editor.sidebar", "f9", "toggle_sidebar", "show/hide sidebar", show=False, priority=True),
    key("editor.back", "escape", "back", "back", show=False, priority=True),
]
# Preview: F1-F4, ctrl+o/s belong to the app; the folder Input uses ctrl+a/e/d/k/u/w/x/c/v.
PREVIEW: list[Binding] = [
    key("preview.export", "ctrl+r,f6", "export_one", "export", priority=True),
    key("preview.export-all", "ctrl+l,f7", "export_all", "export all", priority=True),
    key("preview.format", "ctrl+t,f8", "toggle_format", "format", priority=True),
    key("preview.copy", "ctrl+y,f5", "copy", "copy", priority=True),
    key("preview.copy-body", "f9", "copy_body", "copy body only", show=False, priority=True),
    key("preview.folder", "ctrl+g", "focus_folder", "change folder", show=False, priority=True),
    key("preview.next-draft", "ctrl+n", "next_draft", "next draft", show=False, priority=True),
    key("preview.prev-draft", "ctrl+b", "prev_draft", "previous draft", show=False, priority=True),
    key("preview.back", "escape", "back", "back", priority=True),
]
HELP: list[Binding] = [
    key("help.close", "escape,f1,q", "close", "close"),
]
# The save-conflict dialog opens by itself, maybe mid-sentence: no letter chooses (letters go on into the
# draft), and dropping your own text takes the same key twice.
CONFLICT: list[Binding] = [
    key("conflict.mine", "f5", "choose('mine')", "keep mine", priority=True),
    key("conflict.copy", "f6", "choose('copy')", "save mine as a copy", priority=True),
    key("conflict.theirs", "f8", "take_theirs", "take theirs (press twice)", priority=True),
    key("conflict.later", "escape", "choose(None)", "decide later", priority=True),
]
