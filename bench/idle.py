"""Start-up, memory and idle cost of Spasm Desktop next to a bare PySide6 tray app.

Run from the repository root:

    .venv/bin/python bench/idle.py [--idle-seconds 60] [--settle-seconds 30] [--runs 3]

It starts its own virtual screen (Xvfb), D-Bus session bus, notification daemon (dunst) and
system tray (trayer), measures Spasm Desktop (``python -m spasm_desktop``) and
``bench/bare_tray.py`` the same way from outside, prints both side by side with the ratio
app / bare and the targets, and stops everything it started, by PID.

Measured:

* start-to-tray: from just before the process is spawned until its tray icon window has been
  reparented into trayer's panel and is viewable. The X window tree under the panel is polled
  every ``--poll-ms`` through libX11 (ctypes, no python-xlib). Median of ``--runs`` runs each,
  app and bare alternating, after one untimed warm-up run each; every run uses a fresh
  ``SPASM_DESKTOP_HOME``.
* memory: PSS from /proc/PID/smaps_rollup after ``--settle-seconds`` of idle (USS and RSS too).
* idle cost over ``--idle-seconds``, right after the settle time: CPU time (utime + stime from
  /proc/PID/stat, all threads) and wakeups = context switches (voluntary + nonvoluntary, summed
  over /proc/PID/task/*/status).

Exit status: 0 if every target passes, 1 if one fails, 2 if the benchmark could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import datetime as dt
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent

#: Settings that keep every reminder from coming due: no active hours on any day (no water,
#: stretch or move reminders) and no bedtime reminder. A reminder would open a pop-up window
#: and send a notification, which would distort the idle figures.
QUIET_SETTINGS = {
    "schema_version": 1,
    "active_hours": {d: [] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
    "bedtime": {"enabled": False},
}

TARGET_START_RATIO = 1.3
TARGET_PSS_RATIO = 1.2
TARGET_WAKEUPS_PER_MIN = 10.0


class BenchError(RuntimeError):
    """The benchmark could not run."""


# --- a little libX11 through ctypes ------------------------------------------------------------


class XWindowAttributes(ctypes.Structure):
    """Xlib's XWindowAttributes (only ``map_state`` is read)."""

    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class XClassHint(ctypes.Structure):
    """Xlib's XClassHint: a window's WM_CLASS name and class."""

    _fields_ = [("res_name", ctypes.c_void_p), ("res_class", ctypes.c_void_p)]


IS_VIEWABLE = 2
XA_CARDINAL = 6
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _load_xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetSelectionOwner.restype = ctypes.c_ulong
    lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XGetWindowAttributes.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(XWindowAttributes),
    ]
    lib.XGetClassHint.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XClassHint)]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    return lib


@dataclass(frozen=True)
class TrayIcon:
    """A client window embedded in the tray panel."""

    window: int
    pid: int | None
    viewable: bool


