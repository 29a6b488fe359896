"""Setting the app up: the welcome, the Settings dialog, and applying what they return.

:class:`SetupWindows` opens the welcome (one at a time) and the Settings dialog, and applies new
settings: it saves them, hands them to the service, and follows their start-at-login choice and
text size.
The dialogs' modules are imported when they first open.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.settings import Settings
from spasm_desktop.service import ReminderService
from spasm_desktop.storage import settings_store
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import look, text, windows
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.routines.routine_launcher import Routines

if TYPE_CHECKING:  # each window's module is imported when it first opens
    from spasm_desktop.core.relief import RedFlags
    from spasm_desktop.platform.idle import IdleBackend
    from spasm_desktop.ui.setup.welcome import WelcomeWizard

log = logging.getLogger("spasm_desktop")
# Whether the welcome was finished or skipped once (records' state table).
WELCOME_DONE = "welcome_done"


class SetupWindows(QtCore.QObject):
    """The welcome and Settings, and the one way new settings are applied.

    Signals:
        busy_choices_changed(): the do-not-disturb choices changed (make the probe again).
        applied(object): new settings were applied (show them in the open windows).
    """

    busy_choices_changed = QtCore.Signal()
    applied = QtCore.Signal(object)

    def __init__(
        self,
        settings_file: Path,
        service: ReminderService,
        store: RecordStore,
        slots: windows.Windows,
        routines: Routines,
        activity: IdleBackend | None,
        tell: Callable[[str, str], None],
        show_sample: Callable[[], None],
        red_flags: Callable[[], RedFlags | None],
        parent: QtCore.QObject | None = None,
    ) -> None:
        """``activity`` is the app's activity source (None: none works here); ``tell(title,
        body)`` says something to the person; ``show_sample()`` shows the welcome's sample
        reminder; ``red_flags()`` is the app's one list of red flags.
        """
        super().__init__(parent)
        self._file = settings_file
        self._service = service
        self._store = store
        self._slots = slots
        self._routines = routines
        self._activity = activity
        self._tell = tell
        self._show_sample = show_sample
        self._red_flags = red_flags

    def show_welcome(self) -> None:
        """The welcome: what the app does, a few questions that set it up, and the tray.

        Nothing is saved until the person finishes or skips; closing it half-way leaves it to
        show again at the next start. Also from Settings (General: "Run the welcome again").
        """
        from spasm_desktop.ui.setup import welcome

        def build() -> WelcomeWizard:
            wizard = welcome.WelcomeWizard(
                self._service.settings, show_sample=self._show_sample, red_flags=self._red_flags()
            )
            wizard.finished.connect(lambda _code: self._welcome_done(wizard))
            return wizard

        self._slots.welcome.open(build)

    def welcome_done(self) -> bool:
        """Whether the welcome was finished or skipped once."""
        return bool(self._store.load_value(WELCOME_DONE, False))

    def _welcome_done(self, wizard: WelcomeWizard) -> None:
        if wizard.result_settings is not None:
            self.apply(wizard.result_settings)
        if wizard.result_settings is not None or wizard.skipped:
            self._store.save_value(WELCOME_DONE, True)
            log.info("welcome %s", "finished" if wizard.result_settings else "skipped")

    def show_settings(self, parent: QtWidgets.QWidget | None = None) -> None:
        """Open the Settings dialog (over ``parent``); save and apply what it returns."""
        from spasm_desktop.ui.setup import settings_dialog

        source = self._activity
        watching = self._service.watching_activity and source is not None
        activity = text.activity_source(source.key) if watching and source else None
        choices = tuple(
            (r.id, text.data(r.name), r.purpose.value)
            for r in self._routines.library.routines.values()
        )
        dialog = settings_dialog.SettingsDialog(
            self._service.settings,
            parent,
            activity=activity,
            routines=choices,
            cues=self._routines.cue_description(),
            welcome=self.show_welcome,
        )
        # Applied while the dialog is still on screen, so it can say "Settings saved".
        dialog.settings_saved.connect(lambda new: self._save_from(dialog, new))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _save_from(self, dialog: QtWidgets.QWidget, new: Settings) -> None:
        language_changed = new.language != self._service.settings.language
        if self.apply(new):
            announce(dialog, text.tr("Settings saved."))
            if language_changed:
                self._tell(text.tr("Language"), restart_words())

    def apply(self, new: Settings) -> bool:
        """Save ``new``, apply it, and follow its start-at-login choice and text size.

        Returns whether the file was saved (the settings are applied either way).
        """
        saved = True
        try:
            settings_store.save(self._file, new)
        except OSError as exc:
            saved = False
            self._tell(text.tr("Settings not saved"), str(exc))
        if new.busy != self._service.settings.busy:
            self.busy_choices_changed.emit()
        self._service.apply_settings(new)
        qapp = QtWidgets.QApplication.instance()
        if isinstance(qapp, QtWidgets.QApplication):
            look.apply_text_size(qapp, new.text_size)
        self.applied.emit(new)
        self._apply_autostart(new.start_at_login)
        return saved

    def set_fluid_limit(self, limit_ml: int | None) -> bool:
        """Keep a clinician-set fluid limit (None: none); the water goal and reminders follow it.

        Returns whether the limit changed.
        """
        settings = self._service.settings
        if settings.water.fluid_limit_ml == limit_ml:
            return False
        water = dataclasses.replace(settings.water, fluid_limit_ml=limit_ml)
        self.apply(dataclasses.replace(settings, water=water))
        return True

    def _apply_autostart(self, wanted: bool) -> None:
        from spasm_desktop.platform import autostart

        config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        command = autostart.launch_command(getattr(sys, "frozen", False), sys.executable)
        starter = autostart.for_platform(
            sys.platform, home=Path.home(), config_home=Path(config_home), command=command
        )
        try:
            if wanted and not starter.is_enabled():
                starter.enable()
            elif not wanted and starter.is_enabled():
                starter.disable()
        except OSError as exc:
            self._tell(text.tr("Start at login"), str(exc))


def restart_words() -> str:
    """What the person is told when they saved another language."""
    return text.tr(
        "Spasm Desktop shows the new language the next time it starts. To see it now, quit "
        "Spasm Desktop from its tray menu and start it again."
    )
