"""The safety text and the player's live changes on the real accessibility bus (AT-SPI), read
the way a screen reader reads them.

A virtual X display (Xvfb), a private session bus, the AT-SPI bus launcher (which starts the
accessibility bus and its registry), then the relief card and the player
(``atspi_app.py``, with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``). Debian's pyatspi, in the system
Python, reads them (``atspi_reader.py``): the tree with its names and roles, and the events the
player sends. Everything started here is stopped at the end. ``./test.sh`` installs what it needs
(``scripts/system-deps.sh dev``); the test skips only where the programs are missing.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_desktop.core.relief import Tier
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import relief
from spasm_desktop.ui.common import text
from tests.desktop import private_session_bus, virtual_display, wait_until

HERE = Path(__file__).parent
APP_NAME = "spasm-desktop-atspi-check"
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
MARK = "atspi-check-done"
#: The accessibility bus's environment and the app running on it (the module's fixture).
Session = tuple[dict[str, str], subprocess.Popen[str]]


def launcher() -> str:
    for path in LAUNCHERS:
        if os.access(path, os.X_OK):
            return path
    pytest.skip("at-spi2-core is not installed (./test.sh installs it)")


def need_pyatspi() -> None:
    if shutil.which(SYSTEM_PYTHON) is None:
        pytest.skip("no system Python (./test.sh installs python3-pyatspi)")
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
    )
    if found.returncode != 0:
        pytest.skip("python3-pyatspi is not installed (./test.sh installs it)")


def read_line(process: subprocess.Popen[str], timeout_s: float) -> str:
    """The next line ``process`` prints, or "" if none comes in time."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout_s)
    return process.stdout.readline().strip() if ready else ""


