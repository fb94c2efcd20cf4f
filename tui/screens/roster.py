"""The roster: who interviewed you (name, title, email, topics discussed); add, edit, remove, reorder.

Shown on F3 from any part of a session; shows the scenario the roster makes and what it asks of you.
"""

from __future__ import annotations

import textwrap

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from followup.core.clean import one_line
from followup.core.export import usable_address
from followup.core.model import SCENARIO_MEANING, Interviewer, scenario_of
from followup.tui import bindings
from followup.tui.messages import SessionEdited
from followup.tui.navigation import app_of
from followup.tui.screens.part import FormInput, FormTextArea, PartTitle, SteadyFooter, as_shown, lines_as_shown, list_lines
from followup.tui.workspace import Workspace


def person_label(index: int, person: Interviewer, width: int | None = None) -> Content:
    """ " 1 Dana Rivera": the number muted, the name bold. Given the list's `width`, a long name is wrapped
    there and its later lines start under its first letter, not under the number."""
    number = f"{index + 1:>2} "
    name = one_line(person.name) or "(no name yet)"
    if width is not None and width - len(number) >= 8:
        # A double name too long for one line breaks after its hyphen ("Natarajan-" / "Whitfield"), not anywhere.
        lines = textwrap.wrap(name, width - len(number)) or [name]
        name = ("\n" + " " * len(number)).join(lines)
    return Content.assemble((number, "$text-muted"), (name, "bold" if person.name else "italic $text-muted"))


