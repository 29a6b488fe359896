"""High contrast: when the system asks for it (Qt's accessibility hints' contrast preference,
Qt 6.10+), the app's own colours come from their high-contrast sets.

Qt reads the preference from the platform theme and offers no way to set it, so the tests fake
:func:`look.high_contrast`, the one place the app asks, and check the colour sets themselves.
"""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop.core.relief import Tier
from spasm_desktop.core.settings import Settings, WaterSettings
from spasm_desktop.ui.common import assets, look
from spasm_desktop.ui.setup.settings_dialog import SettingsDialog

WHITE, BLACK = QtGui.QColor("#ffffff"), QtGui.QColor("#000000")


def on(qtbot: QtBot, ground: QtGui.QColor) -> QtWidgets.QWidget:
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    palette = widget.palette()
    palette.setColor(QtGui.QPalette.ColorRole.Window, ground)
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, BLACK if ground == WHITE else WHITE)
    widget.setPalette(palette)
    return widget


def test_the_offscreen_qt_reports_a_preference_and_it_is_not_high(qapp: QApplication) -> None:
    hints = QtGui.QGuiApplication.styleHints()  # kept: its accessibility hints are its child
    assert hints.accessibility().contrastPreference() == QtCore.Qt.ContrastPreference.NoPreference
    assert look.high_contrast() is False


@pytest.mark.parametrize("tier", [Tier.EMERGENCY, Tier.TODAY, Tier.SOON])
def test_the_high_contrast_tier_colours_reach_7_to_1_on_white_and_black(
    qtbot: QtBot, tier: Tier
) -> None:
    for ground in (WHITE, BLACK):
        widget = on(qtbot, ground)
        normal = assets.tier_colour(tier, widget, high=False)
        high = assets.tier_colour(tier, widget, high=True)
        assert normal is not None
        assert high is not None
        assert look.contrast(high, ground) >= 7
        assert look.contrast(high, ground) > look.contrast(normal, ground)


def test_the_high_contrast_problem_red_reaches_7_to_1(qtbot: QtBot) -> None:
    for ground in (WHITE, BLACK):
        widget = on(qtbot, ground)
        assert look.contrast(assets.problem_colour(widget, high=True), ground) >= 7


def test_following_the_system_switches_every_own_colour(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = on(qtbot, WHITE)
    palette = widget.palette()
    normal = (
        assets.tier_colour(Tier.TODAY, widget),
        assets.problem_colour(widget),
        look.muted_colour(palette),
        look.outline_colour(palette),
    )
    monkeypatch.setattr(look, "high_contrast", lambda: True)
    assert assets.tier_colour(Tier.TODAY, widget) == QtGui.QColor(
        assets.TIER_COLOURS_HIGH[Tier.TODAY][0]
    )
    assert assets.problem_colour(widget) == QtGui.QColor(assets.PROBLEM_COLOURS_HIGH[0])
    # Quiet lines and check box outlines in the text's own colour, not softened.
    assert look.muted_colour(palette) == BLACK
    assert look.outline_colour(palette) == BLACK
    high = (
        assets.tier_colour(Tier.TODAY, widget),
        assets.problem_colour(widget),
        look.muted_colour(palette),
        look.outline_colour(palette),
    )
    assert all(a != b for a, b in zip(normal, high, strict=True))


def test_the_settings_problem_label_uses_the_high_contrast_red(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(look, "high_contrast", lambda: True)
    dialog = SettingsDialog(Settings(water=WaterSettings(glass_ml=1000, interval_min=15)))
    qtbot.addWidget(dialog)
    label = dialog.findChild(QtWidgets.QLabel, "problems")
    assert label is not None
    assert label.text()
    shown = label.palette().color(QtGui.QPalette.ColorRole.WindowText)
    dark = assets.on_dark(dialog)
    assert shown == QtGui.QColor(assets.PROBLEM_COLOURS_HIGH[dark])
