"""The dialogs that can cost text: the save conflict (opens by itself, maybe mid-sentence) and save elsewhere.

Driven by keys through the real app, as a user meets them.
"""

from __future__ import annotations


from followup.core import store
from followup.tui.screens.dialogs import ConfirmDialog, ConflictDialog, PathPrompt
from followup.tui.screens.editor import EditorScreen
from followup.tui.widgets.section_field import SectionField
from tests.tui.conftest import make_session, until, write_session



async def _editing_gratitude(pilot, path) -> SectionField:
    app = pilot.app
    await pilot.pause()
    assert app.open_path(path)
    await until(pilot, lambda: isinstance(app.screen, EditorScreen))
    await pilot.pause()
    field = app.screen.field("gratitude")
    field.focus()
    await pilot.press("ctrl+e")  # end of the line: "... billing pipeline."
    return field


async def _conflict_opens_while_typing(pilot, path) -> tuple[SectionField, ConflictDialog]:
    """Another program rewrites the file; the user types "T" and the dialog opens, armed, mid-word."""
    app = pilot.app
    field = await _editing_gratitude(pilot, path)
    store.save(make_session(company="Theirs Inc"), path)
    await pilot.press(*" T")
    await until(pilot, lambda: isinstance(app.screen, ConflictDialog) and app.screen.armed)
    return field, app.screen


async def test_a_sentence_typed_through_the_conflict_dialog_goes_into_the_draft(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        field, dialog = await _conflict_opens_while_typing(pilot, path)
        # A touch typist goes on, unaware: t, k and c (the dialog's old keys) among the letters.
        await pilot.press(*"hat kind talk clicked.", "backspace", "!")
        await pilot.pause()
        assert app.screen is dialog, "a letter chose an answer"
        assert field.text.endswith("billing pipeline. That kind talk clicked!")
        assert store.load(path).interview.company == "Theirs Inc"  # nothing chosen, nothing written
        # The typed text is kept by "keep mine".
        await pilot.press("f5")
        await until(pilot, lambda: not isinstance(app.screen, ConflictDialog))
        saved = store.load(path).interviewers[0].draft.gratitude
        assert saved.endswith("That kind talk clicked!")


async def test_taking_theirs_takes_the_same_key_twice(make_app, sessions_dir):
    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        field, dialog = await _conflict_opens_while_typing(pilot, path)
        await pilot.press("f8")
        await pilot.pause()
        assert app.screen is dialog
        assert "f8  again to drop the changes" in dialog.keys_text
        # Any other key steps back: a stray F8 later is a first press again.
        await pilot.press("o")
        await pilot.press("f8")
        await pilot.pause()
        assert app.screen is dialog
        assert field.text.endswith("pipeline. To")
        await pilot.press("f8")
        await until(pilot, lambda: not isinstance(app.screen, ConflictDialog))
        assert app.workspace.session.interview.company == "Theirs Inc"


async def test_save_elsewhere_asks_before_overwriting_a_file(make_app, sessions_dir, home):
    path = write_session(sessions_dir, "s.toml", make_session())
    other = write_session(home, "other.toml", make_session(company="Keep Me Inc"))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _editing_gratitude(pilot, path)
        await pilot.press("f12")
        await until(pilot, lambda: isinstance(app.screen, PathPrompt))
        await pilot.press("ctrl+a", "ctrl+k", *str(other), "enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "other.toml" in str(app.screen.query_one(".dialog-text").render())
        await pilot.press("n")  # keep it: back to the path, nothing written
        await until(pilot, lambda: isinstance(app.screen, PathPrompt))
        assert store.load(other).interview.company == "Keep Me Inc"
        assert app.workspace.path == path
        # A folder means the session's own name in it: that file exists too, so it asks again.
        await pilot.press("ctrl+a", "ctrl+k", *str(sessions_dir), "enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, PathPrompt))
        # Saying yes overwrites, and the session lives there from now on.
        await pilot.press("ctrl+a", "ctrl+k", *str(other), "enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await until(pilot, lambda: app.workspace.path == other)
        assert store.load(other).interview.company == "Northwind Analytics"


async def test_save_elsewhere_to_a_new_file_does_not_ask(make_app, sessions_dir, home):
    path = write_session(sessions_dir, "s.toml", make_session())
    target = home / "new.toml"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _editing_gratitude(pilot, path)
        await pilot.press("f12")
        await until(pilot, lambda: isinstance(app.screen, PathPrompt))
        await pilot.press("ctrl+a", "ctrl+k", *str(target), "enter")
        await until(pilot, lambda: app.workspace.path == target)
        assert store.load(target).interview.company == "Northwind Analytics"


async def test_removing_an_interviewer_counts_the_drafts_words_as_the_sidebar_does(make_app, sessions_dir):
    from followup.tui.screens.roster import RosterScreen

    path = write_session(sessions_dir, "s.toml", make_session())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _editing_gratitude(pilot, path)
        await pilot.press("f3")
        await until(pilot, lambda: isinstance(app.screen, RosterScreen))
        await pilot.press("f8")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        # "Dear Dana," and "Thank you for the conversation about the billing pipeline.": the body's 11 words
        # (the subject is not part of the email's length).
        assert "(11 words)" in str(app.screen.query_one(".dialog-text").render())


async def test_every_answer_of_the_conflict_dialog_is_on_a_60x20_screen(make_app, sessions_dir):
    path = write_session(sessions_dir, "session-20261202-003233.toml", make_session())  # a name as followup gives
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        _, dialog = await _conflict_opens_while_typing(pilot, path)
        await pilot.pause()
        box = dialog.query_one(".dialog-box").content_region
        for name in ("mine", "copy", "theirs", "later"):
            row = dialog.query_one(f"#option-{name}").region
            assert row.height and box.contains_region(row), f"{name}: {row} is not inside {box}"
