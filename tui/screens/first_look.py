"""The editor's first look: the open draft drawn at once, while the editor itself is built behind it.

Shown by tui.app when `followup PATH` opens a session into the editor; it imports no TextArea and scores
nothing, so the user's text is on screen a few tens of ms after Textual has started. It takes no keys:
the app holds every key typed meanwhile and hands them, in order, to the editor once it is in place.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from followup.core.model import SCENARIO_MEANING, SECTIONS, scenario_of
from followup.tui.screens.draft_layout import DraftScreen, placeholder
from followup.tui.text import clean_text
from followup.tui.widgets.deadline import deadline_text


#: Characters of a section the first look draws at most: more than a field shows (12 rows of a wide terminal),
#: so a 2,000-word section is not wrapped whole just to show its start.
PREVIEW_CHARACTERS = 4_000


class SectionPreview(Static):
    """One section as its field will show it (text, or the dimmed invitation when empty).

    Styled in styles/editor.tcss beside the fields (one sheet parsed at start, not one more per class).
    """


class FirstLookScreen(DraftScreen):
    """The draft the editor opens on, its deadline and "scoring…": read-only, replaced within moments."""

    AUTO_FOCUS = ""

    def compose(self):
        # The terminal's width is known before anything is drawn: lay out for it from the first frame.
        self._apply_layout(self.app.size.width)
        yield from super().compose()

    def draft_bar(self):
        yield Static("", id="draft-title", markup=False)  # one line, as the editor's bar looks before a save

    def section_field(self, section: str) -> SectionPreview:
        draft = self.session.interviewers[self.index].draft
        text = clean_text(draft.section(section)[:PREVIEW_CHARACTERS], single_line=section == "subject")
        preview = SectionPreview(Content(text or placeholder(self.session, section)), id=f"field-{section}")
        preview.set_class(not text, "-placeholder")
        focused = self.session.app.section if self.session.app.section in SECTIONS else "subject"
        preview.set_class(section == focused, "-focused")
        return preview

    def sidebar_widget(self) -> Static:
        """What the sidebar will say first, in one widget: scoring and the spelling are on their way."""
        session = self.session
        _, deadline = deadline_text(session, session.interviewers[self.index].draft, self.workspace.now())
        meaning = SCENARIO_MEANING.get(scenario_of(session), "")
        return Static(Content("\n".join(("scoring…", deadline, "", meaning, "", "checking spelling…"))), id="sidebar")

    def key_bar(self):
        yield Static("", id="key-bar")  # the editor's keys, once it takes over

    def on_mount(self) -> None:
        self.show_titles()
