"""Saving under trouble: atomic replace, disk full, failed rename, two writers, leftovers, permissions."""

from __future__ import annotations

import errno
import os
import stat
from datetime import datetime, timedelta

import pytest

from followup.core import store
from followup.core.errors import SessionError
from followup.core.store import ConflictError, NEW_FILE, atomic_write, fingerprint, is_private, leftovers, load, recover, save
from tests.fixtures.sessions import EST, northwind


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_save_creates_private_file_in_private_folder(tmp_path):
    path = tmp_path / "sessions" / "alex.toml"
    save(northwind(), path)
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert is_private(path)


def test_save_makes_a_shared_file_private_again(tmp_path):
    path = tmp_path / "alex.toml"
    path.write_text("old")
    os.chmod(path, 0o644)
    assert not is_private(path)
    save(northwind(), path)
    assert _mode(path) == 0o600


def test_save_returns_fingerprint_of_what_is_on_disk(tmp_path):
    path = tmp_path / "alex.toml"
    assert fingerprint(path) is None
    assert save(northwind(), path) == fingerprint(path)


def test_disk_full_keeps_the_original_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    before = path.read_bytes()
    changed = northwind()
    changed.interviewers[0].draft.gratitude = "Thank you " * 500

    calls = []
    real_write = os.write

    def write(fd, data):
        calls.append(len(data))
        if len(calls) > 1:  # the first chunk lands, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[:100])

    with monkeypatch.context() as m:
        m.setattr(os, "write", write)
        with pytest.raises(OSError) as caught:
            save(changed, path)
    assert caught.value.errno == errno.ENOSPC
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alex.toml"]


def test_failed_rename_keeps_the_original_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    before = path.read_bytes()

    def replace(src, dst):
        raise OSError(errno.EIO, "Input/output error")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", replace)
        with pytest.raises(OSError):
            save(northwind(), path)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_failed_fsync_keeps_the_original(tmp_path, monkeypatch):
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    before = path.read_bytes()

    def fsync(fd):
        raise OSError(errno.EIO, "Input/output error")

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", fsync)
        with pytest.raises(OSError):
            save(northwind(), path)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_short_writes_are_completed(tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data)[:7]))
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    monkeypatch.undo()
    assert load(path) == northwind()


