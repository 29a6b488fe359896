"""Tests for the volume boxes Settings and the welcome share (offscreen Qt, pytest-qt)."""

from __future__ import annotations

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.units import VolumeUnit
from spasm_desktop.ui.common import volumes


def make(qtbot: QtBot) -> tuple[volumes.VolumeFields, list[str]]:
    fields = volumes.VolumeFields({"glass": 250, "goal": 2000, "limit": 1500}, VolumeUnit.ML)
    for key in ("glass", "goal", "limit"):
        qtbot.addWidget(fields.spin(key, key))
    edited: list[str] = []
    fields.edited.connect(edited.append)
    return fields, edited


def test_switching_units_never_changes_what_was_not_edited(qtbot: QtBot) -> None:
    fields, edited = make(qtbot)
    assert fields.spins["glass"].value() == 250
    assert fields.spins["glass"].suffix() == " ml"
    for _ in range(3):
        fields.set_unit(VolumeUnit.FL_OZ)
        fields.set_unit(VolumeUnit.ML)
    assert [fields.ml(key) for key in ("glass", "goal", "limit")] == [250, 2000, 1500]
    assert edited == []  # showing in another unit is not an edit


def test_an_edit_is_kept_in_millilitres(qtbot: QtBot) -> None:
    fields, edited = make(qtbot)
    fields.set_unit(VolumeUnit.FL_OZ)
    fields.spins["glass"].setValue(10.0)
    assert edited == ["glass"]
    assert fields.ml("glass") == 296  # 10 US fl oz
    fields.set_unit(VolumeUnit.ML)
    assert fields.spins["glass"].value() == 296


def test_a_picked_goal_is_shown_ticked_and_told(qtbot: QtBot) -> None:
    fields, edited = make(qtbot)
    check = QtWidgets.QCheckBox()
    qtbot.addWidget(check)
    fields.pick_goal(2700, check)
    assert fields.ml("goal") == 2700
    assert fields.spins["goal"].value() == 2700
    assert check.isChecked()
    assert edited == ["goal"]
