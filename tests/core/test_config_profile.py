"""The config file: [profile] and [send] read with one-line errors, and writes that keep the user's file."""

from __future__ import annotations

import os
import tomllib
from dataclasses import replace
from datetime import datetime

import pytest

from followup.core.config import (
    Profile,
    apply_profile,
    load_config,
    profile_of,
    save_config,
    save_profile,
)
from followup.core.errors import SessionError
from followup.core.render import starter_draft
from followup.core.store import new_session
from tests.fixtures.sessions import EST, northwind

HAND_WRITTEN = """\
# followup settings, kept by hand
disable = ["subject.length"]   # I like long subjects
words = [
    "Kubernetes",   # from my CV
    "dbt",
]

[keys]
"editor.mark-sent" = "f10"

# Who I am
[profile]
name = "Alex Kim"        # as I sign
email = "alex.kim@example.com"
achievements = ["churn dashboard that cut reporting time by 40%"]

[send]
command = "msmtp -t"     # my usual account
bcc_self = true
"""


def _write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_profile_and_send_are_read(tmp_path):
    config = load_config(_write(tmp_path, HAND_WRITTEN))
    assert config.profile == Profile(name="Alex Kim", email="alex.kim@example.com",
                                     achievements=("churn dashboard that cut reporting time by 40%",))
    assert config.send is not None and config.send.command == "msmtp -t" and config.send.bcc_self


