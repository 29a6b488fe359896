"""A backup is written in pieces (storage/backup.py, fileutil.write_atomic_chunks)."""

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_desktop import fileutil
from spasm_desktop.storage import backup, records
from spasm_desktop.storage.records import RecordStore

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)


def test_rows_over_many_batches_are_all_written_in_order(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    store = RecordStore(db, lambda: NOW)
    count = backup.BATCH_ROWS * 2 + 7
    for n in range(count):
        store.add_drink(NOW + dt.timedelta(seconds=n), 100 + n % 50, "tray")
    store.close()
    out = tmp_path / "b.json"
    counts = backup.export_json(db, tmp_path / "settings.json", out, None, None)
    assert counts["drinks"] == count
    assert counts["breaks"] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    drinks = data["tables"]["drinks"]
    assert [d["ml"] for d in drinks] == [100 + n % 50 for n in range(count)]
    assert data["tables"]["breaks"] == []
    assert data["schema"] == len(records.SCHEMA)
    loaded, problems = backup.read_backup(out)
    assert problems == []
    assert loaded is not None
    assert loaded.count()["drinks"] == count


def test_a_piece_that_fails_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    out.write_bytes(b"old")

    def pieces() -> Iterator[bytes]:
        yield b"new, half"
        raise OSError("the disk is full")

    with pytest.raises(OSError, match="the disk is full"):
        fileutil.write_atomic_chunks(out, pieces())
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]
