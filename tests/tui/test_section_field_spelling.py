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
