"""The autosave state machine without a screen: a fake clock, real files (and a disk that fills up)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from followup.core import store
from followup.tui.autosave import Autosave, Conflict, Failed, Saved, State
from tests.tui.conftest import make_session


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _opened(tmp_path: Path, clock: Clock, **kw) -> tuple[Autosave, Path]:
    path = tmp_path / "s.toml"
    fingerprint = store.save(make_session(), path)
    return Autosave(path, fingerprint, clock=clock, **kw), path


def _run_due(saver: Autosave, session) -> None:
    """What the app's timer does: start a due save and hand its result back."""
    assert saver.due()
    job = saver.begin()
    saver.finished(job, saver.write(job, session))


def test_an_edit_is_saved_after_a_pause_in_typing(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    session = make_session(company="Edited")
    saver.edited()
    assert saver.state is State.DIRTY and not saver.due()
    clock.now += 0.375
    _run_due(saver, session)
    assert saver.state is State.IDLE and not saver.unsaved
    assert store.load(path).interview.company == "Edited"


def test_steady_typing_is_saved_at_least_every_max_wait(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    for _ in range(5):  # a key every 0.125 s: typing never pauses
        saver.edited()
        clock.now += 0.125
        assert not saver.due()
    saver.edited()
    clock.now += 0.125
    assert saver.due(), "0.75 s of typing without a pause: due (0.7 s at the latest)"


def test_a_burst_is_one_write_and_the_file_never_lags_silently(tmp_path, clock):
    writes = []

    def counting(session, path, expected):
        writes.append(path)
        return store.save(session, path, expected)

    saver, path = _opened(tmp_path, clock, writer=counting)
    for _ in range(8000):  # a 7.9 KB paste typed as keys, all in one moment
        saver.edited()
    assert writes == [], "nothing is written on the keystroke path"
    job = saver.begin()  # a write starts; the burst goes on meanwhile
    for _ in range(100):
        saver.edited()
        clock.now += 0.01
    saver.finished(job, saver.write(job, make_session(company="Part")))
    assert saver.state is State.DIRTY, "what came during the write is still owed"
    assert saver.behind() == 0.0 or saver.behind() < 0.01
    clock.now += 1.5
    assert saver.behind() >= 1.5, "the status can say how far behind the file is"
    _run_due(saver, make_session(company="All"))
    assert len(writes) == 2 and not saver.unsaved
    assert store.load(path).interview.company == "All"


def test_disk_full_keeps_the_edit_and_retries(tmp_path, clock):
    full = True

    def disk(session, path, expected):
        if full:
            raise OSError(errno.ENOSPC, "No space left on device")
        return store.save(session, path, expected)

    saver, path = _opened(tmp_path, clock, writer=disk, retry_every=3.0)
    saver.edited()
    clock.now += 1
    _run_due(saver, make_session(company="Kept"))
    assert saver.state is State.FAILED and saver.reason == "No space left on device"
    assert saver.unsaved
    clock.now += 2.9
    assert not saver.due()
    clock.now += 0.2
    full = False
    _run_due(saver, make_session(company="Kept"))
    assert saver.state is State.IDLE
    assert store.load(path).interview.company == "Kept"


def test_a_change_on_disk_is_a_conflict_and_nothing_is_written(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    store.save(make_session(company="Theirs"), path)
    saver.edited()
    clock.now += 1
    _run_due(saver, make_session(company="Mine"))
    assert saver.state is State.CONFLICT
    assert store.load(path).interview.company == "Theirs"
    saver.edited()
    clock.now += 5
    assert not saver.due(), "saving pauses until the user chooses"
    assert isinstance(saver.save_now(make_session(company="Mine")), Conflict)
    assert isinstance(saver.keep_mine(make_session(company="Mine")), Saved)
    assert saver.state is State.IDLE
    assert store.load(path).interview.company == "Mine"


def test_take_theirs_is_clean_and_saving_goes_on(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    theirs = store.save(make_session(company="Theirs"), path)
    saver.edited()
    clock.now += 1
    _run_due(saver, make_session(company="Mine"))
    saver.take_theirs(theirs)
    assert saver.state is State.IDLE and not saver.unsaved
    saver.edited()
    clock.now += 1
    _run_due(saver, make_session(company="Theirs 2"))
    assert store.load(path).interview.company == "Theirs 2"


def test_save_mine_as_a_copy_goes_on_in_the_copy(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    store.save(make_session(company="Theirs"), path)
    saver.edited()
    clock.now += 1
    _run_due(saver, make_session(company="Mine"))
    assert saver.state is State.CONFLICT
    result = saver.save_copy(make_session(company="Mine"), "20261125-140305")
    assert isinstance(result, Saved) and result.path.name == "s.mine-20261125-140305.toml"
    assert saver.state is State.IDLE and saver.path == result.path
    # Autosave goes on in the copy, and our own copy is never "changed on disk".
    saver.edited()
    clock.now += 1
    _run_due(saver, make_session(company="Mine, later"))
    assert saver.state is State.IDLE
    assert store.load(result.path).interview.company == "Mine, later"
    assert isinstance(saver.save_now(make_session(company="Mine, last")), Saved)
    assert store.load(path).interview.company == "Theirs"


def test_two_copies_in_the_same_second_never_collide(tmp_path, clock):
    first, path = _opened(tmp_path, clock)
    second = Autosave(path, first.fingerprint, clock=clock)
    a = first.save_copy(make_session(company="A"), "20261125-140305")
    b = second.save_copy(make_session(company="B"), "20261125-140305")
    assert isinstance(a, Saved) and isinstance(b, Saved) and a.path != b.path
    assert store.load(a.path).interview.company == "A"
    assert store.load(b.path).interview.company == "B"


def test_a_late_write_to_the_old_file_does_not_touch_the_copy(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    saver.edited()
    clock.now += 1
    job = saver.begin()  # a background write of the old path is running...
    copy = saver.save_as(make_session(company="Moved"), tmp_path / "elsewhere.toml")
    assert isinstance(copy, Saved)
    saver.finished(job, saver.write(job, make_session(company="Old")))  # ...and ends after the move
    assert saver.path == tmp_path / "elsewhere.toml" and saver.state is State.IDLE


def test_hang_up_saves_to_the_session_when_it_can(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    saver.edited()
    result = saver.rescue(make_session(company="Typed"), "stamp", [tmp_path])
    assert result == Saved(path, saver.fingerprint)
    assert store.load(path).interview.company == "Typed"


def test_hang_up_during_a_conflict_writes_a_recovery_copy(tmp_path, clock):
    saver, path = _opened(tmp_path, clock)
    store.save(make_session(company="Theirs"), path)
    saver.edited()
    clock.now += 1
    _run_due(saver, make_session(company="Mine"))
    result = saver.rescue(make_session(company="Mine"), "stamp", [tmp_path])
    assert isinstance(result, Saved) and result.path.name == "s.unsaved-stamp.toml"
    assert store.load(path).interview.company == "Theirs", "theirs is never overwritten"
    assert store.load(result.path).interview.company == "Mine"


def test_hang_up_with_a_full_disk_tries_the_next_place(tmp_path, clock):
    other = tmp_path / "other"

    def disk(session, path, expected):
        if path.parent == tmp_path:
            raise OSError(errno.ENOSPC, "No space left on device")
        return store.save(session, path, expected)

    saver, path = _opened(tmp_path, clock, writer=disk)
    saver.edited()
    result = saver.rescue(make_session(company="Mine"), "stamp", [tmp_path, other])
    assert isinstance(result, Saved) and result.path.parent == other
    nowhere = saver.rescue(make_session(company="Mine"), "stamp", [tmp_path])
    assert isinstance(nowhere, Failed)
