"""Seconds since the user last touched the keyboard or mouse, and whether the screen is locked.

One backend per platform or desktop; :func:`detect` tries those that fit, in this order, and
keeps the first whose :meth:`IdleBackend.read` answers:

Linux and BSD
    1. ``mutter``: GNOME (X11 or Wayland). ``org.gnome.Mutter.IdleMonitor.GetIdletime`` on the
       session bus (milliseconds); lock state from ``org.gnome.ScreenSaver.GetActive``.
    2. ``freedesktop``: KDE and others. ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` at
       ``/org/freedesktop/ScreenSaver`` (or KDE's older ``/ScreenSaver``); lock state from
       ``GetActive`` there. Many desktops own the name but answer ``NotSupported`` (KDE on
       Wayland does), and then it is skipped. The unit is not agreed on: the spec says seconds,
       and gnome-screensaver, mate-screensaver and xfce4-screensaver return seconds, but KDE's
       kscreenlocker returns ``KIdleTime::idleTime()``, which is milliseconds. So the value is
       read as milliseconds in a KDE session (``XDG_CURRENT_DESKTOP`` names KDE, or
       ``KDE_FULL_SESSION`` is set) and as seconds elsewhere (:func:`freedesktop_uses_ms`).
    3. ``x11``: the MIT-SCREEN-SAVER extension through ctypes (``libXss``), only when ``DISPLAY``
       is set and the session is not a Wayland one (Xwayland sees only the input that goes to X11
       windows, so its idle time grows while the user types elsewhere). It cannot tell a lock
       from a running screensaver, so ``locked`` is True while the screensaver runs and None
       otherwise.
Windows
    ``windows``: ``GetLastInputInfo`` against ``GetTickCount``; locked when ``OpenInputDesktop``
    fails (the input desktop is then the secure Winlogon desktop).
macOS
    ``macos``: ``CGEventSourceSecondsSinceLastEventType``; ``locked`` is None.

D-Bus goes through :mod:`spasm_desktop.platform.dbus`: one connection per backend, opened on the
first read, reopened once when it breaks, with a short time limit per call, and never starting a
service. Libraries are loaded when a backend is made, so this module imports everywhere. No
programs are started.

A backend may be read from any thread; the D-Bus and X11 ones serialise their calls with a
lock (the others keep no state). At worst a D-Bus read blocks for a few time limits of 1 s.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import logging
import math
import os
import select
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from spasm_desktop.platform import dbus

log = logging.getLogger(__name__)

#: Time limit of one D-Bus call (and of connecting), in seconds.
DBUS_TIMEOUT_S = 1.0

_MUTTER_SERVICE = "org.gnome.Mutter.IdleMonitor"
_MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
_GNOME_SCREENSAVER = "org.gnome.ScreenSaver"
_GNOME_SCREENSAVER_PATH = "/org/gnome/ScreenSaver"
_FDO_SCREENSAVER = "org.freedesktop.ScreenSaver"
_FDO_SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
# Error names that mean "not at this object path", so the next path is worth a try.
_NOT_HERE = frozenset(
    {
        "org.freedesktop.DBus.Error.UnknownObject",
        "org.freedesktop.DBus.Error.UnknownInterface",
        "org.freedesktop.DBus.Error.UnknownMethod",
    }
)

_X11_LIBRARIES = ("libX11.so.6", "libX11.so")
_XSS_LIBRARIES = ("libXss.so.1", "libXss.so")
_SCREEN_SAVER_ON = 1

_DESKTOP_SWITCHDESKTOP = 0x0100
_TICK_MODULUS = 2**32

_APPLICATION_SERVICES = (
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
)
_COMBINED_SESSION_STATE = 0
_ANY_INPUT_EVENT = 0xFFFFFFFF


@dataclasses.dataclass(frozen=True)
class Reading:
    """One look at the user's activity."""

    idle_s: float
    """Seconds since the last keyboard or mouse input."""
    locked: bool | None
    """Whether the screen is locked; None where the platform cannot tell."""


