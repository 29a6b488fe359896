"""The routine editor's exercise library: every exercise by name, to find and add to a routine.

:class:`ExerciseLibrary` filters by name or muscle as the person types (the translated and the
file's words), and asks for the selected exercise to be added with its button, a double click or
Enter (in the list or in the search field).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import routine as rt
from spasm_desktop.ui.common import text

_EXERCISE_ROLE = QtCore.Qt.ItemDataRole.UserRole


class ExerciseLibrary(QtWidgets.QWidget):
    """The exercises, sorted by name, with a search field and an Add button.

    Signals:
        add_requested(): the person asked to add :meth:`current_exercise`.
    """

    add_requested = QtCore.Signal()

    def __init__(self, exercises: Mapping[str, rt.Exercise]) -> None:
        """List ``exercises``; the first is selected."""
        super().__init__()
        self._exercises = exercises
        self._room = True
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        metrics = self.fontMetrics()

        self.filter_edit = QtWidgets.QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setAccessibleName(self.tr("Find exercises by name or muscle"))
        self.filter_edit.setPlaceholderText(self.tr("Name or muscle"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.installEventFilter(self)

        self.library_list = QtWidgets.QListWidget(self)
        self.library_list.setObjectName("library")
        self.library_list.setAccessibleName(self.tr("Exercise library"))
        self.library_list.setAccessibleDescription(
            self.tr("Enter adds the selected exercise after the selected step.")
        )
        self.library_list.installEventFilter(self)
        ordered = sorted(exercises.values(), key=lambda e: text.data(e.name).casefold())
        # Wide enough for the longest name, so no name is cut off.
        widest = max((metrics.horizontalAdvance(text.data(e.name)) for e in ordered), default=0)
        scroll_bar = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        self.library_list.setMinimumWidth(
            max(widest, metrics.averageCharWidth() * 28)
            + scroll_bar
            + metrics.averageCharWidth() * 3
        )
        self.library_list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for exercise in ordered:
            item = QtWidgets.QListWidgetItem(text.data(exercise.name))
            item.setData(_EXERCISE_ROLE, exercise.id)
            muscles = ", ".join(text.data(m) for m in exercise.muscles)
            item.setToolTip(muscles)
            self.library_list.addItem(item)
        if self.library_list.count():
            self.library_list.setCurrentRow(0)
        self.library_list.itemDoubleClicked.connect(lambda _item: self.add_requested.emit())

        label = QtWidgets.QLabel(self.tr("E&xercises"), self)
        label.setBuddy(self.library_list)
        column.addWidget(label)
        filter_row = QtWidgets.QHBoxLayout()
        filter_label = QtWidgets.QLabel(self.tr("&Find"), self)
        filter_label.setBuddy(self.filter_edit)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        column.addLayout(filter_row)
        column.addWidget(self.library_list, 1)

        # The steps are on the left, so the arrow points there (translators of right-to-left
        # languages turn it round).
        self.add_button = QtWidgets.QPushButton(self.tr("◂ &Add"), self)
        self.add_button.setObjectName("add")
        self.add_button.setAccessibleName(self.tr("Add the exercise after the selected step"))
        self.add_button.clicked.connect(self.add_requested)
        add_row = QtWidgets.QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        column.addLayout(add_row)

    def current_exercise(self) -> str | None:
        """The id of the selected exercise (None if none, or hidden by the search)."""
        item = self.library_list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(_EXERCISE_ROLE))

    def focus_chain(self) -> list[QtWidgets.QWidget]:
        """The controls in the order Tab visits them."""
        return [self.filter_edit, self.library_list, self.add_button]

    def set_room(self, room: bool) -> None:
        """Whether the routine has room for another step (Add is enabled only then)."""
        self._room = room
        self._update_button()

    def _update_button(self) -> None:
        self.add_button.setEnabled(self.current_exercise() is not None and self._room)

    def _apply_filter(self, query: str) -> None:
        words = query.casefold().split()
        first_shown: QtWidgets.QListWidgetItem | None = None
        for index in range(self.library_list.count()):
            item = self.library_list.item(index)
            exercise = self._exercises[str(item.data(_EXERCISE_ROLE))]
            haystack = " ".join(
                [item.text(), exercise.name, *exercise.muscles, *map(text.data, exercise.muscles)]
            ).casefold()
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.library_list.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self.library_list.setCurrentItem(first_shown)
        self._update_button()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Enter in the list or the search field adds; Down in the search field goes to the list."""
        if event.type() != QtCore.QEvent.Type.KeyPress or not isinstance(event, QtGui.QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        if watched is self.library_list and enter:
            self.add_requested.emit()  # and not Save, which Enter would press otherwise
            return True
        if watched is self.filter_edit:
            if key == QtCore.Qt.Key.Key_Down:
                self.library_list.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
                return True
            if enter:
                self.add_requested.emit()
                return True
        return super().eventFilter(watched, event)
