"""What Orca 43 (Debian 12's screen reader) says for each change the app announces.

Orca runs for real on the accessibility bus of ``test_atspi.py`` (Xvfb, a private session bus,
the AT-SPI launcher), in its own home, reading the relief card and the player of
``atspi_app.py``; ``orca_run.py`` starts it with its debug log written line by line and no
speech server, so the words it speaks are read from the log (``SPEECH OUTPUT``). After each step
the app announces a mark; what Orca said between two marks belongs to that step.

    .venv/bin/python -m tests.integration.orca_speech     prints the table (scripts/orca-check.sh)
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tests.desktop import wait_until
from tests.integration.test_atspi import SYSTEM_PYTHON, accessibility_bus, running_app, say

HERE = Path(__file__).parent
ORCA = "/usr/bin/orca"
SAID = "SPEECH OUTPUT: '"

#: Each step: the commands sent to ``atspi_app.py``, and what the step shows the person.
STEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Three seconds of 'Get ready' (countdown)", ("advance 1", "advance 1", "advance 1")),
    ("Player: a new phase", ("advance 2.5",)),
    ("Player: pause", ("pause",)),
    ("Player: resume", ("pause",)),
    ("Reminder pop-up arrives (no focus)", ("popup",)),
    ("Relief card for another area", ("area foot right",)),
    ("10-minute warning, and the routine ends", ("advance 600",)),
    ("Emergency screen (cramps all over)", ("area all_over",)),
    ("Relief panel: It's over, saved", ("over",)),
    ("Settings opens", ("settings",)),
    ("Settings: a problem (too much water)", ("too-much",)),
)


def orca_installed() -> bool:
    return os.access(ORCA, os.X_OK) and shutil.which(SYSTEM_PYTHON) is not None


def spoken(log: str) -> list[str]:
    """Every utterance in Orca's debug log, in order (they may span lines)."""
    out = []
    start = log.find(SAID)
    while start >= 0:
        begin = start + len(SAID)
        ends = [e for e in (log.find("'{", begin), log.find("' voice=", begin)) if e >= 0]
        end = min(ends) if ends else len(log)
        out.append(log[begin:end])
        start = log.find(SAID, end)
    return out


@contextlib.contextmanager
def orca(env: dict[str, str], home: Path) -> Iterator[Path]:
    """Orca on the bus of ``env``, in its own home; yields its debug log once it has spoken."""
    home.mkdir()
    log = home / "orca.debug"
    orca_env = dict(
        env,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    process = subprocess.Popen(
        [SYSTEM_PYTHON, str(HERE / "orca_run.py"), str(log)],
        env=orca_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:

        def started() -> bool:
            return log.exists() and "Screen reader on" in log.read_text(errors="replace")

        assert wait_until(started, timeout_s=30), "Orca did not start"
        yield log
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def what_orca_says(
    folder: Path, steps: Sequence[tuple[str, Sequence[str]]] = STEPS
) -> list[tuple[str, list[str]]]:
    """For each step, what Orca said during it (in order)."""
    results: list[tuple[str, list[str]]] = []
    with (
        accessibility_bus(folder) as env,
        orca(env, folder / "orca") as log,
        running_app(env) as app,
    ):
        heard = 0

        def said() -> list[str]:
            return spoken(log.read_text(errors="replace"))

        def marked(mark: str) -> int:
            """Announce ``mark`` and wait until Orca says it; its place in what Orca said.
            Orca drops such events while it is flooded (a window with a hundred widgets has
            just opened), so the mark is said again, numbered, until Orca hears one.
            """
            for attempt in range(1, 13):
                said_now = f"{mark} {attempt}."
                say(app, f"mark {said_now}")

                def orca_said(m: str = said_now) -> bool:
                    return any(m in s for s in said()[heard:])

                if wait_until(orca_said, timeout_s=5):
                    now = said()
                    return next(i for i in range(heard, len(now)) if said_now in now[i])
            raise AssertionError((mark, said()[heard:], results))

        heard = marked("Orca check, start") + 1
        for number, (what, commands) in enumerate(steps, 1):
            for command in commands:
                say(app, command)
            end = marked(f"Orca check, step {number} done")
            results.append((what, [s for s in said()[heard:end] if "Orca check" not in s]))
            heard = end + 1
    return results


def main() -> int:
    import tempfile

    if not orca_installed():
        print("Orca is not installed (apt-get install orca)", file=sys.stderr)
        return 1
    version = subprocess.run([ORCA, "--version"], capture_output=True, text=True, check=False)
    with tempfile.TemporaryDirectory() as folder:
        results = what_orca_says(Path(folder))
    print(f"What {version.stdout.strip()} says (from its debug log):\n")
    print("| Change | Orca says |")
    print("|---|---|")
    for what, words in results:
        said = " / ".join(" ".join(w.split()) for w in words) or "(nothing)"
        print(f"| {what} | {said} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