class IdleError(Exception):
    """A backend could not be set up or could not read."""


class IdleBackend(Protocol):
    """A source of :class:`Reading`; made by :func:`detect`."""

    key: str
    """Stable id: "mutter", "freedesktop", "x11", "windows" or "macos"."""

    def read(self) -> Reading:
        """Read now; raises :class:`IdleError` on failure, never anything else."""
        ...

    def close(self) -> None:
        """Let go of connections and libraries' resources; reading afterwards fails."""
        ...


# ---------------------------------------------------------------------------------------------
# Pure helpers


def tick_delta_ms(now_ms: int, then_ms: int) -> int:
    """Milliseconds from ``then_ms`` to ``now_ms`` on Windows' 32-bit tick counter.

    ``GetTickCount`` wraps to 0 every 49.7 days; unsigned arithmetic modulo 2**32 gives the right
    difference across one wrap.
    """
    return (now_ms - then_ms) % _TICK_MODULUS


def freedesktop_uses_ms(environ: Mapping[str, str]) -> bool:
    """Whether ``GetSessionIdleTime`` answers in milliseconds here (KDE) rather than seconds."""
    desktops = environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    return "KDE" in desktops or bool(environ.get("KDE_FULL_SESSION"))


def freedesktop_seconds(value: int, *, millis: bool) -> float:
    """Seconds from a ``GetSessionIdleTime`` answer, in milliseconds or in seconds."""
    return value / 1000.0 if millis else float(value)


def _count(body: Sequence[Any], what: str) -> int:
    """The single non-negative integer of a D-Bus reply body."""
    if len(body) != 1 or isinstance(body[0], bool) or not isinstance(body[0], int):
        raise IdleError(f"{what}: unexpected reply {body!r}")
    if body[0] < 0:
        raise IdleError(f"{what}: negative value {body[0]}")
    return body[0]


@contextlib.contextmanager
def _as_idle_error(what: str) -> Iterator[None]:
    """Turn any failure inside into :class:`IdleError`."""
    try:
        yield
    except IdleError:
        raise
    except Exception as exc:
        raise IdleError(f"{what}: {type(exc).__name__}: {exc}") from exc


def _load_library(name: str, *, stdcall: bool = False) -> ctypes.CDLL:
    """Load a shared library by name or path (``WinDLL`` for Windows' stdcall APIs).

    Raises OSError where it is missing. Tests replace this to pretend libraries are missing.
    """
    if stdcall and sys.platform == "win32":
        return ctypes.WinDLL(name, use_last_error=True)
    return ctypes.CDLL(name, use_last_error=True)


def _load_first(names: Sequence[str]) -> ctypes.CDLL:
    """The first of ``names`` that loads (sonames only: looking up with ldconfig would spawn)."""
    errors = []
    for name in names:
        try:
            return _load_library(name)
        except OSError as exc:
            errors.append(str(exc))
    raise IdleError("; ".join(errors))


# ---------------------------------------------------------------------------------------------
# D-Bus


def _session_bus(environ: Mapping[str, str] | None) -> dbus.SessionBus:
    return dbus.SessionBus(dbus.session_address(environ), connect_timeout_s=DBUS_TIMEOUT_S)


def _call(bus: dbus.SessionBus, service: str, path: str, method: str) -> tuple[Any, ...]:
    """Call a method without arguments on ``service``'s own interface; return the reply's body.

    Raises :class:`dbus.DBusError` (``dbus.ReplyError`` for an error answer).
    """
    return bus.call(service, path, service, method, timeout_s=DBUS_TIMEOUT_S)


def _screensaver_active(bus: dbus.SessionBus, service: str, path: str) -> bool | None:
    """``GetActive`` of a screensaver service; None where it is missing or says nothing usable."""
    try:
        body = _call(bus, service, path, "GetActive")
    except dbus.DBusError as exc:
        log.debug("lock state from %s unknown: %s", service, exc)
        return None
    if len(body) == 1 and isinstance(body[0], bool):
        return body[0]
    log.debug("lock state from %s unknown: reply %r", service, body)
    return None


