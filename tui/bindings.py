"""Every key binding of the app, as data: id, default keys, action, description.

Screens take their BINDINGS from here; `tui.app` applies the user's `[keys]` remaps
(`App.set_keymap`) by binding id; the help screen and the palette list them.
Only keys that reach the app over ssh + tmux (see shared/E2E-NOTES.md).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.binding import Binding

from followup.core.clean import one_line

if TYPE_CHECKING:  # pragma: no cover
    from textual.app import App


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
    # Import first, so it shows at 80 columns; the profile key is in F1's list (the key bar has no room).
    key("setup.import", "f6", "import_invite", "import invite", priority=True),
    key("setup.save-profile", "f7", "save_profile", "save as my profile", show=False, priority=True),
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
    # Not ctrl+b: tmux's prefix never reaches the app inside tmux; it stays as a second key elsewhere.
    key("editor.prev-draft", "ctrl+u,ctrl+b", "prev_draft", "prev draft", priority=True),
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
    # First: sending is what the preview is for; at 80 columns the key bar shows only its first few keys.
    key("preview.send", "f10", "send", "send", priority=True),
    # Not priority: in the folder field ctrl+e goes to the end, as in any input. f11 is a second key (some
    # terminals take it for full screen).
    key("preview.compose", "ctrl+e,f11", "compose", "open in mail client", show=False),
    key("preview.export", "ctrl+r,f6", "export_one", "export", priority=True),
    key("preview.export-all", "ctrl+l,f7", "export_all", "export all", priority=True),
    key("preview.format", "ctrl+t,f8", "toggle_format", "format", priority=True),
    # ctrl+y copies what a user pastes into a mail client (the body); the whole email is a second action.
    key("preview.copy-body", "ctrl+y,f5", "copy_body", "copy body", priority=True),
    key("preview.copy-all", "f9", "copy_all", "copy with To/Subject", priority=True),
    key("preview.folder", "ctrl+g", "focus_folder", "change folder", show=False, priority=True),
    key("preview.next-draft", "ctrl+n", "next_draft", "next draft", show=False, priority=True),
    # Not priority: in the folder field, ctrl+u clears to the start as in any input.
    key("preview.prev-draft", "ctrl+u,ctrl+b", "prev_draft", "previous draft", show=False),
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


#: Each screen's own bindings, by the name the user knows it by; the APP list applies on every screen.
SCREENS: dict[str, list[Binding]] = {
    "sessions list": SESSIONS,
    "setup": SETUP,
    "roster": ROSTER,
    "editor": EDITOR,
    "preview": PREVIEW,
    "help": HELP,
    "conflict dialog": CONFLICT,
}


def _keys(binding: Binding, keymap: Mapping[str, str]) -> list[str]:
    keys = keymap.get(binding.id or "", binding.key)
    return [k.strip().lower() for k in keys.split(",") if k.strip()]


def keymap_problems(keymap: Mapping[str, str]) -> list[str]:
    """One line per `[keys]` remap that cannot work as meant: an id that names no binding, or a key that
    another binding of the same screen already uses (one of the two would never run)."""
    keymap, problems = safe_keymap(keymap)  # refused remaps are reported and left out
    known = {b.id for b in APP} | {b.id for bindings in SCREENS.values() for b in bindings}
    for id in keymap:
        if id not in known:
            problems.append(f'[keys] "{id}": no such binding (F1 lists the keys of each screen)')
    taken: dict[tuple[str, str], list[str]] = {}
    for screen, own in SCREENS.items():
        by_key: dict[str, list[Binding]] = {}
        for binding in APP + own:
            for k in _keys(binding, keymap):
                by_key.setdefault(k, []).append(binding)
        for k, users in by_key.items():
            remapped = [b for b in users if b.id in keymap]
            if not remapped or len({b.action for b in users}) < 2:
                continue  # followup's own defaults, or two keys for one action: harmless
            mover = remapped[0]
            for other in users:
                if other.action != mover.action:
                    use = f'"{other.description}" on the {screen}'
                    uses = taken.setdefault((mover.id or "", k), [])
                    if use not in uses:
                        uses.append(use)
                    break
    for (id, k), uses in taken.items():
        problems.append(f'[keys] "{id}" = "{keymap[id]}": {k} is already {", ".join(uses)}; one of them will never run')
    return problems


#: Screens with fields to type into: a key that types a character cannot be a binding there.
_TYPING_SCREENS = ("setup", "roster", "editor", "preview")


def _types_a_character(key: str) -> bool:
    """True for a key that types text in a field ("a", "A", "shift+a", "1", "space", "full_stop")."""
    from textual.keys import key_to_character

    name = key[len("shift+"):] if key.startswith("shift+") else key
    char = key_to_character(name)
    return char is not None and char.isprintable()


def safe_keymap(keymap: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The `[keys]` remaps that are safe to apply, and one line per remap refused (its default stays):
    one that would take a key you type with (a letter, a digit, space...) for a binding active while you
    type, and one that would leave no key to quit (quit remapped to nothing, or its keys taken by another
    remap). The app applies only the safe ones; `keymap_problems` reports the rest."""
    typing_ids = {b.id for b in APP} | {b.id for screen in _TYPING_SCREENS for b in SCREENS[screen]}
    accepted: dict[str, str] = {}
    problems: list[str] = []
    for id, keys in keymap.items():
        typed = [k.strip() for k in keys.split(",") if k.strip() and _types_a_character(k.strip())]
        if id in typing_ids and typed:
            problems.append(f'[keys] "{id}" = "{keys}": {typed[0]} types text in a field; remap not used')
        else:
            accepted[id] = keys
    (quit,) = [b for b in APP if b.id == "app.quit"]
    if not _keys(quit, accepted):
        problems.append(f'[keys] "app.quit" = "{accepted.pop("app.quit")}": no key would quit followup; remap not used')
    quit_keys = set(_keys(quit, accepted))
    everyone = {b.id: b for b in APP + [b for own in SCREENS.values() for b in own]}
    for id in [i for i in accepted if i != "app.quit" and i in everyone]:
        if quit_keys and quit_keys <= set(_keys(everyone[id], accepted)):
            problems.append(f'[keys] "{id}" = "{accepted.pop(id)}": takes every key of quit ({", ".join(sorted(quit_keys))}); '
                            "remap not used")
    return accepted, problems