class PeopleList(OptionList):
    """One option per interviewer (`person_label`), wrapped again when the list's width changes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._people: list[Interviewer] = []
        self._width: int | None = None

    def _list_width(self) -> int | None:
        return self.scrollable_content_region.width or None

    def show_people(self, people: list[Interviewer]) -> None:
        """List `people` (the highlight is the caller's to set)."""
        self._people = list(people)
        self._width = self._list_width()
        self.set_options(Option(person_label(i, p, self._width)) for i, p in enumerate(self._people))

    def show_person(self, index: int) -> None:
        """The person at `index` was renamed: show the new name."""
        if 0 <= index < len(self._people):
            self.replace_option_prompt_at_index(index, person_label(index, self._people[index], self._width))

    def on_resize(self, event: events.Resize) -> None:
        if self._people and self._list_width() != self._width:
            highlighted = self.highlighted
            self.show_people(self._people)
            self.highlighted = highlighted


class RosterScreen(Screen):
    """The interviewers as a list on the left and the selected one's details on the right."""

    SESSION_PART = "roster"
    AUTO_FOCUS = "#people"
    HELP_TITLE = "roster"
    BINDINGS = bindings.ROSTER

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._shown: Interviewer | None = None

    @property
    def people(self) -> list[Interviewer]:
        return self.workspace.session.interviewers

    def compose(self) -> ComposeResult:
        yield PartTitle("Roster", self.workspace.path.name)
        yield Static("", id="scenario", markup=False)
        with Horizontal(id="roster-body"):
            yield PeopleList(id="people")
            with Vertical(id="person"):
                with Horizontal(classes="row"):
                    yield Static("Name", classes="label", markup=False)
                    yield FormInput(id="name", placeholder="first and last name", compact=True)
                with Horizontal(classes="row"):
                    yield Static("Title", classes="label", markup=False)
                    yield FormInput(id="title", placeholder="optional, e.g. Analytics Manager", compact=True)
                with Horizontal(classes="row"):
                    yield Static("Email", classes="label", markup=False)
                    yield FormInput(id="email", placeholder="optional", compact=True)
                yield Static("Topics you discussed (one per line):", classes="list-title", markup=False)
                yield FormTextArea(id="topics", soft_wrap=True, compact=True, tab_behavior="focus")
        yield Static("", id="hint", markup=False)
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self._refresh_list(0 if self.people else None)
        if self.people:
            self.set_focus(self.query_one("#people", OptionList))
        else:
            self._show_person(None)

    def show_session(self) -> None:
        """Show the session as it is now (it was reloaded from disk)."""
        self._refresh_list()

    def on_screen_resume(self) -> None:
        # The outcome may have changed in setup, or the editor may have moved on: show the roster as it is now.
        if self.is_mounted:
            self._refresh_list()

    # ------------------------------------------------------------ display

    def _refresh_list(self, select: int | None = None) -> None:
        options = self.query_one("#people", PeopleList)
        keep = options.highlighted if select is None else select
        options.show_people(self.people)
        if self.people:
            keep = max(0, min(len(self.people) - 1, keep or 0))
            options.highlighted = keep
            self._show_person(keep)
        else:
            self._show_person(None)
        self._show_scenario()

    def _show_scenario(self) -> None:
        scenario = scenario_of(self.workspace.session)
        count = len(self.people)
        who = "no interviewers yet" if not count else f"{count} interviewer{'s' if count != 1 else ''}"
        self.query_one("#scenario", Static).update(
            Content.assemble(("Scenario: ", "bold"), (scenario, "bold $accent"), f" ({who}) — {SCENARIO_MEANING[scenario]}")
        )
        self._show_hint()

    def _show_hint(self) -> None:
        """The keys, or what is wrong with the shown person's email address (as setup does for the candidate's)."""
        hint = self.query_one("#hint", Static)
        index = self.current
        email = self.people[index].email.strip() if index is not None else ""
        bad = bool(email) and usable_address(email) is None
        if bad:
            text = f"Email: {one_line(email)!r} is not a usable address (name@example.com); exports would have no To: line."
        elif not self.people:
            text = "Press ctrl+n to add the first person who interviewed you."
        else:
            text = "↑/↓ choose · tab edit · ctrl+↑/↓ or alt+↑/↓ move · F4 write the drafts"
        if str(hint.content) != text:
            hint.update(text)
        hint.set_class(bad, "error")

    @property
    def current(self) -> int | None:
        index = self.query_one("#people", OptionList).highlighted
        if index is None or not (0 <= index < len(self.people)):
            return None
        return index

    def _show_person(self, index: int | None) -> None:
        # The Changed events these assignments cause find the model already equal: they change nothing.
        person = self.people[index] if index is not None else None
        self._shown = person
        for field in ("name", "title", "email"):
            widget = self.query_one(f"#{field}", Input)
            widget.value = getattr(person, field) if person else ""
            widget.disabled = person is None
        topics = self.query_one("#topics", TextArea)
        topics.load_text("\n".join(person.topics) if person else "")
        topics.disabled = person is None
        if self.is_mounted:
            self._show_hint()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        index = event.option_index
        # A late event for the person already shown must not reset fields the user is typing into.
        if index is not None and 0 <= index < len(self.people) and self.people[index] is not self._shown:
            self._show_person(index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.set_focus(self.query_one("#name", Input))

    # ------------------------------------------------------------ editing

    # The fields always show the person at `self.current`; a Changed event may arrive late (keys come in
    # bursts), so the handlers read the field as it is now rather than the value the event carries.

    def on_input_changed(self, event: Input.Changed) -> None:
        index = self.current
        field = event.input.id
        if index is None or field not in ("name", "title", "email"):
            return
        person = self.people[index]
        value = event.input.value if field == "name" else event.input.value.strip()
        old = getattr(person, field)
        if old == value or as_shown(old) == event.input.value:
            return  # unchanged as shown
        setattr(person, field, value)
        if field == "email":
            self._show_hint()
        if field == "name":
            self.query_one("#people", PeopleList).show_person(index)
        self.post_message(SessionEdited())

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        index = self.current
        if index is None or event.text_area.id != "topics":
            return
        topics = list_lines(event.text_area.text)
        if self.people[index].topics != topics and lines_as_shown(self.people[index].topics) != topics:
            self.people[index].topics = topics
            self.post_message(SessionEdited())

    # ------------------------------------------------------------ actions

    def action_add(self) -> None:
        self.people.append(Interviewer(name=""))
        self._refresh_list(len(self.people) - 1)
        self.post_message(SessionEdited())
        self.set_focus(self.query_one("#name", Input))  # now, so the next keys already land in it

    def action_remove(self) -> None:
        index = self.current
        if index is None:
            return
        person = self.people[index]
        # Counted as the sidebar counts the email's length: the body's words, not the subject's.
        from followup.core.model import BODY_SECTIONS
        from followup.core.text import words as words_of

        words = sum(len(words_of(person.draft.section(s))) for s in BODY_SECTIONS)
        name = one_line(person.name) or "this interviewer (no name yet)"
        question = f"Remove {name} from the roster?"
        if words:
            question += f"\nTheir draft ({words} words) goes too."

        def answered(yes: bool | None) -> None:
            if not yes or index >= len(self.people) or self.people[index] is not person:
                return
            del self.people[index]
            state = self.workspace.session.app
            if state.interviewer >= len(self.people) or state.interviewer > index:
                state.interviewer = max(0, state.interviewer - 1)
            self._refresh_list(min(index, len(self.people) - 1))
            self.post_message(SessionEdited())
            self.set_focus(self.query_one("#people", OptionList))

        from followup.tui.screens.dialogs import ConfirmDialog

        self.app.push_screen(ConfirmDialog(question, yes="remove", no="keep"), answered)

    def action_move(self, step: int) -> None:
        index = self.current
        if index is None:
            return
        target = index + step
        if not 0 <= target < len(self.people):
            return
        people = self.people
        people[index], people[target] = people[target], people[index]
        state = self.workspace.session.app
        if state.interviewer == index:
            state.interviewer = target
        elif state.interviewer == target:
            state.interviewer = index
        self._refresh_list(target)
        self.post_message(SessionEdited())

    def action_back(self) -> None:
        app_of(self).go_back()
