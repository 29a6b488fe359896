"""Section titles have the heading role (``ui/common/roles.py``), and a heading's name is still
its visible text: Learn's title and sections, the relief card's title and tier headings, the
emergency screen's title, a reminder pop-up's headline, the player's "Before you start". The
same roles on the real accessibility bus: ``tests/integration/test_atspi.py``.
"""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import relief
from spasm_desktop.storage.learn import load_learn
from spasm_desktop.ui.common import text
from spasm_desktop.ui.relief.relief_panel import ReliefPanel
from spasm_desktop.ui.reminders.popup import ReminderPopup
from spasm_desktop.ui.setup.learn import LearnWindow
from tests.gui.needed import need

A11Y = QtGui.QAccessible
CONTENT, _PROBLEMS = relief.load_relief()
LEARN = need(load_learn()[0])


def headings(window: QtWidgets.QWidget) -> list[str]:
    """The names of the labels in ``window`` that a screen reader reads as headings."""
    found = []
    for label in window.findChildren(QtWidgets.QLabel):
        interface = A11Y.queryAccessibleInterface(label)
        if interface is not None and interface.role() == A11Y.Role.Heading:
            assert interface.text(A11Y.Text.Name) == label.text()  # its words, not hidden
            found.append(label.text())
    return found


def test_learn_has_its_title_and_every_section_as_headings(qtbot: QtBot) -> None:
    window = LearnWindow(LEARN, CONTENT, set())
    qtbot.addWidget(window)
    found = headings(window)
    assert "Learn about cramps" in found
    for section in LEARN.sections:
        assert text.data(section.title) in found, section.id


def test_the_relief_card_and_the_emergency_screen_have_headings(qtbot: QtBot) -> None:
    panel = ReliefPanel(CONTENT, monotonic=lambda: 100.0)
    qtbot.addWidget(panel)
    panel.choose("calf", "left")
    found = headings(panel)
    assert "Cramp: Calf, left" in found
    assert any(name.startswith("Emergency:") for name in found), found


def test_a_reminders_headline_is_a_heading(qtbot: QtBot) -> None:
    popup = ReminderPopup([ReminderKind.STRETCH], Settings(), 0)
    qtbot.addWidget(popup)
    assert headings(popup) == [text.title(ReminderKind.STRETCH)]


def test_other_labels_keep_their_role(qtbot: QtBot) -> None:
    popup = ReminderPopup([ReminderKind.STRETCH], Settings(), 0)
    qtbot.addWidget(popup)
    body = next(
        label
        for label in popup.findChildren(QtWidgets.QLabel)
        if label.text() == text.body(ReminderKind.STRETCH, Settings(), 0)
    )
    interface = A11Y.queryAccessibleInterface(body)
    assert interface is not None
    assert interface.role() == A11Y.Role.StaticText
