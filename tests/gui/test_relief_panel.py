"""The quick relief panel, with a fake clock: areas by click and key, side, timer, saving."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import Area, RedFlags, ReliefContent, Tier
from spasm_desktop.storage import relief
from spasm_desktop.ui.common import text
from spasm_desktop.ui.relief import relief_panel
from spasm_desktop.ui.relief.relief_panel import ReliefPanel
from tests.gui.needed import need

CONTENT, PROBLEMS = relief.load_relief()
WALL = dt.datetime(2026, 11, 24, 2, 30, tzinfo=dt.UTC)


def red_flags() -> RedFlags:
    """The built-in red flag list (the test fails if it did not load)."""
    return need(CONTENT.red_flags, "the red flag list")


def flag_text(flag_id: str) -> str:
    """The words of the built-in red flag ``flag_id``."""
    return need(red_flags().get(flag_id), flag_id).text


class Clock:
    """A monotonic clock the test moves by hand (``clock.now += 30``)."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


class MakePanel(Protocol):
    """``make(...)``: a relief panel on a fake clock, its clock, and every episode it saved."""

    def __call__(
        self,
        area: str | None = ...,
        content: ReliefContent = ...,
        pregnant: bool = ...,
        body_map: QtWidgets.QWidget | None = ...,
    ) -> tuple[ReliefPanel, Clock, list[Episode]]: ...


@pytest.fixture
def make(qtbot: QtBot) -> MakePanel:
    def factory(
        area: str | None = None,
        content: ReliefContent = CONTENT,
        pregnant: bool = False,
        body_map: QtWidgets.QWidget | None = None,
    ) -> tuple[ReliefPanel, Clock, list[Episode]]:
        assert PROBLEMS == []
        clock = Clock()
        panel = ReliefPanel(
            content,
            monotonic=clock,
            wall=lambda: WALL,
            pregnant=pregnant,
            body_map=body_map,
        )
        panel.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(panel)
        saved: list[Episode] = []
        panel.episode_changed.connect(saved.append)
        if area is not None:
            panel.choose(area)
        return panel, clock, saved

    return factory


def show_active(qtbot: QtBot, panel: ReliefPanel) -> None:
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is panel)


def test_choose_an_area_by_click_then_a_side(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, saved = make()
    panel.show()
    assert panel.pages.currentWidget() is panel.picker
    QtTest.QTest.mouseClick(panel.area_buttons[Area.CALF], QtCore.Qt.MouseButton.LeftButton)
    assert panel.pages.currentWidget() is panel.side_page
    area_only = saved[-1]
    assert area_only.area == "calf"
    assert area_only.side is None
    QtTest.QTest.mouseClick(panel.side_buttons["left"], QtCore.Qt.MouseButton.LeftButton)
    assert panel.pages.currentWidget() is panel.card
    assert panel.card.card_title.text() == "Cramp: Calf, left"
    with_side = saved[-1]
    assert with_side.side == "left"
    assert "towel" in panel.card.area_steps.text()


def test_choose_by_number_key_and_skip_the_side(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, saved = make()
    show_active(qtbot, panel)
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_2)
    assert panel.area is Area.FOOT
    assert panel.pages.currentWidget() is panel.side_page
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_S)
    assert panel.pages.currentWidget() is panel.card
    assert panel.card.card_title.text() == "Cramp: Foot and toes"
    assert saved[-1].side is None


def test_unsided_areas_skip_the_side_question(make: MakePanel) -> None:
    panel, _clock, saved = make(area="neck")
    assert panel.pages.currentWidget() is panel.card
    assert saved[-1].area == "neck"
    assert saved[-1].side is None


def test_all_over_goes_straight_to_the_emergency_advice(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, saved = make()
    show_active(qtbot, panel)
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_A)
    assert panel.pages.currentWidget() is panel.emergency
    labels = " ".join(w.text() for w in panel.emergency.findChildren(QtWidgets.QLabel))
    assert "call your local emergency number" in labels
    assert panel.emergency_advice.text() == flag_text("all-over")
    assert saved[-1].area == "all_over"
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_Escape)  # back: it was one area after all
    assert panel.pages.currentWidget() is panel.picker
    assert panel.isVisible()


