"""A section's preview (FieldPreview) draws as its field does at rest, and the editor makes it a field when needed."""

from __future__ import annotations

import re

import pytest
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.geometry import Region

from followup.core.model import SECTIONS, AppState
from followup.tui.screens.draft_layout import DraftScreen
from followup.tui.startup import EDITOR_STYLES
from followup.tui.widgets.field_preview import FieldPreview
from followup.tui.widgets.section_field import SectionField
from tests.tui.conftest import make_session, post_keys, write_session
from tests.tui.editor_kit import make_workspace

LONG = (
    "Thank you for the time you took on Tuesday to walk me through the data platform; hearing how the team "
    "moved the nightly batch jobs to streaming made the role concrete for me."
)
#: Wider than the narrower field: a field shows only its first row.
PLACEHOLDER = "Thank them for their time and name something you discussed with them"
TEXTS = {
    "empty": "",
    "short": "Dear Dana,",
    "wrapped": LONG,
    "paragraphs": f"{LONG}\n\nI would bring the same care to your reporting work.",
    "unbroken": "https://example.com/" + "a" * 70 + " and after",
    # Words that end a column short of the row and a column past it, at both widths tested.
    "edges": "Thank you for the time you took on Tuesday to walk me through the data platform today. " * 3,
    # Taller than the field: it scrolls, with a scrollbar, and wraps short of it.
    "scrolls": f"{LONG} {LONG}\n\n{LONG}\n{LONG}",
    "scrolls far": "\n".join(f"Line {n}: {LONG}" for n in range(12)),
    "tabs": "Topics:\tdbt\tchurn\n\tand the\tquarterly review",
    "wide": "Merci pour la visite de l'équipe de Tōkyō 東京のデータチーム 🎉 et pour le café ☕ " * 2,
    "spaces": "Two  spaces,   three,\n   an indented line    with trailing spaces    \n\n\n",
}


class Pairs(DraftScreen):
    """Each text as a preview (left) and as a field (right), side by side at the same width, in the
    editor's own style sheet."""

    def __init__(self, workspace, text: str) -> None:
        super().__init__(workspace)
        self.text = text

    def compose(self) -> ComposeResult:
        with Horizontal():
            for make in (FieldPreview, SectionField):
                with Vertical():
                    widget = make(self.text, section="gratitude", placeholder=PLACEHOLDER)
                    widget.border_title = "Gratitude"
                    widget.border_subtitle = "▲1"
                    yield widget


class PairApp(App[None]):
    CSS_PATH = EDITOR_STYLES

    def __init__(self, workspace, text: str) -> None:
        super().__init__()
        self.workspace = workspace
        self.text = text

    def on_mount(self) -> None:
        self.push_screen(Pairs(self.workspace, self.text))

    def use_theme(self, theme: str) -> None:
        """Switch to `theme`, one of Textual's or the app's built-in ones."""
        from followup.tui.themes import load_theme_files, theme_folders

        for each in load_theme_files(theme_folders(None))[0]:
            self.register_theme(each)
        self.theme = theme


def cells(widget) -> list[list[tuple[str, object, object]]]:
    """What the widget draws, with its vertical scrollbar (a widget of its own) where it shows: each cell's
    character, colour and background as seen (reverse video swaps them; a blank's colour is not seen)."""

    def drawn(each) -> list[list[tuple[str, object, object]]]:
        width, height = each.outer_size
        rows = []
        for strip in each.render_lines(Region(0, 0, width, height)):
            row = []
            for segment in strip:
                style = segment.style
                color, background = (style.color, style.bgcolor) if style else (None, None)
                if style and style.reverse:
                    color, background = background, color
                for char in segment.text:
                    row.append((char, color if char != " " else None, background))
            rows.append(row)
        return rows

    rows = drawn(widget)
    if widget.show_vertical_scrollbar:
        bar = widget.vertical_scrollbar
        left, top = bar.region.x - widget.region.x, bar.region.y - widget.region.y
        for y, row in enumerate(drawn(bar)):
            rows[top + y][left : left + len(row)] = row
    return rows


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("width", [46, 60])
async def test_a_preview_draws_as_its_field_does_at_rest(name, width, tmp_path):
    app = PairApp(make_workspace(tmp_path), TEXTS[name])
    async with app.run_test(size=(width * 2, 30)) as pilot:
        await pilot.pause()
        preview, field = app.screen.query_one(FieldPreview), app.screen.query_one(SectionField)
        app.screen.set_focus(None)
        await pilot.pause()
        assert field.show_vertical_scrollbar == name.startswith("scrolls")
        assert preview.outer_size == field.outer_size
        assert cells(preview) == cells(field)


