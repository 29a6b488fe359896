"""The health texts of the data files are shown in the person's language (issue 18).

A tiny translation with one text of each kind of data file is built by pyside6-lrelease and
installed; the loaders translate each built-in file under its own context, so the relief card,
its red flags, the player, Learn and the tips show the translation. Without one, the English of
the files is kept exactly.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop.storage import learn, relief, routines, tips
from spasm_desktop.storage.data_translation import translate_file
from spasm_desktop.ui.relief.relief_panel import ReliefPanel
from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow
from spasm_desktop.ui.setup.learn import LearnWindow

ROOT = Path(__file__).resolve().parents[2]
WALL = dt.datetime(2026, 12, 3, 21, 30, tzinfo=dt.UTC)

#: (context, English, German): one text from each kind of file.
GERMAN = [
    ("data:relief/areas.json", "Walk around.", "Gehen Sie umher."),
    ("data:relief/red_flags.json", "Pain you can't bear.", "Schmerzen, die Sie nicht aushalten."),
    ("data:exercises/wall-calf.json", "Standing wall calf stretch", "Wadendehnung an der Wand"),
    ("data:routines/bedtime-core.json", "Bedtime calves and hamstrings", "Waden vor dem Schlafen"),
    ("data:learn/learn.json", "What is a cramp?", "Was ist ein Krampf?"),
]


def _ts(entries: list[tuple[str, str, str]] = GERMAN) -> str:
    contexts = "".join(
        f"<context><name>{escape(c)}</name><message><source>{escape(en)}</source>"
        f"<translation>{escape(de)}</translation></message></context>\n"
        for c, en, de in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de_DE">\n{contexts}</TS>\n'
    )


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert tool is not None, "pyside6-lrelease is part of PySide6-Essentials"
    return tool


@pytest.fixture
def german(qapp: QtCore.QCoreApplication, tmp_path: Path) -> Iterator[None]:
    ts = tmp_path / "spasm_desktop_de.ts"
    ts.write_text(_ts(), encoding="utf-8")
    qm = tmp_path / "spasm_desktop_de.qm"
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QtCore.QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _texts(widget: QtWidgets.QWidget) -> str:
    shown = [label.text() for label in widget.findChildren(QtWidgets.QLabel)]
    shown += [button.text() for button in widget.findChildren(QtWidgets.QAbstractButton)]
    return "\n".join(shown)


class _Cues:
    """Cues that make no sound."""

    def play(self, name: str) -> None:
        pass

    def say(self, words: str, language: str = "en") -> None:
        pass

    def stop(self) -> None:
        pass


def test_the_relief_card_and_its_red_flags_show_the_translation(german: None, qtbot: QtBot) -> None:
    content, problems = relief.load_relief()
    assert problems == []
    panel = ReliefPanel(content, monotonic=lambda: 0.0, wall=lambda: WALL)
    panel.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(panel)
    panel.choose("calf", "left")
    panel.card.unfold_tiers()
    shown = _texts(panel)
    assert "Gehen Sie umher." in shown
    assert "Walk around." not in shown
    assert "Schmerzen, die Sie nicht aushalten." in shown
    assert "Pain you can't bear." not in shown
    # Not translated here: the English stays.
    assert "Massage the calf." in shown


def test_the_player_shows_the_translated_routine_and_exercise(german: None, qtbot: QtBot) -> None:
    library = routines.load_library(None)
    assert library.problems == []
    window = RoutinePlayerWindow(
        library.routines["bedtime-core"],
        library.exercises,
        cues=_Cues(),
        monotonic=lambda: 1000.0,
        wall=lambda: WALL,
    )
    window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    assert window.exercise_label.text() == "Wadendehnung an der Wand"
    assert "Waden vor dem Schlafen" in window.windowTitle()
    assert library.exercises["wall-calf"].id == "wall-calf"  # ids are never translated


def test_learn_shows_the_translated_section(german: None, qtbot: QtBot) -> None:
    content, problems = learn.load_learn()
    assert problems == []
    assert content is not None
    window = LearnWindow(content, relief.load_relief()[0], set())
    qtbot.addWidget(window)
    assert "Was ist ein Krampf?" in _texts(window)
    assert "What is a cramp?" not in _texts(window)


def test_the_tips_are_translated_with_their_own_file(
    german: None, qapp: QApplication, tmp_path: Path
) -> None:
    raw = json.loads((ROOT / "resources/tips/tips.json").read_text(encoding="utf-8"))
    english = raw["tips"][0]["text"]
    ts = tmp_path / "tips_de.ts"
    ts.write_text(
        _ts().replace(
            "</TS>",
            f"<context><name>data:tips/tips.json</name><message><source>{escape(english)}"
            "</source><translation>Ihr Trinklimit geht vor.</translation></message></context>"
            "</TS>",
        ),
        encoding="utf-8",
    )
    qm = tmp_path / "tips_de.qm"
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QtCore.QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        loaded, problems = tips.load_tips()
    finally:
        qapp.removeTranslator(translator)
    assert problems == []
    assert loaded is not None
    assert loaded[0].text == "Ihr Trinklimit geht vor."
    assert loaded[0].id == raw["tips"][0]["id"]


def test_the_persons_own_routines_are_never_translated(german: None, tmp_path: Path) -> None:
    raw = json.loads((ROOT / "resources/routines/bedtime-core.json").read_text(encoding="utf-8"))
    raw["id"] = "my-bedtime"
    own = tmp_path / "own"
    own.mkdir()
    # The same file name as the built-in one: still the person's own text.
    (own / "bedtime-core.json").write_text(json.dumps(raw), encoding="utf-8")
    library = routines.load_library(own)
    assert library.problems == []
    assert library.routines["bedtime-core"].name == "Waden vor dem Schlafen"
    assert library.routines["my-bedtime"].name == "Bedtime calves and hamstrings"


@pytest.mark.parametrize(
    "file", sorted((ROOT / "resources").glob("*/*.json")), ids=lambda f: f.name
)
def test_without_a_translation_the_english_is_kept_exactly(qapp: QApplication, file: Path) -> None:
    raw = json.loads(file.read_text(encoding="utf-8"))
    assert translate_file(raw, file.parent.name, file.name) == raw


def test_a_translation_that_breaks_the_files_rules_falls_back_to_the_english(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A translated area name over the 40-character limit must not cost the relief cards."""
    too_long = "Wadenmuskulatur des Unterschenkels, hinten links oder rechts"
    ts = tmp_path / "long_de.ts"
    entries = [
        ("data:relief/areas.json", "Calf", too_long),
        ("data:relief/areas.json", "Walk around.", "Gehen Sie umher."),
        ("data:relief/red_flags.json", "Pain you can't bear.", "Unerträgliche Schmerzen."),
    ]
    ts.write_text(_ts(entries), encoding="utf-8")
    qm = tmp_path / "long_de.qm"
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QtCore.QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        content, problems = relief.load_relief()
    finally:
        qapp.removeTranslator(translator)
    assert problems == []
    calf = next(card for area, card in content.cards.items() if area.value == "calf")
    assert calf.name == "Calf"
    assert "Walk around." in calf.tips
    # The other files keep their translation.
    assert content.red_flags is not None
    assert "Unerträgliche Schmerzen." in [flag.text for flag in content.red_flags.flags]
    assert "areas.json" in caplog.text
    assert "English" in caplog.text
