"""The busy probe's full-screen source on a virtual X display (no window manager: the test sets
the window manager's properties itself, with xprop).
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from spasm_desktop.platform.dnd import Busy, BusyReason, DndProbe

FULLSCREEN = Busy(BusyReason.FULLSCREEN, "x11")

# A client that creates a window, prints its id, then sets the window's _NET_WM_STATE to the atoms
# named on each line it reads (xprop sets one atom only), answering "ok", until stdin closes.
WINDOW_MAKER = """
import ctypes, sys
x = ctypes.CDLL("libX11.so.6")
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XOpenDisplay.restype = ctypes.c_void_p
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                  ctypes.c_uint, ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong,
                                  ctypes.c_ulong]
x.XCreateSimpleWindow.restype = ctypes.c_ulong
x.XMapWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XInternAtom.restype = ctypes.c_ulong
x.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                              ctypes.c_int, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
display = x.XOpenDisplay(None)
assert display, "no display"
window = x.XCreateSimpleWindow(display, x.XDefaultRootWindow(display), 0, 0, 200, 100, 0, 0, 0)
x.XMapWindow(display, window)
x.XSync(display, 0)
print(window, flush=True)
state = x.XInternAtom(display, b"_NET_WM_STATE", 0)
atom_type = 4  # XA_ATOM
for line in sys.stdin:
    atoms = [x.XInternAtom(display, name.encode(), 0) for name in line.split()]
    data = (ctypes.c_ulong * max(1, len(atoms)))(*atoms)
    x.XChangeProperty(display, window, state, atom_type, 32, 0, data, len(atoms))
    x.XSync(display, 0)
    print("ok", flush=True)
x.XCloseDisplay(display)
"""


class Window:
    """A real window on the virtual display, made and kept by a helper process."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.isdigit(), f"no window id from the helper: {line!r}"
        self.id = int(line)

    def set_state_atoms(self, *atoms: str) -> None:
        """Set several atoms at once (through the helper's own connection)."""
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(" ".join(atoms) + "\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "ok"


@pytest.fixture
def window(x_display: str) -> Iterator[Window]:
    """A real window on the virtual display, alive for the test."""
    process = subprocess.Popen(
        [sys.executable, "-c", WINDOW_MAKER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield Window(process)
    finally:
        process.communicate(timeout=10)


def xprop(*args: str) -> None:
    """Run xprop on the test's display."""
    path = shutil.which("xprop")
    if path is None:
        pytest.skip("xprop is not installed (./test.sh installs it)")
    subprocess.run([path, *args], check=True, timeout=10, env=os.environ.copy())


def set_active(window_id: int) -> None:
    """What a window manager does when a window gets the focus."""
    xprop("-root", "-f", "_NET_ACTIVE_WINDOW", "32i", "-set", "_NET_ACTIVE_WINDOW", str(window_id))


def set_state(window_id: int, atom: str) -> None:
    """Set the window's _NET_WM_STATE to one atom (xprop interns "A,B" as one atom)."""
    xprop("-id", str(window_id), "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", atom)


@pytest.fixture
def probe(x_display: str) -> Iterator[DndProbe]:
    """A probe with only the X11 source; closed before the display goes away."""
    probe = DndProbe(
        system=False, meeting_apps=(), environ={"DISPLAY": x_display}, platform="linux"
    )
    try:
        yield probe
    finally:
        probe.close()


def test_no_active_window_property(probe: DndProbe) -> None:
    assert probe.read() == ()


def test_fullscreen_then_not_then_a_window_that_does_not_exist(
    probe: DndProbe, window: Window
) -> None:
    set_active(window.id)
    assert probe.read() == ()  # active, but no _NET_WM_STATE at all

    set_state(window.id, "_NET_WM_STATE_FULLSCREEN")
    assert probe.read() == (FULLSCREEN,)
    assert probe.read() == (FULLSCREEN,)

    set_state(window.id, "_NET_WM_STATE_MAXIMIZED_VERT")
    assert probe.read() == ()

    window.set_state_atoms("_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN")
    assert probe.read() == (FULLSCREEN,)

    window.set_state_atoms("_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ")
    assert probe.read() == ()

    window.set_state_atoms()  # present but empty
    assert probe.read() == ()

    # An id no client has: BadWindow must neither end the process nor count as busy.
    window.set_state_atoms("_NET_WM_STATE_FULLSCREEN")
    set_active(window.id + 0x1000)
    assert probe.read() == ()
    assert probe.read() == ()

    set_active(0)
    assert probe.read() == ()

    # And the connection still works after the errors.
    set_active(window.id)
    assert probe.read() == (FULLSCREEN,)


def test_the_active_window_property_of_another_format(probe: DndProbe, window: Window) -> None:
    set_state(window.id, "_NET_WM_STATE_FULLSCREEN")
    xprop("-root", "-f", "_NET_ACTIVE_WINDOW", "8s", "-set", "_NET_ACTIVE_WINDOW", "nonsense")
    assert probe.read() == ()


def test_fullscreen_source_off(x_display: str, window: Window) -> None:
    set_active(window.id)
    set_state(window.id, "_NET_WM_STATE_FULLSCREEN")
    probe = DndProbe(
        system=False,
        fullscreen=False,
        meeting_apps=(),
        environ={"DISPLAY": x_display},
        platform="linux",
    )
    try:
        assert probe.read() == ()
    finally:
        probe.close()


def test_no_display_variable_no_x11(window: Window) -> None:
    set_active(window.id)
    set_state(window.id, "_NET_WM_STATE_FULLSCREEN")
    probe = DndProbe(system=False, meeting_apps=(), environ={}, platform="linux")
    try:
        assert probe.read() == ()
    finally:
        probe.close()


def test_close_then_read_again_reopens(probe: DndProbe, window: Window) -> None:
    set_active(window.id)
    set_state(window.id, "_NET_WM_STATE_FULLSCREEN")
    assert probe.read() == (FULLSCREEN,)
    probe.close()
    assert probe.read() == (FULLSCREEN,)


def test_an_unreachable_display_is_not_busy() -> None:
    probe = DndProbe(system=False, meeting_apps=(), environ={"DISPLAY": ":4321"}, platform="linux")
    try:
        assert probe.read() == ()
        assert probe.read() == ()
    finally:
        probe.close()
