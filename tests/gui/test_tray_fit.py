"""The tray menu fits a 1024x600 screen at 100% and 150% text, with the reminder waiting, a pause
on, the status lines and the routines (each size in its own process: Qt reads the text size and
the screen once, when it starts; at 150% a 1024x600 screen is 683x400 in the menu's pixels).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.screens import run_on_screen

PROBE = textwrap.dedent(
    """
    import dataclasses, datetime as dt, json
    from PySide6 import QtWidgets
    from spasm_desktop.core.reminders import ReminderKind as K
    from spasm_desktop.core.settings import Settings, WaterSettings
    from spasm_desktop.core.sitting import Presence
    from spasm_desktop.ui.reminders.tray import TrayMenu, TrayState
    from tests.fakes import BERLIN

    app = QtWidgets.QApplication([])
    menu = TrayMenu(QtWidgets.QSystemTrayIcon())
    now = dt.datetime(2026, 12, 3, 13, 50, tzinfo=BERLIN)
    busy = TrayState(
        {K.STRETCH: now + dt.timedelta(minutes=10)},
        now + dt.timedelta(minutes=40),
        True,
        1250,
        Settings(water=WaterSettings(goal_ml=2000)),
        BERLIN,
        presence=Presence.AT_DESK,
        sitting=dt.timedelta(minutes=24),
        routines=(("b", "Bedtime calves and hamstrings, seated", 470),),
        now=now,
    )
    menu.update(busy)
    menu.refresh_menu()
    hint = menu.menu.sizeHint()
    available = app.primaryScreen().availableGeometry()
    subs = [a.menu().sizeHint() for a in menu.menu.actions() if a.menu() is not None]
    size = lambda s: [s.width(), s.height()]
    print(json.dumps({
        "available": size(available.size()),
        "menu": size(hint),
        "submenus": [size(s) for s in subs],
    }))
    """
)


@pytest.mark.parametrize("dpi", [96, 144])
def test_the_tray_menu_fits_a_small_screen(tmp_path: Path, dpi: int) -> None:
    found = run_on_screen(tmp_path, 1024, 600, dpi, PROBE)
    width, height = found["available"]
    for shown in [found["menu"], *found["submenus"]]:
        assert shown[0] <= width, found
        assert shown[1] <= height, found
