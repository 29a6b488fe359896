"""Accessible roles that Qt's widgets do not take by themselves: a label that is a heading, and
the notification ``announce`` shows for screen readers that do not hear Qt's announcement.

A widget asks for one with ``set_role``; one factory (``QAccessible.installFactory``, put in
place on first use) gives such a widget an interface with that role. A heading keeps its
visible text as its name, so nothing is hidden, and screen readers list it among the headings.
"""

from __future__ import annotations

import enum

from PySide6 import QtCore, QtGui, QtWidgets

#: The property of a widget that names the role it asks for (a ``Role`` value).
ROLE_PROPERTY = "accessible_role"


class Role(enum.Enum):
    """The accessible roles a widget can ask for that Qt's widgets do not have by themselves."""

    HEADING = "heading"
    NOTIFICATION = "notification"


_QT_ROLE = {
    Role.HEADING: QtGui.QAccessible.Role.Heading,
    Role.NOTIFICATION: QtGui.QAccessible.Role.Notification,
}


def set_role(widget: QtWidgets.QWidget, role: Role) -> None:
    """Have ``widget`` show itself to assistive technology with ``role`` (a heading label, the
    announcer's notification). Call it right after making the widget.
    """
    _install()
    widget.setProperty(ROLE_PROPERTY, role.value)
    # Qt may already have made the widget's usual interface (with the accessibility bridge on,
    # a label makes one as soon as it has text): drop it from Qt's cache, and the next one
    # comes from the factory below.
    made = QtGui.QAccessible.queryAccessibleInterface(widget)
    if made is not None and made.role() != _QT_ROLE[role]:
        QtGui.QAccessible.deleteAccessibleInterface(QtGui.QAccessible.uniqueId(made))


def role_of(widget: QtCore.QObject) -> Role | None:
    """Return the role ``widget`` asks for (None: none)."""
    value = widget.property(ROLE_PROPERTY)
    return Role(value) if isinstance(value, str) and value in {r.value for r in Role} else None


class _WithRole(QtWidgets.QAccessibleWidget):
    """A widget's interface with another role; a label's name stays its text."""

    def __init__(self, widget: QtWidgets.QWidget, role: Role) -> None:
        super().__init__(widget, _QT_ROLE[role])
        self._widget = widget

    def text(self, kind: QtGui.QAccessible.Text) -> str:
        widget = self._widget
        if kind == QtGui.QAccessible.Text.Name:
            if widget.accessibleName():
                return widget.accessibleName()
            if isinstance(widget, QtWidgets.QLabel):
                return widget.text()
            return ""
        if kind == QtGui.QAccessible.Text.Description:
            return widget.accessibleDescription()
        return super().text(kind)


def _factory(_key: str, obj: QtCore.QObject | None) -> QtGui.QAccessibleInterface | None:
    if isinstance(obj, QtWidgets.QWidget):
        role = role_of(obj)
        if role is not None:
            return _WithRole(obj, role)
    return None


#: The application the factory was installed for: Qt forgets factories installed before its
#: application object exists, so it is installed on first use, once per application.
_installed_for: list[QtCore.QCoreApplication] = []


def _install() -> None:
    app = QtCore.QCoreApplication.instance()
    if app is not None and not any(known is app for known in _installed_for):
        QtGui.QAccessible.installFactory(_factory)
        _installed_for[:] = [app]
