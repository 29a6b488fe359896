"""The content test's window part: the four tier headings of the red-flag list (CONTENT.md
§5.1) are word for word the same in every window that shows them: the relief panel, Learn, the
diary, the reminder pop-up and the clinician report (see also ``tests/unit/test_content.py``).
"""

from __future__ import annotations

import datetime as dt

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import report_figures, stats
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import Tier
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage.learn import load_learn
from spasm_desktop.storage.relief import load_relief
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import report
from spasm_desktop.ui.record.episode_dialog import EpisodeDialog
from spasm_desktop.ui.relief.relief_panel import ReliefPanel
from spasm_desktop.ui.reminders.popup import ReminderPopup
from spasm_desktop.ui.setup.learn import LearnWindow
from tests.fakes import BERLIN
from tests.gui.needed import need

RELIEF, RELIEF_PROBLEMS = load_relief()
NOW = dt.datetime(2026, 3, 1, 14, 5, tzinfo=dt.UTC)


def headings_in(value: str) -> set[Tier]:
    return {tier for tier in Tier if text.tier_heading(tier) in value}


def label_texts(widget: QtWidgets.QWidget) -> str:
    """The texts of the labels and buttons (a folded tier's heading is a button)."""
    labels = [label.text() for label in widget.findChildren(QtWidgets.QLabel)]
    buttons = [button.text() for button in widget.findChildren(QtWidgets.QAbstractButton)]
    return "\n".join(labels + buttons)


def test_the_four_headings_are_four_different_texts() -> None:
    assert len({text.tier_heading(tier) for tier in Tier}) == 4
    assert text.tier_heading(Tier.EMERGENCY).startswith("Emergency: call your local emergency")


def test_every_window_shows_the_same_headings(qtbot: QtBot) -> None:
    assert RELIEF_PROBLEMS == []
    assert RELIEF.red_flags is not None
    seen: dict[str, set[Tier]] = {}

    panel = ReliefPanel(RELIEF)
    qtbot.addWidget(panel)
    assert {tier: label.text() for tier, label in panel.card.tier_labels.items()} == {
        tier: text.tier_heading(tier) for tier in Tier
    }
    panel.choose("chest")
    seen["relief panel"] = headings_in(label_texts(panel))

    content, problems = load_learn()
    assert problems == []
    learn = LearnWindow(need(content), RELIEF, set())
    qtbot.addWidget(learn)
    assert {tier: label.text() for tier, label in learn.tier_labels.items()} == {
        tier: text.tier_heading(tier) for tier in Tier
    }
    seen["Learn"] = headings_in(label_texts(learn))

    dialog = EpisodeDialog(None, BERLIN, lambda: NOW, RELIEF)
    qtbot.addWidget(dialog)
    shown: set[Tier] = set()
    for field, value in (
        ("red_flags", "wound"),
        ("red_flags", "numbness"),
        ("red_flags", "skin"),
        ("triggers", "new_medicine"),
    ):
        dialog.choices[field][value].setChecked(True)
        shown |= headings_in(dialog.advice_text())
        dialog.choices[field][value].setChecked(False)
    seen["diary"] = shown

    popup = ReminderPopup([ReminderKind.STRETCH], Settings(), 0, red_flags=RELIEF.red_flags)
    qtbot.addWidget(popup)
    seen["pop-up"] = headings_in(popup.red_flags.text())

    first = dt.date(2026, 2, 1)
    at = dt.datetime(2026, 2, 2, 2, tzinfo=dt.UTC)
    episodes = [
        Episode(at, 60, "calf", red_flags=("wound", "numbness", "skin")),
        Episode(at, 60, "calf", triggers=("new_medicine",)),
        Episode(at + dt.timedelta(days=1), 60, "chest"),
    ]
    record = stats.Record(episodes=episodes, medicines=(), tracking_since=first)
    summary = report_figures.summary(record, stats.Period(first, NOW.date()), BERLIN, NOW.date())
    words = report.report_text(report.ReportInput(summary, BERLIN, NOW, "1.0"))
    seen["report"] = headings_in(words)

    assert seen == {
        "relief panel": set(Tier),
        "Learn": set(Tier),
        "diary": set(Tier),
        "pop-up": {Tier.EMERGENCY, Tier.TODAY},
        "report": set(Tier),
    }


def test_the_disclaimer_line_is_derived_from_the_list(qtbot: QtBot) -> None:
    """The welcome's first page, Today, Learn and the relief panel show the list's emergency
    line; without the list, the built-in one.
    """
    from PySide6 import QtWidgets as W

    from spasm_desktop.ui.reminders.today import TodayWindow
    from spasm_desktop.ui.setup.welcome import WelcomeWizard

    line = need(RELIEF.red_flags).emergency_line.text
    assert text.disclaimer(RELIEF.red_flags).endswith(line)
    assert text.disclaimer(None).endswith(text.minimal_emergency())
    wizard = WelcomeWizard(Settings(), red_flags=RELIEF.red_flags)
    qtbot.addWidget(wizard)
    label = wizard.findChild(W.QLabel, "disclaimer")
    assert label is not None
    assert label.text() == text.disclaimer(RELIEF.red_flags)
    today = TodayWindow(red_flags=RELIEF.red_flags)
    qtbot.addWidget(today)
    assert text.disclaimer(RELIEF.red_flags) in label_texts(today)