class MutterBackend:
    """GNOME Shell's idle monitor (X11 and Wayland) over the session bus."""

    key = "mutter"

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        """Prepare; the bus is connected on the first read."""
        self._bus = _session_bus(environ)
        self._lock = threading.Lock()

    def read(self) -> Reading:
        """Idle time from ``GetIdletime`` (ms); lock state from ``org.gnome.ScreenSaver``."""
        with self._lock, _as_idle_error(self.key):
            body = _call(self._bus, _MUTTER_SERVICE, _MUTTER_PATH, "GetIdletime")
            idle_s = _count(body, "GetIdletime") / 1000.0
            locked = _screensaver_active(self._bus, _GNOME_SCREENSAVER, _GNOME_SCREENSAVER_PATH)
            return Reading(idle_s, locked)

    def close(self) -> None:
        """Close the bus connection."""
        with self._lock:
            self._bus.close()


class FreedesktopBackend:
    """``org.freedesktop.ScreenSaver`` over the session bus (KDE on X11, and others)."""

    key = "freedesktop"

    def __init__(
        self, environ: Mapping[str, str] | None = None, *, millis: bool | None = None
    ) -> None:
        """Prepare; the bus is connected on the first read.

        ``millis`` says whether ``GetSessionIdleTime`` answers in milliseconds; by default it is
        taken from the desktop named in ``environ`` (:func:`freedesktop_uses_ms`).
        """
        env = os.environ if environ is None else environ
        self._bus = _session_bus(env)
        self._millis = freedesktop_uses_ms(env) if millis is None else millis
        self._path: str | None = None
        self._lock = threading.Lock()

    def read(self) -> Reading:
        """Idle time from ``GetSessionIdleTime``; lock state from ``GetActive``."""
        with self._lock, _as_idle_error(self.key):
            paths = (self._path,) if self._path else _FDO_SCREENSAVER_PATHS
            for path in paths:
                try:
                    body = _call(self._bus, _FDO_SCREENSAVER, path, "GetSessionIdleTime")
                except dbus.ReplyError as exc:
                    if exc.name in _NOT_HERE and path != paths[-1]:
                        continue
                    raise
                self._path = path
                idle_s = freedesktop_seconds(
                    _count(body, "GetSessionIdleTime"), millis=self._millis
                )
                locked = _screensaver_active(self._bus, _FDO_SCREENSAVER, path)
                return Reading(idle_s, locked)
            raise IdleError("no object path answered")  # pragma: no cover (paths is not empty)

    def close(self) -> None:
        """Close the bus connection."""
        with self._lock:
            self._bus.close()


# ---------------------------------------------------------------------------------------------
# X11


class _XScreenSaverInfo(ctypes.Structure):
    """``XScreenSaverInfo`` of ``X11/extensions/scrnsaver.h``."""

    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    )


