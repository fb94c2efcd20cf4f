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
