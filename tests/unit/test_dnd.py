"""The busy probe's pure parts, the meeting-app source on real processes, and its guards."""

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from spasm_desktop.core.settings import DEFAULT_MEETING_APPS
from spasm_desktop.platform import dnd
from spasm_desktop.platform.dnd import (
    Busy,
    BusyReason,
    DndProbe,
    match_meeting_apps,
    normalize_process_name,
    variant_bool,
    windows_busy_reason,
)

NOTHING: dict[str, str] = {}  # an environment with no display, no bus, no GNOME


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CptHost", "cpthost"),
        ("CptHost.exe", "cpthost"),
        ("CPTHOST.EXE", "cpthost"),
        (r"C:\Users\x\AppData\Roaming\Zoom\bin\CptHost.exe", "cpthost"),
        ("/opt/zoom/aomhost", "aomhost"),
        ("GoTo Helper (Plugin)", "goto helper (plugin)"),
        ("  atmgr.exe ", "atmgr"),
        ("exe", "exe"),
        ("", ""),
    ],
)
def test_normalize_process_name(name: str, expected: str) -> None:
    assert normalize_process_name(name) == expected


def test_matching_is_case_insensitive_and_ignores_exe() -> None:
    running = ["systemd", "C:\\Program Files\\Zoom\\CPTHOST.EXE", "bash", "ATMGR"]
    assert match_meeting_apps(running, ["cpthost", "atmgr.exe", "teams"]) == (
        "cpthost",
        "atmgr.exe",
    )


def test_matches_come_in_configured_order_once_each() -> None:
    running = ["b", "a", "a.exe", "/usr/bin/b"]
    assert match_meeting_apps(running, ["a", "b", "A", "c"]) == ("a", "b")


def test_no_match_and_empty_lists() -> None:
    assert match_meeting_apps(["zoom", "teams"], DEFAULT_MEETING_APPS) == ()
    assert match_meeting_apps([], ["x"]) == ()
    assert match_meeting_apps(["x"], []) == ()
    assert match_meeting_apps(["x"], ["", "  "]) == ()


def test_matching_stops_reading_once_everything_is_found() -> None:
    def names() -> Iterator[str]:
        yield "cpthost"
        raise AssertionError("read past the last match")

    assert match_meeting_apps(names(), ["CptHost"]) == ("CptHost",)


def test_the_default_list_names_in_call_processes_only() -> None:
    normalized = {normalize_process_name(name) for name in DEFAULT_MEETING_APPS}
    assert "cpthost" in normalized
    # Processes that run whenever the app is open would hold back reminders all day.
    assert normalized.isdisjoint({"zoom", "zoom.us", "teams", "ms-teams", "skype", "slack"})


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        (dnd.QUNS_NOT_PRESENT, None),
        (dnd.QUNS_BUSY, BusyReason.FULLSCREEN),
        (dnd.QUNS_RUNNING_D3D_FULL_SCREEN, BusyReason.FULLSCREEN),
        (dnd.QUNS_PRESENTATION_MODE, BusyReason.SYSTEM_DND),
        (dnd.QUNS_ACCEPTS_NOTIFICATIONS, None),
        (dnd.QUNS_QUIET_TIME, BusyReason.SYSTEM_DND),
        (dnd.QUNS_APP, None),
        (0, None),
        (99, None),
    ],
)
def test_windows_notification_state_mapping(state: int, reason: BusyReason | None) -> None:
    assert windows_busy_reason(state) is reason


def test_windows_values_are_the_documented_ones() -> None:
    assert (dnd.QUNS_NOT_PRESENT, dnd.QUNS_BUSY, dnd.QUNS_RUNNING_D3D_FULL_SCREEN) == (1, 2, 3)
    assert (dnd.QUNS_PRESENTATION_MODE, dnd.QUNS_ACCEPTS_NOTIFICATIONS) == (4, 5)
    assert (dnd.QUNS_QUIET_TIME, dnd.QUNS_APP) == (6, 7)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (("b", True), True),
        (("b", False), False),
        (("v", ("b", False)), False),  # an old portal's Read: a variant in a variant
        (("v", ("v", ("b", True))), True),
        (("s", "false"), None),
        (("u", 0), None),
        (True, None),
        (None, None),
        ((), None),
    ],
)
def test_variant_bool(value: object, expected: bool | None) -> None:
    assert variant_bool(value) is expected


def test_every_source_disabled_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_processes() -> NoReturn:
        raise AssertionError("process list read with no meeting apps configured")

    monkeypatch.setattr(dnd, "running_process_names", no_processes)
    for platform in ("linux", "win32", "darwin", "freebsd"):
        probe = DndProbe(
            system=False,
            fullscreen=False,
            meeting_apps=(),
            environ={"DISPLAY": ":0", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"},
            platform=platform,
        )
        try:
            assert probe.read() == ()
        finally:
            probe.close()


def test_meeting_apps_from_a_fake_process_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dnd, "running_process_names", lambda: iter(["init", "Zoom", "CptHost"]))
    probe = DndProbe(environ=NOTHING, platform="darwin")
    try:
        assert probe.read() == (Busy(BusyReason.MEETING_APP, "CptHost"),)
    finally:
        probe.close()


