"""Your data's Export tab never overwrites a file without asking, nor writes over a device
(issue 14). The real Qt save dialog (non-native offscreen) asks before replacing a file: these
tests drive it, and its question, as a person would.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6 import QtCore, QtWidgets

from spasm_desktop.ui.record.your_data import YourDataWindow
from tests.gui import test_your_data as base

# The Your data window's fixtures.
english, files, calls, make = base.english, base.files, base.calls, base.make


W = TypeVar("W", bound=QtWidgets.QWidget)


def when_shown(kind: type[W], act: Callable[[W], None]) -> None:
    """Once a modal ``kind`` is on screen (inside its own event loop), do ``act`` with it."""

    def poll() -> None:
        widget = QtWidgets.QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QtCore.QTimer.singleShot(10, poll)

    QtCore.QTimer.singleShot(0, poll)


def save_over(existing: Path, replace: bool, seen: list[str]) -> None:
    """In the save dialog, pick ``existing``; answer the question about replacing it."""

    def answer(box: QtWidgets.QWidget) -> None:
        assert isinstance(box, QtWidgets.QMessageBox)
        seen.append(box.text())
        standard = QtWidgets.QMessageBox.StandardButton
        # None if the box has no such button (PySide6's stubs leave the None out).
        button: QtWidgets.QAbstractButton | None = box.button(
            standard.Yes if replace else standard.No
        )
        if button is None:  # not the question expected: close it, the test then fails
            box.reject()
            return
        button.click()
        if not replace:
            when_shown(QtWidgets.QFileDialog, lambda dialog: dialog.reject())

    def pick(dialog: QtWidgets.QWidget) -> None:
        assert isinstance(dialog, QtWidgets.QFileDialog)
        dialog.selectFile(str(existing))
        when_shown(QtWidgets.QMessageBox, answer)
        dialog.accept()

    when_shown(QtWidgets.QFileDialog, pick)


def test_saving_over_an_existing_backup_asks_first(
    make: Callable[..., YourDataWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    # The widget-based dialog, as offscreen Qt gives anyway; a native one asks the same.
    native = QtCore.Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QtCore.QCoreApplication.testAttribute(native)
    QtCore.QCoreApplication.setAttribute(native, True)
    try:
        _save_over_twice(make, tmp_path)
    finally:
        QtCore.QCoreApplication.setAttribute(native, before)


def _save_over_twice(make: Callable[..., YourDataWindow], tmp_path: Path) -> None:
    window = make()
    window.export_tab.set_export_format("json")
    existing = tmp_path / "mine.json"
    existing.write_text("keep me")
    seen: list[str] = []

    save_over(existing, replace=False, seen=seen)
    window.export_tab.export_clicked()
    assert len(seen) == 1
    assert "already exists" in seen[0]
    assert existing.read_text() == "keep me"

    save_over(existing, replace=True, seen=seen)
    window.export_tab.export_clicked()
    assert len(seen) == 2
    assert existing.read_text().startswith("{")
    assert "Saved" in window.export_tab.export_message.text()


def test_exporting_to_a_device_or_a_fifo_is_refused(
    make: Callable[..., YourDataWindow], tmp_path: Path
) -> None:
    window = make()
    window.export_tab.set_export_format("json")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    targets = [(fifo, stat.S_ISFIFO)]
    if os.geteuid() == 0:
        device = tmp_path / "full-device"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        targets.append((device, stat.S_ISCHR))
    for target, still in targets:
        assert not window.export_tab.export_to(target)
        assert "not a regular file. Nothing was saved." in window.export_tab.export_message.text()
        assert still(target.stat().st_mode)
