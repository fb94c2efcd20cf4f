"""A section field underlines the same words line by line as a check of its whole text, and after edits."""

from __future__ import annotations

import re

from textual.app import App, ComposeResult

from followup.tui.widgets.section_field import SectionField

TEXT = "Thank you for teh tour.\n\nI enjoyed hearing about the pipeline; see https://exampel.com/teh.\nBest, Alx"


def whole_text_check(text: str) -> list[tuple[int, int]]:
    """A stand-in dictionary that knows every word but "teh", "Alx" and "zqx…"."""
    return [m.span() for m in re.finditer(r"\b(?:teh|Alx|zqx\w*)\b", text)]


class FieldApp(App[None]):
    def compose(self) -> ComposeResult:
        yield SectionField(TEXT, section="gratitude")


async def test_underlined_words_match_a_whole_text_check_while_typing():
    calls: list[str] = []

    def check(text: str) -> list[tuple[int, int]]:
        calls.append(text)
        return whole_text_check(text)

    app = FieldApp()
    async with app.run_test() as pilot:
        field = app.query_one(SectionField)
        field.set_spell_check(check)
        assert field.misspelled == whole_text_check(field.text)
        field.focus()
        field.move_cursor((0, len("Thank you for teh tour.")))
        calls.clear()
        await pilot.press(*" zqx", "space", *"more")
        assert field.text.startswith("Thank you for teh tour. zqx more\n")
        assert field.misspelled == whole_text_check(field.text)
        # each key checked only the line it changed, never the other paragraphs
        assert calls and all("\n" not in text and text.startswith("Thank you") for text in calls)


async def test_the_sidebar_does_not_list_the_word_still_being_typed(tmp_path):
    """ "Ple" on the way to "Please": neither underlined nor listed until the cursor leaves the word."""
    from followup.core.model import AppState
    from followup.core.spelling import Speller
    from followup.tui.screens.editor import EditorScreen
    from tests.tui.editor_kit import HostApp, make_session, make_workspace

    session = make_session()
    session.interviewers[0].draft.closing = "I look forward to it."
    session.app = AppState(interviewer=0, section="closing")
    app = HostApp(make_workspace(tmp_path, session, speller=Speller()), EditorScreen)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        field = screen.field("closing")
        await app.workers.wait_for_complete()
        await screen.scored()  # the session's first score (it comes once the screen has drawn)
        await pilot.press("end", *" Plese")
        await app.workers.wait_for_complete()
        await pilot.pause()

        def listed() -> list[str]:
            return [f.message for f in screen.sidebar.findings if f.rule == "proof.spelling" and f.section == "closing"]

        scored = [f for f in screen.draft_report.findings if f.rule == "proof.spelling" and f.section == "closing"]
        assert scored, "the rules see the misspelling"
        assert not listed(), "the word still being typed is listed"
        await pilot.press("space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert listed(), "a finished misspelled word is listed"


async def test_the_sidebar_does_not_say_nothing_is_left_to_fix_while_it_holds_back_the_word_being_typed(tmp_path):
    """The score counts "Plese" at once; the list waits for the word to be finished. Meanwhile the findings' line
    must not tell the user "nothing left to fix" beside a score that says otherwise."""
    from followup.core.model import AppState
    from followup.core.spelling import Speller
    from followup.tui.screens.editor import EditorScreen
    from tests.builders import single_session
    from tests.tui.editor_kit import HostApp, make_workspace

    session = single_session()  # a good draft: no findings
    session.app = AppState(interviewer=0, section="closing")
    app = HostApp(make_workspace(tmp_path, session, speller=Speller()), EditorScreen)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await app.workers.wait_for_complete()
        await screen.scored()
        await screen.sidebar.parts_in_place()
        await pilot.pause()
        title = screen.query_one("#findings-title")
        assert screen.draft_report.findings == ()
        assert "nothing left to fix" in str(title.render())
        await pilot.press("end", *" Plese")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.draft_report.score < 100, "the score counts the misspelling"
        assert screen.sidebar.findings == [], "the word being typed is held back from the list"
        assert "nothing left to fix" not in str(title.render())
        assert "being typed" in str(title.render())
        await pilot.press("space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert str(title.render()).startswith("Findings: ")
