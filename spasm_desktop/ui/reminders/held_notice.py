"""What the person is told when they quit while records could not be saved."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets

from spasm_desktop.ui.common import text


def held_message(count: int, kept: Path | None) -> tuple[str, str]:
    """The title and text: what happened, what it means, what to do."""
    if kept is not None:
        body = text.tr(
            "Spasm Desktop could not save %n record(s) before quitting, because the records "
            "database can't be written to right now.",
            None,
            count,
        )
        body += " " + text.tr(
            "Nothing is lost: they are kept in the file %1 and will be added to your records "
            "the next time Spasm Desktop starts. Please leave that file where it is."
        ).replace("%1", str(kept))
        return text.tr("Some records are kept for later"), body
    body = text.tr(
        "Spasm Desktop could not save %n record(s) before quitting: neither the records "
        "database nor any folder for a recovery file can be written to, so they are lost.",
        None,
        count,
    )
    body += " " + text.tr(
        "Check that the disk is not full or read-only before you start Spasm Desktop again."
    )
    return text.tr("Some records could not be saved"), body


def tell_kept(count: int, kept: Path | None, error: str) -> None:
    """Say, in a message box, where the held records were kept (or that they are lost)."""
    kept_box(count, kept, error).exec()


def kept_box(count: int, kept: Path | None, error: str) -> QtWidgets.QMessageBox:
    """The message box of :func:`tell_kept`, not shown yet."""
    title, body = held_message(count, kept)
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information
        if kept is not None
        else QtWidgets.QMessageBox.Icon.Warning,
        text.window_title(title),
        body,
        QtWidgets.QMessageBox.StandardButton.Ok,
    )
    if error:
        box.setDetailedText(error)
    return box
