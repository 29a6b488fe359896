"""The windows built on the relief content: the quick relief panel and the Learn page.

:class:`ReliefWindows` loads the relief content once (its red flags are the app's one list, also
shown on the pop-up, the Today window and the welcome) and opens the relief panel and the Learn
page, each one at a time. Their modules are imported when they first open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore

from spasm_desktop.core.clock import Clock
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import text, windows
from spasm_desktop.ui.routines.routine_launcher import Routines

if TYPE_CHECKING:  # each window's module is imported when it first opens
    from spasm_desktop.core.relief import Area, RedFlags, ReliefContent
    from spasm_desktop.ui.relief.body_map import BodyMap
    from spasm_desktop.ui.relief.relief_panel import ReliefPanel
    from spasm_desktop.ui.setup.learn import LearnWindow

log = logging.getLogger("spasm_desktop")


class ReliefWindows(QtCore.QObject):
    """The relief panel and the Learn page, and the relief content they share."""

    def __init__(
        self,
        learn_checklist: Path,
        store: RecordStore,
        settings: Callable[[], Settings],
        slots: windows.Windows,
        routines: Routines,
        tell: Callable[[str, str], None],
        parent: QtCore.QObject | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        """``learn_checklist`` is the file of the Learn page's ticked items; ``tell(title,
        body)`` says something to the person; the relief panel times the cramp on ``clock``
        (default: the system's).
        """
        super().__init__(parent)
        self._checklist = learn_checklist
        self._store = store
        self._settings = settings
        self._slots = slots
        self._routines = routines
        self._tell = tell
        self._content: ReliefContent | None = None
        self._clock = clock

    def content(self) -> ReliefContent:
        """The relief content (red flags included), loaded once. A file that can't be read
        leaves its part empty (``red_flags`` None: the built-in emergency line stands in).
        """
        if self._content is None:
            from spasm_desktop.storage import relief

            content, problems = relief.load_relief()
            for problem in problems:
                log.error("relief content problem: %s", problem.describe())
            self._content = content
        return self._content

    def red_flags(self) -> RedFlags | None:
        """The app's one list of red flags, None if unreadable."""
        return self.content().red_flags

    def show_panel(self, area: str | None = None) -> bool:
        """Open the relief panel in front (for ``area`` if given).

        It always opens: with a relief file that can't be read, the panel shows what it has and
        the built-in emergency line where the red flags would be.
        """
        from spasm_desktop.ui.relief import relief_panel

        content = self.content()

        def build() -> ReliefPanel:  # a closed panel is not reused: a new cramp, a new panel
            window = relief_panel.ReliefPanel(
                content,
                body_map=self._body_map(),
                pregnant=self._settings().person.pregnant,
                drawings=self.drawings(),
                **self._timing(),
            )
            window.episode_changed.connect(self._store.save_episode)
            window.episode_dropped.connect(self._store.delete_episode)
            window.stretch_requested.connect(self.stretch_beside)
            return window

        panel = self._slots.relief.ensure(build)
        if area is not None:
            panel.choose(area)
        windows.show_in_front(panel)
        log.info("relief panel opened (%s)", area or "no area yet")
        return True

    def stretch_beside(self, routine: str, side: str) -> bool:
        """Open the guided stretch in the player, beside the relief panel: the panel narrows to
        its timer and "It's over" at the right of the screen, the player takes the rest; when
        the player goes, the panel shows the whole card again.
        """
        if not self._routines.show(routine, side, beside=True):
            return False
        panel = self._slots.relief.showing
        player = self._slots.player.window
        if panel is None or player is None:
            return True
        panel.share_screen(player)
        player.destroyed.connect(self._stretch_gone)
        windows.show_in_front(player)  # placed: in front of the panel, with the keyboard
        return True

    def _stretch_gone(self) -> None:
        panel = self._slots.relief.window
        if panel is not None and self._slots.player.showing is None:
            panel.take_screen_back()

    def _timing(self) -> dict[str, Any]:
        """The panel's clocks, from the app's clock when one was given."""
        if self._clock is None:
            return {}
        return {"monotonic": self._clock.monotonic, "wall": self._clock.now}

    def drawings(self) -> dict[Area, str]:
        """The drawing of each area's relief stretch: its routine's first exercise's."""
        library = self._routines.library
        found: dict[Area, str] = {}
        for area, card in self.content().cards.items():
            routine = library.routines.get(card.routine)
            if routine is None or not routine.steps:
                continue
            exercise = library.exercises.get(routine.steps[0].exercise)
            if exercise is not None:
                found[area] = exercise.illustration
        return found

    @staticmethod
    def _body_map() -> BodyMap | None:
        try:
            from spasm_desktop.ui.relief import body_map
        except ImportError:
            return None
        return body_map.BodyMap()

    def show_learn(self) -> bool:
        """Open (or raise) the Learn page; return False if its content can't be read."""
        from spasm_desktop.storage import learn as learn_store
        from spasm_desktop.ui.setup import learn

        if (open_window := self._slots.learn.showing) is not None:
            windows.show_in_front(open_window)
            return True
        content, problems = learn_store.load_learn()
        for problem in problems:
            log.error("learn content problem: %s", problem.describe())
        if content is None:
            self._tell(text.tr("Learn"), text.tr("The Learn page could not be loaded."))
            return False
        checklist_file = self._checklist

        def build() -> LearnWindow:
            window = learn.LearnWindow(
                content, self.content(), learn_store.load_checklist(checklist_file)
            )
            window.checklist_changed.connect(
                lambda ids: learn_store.save_checklist(checklist_file, ids)
            )
            return window

        self._slots.learn.open(build)
        return True
