"""Pilot tests of the draft editor, driven by keys only: scoring, findings, drafts, sent, dictionary."""

from __future__ import annotations

import pytest

from followup.core.model import AppState
from tests.tui.editor_kit import NOW, HostApp, make_session, make_workspace, settle
from followup.tui.screens.editor import EditorScreen
from followup.tui.widgets.findings import FindingsList
from followup.tui.widgets.field_preview import offset_to_location
from followup.tui.widgets.section_field import SectionField


def host(workspace, **kwargs) -> HostApp:
    return HostApp(workspace, EditorScreen, **kwargs)


def screen_of(app) -> EditorScreen:
    assert isinstance(app.screen, EditorScreen)
    return app.screen


def rules_of(screen: EditorScreen) -> set[str]:
    report = screen.draft_report
    assert report is not None
    return {f.rule for f in report.findings}


async def test_opens_where_the_user_left_off(tmp_path):
    session = make_session()
    session.interviewers[1].draft.closing = "I look forward to\nhearing from you."
    session.app = AppState(interviewer=1, section="closing", extra={"cursor": 20})
    app = host(make_workspace(tmp_path, session))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        assert screen.index == 1
        assert isinstance(app.focused, SectionField) and app.focused.section == "closing"
        assert app.focused.selection.end == (1, 2)  # "he|aring": where the user left off
        await pilot.press("right", "tab")
        assert session.app.section == "signoff"
        assert "Draft 2 of 3: Sam Okafor" in str(screen.query_one("#draft-title").render())


