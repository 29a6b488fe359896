"""Opens every window of the real app in the pseudo-language (``scripts/i18n/pseudo.py``) and
prints, as one JSON line, what of each is not translated or is cut: run by
``test_pseudo_language.py`` on a small screen, with the path of the built ``.qm`` as argument.

It reuses ``window_fit_probe.main`` (which opens the windows and measures that each fits the
screen) and adds, per window and for each page of its tabs and of the welcome:

- ``untranslated``: every visible text (labels, buttons, group and tab titles, table headers,
  combo items, item views, window title, tooltips, placeholders, spin box suffixes, accessible
  names) with letters outside the pseudo markers ⟦…⟧ that are neither Qt's own button words
  (translated by Qt's qtbase files), the app's name, the shipped languages' own names, nor the
  locale's day and month names;
- ``cut``: buttons, check boxes and one-line labels narrower than their text, tab bars too
  narrow for their tabs, widgets smaller than their minimum size, and scroll areas whose page
  is wider than they are (it scrolls sideways: its right part is out of view).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from tests.gui import window_fit_probe

OPEN, CLOSE = "⟦", "⟧"
APP_NAMES = ("Spasm Desktop", "Spasm")
#: Texts the probe itself hands to Settings in place of what the running app detects, and the
#: routine name it gives (the app gives the translated name of the routine file).
PROBE_DATA = ("Detecting activity with: X11", "Sound: paplay. Speech: espeak-ng", "Bedtime")
#: Texts Qt's own translation files (qtbase_LANG.qm, loaded by the app) translate.
QT_OWN = ("Show Details...", "Hide Details...")
TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "spasm_desktop.ts"
#: Shipped files whose pseudo translation breaks the file's length rules, so that the app rightly
#: shows them in English (``storage/data_translation.py``): the relief card's quick steps are at
#: most 60 characters, a Learn paragraph at most 400, and most of their English is already
#: close to the limit, so 40% longer cannot fit. Real translations must fit; ``ts_tool check``
#: is where translators hear of it. Their English texts are allowed here.
ENGLISH_FILES = ("data:relief/areas.json", "data:learn/learn.json")


def english_of(contexts: tuple[str, ...]) -> list[str]:
    root = ET.parse(TEMPLATE).getroot()
    found = {
        message.findtext("source") or ""
        for context in root.iter("context")
        if context.findtext("name") in contexts
        for message in context.iter("message")
    }
    return sorted(found - {""}, key=len, reverse=True)


def outside_markers(words: str) -> str:
    """``words`` without its pseudo-language parts (which may hold others: "⟦%1 of ⟦…⟧⟧")."""
    kept = []
    depth = 0
    for char in words:
        if char == OPEN:
            depth += 1
        elif char == CLOSE and depth:
            depth -= 1
        elif not depth:
            kept.append(char)
    return "".join(kept)


def qt_words() -> set[str]:
    """The words of Qt's standard buttons (Qt's own translation files translate them)."""
    found = set()
    buttons = QtWidgets.QDialogButtonBox()
    for value in QtWidgets.QDialogButtonBox.StandardButton:
        if value.value and value.value & (value.value - 1) == 0 and value.value <= 0x8000000:
            button = buttons.addButton(value)
            if button is not None:
                found.add(button.text())
    wizard = QtWidgets.QWizard()
    for which in QtWidgets.QWizard.WizardButton:
        if 0 <= which.value < 7:
            found.add(wizard.buttonText(which))
    found.update(QT_OWN)
    return {re.sub(r"&(?!&)", "", word).strip() for word in found if word}


def locale_words() -> list[str]:
    locale = QtCore.QLocale()
    words = []
    for form in (QtCore.QLocale.FormatType.LongFormat, QtCore.QLocale.FormatType.ShortFormat):
        words += [locale.dayName(day, form) for day in range(1, 8)]
        words += [locale.monthName(month, form) for month in range(1, 13)]
        words += [locale.standaloneMonthName(month, form) for month in range(1, 13)]
    words += [locale.amText(), locale.pmText()]
    return sorted({w for w in words if w}, key=len, reverse=True)


def is_shortcut(words: str) -> bool:
    """A key combination ("Ctrl+3"), whose key names Qt's own translation files translate."""
    native = QtGui.QKeySequence.SequenceFormat.NativeText
    keys = QtGui.QKeySequence(words, native)
    return not keys.isEmpty() and keys.toString(native) == words


