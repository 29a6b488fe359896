"""With the app's own text size at 200%, every main window still fits a 1280x720 screen.

The probe runs the wired app in its own process (the screen is read once, when Qt starts), with
a settings file asking for 200%, and opens Today, the relief panel, the stretch player, Settings,
the diary, History, Learn and the health profile the way the app does.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

import pytest

from tests.screens import run_on_screen

PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6 import QtCore, QtWidgets
    from spasm_desktop import application
    from spasm_desktop.storage import paths as paths_mod
    from spasm_desktop.ui.setup.settings_dialog import SettingsDialog

    class Quiet(QtCore.QObject):  # a notifier that shows nothing
        finished = QtCore.Signal(bool, str)

        def send(self, *args, **kwargs):
            self.finished.emit(True, "fake")

    app = QtWidgets.QApplication([])
    system_points = app.font().pointSizeF()
    folder = Path(sys.argv[1])
    paths = paths_mod.Paths(folder / "config", folder / "data")
    paths.ensure()
    wired = application.Application(app, paths, None, Quiet, show_welcome=False)
    wired.start()
    room = app.primaryScreen().availableGeometry().size()
    windows = wired.windows
    wired.show_today()
    wired.relief.show_panel("calf")
    wired.routines.show("desk-break", intro=False)
    wired.record.show_diary()
    wired.record.show_history()
    wired.relief.show_learn()
    wired.record.show_profile()
    wired.record.show_data()
    settings = SettingsDialog(wired.service.settings)
    settings.show()
    app.processEvents()
    found = {
        "Today": windows.today.window,
        "relief panel": windows.relief.window,
        "player": windows.player.window,
        "diary": windows.diary.window,
        "History": windows.history.window,
        "Learn": windows.learn.window,
        "health profile": windows.profile.window,
        "Your data": windows.data.window,
        "Settings": settings,
    }
    size = lambda s: [s.width(), s.height()]
    print(json.dumps({
        "points": [system_points, app.font().pointSizeF()],
        "room": size(room),
        "windows": {
            name: {"size": size(w.size()), "minimum": size(w.minimumSizeHint().expandedTo(
                w.minimumSize()))}
            for name, w in found.items()
        },
    }))
    wired.stop()
    """
)


WINDOWS = (
    "Today",
    "relief panel",
    "player",
    "Settings",
    "diary",
    "History",
    "Learn",
    "health profile",
    "Your data",
)


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("text_size")
    config = folder / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"schema_version": 3, "text_size": 200}))
    return run_on_screen(folder, 1280, 720, 96, PROBE, str(folder))


def test_the_app_font_is_twice_the_system_font(found: Any) -> None:
    system, now = found["points"]
    assert now == 2 * system


@pytest.mark.parametrize("name", WINDOWS)
def test_every_main_window_fits_1280x720_with_the_text_at_200_percent(
    found: Any, name: str
) -> None:
    room_w, room_h = found["room"]
    shown = found["windows"][name]
    for what in ("size", "minimum"):
        assert shown[what][0] <= room_w, (what, room_w, room_h, shown)
        assert shown[what][1] <= room_h, (what, room_w, room_h, shown)