def test_timer_and_the_ten_minute_advice(make: MakePanel) -> None:
    panel, clock, _saved = make(area="hamstring")
    panel.choose_side("right")
    panel.show()
    clock.now += 95
    panel._tick()
    assert panel.timer_label.text() == "1:35"
    assert not panel.card.ten_minutes.isVisibleTo(panel)
    panel.started_earlier(120)
    assert panel.timer_label.text() == "3:35"
    clock.now += 60 * 7 - 35
    panel._tick()
    assert panel.timer_label.text() == "10:00"
    assert panel.card.ten_minutes.isVisibleTo(panel)
    assert "10 minutes" in panel.card.ten_minutes.text()
    assert panel._timer.isActive()
    panel.hide()
    assert not panel._timer.isActive()  # nothing ticks while nothing is on screen


def test_its_over_saves_exactly_one_episode_and_the_form_saves_as_you_go(make: MakePanel) -> None:
    panel, clock, saved = make(area="calf")
    panel.choose_side("left")
    panel.started_earlier(60)
    clock.now += 30
    panel.over()
    uids = {e.uid for e in saved}
    assert len(uids) == 1
    episode = saved[-1]
    assert (episode.area, episode.side, episode.duration_s) == ("calf", "left", 90)
    assert episode.started == WALL - dt.timedelta(seconds=60)
    assert panel.pages.currentWidget() is panel.form
    panel.severity.set_value(7)
    panel.choices["feelings"]["knot"].setChecked(True)
    panel.choices["context"]["asleep"].setChecked(True)
    panel.choices["helped"]["stretch"].setChecked(True)
    last = saved[-1]
    assert (last.severity, last.feelings, last.context, last.helped) == (
        7,
        ("knot",),
        ("asleep",),
        ("stretch",),
    )
    assert last.duration_s == 90
    assert {e.uid for e in saved} == uids
    clock.now += 1000
    panel.close()  # closing after "it's over" keeps its length
    assert saved[-1].duration_s == 90


def test_closing_mid_way_saves_the_episode(make: MakePanel) -> None:
    panel, clock, saved = make(area="belly")
    clock.now += 200
    panel.close()
    assert saved[-1].area == "belly"
    assert saved[-1].duration_s == 200


def test_opened_by_mistake_is_not_an_episode_but_a_real_wait_is(make: MakePanel) -> None:
    panel, clock, saved = make()
    clock.now += 5
    panel.close()
    assert saved == []
    panel, clock, saved = make()
    clock.now += 60
    panel.close()
    assert saved[-1].area is None
    assert saved[-1].duration_s == 60


def test_red_flags_are_on_the_card_in_four_tiers_from_the_one_list(make: MakePanel) -> None:
    panel, _clock, _saved = make(area="hand")
    panel.choose_side("left")
    texts = " ".join(w.text() for w in panel.card.findChildren(QtWidgets.QLabel))
    for flag in red_flags().flags:
        assert flag.text in texts
    for tier in Tier:
        assert panel.card.tier_labels[tier].text() == text.tier_heading(tier)
    # The hand card names its red flag (arms or belly: tier 2) under its heading.
    shown = panel.card.card_flags.text()
    assert shown.startswith(text.tier_heading(Tier.TODAY))
    assert flag_text("arms-belly") in shown
    assert panel.card.card_flags.isVisibleTo(panel)


