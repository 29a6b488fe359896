"""What the reminders watch on this desktop: the person's activity, and whether they are busy.

:func:`find_activity` picks the activity source for the sitting timer (:mod:`.idle`);
:class:`BusyProbe` reads the do-not-disturb sources the person chose (:mod:`.dnd`, imported
when first read: it is needed only when a reminder is due).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from spasm_desktop.core.settings import BusySettings

if TYPE_CHECKING:
    from spasm_desktop.platform.dnd import Busy, DndProbe
    from spasm_desktop.platform.idle import IdleBackend

log = logging.getLogger("spasm_desktop")


def find_activity() -> IdleBackend | None:
    """An activity source for the sitting timer (None: the move reminder counts clock time)."""
    from spasm_desktop.platform import idle

    found = idle.detect()
    if found is None:
        log.warning("no activity source works here: the move reminder counts clock time")
    return found


class BusyProbe:
    """Why the person is busy right now, from the do-not-disturb sources they chose."""

    def __init__(self, choices: Callable[[], BusySettings]) -> None:
        """``choices()`` gives the person's current choices (read when the probe is built)."""
        self._choices = choices
        self._probe: DndProbe | None = None  # built when first needed

    def read(self) -> tuple[Busy, ...]:
        """Every reason the person is busy now; empty when not busy."""
        if self._probe is None:
            from spasm_desktop.platform import dnd

            busy = self._choices()
            self._probe = dnd.DndProbe(
                system=busy.system_dnd, fullscreen=busy.fullscreen, meeting_apps=busy.meeting_apps
            )
        return tuple(self._probe.read())

    def close(self) -> None:
        """Close the probe; it is built again, with the choices of then, when next read."""
        if self._probe is not None:
            self._probe.close()
            self._probe = None