# int (*)(Display *): Xlib's process-wide handler for a broken server connection.
_IOErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)
# void (*)(Display *, void *): the display's own step after that one (libX11 1.8+).
_IOErrorExitHandler = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class _XlibGuard:
    """Keeps a broken X connection of ours from ending the process.

    When a connection breaks, Xlib calls the process-wide I/O error handler (the default prints a
    message and calls ``exit``) and then, since libX11 1.8, the display's exit handler (default:
    ``exit``). For our displays both only mark the display lost, and the Xlib call returns a
    failure. The process-wide handler is installed once and hands every other display to the
    handler it replaced (Qt's, or Xlib's default), so those behave as before. With a libX11
    before 1.8 nothing is installed and the backend relies on checking the socket before each call.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ours: set[int] = set()
        self._lost: set[int] = set()
        self._installed = False
        self._previous: Any = None
        # Kept here for the life of the process: Xlib holds pointers to them.
        self._handler = _IOErrorHandler(self._on_io_error)
        self._exit_handler = _IOErrorExitHandler(self._on_exit)

    def guard(self, xlib: ctypes.CDLL, display: int) -> bool:
        """Take over the handling of a broken connection for ``display``; False where unable."""
        try:
            set_exit_handler = xlib.XSetIOErrorExitHandler
        except AttributeError:
            log.debug("libX11 before 1.8: a broken X connection can still end the process")
            return False
        set_exit_handler.argtypes = (ctypes.c_void_p, _IOErrorExitHandler, ctypes.c_void_p)
        set_exit_handler.restype = None
        with self._lock:
            if not self._installed:
                xlib.XSetIOErrorHandler.argtypes = (_IOErrorHandler,)
                xlib.XSetIOErrorHandler.restype = ctypes.c_void_p
                previous = xlib.XSetIOErrorHandler(self._handler)
                self._previous = _IOErrorHandler(previous) if previous else None
                self._installed = True
            self._ours.add(display)
        set_exit_handler(display, self._exit_handler, None)
        return True

    def is_lost(self, display: int) -> bool:
        """Whether Xlib has reported ``display``'s connection broken."""
        return display in self._lost

    def forget(self, display: int) -> None:
        """``display`` is closed (its address may come back for another one)."""
        with self._lock:
            self._ours.discard(display)
            self._lost.discard(display)

    def _on_io_error(self, display: int | None) -> int:
        # No lock: Xlib calls this from inside some call, on whatever thread made it.
        if display is not None and display in self._ours:
            self._lost.add(display)
            return 0
        if self._previous is not None:
            return int(self._previous(display))
        return 0  # then that display's exit handler runs, which by default exits, as before

    def _on_exit(self, display: int | None, _data: int | None) -> None:
        if display is not None:
            self._lost.add(display)


_XLIB_GUARD = _XlibGuard()


