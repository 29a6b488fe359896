"""Is the person busy? Do-not-disturb, full-screen windows and meetings, probed on demand.

The app asks only when a reminder is due (and then about every 30 s while reminders wait), so
nothing here runs in the background: :meth:`DndProbe.read` looks at each enabled source, costs a
few milliseconds, never blocks for more than about a second and never raises. A source that fails
is logged once at warning level (then at debug level) and counts as "not busy".

Sources, by platform:

* Linux and BSD, desktop do-not-disturb (``system``), over the session D-Bus
  (:mod:`spasm_desktop.platform.dbus`: one connection kept and reopened after a failure; calls
  never start a service that is not running):

  - the freedesktop notification server's ``Inhibited`` property (KDE Plasma and others set it
    for do-not-disturb and presentation mode; a server without it answers with an error, which
    means "not known");
  - GNOME's ``org.gnome.desktop.notifications show-banners`` (false = do-not-disturb), read
    through the XDG desktop portal's Settings interface (``ReadOne``, or ``Read`` on older
    portals). GNOME's own portal backend does not export that schema, so where the portal gives
    no answer and the desktop is GNOME, ``gsettings get`` is run instead (1 s timeout).

* Linux and BSD, full-screen (``fullscreen``), only with ``DISPLAY`` set: Xlib through ctypes
  reads the root window's ``_NET_ACTIVE_WINDOW`` and that window's ``_NET_WM_STATE``. Under
  Wayland only X11 (XWayland) windows are seen. Xlib ends the process when the X server goes
  away; so does Qt, so the app is gone by then anyway.
* Windows (``system`` and ``fullscreen``): ``SHQueryUserNotificationState`` (full-screen
  application, Direct3D exclusive mode, presentation settings, the first-logon quiet time). It
  does not report Focus Assist, which has no documented API.
* macOS: no system source; there is no public API for Focus or for full-screen windows of other
  apps without the accessibility permission. Meeting apps only.
* Every platform, meeting apps (``meeting_apps``): running process names (psutil, imported on the
  first probe, not at start-up), compared case-insensitively and without ``.exe``.

Nothing here is shown to the person: the UI turns :class:`BusyReason` into translated text.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import dataclasses
import enum
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from spasm_desktop.core.settings import DEFAULT_MEETING_APPS
from spasm_desktop.platform import dbus

log = logging.getLogger(__name__)

_T = TypeVar("_T")


class BusyReason(enum.Enum):
    """Why the person counts as busy."""

    SYSTEM_DND = "system_dnd"
    """The desktop's own do-not-disturb, notifications inhibited, or presentation mode."""
    FULLSCREEN = "fullscreen"
    """The active window is full-screen."""
    MEETING_APP = "meeting_app"
    """A configured meeting app is running."""


@dataclasses.dataclass(frozen=True)
class Busy:
    """One reason the person is busy now."""

    reason: BusyReason
    detail: str = ""
    """Machine-readable detail, e.g. the meeting app's configured name; never shown as is."""


_FREEDESKTOP = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")

# -- Windows -------------------------------------------------------------------------------------

# QUERY_USER_NOTIFICATION_STATE (shellapi.h).
QUNS_NOT_PRESENT = 1  # screen saver, locked, or another user's session: not "busy" here
QUNS_BUSY = 2  # a full-screen application, or presentation settings applied
QUNS_RUNNING_D3D_FULL_SCREEN = 3  # a Direct3D application in exclusive full-screen mode
QUNS_PRESENTATION_MODE = 4  # the user turned on presentation settings
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6  # the first hour after a user's first logon or an OS upgrade (Windows 7+)
QUNS_APP = 7  # a Windows Store app is running (full-screen only on Windows 8)


def windows_busy_reason(state: int) -> BusyReason | None:
    """Map a ``SHQueryUserNotificationState`` value to a reason, or None for "not busy"."""
    if state in (QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN):
        return BusyReason.FULLSCREEN
    if state in (QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME):
        return BusyReason.SYSTEM_DND
    return None


def _windows_notification_state() -> int:
    """Call ``SHQueryUserNotificationState``; raise OSError where it cannot be called."""
    if sys.platform == "win32":
        state = ctypes.c_int(0)
        result = ctypes.windll.shell32.SHQueryUserNotificationState(ctypes.byref(state))
        if result != 0:
            raise OSError(f"SHQueryUserNotificationState failed with {result & 0xFFFFFFFF:#x}")
        return state.value
    raise OSError("SHQueryUserNotificationState exists only on Windows")


# -- Meeting apps --------------------------------------------------------------------------------


