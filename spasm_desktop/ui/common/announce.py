"""Saying a change out loud to a screen reader: Qt's accessibility announcement.

On Linux, Qt's AT-SPI bridge sends it as the ``object:announcement`` event with the message and
its politeness; on Windows it becomes a UI Automation notification, on macOS an announcement.
Use it for changes the person must hear without moving focus (a new phase of a stretch), never
for what changes every second.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui

#: How urgent an announcement is: polite waits for the screen reader to finish speaking,
#: assertive interrupts it.
Politeness = QtGui.QAccessible.AnnouncementPoliteness


def announce(source: QtCore.QObject, message: str, urgent: bool = False) -> None:
    """Have a running screen reader say ``message``, sent from ``source`` (the widget that
    changed). Nothing happens when no assistive technology is listening."""
    if not message or not QtGui.QAccessible.isActive():
        return
    event = QtGui.QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(Politeness.Assertive if urgent else Politeness.Polite)
    QtGui.QAccessible.updateAccessibility(event)
