"""Command palette (ctrl+p) providers: every binding of the current screen, and the themes.

Registered by `tui.app.FollowupApp.COMMANDS`; titles are namespaced ("draft: mark as sent").
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

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
    """(title, keys, node, action) for each bound action of `screen` that has an id, one per id."""
    seen: set[str] = set()
    found: list[tuple[str, str, object, str]] = []
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.id or binding.id in seen or not active.enabled:
            continue
        seen.add(binding.id)
        keys = screen.app.get_key_display(binding) if hasattr(screen.app, "get_key_display") else key
        found.append((namespace_title(binding.id, binding.description), keys, active.node, binding.action))
    return sorted(found, key=lambda item: item[0])


class BindingCommands(Provider):
    """Every key of the screen the palette was opened on, by its namespaced title."""

    def _commands(self):
        for title, keys, node, action in screen_commands(self.screen):
            yield title, keys, partial(self._run, node, action)

    def _run(self, node, action: str) -> None:
        self.app.call_later(node.run_action, action)

    async def discover(self) -> Hits:
        for title, keys, callback in self._commands():
            yield DiscoveryHit(title, callback, help=f"key: {keys}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, keys, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help=f"key: {keys}")


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