class X11Backend:
    """The X server's MIT-SCREEN-SAVER extension, through ctypes on libXss and libX11.

    The display is opened once, here, and kept until :meth:`close`. Xlib ends the process when
    the connection to the server breaks, unless told otherwise: :class:`_XlibGuard` does that
    (libX11 1.8+), and before each query the socket is checked for a hang-up, so a vanished
    server becomes an :class:`IdleError`.
    """

    key = "x11"

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        """Open the display named by ``DISPLAY``; IdleError where that or the extension fails."""
        env = os.environ if environ is None else environ
        name = env.get("DISPLAY", "")
        if not name:
            raise IdleError("DISPLAY is not set")
        self._lock = threading.Lock()
        self._lost = False
        self._guarded = False
        self._display: int | None = None
        self._info: Any = None
        with _as_idle_error(self.key):
            self._xlib = xlib = _load_first(_X11_LIBRARIES)
            self._xss = xss = _load_first(_XSS_LIBRARIES)
            xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
            xlib.XOpenDisplay.restype = ctypes.c_void_p
            xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
            xlib.XDefaultRootWindow.restype = ctypes.c_ulong
            xlib.XConnectionNumber.argtypes = (ctypes.c_void_p,)
            xlib.XConnectionNumber.restype = ctypes.c_int
            xlib.XFree.argtypes = (ctypes.c_void_p,)
            xlib.XFree.restype = ctypes.c_int
            xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
            xlib.XCloseDisplay.restype = ctypes.c_int
            xss.XScreenSaverQueryExtension.argtypes = (
                ctypes.c_void_p,
                ctypes.POINTER(ctypes.c_int),
                ctypes.POINTER(ctypes.c_int),
            )
            xss.XScreenSaverQueryExtension.restype = ctypes.c_int
            xss.XScreenSaverAllocInfo.argtypes = ()
            xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
            xss.XScreenSaverQueryInfo.argtypes = (
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.POINTER(_XScreenSaverInfo),
            )
            xss.XScreenSaverQueryInfo.restype = ctypes.c_int

            display = xlib.XOpenDisplay(name.encode())
            if not display:
                raise IdleError(f"cannot open display {name!r}")
            self._display = display
            try:
                self._guarded = _XLIB_GUARD.guard(xlib, display)
                event_base, error_base = ctypes.c_int(), ctypes.c_int()
                if not xss.XScreenSaverQueryExtension(
                    display, ctypes.byref(event_base), ctypes.byref(error_base)
                ):
                    raise IdleError("the X server has no MIT-SCREEN-SAVER extension")
                self._root = xlib.XDefaultRootWindow(display)
                self._fd = xlib.XConnectionNumber(display)
                self._info = xss.XScreenSaverAllocInfo()
                if not self._info:
                    raise IdleError("XScreenSaverAllocInfo failed")
            except BaseException:
                self._release()
                raise

    def _hung_up(self) -> bool:
        """Whether the server has closed the connection (checked without reading from it)."""
        hang_up = getattr(select, "POLLRDHUP", 0)
        poller = select.poll()
        poller.register(self._fd, hang_up)
        trouble = hang_up | select.POLLHUP | select.POLLERR | select.POLLNVAL
        return any(events & trouble for _fd, events in poller.poll(0))

    def read(self) -> Reading:
        """Idle time of the X server in ms; locked=True while its screensaver is on."""
        with self._lock, _as_idle_error(self.key):
            if self._display is None:
                raise IdleError("closed")
            if self._lost or _XLIB_GUARD.is_lost(self._display) or self._hung_up():
                self._lost = True
                raise IdleError("the connection to the X server is lost")
            status = self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info)
            if _XLIB_GUARD.is_lost(self._display):
                self._lost = True
                raise IdleError("the connection to the X server is lost")
            if not status:
                raise IdleError("XScreenSaverQueryInfo failed")
            info = self._info.contents
            locked = True if info.state == _SCREEN_SAVER_ON else None
            return Reading(info.idle / 1000.0, locked)

    def close(self) -> None:
        """Free the info block and close the display."""
        with self._lock:
            self._release()

    def _release(self) -> None:
        info, self._info = self._info, None
        display, self._display = self._display, None
        if info:
            self._xlib.XFree(info)
        if display is None:
            return
        if self._lost and not self._guarded:
            # Closing talks to the server, and Xlib would end the process: leave it open.
            log.debug("X display left open: its connection is broken")  # pragma: no cover
            return  # pragma: no cover
        self._xlib.XCloseDisplay(display)
        _XLIB_GUARD.forget(display)


# ---------------------------------------------------------------------------------------------
# Windows