def test_chest_goes_straight_to_the_emergency_screen_by_key_button_and_picture(
    make: MakePanel, qtbot: QtBot
) -> None:
    from spasm_desktop.ui.relief.body_map import BodyMap

    chest = flag_text("chest")
    panel, _clock, saved = make()
    show_active(qtbot, panel)
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_0)
    assert panel.pages.currentWidget() is panel.emergency
    assert panel.emergency_title.text() == text.tier_heading(Tier.EMERGENCY)
    assert panel.emergency_advice.text() == chest
    assert "heart attack" in chest
    assert saved[-1].area == "chest"
    panel, _clock, saved = make()
    panel.area_buttons[Area.CHEST].click()
    assert panel.pages.currentWidget() is panel.emergency
    assert saved[-1].area == "chest"
    picture = BodyMap()
    panel, _clock, saved = make(body_map=picture)
    region = next(r for r in picture.regions if r.area == "chest")
    picture.resize(400, 400)
    point = picture.view_transform(region.view).map(region.centre)
    assert picture.region_at(point) is region
    QtTest.QTest.mouseClick(picture, QtCore.Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert panel.pages.currentWidget() is panel.emergency
    assert saved[-1].area == "chest"


def test_arm_opens_its_card_with_the_tier_2_sign(make: MakePanel) -> None:
    panel, _clock, saved = make(area="arm")
    assert panel.pages.currentWidget() is panel.side_page
    panel.choose_side("right")
    assert panel.card.card_title.text() == "Cramp: Arm, right"
    assert saved[-1].area == "arm"
    assert "press palm and fingers flat" in panel.card.area_steps.text()
    shown = panel.card.card_flags.text()
    assert text.tier_heading(Tier.TODAY) in shown
    assert flag_text("arms-belly") in shown
    assert flag_text("chest") in shown  # and chest pain: the emergency


@pytest.mark.parametrize("broken", ["missing", "not json"])
def test_without_the_red_flag_list_the_minimal_emergency_line_shows(
    make: MakePanel, tmp_path: Path, broken: str
) -> None:
    folder = relief.relief_folder()
    for name in ("universal.json", "areas.json"):
        (tmp_path / name).write_text(folder.joinpath(name).read_text("utf-8"), "utf-8")
    if broken == "not json":
        (tmp_path / "red_flags.json").write_text("{", "utf-8")
    content, problems = relief.load_relief(tmp_path)
    assert content.red_flags is None
    assert problems
    panel, _clock, _saved = make(content=content)
    panel.show()
    minimal = text.minimal_emergency()
    assert "chest pain" in minimal
    assert "emergency number" in minimal
    assert text.minimal_emergency() in panel.disclaimer.text()
    panel.choose("calf")
    panel.choose_side("left")
    box = " ".join(w.text() for w in panel.card.red_flags_area.findChildren(QtWidgets.QLabel))
    assert minimal in box
    assert text.flags_not_loaded() in box
    assert panel.card.red_line.text() == minimal
    assert panel.card.red_line.isVisibleTo(panel)
    panel.card.warning_signs.click()
    assert panel.card.red_flags_area.isVisibleTo(panel)
    panel.started_earlier(600)
    assert panel.card.ten_minutes.isVisibleTo(panel)
    assert text.flags_not_loaded() in panel.card.ten_minutes.text()
    panel.choose("chest")
    assert panel.pages.currentWidget() is panel.emergency
    assert panel.emergency_title.text() == minimal


def test_every_relief_file_broken_still_opens_a_working_panel(
    make: MakePanel, tmp_path: Path
) -> None:
    content, problems = relief.load_relief(tmp_path)  # an empty folder
    assert len(problems) == 3
    assert not content.cards
    assert content.red_flags is None
    panel, clock, saved = make(content=content)
    panel.choose("calf")
    assert panel.pages.currentWidget() is panel.card
    assert "could not be loaded" in panel.card.steps_label.text()
    clock.now += 30
    panel.over()
    assert saved[-1].area == "calf"
    assert saved[-1].duration_s == 30


def test_pregnancy_shows_its_cautions(make: MakePanel) -> None:
    panel, _clock, _saved = make(area="belly", pregnant=True)
    assert not panel.card.pregnancy_label.isVisibleTo(panel)  # under "More that helps"
    panel.card.more_button.click()
    assert panel.card.pregnancy_label.isVisibleTo(panel)
    words = panel.card.pregnancy_label.text()
    assert "Acetaminophen (paracetamol)" in words
    assert "ibuprofen" in words
    assert "midwife or doctor" in panel.card.warnings_label.text()
    assert panel.card.warnings_label.isVisibleTo(panel)
    panel, _clock, _saved = make(area="belly")
    panel.card.more_button.click()
    assert not panel.card.pregnancy_label.isVisibleTo(panel)
    assert "midwife" not in panel.card.warnings_label.text()


def test_heat_steps_carry_the_numb_skin_caution(make: MakePanel) -> None:
    caution = CONTENT.numb_skin[0].text
    panel, _clock, _saved = make(area="back")
    panel.card.more_button.click()  # the heat steps are under "More that helps"
    assert panel.card.card_numb_skin.isVisibleTo(panel)
    assert caution in panel.card.card_numb_skin.text()
    panel, _clock, _saved = make(area="hamstring")
    panel.choose_side("left")
    panel.card.more_button.click()
    assert not panel.card.card_numb_skin.isVisibleTo(panel)  # no heat step on this card
    texts = " ".join(w.text() for w in panel.card.findChildren(QtWidgets.QLabel))
    assert caution in texts  # still under the heat and cold rules


def test_stretch_button_asks_for_the_area_routine_on_the_chosen_side(
    make: MakePanel, qtbot: QtBot
) -> None:
    panel, _clock, _saved = make(area="quadriceps")
    panel.choose_side("right")
    with qtbot.waitSignal(panel.stretch_requested) as blocker:
        panel.card.stretch_button.click()
    assert blocker.args == ["relief-quadriceps", "right"]


def test_every_control_is_named_and_large(make: MakePanel) -> None:
    panel, _clock, _saved = make()
    for button in panel.findChildren(QtWidgets.QPushButton):
        assert button.accessibleName(), button.text()
    height = panel.fontMetrics().height()
    assert all(b.minimumHeight() >= 2 * height for b in panel.area_buttons.values())
    assert panel.font().pointSizeF() > QtWidgets.QApplication.font().pointSizeF()


def test_fits_in_1280_by_720(make: MakePanel) -> None:
    panel, _clock, _saved = make(area="calf")
    panel.choose_side("left")
    panel.resize(1280, 720)
    panel.show()
    assert panel.minimumSizeHint().width() <= 1280
    assert panel.minimumSizeHint().height() <= 720
    assert relief_panel.TEN_MINUTES_S == 600


def test_side_keys(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, saved = make()
    show_active(qtbot, panel)
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_1)
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_R)
    assert panel.pages.currentWidget() is panel.card
    assert saved[-1].side == "right"


