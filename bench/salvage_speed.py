"""How long finding and salvaging a damaged record takes: 100,000 and 1,000,000 events.

Builds each record with ``bench/bigdata.py`` in a temporary folder, then times

* ``salvage.diagnose`` on the sound file (what every command and each start of the app adds:
  a read-only ``PRAGMA quick_check``), the median of ``--runs``;
* the app's salvage (``RecordStore(..., salvage=True)``) of a copy with one middle leaf page of
  the drinks overwritten, and of a copy with its 100-byte header overwritten, once each;

and prints what came back.

    .venv/bin/python bench/salvage_speed.py [--runs 5] [--events 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import bigdata
from spasm_desktop.storage import records, salvage

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def damage_page(db: Path) -> None:
    """Overwrite the middle leaf page of the drinks."""
    conn = sqlite3.connect(db)
    leaves = [
        row[0]
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'drinks' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = leaves[len(leaves) // 2]
    with db.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xa5" * size)


def damage_header(db: Path) -> None:
    """Overwrite the first 100 bytes."""
    with db.open("r+b") as handle:
        handle.write(bytes(range(100)))


def main() -> None:
    """Run the benchmark with the command line's options and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for events in args.events:
            sound = Path(tmp) / f"sound-{events}.sqlite3"
            bigdata.fill(sound, NOW, events=events)
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                assert salvage.diagnose(sound) is None
                times.append(time.perf_counter() - start)
            size = sound.stat().st_size / 2**20
            print(
                f"{events:>9} events ({size:.0f} MiB): diagnose {statistics.median(times):.3f} s"
                f" (median of {args.runs})"
            )
            for name, hurt in (("one drinks page", damage_page), ("the header", damage_header)):
                folder = Path(tmp) / f"{events}-{hurt.__name__}"
                folder.mkdir()
                db = folder / "records.sqlite3"
                shutil.copyfile(sound, db)
                hurt(db)
                start = time.perf_counter()
                store = records.RecordStore(db, lambda: NOW, salvage=True)
                took = time.perf_counter() - start
                result = store.salvaged
                store.close()
                assert result is not None
                back = ", ".join(f"{t.name} {t.recovered}" for t in result.tables if t.recovered)
                lost = sum(t.lost_at_most for t in result.tables)
                print(f"  salvage, {name} damaged: {took:.2f} s; {back}; at most {lost} lost")


if __name__ == "__main__":
    main()
