"""`interview.kind` in session files: optional, "job" by default, "informational" kept, a bad value a one-line
error naming the field (SESSION-FORMAT.md)."""

from __future__ import annotations

import pytest

from followup.core.errors import SessionError
from followup.core.store import dumps, loads
from tests.fixtures.sessions import GOOD_TOML


def test_a_file_without_kind_is_a_job_interview_and_saves_without_it():
    session = loads(GOOD_TOML, "session.toml")
    assert session.interview.kind == "job"
    assert "kind" not in dumps(session)


def test_an_informational_interview_round_trips():
    text = GOOD_TOML.replace('medium = "email"', 'medium = "email"\nkind = "informational"')
    session = loads(text, "session.toml")
    assert session.interview.kind == "informational" and session.interview.informational
    assert "kind" not in session.interview.extra
    again = loads(dumps(session), "session.toml")
    assert again.interview.kind == "informational"


def test_unknown_keys_beside_kind_are_still_kept():
    text = GOOD_TOML.replace('medium = "email"', 'medium = "email"\nkind = "informational"\nvenue = "café"')
    session = loads(dumps(loads(text, "session.toml")), "session.toml")
    assert session.interview.extra == {"venue": "café"}


@pytest.mark.parametrize("value, shown", [('"coffee chat"', "'coffee chat'"), ("3", "found 3")])
def test_a_bad_kind_is_a_one_line_error_naming_the_field(value, shown):
    text = GOOD_TOML.replace('medium = "email"', f'medium = "email"\nkind = {value}')
    with pytest.raises(SessionError) as caught:
        loads(text, "session.toml")
    line = str(caught.value)
    assert line.startswith('session.toml: interview.kind: expected "job" or "informational", found ')
    assert shown in line and "\n" not in line
