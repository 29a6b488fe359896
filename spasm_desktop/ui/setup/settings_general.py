"""The General tab of Settings: the volume unit and starting at login (moved as they were from
the Notifications tab)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import units
from spasm_desktop.core.settings import Settings
from spasm_desktop.ui.setup import settings_parts as parts


class GeneralTab(QtWidgets.QWidget):
    """The volume unit and starting at login.

    Signals:
        changed(): the person edited anything here but the unit.
        unit_changed(): the person chose another volume unit.
    """

    changed = QtCore.Signal()
    unit_changed = QtCore.Signal()

    def __init__(self, settings: Settings) -> None:
        """Show ``settings``' unit and start at login."""
        super().__init__()
        form = parts.form(self)

        self._unit_combo = QtWidgets.QComboBox()
        self._unit_combo.setObjectName("unit")
        self._unit_combo.setAccessibleName(self.tr("Volume unit"))
        self._unit_combo.addItem(self.tr("Milliliters (ml)"), units.VolumeUnit.ML.value)
        self._unit_combo.addItem(self.tr("US fluid ounces (fl oz)"), units.VolumeUnit.FL_OZ.value)
        self._unit_combo.setCurrentIndex(self._unit_combo.findData(settings.unit.value))
        self._unit_combo.currentIndexChanged.connect(self.unit_changed)
        parts.row(form, self.tr("Uni&ts"), self._unit_combo)

        self._login_check = QtWidgets.QCheckBox(self.tr("Start at &login"))
        self._login_check.setObjectName("start_at_login")
        self._login_check.setAccessibleName(self.tr("Start at login"))
        self._login_check.setChecked(settings.start_at_login)
        self._login_check.toggled.connect(self.changed)
        form.addRow(self._login_check)

    def unit(self) -> units.VolumeUnit:
        """The volume unit chosen."""
        return units.VolumeUnit(self._unit_combo.currentData())

    def start_at_login(self) -> bool:
        """Whether the app is to start at login."""
        return self._login_check.isChecked()
