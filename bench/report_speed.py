"""How long the clinician report (PDF) takes with a large record: 100,000 events over 8 years.

Builds a temporary database with ``bench/bigdata.py``: about 80,000 drinks, 8,000 cramp
episodes, 6,000 breaks from sitting, 3,000 routine sessions and 3,000 reminder-log rows, and one
water goal per day. 3,000 of the episodes fall in the last 90
days (a very busy diary, so that period's appendix is about 70 pages); the rest are spread over
the 8 years. Then, for each period, it times what the app and ``spasm-desktop export pdf`` do:
read the records (``history.load_report``), compute the summary, lay out and write the PDF.

    .venv/bin/python bench/report_speed.py [--runs 3] [--keep DIR]

Prints the median of ``--runs`` runs per period (after one untimed warm-up run that loads
fonts), then the whole command ``spasm-desktop export pdf`` as a process (start-up included).
Target: every figure under 2 s. Uses Qt's offscreen platform unless QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6 import QtGui  # after choosing the platform

from bench import bigdata
from spasm_desktop.core import stats
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import history, routines
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.record import report

TARGET_S = 2.0
YEARS = 8
RECENT_EPISODES = 3_000
TZ = ZoneInfo("Europe/Berlin")


def make_report(db: Path, period: stats.Period, now: dt.datetime, out: Path) -> tuple[int, int]:
    """What ``export pdf`` does after start-up: load, summarise, write. Returns (cramps, pages)."""
    store = RecordStore(db, lambda: now)
    try:
        record = history.load_report(
            store, Settings(), routines.load_library(None), period, TZ, now
        )
    finally:
        store.close()
    content = report.report_input(record, TZ, now, name="Bench Mark")
    return content.summary.total, report.write_pdf(out, content)


def median_time(runs: int, work: Callable[[], tuple[int, int]]) -> tuple[float, tuple[int, int]]:
    """The median time of ``runs`` calls of ``work``, and its last result."""
    times = []
    result = (0, 0)
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def cli_time(home: Path, out: Path, runs: int) -> float:
    """The median wall time of ``spasm-desktop export pdf`` (default period) as a process."""
    env = dict(os.environ, SPASM_DESKTOP_HOME=str(home))
    env.pop("QT_QPA_PLATFORM", None)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "spasm_desktop", "export", "pdf", "--out", str(out), "--force"],
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Run the benchmark with the command line's options; 0 when every run is within the goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per period (median)")
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args()
    app = QtGui.QGuiApplication(sys.argv[:1])
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    today = now.astimezone(TZ).date()
    with tempfile.TemporaryDirectory(prefix="spasm-report-bench-") as tmp:
        home = Path(tmp) / "home"
        db = home / "data" / "records.sqlite3"
        db.parent.mkdir(parents=True)
        start = time.perf_counter()
        counts = bigdata.fill(db, now, years=YEARS, recent_episodes=RECENT_EPISODES)
        events = sum(counts.values())
        print(
            f"database: {events:,} events over {YEARS} years ({time.perf_counter() - start:.1f} s)"
        )
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        store = RecordStore(db, lambda: now)
        first = store.first_record_at()
        store.close()
        assert first is not None
        periods = {
            "14 days (default)": stats.Period.ending(today, 14),
            "90 days": stats.Period.ending(today, 90),
            "whole record": stats.Period(stats.local_day(first, TZ), today),
        }
        make_report(db, periods["14 days (default)"], now, out_dir / "warm-up.pdf")
        worst = 0.0
        print(f"{'period':20} {'cramps':>7} {'pages':>6} {'median':>9}   (load + summary + write)")
        for label, period in periods.items():
            out = out_dir / f"report-{period.days}d.pdf"
            work = functools.partial(make_report, db, period, now, out)
            seconds, (cramps, pages) = median_time(args.runs, work)
            worst = max(worst, seconds)
            print(f"{label:20} {cramps:>7,} {pages:>6,} {seconds:>8.3f}s")
        process = cli_time(home, out_dir / "cli.pdf", args.runs)
        print(f"{'export pdf (process)':20} {'':>7} {'':>6} {process:>8.3f}s   (start-up included)")
        worst = max(worst, process)
    del app
    verdict = "holds" if worst < TARGET_S else "does NOT hold"
    print(f"target: every figure under {TARGET_S:.0f} s: {verdict} (slowest {worst:.3f} s)")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