def normalize_process_name(name: str) -> str:
    """A process name or path reduced to what is compared: base name, case-folded, no ``.exe``."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().casefold()
    return base.removesuffix(".exe")


def match_meeting_apps(
    process_names: Iterable[str], meeting_apps: Iterable[str]
) -> tuple[str, ...]:
    r"""The configured meeting apps (as configured, in order, once each) among ``process_names``.

    Both sides are compared through :func:`normalize_process_name`, so ``"Zoom.EXE"``,
    ``"C:\\Zoom\\zoom.exe"`` and ``"zoom"`` are all the same.
    """
    wanted: dict[str, str] = {}
    for app in meeting_apps:
        key = normalize_process_name(app)
        if key and key not in wanted:
            wanted[key] = app
    if not wanted:
        return ()
    found: set[str] = set()
    for name in process_names:
        key = normalize_process_name(name)
        if key in wanted:
            found.add(key)
            if len(found) == len(wanted):
                break
    return tuple(app for key, app in wanted.items() if key in found)


def running_process_names() -> Iterator[str]:
    """Names of running processes: each one's name, and the base names of its executable and
    first command-line argument where readable. Processes that vanish or are not ours to read
    are skipped (psutil).
    """
    import psutil  # only when a probe runs: not at app start-up

    for process in psutil.process_iter(["name", "exe", "cmdline"], ad_value=None):
        info: dict[str, Any] = process.info
        name, exe, cmdline = info.get("name"), info.get("exe"), info.get("cmdline")
        if name:
            yield str(name)
        if exe:
            yield str(exe)
        if cmdline:
            yield str(cmdline[0])


# -- D-Bus ---------------------------------------------------------------------------------------

_DBUS_BUDGET_S = 1.0  # for all D-Bus calls of one read()
_NOTIFICATIONS = "org.freedesktop.Notifications"
_NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
_PORTAL = "org.freedesktop.portal.Desktop"
_PORTAL_PATH = "/org/freedesktop/portal/desktop"
_PORTAL_SETTINGS = "org.freedesktop.portal.Settings"
_UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
_GNOME_NOTIFICATIONS = "org.gnome.desktop.notifications"
_SHOW_BANNERS = "show-banners"


def variant_bool(value: Any) -> bool | None:
    """A boolean out of a D-Bus variant ``(signature, value)``, unwrapping nested variants
    (an old portal's ``Read`` wraps the value twice); None if it is not a boolean.
    """
    for _ in range(4):
        if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)):
            return None
        signature, value = value
        if signature == "b":
            return bool(value)
        if signature != "v":
            return None
    return None


# -- X11 -----------------------------------------------------------------------------------------

_ANY_PROPERTY_TYPE = 0
_X_SUCCESS = 0
_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class _X11:
    """An Xlib display connection (ctypes) that tells whether the active window is full-screen."""

    def __init__(self, display_name: str) -> None:
        path = "libX11.so.6"
        if not sys.platform.startswith("linux"):
            path = ctypes.util.find_library("X11") or path  # the BSDs number it differently
        lib = ctypes.CDLL(path)
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.restype = ctypes.c_int
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,  # display
            ctypes.c_ulong,  # window
            ctypes.c_ulong,  # property
            ctypes.c_long,  # long_offset
            ctypes.c_long,  # long_length
            ctypes.c_int,  # delete
            ctypes.c_ulong,  # req_type
            ctypes.POINTER(ctypes.c_ulong),  # actual_type_return
            ctypes.POINTER(ctypes.c_int),  # actual_format_return
            ctypes.POINTER(ctypes.c_ulong),  # nitems_return
            ctypes.POINTER(ctypes.c_ulong),  # bytes_after_return
            ctypes.POINTER(ctypes.c_void_p),  # prop_return
        ]
        lib.XGetWindowProperty.restype = ctypes.c_int
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XFree.restype = ctypes.c_int
        lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        lib.XSetErrorHandler.restype = ctypes.c_void_p
        self._lib = lib
        self._errors = 0
        # Kept alive as long as the display: Xlib calls it on BadWindow and the like, instead of
        # its default handler, which prints and ends the process.
        self._handler = _X_ERROR_HANDLER(self._on_error)
        display = lib.XOpenDisplay(display_name.encode())
        if not display:
            raise OSError(f"cannot open X display {display_name!r}")
        self._display: int | None = display
        self._root = int(lib.XDefaultRootWindow(display))
        self._active = self._atom(b"_NET_ACTIVE_WINDOW")
        self._state = self._atom(b"_NET_WM_STATE")
        self._fullscreen = self._atom(b"_NET_WM_STATE_FULLSCREEN")

    def _on_error(self, _display: int | None, _event: int | None) -> int:
        self._errors += 1
        return 0

    @contextlib.contextmanager
    def _trap_errors(self) -> Iterator[None]:
        """Our error handler only around our own requests; whoever had one gets it back."""
        previous = self._lib.XSetErrorHandler(ctypes.cast(self._handler, ctypes.c_void_p))
        try:
            yield
        finally:
            self._lib.XSetErrorHandler(previous)

    def _atom(self, name: bytes) -> int:
        return int(self._lib.XInternAtom(self._display, name, 0))

    def _property(self, window: int, atom: int) -> list[int] | None:
        """A format-32 property's items, or None if missing, of another format, or an error."""
        actual_type = ctypes.c_ulong(0)
        actual_format = ctypes.c_int(0)
        count = ctypes.c_ulong(0)
        after = ctypes.c_ulong(0)
        data = ctypes.c_void_p(None)
        self._errors = 0
        with self._trap_errors():
            status = self._lib.XGetWindowProperty(
                self._display,
                window,
                atom,
                0,
                1024,
                0,
                _ANY_PROPERTY_TYPE,
                ctypes.byref(actual_type),
                ctypes.byref(actual_format),
                ctypes.byref(count),
                ctypes.byref(after),
                ctypes.byref(data),
            )
        try:
            if status != _X_SUCCESS or self._errors or not data.value:
                return None
            if actual_format.value != 32:
                return None
            # Format-32 items are C longs in memory, whatever their size on this machine.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) & 0xFFFFFFFF for i in range(count.value)]
        finally:
            if data.value:
                self._lib.XFree(data)

    def active_window_fullscreen(self) -> bool:
        """Whether the window manager's active window has ``_NET_WM_STATE_FULLSCREEN``."""
        if self._display is None:
            raise OSError("X display already closed")
        active = self._property(self._root, self._active)
        if not active or active[0] == 0:
            return False
        states = self._property(active[0], self._state)
        return bool(states) and self._fullscreen in (states or [])

    def close(self) -> None:
        """Close the display connection."""
        display, self._display = self._display, None
        if display:
            self._lib.XCloseDisplay(display)


# -- The probe -----------------------------------------------------------------------------------


class DndProbe:
    """Tells, on demand, whether the person is busy (see the module docstring for the sources).

    ``environ`` (default: the process environment, read at each probe) gives ``DISPLAY``,
    ``DBUS_SESSION_BUS_ADDRESS``, ``XDG_CURRENT_DESKTOP`` and ``PATH``; ``platform`` (default:
    ``sys.platform``) picks the sources. Not thread-safe: probe from one thread. Call
    :meth:`close` when done.
    """

    def __init__(
        self,
        *,
        system: bool = True,
        fullscreen: bool = True,
        meeting_apps: Sequence[str] = DEFAULT_MEETING_APPS,
        environ: Mapping[str, str] | None = None,
        platform: str | None = None,
    ) -> None:
        self._system = system
        self._fullscreen = fullscreen
        self._meeting_apps = tuple(meeting_apps)
        self._environ = environ
        self._platform = platform if platform is not None else sys.platform
        self._bus = dbus.SessionBus(None, connect_timeout_s=_DBUS_BUDGET_S)
        self._x11: _X11 | None = None
        self._x11_display = ""
        self._portal_has_read_one = True
        self._warned: set[str] = set()

    def read(self) -> tuple[Busy, ...]:
        """Every reason the person is busy now; empty when not busy. Never raises."""
        environ = self._environ if self._environ is not None else os.environ
        found: list[Busy] = []
        if self._platform.startswith(_FREEDESKTOP):
            if self._system:
                found += self._freedesktop_dnd(environ)
            display = environ.get("DISPLAY", "")
            if self._fullscreen and display:
                fullscreen = self._guard("x11", False, lambda: self._x11_fullscreen(display))
                found += [Busy(BusyReason.FULLSCREEN, "x11")] if fullscreen else []
        elif self._platform == "win32" and (self._system or self._fullscreen):
            reason = self._guard("windows", None, self._windows_reason)
            wanted = {BusyReason.FULLSCREEN: self._fullscreen, BusyReason.SYSTEM_DND: self._system}
            if reason is not None and wanted.get(reason, False):
                found.append(Busy(reason, "windows"))
        if self._meeting_apps:
            no_names: tuple[str, ...] = ()
            names = self._guard("meeting apps", no_names, self._running_meeting_apps)
            found += [Busy(BusyReason.MEETING_APP, name) for name in names]
        return tuple(found)

    def close(self) -> None:
        """Close the D-Bus and X connections. The probe may be read again afterwards."""
        self._bus.close()
        x11, self._x11 = self._x11, None
        if x11 is not None:
            with contextlib.suppress(Exception):
                x11.close()

    def _guard(self, source: str, default: _T, probe: Callable[[], _T]) -> _T:
        """Run one source; on any failure log it (warning the first time) and return default."""
        try:
            return probe()
        except Exception as exc:
            level = logging.DEBUG if source in self._warned else logging.WARNING
            self._warned.add(source)
            log.log(level, "busy probe %s failed: %s: %s", source, type(exc).__name__, exc)
            return default

    # Linux and BSD

    def _freedesktop_dnd(self, environ: Mapping[str, str]) -> list[Busy]:
        address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        deadline = time.monotonic() + _DBUS_BUDGET_S
        if address and self._guard(
            "notifications", False, lambda: self._notifications_inhibited(address, deadline)
        ):
            return [Busy(BusyReason.SYSTEM_DND, "notifications-inhibited")]
        banners: bool | None = None
        if address:
            banners = self._guard(
                "portal", None, lambda: self._portal_show_banners(address, deadline)
            )
        if banners is None:
            banners = self._guard("gsettings", None, lambda: _gsettings_show_banners(environ))
        if banners is False:
            return [Busy(BusyReason.SYSTEM_DND, "gnome-show-banners")]
        return []

    def _dbus(
        self,
        address: str,
        deadline: float,
        service: str,
        path: str,
        interface: str,
        method: str,
        body: tuple[str, str],
    ) -> tuple[Any, ...]:
        bus = self._bus_at(address)
        return bus.call(service, path, interface, method, "ss", body, timeout_s=_left(deadline))

    def _bus_at(self, address: str) -> dbus.SessionBus:
        """The bus connection, to a new address if the environment names another bus now."""
        if self._bus.address != address:
            self._bus.close()
            self._bus = dbus.SessionBus(address, connect_timeout_s=_DBUS_BUDGET_S)
        return self._bus

    def _notifications_inhibited(self, address: str, deadline: float) -> bool:
        try:
            value = self._bus_at(address).get_property(
                _NOTIFICATIONS,
                _NOTIFICATIONS_PATH,
                _NOTIFICATIONS,
                "Inhibited",
                timeout_s=_left(deadline),
            )
        except dbus.ReplyError as exc:
            # No notification server running, or one without the property: not known.
            log.debug("notifications Inhibited not known: %s", exc.name)
            return False
        return variant_bool(value) is True

    def _portal_show_banners(self, address: str, deadline: float) -> bool | None:
        methods = ("ReadOne", "Read") if self._portal_has_read_one else ("Read",)
        for method in methods:
            try:
                body = self._dbus(
                    address,
                    deadline,
                    _PORTAL,
                    _PORTAL_PATH,
                    _PORTAL_SETTINGS,
                    method,
                    (_GNOME_NOTIFICATIONS, _SHOW_BANNERS),
                )
            except dbus.ReplyError as exc:
                if method == "ReadOne" and exc.name == _UNKNOWN_METHOD:
                    self._portal_has_read_one = False  # portal older than version 2
                    continue
                # No portal, or (GNOME's own backend) the key is not exported.
                log.debug("portal %s: %s", _SHOW_BANNERS, exc.name)
                return None
            return variant_bool(body[0]) if body else None
        return None

    def _x11_fullscreen(self, display: str) -> bool:
        if self._x11 is None or self._x11_display != display:
            if self._x11 is not None:
                self._x11.close()
                self._x11 = None
            self._x11 = _X11(display)
            self._x11_display = display
        return self._x11.active_window_fullscreen()

    def _running_meeting_apps(self) -> tuple[str, ...]:
        return match_meeting_apps(running_process_names(), self._meeting_apps)

    # Windows

    def _windows_reason(self) -> BusyReason | None:
        return windows_busy_reason(_windows_notification_state())


def _left(deadline: float) -> float:
    """Seconds left of a probe's D-Bus budget; raises TimeoutError when none are."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("no time left for D-Bus in this probe")
    return left


def _gsettings_show_banners(environ: Mapping[str, str]) -> bool | None:
    """GNOME's show-banners through ``gsettings``, only on GNOME and where it is installed."""
    if "GNOME" not in environ.get("XDG_CURRENT_DESKTOP", "").upper():
        return None
    program = shutil.which("gsettings", path=environ.get("PATH", os.defpath))
    if program is None:
        return None
    result = subprocess.run(
        [program, "get", _GNOME_NOTIFICATIONS, _SHOW_BANNERS],
        capture_output=True,
        text=True,
        timeout=1,
        check=False,
        stdin=subprocess.DEVNULL,
        env=dict(environ),
    )
    value = result.stdout.strip()
    if result.returncode != 0 or value not in ("true", "false"):
        return None
    return value == "true"