def test_a_real_process_with_a_meeting_apps_name(tmp_path: Path) -> None:
    program = tmp_path / "fakemeet"
    shutil.copy(shutil.which("sleep") or "/bin/sleep", program)
    probe = DndProbe(
        system=False, fullscreen=False, meeting_apps=("FakeMeet.exe",), environ=NOTHING
    )
    try:
        assert probe.read() == ()
        process = subprocess.Popen([str(program), "30"])
        try:
            assert probe.read() == (Busy(BusyReason.MEETING_APP, "FakeMeet.exe"),)
        finally:
            process.kill()
            process.wait(timeout=10)
        assert probe.read() == ()
    finally:
        probe.close()


def test_the_real_process_list_has_this_process() -> None:
    names = {normalize_process_name(name) for name in dnd.running_process_names()}
    assert normalize_process_name(sys.executable) in names


def test_psutil_is_not_loaded_at_import() -> None:
    code = "import sys, spasm_desktop.platform.dnd; print('psutil' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_failing_source_warns_once_then_logs_at_debug(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> NoReturn:
        raise PermissionError("no /proc")

    monkeypatch.setattr(dnd, "running_process_names", broken)
    probe = DndProbe(environ=NOTHING, platform="darwin")
    try:
        with caplog.at_level(logging.DEBUG, logger=dnd.__name__):
            assert probe.read() == ()
            assert probe.read() == ()
    finally:
        probe.close()
    levels = [record.levelno for record in caplog.records if "meeting apps" in record.message]
    assert levels == [logging.WARNING, logging.DEBUG]


def test_windows_source_off_windows_does_not_raise(caplog: pytest.LogCaptureFixture) -> None:
    probe = DndProbe(meeting_apps=(), environ=NOTHING, platform="win32")
    try:
        with caplog.at_level(logging.WARNING, logger=dnd.__name__):
            assert probe.read() == ()
    finally:
        probe.close()
    assert any("windows" in record.message for record in caplog.records)


def test_windows_state_goes_to_the_enabled_reason_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dnd, "_windows_notification_state", lambda: dnd.QUNS_BUSY)
    both = DndProbe(meeting_apps=(), environ=NOTHING, platform="win32")
    no_fullscreen = DndProbe(fullscreen=False, meeting_apps=(), environ=NOTHING, platform="win32")
    try:
        assert both.read() == (Busy(BusyReason.FULLSCREEN, "windows"),)
        assert no_fullscreen.read() == ()
        monkeypatch.setattr(dnd, "_windows_notification_state", lambda: dnd.QUNS_PRESENTATION_MODE)
        assert both.read() == (Busy(BusyReason.SYSTEM_DND, "windows"),)
        assert no_fullscreen.read() == (Busy(BusyReason.SYSTEM_DND, "windows"),)
    finally:
        both.close()
        no_fullscreen.close()


def _fake_gsettings(folder: Path, output: str) -> str:
    """Make a ``gsettings`` in ``folder`` that prints ``output``; return the folder, for PATH."""
    folder.mkdir()
    script = folder / "gsettings"
    script.write_text(f"#!/bin/sh\necho {output}\n")
    script.chmod(0o755)
    return str(folder)


@pytest.mark.parametrize(
    ("desktop", "output", "expected"),
    [
        ("ubuntu:GNOME", "false", (Busy(BusyReason.SYSTEM_DND, "gnome-show-banners"),)),
        ("GNOME", "true", ()),
        ("GNOME", "nonsense", ()),
        ("KDE", "false", ()),  # not GNOME: gsettings is not asked
    ],
)
def test_gnome_show_banners_through_gsettings(
    tmp_path: Path, desktop: str, output: str, expected: tuple[Busy, ...]
) -> None:
    path = _fake_gsettings(tmp_path / "bin", output)
    # No D-Bus address: the portal cannot answer, so gsettings is the fallback.
    environ = {"PATH": path, "XDG_CURRENT_DESKTOP": desktop}
    probe = DndProbe(fullscreen=False, meeting_apps=(), environ=environ, platform="linux")
    try:
        assert probe.read() == expected
    finally:
        probe.close()


def test_no_gsettings_installed(tmp_path: Path) -> None:
    environ = {"PATH": str(tmp_path), "XDG_CURRENT_DESKTOP": "GNOME"}
    probe = DndProbe(fullscreen=False, meeting_apps=(), environ=environ, platform="linux")
    try:
        assert probe.read() == ()
    finally:
        probe.close()


def test_an_unreachable_bus_is_not_busy(tmp_path: Path) -> None:
    environ = {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}"}
    probe = DndProbe(fullscreen=False, meeting_apps=(), environ=environ, platform="linux")
    try:
        assert probe.read() == ()
        assert probe.read() == ()
    finally:
        probe.close()
