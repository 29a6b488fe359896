"""The diary's cramp form: the main fields first, "More details" folded, the large pain buttons,
Ctrl+N in the diary, and the form within a 1024x600 screen at 150% text with Save in view.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core import episode as ep
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import ReliefContent
from spasm_desktop.storage import relief as relief_store
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common.pain_scale import PainScale
from spasm_desktop.ui.record.diary import DiaryWindow
from spasm_desktop.ui.record.episode_dialog import EpisodeDialog
from tests.fakes import BERLIN, local
from tests.screens import run_on_screen

RELIEF, _PROBLEMS = relief_store.load_relief()
NOW = local(2026, 11, 25, 12, 0)
PLAIN = Episode(local(2026, 11, 24, 3, 10), 90, "calf", "left", 6, source="panel")


def now() -> dt.datetime:
    return NOW


def make_dialog(qtbot: QtBot, episode: Episode | None = None) -> EpisodeDialog:
    dialog = EpisodeDialog(episode, BERLIN, now, RELIEF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_cramp_shows_the_main_fields_with_the_details_folded(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    for main in (dialog.started, dialog.area, dialog.side, dialog.severity, dialog.minutes):
        assert main.isVisible()
    assert isinstance(dialog.severity, PainScale)
    assert len(dialog.severity.buttons) == 11
    assert not dialog.more.isChecked()
    for hidden in (dialog.notes, dialog.relief_minutes, *dialog.choices["feelings"].values()):
        assert not hidden.isVisible()
    QTest.keyClick(dialog.more, QtCore.Qt.Key.Key_Return)
    assert dialog.more.isChecked()
    assert dialog.notes.isVisible()


@pytest.mark.parametrize(
    "detail",
    [
        {"feelings": ("knot",)},
        {"context": ("asleep",)},
        {"helped": ("walk",)},
        {"notes": "after a long walk"},
        {"triggers": ("heat",)},
        {"relief_minutes": 0},
        {"woke_me": False},
        {"sleep_disruption": 0},
        {"soreness_next_day": 3},
        {"red_flags": ("skin",)},
    ],
)
def test_editing_a_cramp_with_a_detail_opens_the_fold(qtbot: QtBot, detail: dict[str, Any]) -> None:
    with_detail = dataclasses.replace(PLAIN, **detail)
    assert ep.has_details(with_detail)
    dialog = make_dialog(qtbot, with_detail)
    assert dialog.more.isChecked()
    assert dialog.episode() == with_detail


def test_editing_a_cramp_without_details_keeps_the_fold_closed(qtbot: QtBot) -> None:
    assert not ep.has_details(dataclasses.replace(PLAIN, notes="  \n"))
    dialog = make_dialog(qtbot, PLAIN)
    assert not dialog.more.isChecked()
    assert dialog.severity.value() == 6
    assert dialog.severity.buttons[6].isChecked()
    assert dialog.episode() == PLAIN


def test_the_pain_is_rated_with_the_buttons_and_keys(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.episode().severity is None
    QTest.mouseClick(dialog.severity.buttons[4], QtCore.Qt.MouseButton.LeftButton)
    assert dialog.episode().severity == 4
    dialog.severity.setFocus()
    QTest.keyClicks(dialog.severity, "10")
    assert dialog.episode().severity == 10
    QTest.keyClick(dialog.severity, QtCore.Qt.Key.Key_Delete)
    assert dialog.episode().severity is None
    assert dialog.save_button.isDefault()


def test_ctrl_n_in_the_diary_adds_a_cramp(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecordStore(tmp_path / "records.sqlite3", now)
    try:
        window = DiaryWindow(store, BERLIN, now, RELIEF)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        asked: list[Episode | None] = []

        def fake(
            episode: Episode | None,
            tz: dt.tzinfo,
            clock: Callable[[], dt.datetime],
            relief: ReliefContent,
            parent: QtWidgets.QWidget | None = None,
        ) -> Episode:
            asked.append(episode)
            return PLAIN

        monkeypatch.setattr(EpisodeDialog, "ask", staticmethod(fake))
        assert window.new_shortcut.key() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.New)
        window.table.setFocus()
        QTest.keyClick(
            window.table, QtCore.Qt.Key.Key_N, QtCore.Qt.KeyboardModifier.ControlModifier
        )
        assert asked == [None]
        assert [e.uid for e in window.episodes()] == [PLAIN.uid]
    finally:
        store.close()


PROBE = textwrap.dedent(
    """
    import dataclasses, datetime as dt, json, sys
    from zoneinfo import ZoneInfo
    from PySide6 import QtCore, QtWidgets
    from spasm_desktop.core.episode import Episode
    from spasm_desktop.storage import relief
    from spasm_desktop.ui.record.episode_dialog import EpisodeDialog

    app = QtWidgets.QApplication([])
    content, problems = relief.load_relief()
    assert not problems
    now = dt.datetime(2026, 11, 25, 11, 0, tzinfo=dt.UTC)
    full = Episode(
        now - dt.timedelta(hours=8), 95, "calf", "left", 6, ("knot",), ("asleep",), ("walk",),
        "notes", triggers=("heat",), relief_minutes=5, red_flags=("numbness", "wound"),
    )
    episode = None if sys.argv[1] == "new" else full
    dialog = EpisodeDialog(episode, ZoneInfo("Europe/Berlin"), lambda: now, content)
    dialog.show()
    app.processEvents()
    room = app.primaryScreen().availableGeometry()

    def inside(widget):
        where = QtCore.QRect(widget.mapTo(dialog, QtCore.QPoint(0, 0)), widget.size())
        return widget.isVisible() and dialog.rect().contains(where)

    content_widget = dialog.fields.widget()
    print(json.dumps({
        "room": [room.width(), room.height()],
        "window": [dialog.width(), dialog.height()],
        "minimum": [dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height()],
        "save": inside(dialog.save_button),
        "cancel": inside(dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)),
        "pain": inside(dialog.severity),
        "unfolded": dialog.more.isChecked(),
        "content width": content_widget.width(),
        "content needs": content_widget.minimumSizeHint().width(),
        "viewport": dialog.fields.viewport().width(),
    }))
    """
)


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1280, 720)])
@pytest.mark.parametrize("dpi", [96, 144])
@pytest.mark.parametrize("kind", ["new", "edit"])
def test_the_form_fits_the_screen_with_save_and_cancel_in_view(
    tmp_path: Path, width: int, height: int, dpi: int, kind: str
) -> None:
    found = run_on_screen(tmp_path, width, height, dpi, PROBE, kind)
    room_w, room_h = found["room"]
    for what in ("window", "minimum"):
        assert found[what][0] <= room_w, (what, found)
        assert found[what][1] <= room_h, (what, found)
    assert found["save"], found
    assert found["cancel"], found
    assert found["pain"], found
    assert found["unfolded"] == (kind == "edit")
    # Nothing is cut off at the right: the fields fit the width they are given.
    assert found["content needs"] <= found["viewport"], found
