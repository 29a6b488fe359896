"""While you are busy, in Settings' When tab: when reminders wait (system do-not-disturb,
full-screen windows, and, under an Advanced fold, running programs such as meeting apps).
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.settings import (
    MAX_APP_NAME,
    MAX_MEETING_APPS,
    BusySettings,
    clean_meeting_apps,
    meeting_app_problems,
)
from spasm_desktop.ui.common.wrap_check import WrapCheckBox
from spasm_desktop.ui.setup import settings_parts as parts


class BusyTab(QtWidgets.QWidget):
    """What makes reminders wait while the person is busy.

    Signals:
        changed(): the person edited anything here.
    """

    changed = QtCore.Signal()

    def __init__(self, busy: BusySettings) -> None:
        """Show ``busy``."""
        super().__init__()
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        self._busy_intro = QtWidgets.QLabel(
            self.tr(
                "While you are busy, reminders do not pop up or play a sound. They wait, and "
                "when you are free again they come back once, together."
            )
        )
        self._busy_intro.setObjectName("busy_intro")
        self._busy_intro.setAccessibleDescription(self.tr("About do not disturb"))
        self._busy_intro.setWordWrap(True)
        column.addWidget(self._busy_intro)

        self._system_dnd_check = WrapCheckBox(  # wraps rather than make the tab scroll sideways
            self.tr("Wait while the system's do-not-disturb or &presentation mode is on")
        )
        self._system_dnd_check.setObjectName("busy_system_dnd")
        self._system_dnd_check.setAccessibleName(
            self.tr("Wait while the system's do-not-disturb or presentation mode is on")
        )
        self._system_dnd_check.setChecked(busy.system_dnd)
        self._system_dnd_check.toggled.connect(self.changed)
        column.addWidget(self._system_dnd_check)

        self._fullscreen_check = WrapCheckBox(
            self.tr("Wait while a window is &full-screen (presentations, videos, games)")
        )
        self._fullscreen_check.setObjectName("busy_fullscreen")
        self._fullscreen_check.setAccessibleName(
            self.tr("Wait while a window is full-screen (presentations, videos, games)")
        )
        self._fullscreen_check.setChecked(busy.fullscreen)
        self._fullscreen_check.toggled.connect(self.changed)
        column.addWidget(self._fullscreen_check)

        self._apps_edit = QtWidgets.QPlainTextEdit("\n".join(busy.meeting_apps))
        self._apps_edit.setObjectName("busy_meeting_apps")
        self._apps_edit.setAccessibleName(self.tr("Programs that make reminders wait"))
        self._apps_edit.setPlaceholderText(self.tr("No programs"))
        self._apps_edit.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
        self._apps_edit.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        lines = self._apps_edit.fontMetrics().lineSpacing()
        self._apps_edit.setMinimumHeight(lines * 6)
        self._apps_edit.textChanged.connect(self.changed)
        # Program names are the system's process names: a technical detail, kept under a fold.
        self._advanced = QtWidgets.QWidget()
        self._advanced.setObjectName("busy_advanced")
        advanced = QtWidgets.QVBoxLayout(self._advanced)
        advanced.setContentsMargins(0, 0, 0, 0)
        apps_label = QtWidgets.QLabel(
            self.tr("Wait w&hile these programs are running (one per line):")
        )
        apps_label.setBuddy(self._apps_edit)
        advanced.addWidget(apps_label)
        advanced.addWidget(self._apps_edit, 1)

        self._apps_hint = QtWidgets.QLabel(
            self.tr(
                "Use the program's process name, such as “zoom” or “Teams”. Upper and lower case "
                "do not matter, and “.exe” can be left out."
            )
        )
        self._apps_hint.setObjectName("busy_apps_hint")
        self._apps_hint.setAccessibleDescription(self.tr("About program names"))
        self._apps_hint.setWordWrap(True)
        self._apps_edit.setAccessibleDescription(self._apps_hint.text())
        self._apps_defaults = QtWidgets.QPushButton(self.tr("Restore &defaults"))
        self._apps_defaults.setObjectName("busy_meeting_apps_defaults")
        self._apps_defaults.setAccessibleName(self.tr("Restore the default list of programs"))
        self._apps_defaults.setAutoDefault(False)
        self._apps_defaults.clicked.connect(self._restore_meeting_apps)
        hint_row = QtWidgets.QHBoxLayout()
        hint_row.addWidget(self._apps_hint, 1)
        hint_row.addWidget(self._apps_defaults, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        advanced.addLayout(hint_row)

        self.advanced_fold = parts.fold(
            self.tr("Ad&vanced: programs that make reminders wait"),
            self._advanced,
            "busy_advanced_fold",
        )
        column.addSpacing(lines // 2)
        column.addWidget(self.advanced_fold, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._advanced, 1)

        self._busy_tray_note = QtWidgets.QLabel(
            self.tr(
                "To hold reminders by hand, use Pause reminders in the tray menu: its Hold "
                "choices keep what comes due and show it afterwards."
            )
        )
        self._busy_tray_note.setObjectName("busy_tray_note")
        self._busy_tray_note.setAccessibleDescription(self.tr("Holding reminders by hand"))
        self._busy_tray_note.setWordWrap(True)
        column.addSpacing(lines // 2)
        column.addWidget(self._busy_tray_note)

    def busy(self) -> BusySettings:
        """Do not disturb as entered (program names cleaned)."""
        return BusySettings(
            system_dnd=self._system_dnd_check.isChecked(),
            fullscreen=self._fullscreen_check.isChecked(),
            meeting_apps=clean_meeting_apps(self._apps_edit.toPlainText()),
        )

    def messages(self) -> list[str]:
        """Refuse what :func:`clean_meeting_apps` would otherwise drop without a word."""
        messages: list[str] = []
        long_name, too_many = meeting_app_problems(self._apps_edit.toPlainText())
        if long_name is not None:
            messages.append(
                self.tr(
                    "While you are busy: a program name can have at most %1 characters. "
                    "Shorten the one that starts with %2."
                )
                .replace("%1", QtCore.QLocale().toString(MAX_APP_NAME))
                .replace("%2", self.tr("“%1”").replace("%1", long_name[:20] + "…"))
            )
        if too_many:
            messages.append(
                self.tr("While you are busy: list at most %1 programs.").replace(
                    "%1", QtCore.QLocale().toString(MAX_MEETING_APPS)
                )
            )
        if messages:  # the list to fix must be in view
            self.advanced_fold.setChecked(True)
        return messages

    def wrapped_labels(self) -> list[tuple[QtWidgets.QLabel, int]]:
        """The word-wrapped labels and the width they need."""
        return [(self._busy_intro, 70), (self._apps_hint, 56), (self._busy_tray_note, 70)]

    def _restore_meeting_apps(self) -> None:
        self._apps_edit.setPlainText("\n".join(BusySettings().meeting_apps))
        self._apps_edit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
