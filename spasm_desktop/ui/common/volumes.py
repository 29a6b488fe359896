"""Volumes and water texts shared by Settings, the welcome, the profile, Today and the tray.

Volume spin boxes in ml or fl oz; the suggested daily goals; and the texts of a clinician-set
fluid limit, which is a ceiling and never a target (CONTENT.md §7a, §3.3).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import reminders, units, volume_box
from spasm_desktop.core.settings import Settings, WaterSettings
from spasm_desktop.ui.common import text
from spasm_desktop.ui.common.flow import FlowRow

# Volume fields shown in the chosen unit: key -> (INT_BOUNDS field, ml step, fl oz step).
VOLUMES = volume_box.VOLUMES


def show_in_unit(
    spin: QtWidgets.QDoubleSpinBox, key: str, unit: units.VolumeUnit, ml: float
) -> None:
    """Show ``ml`` in ``spin`` in ``unit``, with that field's bounds, step and suffix."""
    # Rounded inwards in fl oz, so that every value shown converts back inside the bounds.
    shown = volume_box.box(key, unit)
    spin.setDecimals(shown.decimals)
    spin.setRange(shown.minimum, shown.maximum)
    spin.setSingleStep(shown.step)
    if unit is units.VolumeUnit.ML:
        spin.setSuffix(text.tr(" ml", "suffix of a volume"))
    else:
        spin.setSuffix(text.tr(" fl oz", "suffix of a volume"))
    spin.setValue(units.rounded(ml, unit))


def one_line(ml: float, unit: units.VolumeUnit) -> str:
    """Format a volume in ``unit``, kept on one line."""
    return text.volume(ml, unit).replace(" ", "\N{NO-BREAK SPACE}")


# --- water texts: a goal of one's own, or a clinician's limit (a ceiling, never a target) ------

# Suggested daily goals (CONTENT.md §3.1, offered as guidance only, §3.2): the NHS's 6 to 8
# glasses a day [S19], shown as 8 glasses of 250 ml, and the US National Academies' drinks share
# of the adequate intake, about 2.2 L for women and 3.0 L for men [S17].
NHS_GLASSES = 8
NHS_GLASS_ML = 250
GUIDE_WOMEN_ML = 2200
GUIDE_MEN_ML = 3000
SUGGESTED_GOALS_ML = (NHS_GLASSES * NHS_GLASS_ML, GUIDE_WOMEN_ML, GUIDE_MEN_ML)


def goal_guide(unit: units.VolumeUnit) -> str:
    """Where the suggested goals come from, and that needs vary (CONTENT.md §3.1)."""
    return (
        text.tr(
            "Needs vary with activity, climate and diet. As a guide, the NHS says 6 to 8 glasses "
            "a day; the US National Academies say about %1 from drinks for women and %2 for men."
        )
        .replace("%1", one_line(GUIDE_WOMEN_ML, unit))
        .replace("%2", one_line(GUIDE_MEN_ML, unit))
    )


class VolumeFields(QtCore.QObject):
    """The volume spin boxes of a window (glass, goal, limit): shown in a chosen unit, kept in
    millilitres.

    Only the person's edits change the millilitres behind a box: switching the unit back and
    forth never changes a value that was not edited. Settings and the welcome both use one.

    Signals:
        edited(str): the person changed the volume of this key (or picked a suggested goal).
    """

    edited = QtCore.Signal(str)

    def __init__(
        self, ml: dict[str, int], unit: units.VolumeUnit, parent: QtCore.QObject | None = None
    ) -> None:
        """Start with ``ml`` (key -> millilitres, keys of :data:`VOLUMES`) shown in ``unit``."""
        super().__init__(parent)
        self._ml = dict(ml)
        self._unit = unit
        self._showing = False
        self.spins: dict[str, QtWidgets.QDoubleSpinBox] = {}

    @property
    def unit(self) -> units.VolumeUnit:
        """The unit the volumes are shown in."""
        return self._unit

    def ml(self, key: str) -> int:
        """The volume of ``key`` in millilitres."""
        return self._ml[key]

    def spin(self, key: str, accessible: str) -> QtWidgets.QDoubleSpinBox:
        """A new spin box for ``key`` (object name ``water_<key>``), shown in the unit."""
        spin = QtWidgets.QDoubleSpinBox()
        spin.setObjectName(f"water_{key}")
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(lambda value, key=key: self._on_edited(key, value))
        self.spins[key] = spin
        self._show(key)
        return spin

    def set_unit(self, unit: units.VolumeUnit) -> None:
        """Show every volume in ``unit`` without changing the millilitres behind them."""
        self._unit = unit
        for key in self.spins:
            self._show(key)

    def pick_goal(self, ml: int, goal_check: QtWidgets.QCheckBox) -> None:
        """A suggested goal was pressed: it becomes the daily goal (still editable), ticked."""
        self._ml["goal"] = ml
        self._show("goal")
        goal_check.setChecked(True)
        self.edited.emit("goal")

    def _show(self, key: str) -> None:
        showing, self._showing = self._showing, True
        try:
            show_in_unit(self.spins[key], key, self._unit, self._ml[key])
        finally:
            self._showing = showing

    def _on_edited(self, key: str, value: float) -> None:
        if self._showing:
            return
        self._ml[key] = units.from_unit(value, self._unit)
        self.edited.emit(key)


