"""The key bar on a narrow screen (issue 14, first-time user at 60x20): when keys must be left out, F1 help
stays, since it lists every key of the screen; no key is shown cut in half."""

from __future__ import annotations

import time

import pytest

from followup.core import store
from followup.tui.screens.editor import EditorScreen
from tests.tui.editor_kit import make_session


async def _until(pilot, condition, seconds: float = 10.0) -> None:
    begin = time.monotonic()
    while not condition():
        assert time.monotonic() - begin < seconds, "the app never got there"
        await pilot.pause(0.02)


def _bar(app) -> list[str]:
    """The keys shown in the key bar, as their actions."""
    return [key.action for key in app.screen.query("FooterKey") if key.display]


@pytest.mark.parametrize("part", ["editor", "preview", "roster", "setup"])
async def test_help_stays_in_a_crowded_key_bar(make_app, sessions_dir, part):
    path = sessions_dir / "s.toml"
    store.save(make_session(), path)
    app = make_app(path)
    async with app.run_test(size=(60, 20)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None)
        await pilot.press({"editor": "f4", "preview": "f5", "roster": "f3", "setup": "f2"}[part])
        await pilot.pause()
        await _until(pilot, lambda: bool(_bar(app)))
        await pilot.pause()
        keys = _bar(app)
        assert "help" in keys, keys
        footer = app.screen.query_one("Footer")
        for key in app.screen.query("FooterKey"):
            assert key.region.right <= footer.region.right, f"{key.action} is cut off"
