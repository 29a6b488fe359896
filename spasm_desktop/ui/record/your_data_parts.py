"""What the three tabs of "Your data" share: record counts in words, dates, messages, a base tab.

The tabs themselves are :mod:`~spasm_desktop.ui.record.your_data_export`,
:mod:`~spasm_desktop.ui.record.your_data_restore` and
:mod:`~spasm_desktop.ui.record.your_data_backups`; the
window that holds them is :mod:`~spasm_desktop.ui.record.your_data`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.storage import backup
from spasm_desktop.ui.common import assets, look, text

_log = logging.getLogger(__name__)

# A wait cursor, with the window's controls disabled, while working (given by the window).
Busy = Callable[[], contextlib.AbstractContextManager[None]]
# The order tables are named in messages (tables not listed follow, in backup.TABLES order).
_TABLE_ORDER = ("cramp_episodes", "drinks", "routine_sessions", "breaks", "reminder_log")


def _ordered(names: Iterable[str]) -> list[str]:
    """Tables in the order they are named: the usual ones first, then backup.TABLES order."""
    order = [*_TABLE_ORDER, *(table.name for table in backup.TABLES)]
    return sorted(names, key=lambda name: order.index(name) if name in order else len(order))


def table_count(name: str, n: int) -> str:
    """Rows of a table in words: "42 cramp episodes", "1,203 drinks" (plurals: the count is
    tr's third argument, so lupdate files each as one a translator gives every form of).
    """
    if name == "cramp_episodes":
        words = text.tr("%Ln cramp episode(s)", None, n)
    elif name == "drinks":
        words = text.tr("%Ln drink(s)", None, n)
    elif name == "routine_sessions":
        words = text.tr("%Ln guided routine(s)", None, n)
    elif name == "breaks":
        words = text.tr("%Ln break(s) from sitting", None, n)
    elif name == "reminder_log":
        words = text.tr("%Ln reminder record(s)", None, n)
    elif name == "medicines":
        words = text.tr("%Ln medicine(s)", None, n)
    elif name == "profile":
        words = text.tr("%Ln health profile answer(s)", None, n)
    elif name == "day_goals":
        # A day's row may say it had no goal: counted as days, never as goals.
        words = text.tr("the water goal of %Ln day(s)", None, n)
    else:
        # A table this window has no words for yet: its name, readably.
        words = text.tr("%Ln record(s) of “%1”", None, n).replace("%1", name.replace("_", " "))
    return words


def counts_text(counts: Mapping[str, int]) -> str:
    """The non-zero counts in words, as in "3 cramp episodes and 12 drinks" ("no records")."""
    names = [name for name in _ordered(counts) if counts[name] > 0]
    if not names:
        return QtCore.QCoreApplication.translate("YourData", "no records")
    parts = [table_count(name, counts[name]) for name in names]
    return QtCore.QLocale().createSeparatedList(parts)


def more_problems(n: int) -> str:
    """The last line of a list of problems cut short."""
    return text.tr("…and %Ln more problem(s).", None, n)


def date_text(day: dt.date, format_type: QtCore.QLocale.FormatType) -> str:
    """A date in the locale's format."""
    return QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), format_type)


def time_text(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """A time of day in the locale's short format."""
    local = instant.astimezone(tz)
    return QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )


def selectable(label: QtWidgets.QLabel) -> QtWidgets.QLabel:
    """Make a label's text selectable by mouse and keyboard (it takes focus then)."""
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def message_label(accessible: str) -> QtWidgets.QLabel:
    """A hidden, selectable label for the outcome of an action."""
    label = selectable(QtWidgets.QLabel())
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def caption(words: str) -> QtWidgets.QLabel:
    """A secondary line of explanation, in the palette's quieter text colour."""
    label = QtWidgets.QLabel(words)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    look.mute(label)
    label.setAccessibleName(words)
    return label


def add_intro(layout: QtWidgets.QVBoxLayout, words: str) -> None:
    """A tab's first lines, saying what it is for, and half a line of space under them."""
    intro = QtWidgets.QLabel(words)
    intro.setWordWrap(True)
    intro.setAccessibleName(words)
    layout.addWidget(intro)
    layout.addSpacing(intro.fontMetrics().lineSpacing() // 2)


class DataTab(QtWidgets.QWidget):
    """A tab of "Your data": shows messages, in red when they are problems.

    Signals:
        grown: A message now needs more room; the window grows to fit it.
    """

    grown = QtCore.Signal()

    def __init__(self, busy: Busy, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = busy
        # Labels that show problems, so a palette change can recolour them.
        self._problem_labels: set[QtWidgets.QLabel] = set()

    def show_message(self, label: QtWidgets.QLabel, words: str, *, problem: bool = False) -> None:
        """Show a message in ``label`` (red if a problem) and tell screen readers."""
        label.setText(words)
        label.setAccessibleDescription(words)
        label.show()
        self.mark_problem(label, problem)
        self.grown.emit()
        QtGui.QAccessible.updateAccessibility(QtGui.QAccessibleAnnouncementEvent(label, words))

    def mark_problem(self, label: QtWidgets.QLabel, problem: bool) -> None:
        """Show ``label`` in the problem red (bold), or in the palette's text colour again."""
        if problem:
            self._problem_labels.add(label)
            self.apply_problem_colour()
        elif label in self._problem_labels:
            self._problem_labels.discard(label)
            label.setPalette(QtGui.QPalette())
            font = label.font()
            font.setBold(False)
            label.setFont(font)

    def apply_problem_colour(self) -> None:
        """Problems in a red that reads well on the current palette, light or dark."""
        # Qt may send a palette change while the tab is being made, before this set exists.
        for label in getattr(self, "_problem_labels", ()):
            palette = label.palette()
            palette.setColor(QtGui.QPalette.ColorRole.WindowText, assets.problem_colour(self))
            label.setPalette(palette)
            font = label.font()
            font.setBold(True)
            label.setFont(font)

    def open_folder(self, folder: Path, message: QtWidgets.QLabel) -> bool:
        """Show ``folder`` in the file manager (a local file URL, nothing on the network).

        If that fails, ``message`` says so.
        """
        opened = QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder)))
        if not opened:
            _log.warning("could not open the folder %s", folder)
            words = QtCore.QCoreApplication.translate(
                "YourData", "Could not open the folder %1."
            ).replace("%1", str(folder))
            self.show_message(message, words, problem=True)
        return opened

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow a switch between light and dark palettes."""
        if event.type() in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.StyleChange):
            self.apply_problem_colour()
        super().changeEvent(event)