class GoalSuggestions(QtWidgets.QWidget):
    """Fills in a suggested daily goal (nothing is chosen until one is picked).

    A row of buttons, or with ``compact`` one "Suggestions" button with a menu (Settings, where
    the window must stay small); the menu's entries name their source in full.

    Signals:
        picked(int): the goal in ml the person picked.
    """

    picked = QtCore.Signal(int)

    def __init__(self, parent: QtWidgets.QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("goal_suggestions")
        self.setAccessibleName(text.tr("Suggested daily goals"))
        row = FlowRow(self)  # wraps rather than widen the page past a small screen
        self.compact = compact
        self.buttons: dict[int, QtWidgets.QPushButton] = {}
        self.menu_actions: dict[int, QtGui.QAction] = {}
        self.menu_button: QtWidgets.QPushButton | None = None
        if compact:
            self.menu_button = QtWidgets.QPushButton(text.tr("Suggestions"))
            self.menu_button.setObjectName("suggest_menu")
            self.menu_button.setAccessibleName(text.tr("Suggested daily goals"))
            self.menu_button.setAutoDefault(False)
            menu = QtWidgets.QMenu(self.menu_button)
            menu.setAccessibleName(text.tr("Suggested daily goals"))
            self.menu_button.setMenu(menu)
            row.addWidget(self.menu_button)
        for ml in SUGGESTED_GOALS_ML:
            if compact:
                assert self.menu_button is not None
                menu_of = self.menu_button.menu()
                assert menu_of is not None
                action = menu_of.addAction("")
                action.setObjectName(f"suggest_{ml}")
                action.triggered.connect(lambda _=False, chosen=ml: self.picked.emit(chosen))
                self.menu_actions[ml] = action
            else:
                button = QtWidgets.QPushButton()
                button.setObjectName(f"suggest_{ml}")
                button.clicked.connect(lambda _=False, chosen=ml: self.picked.emit(chosen))
                row.addWidget(button)
                self.buttons[ml] = button
        self.set_unit(units.VolumeUnit.ML)

    def set_unit(self, unit: units.VolumeUnit) -> None:
        """Show the suggested volumes in ``unit``."""
        nhs = NHS_GLASSES * NHS_GLASS_ML
        labels = {
            nhs: (
                text.tr("8 glasses (%1)"),
                text.tr("Use the NHS guide as my goal: 8 glasses, %1 a day"),
                text.tr("NHS: 6 to 8 glasses a day (8 glasses: %1)"),
            ),
            GUIDE_WOMEN_ML: (
                text.tr("%1 (women)"),
                text.tr("Use the US guide for women as my goal: %1 a day"),
                text.tr("US National Academies, women: about %1 a day from drinks"),
            ),
            GUIDE_MEN_ML: (
                text.tr("%1 (men)"),
                text.tr("Use the US guide for men as my goal: %1 a day"),
                text.tr("US National Academies, men: about %1 a day from drinks"),
            ),
        }
        for ml, (label, accessible, entry) in labels.items():
            amount = one_line(ml, unit)
            if ml in self.menu_actions:
                self.menu_actions[ml].setText(entry.replace("%1", amount))
            else:
                self.buttons[ml].setText(label.replace("%1", amount))
                self.buttons[ml].setAccessibleName(accessible.replace("%1", amount))
        if self.menu_button is not None:
            self.menu_button.setToolTip(goal_guide(unit))


def total_line(
    water_today_ml: int, water: WaterSettings, goal_ml: int | None, unit: units.VolumeUnit
) -> str:
    """Today's water in one line: against a fluid limit, against a goal, or the total alone."""
    total = text.volume(water_today_ml, unit)
    if water.fluid_limit_ml is not None:
        return (
            text.tr("%1 logged today. Your fluid limit: %2 a day.")
            .replace("%1", total)
            .replace("%2", text.volume(water.fluid_limit_ml, unit))
        )
    if goal_ml is None:
        return text.tr("%1 today").replace("%1", total)
    return text.tr("%1 of %2 today").replace("%1", total).replace("%2", text.volume(goal_ml, unit))


def limit_note(settings: Settings, water_today_ml: int) -> str:
    """A calm note as today's total nears or reaches the fluid limit (empty otherwise).

    CONTENT.md §7a: "a gentle note when the total nears the limit"; never a nudge to drink.
    """
    level = reminders.limit_level(settings, water_today_ml)
    if level is reminders.LimitLevel.REACHED:
        return text.tr("You have reached the limit your clinician set for today.")
    if level is reminders.LimitLevel.NEAR:
        return text.tr("You are close to the limit your clinician set for today.")
    return ""


def log_only_note() -> str:
    """What a fluid limit changes (Today, Settings, the welcome) [S18, S22, S23, S24]."""
    return text.tr(
        "With a fluid limit, the app never asks you to drink and sets no goal. Log what you "
        "drink to see your total against your limit."
    )


def heart_kidney_question() -> str:
    """The question asked when heart or kidney disease is ticked (CONTENT.md §3.3, §7a)."""
    return text.tr("Has a doctor or nurse told you to limit how much you drink each day?")


def heart_kidney_why() -> str:
    """Why the question matters [S22, S23, S24]: plain words, no advice beyond the sources."""
    return text.tr(
        "With heart or kidney problems, drinking too much can be harmful. Many people with heart "
        "failure are told to keep to about 1.5 liters a day; advice differs from person to "
        "person. If you have a limit, tick the box and enter it."
    )