@pytest.mark.parametrize(("text", "field", "words"), [
    ('[profile]\nname = 3\n', "profile.name", "expected a string"),
    ('[profile]\nlinks = "https://x.example"\n', "profile.links", "list of strings"),
    ('profile = "Alex"\n', "profile", "table"),
    ('[send]\ncommand = "msmtp -t"\npassword = "hunter2"\n', "send.password", "password_command"),
    ('[send]\nhost = "smtp.example.com"\nport = 70000\n', "send.port", "port number"),
    ('[send]\nhost = "smtp.example.com"\nsecurity = "ssl"\n', "send.security", "starttls"),
    ('[send]\nhost = "smtp.example.com"\ncommand = "msmtp -t"\n', "send", "not both"),
    ('[send]\nbcc_self = true\n', "send", "command"),
    ('[send]\ncommand = "msmtp -t"\ncompose = "neomutt -H"\n', "send.compose", "{file}"),
])
def test_bad_profile_or_send_is_one_line_naming_file_and_field(tmp_path, text, field, words):
    path = _write(tmp_path, text)
    with pytest.raises(SessionError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and f": {field}: " in message and words in message
    assert "hunter2" not in message


def test_smtp_port_follows_security(tmp_path):
    tls = load_config(_write(tmp_path, '[send]\nhost = "smtp.example.com"\nsecurity = "tls"\n')).send
    assert (tls.port, tls.security) == (465, "tls")
    plain = load_config(_write(tmp_path, '[send]\nhost = "smtp.example.com"\n')).send
    assert (plain.port, plain.security) == (587, "starttls")


def test_a_word_added_keeps_comments_order_and_the_untouched_tables(tmp_path):
    path = _write(tmp_path, HAND_WRITTEN)
    save_config(load_config(path).with_word("Postgres"), path)
    text = path.read_text()
    assert text.startswith("# followup settings, kept by hand\n")
    for kept in ("# I like long subjects", '"Kubernetes",   # from my CV', "# Who I am",
                 'name = "Alex Kim"        # as I sign', 'command = "msmtp -t"     # my usual account'):
        assert kept in text
    assert text.index('"dbt"') < text.index('"Postgres"') < text.index("[keys]")
    assert tomllib.loads(text)["words"] == ["Kubernetes", "dbt", "Postgres"]
    # Nothing else was rewritten: the file differs from the original only by the added word's line.
    assert text == HAND_WRITTEN.replace('    "dbt",\n', '    "dbt",\n    "Postgres",\n')


def test_a_theme_chosen_is_added_as_a_top_level_key_before_the_tables(tmp_path):
    path = _write(tmp_path, HAND_WRITTEN)
    save_config(replace(load_config(path), theme="nord"), path)
    data = tomllib.loads(path.read_text())
    assert data["theme"] == "nord" and data["send"] == {"command": "msmtp -t", "bcc_self": True}


def test_saving_the_profile_changes_only_the_profile(tmp_path):
    path = _write(tmp_path, HAND_WRITTEN)
    profile = Profile(name="Alex Kim", email="alex.kim@example.com", phone="+1 555 0100",
                      signoff="Best regards,\nAlex Kim\n+1 555 0100",
                      achievements=("churn dashboard that cut reporting time by 40%",))
    config = save_profile(profile, path)
    text = path.read_text()
    assert config.profile == profile and load_config(path).profile == profile
    assert 'name = "Alex Kim"        # as I sign' in text and "# my usual account" in text
    assert 'signoff = """Best regards,\nAlex Kim\n+1 555 0100"""' in text  # readable, not "\n" escapes


def test_the_config_is_written_through_a_symlink_to_its_target(tmp_path):
    real = tmp_path / "dotfiles" / "followup.toml"
    real.parent.mkdir()
    real.write_text(HAND_WRITTEN)
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    save_config(load_config(link).with_word("Postgres"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "Postgres" in real.read_text() and "# Who I am" in real.read_text()


def test_a_new_config_file_is_private(tmp_path):
    path = tmp_path / "new" / "config.toml"
    save_profile(Profile(name="Alex Kim"), path)
    assert os.stat(path).st_mode & 0o077 == 0
    assert load_config(path).profile == Profile(name="Alex Kim")


def test_a_new_session_starts_from_the_profile():
    profile = Profile(name="Alex Kim", email="alex.kim@example.com", phone="+1 555 0100",
                      links=("https://www.linkedin.com/in/alexkim",), signoff="Kind regards,\nAlex",
                      achievements=("churn dashboard",))
    session = apply_profile(new_session(datetime(2026, 11, 25, 9, tzinfo=EST)), profile)
    assert (session.candidate.name, session.candidate.email, session.candidate.phone) == (
        "Alex Kim", "alex.kim@example.com", "+1 555 0100")
    assert session.interview.achievements == ["churn dashboard"]
    assert profile_of(session) == profile


def test_the_profile_never_overwrites_what_the_session_has():
    session = northwind()
    before = (session.candidate.name, session.candidate.email, list(session.interview.achievements))
    apply_profile(session, Profile(name="Someone Else", email="else@example.com", achievements=("other",)))
    assert (session.candidate.name, session.candidate.email, list(session.interview.achievements)) == before


def test_the_starters_sign_with_the_profile_signoff():
    session = northwind()
    assert starter_draft(session, 0).signoff.startswith("Best regards,\nAlex Kim")
    apply_profile(session, Profile(signoff="Warm regards,\nAlex Kim\nlinkedin.com/in/alexkim"))
    assert starter_draft(session, 0).signoff == "Warm regards,\nAlex Kim\nlinkedin.com/in/alexkim"


def test_a_stale_config_saved_later_keeps_what_was_written_meanwhile(tmp_path):
    """The app read the config at start; setup saved the profile and the user edited the file since.
    The app then adds a word: only the word is added, nothing written meanwhile is undone."""
    path = _write(tmp_path, HAND_WRITTEN)
    app_config = load_config(path)
    save_profile(Profile(name="Alex Kim", email="alex@new.example"), path)
    path.write_text(path.read_text().replace('bcc_self = true', 'bcc_self = false   # changed my mind'))
    save_config(app_config.with_word("Postgres"), path)
    config = load_config(path)
    assert config.profile.email == "alex@new.example"
    assert config.send.bcc_self is False and "# changed my mind" in path.read_text()
    assert config.words == {"Kubernetes", "dbt", "Postgres"}


def test_a_word_added_by_hand_meanwhile_stays_beside_the_apps(tmp_path):
    path = _write(tmp_path, HAND_WRITTEN)
    app_config = load_config(path)
    path.write_text(path.read_text().replace('    "dbt",\n', '    "dbt",\n    "Terraform",\n'))
    save_config(app_config.with_word("Postgres"), path)
    assert load_config(path).words == {"Kubernetes", "dbt", "Terraform", "Postgres"}
