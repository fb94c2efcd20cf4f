"""F1 help: every key of the screen below it (from its active bindings) and what each rule checks.

Pushed by `tui.app.FollowupApp.action_help` over any screen; escape or F1 closes it.
"""

from __future__ import annotations

import textwrap

from textual.content import Content
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from followup.tui import bindings
from followup.tui.screens.part import SteadyFooter
from followup.tui.widgets.findings import SEVERITY_MARKS
from followup.tui.commands import namespace_title


def key_lines(screen: Screen) -> list[tuple[str, str, str]]:
    """(group, keys, "namespace: what it does") for every named binding active on `screen`.

    group is "screen" for the screen's own keys and "app" for the keys that work everywhere.
    Unnamed widget keys (arrows, home, page down) are summed up in one sentence instead.
    """
    app = screen.app
    grouped: dict[str, tuple[str, list[str], str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.id or not active.enabled:
            continue
        title = namespace_title(binding.id, binding.description)
        display = app.get_key_display(binding.with_key(key))
        group = "app" if binding.id.startswith("app.") else "screen"
        # Two bindings of one action (ctrl+n and ctrl+pagedown: next draft) make one line.
        _, keys, _ = grouped.setdefault(f"{group}:{binding.action}:{title}", (group, [], title))
        if display not in keys:
            keys.append(display)
    lines = [(group, " ".join(keys), title) for group, keys, title in grouped.values()]
    palette = app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, "command_palette"))
    lines.append(("app", palette, "app: command palette (every action by name, and the themes)"))
    return sorted(lines, key=lambda line: (line[0] != "screen", line[2]))


def rule_lines() -> list[tuple[str, str, str]]:
    from followup.core.rules import RULES

    return [(rule.id, rule.severity, rule.message) for rule in RULES]


#: The marks the sidebar uses, so help explains what is on screen.
SEVERITY_MARK = {severity: f"{mark} {word}" for severity, (mark, word) in SEVERITY_MARKS.items()}


def score_explained() -> str:
    """How a score is made, from the bands core scores with (README "A score says how fit a draft is")."""
    from followup.core.phrases import SCORE_BANDS

    def band(worst: str | None) -> str:
        floor, top, name = SCORE_BANDS[worst]
        return f"{floor}-{top} ({name})" if floor != top else f"{top} ({name})"

    return (
        "A score says how fit a draft is to send, in bands that never overlap: any error puts it in "
        f"{band('error')}, warnings in {band('warning')}, suggestions alone in {band('suggestion')}, and only a "
        f"draft with nothing found scores {band(None)}. Inside a band each finding takes a fixed amount off the "
        "top, an error more than a warning, a warning more than a suggestion."
    )


def _hanging(text: str, width: int, indent: int) -> str:
    """`text` wrapped to fit after `indent` columns, its later lines indented as far (a table's last column)."""
    if width - indent < 20:
        return text
    return ("\n" + " " * indent).join(textwrap.wrap(text, width - indent, break_on_hyphens=False) or [""])


class HelpScreen(ModalScreen[None]):
    """The keys of the screen below, then the rules the sidebar and `followup check` apply."""

    BINDINGS = bindings.HELP

    def __init__(self, below: Screen) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static("", id="help-keys")
            yield Static("", id="help-rules")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#help-body"))
        self._fill()

    def on_resize(self) -> None:
        self._fill()

    def _fill(self) -> None:
        """The text, wrapped for this width: a long line goes on under its own description, not at the edge."""
        width = max(40, self.app.size.width - 6)  # the body's padding and scrollbar
        if getattr(self, "_filled_width", None) == width:
            return
        self._filled_width = width
        self.query_one("#help-keys", Static).update(self._keys_text(width))
        self.query_one("#help-rules", Static).update(self._rules_text(width))

    def _keys_text(self, width: int = 100) -> Content:
        parts: list = []
        name = getattr(self.below, "HELP_TITLE", None) or type(self.below).__name__.replace("Screen", "").lower()
        lines = key_lines(self.below)
        key_width = max((len(keys) for _, keys, _ in lines), default=8)
        headings = {"screen": f"Keys on this screen ({name})", "app": "Keys that work everywhere"}
        shown = None
        for group, keys, title in lines:
            if group != shown:
                parts.append((("\n" if shown else "") + headings[group] + "\n", "bold"))
                shown = group
            parts.append((f"  {keys:<{key_width}}  ", "bold $accent"))
            parts.append(_hanging(title, width, key_width + 4) + "\n")
        parts.append(
            "\nTab and shift+tab move between fields; arrows, home/end and page up/down move inside a list or "
            "a field; escape goes back. Nothing needs a mouse.\n"
        )
        return Content.assemble(*parts)

    def _rules_text(self, width: int = 100) -> Content:
        parts: list = []
        parts.append(("What the score checks\n", "bold"))  # under the keys' last line, one blank line apart
        parts.append(score_explained() + " Turn a rule off with `disable = [\"rule.id\"]` in your config.\n\n")
        for rule_id, severity, message in rule_lines():
            parts.append((f"  {rule_id:<24}", "bold"))
            mark = SEVERITY_MARK.get(severity, severity)
            style = {"error": "$text-error", "warning": "$text-warning"}.get(severity, "$text-muted")
            parts.append((f"{mark:<13}", style))
            parts.append(_hanging(message, width, 2 + 24 + 13) + "\n")
        return Content.assemble(*parts)

    def action_close(self) -> None:
        self.dismiss(None)
