"""A damaged records database: never written by a reader, salvaged by the app, row by row."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from spasm_desktop.storage import salvage
from spasm_desktop.storage.records import RecordStore, StoreProblem
from tests import damage
from tests.damage import T0

STAMP = T0.strftime("%Y%m%d-%H%M%S")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "records.sqlite3"
    damage.make_records(path)
    return path


def originals(path):
    return {table: damage.rows(path, table) for table in damage.TABLES}


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


def salvaged(path, damaged_bytes):
    """Open the damaged file as the app does; check what is kept; return the store and result."""
    store = RecordStore(path, lambda: T0, salvage=True)
    result = store.salvaged
    assert result is not None and store.problem is StoreProblem.NONE
    assert result.kept == path.with_name(f"records.sqlite3.damaged-{STAMP}")
    assert result.kept.read_bytes() == damaged_bytes  # the damaged original, byte for byte
    if sys.platform != "win32":
        assert result.kept.stat().st_mode & 0o777 == 0o600
        assert path.stat().st_mode & 0o777 == 0o600
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    return result


def test_a_reader_never_changes_a_damaged_file(db):
    damage.overwrite_header(db)
    damaged = db.read_bytes()
    before = listing(db.parent)
    with pytest.raises(salvage.DamagedRecords) as raised:
        RecordStore(db, lambda: T0)
    assert "not a database" in raised.value.reason
    assert db.read_bytes() == damaged
    assert listing(db.parent) == before  # nothing renamed, no new database, no side files


def test_header_overwritten_every_row_comes_back(db):
    expected = originals(db)
    damage.overwrite_header(db)
    damaged = db.read_bytes()
    result = salvaged(db, damaged)
    assert result.header_rebuilt and result.complete
    assert originals(db) == expected
    assert result.recovered("drinks") == damage.DRINKS
    assert result.recovered("cramp_episodes") == damage.CRAMPS


def test_one_middle_page_of_the_cramps_lost_the_rest_comes_back(db):
    expected = originals(db)
    leaves = damage.pages(db, "cramp_episodes")
    assert len(leaves) > 10
    middle = leaves[len(leaves) // 2]
    on_page = damage.leaf_rowids(db, middle)
    assert 5 < len(on_page) < 40
    damage.overwrite_page(db, middle)
    damaged = db.read_bytes()
    assert salvage.diagnose(db) is not None
    result = salvaged(db, damaged)
    assert not result.header_rebuilt
    back = originals(db)
    assert back["drinks"] == expected["drinks"]
    assert back["medicines"] == expected["medicines"]
    # Exactly the rows of the damaged page are missing: those before it and after it are back.
    assert back["cramp_episodes"] == [r for r in expected["cramp_episodes"] if r[0] not in on_page]
    [cramps] = [t for t in result.tables if t.name == "cramp_episodes"]
    assert (cramps.recovered, cramps.unreadable) == (damage.CRAMPS - len(on_page), 1)
    assert cramps.lost_at_most == len(on_page)
    assert not result.complete


def test_file_cut_short_every_page_before_the_cut_comes_back(db):
    expected = originals(db)
    leaves = damage.pages(db, "cramp_episodes")
    [root] = damage.pages(db, "cramp_episodes", "internal")
    cut = leaves[len(leaves) // 2]
    assert root < cut and max([*damage.pages(db, "drinks"), root]) < cut
    kept_rows = set().union(*(damage.leaf_rowids(db, p) for p in leaves if p < cut))
    damage.truncate_at_page(db, cut)
    damaged = db.read_bytes()
    assert salvage.diagnose(db) is not None
    result = salvaged(db, damaged)
    back = originals(db)
    assert back["drinks"] == expected["drinks"]
    assert back["cramp_episodes"] == [r for r in expected["cramp_episodes"] if r[0] in kept_rows]
    assert 0 < len(kept_rows) < damage.CRAMPS
    assert result.recovered("cramp_episodes") == len(kept_rows)


def test_the_salvaged_record_is_the_apps_own(db):
    damage.overwrite_header(db)
    salvaged(db, db.read_bytes())
    store = RecordStore(db, lambda: T0)  # opens as any sound record
    assert store.problem is StoreProblem.NONE and store.salvaged is None
    store.add_drink(T0, 250, "manual")
    assert store.pending_count == 0
    store.close()
    assert len(damage.rows(db, "drinks")) == damage.DRINKS + 1


def test_a_failed_salvage_leaves_the_damaged_file_in_place(db):
    damage.overwrite_header(db)
    damaged = db.read_bytes()

    def create(path):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        salvage.salvage(db, T0, create)
    assert db.read_bytes() == damaged
    assert not [p for p in db.parent.iterdir() if p.name.startswith(".salvage-")]


def test_a_locked_record_is_not_damaged(db):
    locker = sqlite3.connect(db, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        assert salvage.diagnose(db) is None
        store = RecordStore(db, lambda: T0, salvage=True)
        assert store.salvaged is None and store.problem is not StoreProblem.DAMAGED
        store.close()
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert not [p for p in db.parent.iterdir() if ".damaged-" in p.name]


def test_a_sound_record_is_not_damaged(db, tmp_path):
    assert salvage.diagnose(db) is None
    assert salvage.diagnose(tmp_path / "missing.sqlite3") is None
