"""Shared pytest set-up: snapshot SVGs in top-level `snapshots/<test module>/`; async tests run in asyncio.

pytest-textual-snapshot 1.1.0 looks `SVGImageExtension` up on every call, so replacing it here is enough.
"""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest
import pytest_textual_snapshot

SNAPSHOT_ROOT = Path(__file__).resolve().parent.parent / "snapshots"


class TopLevelSVGExtension(pytest_textual_snapshot.SVGImageExtension):
    """Store each test module's snapshots in `snapshots/<module name>/` at the repository's top."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(SNAPSHOT_ROOT / Path(test_location.filepath).stem)


pytest_textual_snapshot.SVGImageExtension = TopLevelSVGExtension


# ----------------------------------------------------------------------------- async tests
# `async def test_...` runs in a fresh event loop (Textual's Pilot needs one); no plugin needed.


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = inspect.signature(pyfuncitem.obj).parameters
        kwargs = {name: pyfuncitem.funcargs[name] for name in names}
        asyncio.run(pyfuncitem.obj(**kwargs))
        return True
    return None


# ----------------------------------------------------------------------------- running in parallel
# `make test` runs two pytest-xdist workers (`--dist loadgroup`). The end-to-end tests share one worker,
# one after another, so their timings are not distorted by each other; the app snapshots share one too,
# since they show one fixed sessions folder.


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups
def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("e2e") is not None:
            item.add_marker(pytest.mark.xdist_group("e2e"))
        elif item.path.name == "test_snapshots_app.py":
            item.add_marker(pytest.mark.xdist_group("snapshot-folder"))
