"""Pieces the setup, roster, sessions and dialog screens share: the title line and keys-in-order fields.

`PartTitle` follows `FollowupApp.save_status`; `FormInput`/`FormTextArea` run their own editing keys at once.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Footer, Input, Static, TextArea

from followup.tui.startup import run_own_binding
from followup.core.clean import one_line
from followup.tui.navigation import followup_app
from followup.tui.text import clean_text


class PartTitle(Static):
    """ "Interview setup · acme.toml                    saved 14:03:05" (NOT SAVED in the error colour)."""

    def __init__(self, title: str, file_name: str) -> None:
        super().__init__("", id="part-title", markup=False)
        self.title_text = title
        self.file_name = one_line(file_name)  # a file name is outside text: no escape sequence reaches the terminal

    def on_mount(self) -> None:
        self.watch(self.app, "save_status", self._show)

    def on_resize(self) -> None:
        app = followup_app(self)
        self._show(app.save_status if app is not None else "")

    def _show(self, status: str) -> None:
        left = f"{self.title_text} · {self.file_name}"
        width = max(0, self.size.width - 2)
        gap = max(2, width - len(left) - len(status))
        style = "bold $text-error" if status.startswith("NOT SAVED") else "$text-muted"
        self.update(Content.assemble((left, "bold"), " " * gap, (status, style)))


def as_shown(text: str) -> str:
    """A one-line value as a form field shows it: a field edit equal to this changes nothing."""
    return clean_text(text, single_line=True)


def list_lines(text: str) -> list[str]:
    """A TextArea with one item per line -> the list (blank lines dropped, spaces trimmed)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def lines_as_shown(items: list[str]) -> list[str]:
    """A list as a one-item-per-line form field shows it."""
    return list_lines(clean_text("\n".join(items)))


class FormInput(Input):
    """An Input whose editing keys act in the order they were typed (see `tui.startup.run_own_binding`).

    Its value never holds control characters or line breaks, so none reach the terminal.
    """

    def validate_value(self, value: str) -> str:
        return clean_text(value, single_line=True)

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)


class FormTextArea(TextArea):
    """A TextArea (one list item per line) whose editing keys act in the order they were typed.

    Text it is given is cleaned of control characters first, so none reach the terminal.
    """

    def __init__(self, text: str = "", **kwargs) -> None:
        super().__init__(clean_text(text), **kwargs)

    def load_text(self, text: str) -> None:
        super().load_text(clean_text(text))

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)


class SteadyFooter(Footer):
    """The key bar, rebuilt only when the keys it shows change (not on every move between fields).

    Textual's Footer rebuilds itself on each focus change; on a form that is most of the cost of tab.
    """

    #: The keys shown, as (key, description, enabled); None until the bar has been built once.
    _shown: tuple | None = None

    def _signature(self) -> tuple:
        # Sorted: a focus move that only changes the order Textual lists the keys in (see `_in_steady_order`)
        # changes nothing shown.
        return tuple(sorted(
            (binding.key, binding.description, enabled)
            for (_, binding, enabled, _tooltip) in self.screen.active_bindings.values()
            if binding.show
        ))

    def on_mount(self) -> None:
        super().on_mount()
        # Mounted after the screen's first frame (AfterKeys), it would wait for the next change of keys
        # (a focus move) to show any: it shows the screen's keys now.
        self.bindings_changed(self.screen)

    def bindings_changed(self, screen) -> None:
        if self.is_attached and screen is self.screen:
            signature = self._signature()
            if signature == self._shown:
                return
            self._shown = signature
        super().bindings_changed(screen)

    def compose(self):
        """The keys that fit on one line: on a narrow screen the ways to other parts give way first.

        Every key stays in help (F1) and in the palette; a key cut in half is never shown.
        """
        keys = _in_steady_order(list(super().compose()), self.screen, self.app)
        width = self.app.size.width
        self._fitted_width = width
        for drop in _FOOTER_DROP_ORDER:
            if _footer_width(keys) <= width:
                break
            keys = [key for key in keys if not drop(key)]
        while keys and _footer_width(keys) > width:
            # The screen's own keys go from the end; F1 stays while it fits, as it lists every key left out.
            index = next((i for i in range(len(keys) - 1, -1, -1) if not _kept_last(keys[i])), len(keys) - 1)
            keys.pop(index)
        if self.compact:
            # Each key would add this class itself once mounted, restyling itself a second time.
            for key in keys:
                key.add_class("-compact", update=False)
        yield from keys

    def on_resize(self) -> None:
        if self._shown is not None and getattr(self, "_fitted_width", None) != self.app.size.width:
            self.call_after_refresh(self.recompose)


def _declared_actions(node) -> list[str]:
    """The actions of `node`'s class BINDINGS, its bases' first: the order Textual merges them in."""
    actions: list[str] = []
    for cls in reversed(type(node).__mro__):
        for binding in getattr(cls, "BINDINGS", None) or ():
            action = binding.action if isinstance(binding, Binding) else binding[1]
            if action not in actions:
                actions.append(action)
    return actions


def _in_steady_order(keys: list, screen, app) -> list:
    """The key bar's keys in one order whatever has focus: a focused widget's keys first (as Textual has them),
    then the screen's in the order it declares them, then the app's, the palette last.

    Textual lists a key where it first meets it walking up from the focused widget, so a screen key that the
    focused widget also binds (ctrl+u in a section field) moved ahead of its neighbours ("^u prev ^n next"
    in a field, "^n next ^u prev" in the findings list)."""
    own, shared = _declared_actions(screen), _declared_actions(app)

    def rank(item: tuple[int, object]) -> tuple[int, int]:
        index, key = item
        action = getattr(key, "action", None)
        if hasattr(key, "has_class") and key.has_class("-command-palette"):
            return (3, index)
        if action in own:
            return (1, own.index(action))
        if action in shared:
            return (2, shared.index(action))
        return (0, index)

    return [key for _, key in sorted(enumerate(keys), key=rank)]


#: What leaves a crowded key bar first: the keys to the other parts, the palette, quit.
_FOOTER_DROP_ORDER = (
    lambda key: key.action in ("setup", "roster", "editor", "sessions"),
    lambda key: key.has_class("-command-palette"),
    lambda key: key.action == "quit",
)


def _kept_last(key) -> bool:
    """Help and the palette leave a crowded key bar only when nothing else is left to drop."""
    return key.action == "help" or key.has_class("-command-palette")


def _footer_width(keys) -> int:
    """Columns a compact key bar needs: "key description" per key, one space between, the palette set apart."""
    total = 0
    for key in keys:
        total += len(key.key_display) + (1 + len(key.description) if key.description else 0) + 1
        if key.has_class("-command-palette"):
            total += 1  # its separator bar
    return total