class _LastInputInfo(ctypes.Structure):
    """``LASTINPUTINFO`` of ``winuser.h``."""

    _fields_ = (("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32))


def _windows_error() -> int:
    """The calling thread's last Windows error code (0 elsewhere)."""
    if sys.platform == "win32":
        return ctypes.get_last_error()
    return 0


class WindowsBackend:
    """``GetLastInputInfo`` and ``OpenInputDesktop`` of user32, through ctypes."""

    key = "windows"

    def __init__(self) -> None:
        """Load user32 and kernel32; IdleError where they are missing."""
        with _as_idle_error(self.key):
            self._user32 = user32 = _load_library("user32", stdcall=True)
            kernel32 = _load_library("kernel32", stdcall=True)
            user32.GetLastInputInfo.argtypes = (ctypes.POINTER(_LastInputInfo),)
            user32.GetLastInputInfo.restype = ctypes.c_int
            user32.OpenInputDesktop.argtypes = (ctypes.c_uint32, ctypes.c_int, ctypes.c_uint32)
            user32.OpenInputDesktop.restype = ctypes.c_void_p
            user32.CloseDesktop.argtypes = (ctypes.c_void_p,)
            user32.CloseDesktop.restype = ctypes.c_int
            self._get_tick_count = kernel32.GetTickCount
            self._get_tick_count.argtypes = ()
            self._get_tick_count.restype = ctypes.c_uint32

    def read(self) -> Reading:
        """Idle time from the last input's tick; locked when the input desktop cannot be opened."""
        with _as_idle_error(self.key):
            info = _LastInputInfo(cbSize=ctypes.sizeof(_LastInputInfo))
            if not self._user32.GetLastInputInfo(ctypes.byref(info)):
                raise IdleError(f"GetLastInputInfo failed (error {_windows_error()})")
            idle_ms = tick_delta_ms(int(self._get_tick_count()), int(info.dwTime))
            desktop = self._user32.OpenInputDesktop(0, False, _DESKTOP_SWITCHDESKTOP)
            if desktop:
                self._user32.CloseDesktop(desktop)
            return Reading(idle_ms / 1000.0, not desktop)

    def close(self) -> None:
        """Nothing to let go of; here for the protocol."""
        return


# ---------------------------------------------------------------------------------------------
# macOS


class MacOSBackend:
    """``CGEventSourceSecondsSinceLastEventType`` of CoreGraphics, through ctypes."""

    key = "macos"

    def __init__(self) -> None:
        """Load ApplicationServices; IdleError where it is missing."""
        with _as_idle_error(self.key):
            library = _load_library(_APPLICATION_SERVICES)
            self._seconds_since = library.CGEventSourceSecondsSinceLastEventType
            self._seconds_since.argtypes = (ctypes.c_int32, ctypes.c_uint32)
            self._seconds_since.restype = ctypes.c_double

    def read(self) -> Reading:
        """Seconds since any input event in the session; the lock state is not known."""
        with _as_idle_error(self.key):
            seconds = float(self._seconds_since(_COMBINED_SESSION_STATE, _ANY_INPUT_EVENT))
            if not math.isfinite(seconds) or seconds < 0:
                raise IdleError(f"unexpected idle time {seconds!r}")
            return Reading(seconds, None)

    def close(self) -> None:
        """Nothing to let go of; here for the protocol."""
        return


# ---------------------------------------------------------------------------------------------
# Detection


def _candidates(
    environ: Mapping[str, str], platform: str
) -> list[tuple[str, Callable[[], IdleBackend]]]:
    """The backends that fit, best first, each as its key and a maker."""
    if platform == "win32":
        return [("windows", WindowsBackend)]
    if platform == "darwin":
        return [("macos", MacOSBackend)]
    candidates: list[tuple[str, Callable[[], IdleBackend]]] = [
        ("mutter", lambda: MutterBackend(environ)),
        ("freedesktop", lambda: FreedesktopBackend(environ)),
    ]
    if not environ.get("DISPLAY"):
        log.info("idle backend x11 skipped: DISPLAY is not set")
    elif _wayland_session(environ):
        # Xwayland only sees input that goes to X11 windows: its idle time would be wrong.
        log.info("idle backend x11 skipped: a Wayland session (Xwayland misses most input)")
    else:
        candidates.append(("x11", lambda: X11Backend(environ)))
    return candidates


def _wayland_session(environ: Mapping[str, str]) -> bool:
    return bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"


def detect(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> IdleBackend | None:
    """Try the backends that fit this platform/desktop in order; return the first that reads.

    Backends whose making or first read() fails are closed. Logs (logging module) which was chosen
    and why the others failed. Never raises.

    ``environ`` defaults to ``os.environ`` and ``platform`` to ``sys.platform``.
    """
    try:
        env = os.environ if environ is None else environ
        where = sys.platform if platform is None else platform
        for key, make in _candidates(env, where):
            backend: IdleBackend | None = None
            try:
                backend = make()
                reading = backend.read()
            except Exception as exc:
                log.info("idle backend %s unavailable: %s", key, exc)
                if backend is not None:
                    with contextlib.suppress(Exception):
                        backend.close()
                continue
            log.info(
                "idle backend: %s (idle %.1f s, locked %s)", key, reading.idle_s, reading.locked
            )
            return backend
        log.warning("no idle backend works here (platform %s)", where)
    except Exception:
        log.exception("idle backend detection failed")
    return None
