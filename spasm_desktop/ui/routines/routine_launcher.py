"""The stretch routines as the app offers them: the library, the player, the editor and the cues.

:class:`Routines` loads the library once (and again after an edit), opens a routine in the
stretch player (one at a time), picks the routine a reminder asks for, and makes the sound and
voice cues when a routine first needs them. The player and editor modules are imported when they
first open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import text
from spasm_desktop.ui.common.windows import WindowSlot

if TYPE_CHECKING:  # imported when first needed
    from spasm_desktop.core.routine import Purpose
    from spasm_desktop.platform.cues import CuePlayer
    from spasm_desktop.storage.routines import Library
    from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow

log = logging.getLogger("spasm_desktop")
# Whether the stretch player's "before you start" screen was read once (records' state table).
PLAYER_INTRO_DONE = "player_intro_done"


class Routines(QtCore.QObject):
    """The routines of the running app.

    Signals:
        changed(): the library was read again after an edit (the tray's routine menu follows).
        relief_requested(): the player's relief key was pressed.
    """

    changed = QtCore.Signal()
    relief_requested = QtCore.Signal()

    def __init__(
        self,
        routines_dir: Path,
        store: RecordStore,
        settings: Callable[[], Settings],
        player: WindowSlot[RoutinePlayerWindow],
        tell: Callable[[str, str], None],
        dialog_parent: Callable[[], QtWidgets.QWidget | None],
        parent: QtCore.QObject | None = None,
    ) -> None:
        """Wire the routines to the person's folder, the records and the current settings.

        ``player`` is the app's slot for the stretch player; ``tell(title, body)`` says
        something to the person; ``dialog_parent()`` is the window the editor's dialogs open over.
        """
        super().__init__(parent)
        self._dir = routines_dir
        self._store = store
        self._settings = settings
        self._player = player
        self._tell = tell
        self._dialog_parent = dialog_parent
        self._library: Library | None = None
        self.cues: CuePlayer | None = None  # made when a routine first plays with cues

    @property
    def library(self) -> Library:
        """The exercise and routine library (built-in and the person's own), loaded once."""
        if self._library is None:
            from spasm_desktop.storage import routines

            self._library = routines.load_library(self._dir)
            broken = self._library.broken_files()
            if broken:
                self._tell(
                    text.tr("Routine files not loaded"),
                    text.tr(
                        "These routine files could not be used: %1. Everything else works; "
                        "'spasm-desktop routine list' shows what is wrong in each."
                    ).replace("%1", ", ".join(broken)),
                )
        return self._library

    def menu(self) -> tuple[tuple[str, str], ...]:
        """The tray's routines (id, name): bedtime first, then desk, then the others."""
        from spasm_desktop.core.routine import Purpose

        order = (Purpose.BEDTIME, Purpose.DESK, Purpose.OTHER)
        return tuple(
            (r.id, text.data(r.name)) for purpose in order for r in self.library.by_purpose(purpose)
        )

    def bedtime_ids(self) -> frozenset[str]:
        """The ids of the routines meant for bedtime (their sessions count as the routine done)."""
        from spasm_desktop.core.routine import Purpose

        return frozenset(r.id for r in self.library.by_purpose(Purpose.BEDTIME))

    def for_reminder(self, kind: ReminderKind) -> None:
        """The bedtime reminder's "Start routine", the stretch reminder's "Show me"."""
        from spasm_desktop.core import routine
        from spasm_desktop.core.routine import Purpose

        settings = self._settings()
        chosen = settings.routines
        wanted, purpose = (
            (chosen.bedtime, Purpose.BEDTIME)
            if kind is ReminderKind.BEDTIME
            else (chosen.desk, Purpose.DESK)
        )
        if wanted not in self.library.routines:
            fallback = self.library.by_purpose(purpose)
            if not fallback:
                self._tell(
                    text.tr("No routine"),
                    text.tr("The routine %1 could not be loaded.").replace("%1", wanted),
                )
                return
            log.warning("routine %s not found; using %s", wanted, fallback[0].id)
            wanted = fallback[0].id
        # Balance problems: the seated version of the chosen routine (CONTENT.md §7a).
        balance = settings.person.balance
        self.show(routine.for_person(wanted, self.library.routines, balance))

    def show(
        self, routine_id: str, side: str = "", *, intro: bool | None = None, beside: bool = False
    ) -> bool:
        """Open ``routine_id`` in the stretch player (closing one that is open).

        ``side`` ("left", "right" or "both") does the routine's one-sided steps on that side
        (relief routines). ``intro`` shows the "before you start" screen or not; None: on the
        player's first run ever, and every time for a pregnant person (CONTENT.md §7a), but never
        before a relief stretch: the person is in pain, and the relief card beside it already
        shows the cautions that apply to them. The player opens maximised, to be read from a
        metre away, unless it goes ``beside`` the relief card (which then places it).
        """
        from spasm_desktop.core import relief
        from spasm_desktop.core.routine import Purpose, Sides
        from spasm_desktop.ui.routines import routine_player

        found = self.library.routines.get(routine_id)
        if found is None:
            return False
        routine = (
            relief.for_side(found, Sides(side)) if side in ("left", "right", "both") else found
        )
        settings = self._settings()
        wanted = settings.routines

        def build() -> RoutinePlayerWindow:
            window = routine_player.RoutinePlayerWindow(
                routine,
                self.library.exercises,
                hold_pref_s=wanted.hold_s,
                cues=self.cue_player() if wanted.sound or wanted.voice else None,
                sound=wanted.sound,
                voice=wanted.voice,
                dim=routine.purpose is Purpose.BEDTIME,
                intro=self._player_intro(routine.purpose) if intro is None else intro,
                pregnant=settings.person.pregnant,
            )
            window.session_ended.connect(self._store.add_session)
            window.intro_seen.connect(lambda: self._store.save_value(PLAYER_INTRO_DONE, True))
            # "Do it seated" comes after the first screen (if any) was read: to the stretches.
            window.switch_requested.connect(
                lambda seated: self.show(seated, intro=False, beside=beside)
            )
            window.relief_requested.connect(self.relief_requested)
            if not beside:
                window.setWindowState(QtCore.Qt.WindowState.WindowMaximized)
            return window

        self._player.replace(build)
        log.info("routine %s opened", routine_id)
        return True

    def _player_intro(self, purpose: Purpose) -> bool:
        """Whether the player opens on its "before you start" screen (see :meth:`show`)."""
        from spasm_desktop.core import routine as rt

        if purpose is rt.Purpose.RELIEF:
            return False
        done = self._store.load_value(PLAYER_INTRO_DONE, False) is True
        return rt.needs_intro(done, self._settings().person.pregnant)

    def edit(self) -> str | None:
        """Pick a routine to copy or change (or start a new one), then open the editor."""
        from spasm_desktop.ui.routines import routine_editor

        routines = sorted(self.library.routines.values(), key=lambda r: (r.builtin, r.name))
        new = text.tr("A new, empty routine")
        labels = [new]
        for routine in routines:
            name = text.data(routine.name)
            labels.append(text.tr("Copy of: %1").replace("%1", name) if routine.builtin else name)
        label, ok = QtWidgets.QInputDialog.getItem(
            self._dialog_parent(),
            text.window_title(text.tr("Make or change a routine")),
            text.tr("&Start from:"),
            labels,
            0,
            False,
        )
        if not ok:
            return None
        index = labels.index(label)
        start = None if index == 0 else routines[index - 1].id
        saved: str | None = routine_editor.RoutineEditorDialog.edit(
            self.library, self._dir, start, self._dialog_parent()
        )
        self._library = None  # read the folder again: saved, renamed or deleted
        self.changed.emit()
        return saved

    def cue_player(self) -> CuePlayer:
        """The sound and voice cues, made when first needed."""
        if self.cues is None:
            from importlib import resources

            from spasm_desktop.platform import cues

            sounds = resources.files("spasm_desktop.resources").joinpath("sounds")
            self.cues = cues.CuePlayer(Path(str(sounds)), parent=self)
        return self.cues

    def cue_description(self) -> str:
        """What Settings says about sound and speech (what this computer has, or lacks)."""
        cues = self.cue_player()
        sound = cues.sound_backend or text.tr("not available on this computer")
        speech = cues.speech_backend or text.tr(
            "not available on this computer (install speech-dispatcher or espeak-ng)"
        )
        return text.tr("Sound: %1. Speech: %2.").replace("%1", sound).replace("%2", speech)

    def close(self) -> None:
        """Close the player (it records the session as stopped) and the cues (the app quits)."""
        self._player.close()
        if self.cues is not None:
            self.cues.close()
