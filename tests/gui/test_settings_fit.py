"""Settings and the welcome fit small screens and large text: 1024x600 and 1280x720, at 100% and
150%, with Save and Cancel (the welcome's Next, Back and Finish) always in view.

Each case runs in its own process (the text size and the screen are read once, when Qt starts);
see tests/gui/test_relief_fit.py. At 150% a 1024x600 screen is 683x400 in the window's pixels.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.screens import run_on_screen

PROBE = textwrap.dedent(
    """
    import json
    from PySide6 import QtCore, QtWidgets
    from spasm_desktop.core.settings import Settings
    from spasm_desktop.ui.setup.settings_dialog import SettingsDialog
    from spasm_desktop.ui.setup.welcome import WelcomeWizard

    app = QtWidgets.QApplication([])
    available = app.primaryScreen().availableGeometry()
    size = lambda s: [s.width(), s.height()]

    def seen(window, widget):
        where = QtCore.QRect(widget.mapTo(window, QtCore.QPoint(0, 0)), widget.size())
        return widget.isVisibleTo(window) and window.rect().contains(where)

    dialog = SettingsDialog(Settings(), activity="x", welcome=lambda: None)
    dialog.show()
    app.processEvents()
    box = dialog.findChild(QtWidgets.QDialogButtonBox, "buttons")
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    pages = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        app.processEvents()
        pages[tabs.tabText(index)] = {
            "save": seen(dialog, box.button(QtWidgets.QDialogButtonBox.StandardButton.Save)),
            "cancel": seen(dialog, box.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)),
            "page inside": seen(dialog, tabs.widget(index)),
        }

    wizard = WelcomeWizard(Settings())
    wizard.show()
    app.processEvents()
    wizard_pages = {}
    while True:
        app.processEvents()
        page = wizard.currentPage()
        shown = [
            wizard.button(which)
            for which in (
                QtWidgets.QWizard.WizardButton.NextButton,
                QtWidgets.QWizard.WizardButton.FinishButton,
            )
            if wizard.button(which).isVisible()
        ]
        wizard_pages[page.objectName() or str(wizard.currentId())] = {
            "buttons": bool(shown) and all(seen(wizard, b) for b in shown),
        }
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        wizard.next()

    print(json.dumps({
        "available": size(available.size()),
        "settings": size(dialog.size()),
        "settings minimum": size(dialog.minimumSizeHint()),
        "settings pages": pages,
        "welcome": size(wizard.size()),
        "welcome minimum": size(wizard.minimumSizeHint()),
        "welcome pages": wizard_pages,
    }))
    """
)


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1280, 720)])
@pytest.mark.parametrize("dpi", [96, 144])
def test_settings_fits_with_save_and_cancel_in_view(
    tmp_path: Path, width: int, height: int, dpi: int
) -> None:
    found = run_on_screen(tmp_path, width, height, dpi, PROBE)
    room_w, room_h = found["available"]
    for what in ("settings", "settings minimum"):
        assert found[what][0] <= room_w, (what, found)
        assert found[what][1] <= room_h, (what, found)
    for tab, seen in found["settings pages"].items():
        assert all(seen.values()), (tab, seen, found)


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1280, 720)])
@pytest.mark.parametrize("dpi", [96, 144])
def test_the_welcome_fits_with_its_buttons_in_view(
    tmp_path: Path, width: int, height: int, dpi: int
) -> None:
    found = run_on_screen(tmp_path, width, height, dpi, PROBE)
    room_w, room_h = found["available"]
    assert found["welcome"][0] <= room_w, found
    assert found["welcome"][1] <= room_h, found
    for page, seen in found["welcome pages"].items():
        assert all(seen.values()), (page, seen, found)
