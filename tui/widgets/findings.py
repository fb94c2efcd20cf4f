"""The findings of one draft as a keyboard-selectable list, grouped by section.

Part of the scoring sidebar (tui.widgets.sidebar); posts `FindingsList.Chosen` when the
user picks a finding so the editor screen can move the cursor to it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from followup.core.findings import WHOLE_DRAFT, Finding, Severity
from followup.core.model import SECTION_TITLES, SECTIONS
from followup.tui.text import clean_text

#: Mark and word per severity: the word keeps it readable without colour (NO_COLOR, TERM=linux).
SEVERITY_MARKS: dict[str, tuple[str, str]] = {
    "error": ("✖", "error"),
    "warning": ("▲", "warning"),
    "suggestion": ("•", "suggestion"),
}
SEVERITY_STYLES: dict[str, str] = {
    "error": "bold $text-error",
    "warning": "bold $text-warning",
    "suggestion": "$text-primary",
}
_GROUP_ORDER = {name: i for i, name in enumerate((*SECTIONS, WHOLE_DRAFT))}


def section_title(section: str) -> str:
    if section == WHOLE_DRAFT:
        return "Whole draft"
    return SECTION_TITLES.get(section, section.title())


def severity_label(severity: str, highlighted: bool = False) -> Content:
    """ "✖ error": the mark in the severity's colour, the word in bold text colour, so it stays readable on
    the highlighted row of every theme (a coloured word on the highlight was not). On the highlighted row
    the mark takes the highlight's own colour too (a red ✖ on the light theme's dark bar, a yellow ▲ on the
    contrast theme's yellow one, could not be seen)."""
    mark, word = SEVERITY_MARKS.get(severity, ("•", severity))
    return Content.assemble((mark, "bold" if highlighted else SEVERITY_STYLES.get(severity, "")), " ", (word, "bold"))


def finding_prompt(finding: Finding, width: int | None = None, highlighted: bool = False) -> Content:
    """One finding as list text (plain user-safe Content, never markup). Given the list's `width`, the
    message is wrapped there and its later lines start under its first word, not under the label."""
    label = severity_label(finding.severity, highlighted)
    message = clean_text(finding.message, single_line=True)
    indent = label.cell_length + 1
    if width is not None and width - indent >= 12:
        lines = textwrap.wrap(message, width - indent, break_on_hyphens=False) or [""]
        message = ("\n" + " " * indent).join(lines)
    return Content.assemble(label, " ", message)


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """Findings in the order the sidebar lists them: by section, then severity."""
    return sorted(
        findings,
        key=lambda f: (_GROUP_ORDER.get(f.section, len(_GROUP_ORDER)), Severity.rank_of(f.severity)),
    )


class FindingsList(OptionList):
    """Section headings (not selectable) and one option per finding."""

    DEFAULT_CSS = """
    FindingsList {
        height: 1fr;
        border: none;
        padding: 0;
        background: transparent;
        & > .option-list--option-disabled {
            color: $text-accent;
            text-style: bold;
        }
        &:focus {
            border: none;
        }
    }
    """

    #: A finding more or fewer changes how many lines the list has: its virtual size. Textual lays the whole
    #: screen out again whenever a widget's virtual size changes (Widget.virtual_size is a layout reactive),
    #: which on the editor costs more than drawing the list. This list's height does not follow its lines
    #: where it fills the sidebar (OptionList shows or hides its scrollbar itself, in _update_lines); where
    #: it does (the sidebar below the sections takes the height of what it shows), `show_findings` asks for
    #: the layout. The one place this workaround lives.
    virtual_size = Reactive(Size(0, 0), layout=False)

    class Chosen(Message):
        """The user picked `finding` (enter on it)."""

        def __init__(self, finding: Finding) -> None:
            super().__init__()
            self.finding = finding

    class Hovered(Message):
        """The highlighted finding changed (None: nothing highlighted)."""

        def __init__(self, finding: Finding | None) -> None:
            super().__init__()
            self.finding = finding

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._by_id: dict[str, Finding] = {}
        #: (option id, severity, message) of each finding listed now: the list is rebuilt only when it changes.
        self._shown: list[tuple[str, str, str]] | None = None
        #: The width the messages are wrapped to, and the option whose mark is drawn for the highlight.
        self._width: int | None = None
        self._marked: int | None = None

    @property
    def findings(self) -> list[Finding]:
        return list(self._by_id.values())

    def show_findings(self, findings: Sequence[Finding]) -> None:
        """Replace the list, keeping the highlight on the same finding where it still exists."""
        by_id: dict[str, Finding] = {}
        counts: dict[str, int] = {}
        for finding in ordered(findings):
            key = f"{finding.section}:{finding.rule}"
            counts[key] = counts.get(key, 0) + 1
            by_id[f"{key}:{counts[key]}"] = finding
        width = self.scrollable_content_region.width or None
        shown = [(k, f.severity, f.message) for k, f in by_id.items()] + [("width", "", str(width))]
        if shown == self._shown:
            # The same list (a keystroke moved a finding's span, say): keep the options, and the
            # highlight, as they are; only where each finding sits is new.
            self._by_id = by_id
            return
        self._shown = shown
        self._width = width
        self._marked = None
        previous = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option | None] = []
        self._by_id = by_id
        group: str | None = None
        for option_id, finding in by_id.items():
            if finding.section != group:
                if group is not None:
                    options.append(None)  # a thin rule between sections
                group = finding.section
                options.append(Option(Content.styled(section_title(group), "bold"), disabled=True))
            options.append(Option(finding_prompt(finding, width), id=option_id))
        lines = self.virtual_size.height
        self.set_options(options)
        if self.virtual_size.height != lines and self._height_follows_lines():
            self.refresh(layout=True)
        if previous is not None and previous in self._by_id:
            self.highlighted = self.get_option_index(previous)
        elif self._by_id and self.has_focus:
            self.highlighted = self.get_option_index(next(iter(self._by_id)))

    def _height_follows_lines(self) -> bool:
        """Does the list's height (or a container's around it) depend on how many lines it has?"""
        node = self
        while isinstance(node, Widget) and node is not node.screen:
            height = node.styles.height
            if height is None or height.is_auto:
                return True
            node = node.parent
        return False

    def on_resize(self) -> None:
        # The messages are wrapped to the list's width: wrap them again at the new one.
        if self._by_id and self._shown is not None and self._shown[-1][2] != str(self.scrollable_content_region.width or None):
            self.show_findings(list(self._by_id.values()))

    def watch_show_vertical_scrollbar(self) -> None:
        # The scrollbar coming or going changes the width the messages have without a resize.
        self.call_after_refresh(self.on_resize)

    def finding_at(self, index: int | None) -> Finding | None:
        if index is None:
            return None
        option = self.get_option_at_index(index)
        return self._by_id.get(option.id) if option.id is not None else None

    def on_focus(self) -> None:
        if self.highlighted is None and self._by_id:
            self.highlighted = self.get_option_index(next(iter(self._by_id)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        finding = self.finding_at(event.option_index)
        if finding is not None:
            self.post_message(self.Chosen(finding))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._mark_highlight(self.highlighted)
        self.post_message(self.Hovered(self.finding_at(event.option_index)))

    def _mark_highlight(self, index: int | None) -> None:
        """Draw the mark of the finding at `index` for the highlight, and the one drawn so before as usual."""
        if index == self._marked:
            return
        for i in (self._marked, index):
            if i is not None and i < self.option_count and (finding := self.finding_at(i)) is not None:
                self.replace_option_prompt_at_index(i, finding_prompt(finding, self._width, highlighted=i == index))
        self._marked = index