@pytest.mark.parametrize("theme", ["followup-dark", "ansi-dark"])
@pytest.mark.parametrize("name", ["paragraphs", "empty"])
async def test_the_preview_of_the_section_the_user_left_draws_as_its_field_with_the_focus(theme, name, tmp_path):
    app = PairApp(make_workspace(tmp_path), TEXTS[name])
    async with app.run_test(size=(92, 30)) as pilot:
        app.use_theme(theme)
        preview, field = app.screen.query_one(FieldPreview), app.screen.query_one(SectionField)
        preview.add_class("-focused")
        field.cursor_blink = False
        app.screen.set_focus(field)
        await pilot.pause()
        look, wanted = cells(preview), cells(field)
        row, column = 1 + field.cursor_location[0], 2 + field.cursor_location[1]  # inside the border and padding
        assert look[row][column] != wanted[row][column]  # the cursor: the field draws it once made
        look[row][column] = wanted[row][column]
        assert look == wanted


@pytest.mark.parametrize("theme", ["textual-light", "ansi-dark", "followup-light", "followup-contrast"])
async def test_a_preview_draws_as_its_field_in_every_kind_of_theme(theme, tmp_path):
    app = PairApp(make_workspace(tmp_path), "")  # the placeholder: its own colour
    async with app.run_test(size=(92, 30)) as pilot:
        app.use_theme(theme)
        await pilot.pause()
        preview, field = app.screen.query_one(FieldPreview), app.screen.query_one(SectionField)
        app.screen.set_focus(None)
        await pilot.pause()
        assert cells(preview) == cells(field)


def test_a_field_made_from_a_preview_underlines_misspelled_words_from_the_start():
    def check(text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"\bteh\b", text)]

    preview = FieldPreview("Thank you for teh tour.", section="gratitude", placeholder=PLACEHOLDER)
    preview.border_title, preview.border_subtitle = "Gratitude", "▲1"
    field = preview.make_field(id="field-gratitude", spell_check=check)
    assert (field.text, field.id, field.placeholder) == ("Thank you for teh tour.", "field-gratitude", PLACEHOLDER)
    assert (str(field.border_title), str(field.border_subtitle)) == ("Gratitude", "▲1")
    assert field.misspelled == [(14, 17)]
    assert preview.make_field(id=None, spell_check=None).misspelled == []  # no dictionary yet




# ---------------------------------------------------------------- in the editor

@pytest.fixture
def keys_never_pause(monkeypatch):
    """Until `release()`, the app sees keys as still coming: what waits for them to pause (the previews made
    fields, the scoring) waits, however slow the machine. Returns release."""
    from followup.tui.app import FollowupApp

    quiet = {"for": 0.0}
    monkeypatch.setattr(FollowupApp, "keys_quiet_for", lambda self: quiet["for"])

    def release() -> None:
        quiet["for"] = float("inf")

    return release


def opened_on(make_app, sessions_dir, section: str = "subject", session=None):
    """An app opening a saved session (make_session's, or `session`) on the first draft's `section`; and the session."""
    session = session or make_session()
    session.app = AppState(interviewer=0, section=section)
    return make_app(write_session(sessions_dir, "s.toml", session)), session


def shown(editor) -> list[tuple[str, str, str]]:
    """Each section as the editor shows it: (kind, section, text), top to bottom."""
    return [
        (type(w).__name__, w.section, w.text)
        for w in editor.query("#sections > *")
        if isinstance(w, (SectionField, FieldPreview)) and w.display
    ]


async def test_the_section_the_user_left_becomes_a_field_and_the_others_once_the_keys_pause(
    make_app, sessions_dir, keys_never_pause
):

    app, session = opened_on(make_app, sessions_dir, "closing")
    draft = session.interviewers[0].draft
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        editor = app.screen
        kinds = {section: kind for kind, section, _ in shown(editor)}
        assert kinds == {s: "SectionField" if s == "closing" else "FieldPreview" for s in SECTIONS}
        assert [text for _, _, text in shown(editor)] == [draft.section(s) for s in SECTIONS]
        assert editor.focused.section == "closing"
        looks = {w.section: cells(w) for w in editor.query(FieldPreview)}

        keys_never_pause()
        await app.deferred_work_done()
        await pilot.pause()
        assert [(kind, section) for kind, section, _ in shown(editor)] == [("SectionField", s) for s in SECTIONS]
        assert not editor.query(FieldPreview)  # gone from the screen, not only hidden
        assert [text for _, _, text in shown(editor)] == [draft.section(s) for s in SECTIONS]
        assert editor.focused.section == "closing"
        for section, look in looks.items():  # nothing moves or changes as they become fields (the bottom
            assert cells(editor.field(section))[:-1] == look[:-1], section  # border shows the scores meanwhile)


