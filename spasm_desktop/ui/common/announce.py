"""Saying a change out loud to a screen reader, in two ways at once.

1. Qt's accessibility announcement. On Linux, Qt's AT-SPI bridge sends it as the
   ``object:announcement`` event with the message and its politeness; on Windows it becomes a
   UI Automation notification, on macOS an announcement. Screen readers newer than Orca 43 read
   it.
2. For Orca 43 (Debian 12), which does not listen to ``object:announcement`` at all: a small
   widget in the same window with the notification role, whose name is the message, shown
   afresh for each message. Orca 43 speaks a notification as it appears ("Notification, Hold,
   Left leg …"), the way it speaks the desktop's own notifications. It takes no room, no focus
   and no clicks. Orca reads the name when it gets round to the event, so a window keeps a few
   of these in turn: a second message right after the first does not rename the first before
   Orca has read it.

``scripts/orca-check.sh`` runs Orca 43 against the app and prints what it says for each change.
Use this for changes the person must hear without moving focus (a new phase of a stretch), never
for what changes every second.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.ui.common.roles import Role, set_role

#: How urgent an announcement is: polite waits for the screen reader to finish speaking,
#: assertive interrupts it.
Politeness = QtGui.QAccessible.AnnouncementPoliteness

#: The object name of the notification widgets in a window (made when needed).
ANNOUNCER_NAME = "screen-reader-announcer"

#: How many notification widgets a window takes in turn.
ANNOUNCERS_PER_WINDOW = 4


class Announcer(QtWidgets.QWidget):
    """The notification a screen reader sees appear for each message; nothing on the screen."""

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(ANNOUNCER_NAME)
        set_role(self, Role.NOTIFICATION)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(0, 0, 0, 0)
        self.used = 0  # when it last spoke, in messages of its window
        self.hide()

    def say(self, message: str, turn: int) -> None:
        """Have the screen reader speak ``message``; ``turn`` is the window's message count."""
        self.used = turn
        self.hide()
        self.setAccessibleName(message)
        self.show()  # Qt sends object:state-changed:showing; Orca speaks the notification
        self.lower()


def announcer_for(source: QtCore.QObject) -> tuple[Announcer, int] | None:
    """The notification widget of ``source``'s window whose turn it is (made on first use) and
    the number of its turn, or None when ``source`` is not a widget.
    """
    if not isinstance(source, QtWidgets.QWidget):
        return None
    window = source.window()
    found = window.findChildren(
        Announcer, ANNOUNCER_NAME, QtCore.Qt.FindChildOption.FindDirectChildrenOnly
    )
    turn = max((a.used for a in found), default=0) + 1
    if len(found) < ANNOUNCERS_PER_WINDOW:
        return Announcer(window), turn
    return min(found, key=lambda a: a.used), turn


def announce(source: QtCore.QObject, message: str, urgent: bool = False) -> None:
    """Have a running screen reader say ``message``, sent from ``source`` (the widget that
    changed). Nothing happens when no assistive technology is listening.
    """
    if not message or not QtGui.QAccessible.isActive():
        return
    event = QtGui.QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(Politeness.Assertive if urgent else Politeness.Polite)
    QtGui.QAccessible.updateAccessibility(event)
    found = announcer_for(source)
    if found is not None:
        found[0].say(message, found[1])
