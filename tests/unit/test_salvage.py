"""A damaged records database: never written by a reader, salvaged by the app, row by row."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_desktop.storage import salvage
from spasm_desktop.storage.records import RecordStore, StoreProblem
from tests import damage
from tests.damage import T0

STAMP = T0.strftime("%Y%m%d-%H%M%S")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "records.sqlite3"
    damage.make_records(path)
    return path


def originals(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return {table: damage.rows(path, table) for table in damage.TABLES}


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def salvaged(path: Path, damaged_bytes: bytes) -> salvage.SalvageResult:
    """Open the damaged file as the app does; check what is kept; return the store and result."""
    store = RecordStore(path, lambda: T0, salvage=True)
    result = store.salvaged
    assert result is not None
    assert store.problem is StoreProblem.NONE
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


def test_a_reader_never_changes_a_damaged_file(db: Path) -> None:
    damage.overwrite_header(db)
    damaged = db.read_bytes()
    before = listing(db.parent)
    with pytest.raises(salvage.DamagedRecords) as raised:
        RecordStore(db, lambda: T0)
    assert "not a database" in raised.value.reason
    assert db.read_bytes() == damaged
    assert listing(db.parent) == before  # nothing renamed, no new database, no side files


def test_header_overwritten_every_row_comes_back(db: Path) -> None:
    expected = originals(db)
    damage.overwrite_header(db)
    damaged = db.read_bytes()
    result = salvaged(db, damaged)
    assert result.header_rebuilt
    assert result.complete
    assert originals(db) == expected
    assert result.recovered("drinks") == damage.DRINKS
    assert result.recovered("cramp_episodes") == damage.CRAMPS


def test_one_middle_page_of_the_cramps_lost_the_rest_comes_back(db: Path) -> None:
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


def test_the_first_page_of_a_table_lost_the_rest_comes_back(db: Path) -> None:
    expected = originals(db)
    first = damage.pages(db, "cramp_episodes")[0]
    on_page = damage.leaf_rowids(db, first)
    assert min(on_page) == 1
    damage.overwrite_page(db, first)
    result = salvaged(db, db.read_bytes())
    assert originals(db)["cramp_episodes"] == [
        r for r in expected["cramp_episodes"] if r[0] not in on_page
    ]
    [cramps] = [t for t in result.tables if t.name == "cramp_episodes"]
    assert (cramps.unreadable, cramps.lost_at_most) == (1, len(on_page))


def test_file_cut_short_every_page_before_the_cut_comes_back(db: Path) -> None:
    expected = originals(db)
    leaves = damage.pages(db, "cramp_episodes")
    [root] = damage.pages(db, "cramp_episodes", "internal")
    cut = leaves[len(leaves) // 2]
    assert root < cut
    assert max([*damage.pages(db, "drinks"), root]) < cut
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


def test_the_salvaged_record_is_the_apps_own(db: Path) -> None:
    damage.overwrite_header(db)
    salvaged(db, db.read_bytes())
    store = RecordStore(db, lambda: T0)  # opens as any sound record
    assert store.problem is StoreProblem.NONE
    assert store.salvaged is None
    store.add_drink(T0, 250, "manual")
    assert store.pending_count == 0
    store.close()
    assert len(damage.rows(db, "drinks")) == damage.DRINKS + 1


def test_a_failed_salvage_leaves_the_damaged_file_in_place(db: Path) -> None:
    damage.overwrite_header(db)
    damaged = db.read_bytes()

    def create(path: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left on device"):
        salvage.salvage(db, T0, create)
    assert db.read_bytes() == damaged
    assert listing(db.parent) == ["records.sqlite3"]  # no copy piles up at each start


def test_a_locked_record_is_not_damaged(db: Path) -> None:
    locker = sqlite3.connect(db, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        assert salvage.diagnose(db) is None
        store = RecordStore(db, lambda: T0, salvage=True)
        assert store.salvaged is None
        assert store.problem is not StoreProblem.DAMAGED
        store.close()
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert not [p for p in db.parent.iterdir() if ".damaged-" in p.name]


def test_a_sound_record_is_not_damaged(db: Path, tmp_path: Path) -> None:
    assert salvage.diagnose(db) is None
    assert salvage.diagnose(tmp_path / "missing.sqlite3") is None


def wal_pages(wal: bytes, page_size: int) -> set[int]:
    """The page numbers of the frames in a WAL file."""
    frame = 24 + page_size
    return {int.from_bytes(wal[at : at + 4], "big") for at in range(32, len(wal), frame)}


def test_changes_only_in_the_wal_of_a_killed_app_come_back_with_a_damaged_header(
    db: Path, tmp_path: Path
) -> None:
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")  # the last change stays in the -wal, as at a kill
    writer.execute("UPDATE drinks SET ml = ml + 1000 WHERE id <= 5")
    expected = damage.rows(db, "drinks")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # the files as a kill leaves them
        (crashed / f"records.sqlite3{suffix}").write_bytes(
            db.with_name(f"records.sqlite3{suffix}").read_bytes()
        )
    writer.close()
    copy = crashed / "records.sqlite3"
    wal = copy.with_name("records.sqlite3-wal").read_bytes()
    # The first page (with the header) is not in the WAL: only the file's own can be read.
    assert 1 not in wal_pages(wal, damage.page_size(copy))
    assert wal_pages(wal, 4096)
    damage.overwrite_header(copy)
    damaged = copy.read_bytes()
    result = salvaged(copy, damaged)
    assert result.kept.with_name(result.kept.name + "-wal").read_bytes() == wal
    assert result.header_rebuilt
    assert damage.rows(copy, "drinks") == expected
    assert [row[2] for row in expected[:6]] == [1150, 1151, 1152, 1153, 1154, 155]


UNSALVAGEABLE = """
import datetime as dt, sys
from pathlib import Path
from spasm_desktop.storage.records import RecordStore
now = dt.datetime(2026, 6, 1, 7, tzinfo=dt.UTC)
store = RecordStore(Path(sys.argv[1]), lambda: now, salvage=True)
store.add_drink(now, 250, "manual")
print(store.problem.value, store.pending_count, store.water_total(now, now + dt.timedelta(1)))
print(store.salvaged, bool(store.error))
"""


def run_as_user(code: str, *args: object) -> subprocess.CompletedProcess[str]:
    """Run ``code`` as a user without rights in the shut folder (nobody, when run as root)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    return subprocess.run(
        [*prefix, sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parents[2],
    )


@pytest.fixture
def shut_folder() -> Iterator[Path]:
    """A folder others can read but not write (given back writable to be removed)."""
    folder = Path(tempfile.mkdtemp(prefix="spasm-salvage-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def test_a_record_that_cannot_be_salvaged_is_left_alone_and_records_wait_in_memory(
    db: Path, shut_folder: Path
) -> None:
    """The data folder can't be written to (as a user without rights there; CI runs as root)."""
    damage.overwrite_header(db)
    target = shut_folder / "records.sqlite3"
    shutil.copyfile(db, target)
    target.chmod(0o644)
    shut_folder.chmod(0o555)
    result = run_as_user(UNSALVAGEABLE, target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["damaged 1 250", "None True"]
    assert target.read_bytes() == db.read_bytes()
    assert sorted(p.name for p in shut_folder.iterdir()) == ["records.sqlite3"]


DIAGNOSE = """
import sys
from pathlib import Path
from spasm_desktop.storage import salvage
print(salvage.diagnose(Path(sys.argv[1])))
"""


@pytest.mark.parametrize("mode", [0o444, 0o000], ids=["read-only", "unreadable"])
def test_a_read_only_or_unreadable_record_is_not_damaged(
    db: Path, shut_folder: Path, mode: int
) -> None:
    target = shut_folder / "records.sqlite3"
    shutil.copyfile(db, target)
    target.chmod(mode)
    shut_folder.chmod(0o555)
    result = run_as_user(DIAGNOSE, target)
    assert (result.returncode, result.stdout) == (0, "None\n"), result.stderr
    assert sorted(p.name for p in shut_folder.iterdir()) == ["records.sqlite3"]