def test_area_given_at_opening(qtbot: QtBot) -> None:
    panel = ReliefPanel(CONTENT, area="back")
    qtbot.addWidget(panel)
    assert panel.pages.currentWidget() is panel.card
    assert panel.episode.area == "back"


def test_digits_typed_later_do_not_change_the_area(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, saved = make(area="neck")
    show_active(qtbot, panel)
    panel.over()
    assert panel.severity.hasFocus()
    QtTest.QTest.keyClicks(panel.severity, "7")
    assert panel.area is Area.NECK
    assert panel.pages.currentWidget() is panel.form
    assert saved[-1].severity == 7


def test_started_ten_minutes_ago_by_keyboard_shows_the_advice_at_once(
    make: MakePanel, qtbot: QtBot
) -> None:
    panel, _clock, saved = make(area="neck")
    show_active(qtbot, panel)
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_0, QtCore.Qt.KeyboardModifier.AltModifier)
    assert panel.timer_label.text() == "10:00"
    assert panel.card.ten_minutes.isVisibleTo(panel)
    assert saved[-1].started == WALL - dt.timedelta(minutes=10)


def test_card_keys(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, saved = make(area="back")
    show_active(qtbot, panel)
    asked = []
    panel.stretch_requested.connect(lambda routine, side: asked.append(routine))
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_T)
    assert asked == ["relief-back"]
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_O)
    assert panel.pages.currentWidget() is panel.form
    assert saved[-1].duration_s is not None


def test_focus_starts_on_the_first_area_button_then_the_picture(qtbot: QtBot) -> None:
    from spasm_desktop.ui.relief.body_map import BodyMap

    picture = BodyMap()
    panel = ReliefPanel(CONTENT, body_map=picture)
    qtbot.addWidget(panel)
    show_active(qtbot, panel)
    assert panel.area_buttons[Area.CALF].hasFocus()
    chosen: list[Episode] = []
    panel.episode_changed.connect(chosen.append)
    picture.area_chosen.emit("hand", "right")
    assert panel.area is Area.HAND
    assert panel.side == "right"
    assert panel.pages.currentWidget() is panel.card


