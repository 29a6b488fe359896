"""The pure parts of the idle backends, and detection where the platform's libraries are missing."""

import ctypes
import logging
import math
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import pytest

from spasm_desktop.platform import idle


@pytest.mark.parametrize(
    ("now", "then", "expected"),
    [
        (5000, 2000, 3000),
        (7, 7, 0),
        (2**32 - 1, 0, 2**32 - 1),
        (5, 2**32 - 10, 15),  # GetTickCount wrapped after the last input
        (0, 2**32 - 1, 1),
    ],
)
def test_tick_delta_wraps_like_unsigned_32_bit(now: int, then: int, expected: int) -> None:
    assert idle.tick_delta_ms(now, then) == expected


@pytest.mark.parametrize(
    ("environ", "millis"),
    [
        ({"XDG_CURRENT_DESKTOP": "KDE"}, True),
        ({"XDG_CURRENT_DESKTOP": "kde"}, True),
        ({"XDG_CURRENT_DESKTOP": "foo:KDE"}, True),
        ({"KDE_FULL_SESSION": "true"}, True),
        ({"XDG_CURRENT_DESKTOP": "XFCE"}, False),
        ({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, False),
        ({"XDG_CURRENT_DESKTOP": "KDEish"}, False),
        ({}, False),
    ],
)
def test_freedesktop_unit_follows_the_desktop(environ: dict[str, str], millis: bool) -> None:
    assert idle.freedesktop_uses_ms(environ) is millis


def test_freedesktop_seconds() -> None:
    assert idle.freedesktop_seconds(42000, millis=True) == 42.0
    assert idle.freedesktop_seconds(42, millis=False) == 42.0
    assert idle.freedesktop_seconds(0, millis=True) == 0.0


def test_reading_is_frozen() -> None:
    reading = idle.Reading(idle_s=1.0, locked=None)
    field = "idle_s"  # by name: mypy rightly refuses the assignment this checks fails
    with pytest.raises(AttributeError):
        setattr(reading, field, 2.0)


@pytest.fixture
def no_libraries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every library lookup fails, as where the platform's libraries are missing."""
    asked: list[str] = []

    def missing(name: str, **kwargs: object) -> NoReturn:
        asked.append(name)
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(idle, "_load_library", missing)
    return asked


@pytest.mark.parametrize(
    ("platform", "library"),
    [("win32", "user32"), ("darwin", idle._APPLICATION_SERVICES)],
)
def test_detect_without_the_platforms_libraries_is_none(
    no_libraries: list[str], caplog: pytest.LogCaptureFixture, platform: str, library: str
) -> None:
    with caplog.at_level(logging.INFO, logger=idle.__name__):
        assert idle.detect({}, platform=platform) is None
    assert no_libraries == [library]
    assert "cannot open shared object file" in caplog.text


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_detect_for_another_platform_is_none_here(platform: str) -> None:
    if sys.platform == platform:
        pytest.skip("this is that platform")
    # The real loader: Windows' and macOS' libraries are not on this machine.
    assert idle.detect({}, platform=platform) is None


def test_detect_without_x11_libraries_is_none(no_libraries: list[str]) -> None:
    environ = {"DISPLAY": ":0", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}
    assert idle.detect(environ, platform="linux") is None
    assert no_libraries == ["libX11.so.6", "libX11.so"]


def test_detect_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(environ: dict[str, str], platform: str) -> NoReturn:
        raise RuntimeError("bug")

    monkeypatch.setattr(idle, "_candidates", broken)
    assert idle.detect({}, platform="linux") is None


class FakeFunction:
    """Stands in for a ctypes function of a library: takes argtypes/restype, calls ``body``."""

    def __init__(self, body: Callable[..., object]) -> None:
        self.body = body
        self.argtypes: list[type] | None = None
        self.restype: type | None = None

    def __call__(self, *args: object) -> object:
        return self.body(*args)


class FakeLibrary:
    """Stands in for a ctypes library: one :class:`FakeFunction` for each function given."""

    def __init__(self, **functions: Callable[..., object]) -> None:
        for name, body in functions.items():
            setattr(self, name, FakeFunction(body))

    def __getattr__(self, name: str) -> FakeFunction:
        # Only for names not given: the given functions are found before this is asked.
        raise AttributeError(name)


def test_windows_backend_idle_across_the_tick_wrap(monkeypatch: pytest.MonkeyPatch) -> None:
    desktop: list[int | None] = [0x1234]
    closed: list[int] = []

    def get_last_input_info(pointer: Any) -> int:
        pointer._obj.dwTime = 2**32 - 1000  # byref's target
        return 1

    user32 = FakeLibrary(
        GetLastInputInfo=get_last_input_info,
        OpenInputDesktop=lambda flags, inherit, access: desktop[0],
        CloseDesktop=closed.append,
    )
    kernel32 = FakeLibrary(GetTickCount=lambda: 500)
    libraries = {"user32": user32, "kernel32": kernel32}
    monkeypatch.setattr(idle, "_load_library", lambda name, **kwargs: libraries[name])

    backend = idle.WindowsBackend()
    assert backend.read() == idle.Reading(idle_s=1.5, locked=False)
    assert closed == [0x1234]
    desktop[0] = None  # OpenInputDesktop fails: the workstation is locked
    assert backend.read() == idle.Reading(idle_s=1.5, locked=True)
    assert user32.GetLastInputInfo.restype is ctypes.c_int
    backend.close()


def test_windows_backend_failure_is_an_idle_error(monkeypatch: pytest.MonkeyPatch) -> None:
    user32 = FakeLibrary(
        GetLastInputInfo=lambda pointer: 0,
        OpenInputDesktop=lambda *args: None,
        CloseDesktop=lambda handle: 1,
    )
    kernel32 = FakeLibrary(GetTickCount=lambda: 500)
    libraries = {"user32": user32, "kernel32": kernel32}
    monkeypatch.setattr(idle, "_load_library", lambda name, **kwargs: libraries[name])
    with pytest.raises(idle.IdleError, match="GetLastInputInfo"):
        idle.WindowsBackend().read()


@pytest.mark.parametrize(
    ("seconds", "ok"), [(12.5, True), (0.0, True), (-1.0, False), (math.nan, False)]
)
def test_macos_backend(monkeypatch: pytest.MonkeyPatch, seconds: float, ok: bool) -> None:
    calls: list[tuple[int, int]] = []

    def seconds_since(state: int, event_type: int) -> float:
        calls.append((state, event_type))
        return seconds

    library = FakeLibrary(CGEventSourceSecondsSinceLastEventType=seconds_since)
    monkeypatch.setattr(idle, "_load_library", lambda name, **kwargs: library)
    backend = idle.MacOSBackend()
    if ok:
        assert backend.read() == idle.Reading(idle_s=seconds, locked=None)
    else:
        with pytest.raises(idle.IdleError):
            backend.read()
    assert calls == [(0, 0xFFFFFFFF)]  # combined session state, any input event
    backend.close()


def test_a_backend_that_raises_something_else_still_raises_idle_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(state: int, event_type: int) -> NoReturn:
        raise ctypes.ArgumentError("bad argument")

    library = FakeLibrary(CGEventSourceSecondsSinceLastEventType=boom)
    monkeypatch.setattr(idle, "_load_library", lambda name, **kwargs: library)
    with pytest.raises(idle.IdleError, match="ArgumentError"):
        idle.MacOSBackend().read()