_warned: "weakref.WeakSet[object]" = weakref.WeakSet()


def show_keymap_problems(app: App, keymap: Mapping[str, str]) -> None:
    """Tell the user, once per run, about `[keys]` remaps that cannot work (see `keymap_problems`).

    Called when the first screen a session shows mounts (editor, sessions list), with the config's keys;
    harmless to call again.
    """
    if app in _warned:
        return
    _warned.add(app)
    accepted, refused = safe_keymap(keymap)
    if refused:
        # Applied here too, so a refused remap is gone even if it was applied at start; the app should apply
        # only `safe_keymap(...)[0]` from the first key on.
        app.set_keymap(accepted)
    for line in keymap_problems(keymap):
        app.notify(one_line(line), title="Key remap", severity="warning", timeout=12, markup=False)


#: What each binding does, in a sentence: the command palette shows it under the binding's title.
EXPLAINED: dict[str, str] = {
    "app.quit": "Leave followup; everything typed is saved first",
    "app.help": "The keys of this screen and what each rule checks",
    "app.setup": "Candidate, company, role, times and the role's needs",
    "app.roster": "Who interviewed you and what each of them talked about",
    "app.editor": "Write one email per interviewer, scored as you type",
    "app.sessions": "Your saved interviews, newest first",
    "app.save": "Write the session file now (it is also saved as you type)",
    "app.save-as": "Save this session under another name or folder, and go on there",
    "sessions.open": "Open the highlighted interview",
    "sessions.new": "Start a new interview session",
    "sessions.duplicate": "Copy the highlighted session, to start from it",
    "sessions.delete": "Delete the highlighted session (asks first)",
    "roster.add": "Add an interviewer",
    "roster.remove": "Remove the highlighted interviewer and their draft (asks first)",
    "editor.next-draft": "The next interviewer's email",
    "editor.prev-draft": "The previous interviewer's email",
    "editor.findings": "Go through what to fix; enter jumps to the spot",
    "editor.mark-sent": "Mark this email as sent, or not sent",
    "editor.preview": "The email as it will be sent, to export or copy",
    "editor.add-word": "Accept the word under the cursor in the spelling check",
    "editor.external": "Edit this section in your $EDITOR",
    "editor.sidebar": "Show or hide the score and findings",
    "preview.export": "Write this email as a file (.eml opens as a draft in a mail client)",
    "preview.export-all": "Write one file per interviewer",
    "preview.format": "Switch between .eml and .txt",
    "preview.copy-body": "Put the body on the terminal's clipboard, to paste into a mail client",
    "preview.copy-all": "Put the whole email, with To and Subject, on the terminal's clipboard",
    "preview.folder": "Choose where exported files go",
}
