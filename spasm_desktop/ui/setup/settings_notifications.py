"""The Notifications & sound tab of Settings: how reminders are shown, sounds, tips."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.settings import DeliveryMode, DeliverySettings, Settings
from spasm_desktop.ui.setup import settings_parts as parts


class NotificationsTab(QtWidgets.QWidget):
    """How reminders reach the person.

    Signals:
        changed(): the person edited anything here.
    """

    changed = QtCore.Signal()

    def __init__(self, settings: Settings) -> None:
        """Show ``settings``' delivery."""
        super().__init__()
        form = parts.form(self)

        self._mode_combo = QtWidgets.QComboBox()
        self._mode_combo.setObjectName("delivery_mode")
        self._mode_combo.setAccessibleName(self.tr("How reminders are shown"))
        # Automatic: a notification with buttons where the desktop shows them, else the pop-up.
        for mode, text in (
            (DeliveryMode.AUTO, self.tr("Automatic (recommended)")),
            (DeliveryMode.POPUP, self.tr("Pop-up only")),
            (DeliveryMode.NOTIFICATION, self.tr("Desktop notification only")),
            (DeliveryMode.BOTH, self.tr("Both pop-up and notification")),
        ):
            self._mode_combo.addItem(text, mode.value)
        self._mode_combo.setCurrentIndex(self._mode_combo.findData(settings.delivery.mode.value))
        self._mode_combo.currentIndexChanged.connect(self.changed)
        parts.row(form, self.tr("Show re&minders as"), self._mode_combo)

        self._sound_check = QtWidgets.QCheckBox(self.tr("Play a soun&d"))
        self._sound_check.setObjectName("delivery_sound")
        self._sound_check.setAccessibleName(self.tr("Play a sound with reminders"))
        self._sound_check.setChecked(settings.delivery.sound)
        self._sound_check.toggled.connect(self.changed)
        form.addRow(self._sound_check)
        # No mnemonic: the letters on this tab are taken; Tab reaches it.
        self._tips_check = QtWidgets.QCheckBox(self.tr("Show a short tip with each reminder"))
        self._tips_check.setObjectName("delivery_tips")
        self._tips_check.setAccessibleName(self.tr("Show a short tip with each reminder"))
        self._tips_check.setChecked(settings.delivery.tips)
        self._tips_check.toggled.connect(self.changed)
        form.addRow(self._tips_check)

        self._popup_seconds = parts.spin(
            self.changed,
            "delivery.popup_seconds",
            settings.delivery.popup_seconds,
            self.tr(" s", "suffix of a number of seconds"),
            self.tr("Close pop-ups after how many seconds"),
        )
        parts.row(form, self.tr("&Close pop-ups after"), self._popup_seconds)

    def delivery(self) -> DeliverySettings:
        """How reminders are shown, as entered."""
        return DeliverySettings(
            mode=DeliveryMode(self._mode_combo.currentData()),
            sound=self._sound_check.isChecked(),
            popup_seconds=self._popup_seconds.value(),
            tips=self._tips_check.isChecked(),
        )
