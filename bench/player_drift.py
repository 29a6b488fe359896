"""Measures the stretch player's timing in real time: phase changes against the plan, and the end.

Runs the real player window (offscreen Qt) through a routine on the real monotonic clock, pausing
once in the middle, and prints how late each phase change was handled and where the last phase
ended against the sum of the phase durations (target: within 50 ms).

    .venv/bin/python bench/player_drift.py [--routine bedtime-extended] [--pause-at 200]

A 12-minute routine takes 12 minutes (plus the pause): this is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import routine as rt
from spasm_desktop.storage import routines
from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow


def main() -> int:
    """Run the benchmark with the command line's options; 0 when the drift is within the goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routine", default="bedtime-extended")
    parser.add_argument("--pause-at", type=float, default=200.0, help="seconds into the routine")
    parser.add_argument("--pause-for", type=float, default=3.0)
    args = parser.parse_args()

    app = QtWidgets.QApplication([])
    library = routines.load_library(None)
    routine = library.routines[args.routine]
    phases = rt.timeline(routine, library.exercises)
    planned = [0.0]
    for phase in phases:
        planned.append(planned[-1] + phase.duration_s)
    total = planned[-1]
    window = RoutinePlayerWindow(routine, library.exercises, sound=False)
    changes: list[tuple[int, float]] = []
    paused = {"at": 0.0, "for": 0.0}
    ended: dict[str, float] = {}

    def routine_time(now: float) -> float:
        return now - start - paused["for"]

    # Routine time at each event: wall time since the start, less the pause so far.
    window.phase_changed.connect(
        lambda index: changes.append((index, routine_time(time.monotonic())))
    )
    window.session_ended.connect(
        lambda _session: ended.setdefault("at", routine_time(time.monotonic()))
    )
    window.session_ended.connect(lambda _session: QtCore.QTimer.singleShot(100, app.quit))

    def pause() -> None:
        paused["at"] = time.monotonic()
        window.toggle_pause()
        QtCore.QTimer.singleShot(int(args.pause_for * 1000), resume)

    def resume() -> None:
        window.toggle_pause()
        paused["for"] += time.monotonic() - paused["at"]

    print(f"{routine.name}: {len(phases)} phases, {total:.0f} s planned; running in real time")
    start = time.monotonic()
    window.show()
    if 0 < args.pause_at < total:
        QtCore.QTimer.singleShot(int(args.pause_at * 1000), pause)
    app.exec()
    late = [(at - planned[index]) * 1000 for index, at in changes if index > 0]
    end = ended["at"]
    print(
        f"phase changes: {len(late)}; handled late by (ms): median {statistics.median(late):.1f},"
        f" max {max(late):.1f}, min {min(late):.1f}"
    )
    print(f"pause: {paused['for']:.3f} s at {args.pause_at:.0f} s (taken out of the routine time)")
    print(
        f"end of the last phase: {end:.3f} s of routine time; planned {total:.3f} s;"
        f" off by {(end - total) * 1000:+.1f} ms (target within 50 ms)"
    )
    print(f"player's own clock at the end: {window.player.elapsed(0):.6f} s")
    return 0 if abs(end - total) <= 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