class X:
    """One connection to the X server, for reading the window tree."""

    def __init__(self, display: str) -> None:
        self.lib = _load_xlib()
        # Windows vanish between two requests (a client quits): ignore BadWindow and friends
        # instead of letting Xlib's default handler exit this process.
        self._handler = _ERROR_HANDLER(lambda _dpy, _event: 0)
        self.lib.XSetErrorHandler(self._handler)
        self.dpy = self.lib.XOpenDisplay(display.encode())
        if not self.dpy:
            raise BenchError(f"cannot open X display {display}")
        self.root = self.lib.XDefaultRootWindow(self.dpy)
        self._pid_atom = self.lib.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        self._tray_atom = self.lib.XInternAtom(self.dpy, b"_NET_SYSTEM_TRAY_S0", 0)

    def close(self) -> None:
        """Close the connection to the X server (once)."""
        if self.dpy:
            self.lib.XCloseDisplay(self.dpy)
            self.dpy = None

    def children(self, window: int) -> list[int]:
        """Return the child windows of ``window``."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self.lib.XQueryTree(
            self.dpy,
            window,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(kids),
            ctypes.byref(count),
        ):
            return []
        result = [kids[i] for i in range(count.value)]
        if kids:
            self.lib.XFree(kids)
        return result

    def viewable(self, window: int) -> bool:
        """Whether ``window`` is mapped and shown."""
        attrs = XWindowAttributes()
        if not self.lib.XGetWindowAttributes(self.dpy, window, ctypes.byref(attrs)):
            return False
        return attrs.map_state == IS_VIEWABLE

    def wm_class(self, window: int) -> tuple[str, str] | None:
        """Return the WM_CLASS (name, class) of ``window``, or None if it has none."""
        hint = XClassHint()
        if not self.lib.XGetClassHint(self.dpy, window, ctypes.byref(hint)):
            return None
        pointers = (hint.res_name, hint.res_class)
        name, klass = (ctypes.string_at(p).decode(errors="replace") if p else "" for p in pointers)
        for pointer in pointers:
            if pointer:
                self.lib.XFree(pointer)
        return (name, klass)

    def pid(self, window: int) -> int | None:
        """Return the _NET_WM_PID of ``window``, or None if it has none."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        nitems, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.lib.XGetWindowProperty(
            self.dpy,
            window,
            self._pid_atom,
            0,
            1,
            0,
            XA_CARDINAL,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(nitems),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return None
        try:
            if actual_format.value != 32 or nitems.value < 1:
                return None
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0])
        finally:
            self.lib.XFree(data)

    def tray_owner(self) -> int:
        """Return the window owning the system tray selection (0: no tray)."""
        return int(self.lib.XGetSelectionOwner(self.dpy, self._tray_atom))

    def find_panel(self) -> int | None:
        """Trayer's panel: the top-level window whose WM_CLASS is ("panel", "trayer")."""
        for window in self.children(self.root):
            if self.wm_class(window) == ("panel", "trayer"):
                return window
        return None

    def tray_icons(self, panel: int) -> dict[int, TrayIcon]:
        """Client windows embedded in the panel (panel > socket window > client window)."""
        icons = {}
        for socket in self.children(panel):
            for client in self.children(socket):
                icons[client] = TrayIcon(client, self.pid(client), self.viewable(client))
        return icons

    def shown_windows(self, pid: int) -> list[int]:
        """Viewable top-level windows of ``pid`` (pop-ups, dialogs), looking one level down
        too in case a window manager ever reparents them.
        """
        found = []
        for top in self.children(self.root):
            for window in [top, *self.children(top)]:
                if self.pid(window) == pid and self.viewable(window):
                    found.append(window)
        return found


# --- the desktop: Xvfb, D-Bus, dunst, trayer --------------------------------------------------