async def test_typing_in_a_section_changes_the_sidebar_score(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        await pilot.press("ctrl+n")  # Sam's draft: no thanks in the subject
        await screen.scored()  # the session is scored once the screen has drawn and the keys pause
        assert "subject.thanks" in rules_of(screen)
        before = screen.draft_report.score
        field = screen.field("subject")
        field.focus()
        await pilot.press("home", *"Thank You - ")
        assert workspace.session.interviewers[1].draft.subject.startswith("Thank You - Alex Kim")
        assert await settle(pilot, lambda: "subject.thanks" not in rules_of(screen))
        assert screen.draft_report.score > before
        assert screen.sidebar.report.score == screen.draft_report.score
        assert app.edits >= 1


async def test_a_selected_finding_moves_focus_and_cursor_to_its_span(tmp_path):
    app = host(make_workspace(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        await pilot.press("ctrl+n")  # "Thank you for the the conversation ..."
        await screen.scored()
        assert "proof.repeated-word" in rules_of(screen)
        await pilot.press("ctrl+f")
        findings = screen.sidebar.findings_list
        assert app.focused is findings
        for _ in range(len(findings.options)):
            chosen = findings.finding_at(findings.highlighted)
            if chosen is not None and chosen.rule == "proof.repeated-word":
                break
            await pilot.press("down")
        assert chosen is not None and chosen.rule == "proof.repeated-word"
        await pilot.press("enter")
        field = screen.field(chosen.section)
        assert app.focused is field
        assert chosen.span is not None
        start, end = chosen.span
        assert field.selection.start == offset_to_location(field.text, start)
        assert field.selection.end == offset_to_location(field.text, end)
        assert field.selected_text.lower().split() in (["the"], ["the", "the"])
        await pilot.press("ctrl+f", "escape")  # escape from the list goes back to the section
        assert app.focused is field


async def test_switching_interviewers_shows_each_draft(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        assert screen.field("greeting").text == "Dear Dana,"
        await pilot.press("ctrl+n")
        assert screen.field("greeting").text == "Dear Sam,"
        assert workspace.session.app.interviewer == 1
        await pilot.press("ctrl+u")  # previous draft (ctrl+b, tmux's prefix, only where it arrives)
        assert screen.field("greeting").text == "Dear Dana,"
        await pilot.press("ctrl+b")  # wraps round to the last interviewer
        assert screen.index == 2
        assert "Lee Chen" in str(screen.query_one("#draft-title").render())


async def test_an_empty_draft_starts_from_the_starter(tmp_path):
    workspace = make_workspace(tmp_path)
    lee = workspace.session.interviewers[2]
    assert lee.draft.is_empty
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        edits = app.edits
        await pilot.press("ctrl+n", "ctrl+n")
        assert not lee.draft.is_empty
        assert "Lee" in lee.draft.greeting
        assert screen.field("greeting").text == lee.draft.greeting
        assert screen.field("signoff").text == lee.draft.signoff
        assert app.edits > edits


async def test_mark_sent_and_unmark(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        draft = workspace.session.interviewers[0].draft
        await pilot.press("ctrl+t")
        assert draft.sent == NOW
        assert "sent 15:00" in str(screen.query_one("#deadline").render())
        assert app.edits >= 1
        await pilot.press("ctrl+t")
        assert draft.sent is None
        assert "due in 19 h 30 min" in str(screen.query_one("#deadline").render())


async def test_tab_follows_the_sections_in_order_and_tracks_app_state(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        order = []
        for _ in range(7):
            assert isinstance(app.focused, SectionField)
            order.append(app.focused.section)
            await pilot.press("tab")
        assert order == ["subject", "greeting", "gratitude", "interest", "clarification", "closing", "signoff"]
        await pilot.press("shift+tab")
        assert workspace.session.app.section == "signoff"


async def test_enter_in_the_subject_moves_on_without_a_line_break(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        subject = workspace.session.interviewers[0].draft.subject
        await pilot.press("end", "enter")
        assert isinstance(app.focused, SectionField) and app.focused.section == "greeting"
        assert workspace.session.interviewers[0].draft.subject == subject


async def test_sidebar_moves_below_on_narrow_terminals_and_toggles(tmp_path):
    app = host(make_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = screen_of(app)
        sidebar = screen.sidebar
        assert screen.has_class("-narrow")
        assert sidebar.region.y > screen.field("subject").region.y
        assert sidebar.display
        await pilot.press("f9")
        assert sidebar.styles.display == "none"
        await pilot.press("ctrl+n")
        await screen.scored()
        await pilot.press("ctrl+f")  # asking for the findings brings the sidebar back
        assert sidebar.styles.display != "none"
        assert isinstance(app.focused, FindingsList)
    app = host(make_workspace(tmp_path))
    async with app.run_test(size=(120, 40)):
        screen = screen_of(app)
        assert not screen.has_class("-narrow")
        assert screen.sidebar.region.x > screen.field("subject").region.x


async def test_markup_like_names_show_literally(tmp_path):
    session = make_session(names=["Dr. [b]Smith[/] [/]"])
    app = host(make_workspace(tmp_path, session))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        await pilot.pause()
        assert "Dr. [b]Smith[/] [/]" in str(screen.query_one("#draft-title").render())


async def test_control_characters_never_reach_the_screen(tmp_path):
    session = make_session()
    session.interviewers[0].draft.gratitude = "Thank you\x1b[31m for\x07 the chat.\r\nSee you."
    app = host(make_workspace(tmp_path, session))
    async with app.run_test(size=(120, 40)):
        field = screen_of(app).field("gratitude")
        assert field.text == "Thank you[31m for the chat.\nSee you."
        assert "\x1b" not in field.text


async def test_add_word_under_the_cursor_to_the_dictionary(tmp_path):
    from followup.core.spelling import Speller

    session = make_session()
    session.interviewers[0].draft.gratitude = "Thank you for the Zorbleflux demo."
    workspace = make_workspace(tmp_path, session, speller=Speller())
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        field = screen.field("gratitude")
        start = field.text.index("Zorbleflux")
        assert (start, start + len("Zorbleflux")) in field.misspelled
        field.focus()
        field.move_cursor(offset_to_location(field.text, start + 3))
        await pilot.press("ctrl+l")
        assert app.accepted == ["Zorbleflux"]
        assert "Zorbleflux" in workspace.config.words
        assert field.misspelled == []


async def test_misspelled_words_are_underlined_once_the_dictionary_arrives(tmp_path):
    from followup.core.spelling import Speller
    from followup.tui.messages import SpellerReady

    session = make_session()
    session.interviewers[0].draft.gratitude = "Thank you, I recieve it gladly."
    workspace = make_workspace(tmp_path, session)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        field = screen_of(app).field("gratitude")
        assert field.misspelled == []
        workspace.speller = Speller()
        app.screen.post_message(SpellerReady())
        await pilot.pause()
        start = field.text.index("recieve")
        assert field.misspelled == [(start, start + len("recieve"))]
        assert underlined_words(field) == ["recieve"]


def underlined_words(field) -> list[str]:
    """The words the field draws underlined (what the user sees), top to bottom."""
    words = []
    for y in range(field.size.height):
        run = ""
        for segment in field.render_line(y):
            if segment.style is not None and segment.style.underline:
                run += segment.text
            elif run:
                words.append(run.strip())
                run = ""
        if run:
            words.append(run.strip())
    return [word for word in words if word]


@pytest.mark.parametrize("width", [60, 80, 120])
async def test_every_section_can_be_reached_and_edited_at_small_sizes(tmp_path, width):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(width, 20)) as pilot:
        for _ in range(6):
            await pilot.press("tab")
        assert isinstance(app.focused, SectionField) and app.focused.section == "signoff"
        await pilot.press("end", *"!")
        assert workspace.session.interviewers[0].draft.signoff.startswith("Best regards,!")
        assert app.focused.region.height > 0


async def test_undo_brings_the_text_back_into_the_draft(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        draft = workspace.session.interviewers[0].draft
        before = draft.subject
        await pilot.press("end", *" today")
        assert draft.subject == before + " today"
        await pilot.press("ctrl+z")
        assert draft.subject == before


async def test_resizing_mid_edit_moves_the_sidebar_and_keeps_the_text(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        await pilot.press("end", *" A")
        await pilot.resize_terminal(70, 22)
        await pilot.pause()
        assert screen.has_class("-narrow")
        assert screen.sidebar.region.y > screen.field("subject").region.y
        assert screen.sidebar.region.right == 70 and screen.field("subject").region.right <= 70  # fills the new width
        await pilot.press(*"B")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert not screen.has_class("-narrow")
        assert screen.sidebar.region.right == 120 and screen.sidebar.region.bottom <= 40
        assert workspace.session.interviewers[0].draft.subject.endswith(" AB")
        assert app.focused is screen.field("subject")


async def test_the_underline_survives_a_theme_change(tmp_path):
    from followup.core.spelling import Speller

    session = make_session()
    session.interviewers[0].draft.gratitude = "Thank you, I recieve it gladly."
    app = host(make_workspace(tmp_path, session, speller=Speller()))
    async with app.run_test(size=(120, 40)) as pilot:
        field = screen_of(app).field("gratitude")
        await pilot.pause()  # laid out (it may have been a preview until asked for)

        def underlines() -> list:
            """The styles of the underlined text the field draws (what the user sees)."""
            return [segment.style for y in range(field.size.height) for segment in field.render_line(y)
                    if segment.style is not None and segment.style.underline and segment.text.strip()]

        dark = underlines()
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light = underlines()
        assert dark and light, "the misspelled word is underlined in both themes"
        assert {s.color for s in light}.isdisjoint({s.color for s in dark})  # follows the theme's error colour
        assert field.misspelled  # still found, still drawn


@pytest.mark.parametrize("blink", [True, False])
async def test_the_word_being_typed_is_underlined_only_once_finished(tmp_path, blink):
    from followup.core.spelling import Speller

    session = make_session()
    session.interviewers[0].draft.closing = "I look forward to it"
    session.app = AppState(interviewer=0, section="closing")
    app = host(make_workspace(tmp_path, session, speller=Speller()))
    async with app.run_test(size=(120, 40)) as pilot:
        field = screen_of(app).field("closing")
        assert app.focused is field
        field.cursor_blink = blink  # without blinking, TextArea keys its drawn lines on neither focus nor cursor
        await pilot.press("end", *" recieve")
        start = field.text.index("recieve")
        assert (start, start + 7) in field.misspelled
        assert underlined_words(field) == []  # still typing it
        await pilot.press("space")
        assert (start, start + 7) in field.misspelled
        assert underlined_words(field) == ["recieve"]
        await pilot.press("left", "left")  # back inside the word: it is not being typed
        assert underlined_words(field) == ["recieve"]
        await pilot.press("right")  # at its end again
        assert underlined_words(field) == []
        screen_of(app).set_focus(None)  # left half typed: underlined
        await pilot.pause()
        assert underlined_words(field) == ["recieve"]


async def test_editor_keys_can_be_remapped_by_binding_id(tmp_path):
    workspace = make_workspace(tmp_path)
    app = host(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        app.set_keymap({"editor.mark-sent": "f11", "editor.next-draft": "f10"})
        await pilot.press("f11")
        assert workspace.session.interviewers[0].draft.sent == NOW
        await pilot.press("f10")
        assert screen_of(app).index == 1
