"""How long the GUI thread stalls while the daily backup of a 1,000,000-row record is written.

Builds a temporary database with ``bench/bigdata.py`` (1,000,000 rows: 800,000 drinks, 80,000
cramp episodes, 60,000 breaks, 30,000 routine sessions, 30,000 reminder records), then:

1. in this process, an event loop with a 5 ms timer while :class:`DailyBackups` writes the
   backup on its worker thread: the longest gap between two timer ticks is the longest stall;
2. the same backup called on the GUI thread, as the app did before (the whole time is one
   stall; before, the backup was also built whole in memory: 7.0 s and 1.5 GiB at peak);
3. the real app (``python -m spasm_desktop``, offscreen) started on that record, asked
   ``status`` over its command channel every 100 ms while its start-up backup is written:
   the longest wait for an answer.

    .venv/bin/python bench/backup_stall.py [--rows 1000000] [--skip-app]

Target: the app answers within 1 s during the backup.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6 import QtCore

from bench import bigdata
from spasm_desktop.platform import instance
from spasm_desktop.storage import backup, daily_backups


def on_worker(db: Path, folder: Path) -> tuple[float, float, int]:
    """The backup on the worker thread: (seconds, the longest tick gap in ms, ticks)."""
    app = QtCore.QCoreApplication.instance() or QtCore.QCoreApplication([])
    runner = daily_backups.DailyBackups(db, db.parent / "settings.json", folder)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QtCore.QTimer()
    timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    runner.made.connect(lambda _path: app.quit())
    runner.failed.connect(lambda error: (print("failed:", error), app.quit()))
    started = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    runner.run_if_due(dt.datetime.now(dt.UTC).date(), dt.datetime.now(dt.UTC))
    app.exec()
    took = time.perf_counter() - started
    timer.stop()
    return took, max(gaps) * 1000, len(gaps)


def on_gui_thread(db: Path, folder: Path) -> float:
    """The backup called on the GUI thread, as the app did before: the whole time is a stall."""
    started = time.perf_counter()
    backup.daily_backup(db, db.parent / "settings.json", folder, dt.datetime.now(dt.UTC).date())
    return time.perf_counter() - started


def real_app(root: Path, db: Path) -> tuple[float, int, float]:
    """The real app on the record: (longest answer in ms, answers, seconds until the backup)."""
    home = root / "apphome"
    (home / "data").mkdir(parents=True)
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text('{"version": 1}')
    shutil.copy(db, home / "data" / "records.sqlite3")
    env = dict(os.environ, SPASM_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    name = str(home / "data" / "instance.sock")
    process = subprocess.Popen(
        [sys.executable, "-m", "spasm_desktop"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    longest, answers = 0.0, 0
    started = time.monotonic()
    try:
        while (instance.send(name, {"cmd": "status"}, 20000) or {}).get("ok") is not True:
            time.sleep(0.05)  # still starting
        backups = home / "data" / "backups"
        while not (backups.exists() and any(backups.glob("backup-*.json"))):
            asked = time.perf_counter()
            reply = instance.send(name, {"cmd": "status"}, 20000)
            waited = time.perf_counter() - asked
            if reply is not None:
                answers += 1
                longest = max(longest, waited)
            time.sleep(0.1)
        done = time.monotonic() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
    return longest * 1000, answers, done


def main() -> None:
    """Run the benchmark with the command line's options and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--skip-app", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="spasm-backup-bench-") as tmp:
        root = Path(tmp)
        db = root / "records.sqlite3"
        counts = bigdata.fill(db, dt.datetime.now(dt.UTC), events=args.rows)
        print(f"record: {sum(counts.values()):,} rows, {db.stat().st_size / 2**20:.0f} MiB")
        took, stall, ticks = on_worker(db, root / "worker")
        size = next((root / "worker").glob("backup-*.json")).stat().st_size / 2**20
        print(
            f"worker thread: backup in {took:.2f} s ({size:.0f} MiB); longest GUI stall "
            f"{stall:.0f} ms over {ticks} ticks of 5 ms"
        )
        before = on_gui_thread(db, root / "gui")
        print(f"on the GUI thread (before): one stall of {before * 1000:.0f} ms")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {peak:.0f} MiB")
        if not args.skip_app:
            longest, answers, done = real_app(root, db)
            print(
                f"real app: {answers} answers to status during its start-up backup "
                f"({done:.1f} s after launch), the longest took {longest:.0f} ms (target 1000 ms)"
            )


if __name__ == "__main__":
    main()