@dataclass
class Desktop:
    """Processes this script started, stopped in reverse order by PID."""

    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    display: str = ""
    x: X | None = None
    panel: int = 0

    def spawn(self, args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        """Start ``args`` in the desktop's environment and stop it with the others."""
        proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            env=self.env or None,
            **kwargs,  # type: ignore[call-overload]
        )
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        """Stop every process started, newest first, and close the X connection."""
        if self.x is not None:
            self.x.close()
            self.x = None
        for proc in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 3.0) -> None:
    """SIGTERM, then SIGKILL, that one PID only."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            proc.wait(timeout)


def wait_for(what: str, check: object, timeout: float, step: float = 0.05) -> object:
    """Call ``check`` until it returns something true, and return that (BenchError on timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()  # type: ignore[operator]
        if value:
            return value
        if time.monotonic() > deadline:
            raise BenchError(f"timed out waiting for {what}")
        time.sleep(step)


def start_desktop(desktop: Desktop, logdir: Path, pyc_prefix: bool) -> None:
    """Start Xvfb, a D-Bus session, dunst and trayer (BenchError if one is missing or fails)."""
    for tool in ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "trayer"):
        if shutil.which(tool) is None:
            raise BenchError(f"{tool} is not installed (see ../shared/tools/xshot)")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SPASM_", "DBUS_", "QT_"))}

    # Xvfb on the first free display from :100 up; retry if another server won the race.
    number = 100
    while True:
        while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            number += 1
        display = f":{number}"
        xvfb = desktop.spawn(
            ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=(logdir / "xvfb.log").open("wb"),
        )
        deadline = time.monotonic() + 5
        while xvfb.poll() is None and not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline:
                raise BenchError("Xvfb did not start")
            time.sleep(0.02)
        time.sleep(0.05)
        if xvfb.poll() is None:
            break
        desktop.procs.remove(xvfb)
        number += 1
    desktop.display = display
    desktop.x = wait_for(f"X display {display}", lambda: _try_x(display), 5)  # type: ignore[assignment]

    # A private session bus (dbus-daemon directly, so that its PID is ours to stop).
    bus = desktop.spawn(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=(logdir / "dbus.log").open("wb"),
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    if not address:
        raise BenchError("dbus-daemon printed no address")
    desktop.env = {
        **base,
        "DISPLAY": display,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "QT_QPA_PLATFORM": "xcb",
    }
    if pyc_prefix:
        # Like an installed app, which has its .pyc files: compile once (in the warm-up run)
        # into a private cache, without writing __pycache__ folders into the checkout.
        desktop.env.pop("PYTHONDONTWRITEBYTECODE", None)
        desktop.env["PYTHONPYCACHEPREFIX"] = str(logdir / "pycache")

    desktop.spawn(["dunst"], stdout=subprocess.DEVNULL, stderr=(logdir / "dunst.log").open("wb"))
    desktop.spawn(
        [
            "trayer",
            "--edge",
            "bottom",
            "--align",
            "right",
            "--widthtype",
            "request",
            "--height",
            "32",
            "--SetDockType",
            "true",
            "--transparent",
            "false",
            "--tint",
            "0x303030",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(logdir / "trayer.log").open("wb"),
    )
    x = desktop.x
    assert x is not None
    desktop.panel = wait_for("trayer's panel", x.find_panel, 10)  # type: ignore[assignment]
    wait_for("the tray selection owner", x.tray_owner, 10)
    wait_for("dunst on the session bus", lambda: dunst_history(desktop.env) is not None, 10, 0.1)


def _try_x(display: str) -> X | None:
    try:
        return X(display)
    except BenchError:
        return None


def dunst_history(env: dict[str, str]) -> int | None:
    """How many notifications dunst has shown (its history), or None if it doesn't answer."""
    try:
        out = subprocess.run(
            ["dunstctl", "count", "history"], env=env, capture_output=True, timeout=5, check=True
        ).stdout
        return int(out.decode().strip())
    except (subprocess.SubprocessError, ValueError, OSError):
        return None


# --- the two programs -------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A program measured: its name in the report and its command line."""

    name: str
    args: list[str]


APP = Target("app", [sys.executable, "-m", "spasm_desktop"])
BARE = Target("bare", [sys.executable, str(BENCH / "bare_tray.py")])


@dataclass
class Launched:
    """A started program: its process and when it was spawned."""

    target: Target
    proc: subprocess.Popen[bytes]
    spawned: float
    home: Path


@contextlib.contextmanager
def launched(desktop: Desktop, target: Target, logdir: Path, tag: str) -> Iterator[Launched]:
    """Start ``target`` with a fresh SPASM_DESKTOP_HOME holding the quiet settings; stop it
    (by PID) when the block ends.
    """
    home = Path(tempfile.mkdtemp(prefix=f"home-{target.name}-{tag}-", dir=logdir))
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps(QUIET_SETTINGS), encoding="utf-8")
    env = {**desktop.env, "SPASM_DESKTOP_HOME": str(home)}
    with (logdir / f"{target.name}-{tag}.log").open("wb") as log:
        spawned = time.monotonic()
        proc = subprocess.Popen(
            target.args, cwd=home, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log
        )
        desktop.procs.append(proc)
        try:
            yield Launched(target, proc, spawned, home)
        finally:
            stop_process(proc)
            desktop.procs.remove(proc)


def wait_for_icon(desktop: Desktop, run: Launched, before: set[int], poll_s: float) -> float:
    """Poll the panel until a new viewable client window of this process is embedded; return
    the monotonic time it was seen.
    """
    x = desktop.x
    assert x is not None
    deadline = time.monotonic() + 30
    while True:
        for icon in x.tray_icons(desktop.panel).values():
            if icon.window not in before and icon.viewable and icon.pid in (run.proc.pid, None):
                return time.monotonic()
        if run.proc.poll() is not None:
            raise BenchError(
                f"{run.target.name} exited with status {run.proc.returncode} before its tray "
                "icon appeared"
            )
        if time.monotonic() > deadline:
            raise BenchError(f"no tray icon from {run.target.name} within 30 s")
        time.sleep(poll_s)


def icons_now(desktop: Desktop) -> set[int]:
    """Return the tray icons shown in the panel now."""
    assert desktop.x is not None
    return set(desktop.x.tray_icons(desktop.panel))


def start_to_tray(desktop: Desktop, target: Target, logdir: Path, tag: str, poll_s: float) -> float:
    """One start: seconds from just before spawning until the icon is embedded and viewable."""
    before = icons_now(desktop)
    with launched(desktop, target, logdir, tag) as run:
        seen = wait_for_icon(desktop, run, before, poll_s)
    wait_for("the tray to drop the icon", lambda: icons_now(desktop) <= before, 10, 0.01)
    return seen - run.spawned


# --- /proc ------------------------------------------------------------------------------------

CLK_TCK = os.sysconf("SC_CLK_TCK")


def smaps_rollup(pid: int) -> dict[str, int]:
    """The process's memory figures in KiB (Rss, Pss, Private_Clean, ...)."""
    figures = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            figures[key.strip()] = int(parts[0])
    return figures


def cpu_ticks(pid: int) -> int:
    """Utime + stime of the whole process (all threads, including exited ones), in ticks."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[11]) + int(fields[12])


SHARED_LIBS = ("libpython", "libQt6", "libpyside6", "libshiboken6")


def _mapped_libs(pid: int) -> set[str]:
    try:
        text = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return set()
    return {
        line.split(maxsplit=5)[5]
        for line in text.splitlines()
        if line.count(" ") >= 5 and any(lib in line for lib in SHARED_LIBS)
    }


def sharers(ours: set[int]) -> list[str]:
    """Other processes (not ``ours``, not this script) mapping the same libpython or Qt
    libraries as ``ours``: PSS splits those pages with them. Returned as "PID command".
    """
    libs = set().union(*(_mapped_libs(pid) for pid in ours))
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) in ours | {os.getpid()}:
            continue
        if _mapped_libs(int(proc.name)) & libs:
            try:
                command = proc.joinpath("cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                command = "?"
            found.append(f"{proc.name} {command.strip()[:60]}")
    return found


def io_counters(pid: int) -> dict[str, int]:
    """/proc/PID/io: bytes and calls of read/write-like syscalls, bytes sent to storage."""
    with contextlib.suppress(OSError):
        text = Path(f"/proc/{pid}/io").read_text()
        return {k: int(v) for k, v in (line.split(": ") for line in text.splitlines())}
    return {}


@dataclass(frozen=True)
class ThreadSample:
    """One thread's counters from /proc: context switches and run time."""

    name: str
    voluntary: int
    nonvoluntary: int
    runtime_ns: int


def threads(pid: int) -> dict[int, ThreadSample]:
    """Context switches and run time of each live thread."""
    result = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = task.joinpath("status").read_text()
            runtime = int(task.joinpath("schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread just exited
        values = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        result[int(task.name)] = ThreadSample(
            values["Name"].strip(),
            int(values["voluntary_ctxt_switches"]),
            int(values["nonvoluntary_ctxt_switches"]),
            runtime,
        )
    return result


@dataclass
class IdleResult:
    """What one program cost while idle."""

    name: str
    start_s: float
    pss_kib: int
    uss_kib: int
    rss_kib: int
    idle_s: float
    cpu_s: float
    cpu_schedstat_s: float
    voluntary: int
    nonvoluntary: int
    threads: int
    threads_exited: int
    per_thread: dict[str, int]
    windows_seen: int
    notifications: int
    pss_sharers: list[str]
    io: dict[str, int]

    @property
    def wakeups(self) -> int:
        """Context switches while idle, voluntary and not."""
        return self.voluntary + self.nonvoluntary

    @property
    def wakeups_per_min(self) -> float:
        """Context switches per minute while idle."""
        return self.wakeups * 60 / self.idle_s


def idle_phase(
    desktop: Desktop,
    targets: list[Target],
    logdir: Path,
    settle_s: float,
    idle_s: float,
    poll_s: float,
    pss_wait_s: float,
) -> list[IdleResult]:
    """Start ``targets`` (together), let them settle, read their memory, then watch them idle."""
    x = desktop.x
    assert x is not None
    with contextlib.ExitStack() as stack:
        runs, starts = [], []
        for target in targets:
            before = icons_now(desktop)
            run = stack.enter_context(launched(desktop, target, logdir, "idle"))
            starts.append(wait_for_icon(desktop, run, before, poll_s) - run.spawned)
            runs.append(run)
        progress(f"  settling {settle_s:g} s")
        time.sleep(settle_s)
        ours = {r.proc.pid for r in runs}
        deadline = time.monotonic() + pss_wait_s
        if others := sharers(ours):
            progress(f"  up to {pss_wait_s:g} s for other Python/Qt processes to end: {others}")
            while others and time.monotonic() < deadline:
                time.sleep(1)
                others = sharers(ours)
        memory = [smaps_rollup(r.proc.pid) for r in runs]
        notes_before = dunst_history(desktop.env) or 0
        first = [(cpu_ticks(r.proc.pid), threads(r.proc.pid)) for r in runs]
        io_first = [io_counters(r.proc.pid) for r in runs]
        began = time.monotonic()
        progress(f"  idle {idle_s:g} s")
        windows: list[set[int]] = [set() for _ in runs]
        while (left := began + idle_s - time.monotonic()) > 0:
            time.sleep(min(1.0, left))
            for run, seen in zip(runs, windows, strict=True):
                if run.proc.poll() is not None:
                    raise BenchError(f"{run.target.name} exited while idle")
                seen.update(x.shown_windows(run.proc.pid))
        last = [(cpu_ticks(r.proc.pid), threads(r.proc.pid)) for r in runs]
        io_last = [io_counters(r.proc.pid) for r in runs]
        elapsed = time.monotonic() - began
        notes = (dunst_history(desktop.env) or 0) - notes_before

    results = []
    for i, run in enumerate(runs):
        (ticks0, threads0), (ticks1, threads1) = first[i], last[i]
        voluntary = nonvoluntary = runtime = 0
        per_thread: dict[str, int] = {}
        for tid, now in threads1.items():
            then = threads0.get(tid, ThreadSample(now.name, 0, 0, 0))
            v, n = now.voluntary - then.voluntary, now.nonvoluntary - then.nonvoluntary
            voluntary, nonvoluntary = voluntary + v, nonvoluntary + n
            runtime += now.runtime_ns - then.runtime_ns
            key = f"{now.name} ({tid})" if tid != run.proc.pid else f"{now.name} (main)"
            per_thread[key] = v + n
        mem = memory[i]
        io = {k: io_last[i].get(k, 0) - v for k, v in io_first[i].items()}
        results.append(
            IdleResult(
                name=run.target.name,
                start_s=starts[i],
                pss_kib=mem.get("Pss", 0),
                uss_kib=mem.get("Private_Clean", 0) + mem.get("Private_Dirty", 0),
                rss_kib=mem.get("Rss", 0),
                idle_s=elapsed,
                cpu_s=(ticks1 - ticks0) / CLK_TCK,
                cpu_schedstat_s=runtime / 1e9,
                voluntary=voluntary,
                nonvoluntary=nonvoluntary,
                threads=len(threads1),
                threads_exited=len(set(threads0) - set(threads1)),
                per_thread=per_thread,
                windows_seen=len(windows[i]),
                notifications=notes,
                pss_sharers=others,
                io=io,
            )
        )
    return results


# --- report -----------------------------------------------------------------------------------


def progress(message: str) -> None:
    """Print ``message`` on stderr at once."""
    print(message, file=sys.stderr, flush=True)


def machine() -> dict[str, str]:
    """Return the machine's CPU, CPU count, kernel, versions and load, for the report."""
    model = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    try:
        from importlib import metadata

        pyside = metadata.version("PySide6-Essentials")
    except Exception:
        pyside = "?"
    return {
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": model,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "loadavg": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
    }


def verdict(ok: bool) -> str:
    """Return "PASS" or "FAIL"."""
    return "PASS" if ok else "FAIL"


def report(
    args: argparse.Namespace,
    starts: dict[str, list[float]],
    idle: dict[str, IdleResult],
    info: dict[str, str],
    load_after: str,
) -> tuple[str, bool, dict[str, object]]:
    """Return the report in Markdown, whether every goal was met, and the figures as JSON data."""
    app, bare = idle["app"], idle["bare"]
    start_app, start_bare = statistics.median(starts["app"]), statistics.median(starts["bare"])
    start_ratio = start_app / start_bare
    pss_ratio = app.pss_kib / bare.pss_kib
    checks = {
        "start_to_tray": start_ratio <= TARGET_START_RATIO,
        "pss": pss_ratio <= TARGET_PSS_RATIO,
        "wakeups": app.wakeups_per_min <= TARGET_WAKEUPS_PER_MIN,
    }

    def mib(kib: int) -> str:
        return f"{kib / 1024:.1f} MiB"

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}x" if b else "-"

    def ms(values: list[float]) -> str:
        return " ".join(f"{v * 1000:.0f}" for v in values)

    mode = "at the same time" if args.concurrent else "one after the other"
    rows = [
        ("", "app", "bare", "app/bare", "target", ""),
        (
            f"start-to-tray, median of {args.runs}",
            f"{start_app * 1000:.0f} ms",
            f"{start_bare * 1000:.0f} ms",
            f"{start_ratio:.2f}x",
            f"<= {TARGET_START_RATIO}x",
            verdict(checks["start_to_tray"]),
        ),
        (
            f"PSS after {args.settle_seconds:g} s idle",
            mib(app.pss_kib),
            mib(bare.pss_kib),
            f"{pss_ratio:.2f}x",
            f"<= {TARGET_PSS_RATIO}x",
            verdict(checks["pss"]),
        ),
        (
            "wakeups per idle minute",
            f"{app.wakeups_per_min:.1f}",
            f"{bare.wakeups_per_min:.1f}",
            ratio(app.wakeups_per_min, bare.wakeups_per_min),
            f"<= {TARGET_WAKEUPS_PER_MIN:g}/min (app)",
            verdict(checks["wakeups"]),
        ),
        (
            f"CPU time over {app.idle_s:.0f} s idle",
            f"{app.cpu_s * 1000:.0f} ms",
            f"{bare.cpu_s * 1000:.0f} ms",
            ratio(app.cpu_s, bare.cpu_s),
            "",
            "",
        ),
        (
            "  same, from schedstat (ns)",
            f"{app.cpu_schedstat_s * 1000:.2f} ms",
            f"{bare.cpu_schedstat_s * 1000:.2f} ms",
            ratio(app.cpu_schedstat_s, bare.cpu_schedstat_s),
            "",
            "",
        ),
        (
            "  USS (private)",
            mib(app.uss_kib),
            mib(bare.uss_kib),
            ratio(app.uss_kib, bare.uss_kib),
            "",
            "",
        ),
        ("  RSS", mib(app.rss_kib), mib(bare.rss_kib), ratio(app.rss_kib, bare.rss_kib), "", ""),
        (
            "  context switches vol+invol",
            f"{app.voluntary}+{app.nonvoluntary}",
            f"{bare.voluntary}+{bare.nonvoluntary}",
            "",
            "",
            "",
        ),
        ("  threads", str(app.threads), str(bare.threads), "", "", ""),
        (
            "  write calls / bytes written",
            f"{app.io.get('syscw', 0)} / {app.io.get('wchar', 0)} B",
            f"{bare.io.get('syscw', 0)} / {bare.io.get('wchar', 0)} B",
            "",
            "",
            "",
        ),
        (
            "  start-to-tray of the idle run",
            f"{app.start_s * 1000:.0f} ms",
            f"{bare.start_s * 1000:.0f} ms",
            "",
            "",
            "",
        ),
    ]
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = [
        f"Spasm Desktop idle benchmark, {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"machine: {info['nproc']} CPUs, {info['cpu']}; Linux {info['kernel']}, "
        f"Python {info['python']}, PySide6 {info['pyside6']}",
        f"load average before / after: {info['loadavg']} / {load_after}",
        "settings: no active hours on any day and bedtime off, so no reminder can come due "
        "(no pop-up window, no notification during the idle window)",
        f"start-to-tray: spawn until the icon window is embedded in trayer's panel and viewable, "
        f"polled every {args.poll_ms:g} ms; {args.runs} runs each, alternating, after 1 untimed "
        "warm-up each; "
        + (
            "the environment's bytecode settings (--cold-bytecode)"
            if args.cold_bytecode
            else "Python bytecode cached in a private PYTHONPYCACHEPREFIX (filled by the warm-up)"
        ),
        f"idle: app and bare measured {mode}; {args.settle_seconds:g} s settle, then PSS, "
        f"then {args.idle_seconds:g} s idle",
        "",
    ]
    lines += [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines += [
        "",
        f"start-to-tray runs (ms): app {ms(starts['app'])}; bare {ms(starts['bare'])}",
        "wakeups by thread: "
        + "; ".join(
            f"{r.name}: " + ", ".join(f"{k} {v}" for k, v in r.per_thread.items() if v)
            for r in (app, bare)
        ),
        f"during idle: windows shown app {app.windows_seen}, bare {bare.windows_seen}; "
        + (
            f"notifications (both) {app.notifications}"
            if args.concurrent
            else f"notifications app {app.notifications}, bare {bare.notifications}"
        )
        + f"; threads exited app {app.threads_exited}, bare {bare.threads_exited}",
    ]
    for r in (app, bare):
        if r.pss_sharers:
            lines.append(
                f"WARNING: {r.name}'s PSS was read while other processes mapped the same "
                f"libpython/Qt libraries (lowering it; RSS is not affected): {r.pss_sharers}"
            )
    if app.windows_seen or app.notifications:
        lines.append("WARNING: the app showed a window or a notification while idle")
    if args.concurrent:
        lines.append(
            "note: run at the same time, the two processes share library pages, which PSS "
            "splits between them; USS is not affected"
        )
    lines += ["", "RESULT: " + ("all targets PASS" if all(checks.values()) else "some FAIL")]
    data: dict[str, object] = {
        "machine": info,
        "load_after": load_after,
        "args": vars(args),
        "start_to_tray_s": starts,
        "idle": {k: {**vars(v), "wakeups_per_min": v.wakeups_per_min} for k, v in idle.items()},
        "checks": checks,
    }
    return "\n".join(lines), all(checks.values()), data


# --- main ---------------------------------------------------------------------------------------


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Return the command line's options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--idle-seconds", type=float, default=60)
    parser.add_argument("--settle-seconds", type=float, default=30)
    parser.add_argument("--runs", type=int, default=3, help="start-to-tray runs per program")
    parser.add_argument("--poll-ms", type=float, default=2, help="tray polling interval")
    parser.add_argument(
        "--concurrent",
        action="store_true",
        help="idle app and bare at the same time (shorter; PSS then splits shared pages)",
    )
    parser.add_argument(
        "--cold-bytecode",
        action="store_true",
        help="keep the environment's bytecode settings instead of a private .pyc cache (with "
        "PYTHONDONTWRITEBYTECODE=1, modules without a .pyc are compiled at every start)",
    )
    parser.add_argument(
        "--pss-wait-seconds",
        type=float,
        default=20,
        help="before reading PSS, wait up to this long for other processes that map the same "
        "libpython/Qt libraries to end (they would take a share of those pages)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep-logs", action="store_true", help="keep the temp dir with logs")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.idle_seconds <= 0 or args.settle_seconds < 0:
        parser.error("--runs must be >= 1, --idle-seconds > 0, --settle-seconds >= 0")
    return args


def _sigterm(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 when every goal was met."""
    args = parse(argv)
    signal.signal(signal.SIGTERM, _sigterm)
    info = machine()
    logdir = Path(tempfile.mkdtemp(prefix="spasm-bench-"))
    desktop = Desktop()
    failed = True
    try:
        progress(f"starting Xvfb, dbus-daemon, dunst, trayer (logs in {logdir})")
        start_desktop(desktop, logdir, not args.cold_bytecode)
        progress(f"  display {desktop.display}")
        poll_s = args.poll_ms / 1000
        starts: dict[str, list[float]] = {"app": [], "bare": []}
        for i in range(-1, args.runs):
            order = (APP, BARE) if i % 2 else (BARE, APP)
            for target in order:
                seconds = start_to_tray(desktop, target, logdir, f"start{i + 1}", poll_s)
                if i >= 0:
                    starts[target.name].append(seconds)
                progress(
                    f"start-to-tray {target.name}: {seconds * 1000:.0f} ms"
                    + (" (warm-up, not counted)" if i < 0 else "")
                )
        idle: dict[str, IdleResult] = {}
        groups = [[APP, BARE]] if args.concurrent else [[APP], [BARE]]
        for group in groups:
            progress("idle phase: " + " + ".join(t.name for t in group))
            for result in idle_phase(
                desktop,
                group,
                logdir,
                args.settle_seconds,
                args.idle_seconds,
                poll_s,
                args.pss_wait_seconds,
            ):
                idle[result.name] = result
        load_after = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        text, ok, data = report(args, starts, idle, info, load_after)
        print(text, flush=True)
        if args.json:
            args.json.write_text(json.dumps(data, indent=2, default=str) + "\n")
        failed = False
        return 0 if ok else 1
    except BenchError as exc:
        progress(f"error: {exc}")
        return 2
    except KeyboardInterrupt:
        progress("interrupted")
        return 2
    finally:
        desktop.stop()
        if failed or args.keep_logs:
            progress(f"logs kept in {logdir}")
        else:
            shutil.rmtree(logdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