@contextlib.contextmanager
def accessibility_bus(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Xvfb, a session bus and the AT-SPI bus on it; yield the environment that reaches them."""
    bus_launcher = launcher()
    need_pyatspi()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    with virtual_display() as display, private_session_bus(tmp_path / "bus") as address:
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            DBUS_SESSION_BUS_ADDRESS=address,
            XDG_RUNTIME_DIR=str(runtime),  # the accessibility bus's socket goes here
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            NO_AT_BRIDGE="0",
        )
        # Its own process group: the accessibility bus and the registry it starts are in it.
        process = subprocess.Popen(
            [bus_launcher, "--launch-immediately", "--a11y=1"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            yield env
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


@contextlib.contextmanager
def running_app(env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, str(HERE / "atspi_app.py")],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = read_line(process, 30)
        if line != "ready":
            process.kill()
            _, errors = process.communicate(timeout=10)
            raise AssertionError(f"the app did not start: {line!r} {errors}")
        yield process
    finally:
        if process.poll() is None:
            assert process.stdin is not None
            with contextlib.suppress(BrokenPipeError):
                process.stdin.write("quit\n")
                process.stdin.flush()
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate(timeout=10)


def say(app: subprocess.Popen[str], command: str) -> None:
    """Send one command to the app and wait until it is done."""
    assert app.stdin is not None
    app.stdin.write(command + "\n")
    app.stdin.flush()
    assert read_line(app, 15) == "ok", command


def tree(env: dict[str, str]) -> list[dict[str, object]]:
    """Every node of the app's accessible tree, as pyatspi reads it."""
    done = subprocess.run(
        [SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), "tree", APP_NAME],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    return found["nodes"] if found["found"] else []


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def session(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Session]:
    with accessibility_bus(tmp_path_factory.mktemp("atspi")) as env, running_app(env) as app:
        yield env, app


def test_the_relief_cards_danger_signs_and_the_players_instruction_are_on_the_bus(
    session: Session,
) -> None:
    env, _app = session
    nodes: list[dict[str, object]] = []

    def read() -> bool:
        nodes[:] = tree(env)
        return any("Stand facing a wall" in str(n.get("name")) for n in nodes)

    assert wait_until(read, timeout_s=30), [n.get("name") for n in nodes][:40]
    labels = {flat(str(n["name"])) for n in nodes if n["role"] == "label" and n["showing"]}
    # Section titles are headings (a screen reader lists them and jumps between them).
    headings = {flat(str(n["name"])) for n in nodes if n["role"] == "heading" and n["showing"]}
    content, _problems = relief.load_relief()
    flags = content.red_flags
    assert flags is not None
    for tier in Tier:
        heading = flat(text.tier_heading(tier))  # a heading, or the button that unfolds the tier
        assert heading in headings or any(
            n["role"] in ("check box", "toggle button") and n["name"] == heading for n in nodes
        ), tier
        for flag in flags.tier(tier):
            bullet = flat(f"• {text.data(flag.text)}")
            assert any(bullet in name for name in labels), flag.id
    card = content.cards[next(a for a in content.cards if a.value == "calf")]
    assert any(name.startswith("Cramp: ") for name in headings), headings  # the card's title
    # The player's introduction (behind its current page, so not showing).
    assert any(n["role"] == "heading" and n["name"] == "Before you start" for n in nodes)
    for step in card.first_steps:
        assert flat(text.data(step)) in labels
    instruction = [n for n in nodes if "Stand facing a wall" in str(n["name"])]
    assert instruction[0]["role"] == "label"
    assert instruction[0]["description"] == "Instruction"
    assert "LEFT LEG" in labels
    assert "Get ready" in labels


def test_a_phase_change_is_announced_and_the_countdown_is_not_read_every_second(
    session: Session,
) -> None:
    env, app = session
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), "events", APP_NAME, MARK, "30"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert read_line(listener, 30) == "listening"
        for _ in range(3):  # three seconds of "Get ready": the countdown runs, nothing is said
            say(app, "advance 1")
        say(app, "advance 2.5")  # "Hold" starts
        say(app, "advance 1")
        say(app, "pause")
        say(app, "pause")  # resumed
        say(app, f"mark {MARK}")
        out, errors = listener.communicate(timeout=40)
    finally:
        if listener.poll() is None:
            listener.kill()
            listener.communicate(timeout=10)
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert events, errors
    said = [(e["any_data"], e["detail1"]) for e in events if e["type"] == "object:announcement"]
    hold = "Hold, Left leg, Repetition 1 of 3, 10 seconds"
    # detail1 is the politeness: 2 assertive (the phase changed), 1 polite.
    assert said == [(hold, 2), ("Paused", 1), (hold, 1), (MARK, 1)], said
    # The progress bar's value and the ring's words change once, with the phase, not each second.
    value_changes = [
        e
        for e in events
        if e["role"] == "progress bar" and e["type"].startswith("object:property-change")
    ]
    ring = [e for e in events if e["name"] == "Seconds left in this step"]
    assert len(ring) == 1
    assert ring[0]["any_data"] == "This step lasts 10 seconds"
    assert len(value_changes) <= 2 * 3, value_changes  # hold, pause, resume: value and words


def test_the_ten_minute_warning_the_card_the_emergency_screen_and_a_reminder_are_announced(
    session: Session,
) -> None:
    env, app = session
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), "events", APP_NAME, MARK, "30"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert read_line(listener, 30) == "listening"
        say(app, "advance 600")  # ten minutes into the cramp
        say(app, "advance 1")  # said once, not again
        say(app, "area foot right")
        say(app, "area all_over")
        say(app, "popup")
        say(app, f"mark {MARK}")
        out, errors = listener.communicate(timeout=40)
    finally:
        if listener.poll() is None:
            listener.kill()
            listener.communicate(timeout=10)
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    said = [(e["any_data"], e["detail1"]) for e in events if e["type"] == "object:announcement"]
    assert said, errors
    content, _problems = relief.load_relief()
    flags = content.red_flags
    assert flags is not None
    ten = [line for line, _ in said if "10 minutes" in line]
    assert len(ten) == 1, said
    assert ten[0].startswith(text.tier_heading(Tier.TODAY)), said
    assert ("Cramp: Foot and toes, right", 1) in said
    emergency = [line for line, urgent in said if urgent == 2 and "all over" in line.lower()]
    assert emergency, said
    assert emergency[0].startswith(text.tier_heading(Tier.EMERGENCY)), said
    reminder = "\n".join(
        (text.title(ReminderKind.STRETCH), text.body(ReminderKind.STRETCH, Settings(), 0))
    )
    assert (reminder, 1) in said  # the pop-up takes no focus: without this, nothing is read
