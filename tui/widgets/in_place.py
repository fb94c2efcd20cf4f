"""Text shown in a Static without laying out the whole screen when its size on screen stays the same.

`Static.update` lays the screen out again: every widget placed anew and repainted, which on the editor costs
more than drawing the text. It is needed only when the new text takes another size: another width where the
widget is as wide as its text (`width: auto`: the save status), another number of lines where its height
follows them (the sidebar's score line and findings title). Used by the editor's title line, save status and
sidebar texts, which change as the user types.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


def update_in_place(static: Static, content: Content) -> None:
    """Show `content` in `static`, with a layout of the screen only when its size changes (or is not known)."""
    static.update(content, layout=False)
    if _size_changes(static):
        static.refresh(layout=True)


def _size_changes(static: Static) -> bool:
    size = static.content_size
    if not size.width or not static.is_attached:
        return True  # not laid out yet: the layout finds its size
    container, viewport = static.container_size, static.app.size
    width = static.styles.width
    if width is not None and width.is_auto and static.get_content_width(container, viewport) != size.width:
        return True
    height = static.styles.height
    if height is not None and height.is_cells:
        return False  # a fixed height: the text is cut or padded, the layout stays
    return static.get_content_height(container, viewport, size.width) != size.height
