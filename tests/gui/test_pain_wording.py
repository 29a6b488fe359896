"""Pain reads "6/10" wherever the person sees a rating: the diary's list, the history's days,
the report's tiles and its table of cramps (one function: ``text.pain``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from spasm_desktop.core import stats, units
from spasm_desktop.core.episode import Episode
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.storage.relief import load_relief
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import report_appendix, report_words
from spasm_desktop.ui.record.diary import DiaryWindow
from spasm_desktop.ui.record.history_days import DaysModel
from tests.fakes import BERLIN, local
from tests.gui.needed import need

NOW = local(2026, 11, 25, 12, 0)


def test_one_wording_whole_and_median() -> None:
    assert text.pain(6) == "6/10"
    assert text.pain(0) == "0/10"
    assert text.pain(6.5) == "6.5/10"
    assert text.pain(7.0) == "7/10"
    assert report_words.pain_text(None) == "—"
    assert report_words.pain_text(9) == "9/10"


def test_the_diary_history_and_report_say_6_of_10(qtbot: QtBot, tmp_path: Path) -> None:
    cramp = Episode(local(2026, 11, 24, 3, 10), 90, "calf", "left", 6, source="panel")
    store = RecordStore(tmp_path / "records.sqlite3", lambda: NOW)
    try:
        store.save_episode(cramp)
        relief, _problems = load_relief()
        diary = DiaryWindow(store, BERLIN, lambda: NOW, relief)
        qtbot.addWidget(diary)
        assert need(diary.table.item(0, 3)).text() == "6/10"
    finally:
        store.close()
    model = DaysModel(units.VolumeUnit.ML)
    day = stats.Day(dt.date(2026, 11, 24), cramps=1, worst=6)
    assert model.cell(day, 1) == "1 cramp, worst 6/10"
    row = report_appendix._EpisodeWords(BERLIN).row(cramp)
    assert row[4] == "6/10"
    assert QtCore.QLocale().toString(6) in row[4]