class Inspector:
    """Finds the untranslated and the cut texts of a window, page by page."""

    def __init__(self) -> None:
        # The shipped languages are offered under their own names ("Deutsch", "Français"),
        # which no translation changes.
        from spasm_desktop import i18n

        own_names = {i18n.language_name(code) for code in i18n.shipped_languages()}
        self.allowed_whole = qt_words() | set(PROBE_DATA) | own_names
        self.allowed_parts = [*english_of(ENGLISH_FILES), *APP_NAMES, *locale_words()]

    def untranslated(self, words: str) -> bool:
        plain = re.sub(r"&(?!&)", "", words).strip()
        if not plain or plain in self.allowed_whole or is_shortcut(plain):
            return False
        rest = outside_markers(plain)
        for part in self.allowed_parts:
            rest = rest.replace(part, "")
        rest = re.sub(r"\S*[/\\]\S*", "", rest)  # file paths (the person's folders)
        return any(char.isalpha() for char in rest)

    def __call__(self, name: str, window: QtWidgets.QWidget) -> dict[str, object]:
        untranslated: dict[str, str] = {}
        cut: dict[str, str] = {}
        for page in pages(name, window):
            texts, narrow = look(window)
            untranslated.update(
                {f"{page}{path}": words for path, words in texts if self.untranslated(words)}
            )
            cut.update({f"{page}{path}": why for path, why in narrow})
        return {"untranslated": untranslated, "cut": cut}


def pages(name: str, window: QtWidgets.QWidget) -> Iterator[str]:
    """Each page to look at: the window's tabs one by one, each page of the welcome."""
    if isinstance(window, QtWidgets.QWizard):
        window.restart()
        while True:
            window_fit_probe.settle()
            yield f"[page {window.currentId() + 1}] "
            if window.nextId() < 0:
                return
            window.next()
    tabs = [t for t in window.findChildren(QtWidgets.QTabWidget) if t.isVisibleTo(window)]
    if not tabs or name.startswith("settings, tab"):  # the fit probe opens each Settings tab
        yield ""
        return
    first = tabs[0].currentIndex()
    for index in range(tabs[0].count()):
        tabs[0].setCurrentIndex(index)
        window_fit_probe.settle()
        yield f"[tab {index + 1}] "
    tabs[0].setCurrentIndex(first)


def path_of(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> str:
    parts = []
    current: QtWidgets.QWidget | None = widget
    while current is not None:
        label = type(current).__name__
        if current.objectName() and not current.objectName().startswith("qt_"):
            label += f"#{current.objectName()}"
        parts.append(label)
        if current is window:
            break
        current = current.parentWidget()
    return "/".join(reversed(parts))


def plain(words: str) -> str:
    if re.search(r"<[a-zA-Z/!][^<>]*>", words):
        document = QtGui.QTextDocument()
        document.setHtml(words)
        return document.toPlainText()
    return words


def model_texts(view: QtWidgets.QAbstractItemView) -> list[tuple[str, str]]:
    model: QtCore.QAbstractItemModel | None = view.model()  # None for a view without one
    found: list[tuple[str, str]] = []
    if model is None:
        return found
    display = QtCore.Qt.ItemDataRole.DisplayRole
    tip = QtCore.Qt.ItemDataRole.ToolTipRole
    flat = isinstance(model, QtCore.QAbstractListModel)
    columns = 1 if flat else model.columnCount()
    for column in range(columns):
        heading = model.headerData(column, QtCore.Qt.Orientation.Horizontal, display)
        found.append(("header", str(heading or "")))

    def walk(parent: QtCore.QModelIndex) -> None:
        rows = model.rowCount() if flat else model.rowCount(parent)
        for row in range(min(rows, 200)):
            for column in range(columns):
                index = model.index(row, column, parent)
                found.append(("item", str(model.data(index, display) or "")))
                found.append(("item tooltip", str(model.data(index, tip) or "")))
            if isinstance(view, QtWidgets.QTreeView) and not flat:
                walk(model.index(row, 0, parent))

    walk(QtCore.QModelIndex())
    return found


def texts_of(widget: QtWidgets.QWidget) -> list[tuple[str, str]]:
    found = [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName())]
    if isinstance(widget, QtWidgets.QLabel):
        found.append(("text", plain(widget.text())))
    elif isinstance(widget, QtWidgets.QAbstractButton):
        found.append(("text", widget.text()))
    elif isinstance(widget, QtWidgets.QGroupBox):
        found.append(("title", widget.title()))
    elif isinstance(widget, QtWidgets.QTabBar):
        for index in range(widget.count()):
            found.append((f"tab {index + 1}", widget.tabText(index)))
            found.append((f"tab {index + 1} tooltip", widget.tabToolTip(index)))
    elif isinstance(widget, QtWidgets.QComboBox):
        found += [("item", widget.itemText(index)) for index in range(widget.count())]
        line = widget.lineEdit()
        if widget.isEditable() and line is not None:
            found.append(("placeholder", line.placeholderText()))
    elif isinstance(widget, QtWidgets.QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, (QtWidgets.QTextEdit, QtWidgets.QPlainTextEdit)):
        found.append(("placeholder", widget.placeholderText()))
        if widget.isReadOnly():
            found.append(("text", widget.toPlainText()))
    elif isinstance(widget, (QtWidgets.QSpinBox, QtWidgets.QDoubleSpinBox)):
        found += [("prefix", widget.prefix()), ("suffix", widget.suffix())]
        found.append(("special value", widget.specialValueText()))
    if isinstance(widget, QtWidgets.QAbstractItemView):
        found += model_texts(widget)
    return [(what, words) for what, words in found if words]


