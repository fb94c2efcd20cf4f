"""Command palette (ctrl+p) providers: every binding of the current screen, and the themes.

Registered by `tui.app.FollowupApp.COMMANDS`; titles are namespaced ("draft: mark as sent").
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from followup.tui import bindings

#: Binding id prefix -> the word users see before the colon in the palette.
NAMESPACE_TITLES: dict[str, str] = {
    "app": "app",
    "sessions": "session",
    "setup": "interview",
    "roster": "interviewers",
    "editor": "draft",
    "preview": "export",
    "help": "help",
}


def namespace_title(binding_id: str | None, description: str) -> str:
    """ "editor.mark-sent", "mark as sent" -> "draft: mark as sent"."""
    prefix = (binding_id or "").split(".", 1)[0]
    words = NAMESPACE_TITLES.get(prefix, prefix)
    text = description or (binding_id or "").split(".", 1)[-1].replace("-", " ")
    return f"{words}: {text}" if words else text


def screen_commands(screen) -> list[tuple[str, str, object, str]]:
    """(title, help, node, action) for each bound action of `screen` that has an id, one per title (two
    bindings of one action, ctrl+n and ctrl+pagedown for the next draft, make one entry)."""
    found: dict[str, tuple[str, str, object, str]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.id or not active.enabled:
            continue
        title = namespace_title(binding.id, binding.description)
        if title in found and binding.id not in bindings.EXPLAINED:
            continue
        keys = screen.app.get_key_display(binding)
        found[title] = (title, explained(binding.id, keys), active.node, binding.action)
    return sorted(found.values(), key=lambda item: item[0])


#: From the editor, what the preview does (a user looks for "export" or "copy" while writing): binding id of the
#: preview's action -> its action there. Chosen in the editor's palette, it opens the preview and runs it.
FROM_EDITOR: dict[str, str] = {
    "preview.export": "export_one",
    "preview.export-all": "export_all",
    "preview.copy-body": "copy_body",
    "preview.copy-all": "copy_all",
}


def explained(binding_id: str | None, keys: str) -> str:
    """The palette's line under a title: what the action does, then its key."""
    sentence = bindings.EXPLAINED.get(binding_id or "", "")
    return f"{sentence}  ({keys})" if sentence else keys


class BindingCommands(Provider):
    """Every key of the screen the palette was opened on, by its namespaced title; from the editor, also the
    preview's export and copy actions."""

    def _commands(self):
        seen = set()
        for title, help, node, action in screen_commands(self.screen):
            seen.add(title)
            yield title, help, partial(self._run, node, action)
        from followup.tui.screens.editor import EditorScreen  # the palette is open: the editor is imported

        if isinstance(self.screen, EditorScreen):
            for binding in bindings.PREVIEW:
                action = FROM_EDITOR.get(binding.id or "")
                title = namespace_title(binding.id, binding.description)
                if action and title not in seen:
                    help = explained(binding.id, "from the preview")
                    yield title, help, partial(self._run_in_preview, action)

    def _run(self, node, action: str) -> None:
        self.app.call_later(node.run_action, action)

    def _run_in_preview(self, action: str) -> None:
        """Open the preview of the draft being written, then run `action` there."""
        from followup.tui.screens.preview import PreviewScreen

        editor = self.screen

        def run() -> None:
            screen = self.app.screen
            if isinstance(screen, PreviewScreen):
                screen.call_later(screen.run_action, action)

        editor.action_preview()
        self.app.call_after_refresh(run)

    async def discover(self) -> Hits:
        for title, help, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help=help)


class ThemeCommands(Provider):
    """"theme: followup-dark" and every other available theme; the choice is remembered in the config."""

    def _themes(self):
        for name in sorted(self.app.available_themes):
            yield f"theme: {name}", partial(setattr, self.app, "theme", name)

    async def discover(self) -> Hits:
        # With nothing typed, offer only followup's own themes; typing "theme" finds all of them.
        for title, callback in self._themes():
            if title.startswith("theme: followup-"):
                yield DiscoveryHit(title, callback, help="switch to this theme")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback in self._themes():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help="switch to this theme")
