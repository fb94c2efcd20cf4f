"""One section of a draft as an editable field: a TextArea that underlines misspelled words.

Used by the editor screen (tui.screens.editor), which draws each section first as a FieldPreview
(tui.widgets.field_preview) and makes this field in its place when it is needed.

Misspelled words are underlined through TextArea's public styling hook (`get_line`: "stylize the Text object
returned here to apply additional styling"); `notify_style_update` drops the lines it has drawn when the
dictionary, the vocabulary or the theme changes.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.widget import Widget
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult, Selection

from followup.core.limits import too_long
from followup.tui.startup import run_own_binding
from followup.tui.text import clean_text
from followup.tui.widgets.field_preview import (
    FIELD_MAX_ROWS,
    FIELD_MIN_ROWS,
    SpellCheck,
    location_to_offset,
    offset_to_location,
)

#: Line texts whose misspelled spans a field remembers, at most.
_LINE_SPANS_MAX = 2_000


class SectionField(TextArea):
    """A draft section: soft-wrapped, tab moves focus, misspelled words underlined.

    `spell_check` (set by the screen) maps the field's text to misspelled (start, end)
    character spans; None means no dictionary yet. `single_line` fields turn enter
    into "next field" and pasted line breaks into spaces.
    """

    COMPONENT_CLASSES = {"section-field--misspelled"}

    DEFAULT_CSS = f"""
    SectionField {{
        height: auto;
        min-height: {FIELD_MIN_ROWS};
        max-height: {FIELD_MAX_ROWS};
        & .section-field--misspelled {{
            text-style: underline;
            color: $text-error;
        }}
    }}
    """

    spell_check: SpellCheck | None = None

    def __init__(
        self,
        text: str = "",
        *,
        section: str,
        single_line: bool = False,
        placeholder: str = "",
        spell_check: SpellCheck | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        self.section = section
        self.single_line = single_line
        if spell_check is not None:
            self.spell_check = spell_check  # the text is checked as TextArea sets it
        #: The misspelled words' style (underline, the theme's error colour): set on mount, kept with the theme.
        self._underline = Style(underline=True)
        #: Misspelled columns of each line text seen (cleared when the dictionary or vocabulary changes).
        self._line_spans: dict[str, list[tuple[int, int]]] = {}
        super().__init__(
            clean_text(text, single_line=single_line),
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
            id=id,
            classes=classes,
        )

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Textual sizes a TextArea by its text wrapped at the width it had when last laid out: none, the first
        time, so every field came out a row per paragraph and the editor was laid out and drawn twice more
        after its first frame (with keys typed then waiting). The first time, wrap at the width given now,
        and size the scrolled area to match."""
        if not self.soft_wrap:
            return super().get_content_height(container, viewport, width)
        if not self.size.width:
            wrap = max(0, width - self.gutter_width - 1)  # as TextArea.wrap_width: a column for the cursor
            self.wrapped_document.wrap(wrap, self.indent_width)
            limit = self.styles.max_height
            if limit is not None:
                rows = int(limit.resolve(container, viewport)) - self.styles.gutter.height
                if self.wrapped_document.height > rows:  # it scrolls: its scrollbar takes columns from the text
                    narrower = max(0, wrap - self.styles.scrollbar_size_vertical)
                    self.wrapped_document.wrap(narrower, self.indent_width)
            # The height TextArea sets when its first Resize rewraps it: already right, so that rewrap changes
            # nothing and asks for no further layout (one fewer after the first frame, keys waiting behind it).
            self.set_reactive(Widget.virtual_size, Size(0, self.wrapped_document.height))
        return self.wrapped_document.height  # TextArea keeps it wrapped at its width from then on

    # -- misspelled words -------------------------------------------------

    def on_mount(self) -> None:
        self._underline = self._misspelled_style()
        self.app.theme_changed_signal.subscribe(self, self._app_theme_set)

    def _misspelled_style(self) -> Style:
        """The underline style from CSS (`.section-field--misspelled`), so it follows the app theme."""
        style = self.get_component_rich_style("section-field--misspelled", partial=True)
        return style if style.underline else style + Style(underline=True)

    def _app_theme_set(self, theme: object) -> None:
        # Read the new error colour once the app's styles are refreshed with the new theme's variables.
        self.call_after_refresh(self._refresh_misspelled_style)

    def _refresh_misspelled_style(self) -> None:
        style = self._misspelled_style()
        if style != self._underline:
            self._underline = style
            self.recheck()  # the lines drawn again, with the new underline

    def _typing_at(self) -> tuple[int, int] | None:
        """Where a word is being typed: the cursor, while the field has the focus and nothing is selected."""
        selection = self.selection
        return selection.end if self.has_focus and selection.is_empty else None

    @property
    def word_being_typed(self) -> tuple[int, int] | None:
        """The misspelled span (character offsets) that ends at the cursor: not underlined until the cursor
        leaves it."""
        check, cursor = self.spell_check, self._typing_at()
        if check is None or cursor is None:
            return None
        row, column = cursor
        for start, end in self._spans_by_line(check, [self.document.get_line(row)])[0]:
            if end == column:
                line_start = location_to_offset(self.text, (row, 0))
                return line_start + start, line_start + end
        return None

    @property
    def misspelled(self) -> list[tuple[int, int]]:
        """Every misspelled span (character offsets in `text`), the word being typed included."""
        check = self.spell_check
        if check is None:
            return []
        lines = list(self.document.lines)
        found = []
        line_start = 0
        for line, spans in zip(lines, self._spans_by_line(check, lines)):
            found.extend((line_start + start, line_start + end) for start, end in spans)
            line_start += len(line) + 1
        return found

    def get_line(self, line_index: int) -> Text:
        """The line as TextArea draws it, its misspelled words underlined (the one being typed waits)."""
        line = super().get_line(line_index)
        check = self.spell_check
        if check is None:
            return line
        spans = self._line_spans.get(line.plain)  # drawn once per row of the line: mostly known already
        if spans is None:
            spans = self._spans_by_line(check, [line.plain])[0]
        if not spans:
            return line
        cursor = self._typing_at()
        held = cursor[1] if cursor is not None and cursor[0] == line_index else None
        for start, end in spans:
            if end != held:
                line.stylize(self._underline, start, end)
        return line

    def set_spell_check(self, check: SpellCheck | None) -> None:
        self.spell_check = check
        self.recheck()

    def recheck(self) -> None:
        """Recompute the underlined words (the dictionary, the vocabulary or the underline changed). A change of
        focus needs none: it restyles the field, and TextArea drops its drawn lines then too."""
        self._line_spans = {}
        self.notify_style_update()  # TextArea drops the lines it has drawn (its cache keys know no underline)
        self.refresh()

    def _spans_by_line(self, check: SpellCheck, lines: list[str]) -> list[list[tuple[int, int]]]:
        """Per line, the misspelled (start, end) columns; only lines not seen before are checked.

        Misspelled words never span a line break, so checking the new lines joined by line breaks gives
        the same spans as checking the whole text: a keystroke checks one paragraph, not the section.
        """
        known = self._line_spans
        if len(known) > _LINE_SPANS_MAX:
            known.clear()
        fresh = [line for line in dict.fromkeys(lines) if line not in known]
        if fresh:
            starts = []
            offset = 0
            for line in fresh:
                starts.append(offset)
                known[line] = []
                offset += len(line) + 1
            for start, end in check("\n".join(fresh)):
                k = bisect_right(starts, start) - 1
                line_start = starts[k]
                known[fresh[k]].append((start - line_start, min(end - line_start, len(fresh[k]))))
        return [known[line] for line in lines]

    def select_offsets(self, start: int, end: int) -> None:
        """Select the text from character offset `start` to `end`."""
        text = self.text
        self.selection = Selection(offset_to_location(text, start), offset_to_location(text, end))

    def word_at_cursor(self) -> str:
        """The word under (or just before) the cursor, or ""."""
        text = self.text
        offset = location_to_offset(text, self.selection.end)
        for match in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text):
            if match.start() <= offset <= match.end():
                return match.group()
        return ""

    # -- staying in view ----------------------------------------------------

    async def reveal_cursor(self) -> None:
        """Scroll this field, and the sections around it, so the cursor's line is on screen: the whole
        field when it fits, else the cursor's line wins."""
        if not self.is_attached:
            return
        self.scroll_cursor_visible(animate=False)
        outer = self.parent
        if not isinstance(outer, Widget) or not outer.is_scrollable:
            return
        # Textual's own scroll to a newly focused widget (its top, animated) would undo this as it ends.
        await outer.stop_animation("scroll_y", complete=False)
        outer.scroll_to_widget(self, animate=False, immediate=True)
        row = self.wrapped_document.location_to_offset(self.cursor_location).y - round(self.scroll_y)
        line = self.virtual_region.y + self.gutter.top + row
        outer.scroll_to_region(Region(0, line, 1, 1), animate=False, immediate=True)

    def on_resize(self) -> None:
        # This field or one above it re-wrapped (opened before the layout settled, the terminal changed
        # size): where the user types stays on screen.
        focused = self.screen.focused
        if isinstance(focused, SectionField):
            self.call_after_refresh(focused.reveal_cursor)

    def on_focus(self) -> None:
        # Textual centres a newly focused widget's top, which can leave the cursor of a tall field below
        # the sections (a session reopened at 60x20 with the cursor at the end of a long section).
        self.call_after_refresh(self.reveal_cursor)

    # -- ctrl+c -------------------------------------------------------------

    def action_copy(self) -> None:
        """ctrl+c copies a selection; with none, the user most likely meant to quit: say how."""
        if self.selected_text:
            self.app.copy_to_clipboard(self.selected_text)
            return
        quit_key = "ctrl+q"
        for key, active in self.screen.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                quit_key = key
                break
        self.notify(
            f"{quit_key} quits followup (your text is saved as you type). ctrl+c copies selected text.",
            title="Quit?",
            timeout=4,
            markup=False,
        )

    # -- editing ----------------------------------------------------------

    def edit(self, edit: Edit) -> EditResult:
        edit.text = clean_text(edit.text, single_line=self.single_line)
        return super().edit(edit)

    def on_paste(self, event: events.Paste) -> None:
        """A paste that would make the section too long is refused whole, with a message (TextArea's own
        paste handler runs after this one and is skipped)."""
        start, end = sorted(self.selection)
        selected = len(self.get_text_range(start, end))
        problem = too_long(len(self.text) - selected + len(event.text))
        if problem:
            event.stop()
            event.prevent_default()
            self.notify(f"Not pasted: the section would be {problem}.", severity="error", markup=False)

    def load_text(self, text: str) -> None:
        super().load_text(clean_text(text, single_line=self.single_line))

    async def on_key(self, event: events.Key) -> None:
        # Textual calls each class's key handler along the MRO, ours first; preventing the default
        # stops TextArea's from inserting a line break into a single-line field.
        if self.single_line and event.key == "enter":
            event.stop()
            event.prevent_default()
            self.screen.focus_next()
            return
        # TextArea's own keys (end, arrows, backspace, ctrl+w ...) normally run as bindings once the
        # key has bubbled up to the app, which is after letters that arrived later in the same burst
        # (over ssh, a fast typist): "end" then "ok" would type "ok" first. Run them here, in order.
        await run_own_binding(self, event)
