"""The General tab of Settings: the app's language, the volume unit, starting at login (moved as
they were from the Notifications tab) and the app's own text size.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from spasm_desktop import i18n
from spasm_desktop.core import units
from spasm_desktop.core.settings import TEXT_SIZES, Settings
from spasm_desktop.ui.setup import settings_parts as parts


class GeneralTab(QtWidgets.QWidget):
    """The language, the volume unit, starting at login and the text size.

    Signals:
        changed(): the person edited anything here but the unit.
        unit_changed(): the person chose another volume unit.
    """

    changed = QtCore.Signal()
    unit_changed = QtCore.Signal()

    def __init__(self, settings: Settings) -> None:
        """Show ``settings``' language, unit, start at login and text size."""
        super().__init__()
        form = parts.form(self)

        # The system's language, or a shipped one by its own name (a person who cannot read
        # the current language still finds theirs).
        self._language = settings.language
        self._language_combo = QtWidgets.QComboBox()
        self._language_combo.setObjectName("language")
        self._language_combo.setAccessibleName(self.tr("Display language"))
        self._language_combo.addItem(self.tr("System language"), "")
        for code in i18n.shipped_languages():
            self._language_combo.addItem(i18n.language_name(code), code)
        found = self._language_combo.findData(settings.language)
        self._language_combo.setCurrentIndex(max(found, 0))
        self._language_combo.currentIndexChanged.connect(self._on_language_changed)
        # Every letter of "Language" is taken by a tab or a control on the Reminders tab.
        parts.row(form, self.tr("Dis&play language"), self._language_combo)
        self._language_hint = QtWidgets.QLabel(
            self.tr(
                "After you save, Spasm Desktop shows the new language the next time it starts. "
                "To see it now, quit Spasm Desktop from its tray menu and start it again."
            )
        )
        self._language_hint.setObjectName("language_hint")
        self._language_hint.setWordWrap(True)
        self._language_hint.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._language_hint.setVisible(False)
        form.addRow(self._language_hint)

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

        # For people who do not change their system's text size: the app's own, on top of it.
        self._size_combo = QtWidgets.QComboBox()
        self._size_combo.setObjectName("text_size")
        self._size_combo.setAccessibleName(self.tr("Text size"))
        locale = QtCore.QLocale()
        for percent in TEXT_SIZES:
            label = self.tr("%1%", "a text size, in percent")
            label = label.replace("%1", locale.toString(percent))
            if percent == 100:
                label = self.tr("%1 (as the system's)", "the normal text size").replace("%1", label)
            self._size_combo.addItem(label, percent)
        found = self._size_combo.findData(settings.text_size)
        self._size_combo.setCurrentIndex(max(found, 0))
        self._size_combo.currentIndexChanged.connect(self.changed)
        parts.row(form, self.tr("Te&xt size"), self._size_combo)
        self._size_hint = QtWidgets.QLabel(
            self.tr(
                "Windows you open after saving use this size. Windows already open change fully "
                "when you close them and open them again."
            )
        )
        self._size_hint.setObjectName("text_size_hint")
        self._size_hint.setWordWrap(True)
        self._size_hint.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        form.addRow(self._size_hint)

    def _on_language_changed(self) -> None:
        self._language_hint.setVisible(self.language() != self._language)
        self.changed.emit()

    def language(self) -> str:
        """The language chosen: a shipped language's code, or "" for the system's."""
        return str(self._language_combo.currentData())

    def unit(self) -> units.VolumeUnit:
        """The volume unit chosen."""
        return units.VolumeUnit(self._unit_combo.currentData())

    def start_at_login(self) -> bool:
        """Whether the app is to start at login."""
        return self._login_check.isChecked()

    def text_size(self) -> int:
        """The text size chosen, percent of the system's."""
        return int(self._size_combo.currentData())

    def wrapped_labels(self) -> list[parts.Wrapped]:
        """The word-wrapped labels and the width they need."""
        return [(self._size_hint, 50), (self._language_hint, 50)]
