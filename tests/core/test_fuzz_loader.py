"""Fuzzing the loader: arbitrary TOML documents and arbitrary bytes give a Session or a SessionError.

Never any other exception, and the error is always one line. 2,000 examples per property unless
FOLLOWUP_FUZZ_EXAMPLES says otherwise (the normal run is CI's fuzz run).
"""

from __future__ import annotations

import os

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.errors import SessionError
from followup.core.model import Session
from followup.core.store import decode, dumps, loads
from tests.fixtures.sessions import GOOD_TOML, northwind
from tests.fixtures.strategies import aware, text, toml_values

FUZZ = settings(max_examples=int(os.environ.get("FOLLOWUP_FUZZ_EXAMPLES", "2000")), deadline=None)

KNOWN_KEYS = [
    "schema", "candidate", "interview", "interviewers", "app", "name", "email", "phone", "company", "role",
    "start", "end", "outcome", "medium", "requirements", "achievements", "concerns", "title", "topics", "draft",
    "subject", "greeting", "gratitude", "interest", "clarification", "closing", "signoff", "sent",
    "interviewer", "section",
]
keys = st.one_of(st.sampled_from(KNOWN_KEYS), text)
values = st.one_of(toml_values, st.sampled_from([1, 2, 0, -1, 3, "pending", "rejected", "email", "subject"]), aware)
documents = st.recursive(
    st.dictionaries(keys, values, max_size=4),
    lambda inner: st.dictionaries(keys, st.one_of(values, inner, st.lists(inner, min_size=1, max_size=3)), max_size=5),
    max_leaves=20,
)


def _load_or_error(raw: bytes) -> None:
    try:
        result = loads(decode(raw, "fuzz.toml"), "fuzz.toml")
    except SessionError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.toml: ")
    else:
        assert isinstance(result, Session)
        loads(dumps(result))  # whatever loads also saves and loads again


@FUZZ
@given(documents)
def test_arbitrary_toml_documents_alone_and_grafted_onto_a_valid_session(doc):
    # One test for both properties: drawing the document was most of each one's time (the loads are quick),
    # so each document is checked alone and grafted; still 2,000 documents for each property.
    base = tomli_w.dumps(doc)
    _load_or_error(base.encode())
    # Valid skeleton first, then arbitrary extra tables: exercises deeper validation paths.
    _load_or_error((GOOD_TOML + "\n" + base).encode())
    _load_or_error((base + "\n" + GOOD_TOML).encode())


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes(raw):
    _load_or_error(raw)


REAL_FILE = dumps(northwind()).encode()  # built once: each example damages its own copy


@FUZZ
@given(st.data())
def test_damaged_copies_of_a_real_file(data):
    raw = bytearray(REAL_FILE)
    for _ in range(data.draw(st.integers(1, 6))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["flip", "cut", "dup"]))
        if op == "flip":
            raw[pos] = data.draw(st.integers(0, 255))
        elif op == "cut":
            del raw[pos : pos + data.draw(st.integers(1, 40))]
        else:
            raw[pos:pos] = raw[pos : pos + data.draw(st.integers(1, 40))]
        if not raw:
            break
    _load_or_error(bytes(raw))


def test_absurdly_deep_nesting_is_a_clean_error():
    for doc in ("a = " + "[" * 100_000 + "]" * 100_000, "a = " + "{b = " * 5_000 + "1" + "}" * 5_000):
        _load_or_error(doc.encode())
