"""Starts Spasm Desktop for ``./run.sh`` (after the set-up), so that closing the terminal leaves
it running.

With no arguments the app starts in a session of its own (no controlling terminal, so the
terminal's hang-up never reaches it), reading nothing from the terminal and writing what it prints
to ``output.log`` in its log folder. This waits until the app answers on its command channel and
prints one line saying so; if the app stops at once (no display, say), it shows what the app said
and its exit status. ``--foreground`` runs the app attached to the terminal as before (for
developers: Ctrl+C stops it, its messages stay in the terminal); any other arguments are a command
(``status``, ``drink`` ...) and run here as usual.

Run it with the virtual environment's Python: the app is the ``spasm-desktop`` beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

#: How long to wait for the app to answer before saying it is still starting.
START_WAIT_S = 60.0
#: What the detached app prints goes here, in its log folder (replaced at each start).
OUTPUT_NAME = "output.log"


def app_program() -> Path:
    """The ``spasm-desktop`` program of this Python's environment."""
    folder = Path(sys.executable).parent
    return folder / ("spasm-desktop.exe" if sys.platform == "win32" else "spasm-desktop")


def run_attached(program: Path, args: list[str]) -> None:
    """Become the app (or the command) in this terminal."""
    os.execv(program, [str(program), *args])


def main(argv: list[str]) -> int:
    program = app_program()
    if argv[:1] == ["--foreground"]:
        run_attached(program, argv[1:])
    if argv:
        run_attached(program, argv)
    from spasm_desktop.platform import instance
    from spasm_desktop.storage import paths as paths_mod

    paths = paths_mod.resolve(os.environ)
    if instance.send(paths.server_name, {"cmd": "ping"}, 1000) is not None:
        run_attached(program, [])  # it runs already: the app shows its Today window and says so
    paths.ensure()
    output_path = paths.log_dir / OUTPUT_NAME
    os.umask(0o077)  # the output, like the log, is readable by the person only
    try:
        output = output_path.open("wb")
    except OSError:
        output_path = Path(os.devnull)
        output = output_path.open("wb")
    with output:
        app = subprocess.Popen(
            [str(program)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own session: the terminal's hang-up does not reach it
        )
    deadline = time.monotonic() + START_WAIT_S
    while True:
        code = app.poll()
        if code is not None:
            said = output_path.read_text(errors="replace").strip() if output_path.is_file() else ""
            if code == 0:  # another copy started meanwhile: this one showed it and stopped
                print(said or "Spasm Desktop is already running.")
                return 0
            print(said or f"Spasm Desktop stopped at once (exit status {code}).", file=sys.stderr)
            return code
        reply = instance.send(paths.server_name, {"cmd": "ping"}, 1000)
        if reply is not None and reply.get("ok"):
            print(
                "Spasm Desktop is running in the tray; you can close this terminal. "
                f"Its log: {paths.log_file}"
            )
            return 0
        if time.monotonic() > deadline:
            print(
                "Spasm Desktop is still starting; look for it in the tray. "
                f"Its log: {paths.log_file}"
            )
            return 0
        time.sleep(0.1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
