"""The app's own text size (Settings → General): the application font grows for every window
opened after, and goes back to the system's at 100%.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop.core.settings import TEXT_SIZES, Settings, from_dict, to_dict
from spasm_desktop.ui.common import look
from spasm_desktop.ui.setup.settings_dialog import SettingsDialog
from tests.gui.conftest import MakeApp
from tests.gui.needed import need


@pytest.fixture
def system_font(qapp: QApplication) -> Iterator[QtGui.QFont]:
    before = QtWidgets.QApplication.font()
    yield before
    look.apply_text_size(qapp, 100)
    assert QtWidgets.QApplication.font() == before


def test_the_font_grows_for_windows_opened_after_and_comes_back_at_100(
    qtbot: QtBot, qapp: QApplication, system_font: QtGui.QFont
) -> None:
    points = system_font.pointSizeF()
    look.apply_text_size(qapp, 150)
    assert QtWidgets.QApplication.font().pointSizeF() == pytest.approx(points * 1.5)
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    heading = look.heading(window, "Water", look.Level.TITLE)
    assert window.font().pointSizeF() == pytest.approx(points * 1.5)
    assert heading.font().pointSizeF() == pytest.approx(points * 1.5 * 1.4)
    look.apply_text_size(qapp, 200)  # from the system's, not from 150%
    assert QtWidgets.QApplication.font().pointSizeF() == pytest.approx(points * 2)
    look.apply_text_size(qapp, 100)
    assert QtWidgets.QApplication.font() == system_font


def test_saving_settings_applies_the_text_size(
    make_app: MakeApp, qapp: QApplication, system_font: QtGui.QFont, tmp_path: Path
) -> None:
    app, _icon, _notifier = make_app()
    assert app.setup.apply(Settings(text_size=175))
    assert QtWidgets.QApplication.font().pointSizeF() == pytest.approx(
        system_font.pointSizeF() * 1.75
    )
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert saved["text_size"] == 175
    app.setup.apply(Settings())
    assert QtWidgets.QApplication.font() == system_font


def test_the_general_tab_offers_the_sizes_and_says_when_open_windows_change(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(text_size=125))
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QtWidgets.QComboBox, "text_size")
    assert combo is not None
    assert combo.accessibleName() == "Text size"
    assert [combo.itemData(i) for i in range(combo.count())] == list(TEXT_SIZES)
    assert combo.currentText() == "125%"
    assert combo.itemText(0) == "100% (as the system's)"
    hint = dialog.findChild(QtWidgets.QLabel, "text_size_hint")
    assert hint is not None
    assert "open them again" in hint.text()
    combo.setCurrentIndex(combo.findData(200))
    need(dialog.findChild(QtWidgets.QDialogButtonBox, "buttons")).button(
        QtWidgets.QDialogButtonBox.StandardButton.Save
    ).click()
    result = dialog.result_settings()
    assert result is not None
    assert result.text_size == 200


def test_the_text_size_is_kept_in_the_file_and_a_bad_one_is_reported() -> None:
    settings, problems = from_dict(to_dict(Settings(text_size=150)))
    assert settings.text_size == 150
    assert problems == []
    old = to_dict(Settings())
    del old["text_size"]  # a file from before the setting: the default, without a problem
    assert from_dict(old) == (Settings(), [])
    for bad in (130, "150", True, 250):
        settings, problems = from_dict({**old, "text_size": bad})
        assert settings.text_size == 100
        assert [p.field for p in problems] == ["text_size"]


def test_check_boxes_and_radio_buttons_grow_with_the_text(
    qapp: QApplication, system_font: QtGui.QFont
) -> None:
    style = look.OutlinedIndicators("Fusion")
    fusion = QtWidgets.QStyleFactory.create("Fusion")
    sizes = (
        QtWidgets.QStyle.PixelMetric.PM_IndicatorWidth,
        QtWidgets.QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    )
    normal = [fusion.pixelMetric(metric) for metric in sizes]
    assert [style.pixelMetric(metric) for metric in sizes] == normal
    look.apply_text_size(qapp, 200)
    assert [style.pixelMetric(metric) for metric in sizes] == [2 * size for size in normal]
    assert style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent) == (
        fusion.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
    )