def test_stretch_with_the_side_skipped_does_both_sides(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, _saved = make(area="calf")
    panel.choose_side(None)
    with qtbot.waitSignal(panel.stretch_requested) as blocker:
        panel.card.stretch_button.click()
    assert blocker.args == ["relief-calf", "both"]


def test_the_two_later_tiers_are_folded_under_their_headings(make: MakePanel) -> None:
    panel, _clock, _saved = make(area="neck")
    panel.show()
    panel.card.warning_signs.click()
    for tier in (Tier.EMERGENCY, Tier.TODAY):
        assert tier not in panel.card.fold_buttons
    soon = panel.card.fold_buttons[Tier.SOON]
    assert soon.text() == text.tier_heading(Tier.SOON)
    assert soon.isVisibleTo(panel)
    assert soon.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
    signs = next(
        w
        for w in panel.card.red_flags_area.findChildren(QtWidgets.QLabel)
        if flag_text("wake-at-night") in w.text()
    )
    assert not signs.isVisibleTo(panel)
    soon.click()
    assert signs.isVisibleTo(panel)
    panel.card.unfold_tiers()
    assert all(b.isChecked() for b in panel.card.fold_buttons.values())


# --- the 10-second rule, Undo, the pain buttons -------------------------------------------------


def test_esc_within_ten_seconds_of_picking_an_area_drops_it(make: MakePanel, qtbot: QtBot) -> None:
    panel, clock, saved = make()
    dropped: list[str] = []
    panel.episode_dropped.connect(dropped.append)
    show_active(qtbot, panel)
    clock.now += 30  # the panel was open a while before the area was picked
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_1)
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_L)
    assert saved[-1].area == "calf"
    clock.now += 3
    assert panel.mistaken()
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert dropped == [saved[-1].uid]
    count = len(saved)
    panel.close()
    assert len(saved) == count  # nothing saved after the drop


def test_closing_within_ten_seconds_drops_it_too_but_not_after(make: MakePanel) -> None:
    panel, clock, saved = make(area="neck")
    dropped: list[str] = []
    panel.episode_dropped.connect(dropped.append)
    clock.now += 9.5
    panel.close()
    assert dropped == [saved[-1].uid]
    panel, clock, saved = make(area="neck")
    panel.episode_dropped.connect(dropped.append)
    clock.now += 10
    panel.close()
    assert len(dropped) == 1
    assert saved[-1].duration_s == 10


def test_doing_something_within_ten_seconds_is_not_a_mistake(make: MakePanel, qtbot: QtBot) -> None:
    for act in ("earlier", "stretch"):
        panel, clock, saved = make(area="back")
        dropped: list[str] = []
        panel.episode_dropped.connect(dropped.append)
        if act == "earlier":
            panel.started_earlier(120)
        else:
            panel.card.stretch_button.click()
        clock.now += 2
        assert not panel.mistaken()
        panel.close()
        assert dropped == []
        assert saved[-1].area == "back"


def test_the_emergency_screen_is_never_dropped(make: MakePanel, qtbot: QtBot) -> None:
    panel, clock, saved = make(area="chest")
    dropped: list[str] = []
    panel.episode_dropped.connect(dropped.append)
    clock.now += 2
    panel.close()
    assert dropped == []
    assert saved[-1].area == "chest"