def least_size(widget: QtWidgets.QWidget) -> QtCore.QSize:
    """The smallest size a layout should give ``widget`` (Qt's qSmartMinSize)."""
    hint, least = widget.sizeHint(), widget.minimumSizeHint()
    policy = widget.sizePolicy()
    shrink = QtWidgets.QSizePolicy.PolicyFlag.ShrinkFlag.value
    ignored = QtWidgets.QSizePolicy.Policy.Ignored
    sizes = []
    for policy_of, hint_of, least_of, set_of in (
        (policy.horizontalPolicy(), hint.width(), least.width(), widget.minimumWidth()),
        (policy.verticalPolicy(), hint.height(), least.height(), widget.minimumHeight()),
    ):
        size = 0
        if policy_of != ignored:
            size = least_of if policy_of.value & shrink else max(hint_of, least_of)
        sizes.append(set_of if set_of > 0 else max(size, 0))
    return QtCore.QSize(*sizes)


def in_layout(widget: QtWidgets.QWidget) -> bool:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return layout is not None and layout.indexOf(widget) >= 0


def narrow(widget: QtWidgets.QWidget) -> str | None:
    """Why ``widget`` shows less than it needs, or None."""
    if isinstance(widget, QtWidgets.QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
        return f"scrolls sideways by {widget.horizontalScrollBar().maximum()}"
    if not in_layout(widget) or isinstance(widget, QtWidgets.QScrollBar):
        return None  # the parts of a spin box, a scroll area or a combo box size themselves
    least = least_size(widget)
    if widget.width() < least.width() or widget.height() < least.height():
        return f"{widget.width()}x{widget.height()} < minimum {least.width()}x{least.height()}"
    needs = widget.sizeHint().width()
    if isinstance(widget, QtWidgets.QPushButton) and widget.text():
        # Its size hint has a least width of its own; the text needs its width and margins.
        style = widget.style()
        drawn = QtWidgets.QPushButton.text(widget)  # a look.WrapButton's lines as drawn
        words = drawn.replace("&&", "\0").replace("&", "").replace("\0", "&")
        room = widget.width() - 2 * style.pixelMetric(style.PixelMetric.PM_ButtonMargin)
        room -= widget.iconSize().width() if not widget.icon().isNull() else 0
        text = max(widget.fontMetrics().horizontalAdvance(line) for line in words.split("\n"))
        if room < text:
            return f"text cut: {text} wide in {room}"
    elif isinstance(widget, QtWidgets.QAbstractButton) and widget.text() and widget.width() < needs:
        return f"text cut: {widget.width()} < {needs}"
    label = isinstance(widget, QtWidgets.QLabel) and widget.text() and not widget.wordWrap()
    if label and widget.pixmap().isNull() and widget.width() < needs:  # type: ignore[attr-defined]
        return f"one-line text cut: {widget.width()} < {needs}"
    if isinstance(widget, QtWidgets.QTabWidget):
        bar = widget.tabBar()
        wanted = sum(bar.tabSizeHint(index).width() for index in range(bar.count()))
        if bar.width() < wanted:
            return f"tabs cut: {bar.width()} < {wanted}"
    return None


def look(window: QtWidgets.QWidget) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The visible texts of ``window`` (path, words) and its cut widgets (path, why)."""
    texts = [(type(window).__name__ + " window title", window.windowTitle())]
    cut = []
    for widget in [window, *window.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        path = path_of(widget, window)
        texts += [(f"{path} ({what})", words) for what, words in texts_of(widget)]
        if widget is not window and (why := narrow(widget)) is not None:
            cut.append((path, why))
    return texts, cut


def main() -> None:
    qm = sys.argv[1]
    inspector: list[Inspector] = []
    translators = []

    def setup(qapp: QtWidgets.QApplication) -> None:
        translator = QtCore.QTranslator(qapp)
        assert translator.load(qm), qm
        qapp.installTranslator(translator)
        translators.append(translator)
        inspector.append(Inspector())

    window_fit_probe.main(setup, lambda name, window: inspector[0](name, window))


if __name__ == "__main__":
    main()
