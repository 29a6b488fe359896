"""Held records handed over to the recovery file and added back once (real SQLite files)."""

import json
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core.episode import Episode
from spasm_desktop.storage import held, paths
from spasm_desktop.storage.records import RecordStore, StoreProblem
from tests.fakes import local
from tests.unprivileged import run_as_user

NOW = local(2026, 10, 12, 10, 0)
DAY = (local(2026, 10, 12), local(2026, 10, 13))
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
#: The locked records file, and the call that lets it go.
Locked = tuple[Path, Callable[[], None]]

LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's wait for a lock, cut from 2 s to 50 ms (each try on a locked file waits)."""
    connect = sqlite3.connect

    def quick(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs["timeout"] = 0.05
        conn: sqlite3.Connection = connect(*args, **kwargs)
        return conn

    monkeypatch.setattr(sqlite3, "connect", quick)


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Locked]:
    """A records file that a second process holds a write transaction on, until released."""
    path = tmp_path / "data" / "records.sqlite3"
    path.parent.mkdir()
    RecordStore(path, lambda: NOW).close()
    process = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"

    def release() -> None:
        if process.poll() is None:
            process.communicate("\n", timeout=10)

    yield path, release
    release()


def rows(path: Path, sql: str) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


EPISODE = Episode(started=local(2026, 10, 12, 3), duration_s=90, area="calf", side="left")


def hold_some(path: Path) -> RecordStore:
    """A store on the locked file ``path`` holding two drinks and an episode it cannot write."""
    store = RecordStore(path, lambda: NOW)
    store.add_drink(local(2026, 10, 12, 9), 300, "manual")
    store.save_episode(EPISODE)
    store.add_drink(local(2026, 10, 12, 9, 30), 200, "reminder")
    assert store.pending_count == 3
    assert store.problem is StoreProblem.UNAVAILABLE
    return store


def test_held_records_go_to_the_file_and_come_back_once(
    tmp_path: Path, locked: Locked, quick_busy_timeout: None
) -> None:
    path, release = locked
    store = hold_some(path)
    places = [path.parent / paths.HELD_RECORDS_NAME]
    entries = store.hand_over()
    assert store.pending_count == 0
    assert [e.what for e in entries] == ["drink", "episode", "drink"]
    assert held.personal(entries) == 3
    assert len({e.id for e in entries}) == 3
    kept = held.write(places, entries)
    store.close()
    assert kept == places[0]
    assert kept is not None
    if sys.platform != "win32":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    text = kept.read_text()
    assert "calf" in text  # the episode's row is there...
    release()
    for _attempt in range(2):  # ...and merging the same file twice adds it once
        found, files = held.read(places)
        assert files == [kept]
        assert [e.id for e in found] == [e.id for e in entries]
        again = RecordStore(path, lambda: NOW)
        assert again.take_in(found) is True
        assert again.water_total(*DAY) == 500
        assert [e.uid for e in again.episodes(*DAY)] == [EPISODE.uid]
        again.close()
    assert rows(path, "SELECT ml FROM drinks ORDER BY id") == [(300,), (200,)]
    markers = rows(path, "SELECT key FROM state WHERE key LIKE 'held:%'")
    assert sorted(k for (k,) in markers) == sorted(f"held:{e.id}" for e in entries)


def test_held_records_still_locked_at_the_next_start_wait_before_newer_ones(
    tmp_path: Path, locked: Locked, quick_busy_timeout: None
) -> None:
    path, release = locked
    entries = hold_some(path).hand_over()
    store = RecordStore(path, lambda: NOW)
    assert store.take_in(entries) is False  # still locked: they wait, in one write
    store.add_drink(local(2026, 10, 12, 11), 100, "manual")
    assert store.pending_count == 2
    # Handed over again (quitting once more): the same ids, and the new drink.
    second = store.hand_over()
    assert [e.id for e in second[:3]] == [e.id for e in entries]
    assert second[3].what == "drink"
    release()
    again = RecordStore(path, lambda: NOW)
    assert again.take_in(entries + second) is True
    assert again.water_total(*DAY) == 600
    again.close()
    store.close()


@POSIX
def test_a_file_others_may_change_or_that_the_app_did_not_write_is_not_read(tmp_path: Path) -> None:
    target = tmp_path / paths.HELD_RECORDS_NAME
    entry = held.Entry(
        "a" * 32,
        "drink",
        (
            (
                "INSERT INTO drinks (at, ml, source) VALUES (?,?,?)",
                ("2026-10-12T08:00:00+00:00", 300, "x"),
            ),
        ),
    )
    assert held.write([target], [entry]) == target
    assert held.read([target])[0] == [entry]
    target.chmod(0o666)
    assert held.read([target]) == ([], [])
    target.chmod(0o600)
    raw = json.loads(target.read_text())
    raw["held"][0]["statements"][0][0] = "DROP TABLE drinks"
    target.write_text(json.dumps(raw))
    assert held.read([target]) == ([], [])
    assert target.exists()  # left where it is, for the person or a later version


def test_the_file_goes_to_the_next_place_that_can_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    second = tmp_path / "config" / paths.HELD_RECORDS_NAME
    entry = held.Entry("b" * 32, "drink", ())
    assert held.write([blocked / paths.HELD_RECORDS_NAME, second], [entry]) == second
    # Written again with more: the earlier entry is kept beside the new one.
    other = held.Entry("c" * 32, "drink", ())
    assert held.write([tmp_path / "data" / paths.HELD_RECORDS_NAME, second], [other]) == (
        tmp_path / "data" / paths.HELD_RECORDS_NAME
    )
    assert not second.exists()  # everything is in the one file now
    found, _files = held.read([tmp_path / "data" / paths.HELD_RECORDS_NAME])
    assert [e.id for e in found] == ["b" * 32, "c" * 32]


def test_a_data_folder_deleted_while_open_is_noticed_not_written_unseen(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    store = RecordStore(folder / "records.sqlite3", lambda: NOW)
    store.add_drink(local(2026, 10, 12, 9), 300, "manual")
    assert store.pending_count == 0
    shutil.rmtree(folder)
    store.add_drink(local(2026, 10, 12, 10), 200, "manual")
    assert store.problem is StoreProblem.UNAVAILABLE
    assert store.pending_count == 1  # held, not written into the deleted file
    assert store.water_total(*DAY) == 200
    folder.mkdir()
    assert store.retry() is True  # a new file in the folder made again
    assert rows(folder / "records.sqlite3", "SELECT ml FROM drinks") == [(200,)]
    store.close()


@POSIX
def test_ensure_never_raises_and_keeps_a_read_only_folder_read_only() -> None:
    def body(folder: Path) -> None:
        result = paths.resolve({paths.HOME_VARIABLE: str(folder / "home")})
        assert result.ensure() == []
        result.data_dir.chmod(0o500)
        try:
            assert result.ensure() == []
            assert stat.S_IMODE(result.data_dir.stat().st_mode) == 0o500
            assert not paths.writable(result.data_dir)
            assert not result.server_name.startswith(str(result.data_dir))
            blocked = paths.resolve({paths.HOME_VARIABLE: str(folder / "a-file")})
            (folder / "a-file").write_text("x")
            assert len(blocked.ensure()) == 3  # no folder can be made: said, not raised
        finally:
            result.data_dir.chmod(0o700)

    # As root, run as nobody: root writes anywhere, so the folder would not be read-only.
    run_as_user(body)