def test_esc_after_ten_seconds_saves_and_offers_undo_with_the_side(
    make: MakePanel, qtbot: QtBot
) -> None:
    panel, clock, saved = make(area="calf")
    dropped: list[str] = []
    panel.episode_dropped.connect(dropped.append)
    panel.choose_side("right")
    show_active(qtbot, panel)
    clock.now += 45
    QtTest.QTest.keyClick(panel, QtCore.Qt.Key.Key_Escape)
    assert panel.isVisible()
    assert panel.pages.currentWidget() is panel.form
    assert (saved[-1].area, saved[-1].side, saved[-1].duration_s) == ("calf", "right", 45)
    assert panel.saved_label.text() == "Saved: Calf, right, 0:45."
    assert panel.undo_button.isVisibleTo(panel)
    assert panel.undo_button.accessibleName()
    QtTest.QTest.keyClick(
        panel.severity, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert dropped == [saved[-1].uid]
    assert not panel.isVisible()


def test_the_close_button_after_ten_seconds_shows_what_was_saved_first(
    make: MakePanel, qtbot: QtBot
) -> None:
    panel, clock, saved = make(area="calf")
    panel.choose_side("left")
    panel.show()
    clock.now += 20
    event = QtGui.QCloseEvent()
    event.setAccepted(True)
    # A close from the window's button is spontaneous (sent by the window system).
    QtWidgets.QApplication.sendEvent(panel.windowHandle(), event)
    assert panel.isVisible()
    assert panel.pages.currentWidget() is panel.form
    assert saved[-1].duration_s == 20
    assert "Calf, left" in panel.saved_label.text()
    panel.close()
    assert not panel.isVisible()
    assert saved[-1].duration_s == 20


def test_undo_after_its_over_forgets_the_cramp(make: MakePanel) -> None:
    panel, clock, saved = make(area="foot")
    dropped: list[str] = []
    panel.episode_dropped.connect(dropped.append)
    panel.choose_side("left")
    clock.now += 5
    panel.over()  # "It's over" at 5 s is a real, short cramp: saved
    assert dropped == []
    assert saved[-1].duration_s == 5
    panel.undo_button.click()
    assert dropped == [saved[-1].uid]


def test_pain_is_rated_with_large_buttons_and_keys(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, saved = make(area="neck")
    show_active(qtbot, panel)

    def last_severity() -> int | None:
        return saved[-1].severity

    panel.over()
    scale = panel.severity
    assert scale.hasFocus()
    assert scale.value() == -1
    assert len(scale.buttons) == 11
    height = panel.fontMetrics().height()
    assert all(b.minimumHeight() >= 2 * height for b in scale.buttons)
    assert all(b.accessibleName() for b in scale.buttons)
    assert scale.accessibleName()
    scale.buttons[6].click()
    assert last_severity() == 6
    assert scale.buttons[6].isChecked()
    QtTest.QTest.keyClick(scale, QtCore.Qt.Key.Key_Right)
    assert last_severity() == 7
    assert scale.accessibleDescription() == "7 out of 10"
    QtTest.QTest.keyClick(scale, QtCore.Qt.Key.Key_Left)
    QtTest.QTest.keyClick(scale, QtCore.Qt.Key.Key_Left)
    assert last_severity() == 5
    QtTest.QTest.keyClicks(scale, "10")
    assert last_severity() == 10
    QtTest.QTest.keyClick(scale, QtCore.Qt.Key.Key_3)
    assert last_severity() == 3
    QtTest.QTest.keyClick(scale, QtCore.Qt.Key.Key_Home)
    assert last_severity() == 0
    QtTest.QTest.keyClick(scale, QtCore.Qt.Key.Key_End)
    assert last_severity() == 10
    QtTest.QTest.keyClick(scale, QtCore.Qt.Key.Key_Delete)
    assert last_severity() is None
    assert not any(b.isChecked() for b in scale.buttons)
    assert panel.area is Area.NECK  # digits never change the area here


# --- the card: what is on it, for a screen reader too ------------------------------------------


def test_the_card_has_big_steps_a_drawing_for_the_side_and_one_stretch_button(qtbot: QtBot) -> None:
    panel = ReliefPanel(CONTENT, drawings={Area.CALF: "seated-towel-calf"})
    qtbot.addWidget(panel)
    panel.choose("calf", "right")
    card = panel.card
    assert card.steps_text().splitlines() == list(CONTENT.cards[Area.CALF].quick)
    assert [n.text() for n, _step in card.step_labels] == ["1.", "2.", "3.", "4."]
    assert card.drawing.isVisibleTo(panel)
    assert card.drawing.mirrored
    assert card.stretch_button.text() == "Guided stretch, right side (T)"
    assert card.stretch_button.accessibleName() == "Guided stretch, right side"
    panel.choose("calf", "left")
    assert panel.card is card
    card = panel.card  # read again: the drawing changed with the side
    assert not card.drawing.mirrored
    panel.choose("neck")
    assert not card.drawing.isVisibleTo(panel)  # no drawing given for the neck
    assert card.stretch_button.text() == "Guided stretch (T)"


def test_the_red_line_shows_the_top_emergency_signs_and_unfolds_to_the_four_tiers(
    make: MakePanel, qtbot: QtBot
) -> None:
    panel, _clock, _saved = make(area="neck")
    panel.show()
    card = panel.card
    line = card.red_line.text()
    for flag in red_flags().headline():
        assert flag.short in line
    assert card.red_line.isVisibleTo(panel)
    assert not card.red_flags_area.isVisibleTo(panel)
    card.warning_signs.setFocus()
    QtTest.QTest.keyClick(card.warning_signs, QtCore.Qt.Key.Key_Space)
    assert card.red_flags_area.isVisibleTo(panel)
    emergency = card.tier_labels[Tier.EMERGENCY]
    assert emergency.isVisibleTo(panel)
    # The neck's own emergency sign (tetanus) is on the card without unfolding anything.
    assert flag_text("tetanus") in card.card_flags.text()
    assert card.card_flags.isVisibleTo(panel)


def test_more_that_helps_unfolds_by_keyboard(make: MakePanel, qtbot: QtBot) -> None:
    panel, _clock, _saved = make(area="calf")
    panel.choose_side("left")
    show_active(qtbot, panel)
    more = panel.card.more_button
    assert not panel.card.area_steps.isVisibleTo(panel)
    more.setFocus()
    QtTest.QTest.keyClick(more, QtCore.Qt.Key.Key_Return)
    assert panel.card.area_steps.isVisibleTo(panel)
    assert "towel or sheet looped" in panel.card.area_steps.text()  # every step of the card
    assert panel.card.card_numb_skin.isVisibleTo(panel)  # beside the heat steps


def test_labels_keep_their_text_for_a_screen_reader(make: MakePanel) -> None:
    panel, _clock, _saved = make(area="belly")
    for shown in panel.findChildren(QtWidgets.QLabel):
        assert shown.accessibleName() == "", (shown.text(), shown.accessibleName())
    for control in panel.findChildren(QtWidgets.QAbstractButton):
        assert control.accessibleName() or control.text(), control


def test_with_room_to_spare_the_steps_grow(make: MakePanel) -> None:
    panel, _clock, _saved = make(area="calf")
    panel.choose_side("left")
    panel.show()
    step = panel.card.step_labels[0][1]
    panel.resize(700, 380)
    small = step.font().pointSizeF()
    assert panel.card.growth == 1.0
    panel.resize(1200, 900)
    assert panel.card.growth > 1.2
    assert step.font().pointSizeF() > small * 1.2
    panel.choose("calf", "right")  # a new card keeps the size
    assert panel.card.step_labels[0][1].font().pointSizeF() > small * 1.2


@pytest.mark.parametrize(
    ("highlight", "text_colour"),
    [("#308cc6", "#ffffff"), ("#7fb8ff", "#ffffff"), ("#ffd54f", "#000000")],
)
def test_the_primary_button_reads_at_aa_contrast_in_any_theme(
    qtbot: QtBot, highlight: str, text_colour: str
) -> None:
    import re

    from PySide6 import QtGui

    from spasm_desktop.ui.relief import relief_parts

    button = QtWidgets.QPushButton("Guided stretch")
    qtbot.addWidget(button)
    palette = button.palette()
    palette.setColor(QtGui.QPalette.ColorRole.Highlight, QtGui.QColor(highlight))
    palette.setColor(QtGui.QPalette.ColorRole.HighlightedText, QtGui.QColor(text_colour))
    button.setPalette(palette)
    relief_parts.primary(button)
    fill, shown = need(
        re.search(r"background-color: (#\w+); color: (#\w+)", button.styleSheet())
    ).groups()
    assert shown == text_colour
    assert relief_parts.contrast(QtGui.QColor(fill), QtGui.QColor(shown)) >= 4.5
    assert relief_parts.contrast(QtGui.QColor("#ffffff"), QtGui.QColor("#000000")) == pytest.approx(
        21
    )
