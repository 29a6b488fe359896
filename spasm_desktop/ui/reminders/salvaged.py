"""Telling the person, once and plainly, that a damaged record was salvaged at start-up.

The salvage itself is :mod:`spasm_desktop.storage.salvage`; this says what came back, what
could not be read, where the damaged file is kept, and what to do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from spasm_desktop.storage.salvage import SalvageResult
from spasm_desktop.ui.common import text

# The tables the person knows, in the order they are listed ("state" is the app's own).
KINDS = (
    "drinks",
    "cramp_episodes",
    "reminder_log",
    "breaks",
    "routine_sessions",
    "medicines",
    "profile",
    "day_goals",
)


def kind_count(table: str, n: int) -> str:
    """``n`` rows of ``table`` in words ("212 drinks")."""
    texts: dict[str, Callable[[], str]] = {
        "drinks": lambda: text.tr("%n drink(s)", None, n),
        "cramp_episodes": lambda: text.tr("%n cramp(s)", None, n),
        "reminder_log": lambda: text.tr("%n reminder(s)", None, n),
        "breaks": lambda: text.tr("%n break(s) from sitting", None, n),
        "routine_sessions": lambda: text.tr("%n stretch routine(s)", None, n),
        "medicines": lambda: text.tr("%n medicine(s)", None, n),
        "profile": lambda: text.tr("%n health profile answer(s)", None, n),
        "day_goals": lambda: text.tr("%n day(s) of water goals", None, n),
        "morning_answers": lambda: text.tr("%n morning check-in answer(s)", None, n),
    }
    if table not in texts:  # a table added later without its words: the count and its name
        return f"{QtCore.QLocale().toString(n)} {kind_name(table)}"
    return texts[table]()


def kind_name(table: str) -> str:
    """What the rows of ``table`` are, for "could not be read" ("cramps")."""
    return {
        "drinks": text.tr("drinks"),
        "cramp_episodes": text.tr("cramps"),
        "reminder_log": text.tr("reminders"),
        "breaks": text.tr("breaks from sitting"),
        "routine_sessions": text.tr("stretch routines"),
        "medicines": text.tr("medicines"),
        "profile": text.tr("health profile"),
        "day_goals": text.tr("water goals"),
        "morning_answers": text.tr("morning check-in answers"),
        "state": text.tr("reminder timers"),
    }.get(table, table)


def message(result: SalvageResult) -> str:
    """What happened, what came back, where the damaged file is and what to do."""
    by_name = {t.name: t for t in result.tables}
    recovered = [
        kind_count(name, by_name[name].recovered)
        for name in KINDS
        if name in by_name and by_name[name].recovered
    ]
    parts = [
        text.tr(
            "Your record was damaged (the file on the disk could not be read in full), so "
            "Spasm Desktop made a new one from everything that could still be read."
        ),
        text.tr("Recovered: %1.").replace("%1", ", ".join(recovered))
        if recovered
        else text.tr("Nothing could be read from the damaged file."),
    ]
    missing = [t.name for t in result.tables if not t.complete]
    if missing:
        parts.append(
            text.tr("Some entries could not be read: %1.").replace(
                "%1", ", ".join(kind_name(name) for name in missing)
            )
        )
        parts.append(
            text.tr(
                "A daily backup can bring back what is missing: My record → Your data → "
                "Restore adds only what is not already here."
            )
        )
    else:
        parts.append(text.tr("Everything could be read; nothing was lost."))
    parts.append(
        text.tr("The damaged file is kept, unchanged, at %1.").replace("%1", str(result.kept))
    )
    return "\n\n".join(parts)


def show(result: SalvageResult, parent: QtWidgets.QWidget | None = None) -> QtWidgets.QMessageBox:
    """Show :func:`message` in a message box that does not block the app; return it."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(text.window_title(text.tr("Your record was repaired")))
    box.setText(message(result))
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Ok)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(QtCore.Qt.WindowModality.NonModal)
    box.show()
    return box
