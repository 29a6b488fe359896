"""The x11 idle backend against a real X server (Xvfb), with input from xdotool."""

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_desktop.platform import idle
from tests.desktop import virtual_display, wait_until


def move_pointer(display: str, x: int, y: int) -> None:
    xdotool = shutil.which("xdotool")
    if xdotool is None:
        pytest.skip("xdotool is not installed (./test.sh installs it)")
    subprocess.run(
        [xdotool, "mousemove", str(x), str(y)],
        env={**os.environ, "DISPLAY": display},
        check=True,
        timeout=10,
    )


@pytest.fixture
def backend(x_display: str) -> Iterator[idle.X11Backend]:
    made = idle.X11Backend()
    yield made
    made.close()


def test_idle_time_grows_and_input_resets_it(backend: idle.X11Backend, x_display: str) -> None:
    first = backend.read()
    assert first.locked is None  # Xvfb's screensaver is off; XSS cannot tell a lock anyway
    time.sleep(1.2)
    later = backend.read()
    assert later.idle_s >= 1.0
    assert later.idle_s >= first.idle_s + 1.0
    move_pointer(x_display, 10, 20)
    assert wait_until(lambda: backend.read().idle_s < 0.5, timeout_s=3)


def test_read_after_close_is_an_idle_error(backend: idle.X11Backend) -> None:
    backend.close()
    with pytest.raises(idle.IdleError):
        backend.read()
    backend.close()  # twice is fine


def test_a_vanished_x_server_is_an_idle_error_not_an_exit() -> None:
    # Xlib's default is to end the process when the server goes away.
    with virtual_display() as display:
        backend = idle.X11Backend({"DISPLAY": display})
        assert backend.read().idle_s >= 0
    try:
        for _ in range(2):
            with pytest.raises(idle.IdleError):
                backend.read()
    finally:
        backend.close()


def test_a_vanished_x_server_mid_call_is_an_idle_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past the socket check, Xlib itself finds the connection broken (the handlers' path).
    with virtual_display() as display:
        backend = idle.X11Backend({"DISPLAY": display})
        backend.read()
    monkeypatch.setattr(backend, "_hung_up", lambda: False)
    try:
        with pytest.raises(idle.IdleError):
            backend.read()
    finally:
        backend.close()


def test_no_display_is_an_idle_error() -> None:
    with pytest.raises(idle.IdleError):
        idle.X11Backend({})
    with pytest.raises(idle.IdleError):
        idle.X11Backend({"DISPLAY": ":4093"})  # nothing listens there


def test_detect_picks_x11_when_there_is_no_session_bus(x_display: str, tmp_path: Path) -> None:
    environ = {
        "DISPLAY": x_display,
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus-here'}",
    }
    backend = idle.detect(environ, platform="linux")
    assert backend is not None
    try:
        assert backend.key == "x11"
        assert backend.read().idle_s >= 0
    finally:
        backend.close()


def test_detect_skips_x11_in_a_wayland_session(x_display: str, tmp_path: Path) -> None:
    environ = {
        "DISPLAY": x_display,
        "WAYLAND_DISPLAY": "wayland-0",
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus-here'}",
    }
    assert idle.detect(environ, platform="linux") is None


def test_detect_finds_nothing_without_display_and_bus() -> None:
    assert idle.detect({}, platform="linux") is None
