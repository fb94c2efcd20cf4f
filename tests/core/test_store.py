"""Session files: what loads, what is written back, and the one-line errors for bad files."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup.core.errors import SessionError
from followup.core.model import AppState, Draft, Interviewer
from followup.core.store import dumps, load, loads, new_session, save
from tests.fixtures.sessions import EST, GOOD_TOML, northwind


def test_contract_example_loads_with_every_field():
    session = loads(GOOD_TOML, "session.toml")
    assert session.candidate.name == "Alex Kim"
    assert session.candidate.phone == "+1 555 0100"
    assert session.interview.start == datetime(2026, 11, 25, 9, 0, tzinfo=EST)
    assert session.interview.start.utcoffset() == timedelta(hours=-5)
    assert session.interview.end == datetime(2026, 11, 25, 10, 30, tzinfo=EST)
    assert session.interview.requirements == ["stronger data analysis", "stakeholder reporting"]
    dana, sam = session.interviewers
    assert dana.draft.signoff == "Best regards,\nAlex Kim\nalex.kim@example.com | +1 555 0100"
    assert dana.draft.clarification == ""
    assert sam.draft == Draft()  # no [interviewers.draft]: every section empty
    assert session.scenario == "multiple"


def test_round_trip_of_realistic_session_is_exact():
    session = northwind()
    session.interviewers[0].draft = Draft(subject="Thanks", signoff="Best,\nAlex", sent=datetime(2026, 11, 25, 15, 10, tzinfo=EST))
    session.app = AppState(interviewer=1, section="closing")
    assert loads(dumps(session)) == session


def test_saved_file_is_tidy_and_readable():
    session = northwind()
    session.interviewers[0].draft.signoff = "Best regards,\nAlex Kim"
    text = dumps(session)
    assert "start = 2026-11-25T09:00:00-05:00" in text
    assert 'signoff = """\nBest regards,\nAlex Kim"""' in text  # multi-line text stays multi-line
    assert "clarification" not in text  # empty optional values are left out
    assert "[app]" not in text  # default app state is not written
    assert "[interviews.draft]" not in text


def test_app_state_written_only_when_not_default():
    session = northwind()
    session.app = AppState(interviewer=1, section="interest")
    text = dumps(session)
    assert "[app]" in text and 'section = "interest"' in text
    assert loads(text).app == AppState(interviewer=1, section="interest")


def test_unknown_keys_at_every_level_are_kept():
    text = GOOD_TOML.replace("schema = 1\n", "schema = 1\nsynced_by = \"tool\"\n[future]\nflag = true\n", 1)
    text = text.replace('phone = "+1 555 0100"\n', 'phone = "+1 555 0100"\npronouns = "they"\n', 1)
    text = text.replace('medium = "email"\n', 'medium = "email"\nlocation = "remote"\n', 1)
    text = text.replace('title = "Analytics Manager"\n', 'title = "Analytics Manager"\nlinkedin = "dana"\n', 1)
    text = text.replace('greeting = "Dear Dana,"\n', 'greeting = "Dear Dana,"\ncc = ["x@y.z"]\n', 1)
    text += '\n[app]\ninterviewer = 1\nsection = "closing"\nwidth = 40\n'
    session = loads(text)
    assert session.extra == {"synced_by": "tool", "future": {"flag": True}}
    assert session.candidate.extra == {"pronouns": "they"}
    assert session.interview.extra == {"location": "remote"}
    assert session.interviewers[0].extra == {"linkedin": "dana"}
    assert session.interviewers[0].draft.extra == {"cc": ["x@y.z"]}
    assert session.app.extra == {"width": 40}
    again = loads(dumps(session))
    assert again == session
    assert again.extra["future"] == {"flag": True}


def test_local_datetime_is_read_in_the_machines_zone_and_written_with_offset():
    text = GOOD_TOML.replace("start = 2026-11-25T09:00:00-05:00", "start = 2026-11-25T09:00:00")
    session = loads(text)
    assert session.interview.start.tzinfo is not None
    assert session.interview.start == datetime(2026, 11, 25, 9, 0).astimezone()
    assert "start = 2026-11-25T09:00:00" in dumps(session)
    assert loads(dumps(session)).interview.start.utcoffset() == session.interview.start.utcoffset()


def test_missing_end_means_one_hour():
    session = loads(GOOD_TOML.replace("end = 2026-11-25T10:30:00-05:00\n", ""))
    assert session.interview.end is None
    assert session.interview.ends_at == datetime(2026, 11, 25, 10, 0, tzinfo=EST)


def test_new_session_is_valid_and_round_trips(tmp_path):
    now = datetime(2026, 11, 25, 14, 37, 12, 5, tzinfo=timezone(timedelta(hours=1)))
    session = new_session(now)
    assert session.interview.start == datetime(2026, 11, 25, 14, 37, tzinfo=timezone(timedelta(hours=1)))
    assert session.interviewers == []
    path = tmp_path / "new.toml"
    save(session, path)
    assert load(path) == session


@pytest.mark.parametrize(
    "text, message",
    [
        ("schema = 1\n[candidate]\nname = 'A'\n[interview\n", "session.toml: not valid TOML: "),
        (GOOD_TOML.replace("schema = 1", "schema = 3"),
         "session.toml: schema: schema 3 is newer than this followup understands (1); upgrade followup"),
        (GOOD_TOML.replace("schema = 1\n", ""), "session.toml: schema: missing"),
        (GOOD_TOML.replace('schema = 1', 'schema = "1"'), "session.toml: schema: expected a whole number"),
        (GOOD_TOML.replace('name = "Alex Kim"\n', ""), "session.toml: candidate.name: missing (expected a string)"),
        (GOOD_TOML.replace('company = "Northwind Analytics"\n', ""), "session.toml: interview.company: missing"),
        (GOOD_TOML.replace('role = "Senior Data Analyst"\n', ""), "session.toml: interview.role: missing"),
        (GOOD_TOML.replace("start = 2026-11-25T09:00:00-05:00\n", ""), "session.toml: interview.start: missing"),
        (GOOD_TOML.replace("start = 2026-11-25T09:00:00-05:00", "start = 2026-11-25"),
         "session.toml: interview.start: expected a date-time like 2026-11-25T09:00:00-05:00, found a date"),
        (GOOD_TOML.replace('name = "Sam Okafor"\n', ""), "session.toml: interviewers[2].name: missing"),
        (GOOD_TOML.replace('topics = ["the quarterly churn review"]', "topics = 'churn'"),
         "session.toml: interviewers[2].topics: expected a list of strings"),
        (GOOD_TOML.replace('topics = ["the quarterly churn review"]', "topics = [1, 2]"),
         "session.toml: interviewers[2].topics: expected a list of strings"),
        (GOOD_TOML.replace('greeting = "Dear Dana,"', "greeting = 7"),
         "session.toml: interviewers[1].draft.greeting: expected a string, found a number"),
        (GOOD_TOML.replace('outcome = "pending"', 'outcome = "won"'),
         "session.toml: interview.outcome: expected \"pending\" or \"rejected\", found 'won'"),
        (GOOD_TOML.replace('medium = "email"', 'medium = "fax"'),
         "session.toml: interview.medium: expected \"email\" or \"handwritten\", found 'fax'"),
        (GOOD_TOML.replace('[candidate]\nname = "Alex Kim"', 'candidate = "Alex"\n[x]\nname = "Alex Kim"'),
         "session.toml: candidate: expected a [candidate] table, found a string"),
        ("schema = 1\ninterviewers = 3\n" + GOOD_TOML.split("\n", 1)[1].split("[[interviewers]]")[0],
         "session.toml: interviewers: expected [[interviewers]] tables"),
        (GOOD_TOML + "\n[app]\nsection = 'footer'\n", "session.toml: app.section: expected"),
    ],
)
def test_bad_documents_name_file_and_field_on_one_line(text, message):
    with pytest.raises(SessionError) as caught:
        loads(text, "session.toml")
    line = str(caught.value)
    assert line.startswith(message)
    assert "\n" not in line


def test_toml_syntax_error_says_where():
    with pytest.raises(SessionError) as caught:
        loads("schema = 1\n[candidate]\nname = Alex\n", "s.toml")
    assert "line 3" in str(caught.value)


def test_bad_value_in_error_is_escaped_and_short():
    text = GOOD_TOML.replace('outcome = "pending"', 'outcome = "\\u001b[2J' + "x" * 200 + '"')
    line = str(pytest.raises(SessionError, loads, text, "s.toml").value)
    assert "\x1b" not in line and len(line) < 200


def test_nul_bytes_and_bad_utf8_are_clean_errors(tmp_path):
    nul = tmp_path / "nul.toml"
    nul.write_bytes(GOOD_TOML.encode().replace(b"Alex Kim", b"Alex\x00Kim", 1))
    assert "NUL bytes" in str(pytest.raises(SessionError, load, nul).value)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(GOOD_TOML.encode().replace(b"Alex Kim", "Siobhán".encode("latin-1"), 1))
    line = str(pytest.raises(SessionError, load, latin).value)
    assert line.startswith(f"{latin}: not UTF-8 text (bad byte at line 4)")


def test_folder_and_missing_file_are_clean_errors(tmp_path):
    assert "is a folder" in str(pytest.raises(SessionError, load, tmp_path).value)
    assert "no such file" in str(pytest.raises(SessionError, load, tmp_path / "nope.toml").value)


def test_byte_order_mark_is_accepted():
    assert loads("\ufeff" + GOOD_TOML).candidate.name == "Alex Kim"


def test_control_characters_round_trip_exactly():
    session = northwind()
    weird = "a\x00b\x7fc\x1b[2J\x07\rd\r\ne\u2028f\u202eg\t"
    session.candidate.name = weird
    session.interviewers[0].draft.gratitude = weird
    session.interviewers[1] = Interviewer(name="{{ 7*7 }} [b]x[/]", topics=['"quoted"', "[", "]", "'''"])
    assert loads(dumps(session)) == session


def test_top_level_extra_survives_a_save_to_disk(tmp_path):
    session = northwind()
    session.extra = {"note": "kept"}
    save(session, tmp_path / "s.toml")
    assert load(tmp_path / "s.toml").extra == {"note": "kept"}


@pytest.mark.parametrize("make", [
    lambda folder: folder / "missing.toml",
    lambda folder: folder,
    lambda folder: (folder / "bad.toml").write_text("[candidate\n") and folder / "bad.toml",
    lambda folder: (folder / "latin1.toml").write_bytes(b"x = '\xe9'\n") and folder / "latin1.toml",
])
def test_every_unreadable_file_is_one_session_error_naming_it(tmp_path, make):
    from followup.core.store import load_with_fingerprint

    path = make(tmp_path)
    for reader in (load, load_with_fingerprint):
        with pytest.raises(SessionError) as caught:
            reader(path)
        line = str(caught.value)
        assert line.startswith(f"{path}: ") and "\n" not in line
        assert caught.value.detail == line[len(f"{path}: "):]  # the same line without the file's name