def test_read_only_folder_raises_oserror_and_changes_nothing(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    before = path.read_bytes()
    os.chmod(tmp_path, 0o500)
    try:
        with pytest.raises(PermissionError):
            save(northwind(), path)
    finally:
        os.chmod(tmp_path, 0o700)
    assert path.read_bytes() == before


def test_file_replaced_by_a_folder_raises_oserror(tmp_path):
    path = tmp_path / "alex.toml"
    path.mkdir()
    (path / "inside").write_text("keep")
    with pytest.raises(OSError):
        save(northwind(), path)
    assert (path / "inside").read_text() == "keep"
    assert leftovers(tmp_path) == []


def test_atomic_write_is_all_or_nothing_for_readers(tmp_path):
    path = tmp_path / "out.eml"
    atomic_write(path, b"first")
    atomic_write(path, b"second version")
    assert path.read_bytes() == b"second version"
    assert _mode(path) == 0o600


# -- two writers ---------------------------------------------------------------


def test_conflict_when_the_file_changed_since_it_was_read(tmp_path):
    path = tmp_path / "alex.toml"
    mine = save(northwind(), path)
    theirs = northwind()
    theirs.candidate.name = "Alex J. Kim"
    save(theirs, path)  # another instance, or an editor
    on_disk = path.read_bytes()
    with pytest.raises(ConflictError) as caught:
        save(northwind(), path, expected=mine)
    assert isinstance(caught.value, SessionError)
    assert "changed on disk" in str(caught.value)
    assert path.read_bytes() == on_disk  # the other change survives


def test_no_conflict_when_unchanged(tmp_path):
    path = tmp_path / "alex.toml"
    first = save(northwind(), path)
    changed = northwind()
    changed.candidate.phone = "+1 555 0199"
    second = save(changed, path, expected=first)
    assert second != first and load(path).candidate.phone == "+1 555 0199"


def test_conflict_when_file_deleted_or_created_meanwhile(tmp_path):
    path = tmp_path / "alex.toml"
    mine = save(northwind(), path)
    path.unlink()
    with pytest.raises(ConflictError, match="deleted"):
        save(northwind(), path, expected=mine)
    assert not path.exists()
    path.write_text("someone else's")
    with pytest.raises(ConflictError, match="created"):
        save(northwind(), path, expected=NEW_FILE)
    assert path.read_text() == "someone else's"


# -- leftovers of interrupted saves ---------------------------------------------


def test_stale_leftover_is_removed_when_the_session_is_intact(tmp_path):
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    temp = tmp_path / ".alex.toml.k2j3h4_x.tmp"
    temp.write_text("schema = 1\n[candid")  # killed mid-write
    assert leftovers(tmp_path) == [temp]
    messages = recover(tmp_path)
    assert len(messages) == 1 and "alex.toml is intact" in messages[0]
    assert not temp.exists() and load(path) == northwind()


def test_complete_leftover_without_a_valid_session_is_rescued(tmp_path):
    temp = tmp_path / ".alex.toml.abcd1234.tmp"
    temp.write_text(store.dumps(northwind()))
    (tmp_path / "alex.toml").write_text("")  # damaged by something else
    messages = recover(tmp_path)
    rescued = tmp_path / "alex.recovered.toml"
    assert load(rescued) == northwind()
    assert _mode(rescued) == 0o600
    assert "alex.recovered.toml" in messages[0]
    assert leftovers(tmp_path) == []
    assert (tmp_path / "alex.toml").read_text() == ""  # not touched: the user decides


def test_rescue_never_overwrites_an_earlier_rescue(tmp_path):
    (tmp_path / "alex.recovered.toml").write_text("earlier")
    (tmp_path / ".alex.toml.abcd1234.tmp").write_text(store.dumps(northwind()))
    recover(tmp_path)
    assert (tmp_path / "alex.recovered.toml").read_text() == "earlier"
    assert load(tmp_path / "alex.recovered-2.toml") == northwind()


def test_rescue_never_replaces_a_name_that_only_looks_free(tmp_path):
    # a dangling link (a file on an unmounted drive, say): exists() says no, but the name is taken
    link = tmp_path / "alex.recovered.toml"
    link.symlink_to(tmp_path / "elsewhere" / "alex.toml")
    (tmp_path / ".alex.toml.abcd1234.tmp").write_text(store.dumps(northwind()))
    messages = recover(tmp_path)
    assert link.is_symlink() and os.readlink(link) == str(tmp_path / "elsewhere" / "alex.toml")
    assert load(tmp_path / "alex.recovered-2.toml") == northwind()
    assert "alex.recovered-2.toml" in messages[0] and leftovers(tmp_path) == []


def test_rescue_never_replaces_a_file_that_appears_while_it_moves(tmp_path, monkeypatch):
    # another instance takes the name between our look and our move: whatever call puts the rescue
    # under its name (link, rename, replace) finds the rival there first
    rival = tmp_path / "alex.recovered.toml"

    def rival_first(call):
        def wrapped(src, dst, *args, **kwargs):
            if os.fspath(dst) == str(rival) and not os.path.lexists(rival):
                rival.write_text("the other instance's rescue")
            return call(src, dst, *args, **kwargs)
        return wrapped

    for name in ("link", "rename", "replace"):
        monkeypatch.setattr(os, name, rival_first(getattr(os, name)))
    (tmp_path / ".alex.toml.abcd1234.tmp").write_text(store.dumps(northwind()))
    messages = recover(tmp_path)
    assert rival.read_text() == "the other instance's rescue"
    assert load(tmp_path / "alex.recovered-2.toml") == northwind()
    assert "alex.recovered-2.toml" in messages[0] and leftovers(tmp_path) == []


def test_partial_leftover_without_a_session_is_kept_and_reported(tmp_path):
    temp = tmp_path / ".alex.toml.abcd1234.tmp"
    temp.write_text("schema = 1\n[cand")
    messages = recover(tmp_path)
    assert temp.exists() and "inspect" in messages[0]


def test_recent_leftovers_are_skipped_when_asked(tmp_path):
    save(northwind(), tmp_path / "alex.toml")
    temp = tmp_path / ".alex.toml.abcd1234.tmp"
    temp.write_text("partial")
    now = datetime.fromtimestamp(temp.stat().st_mtime, EST)
    assert recover(tmp_path, older_than=now - timedelta(minutes=1)) == []
    assert temp.exists()
    assert recover(tmp_path, older_than=now + timedelta(minutes=1)) != []
    assert not temp.exists()


def test_unrelated_hidden_files_are_not_leftovers(tmp_path):
    (tmp_path / ".hidden").write_text("x")
    (tmp_path / "notes.tmp").write_text("x")
    (tmp_path / "alex.toml").write_text("x")
    assert leftovers(tmp_path) == []
    assert recover(tmp_path) == []


# -- the config file -----------------------------------------------------------------


def test_save_config_is_atomic_private_and_keeps_unknown_keys(tmp_path, monkeypatch):
    from followup.core.config import Config, load_config, save_config

    path = tmp_path / "cfg" / "config.toml"
    config = Config(disable=frozenset({"subject.length"}), words=frozenset({"Kubernetes", "Nguyen"}),
                    keys={"app.help": "f1"}, theme="followup-light", extra={"future": {"x": 1}})
    save_config(config, path)
    assert load_config(path) == config
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    before = path.read_bytes()

    def replace(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", replace)
        with pytest.raises(OSError):
            save_config(config.with_word("Wojciechowski"), path)
    assert path.read_bytes() == before and leftovers(path.parent) == []


# -- symlinks, copies, long names, folder modes (issue 15) --------------------------------


def test_a_symlinked_session_is_written_through_the_link_atomically_there(tmp_path):
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "alex.toml"
    save(northwind(), real)
    link = tmp_path / "sessions" / "alex.toml"
    link.parent.mkdir()
    link.symlink_to(real)
    changed = northwind()
    changed.interviewers[0].draft.gratitude = "Thank you, through the link."
    save(changed, link, expected=fingerprint(link))
    assert link.is_symlink() and os.readlink(link) == str(real)  # the link stays a link
    assert load(real) == changed  # the real file got the edit
    assert _mode(real) == 0o600
    assert sorted(p.name for p in link.parent.iterdir()) == ["alex.toml"]  # no temp file beside the link
    assert leftovers(dotfiles) == []


def test_a_chain_of_links_reaches_the_last_target(tmp_path):
    real = tmp_path / "real.toml"
    save(northwind(), real)
    (tmp_path / "middle.toml").symlink_to(real)
    (tmp_path / "front.toml").symlink_to(tmp_path / "middle.toml")
    atomic_write(tmp_path / "front.toml", b"new bytes")
    assert real.read_bytes() == b"new bytes"
    assert (tmp_path / "front.toml").is_symlink() and (tmp_path / "middle.toml").is_symlink()


def test_two_copies_in_the_same_second_never_overwrite_each_other(tmp_path):
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    mine, theirs = northwind(), northwind()
    mine.interviewers[0].draft.gratitude = "Mine."
    theirs.interviewers[0].draft.gratitude = "Theirs."
    first, _ = store.save_copy(mine, path, "20261125-101500")
    second, _ = store.save_copy(theirs, path, "20261125-101500")
    assert first != second
    assert load(first) == mine and load(second) == theirs
    assert first.name == "alex.mine-20261125-101500.toml"


def test_a_new_file_is_created_exclusively_even_when_the_check_passed(tmp_path, monkeypatch):
    path = tmp_path / "alex.toml"
    real_link = os.link

    def link(src, dst):  # someone else creates the file between our check and our write
        with open(dst, "w") as other:
            other.write("someone else's")
        return real_link(src, dst)

    monkeypatch.setattr(os, "link", link)
    with pytest.raises(ConflictError):
        save(northwind(), path, expected=NEW_FILE)
    assert path.read_text() == "someone else's"
    assert leftovers(tmp_path) == []


def test_a_250_byte_session_name_saves_and_its_leftover_is_tidied(tmp_path):
    name = "é" * 122 + "x.toml"  # 250 bytes: "." + name + random + ".tmp" is longer than 255
    assert len(name.encode()) == 250
    path = tmp_path / name
    save(northwind(), path)
    changed = northwind()
    changed.candidate.phone = "+1 555 0199"
    save(changed, path, expected=fingerprint(path))
    assert load(path) == changed
    assert leftovers(tmp_path) == []
    # a save killed midway leaves a temp with a cut name; recovery still finds the session beside it
    prefix = store._temp_prefix(name)
    assert len(prefix.encode()) + 12 <= store.NAME_MAX
    temp = tmp_path / f"{prefix}abcd1234.tmp"
    temp.write_text("schema = 1\n[cand")
    messages = recover(tmp_path)
    assert not temp.exists() and "is intact" in messages[0]


def test_file_names_are_cut_by_bytes_never_inside_a_character():
    assert store.cut_name("a" * 300, 255) == "a" * 255
    cut = store.cut_name("😀" * 100, 255)
    assert len(cut.encode()) == 252 and cut == "😀" * 63


def test_new_folders_are_private_even_the_parents(tmp_path):
    home = tmp_path / "home"
    save(northwind(), home / "sessions" / "alex.toml")
    assert _mode(home) == 0o700 and _mode(home / "sessions") == 0o700


def test_an_open_sessions_folder_is_tightened(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    os.chmod(folder, 0o777)
    assert store.private_folder(folder) is None
    assert _mode(folder) == 0o700


# -- odd inputs are refused cheaply, with one line (issue 15, Concerns) -------------------------


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "session.toml"
    os.mkfifo(fifo)
    with pytest.raises(SessionError, match="not a regular file"):
        load(fifo)  # would block forever in open() or read() without the check


def test_a_device_is_refused_without_reading_it():
    with pytest.raises(SessionError, match="not a regular file"):
        load("/dev/zero")  # an endless read: a MemoryError without the check


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path):
    path = tmp_path / "huge.toml"
    with open(path, "wb") as out:
        out.truncate(store.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(SessionError, match="more than followup reads"):
        load(path)


def test_deeply_dotted_keys_are_refused_before_parsing(tmp_path, monkeypatch):
    import tomllib

    parsed = []
    monkeypatch.setattr(tomllib, "loads", lambda text: parsed.append(text) or {})
    for text in ("a" + ".a" * 20000 + " = 1\n", "[" + "a." * 20000 + "a]\n", "x = {" + "a." * 5000 + "a = 1}\n"):
        with pytest.raises(SessionError, match="dotted parts"):
            store.loads(text)
    assert parsed == []  # refused before tomllib spent seconds and gigabytes on it
    # a draft that happens to hold a long dotted run is still a session
    monkeypatch.undo()
    session = northwind()
    session.interviewers[0].draft.interest = "versions " + "1." * 40 + "2 and on."
    assert store.loads(store.dumps(session)) == session


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00", "9999-12-31T23:59:59", "9999-12-31T23:59:59-05:00",
                                  "1969-12-31T23:59:59Z", "2201-01-01T00:00:00+00:00"])
@pytest.mark.parametrize("field", ["start", "end"])
def test_dates_outside_1970_to_2200_are_one_line_errors(field, when):
    from tests.fixtures.sessions import GOOD_TOML

    text = GOOD_TOML.replace(f"{field} = 2026-11-25T", f"{field} = {when}\n_was_{field} = 2026-11-25T", 1)
    assert f"{field} = {when}" in text
    with pytest.raises(SessionError) as caught:
        store.loads(text, "s.toml")
    assert str(caught.value).startswith(f"s.toml: interview.{field}: the year ")
    assert "outside 1970-2200" in str(caught.value)


def test_dates_at_the_edges_of_the_range_load_and_score():
    from followup.core.rules import run_rules
    from followup.core.timing import deadline
    from tests.fixtures.sessions import GOOD_TOML

    for start, end, now in (("1970-01-01T00:00:00+14:00", "1970-01-01T00:30:00+14:00", "1970-01-01T00:00:00Z"),
                            ("2200-12-31T23:00:00-12:00", "2200-12-31T23:59:59-12:00", "2200-12-31T23:59:59-12:00")):
        text = GOOD_TOML.replace("start = 2026-11-25T09:00:00-05:00", f"start = {start}")
        text = text.replace("end = 2026-11-25T10:30:00-05:00", f"end = {end}")
        session = store.loads(text)
        moment = datetime.fromisoformat(now)
        assert run_rules(session, moment).drafts
        assert deadline(session, session.interviewers[0].draft, moment).label


def test_a_config_with_a_byte_order_mark_is_read_like_a_session(tmp_path):
    from followup.core.config import load_config

    path = tmp_path / "config.toml"
    path.write_bytes("\ufefftheme = \"followup-light\"\n".encode())
    assert load_config(path).theme == "followup-light"
    os.mkfifo(tmp_path / "fifo.toml")
    with pytest.raises(SessionError, match="not a regular file"):
        load_config(tmp_path / "fifo.toml")
    assert load_config(tmp_path / "absent.toml").theme is None


def test_a_whole_leftover_with_text_the_session_lacks_is_kept_not_deleted(tmp_path):
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    newer = northwind()
    newer.interviewers[0].draft.gratitude = "Text typed after the last save that reached alex.toml."
    temp = tmp_path / ".alex.toml.k2j3h4_x.tmp"
    temp.write_text(store.dumps(newer))  # written whole, killed before the rename
    messages = recover(tmp_path)
    kept = tmp_path / "alex.recovered.toml"
    assert load(kept) == newer, "the newer text is offered, not deleted"
    assert load(path) == northwind()
    assert len(messages) == 1 and "alex.recovered.toml" in messages[0] and "compare" in messages[0]


def test_a_whole_leftover_identical_to_the_session_is_removed(tmp_path):
    path = tmp_path / "alex.toml"
    save(northwind(), path)
    temp = tmp_path / ".alex.toml.k2j3h4_x.tmp"
    temp.write_bytes(path.read_bytes())
    recover(tmp_path)
    assert not temp.exists() and not (tmp_path / "alex.recovered.toml").exists()


def test_a_file_where_the_folder_should_be_is_an_error_not_an_endless_search(tmp_path):
    blocker = tmp_path / "exports"
    blocker.write_text("a file")
    with pytest.raises(NotADirectoryError):
        store.create_free(blocker, "dana", ".eml", b"x")


def test_recovery_messages_name_files_without_their_escape_sequences(tmp_path):
    name = "acme\x1b]52;c;eA==\x07.toml"
    (tmp_path / f".{name}.abcd1234.tmp").write_text("schema = 1\n[cand")
    (message,) = recover(tmp_path)
    assert "\x1b" not in message and "\x07" not in message and "acme]52;c;eA==" in message