async def test_another_draft_opened_before_the_keys_pause_shows_in_the_previews(
    make_app, sessions_dir, keys_never_pause
):

    app, session = opened_on(make_app, sessions_dir, "closing")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        editor = app.screen
        second = session.interviewers[1].draft
        assert editor.index == 1
        assert [text for _, _, text in shown(editor)] == [second.section(s) for s in SECTIONS]
        assert editor.query(FieldPreview)  # still previews: nothing needed a field


@pytest.mark.parametrize(
    ("opening", "keys", "lands_in"),
    [
        ("subject", ["tab", "tab", "Q"], "gratitude"),
        ("subject", ["shift+tab", "Q"], "signoff"),  # past the first section, round to the last
        ("signoff", ["tab", "Q"], "subject"),
        ("closing", ["shift+tab", "shift+tab", "Q"], "interest"),
    ],
)
async def test_tab_from_the_opening_field_goes_through_the_sections_in_order(
    make_app, sessions_dir, keys_never_pause, opening, keys, lands_in
):

    app, _ = opened_on(make_app, sessions_dir, opening)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        post_keys(app, keys)  # in one burst, before any is handled
        await pilot.pause()
        editor = app.screen
        assert editor.focused.section == lands_in
        assert editor.field(lands_in).text.count("Q") == 1


async def test_a_section_taller_than_its_field_is_a_preview_with_the_field_s_scrollbar(
    make_app, sessions_dir, keys_never_pause
):
    session = make_session()
    session.interviewers[0].draft.interest = "\n".join(f"Paragraph {n} of a long interest section." for n in range(14))
    app, _ = opened_on(make_app, sessions_dir, session=session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        editor = app.screen
        kinds = {section: kind for kind, section, _ in shown(editor)}
        assert kinds["interest"] == "FieldPreview"
        preview = next(w for w in editor.query(FieldPreview) if w.section == "interest")
        look = cells(preview)

        keys_never_pause()
        await app.deferred_work_done()
        await pilot.pause()
        field = editor.field("interest")
        assert field.show_vertical_scrollbar  # so the preview drew it: they are drawn alike (the bottom border
        assert cells(field)[:-1] == look[:-1]  # shows the counts meanwhile)


async def test_a_tall_section_the_user_left_opens_as_a_field_scrolled_to_the_cursor(
    make_app, sessions_dir, keys_never_pause
):
    session = make_session()
    interest = "\n".join(f"Paragraph {n} of a long interest section." for n in range(14))
    session.interviewers[0].draft.interest = interest
    app, _ = opened_on(make_app, sessions_dir, "interest", session=session)
    session.app.extra["cursor"] = len(interest)
    app = make_app(write_session(sessions_dir, "s.toml", session))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        editor = app.screen
        kinds = {section: kind for kind, section, _ in shown(editor)}
        assert kinds["interest"] == "SectionField"  # a preview cannot be drawn scrolled to the cursor
        assert editor.focused.section == "interest"
        assert editor.focused.scroll_y > 0  # the last paragraph, where the cursor is, on screen


async def test_the_cursor_the_user_left_comes_back_in_the_text_as_the_field_shows_it(
    make_app, sessions_dir, keys_never_pause
):
    session = make_session()
    session.interviewers[0].draft.closing = "Line one\u2029Line two"  # shown as two line breaks
    session.app = AppState(interviewer=0, section="closing", extra={"cursor": len("Line one\n\nLine two")})
    app = make_app(write_session(sessions_dir, "s.toml", session))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        field = app.screen.focused
        assert (field.section, field.text) == ("closing", "Line one\n\nLine two")
        assert field.cursor_location == (2, len("Line two"))


async def test_a_click_on_a_preview_types_in_its_section(make_app, sessions_dir, keys_never_pause):

    app, _ = opened_on(make_app, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        editor = app.screen
        greeting = next(w for w in editor.query(FieldPreview) if w.section == "greeting")
        await pilot.click(greeting)
        await pilot.pause()
        assert editor.focused.section == "greeting"
