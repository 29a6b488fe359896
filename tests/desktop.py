"""Real desktop pieces for platform tests: a virtual X display (Xvfb) and a private D-Bus bus.

Both are started by the tests themselves and stopped at the end. Where a program is missing the
test is skipped with the reason; ``./test.sh`` installs them (``scripts/system-deps.sh dev``), so
they run in CI.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.skip(f"{program} is not installed (./test.sh installs it)")
    return path


@contextlib.contextmanager
def virtual_display(width: int = 1280, height: int = 800) -> Iterator[str]:
    """Start Xvfb on a free display number; yield its name (":N")."""
    xvfb = _need("Xvfb")
    # -displayfd makes Xvfb pick a free display and tell us which, with no race.
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def private_session_bus(folder: Path) -> Iterator[str]:
    """Start a private dbus-daemon; yield its address (for DBUS_SESSION_BUS_ADDRESS)."""
    daemon = _need("dbus-daemon")
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN'"
        " 'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'>\n"
        "<busconfig><type>session</type>"
        f"<listen>unix:dir={folder}</listen>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>\n"
    )
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        process.terminate()
        process.communicate(timeout=10)


def wait_until(predicate: Callable[[], object], timeout_s: float = 5.0) -> bool:
    """Poll ``predicate`` (for things another process does) until true or the time is up."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh virtual X display; DISPLAY points at it for the test."""
    with virtual_display() as display:
        monkeypatch.setenv("DISPLAY", display)
        yield display


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus; DBUS_SESSION_BUS_ADDRESS points at it for the test."""
    with private_session_bus(tmp_path / "bus") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
