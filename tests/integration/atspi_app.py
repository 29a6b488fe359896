"""The relief card (calf, left, every warning sign unfolded) and the stretch player on a real X
display, for ``test_atspi.py``. Runs in the app's Python; prints "ready" once both are shown.

Both run on a clock of their own that only the commands on stdin move, one a line, each answered
with "ok" once done:

    advance S   the clock moves on S seconds; the player and the relief timer catch up (as
                their timers would)
    pause       Space in the player (pause, or resume)
    area A [S]  the relief panel shows area A (side S)
    popup       a stretch reminder pops up (without taking focus)
    over        "It's over" on the relief card: the episode is saved ("Saved: …")
    settings    Settings opens
    too-much    in Settings, the water asks for more than a litre an hour (a problem)
    mark TEXT   announces TEXT (the reader stops when it hears it: every event before is in)
    quit        closes everything
"""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import relief, routines
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.relief.relief_panel import ReliefPanel
from spasm_desktop.ui.reminders.popup import ReminderPopup
from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow
from spasm_desktop.ui.setup.settings_dialog import SettingsDialog

#: The application's name on the accessibility bus.
NAME = "spasm-desktop-atspi-check"


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    app = QtWidgets.QApplication(sys.argv)
    app.setApplicationName(NAME)
    clock = Clock()
    content, _problems = relief.load_relief()
    panel = ReliefPanel(content, monotonic=clock)
    panel.choose("calf", "left")
    panel.card.unfold_tiers()
    panel.show()
    library = routines.load_library(None)
    player = RoutinePlayerWindow(
        library.routines["bedtime-core"], library.exercises, monotonic=clock
    )
    player.show()

    popups: list[ReminderPopup] = []
    dialogs: list[SettingsDialog] = []

    def command() -> None:
        line = sys.stdin.readline()
        word, _, rest = line.strip().partition(" ")
        if word == "advance":
            clock.now += float(rest)
            player._tick()  # what their timers do when they wake
            panel._tick()
        elif word == "pause":
            player.toggle_pause()
        elif word == "area":
            panel.choose(*rest.split())
        elif word == "popup":
            popups.append(ReminderPopup([ReminderKind.STRETCH], Settings(), 0))
            popups[-1].show_in_corner()
        elif word == "over":
            panel.over()
        elif word == "settings":
            dialogs.append(SettingsDialog(Settings(), activity="x", welcome=lambda: None))
            dialogs[-1].show()
        elif word == "too-much":
            interval = dialogs[-1].findChild(QtWidgets.QSpinBox, "water_interval_min")
            glass = dialogs[-1].findChild(QtWidgets.QDoubleSpinBox, "water_glass")
            assert interval is not None
            assert glass is not None
            interval.setValue(15)
            glass.setValue(300)  # 1200 ml an hour: too much
        elif word == "mark":
            announce(panel, rest)
        else:  # "quit", or the test went away
            app.quit()
            return
        print("ok", flush=True)

    notifier = QtCore.QSocketNotifier(sys.stdin.fileno(), QtCore.QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QtCore.QTimer.singleShot(0, lambda: print("ready", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
