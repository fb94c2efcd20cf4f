"""A section of a draft drawn as its field draws it at rest, before the field exists (FieldPreview).

The editor (tui.screens.editor) opens with a preview for each section and makes them SectionFields
(tui.widgets.section_field) as they are needed: the one the user left right after the first frame, the others
once the keys pause. This module does not import TextArea, so neither does the way to the first frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.cells import cell_len, get_character_cell_size
from rich.color import Color as RichColor
from rich.segment import Segment
from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Static

from followup.tui.text import clean_text

if TYPE_CHECKING:  # pragma: no cover
    from followup.tui.widgets.section_field import SectionField

SpellCheck = Callable[[str], "list[tuple[int, int]]"]
#: A field's height in rows, border included: an empty one's, and the most before it scrolls. Its preview's too.
FIELD_MIN_ROWS = 3
FIELD_MAX_ROWS = 12
#: The section the editor opens on is a preview only if it surely fits its field without scrolling (a field
#: scrolled to its cursor cannot be drawn ahead): estimated at this many columns of text (a field has about 50
#: from 60 columns up, less the words' wrap).
PREVIEW_COLUMNS = 40
#: The rows of text a field shows before it scrolls (its most rows, less its border).
PREVIEW_ROWS = FIELD_MAX_ROWS - 2


def offset_to_location(text: str, offset: int) -> tuple[int, int]:
    """A character offset in `text` as a TextArea (row, column)."""
    offset = max(0, min(offset, len(text)))
    row = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return row, offset - line_start


def location_to_offset(text: str, location: tuple[int, int]) -> int:
    """A TextArea (row, column) as a character offset in `text`."""
    row, column = location
    lines = text.split("\n")
    row = max(0, min(row, len(lines) - 1))
    return sum(len(line) + 1 for line in lines[:row]) + min(column, len(lines[row]))


def fits_a_preview(text: str) -> bool:
    """The text surely fits a field without a scrollbar at any width the editor is used at."""
    rows = 0
    for line in text.split("\n"):
        rows += max(1, -(-len(line) // PREVIEW_COLUMNS))
        if rows > PREVIEW_ROWS:
            return False
    return True


#: A word and the spaces after it, or spaces alone: what TextArea keeps together on a row.
_CHUNK = re.compile(r"\S+\s*|\s+")
#: The columns a tab takes a field to the next stop (TextArea's indent width).
TAB_STOP = 4


def wrap_as_a_field(text: str, width: int) -> list[str]:
    """`text`'s rows as a field soft-wraps it at `width` cells, as Textual's TextArea does (textual 8.2.8,
    `compute_wrap_offsets`): greedily, a word with the spaces after it moving to the next row when they do not
    fit, and a word wider than a row cut into rows of its own."""
    width = max(1, width)
    rows: list[str] = []
    for line in text.expandtabs(TAB_STOP).split("\n"):
        row, used = "", 0
        for chunk in _CHUNK.findall(line):
            size = cell_len(chunk)
            if used + size <= width:
                row, used = row + chunk, used + size
            elif size <= width:
                rows.append(row)
                row, used = chunk, size
            else:  # too wide for any row: from a row of its own, cut where a character would not fit
                if row:
                    rows.append(row)
                row, used = "", 0
                for char in chunk:
                    char_size = get_character_cell_size(char)
                    if used + char_size > width:
                        rows.append(row)
                        row, used = "", 0
                    row, used = row + char, used + char_size
        rows.append(row)
    return rows


class FieldText(Visual):
    """A section's text laid out as its field lays it out at rest (scrolled to the top): wrapped a column short
    of the width (the field keeps that column for its cursor); when that is taller than `rows`, wrapped short of
    a scrollbar as well, cut to `rows`, with the scrollbar drawn beside it as the field draws its own."""

    def __init__(self, text: str, rows: int, thickness: int, bar: tuple[RichColor, RichColor]) -> None:
        self.text = text
        self.rows = rows
        self.thickness = thickness
        #: The scrollbar's background and thumb colours (as Textual's ScrollBar works them out).
        self.bar = bar

    def _layout(self, width: int) -> tuple[list[str], bool]:
        """The rows of text at `width`, and whether the field scrolls them."""
        rows = wrap_as_a_field(self.text, width - 1)
        if len(rows) <= self.rows:
            return rows, False
        return wrap_as_a_field(self.text, width - 1 - self.thickness), True

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(cell_len(line) for line in self.text.split("\n")) + 1

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self._layout(width)[0])

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        rows, scrolls = self._layout(width)
        rich_style = style.rich_style
        if not scrolls:
            return [Strip([Segment(row, rich_style)]).extend_cell_length(width, rich_style) for row in rows]
        back, thumb = self.bar
        bar = ScrollBarRender.render_bar(
            size=self.rows, virtual_size=len(rows), window_size=self.rows, position=0,
            thickness=self.thickness, vertical=True, back_color=back, bar_color=thumb,
        )
        text_width = width - self.thickness
        return [
            Strip.join([Strip([Segment(row, rich_style)]).extend_cell_length(text_width, rich_style), Strip([segment])])
            for row, segment in zip(rows[: self.rows], bar.segments)
        ]


class FieldPreview(Static):
    """A section drawn as its SectionField draws it at rest (border, title, wrapped text or placeholder, the
    scrollbar of a section taller than the field), not editable. The editor opens with one for each section
    and makes them fields as they are needed: building and drawing seven TextAreas, and importing TextArea at
    all, kept the user from the first frame and from typing (benchmarks/start.py).

    It answers what the editor asks of a section it loads or scores (`section`, `text`, `placeholder`,
    `load_text`, the border's title and subtitle), and is replaced by `make_field`. A focused look
    (`-focused`) stands for the field the user will type in, until that field is made.
    """

    #: As SectionField's and TextArea's (the editor's sheet gives both their border and padding).
    DEFAULT_CSS = f"""
    FieldPreview {{
        height: auto;
        min-height: {FIELD_MIN_ROWS};
        max-height: {FIELD_MAX_ROWS};
        overflow: hidden hidden;
        color: $foreground;
        /* TextArea shows a placeholder's first row only: the rows of an empty field. */
        &.-placeholder {{ color: $text 40%; max-height: {FIELD_MIN_ROWS}; }}
    }}
    """

    class Clicked(Message):
        """The preview was clicked: the user wants to type in its section."""

        def __init__(self, preview: "FieldPreview") -> None:
            self.preview = preview
            super().__init__()

    def __init__(self, text: str = "", *, section: str, single_line: bool = False, placeholder: str = "",
                 id: str | None = None) -> None:
        self.section = section
        self.single_line = single_line
        self._text = clean_text(text, single_line=single_line)
        self._placeholder = placeholder
        super().__init__(id=id, markup=False)
        self._show()

    def _show(self) -> None:
        self.set_class(not self._text, "-placeholder")
        self.update(Content(self._text or self._placeholder))

    def render(self) -> Visual:
        if not self._text:
            return super().render()  # the placeholder, wrapped at the whole width as TextArea wraps it
        styles = self.styles
        # As Textual's ScrollBar colours itself at rest (textual.scrollbar.ScrollBar.render).
        background, color = styles.scrollbar_background, styles.scrollbar_color
        if background.a < 1:
            background = self.background_colors[0] + background
        color = background + color
        rows = FIELD_MAX_ROWS - styles.gutter.height
        return FieldText(self._text, rows, styles.scrollbar_size_vertical, (background.rich_color, color.rich_color))

    @property
    def text(self) -> str:
        return self._text

    def load_text(self, text: str) -> None:
        self._text = clean_text(text, single_line=self.single_line)
        self._show()

    @property
    def placeholder(self) -> str:
        return self._placeholder

    @placeholder.setter
    def placeholder(self, placeholder: str) -> None:
        if placeholder != self._placeholder:
            self._placeholder = placeholder
            self._show()

    def make_field(self, *, id: str | None, spell_check: SpellCheck | None) -> SectionField:
        """The SectionField to put in this preview's place: its text, placeholder and border texts. TextArea is
        imported here, the first time one is made."""
        from followup.tui.widgets.section_field import SectionField

        field = SectionField(
            self._text,
            section=self.section,
            single_line=self.single_line,
            placeholder=self._placeholder,
            spell_check=spell_check,
            id=id,
        )
        field.border_title = self.border_title
        field.border_subtitle = self.border_subtitle
        return field

    def on_click(self) -> None:
        self.post_message(self.Clicked(self))

