"""Reading the records in a folder SQLite can't write to, as a user without privileges."""

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unprivileged import Runner

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX folders")

COUNT = """
import sys
from pathlib import Path
from spasm_desktop.storage import reading
conn = reading.open_for_reading(Path(sys.argv[1]))
print(conn.execute("SELECT count(*), coalesce(sum(ml), 0) FROM drinks").fetchone())
"""


@pytest.fixture
def runner() -> Iterator[Runner]:
    made = Runner()
    yield made
    made.cleanup()


def make_records(folder: Path, committed: int, in_wal: int) -> None:
    """A WAL database of ``committed`` drinks in the file and ``in_wal`` more only in its -wal
    file (as a crash leaves it), copied into ``folder`` without its -shm file.
    """
    work = folder.parent / "work"
    work.mkdir()
    source = work / "records.sqlite3"
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE drinks (id INTEGER PRIMARY KEY, ml INTEGER)")
    conn.executemany("INSERT INTO drinks (ml) VALUES (?)", [(100,)] * committed)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.executemany("INSERT INTO drinks (ml) VALUES (?)", [(50,)] * in_wal)
    folder.mkdir()
    shutil.copyfile(source, folder / "records.sqlite3")
    if in_wal:
        shutil.copyfile(work / "records.sqlite3-wal", folder / "records.sqlite3-wal")
    conn.close()
    shutil.rmtree(work)


@pytest.mark.parametrize(("in_wal", "expected"), [(0, "(3, 300)"), (2, "(5, 400)")])
def test_records_in_a_folder_that_cannot_be_written_are_read(
    runner: Runner, in_wal: int, expected: str
) -> None:
    folder = runner.out_dir / "data"
    make_records(folder, 3, in_wal)
    for path in folder.iterdir():
        path.chmod(0o644)
        runner.give(path)
    runner.take_away(folder)
    command = runner.command()
    python = command[command.index("-c") - 1]
    as_user = command[: command.index(python)]
    result = subprocess.run(
        [
            *as_user,
            python,
            "-c",
            f"import sys; sys.path[:0] = {sys.path!r}\n{COUNT}",
            str(folder / "records.sqlite3"),
        ],
        env=runner.env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["records.sqlite3"] + (["records.sqlite3-wal"] if in_wal else []))
