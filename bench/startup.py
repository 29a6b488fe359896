"""Start-up to tray: the virtual-environment install next to the self-contained bundle.

Run from the repository root, after ``scripts/build-bundle.sh``:

    .venv/bin/python bench/startup.py [--runs 9] [--bundle build/bundle/dist/spasm-desktop]

Uses the virtual screen, session bus, notification daemon and tray of ``bench/idle.py`` (its
``start_desktop``; everything stopped by PID at the end) and measures each program the same way:
from just before the process is spawned until its tray icon is embedded in the panel and
viewable, with a fresh ``SPASM_DESKTOP_HOME`` holding settings under which no reminder comes due.
The two alternate, after one untimed warm-up run each (which fills the virtual environment's
private ``.pyc`` cache, as an installed app has its ``.pyc`` files; the bundle carries its own).

* venv: ``.venv/bin/spasm-desktop``, the launcher pip writes (what ``pipx`` and the wheel give).
* bundle: ``BUNDLE/spasm-desktop``, the PyInstaller folder's executable (what the .deb installs).

Also read at that moment: the CPU time the process has used so far (all its live threads,
``/proc/PID/task/*/schedstat``), which other programs loading the machine barely change, while
they stretch the wall-clock figure.

Prints each run, the medians and the ratios bundle / venv (target: at most 1.0, the bundle no
slower), for the wall clock and for CPU time. Exit status: 0 if the wall-clock target holds, 1
if not, 2 if the benchmark could not run.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import statistics
import sys
import tempfile
from pathlib import Path

import idle  # bench/idle.py, beside this file

TARGET_RATIO = 1.0


def start_to_tray(
    desktop: idle.Desktop, target: idle.Target, logdir: Path, tag: str, poll_s: float
) -> tuple[float, float]:
    """One start: (wall seconds from spawn to the icon embedded, CPU seconds used by then)."""
    before = idle.icons_now(desktop)
    with idle.launched(desktop, target, logdir, tag) as run:
        seen = idle.wait_for_icon(desktop, run, before, poll_s)
        cpu = sum(t.runtime_ns for t in idle.threads(run.proc.pid).values()) / 1e9
    idle.wait_for("the tray to drop the icon", lambda: idle.icons_now(desktop) <= before, 10, 0.01)
    return seen - run.spawned, cpu


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Return the command line's options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per program")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=idle.REPO / "build" / "bundle" / "dist" / "spasm-desktop",
        help="the bundle's folder (with the spasm-desktop executable in it)",
    )
    parser.add_argument(
        "--venv-program",
        type=Path,
        default=Path(sys.executable).parent / "spasm-desktop",
        help="the virtual environment's spasm-desktop launcher",
    )
    parser.add_argument("--poll-ms", type=float, default=2, help="tray polling interval")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be >= 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for each program; 0 when every goal was met."""
    args = parse(argv)
    signal.signal(signal.SIGTERM, idle._sigterm)
    bundle_program = args.bundle.resolve() / "spasm-desktop"  # the programs start in a temp home
    for program in (args.venv_program, bundle_program):
        if not program.is_file():
            idle.progress(f"error: {program} does not exist (scripts/build-bundle.sh builds it)")
            return 2
    targets = [
        idle.Target("venv", [str(args.venv_program)]),
        idle.Target("bundle", [str(bundle_program)]),
    ]
    logdir = Path(tempfile.mkdtemp(prefix="spasm-startup-"))
    desktop = idle.Desktop()
    try:
        idle.start_desktop(desktop, logdir, pyc_prefix=True)
        starts: dict[str, list[float]] = {t.name: [] for t in targets}
        cpus: dict[str, list[float]] = {t.name: [] for t in targets}
        for i in range(-1, args.runs):
            for target in targets if i % 2 else list(reversed(targets)):
                seconds, cpu = start_to_tray(
                    desktop, target, logdir, f"run{i + 1}", args.poll_ms / 1000
                )
                if i >= 0:
                    starts[target.name].append(seconds)
                    cpus[target.name].append(cpu)
                note = " (warm-up, not counted)" if i < 0 else ""
                idle.progress(
                    f"start-to-tray {target.name}: {seconds * 1000:.0f} ms, "
                    f"CPU {cpu * 1000:.0f} ms{note}"
                )
    except idle.BenchError as exc:
        idle.progress(f"error: {exc}")
        return 2
    except KeyboardInterrupt:
        idle.progress("interrupted")
        return 2
    finally:
        desktop.stop()
        shutil.rmtree(logdir, ignore_errors=True)
    info = idle.machine()
    print(f"machine: {info['cpu']}, {info['nproc']} CPUs, load {info['loadavg']}")
    ok = True
    for label, figures in (("start-to-tray", starts), ("CPU time to tray", cpus)):
        print(f"{label} (median of {args.runs}; each run in ms):")
        for name in ("venv", "bundle"):
            runs = ", ".join(f"{s * 1000:.0f}" for s in figures[name])
            print(f"  {name:>6}: {statistics.median(figures[name]) * 1000:.0f} ms ({runs})")
        ratio = statistics.median(figures["bundle"]) / statistics.median(figures["venv"])
        passed = ratio <= TARGET_RATIO
        ok = ok and passed if label == "start-to-tray" else ok
        print(
            f"  ratio bundle / venv: {ratio:.2f} (target <= {TARGET_RATIO:.1f}): "
            + ("PASS" if passed else "FAIL")
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
