"""The Learn window: short, sourced sections about cramps, a risk checklist, and when to get help.

One scrollable page with a table of contents on the left (arrow keys move through it and the page
follows; Enter moves the focus into the page). The red flags are the relief panel's own list
(:meth:`ReliefContent.flags`), never a copy, under the four tier headings of CONTENT.md §5.1
(:func:`text.tier_heading`). A section that names a tier (``"red_flags": "soon"``) shows it, and
the tiers no section names are shared out so that every tier is on the page once (see
:func:`_section_tiers`). When the list can't be read, each of these sections shows the built-in
emergency line and a note instead. Every
section ends with its sources in small type, and the disclaimer is at the top of the page.

The window keeps no state of its own: ticking the checklist emits ``checklist_changed`` with the
ticked ids, and the app saves them.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets

from spasm_desktop.core.learn import LearnContent, Section
from spasm_desktop.core.relief import ReliefContent, Tier
from spasm_desktop.ui.common import assets, look, text
from spasm_desktop.ui.common.roles import Role, set_role


def _merge(*parts: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in parts:
        for sid in part:
            seen.setdefault(sid, None)
    return tuple(seen)


def _section_tiers(content: LearnContent) -> dict[str, tuple[Tier, ...]]:
    """The tiers each red-flag section shows, so that every tier is on the page exactly once.

    A section shows the tier it names; a tier no section names goes to the section of the next
    less urgent named tier (or, past the last, of the previous one): with the shipped sections
    "When to see a provider" (soon) shows today, soon and next visit, and "When to go to the
    emergency room" the emergency tier.
    """
    owners: dict[Tier, str] = {}
    for section in content.sections:
        if section.red_flags is not None:
            owners.setdefault(section.red_flags, section.id)
    if not owners:
        return {}
    order = list(Tier)
    found: dict[str, list[Tier]] = {section_id: [] for section_id in owners.values()}
    for index, tier in enumerate(order):
        later = [t for t in order[index:] if t in owners]
        earlier = [t for t in order[:index] if t in owners]
        owner = owners[later[0]] if later else owners[earlier[-1]]
        found[owner].append(tier)
    return {section_id: tuple(tiers) for section_id, tiers in found.items()}


class _ClickLabel(QtWidgets.QLabel):
    """The wrapping text of a check box: a click on it ticks the box, as on the box's own text."""

    def __init__(self, label: str, box: QtWidgets.QCheckBox) -> None:
        super().__init__(label)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setBuddy(box)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        """Tick or untick the box."""
        if event.button() is QtCore.Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._box.click()
            self._box.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class LearnWindow(QtWidgets.QWidget):
    """The Learn window.

    Signals:
        checklist_changed(object): the frozenset of ticked checklist ids (the app saves it).
    """

    checklist_changed = QtCore.Signal(object)

    def __init__(
        self,
        content: LearnContent,
        relief_content: ReliefContent | None,
        checklist: set[str] | frozenset[str],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.relief_content = relief_content
        self.setWindowTitle(text.window_title(self.tr("Learn about cramps")))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("Learn about cramps"))
        # The tiers each red-flag section shows (see the module's docstring).
        self.section_tiers = _section_tiers(content)
        # The heading label of each tier shown.
        self.tier_labels: dict[Tier, QtWidgets.QLabel] = {}
        # The check box of each checklist id.
        self.checks: dict[str, QtWidgets.QCheckBox] = {}
        # The widget of each section, by id.
        self.section_widgets: dict[str, QtWidgets.QWidget] = {}
        # The red-flag texts shown for each tier (as given by the relief content).
        self.shown_flags: dict[Tier, tuple[str, ...]] = {}
        self.copy_button: QtWidgets.QPushButton | None = None
        self.print_button: QtWidgets.QPushButton | None = None
        self._jumping = False

        self.toc = QtWidgets.QListWidget()
        self.toc.setAccessibleName(self.tr("Contents"))
        self.toc.setAccessibleDescription(
            self.tr("Choose a section to jump to it; press Enter to read it")
        )
        self.toc.setSizeAdjustPolicy(
            QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )
        self.toc.setWordWrap(True)
        self.toc.setMaximumWidth(max(200, self.fontMetrics().horizontalAdvance("M") * 18))

        page = QtWidgets.QWidget()
        page.setAccessibleName(self.tr("Learn page"))
        self.page_layout = QtWidgets.QVBoxLayout(page)
        self.page_layout.setSpacing(self.fontMetrics().height())
        title = self._heading(self.tr("Learn about cramps"), look.Level.TITLE)
        self.page_layout.addWidget(title)
        self.disclaimer = self._label(
            text.disclaimer(relief_content.red_flags if relief_content is not None else None)
        )
        self.disclaimer.setAccessibleDescription(self.tr("Disclaimer"))
        self.disclaimer.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.disclaimer.setMargin(self.fontMetrics().height() // 2)
        self.page_layout.addWidget(self.disclaimer)
        for section in content.sections:
            widget = self._build_section(section, checklist)
            self.section_widgets[section.id] = widget
            self.page_layout.addWidget(widget)
            item = QtWidgets.QListWidgetItem(text.data(section.title))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, section.id)
            self.toc.addItem(item)
        self.page_layout.addStretch(1)

        self.page_area = QtWidgets.QScrollArea()
        self.page_area.setWidget(page)
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setAccessibleName(self.tr("Learn page"))
        self.page_area.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.page_area.verticalScrollBar().valueChanged.connect(self._follow_scroll)

        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(self.toc)
        layout.addWidget(self.page_area, 1)

        self.toc.currentRowChanged.connect(self._jump)
        self.toc.itemActivated.connect(self._enter_section)
        close = QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        self.setTabOrder(self.toc, self.page_area)
        metrics = self.fontMetrics()  # at most the screen (windows.show_in_front)
        self.resize(metrics.averageCharWidth() * 125, metrics.lineSpacing() * 40)

    # --- building ---------------------------------------------------------------------------

    def _heading(self, value: str, level: look.Level) -> QtWidgets.QLabel:
        """A heading at ``level`` of the app's one type scale."""
        factor, bold = look.TYPE_SCALE[level]
        label = self._label(value, factor, bold)
        set_role(label, Role.HEADING)
        return label

    def _label(self, value: str, factor: float = 1.0, bold: bool = False) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(value)
        label.setWordWrap(True)
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        if factor != 1.0 or bold:
            label.setFont(look.scaled(self.font(), factor, bold))
        return label

    def _caution(self, value: str) -> QtWidgets.QLabel:
        """A safety line: bold, in a frame, read first in its section."""
        label = self._label(value, bold=True)
        label.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        label.setMargin(self.fontMetrics().height() // 2)
        label.setAccessibleName(self.tr("Caution: %1").replace("%1", value))
        return label

    def _build_section(
        self, section: Section, checklist: set[str] | frozenset[str]
    ) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        box.setAccessibleName(text.data(section.title))
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = self._heading(text.data(section.title), look.Level.SECTION)
        layout.addWidget(heading)
        for caution in section.cautions:
            layout.addWidget(self._caution(text.data(caution.text)))
        for paragraph in section.paragraphs:
            layout.addWidget(self._label(text.data(paragraph.text)))
        flag_ids: tuple[str, ...] = ()
        if section.red_flags is not None:
            flag_ids = self._add_flags(layout, self.section_tiers.get(section.id, ()))
        if section.checklist:
            layout.addWidget(
                self._label(self.tr("Tick the ones you do. Your ticks stay on this computer."))
            )
            for item in section.checklist:
                layout.addLayout(self._check_row(item.id, text.data(item.text), checklist))
        if section.bullets:
            bullets = self._label("\n".join(f"• {text.data(b.text)}" for b in section.bullets))
            bullets.setAccessibleDescription(text.data(section.title))
            layout.addWidget(bullets)
        questions = self.content.question_sections()
        if questions and section is questions[-1]:
            # Under the last list of questions: copy and print take both lists.
            layout.addLayout(self._question_buttons())
        ids = _merge(section.source_ids(), flag_ids)
        note = text.data(section.source_note)
        if ids:
            line = self.tr("Sources: %1 [%2]").replace("%1", note).replace("%2", ", ".join(ids))
        else:
            line = self.tr("Sources: %1").replace("%1", note)
        source = self._label(line, 0.85)
        source.setAccessibleDescription(self.tr("Sources"))
        layout.addWidget(source)
        return box

    def _add_flags(self, layout: QtWidgets.QVBoxLayout, tiers: tuple[Tier, ...]) -> tuple[str, ...]:
        flags = self.relief_content.red_flags if self.relief_content is not None else None
        if flags is None:
            line = self._label(text.minimal_emergency(), bold=True)
            line.setAccessibleDescription(self.tr("Emergency"))
            self._colour(line, assets.tier_colour(Tier.EMERGENCY, self))
            layout.addWidget(line)
            layout.addWidget(self._label(text.flags_not_loaded()))
            for tier in tiers:
                self.shown_flags[tier] = ()
            return ()
        ids: list[tuple[str, ...]] = []
        for tier in tiers:
            group = flags.tier(tier)
            self.shown_flags[tier] = tuple(f.text for f in group)
            heading = self._heading(text.tier_heading(tier), look.Level.SUBSECTION)
            self._colour(heading, assets.tier_colour(tier, self))
            self.tier_labels[tier] = heading
            layout.addWidget(heading)
            if text.tier_detail(tier):
                layout.addWidget(self._label(text.tier_detail(tier)))
            label = self._label(text.red_flag_lines(group), bold=tier is Tier.EMERGENCY)
            self._colour(label, assets.tier_colour(tier, self) if tier is Tier.EMERGENCY else None)
            label.setAccessibleDescription(text.tier_heading(tier))
            layout.addWidget(label)
            ids += [f.ids for f in group]
        return _merge(*ids)

    @staticmethod
    def _colour(label: QtWidgets.QLabel, colour: QtGui.QColor | None) -> None:
        if colour is not None:
            palette = label.palette()
            palette.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)

    def _check_row(
        self, item_id: str, label: str, checklist: set[str] | frozenset[str]
    ) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        box = QtWidgets.QCheckBox()
        box.setAccessibleName(label)
        box.setChecked(item_id in checklist)
        box.toggled.connect(self._ticked)
        self.checks[item_id] = box
        row.addWidget(box, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        row.addWidget(_ClickLabel(label, box), 1)
        return row

    def _question_buttons(self) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        self.copy_button = QtWidgets.QPushButton(self.tr("&Copy questions"))
        self.copy_button.setAccessibleName(self.tr("Copy the questions to the clipboard"))
        self.copy_button.clicked.connect(self.copy_questions)
        self.print_button = QtWidgets.QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the questions"))
        self.print_button.clicked.connect(self.print_questions)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        return row

    # --- actions ----------------------------------------------------------------------------

    def ticked(self) -> frozenset[str]:
        """Return the ticked checklist ids."""
        return frozenset(i for i, box in self.checks.items() if box.isChecked())

    def _ticked(self, _checked: bool) -> None:
        self.checklist_changed.emit(self.ticked())

    def questions_text(self) -> str:
        """The lists of questions (the person's, then the provider's), as plain text.

        Each list is under its title, with a blank line between the lists.
        """
        blocks = []
        for section in self.content.question_sections():
            lines = [text.data(section.title), ""]
            lines += [f"- {text.data(b.text)}" for b in section.bullets]
            blocks.append("\n".join(lines) + "\n")
        return "\n".join(blocks)

    def copy_questions(self) -> None:
        """Put the questions on the clipboard."""
        QtGui.QGuiApplication.clipboard().setText(self.questions_text())

    def print_questions(self) -> None:
        """Ask for a printer, then print the questions."""
        printer = QtPrintSupport.QPrinter()
        dialog = QtPrintSupport.QPrintDialog(printer, self)
        dialog.setWindowTitle(text.window_title(self.tr("Print the questions")))
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        document = QtGui.QTextDocument()
        document.setDefaultFont(self.font())
        document.setPlainText(self.questions_text())
        document.print_(printer)

    def jump_to(self, section_id: str) -> None:
        """Scroll so that the section ``section_id`` starts at the top of the page."""
        widget = self.section_widgets.get(section_id)
        if widget is None:
            return
        self.page_layout.activate()  # the sections' places, even before the first paint
        self._jumping = True
        try:
            # The first section goes to the very top, so the title and disclaimer show too.
            first = next(iter(self.section_widgets.values())) is widget
            self.page_area.verticalScrollBar().setValue(0 if first else widget.y())
        finally:
            self._jumping = False

    def _jump(self, row: int) -> None:
        item = self.toc.item(row)
        if item is not None:
            self.jump_to(str(item.data(QtCore.Qt.ItemDataRole.UserRole)))

    def _enter_section(self, item: QtWidgets.QListWidgetItem) -> None:
        section_id = str(item.data(QtCore.Qt.ItemDataRole.UserRole))
        self.jump_to(section_id)
        widget = self.section_widgets[section_id]
        # The section's first control if it has one (the checklist, the buttons), else the page.
        target = next(
            (
                w
                for w in widget.findChildren(QtWidgets.QAbstractButton)
                if w.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus
            ),
            None,
        )
        (target or self.page_area).setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _follow_scroll(self, value: int) -> None:
        """Keep the contents list on the section at the top of the page."""
        if self._jumping:
            return
        row = 0
        for index, widget in enumerate(self.section_widgets.values()):
            if widget.y() <= value + self.fontMetrics().height():
                row = index
        if self.toc.currentRow() != row:
            self.toc.blockSignals(True)
            self.toc.setCurrentRow(row)
            self.toc.blockSignals(False)
