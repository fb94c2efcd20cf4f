"""The key bar on a narrow screen (issue 14, first-time user at 60x20): when keys must be left out, F1 help
stays, since it lists every key of the screen; no key is shown cut in half."""

from __future__ import annotations


import pytest

from followup.core import store
from followup.tui.screens.editor import EditorScreen
from tests.tui.conftest import until
from tests.tui.editor_kit import make_session



def _bar(app) -> list[str]:
    """The keys shown in the key bar, as their actions."""
    return [key.action for key in app.screen.query("FooterKey") if key.display]


@pytest.mark.parametrize("part", ["editor", "preview", "roster", "setup"])
async def test_help_stays_in_a_crowded_key_bar(make_app, sessions_dir, part):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(60, 20)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
        await pilot.press({"editor": "f4", "preview": "f5", "roster": "f3", "setup": "f2"}[part])
        await pilot.pause()
        await until(pilot, lambda: bool(_bar(app)))
        await pilot.pause()
        keys = _bar(app)
        assert "help" in keys, keys
        footer = app.screen.query_one("Footer")
        for key in app.screen.query("FooterKey"):
            assert key.region.right <= footer.region.right, f"{key.action} is cut off"


def _shown_in_order(app) -> list[str]:
    """The key bar as the user reads it, left to right: "^n next draft", ..."""
    keys = [key for key in app.screen.query("FooterKey") if key.display and key.region.width]
    return [str(key.render()).strip() for key in sorted(keys, key=lambda key: key.region.x)]


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_the_key_bar_keeps_its_order_wherever_the_focus_is(make_app, sessions_dir, size):
    """A section field binds ctrl+u itself (delete to the line's start): the key bar still reads "next draft"
    then "prev draft", in a field as in the findings list."""
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
        await pilot.press("ctrl+n")  # Sam's draft has findings
        await until(pilot, lambda: bool(_shown_in_order(app)) and app.screen.sidebar.findings_list is not None
                     and bool(app.screen.sidebar.findings_list.findings))
        await pilot.pause()
        seen = {}
        for place in ("field", "findings", "a finding's field"):
            if place == "findings":
                await pilot.press("ctrl+f")
                await until(pilot, lambda: app.focused is app.screen.sidebar.findings_list)
            elif place == "a finding's field":
                await pilot.press("enter")
                await until(pilot, lambda: app.focused is not app.screen.sidebar.findings_list)
            await pilot.pause()
            await pilot.pause()
            seen[place] = _shown_in_order(app)
        assert seen["field"] == seen["findings"] == seen["a finding's field"], seen
        bar = seen["field"]
        next_key = next(i for i, text in enumerate(bar) if text.endswith("next draft"))
        prev_key = next(i for i, text in enumerate(bar) if text.endswith("prev draft"))
        assert next_key < prev_key, bar
