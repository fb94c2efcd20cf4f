"""Property tests: any session, however hostile its text, survives save and load exactly.

Examples per property: FOLLOWUP_FUZZ_EXAMPLES (default 200 here; the loader and rules fuzzing run 2,000).
"""

from __future__ import annotations

from hypothesis import given

from followup.core.store import dumps, load, loads, save
from tests.fixtures.strategies import FUZZ, sessions


@FUZZ
@given(sessions())
def test_loads_dumps_round_trip(session):
    assert loads(dumps(session), "generated.toml") == session


@FUZZ
@given(sessions(max_interviewers=2))
def test_save_load_round_trip_on_disk(tmp_path_factory, session):
    path = tmp_path_factory.mktemp("rt") / "s.toml"
    save(session, path)
    assert load(path) == session
    assert dumps(load(path)) == dumps(session)  # and a second save writes the same bytes
