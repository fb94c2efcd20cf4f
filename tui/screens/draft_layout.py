"""The draft editor's layout (tui.screens.editor): title line, seven section fields, sidebar, key bar.

Also the helpers its look shares with the preview and the tests: placeholders, titles, the draft shown first.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from followup.core.model import SECTION_TITLES, SECTIONS, Session, scenario_of
from followup.tui.startup import EDITOR_STYLES
from followup.tui.text import clean_text
from followup.tui.widgets.in_place import update_in_place
from followup.tui.workspace import Workspace

#: Below this width the sidebar moves below the sections.
NARROW_WIDTH = 100

#: What each empty field invites the user to write (our own words).
PLACEHOLDERS: dict[str, str] = {
    "subject": "Thanks, your full name and the job title",
    "greeting": "Dear <their name>,",
    "gratitude": "Thank them for their time and name something you discussed",
    "interest": "Why you still want the role, tied to one of your strengths",
    "clarification": "Optional: one short, positive sentence refining an answer",
    "closing": "Look ahead to the next steps, without pressure",
    "signoff": "Best regards, your full name, email and phone",
}

#: After a rejection the note is short and gracious: different invitations where they differ.
REJECTION_PLACEHOLDERS: dict[str, str] = {
    "gratitude": "Thank them for the opportunity and their time",
    "interest": "Usually left empty after a rejection",
    "closing": "Wish them well and ask to stay in touch",
}


def field_title(section: str) -> str:
    title = SECTION_TITLES[section]
    return f"{title} (optional)" if section == "clarification" else title


def placeholder(session: Session, section: str) -> str:
    """The invitation an empty section shows (after a rejection, a different one where it differs)."""
    rejection = session.interview.outcome == "rejected"
    return (REJECTION_PLACEHOLDERS if rejection else {}).get(section, PLACEHOLDERS[section])


def shown_index(session: Session) -> int:
    """The interviewer whose draft a session opens on: the one the user left, within the roster."""
    count = len(session.interviewers)
    return min(max(session.app.interviewer, 0), max(count - 1, 0))


def draft_title(session: Session, index: int) -> str:
    """The line above the sections: "Draft 2 of 5 (✔ sent): Sam Okafor — Engineering Manager"."""
    interviewer = session.interviewers[index]
    title = f" — {interviewer.title}" if interviewer.title else ""
    sent = " (✔ sent)" if interviewer.draft.sent is not None else ""
    name = interviewer.name.strip() or "no name yet (F3: roster)"
    return clean_text(f"Draft {index + 1} of {len(session.interviewers)}{sent}: {name}{title}", single_line=True)


def sidebar_title(session: Session, index: int) -> str:
    """The sidebar's border title: "Draft 2/5 · panel"."""
    return f"Draft {index + 1}/{len(session.interviewers)} · {scenario_of(session)}"


class Sections(VerticalScroll):
    """The column of section fields. When it changes height (the sidebar below it grows with the findings,
    the terminal is resized), the cursor of the field being typed in stays on screen."""

    def on_resize(self) -> None:
        reveal = getattr(self.screen.focused, "reveal_cursor", None)
        if reveal is not None:
            self.call_after_refresh(reveal)


class DraftScreen(Screen):
    """Title line, seven section fields, the sidebar and the key bar; subclasses make the fields."""

    #: FollowupApp reads this sheet as its own (CSS_PATH); another app reads it as this screen is pushed.
    CSS_PATH = EDITOR_STYLES

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.index = shown_index(workspace.session)
        self._sidebar_hidden = False
        self._narrow = False

    def compose(self) -> ComposeResult:
        yield from self.draft_bar()
        with Horizontal(id="editor-body"):
            with Sections(id="sections", can_focus=False):
                for section in SECTIONS:
                    field = self.section_field(section)
                    field.border_title = field_title(section)
                    yield field
            yield self.sidebar_widget()
        yield from self.key_bar()

    def draft_bar(self) -> Iterable[Widget]:
        """The line above the sections: which draft, and (on the right) whether it is saved."""
        # Built with its text, so the first frame shows it (set later, it would take a second frame).
        title = draft_title(self.session, self.index) if self.session.interviewers else ""
        with Horizontal(id="draft-bar"):
            yield Static(Content(title), id="draft-title", markup=False)
            yield Static("", id="save-status", markup=False)

    def section_field(self, section: str) -> Widget:
        raise NotImplementedError

    def sidebar_widget(self) -> Widget:
        """The box beside the sections (id "sidebar"): the live scoring sidebar."""
        raise NotImplementedError

    def key_bar(self) -> Iterable[Widget]:
        return ()

    @property
    def session(self) -> Session:
        return self.workspace.session

    def show_titles(self) -> None:
        """The line above the sections and the sidebar's border title, for the draft shown."""
        update_in_place(self.query_one("#draft-title", Static), Content(draft_title(self.session, self.index)))
        self.query_one("#sidebar").border_title = Content(sidebar_title(self.session, self.index))

    def on_resize(self, event: Resize) -> None:
        """The layout for the width. Textual sends a screen a Resize after its first layout, and its handler
        (Screen._on_resize, a base-class one) lays the screen out again at the size it already has: with the
        seven sections and the sidebar, a full layout and frame after the first, keys typed then waiting.
        Skipped when the size is the one the screen is laid out at (`outer_size`; a Screen's `size` is already
        the terminal's new size); any other size is Textual's as usual."""
        if event.size == self.outer_size:
            event.prevent_default()
        self._apply_layout(event.size.width)

    def _apply_layout(self, width: int) -> None:
        self._narrow = width < NARROW_WIDTH
        self.set_class(self._narrow, "-narrow")
        self.set_class(self._sidebar_hidden, "-no-sidebar")
