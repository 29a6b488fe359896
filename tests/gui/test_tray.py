"""Tests for the tray menu and tooltip, with a tray icon that is never shown (offscreen Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import units
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings, WaterSettings
from spasm_desktop.core.sitting import Presence
from spasm_desktop.ui.common import text
from spasm_desktop.ui.reminders.tray import TrayMenu, TrayState
from tests.fakes import BERLIN

K = ReminderKind
Reason = QtWidgets.QSystemTrayIcon.ActivationReason


class RecordingTray(QtWidgets.QSystemTrayIcon):
    """A real tray icon (never shown) that records the balloon messages."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, int]] = []

    def showMessage(  # type: ignore[override]
        self, title: str, body: str, icon: object, msecs: int = 10000
    ) -> None:
        self.messages.append((title, body, msecs))


@pytest.fixture
def tray(qtbot: QtBot) -> Iterator[RecordingTray]:
    icon = RecordingTray()
    yield icon
    icon.deleteLater()


def make_menu(qtbot: QtBot, tray: QtWidgets.QSystemTrayIcon) -> TrayMenu:
    menu = TrayMenu(tray)
    qtbot.addWidget(menu.menu)
    return menu


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)


def state(
    settings: Settings | None = None,
    *,
    dues: dict[ReminderKind, dt.datetime] | None = None,
    paused_until: dt.datetime | None = None,
    pending: bool = False,
    water_today_ml: int = 750,
    warning: str = "",
    at: dt.datetime | None = None,
) -> TrayState:
    return TrayState(
        dues if dues is not None else {},
        paused_until,
        pending,
        water_today_ml,
        settings if settings is not None else Settings(),
        BERLIN,
        warning,
        now=at if at is not None else now(),
    )


def short_time(instant: dt.datetime) -> str:
    local = instant.astimezone(BERLIN)
    return QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )


def ml(value: int) -> str:
    return f"{QtCore.QLocale().toString(value)} ml"


def top_action(menu: TrayMenu, label: str) -> QtGui.QAction:
    menu.refresh_menu()
    for action in menu.menu.actions():
        if action.text().replace("&", "") == label:
            return action
    raise AssertionError(f"no {label!r} in {[a.text() for a in menu.menu.actions()]}")


def submenu_actions(menu: TrayMenu, label: str) -> list[QtGui.QAction]:
    sub = top_action(menu, label).menu()
    assert isinstance(sub, QtWidgets.QMenu)
    return [a for a in sub.actions() if not a.isSeparator()]


# --- tooltip ----------------------------------------------------------------------------------


def test_tooltip_lists_next_times_and_water(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    base = now()
    dues = {
        K.WATER: base + dt.timedelta(minutes=10),
        K.STRETCH: base + dt.timedelta(minutes=25),
        K.MOVE: base + dt.timedelta(minutes=40),
        K.BEDTIME: base + dt.timedelta(minutes=55),
    }
    menu.update(state(GOAL_2L, dues=dues, water_today_ml=750))
    tip = tray.toolTip()
    assert tip == menu.tooltip()
    lines = tip.split("\n")
    assert lines[0] == "Spasm Desktop"
    for kind, due in dues.items():
        line = next(x for x in lines if x.startswith(text.kind_name(kind) + ": "))
        assert short_time(due) in line
    assert f"Water today: {ml(750)} of {ml(2000)}" in lines
    assert not any(x.startswith("Paused until") for x in lines)


def test_tooltip_counts_days_from_the_state_not_the_wall_clock(
    qtbot: QtBot, tray: RecordingTray
) -> None:
    menu = make_menu(qtbot, tray)
    at = dt.datetime(2001, 3, 5, 21, 0, tzinfo=BERLIN)  # a Monday evening, long ago
    dues = {
        K.WATER: at + dt.timedelta(hours=1),  # Monday 22:00
        K.STRETCH: at + dt.timedelta(hours=12),  # Tuesday 09:00
        K.MOVE: at + dt.timedelta(days=2),  # Wednesday 21:00
    }
    menu.update(state(dues=dues, at=at))
    lines = menu.tooltip().split("\n")
    weekday = QtCore.QLocale().dayName(3, QtCore.QLocale.FormatType.ShortFormat)
    assert f"Water: {short_time(dues[K.WATER])}" in lines
    assert f"Stretch: tomorrow {short_time(dues[K.STRETCH])}" in lines
    assert f"Move: {weekday} {short_time(dues[K.MOVE])}" in lines


def test_tooltip_before_any_state(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    assert menu.tooltip() == "Spasm Desktop"


def test_tooltip_shows_pause_and_warning(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    until = now() + dt.timedelta(hours=1)
    menu.update(state(paused_until=until, warning="Records can't be saved"))
    lines = tray.toolTip().split("\n")
    paused = next(x for x in lines if x.startswith("Paused until "))
    assert short_time(until) in paused
    assert lines[-1] == "Records can't be saved"


GOAL_2L = Settings(water=WaterSettings(goal_ml=2000))


def test_tooltip_water_line_follows_goal_limit_and_unit(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    # No goal (the default): just the total.
    menu.update(state(water_today_ml=300))
    assert f"Water today: {ml(300)}" in tray.toolTip().split("\n")
    # A fluid limit: the total against the limit, never a goal (CONTENT.md §7a).
    settings = Settings(water=WaterSettings(goal_ml=2000, fluid_limit_ml=1500))
    menu.update(state(settings, water_today_ml=0))
    lines = tray.toolTip().split("\n")
    assert f"Water today: {ml(0)} (your limit: {ml(1500)})" in lines
    assert not any("of" in line and "Water" in line for line in lines)
    oz = dataclasses.replace(GOAL_2L, unit=units.VolumeUnit.FL_OZ)
    menu.update(state(oz, water_today_ml=500))
    fl = units.VolumeUnit.FL_OZ
    line = f"Water today: {text.volume(500, fl)} of {text.volume(2000, fl)}"
    assert line in tray.toolTip().split("\n")
    assert "fl oz" in line


@pytest.mark.parametrize(
    ("total", "note"),
    [
        (1000, None),
        (1250, "You are close to the limit your clinician set for today."),
        (1600, "You have reached the limit your clinician set for today."),
    ],
)
def test_tooltip_and_menu_note_the_limit_calmly(
    qtbot: QtBot, tray: RecordingTray, total: int, note: str | None
) -> None:
    settings = Settings(water=WaterSettings(fluid_limit_ml=1500))
    menu = make_menu(qtbot, tray)
    menu.update(state(settings, water_today_ml=total))
    lines = tray.toolTip().split("\n")
    water = lines.index(f"Water today: {ml(total)} (your limit: {ml(1500)})")
    texts = menu.action_texts()
    if note is None:
        assert not any("limit your clinician set" in line for line in lines)
    else:
        assert lines[water + 1] == note
        assert note in texts


def test_hot_day_is_off_and_says_why_with_a_fluid_limit(qtbot: QtBot, tray: RecordingTray) -> None:
    settings = Settings(water=WaterSettings(goal_ml=2000, fluid_limit_ml=1500))
    menu = make_menu(qtbot, tray)
    # Even a hot day marked before the limit was set raises nothing and offers nothing.
    menu.update(dataclasses.replace(state(settings), water_goal_ml=2500, hot_day=True))
    assert "2,500" not in tray.toolTip()
    assert "2500" not in tray.toolTip()
    hot = top_action(menu, "Hot day: off, your fluid limit comes first")
    assert not hot.isEnabled()
    assert not hot.isCheckable()
    assert "fluid limit" in hot.toolTip()
    with qtbot.assertNotEmitted(menu.hot_day_toggled):
        hot.trigger()
    assert not any(a.text().startswith("&Hot day or workout") for a in menu.menu.actions())


def test_icon_follows_the_state(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    assert tray.icon().isNull()
    menu.update(state())
    assert not tray.icon().isNull()
    active = tray.icon().cacheKey()
    menu.update(state(pending=True))
    due = tray.icon().cacheKey()
    menu.update(state(paused_until=now() + dt.timedelta(hours=1), pending=True))
    paused = tray.icon().cacheKey()
    assert len({active, due, paused}) == 3


# --- menu -------------------------------------------------------------------------------------


def test_menu_is_the_tray_context_menu(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    assert tray.contextMenu() is menu.menu
    assert menu.menu.accessibleName()


def status_actions(menu: TrayMenu) -> list[QtGui.QAction]:
    menu.refresh_menu()
    return [a for a in menu.menu.actions() if a.property("status_line")]


def test_status_lines_are_readable_text_that_opens_today(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    at = dt.datetime(2026, 12, 3, 13, 50, tzinfo=BERLIN)
    dues = {K.WATER: at + dt.timedelta(minutes=40), K.STRETCH: at + dt.timedelta(minutes=10)}
    sitting = dataclasses.replace(
        state(GOAL_2L, dues=dues, water_today_ml=250, at=at),
        presence=Presence.AT_DESK,
        sitting=dt.timedelta(minutes=24),
    )
    menu.update(sitting)
    texts = menu.action_texts()
    assert texts[0] == "&Cramp now…"  # first, for a person in pain
    lines = status_actions(menu)
    assert [a.text() for a in lines] == [
        f"Water today: {ml(250)} of {ml(2000)}",
        f"Next reminder: Stretch, {short_time(dues[K.STRETCH])}",  # the soonest one
        "Sitting for 24 min",
    ]
    assert texts[2:5] == [a.text() for a in lines]  # right under "Cramp now"
    for line in lines:
        assert line.isEnabled()
        assert not line.isCheckable()
        with qtbot.waitSignal(menu.today_requested):
            line.trigger()
    # Nothing scheduled, activity not detected: it says so, and no sitting line.
    menu.update(state(at=at))
    assert [a.text() for a in status_actions(menu)][1:] == ["No reminders scheduled"]


def test_status_lines_are_drawn_like_the_other_entries(qtbot: QtBot, tray: RecordingTray) -> None:
    """Rendered offscreen: a status line's text has the colour of "Quit", not the grey of a
    disabled entry.
    """
    menu = make_menu(qtbot, tray)
    menu.update(state())
    menu.refresh_menu()
    qmenu = menu.menu
    qmenu.adjustSize()
    image = qmenu.grab().toImage()

    def darkest(action: QtGui.QAction) -> int:
        rect = qmenu.actionGeometry(action)
        ratio = image.devicePixelRatio()
        values = [
            QtGui.QColor(image.pixel(int(x * ratio), int(y * ratio))).lightness()
            for y in range(rect.top(), rect.bottom())
            for x in range(rect.left(), rect.right())
        ]
        return min(values) if qmenu.palette().window().color().lightness() > 128 else max(values)

    actions = qmenu.actions()
    water = next(a for a in actions if a.property("status_line"))
    quit_action = next(a for a in actions if a.text() == "&Quit")
    assert abs(darkest(water) - darkest(quit_action)) < 40


def test_status_line_with_an_ampersand_shows_it(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(dataclasses.replace(state(), busy=(("meeting_app", "Q&A"),)))
    line = next(a for a in status_actions(menu) if "Reminders wait" in a.text())
    assert "Q&&A" in line.text()  # shown as "Q&A", not as a shortcut on "A"


def test_cramp_now_comes_first_in_bold_with_an_icon(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    for current in (None, state(pending=True), state(paused_until=now() + dt.timedelta(hours=1))):
        if current is not None:
            menu.update(current)
        menu.refresh_menu()
        first = menu.menu.actions()[0]
        assert first.text() == "&Cramp now…"
        assert first.font().bold()
        assert not first.icon().isNull()
        others = [a for a in menu.menu.actions()[1:] if not a.isSeparator()]
        assert not any(a.font().bold() for a in others)
        with qtbot.waitSignal(menu.relief_requested):
            first.trigger()


def mnemonics(actions: list[QtGui.QAction]) -> list[str]:
    found = []
    for action in actions:
        label = action.text().replace("&&", "")
        if "&" in label:
            found.append(label[label.index("&") + 1].casefold())
    return found


def test_menu_and_submenus_have_shortcut_letters_that_do_not_clash(
    qtbot: QtBot, tray: RecordingTray
) -> None:
    menu = make_menu(qtbot, tray)
    busy = dataclasses.replace(
        state(pending=True, paused_until=now() + dt.timedelta(hours=1)),
        dnd_indefinite=True,
        routines=(("a", "Desk & chair", 120),),
    )
    menu.update(busy)
    menu.refresh_menu()
    menus = [menu.menu, *(a.menu() for a in menu.menu.actions() if a.menu() is not None)]
    assert len(menus) == 5  # the menu, stretch, drink, pause, my record
    for qmenu in menus:
        assert isinstance(qmenu, QtWidgets.QMenu)
        letters = mnemonics(qmenu.actions())
        assert len(letters) == len(set(letters)), [a.text() for a in qmenu.actions()]
    top = [a for a in menu.menu.actions() if not a.isSeparator() and not a.property("status_line")]
    assert all("&" in a.text().replace("&&", "") for a in top)  # every entry has its letter


def test_routines_show_their_length(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    routines = (("bed", "Bedtime stretches", 470), ("desk", "Desk", 60), ("short", "Short", 20))
    menu.update(dataclasses.replace(state(), routines=routines))
    actions = submenu_actions(menu, "Stretch now")
    assert [a.text() for a in actions] == [
        "Bedtime stretches — 8 min",
        "Desk — 1 min",
        "Short — 1 min",  # never "0 min"
        "&Make or change a routine…",
    ]
    with qtbot.waitSignal(menu.routine_requested) as blocker:
        actions[0].trigger()
    assert blocker.args == ["bed"]


@pytest.mark.parametrize("glass", [250, 300])
def test_glass_entry_logs_a_glass(qtbot: QtBot, tray: RecordingTray, glass: int) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state(Settings(water=WaterSettings(glass_ml=glass))))
    actions = submenu_actions(menu, "Log a drink")
    assert actions[0].text() == f"A glass ({ml(glass)})"
    with qtbot.waitSignal(menu.drink_requested) as blocker:
        actions[0].trigger()
    assert blocker.args == [glass]


def test_other_drink_sizes_and_other_amount(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    actions = submenu_actions(menu, "Log a drink")
    assert [a.text() for a in actions] == [
        f"A glass ({ml(250)})",
        ml(150),
        ml(330),
        ml(500),
        "Other amount…",
    ]
    with qtbot.waitSignal(menu.drink_requested) as blocker:
        actions[2].trigger()
    assert blocker.args == [330]
    with qtbot.waitSignal(menu.other_drink_requested):
        actions[-1].trigger()


def test_menu_without_state_still_logs_a_glass(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    actions = submenu_actions(menu, "Log a drink")
    assert actions[0].text() == "A glass (250 ml)"
    with qtbot.waitSignal(menu.drink_requested) as blocker:
        actions[0].trigger()
    assert blocker.args == [250]
    assert resume_action(menu) is None


def test_fl_oz_menu_shows_fl_oz(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state(dataclasses.replace(Settings(), unit=units.VolumeUnit.FL_OZ)))
    labels = [a.text() for a in submenu_actions(menu, "Log a drink")][:-1]
    fl = units.VolumeUnit.FL_OZ
    assert labels == [
        f"A glass ({text.volume(250, fl)})",
        text.volume(150, fl),
        text.volume(330, fl),
        text.volume(500, fl),
    ]
    assert all("fl oz" in label and " ml" not in label for label in labels)
    decimal = QtCore.QLocale().decimalPoint()
    assert text.volume(250, fl) == f"8{decimal}5 fl oz"
    with qtbot.waitSignal(menu.drink_requested) as blocker:
        submenu_actions(menu, "Log a drink")[0].trigger()
    assert blocker.args == [250]  # still millilitres


PAUSE_LABELS = [
    "For &15 minutes",
    "For &30 minutes",
    "For 1 h&our",
    "For &2 hours",
    "Until &tomorrow",
    "&Hold for 1 hour, then show what I missed",
    "Hold until I &resume, then show what I missed",
]


def test_one_pause_menu_with_pauses_and_holds(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    menu.refresh_menu()
    titles = [a.text() for a in menu.menu.actions() if a.menu() is not None]
    assert "&Pause reminders" in titles
    assert not any("disturb" in t.casefold() for t in titles)  # no second menu for it
    actions = submenu_actions(menu, "Pause reminders")
    assert [a.text() for a in actions] == PAUSE_LABELS
    for action in actions[:5]:
        assert "skipped" in action.toolTip()
    for action in actions[5:]:
        assert "wait" in action.toolTip()
        assert "Do not disturb" in action.toolTip()


@pytest.mark.parametrize(
    ("index", "signal", "minutes"),
    [
        (0, "pause_requested", 15),
        (1, "pause_requested", 30),
        (2, "pause_requested", 60),
        (3, "pause_requested", 120),
        (4, "pause_requested", 0),
        (5, "dnd_requested", 60),
        (6, "dnd_requested", 0),
    ],
)
def test_pause_entries(
    qtbot: QtBot, tray: RecordingTray, index: int, signal: str, minutes: int
) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    actions = submenu_actions(menu, "Pause reminders")
    with qtbot.waitSignal(getattr(menu, signal)) as blocker:
        actions[index].trigger()
    assert blocker.args == [minutes]


def resume_action(menu: TrayMenu) -> QtGui.QAction | None:
    menu.refresh_menu()
    return next((a for a in menu.menu.actions() if a.objectName() == "resume"), None)


def test_resume_is_there_only_while_paused_or_held(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    assert resume_action(menu) is None  # before any state
    menu.update(state())
    assert resume_action(menu) is None
    at = dt.datetime(2026, 12, 3, 13, 50, tzinfo=BERLIN)
    until = at + dt.timedelta(minutes=30)
    menu.update(state(paused_until=until, at=at))
    resume = resume_action(menu)
    assert resume is not None
    assert resume.text() == f"&Resume reminders (paused until {short_time(until)})"
    with qtbot.waitSignal(menu.resume_requested), qtbot.assertNotEmitted(menu.dnd_off_requested):
        resume.trigger()
    # Held (do not disturb) until a time, or until resumed: Resume ends the hold.
    menu.update(dataclasses.replace(state(at=at), dnd_until=until))
    resume = resume_action(menu)
    assert resume is not None
    assert resume.text() == f"&Resume reminders (held until {short_time(until)})"
    with qtbot.waitSignal(menu.dnd_off_requested), qtbot.assertNotEmitted(menu.resume_requested):
        resume.trigger()
    menu.update(dataclasses.replace(state(at=at), dnd_indefinite=True))
    resume = resume_action(menu)
    assert resume is not None
    assert "until you resume" in resume.text()
    hold = submenu_actions(menu, "Pause reminders")[-1]
    assert hold.isChecked()
    assert not hold.isEnabled()
    # Both: one Resume ends both.
    menu.update(dataclasses.replace(state(paused_until=until, at=at), dnd_indefinite=True))
    resume = resume_action(menu)
    assert resume is not None
    with qtbot.waitSignal(menu.resume_requested), qtbot.waitSignal(menu.dnd_off_requested):
        resume.trigger()
    # A pause that ends tomorrow says so, in the locale's time format.
    tomorrow = dt.datetime(2026, 12, 4, 0, 0, tzinfo=BERLIN)
    menu.update(state(paused_until=tomorrow, at=at))
    resume = resume_action(menu)
    assert resume is not None
    assert f"tomorrow {short_time(tomorrow)}" in resume.text()


@pytest.mark.parametrize(
    ("label", "signal"),
    [
        ("Today…", "today_requested"),
        ("Settings…", "settings_requested"),
        ("Quit", "quit_requested"),
    ],
)
def test_window_and_quit_entries(
    qtbot: QtBot, tray: RecordingTray, label: str, signal: str
) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    action = top_action(menu, label)
    assert action.isEnabled()
    with qtbot.waitSignal(getattr(menu, signal)):
        action.trigger()


def test_menu_rebuilds_before_it_opens(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    assert resume_action(menu) is None
    menu.update(state(paused_until=now() + dt.timedelta(minutes=30)))
    menu.menu.aboutToShow.emit()
    assert any(a.objectName() == "resume" for a in menu.menu.actions())


def test_rebuilding_the_menu_does_not_pile_up_submenus(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    for _ in range(5):
        menu.refresh_menu()
    submenus = menu.menu.findChildren(
        QtWidgets.QMenu, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly
    )
    assert len(submenus) == 4  # stretch, drink, pause, my record


def test_my_record_opens_history_profile_and_your_data(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    menu.refresh_menu()
    actions = submenu_actions(menu, "My record")
    assert [a.text() for a in actions] == [
        "&History and charts…",
        "Health &profile and medicines…",
        "Your &data: report, export, backups…",
    ]
    for action, signal in zip(
        actions, (menu.history_requested, menu.profile_requested, menu.data_requested), strict=True
    ):
        with qtbot.waitSignal(signal):
            action.trigger()


# --- clicks on the icon and the balloon ----------------------------------------------------------


@pytest.mark.parametrize("reason", [Reason.Trigger, Reason.DoubleClick])
def test_left_click_opens_today(qtbot: QtBot, tray: RecordingTray, reason: Reason) -> None:
    menu = make_menu(qtbot, tray)
    with qtbot.waitSignal(menu.today_requested):
        tray.activated.emit(reason)


@pytest.mark.parametrize("reason", [Reason.Context, Reason.MiddleClick])
def test_other_clicks_do_not_open_today(qtbot: QtBot, tray: RecordingTray, reason: Reason) -> None:
    menu = make_menu(qtbot, tray)
    with qtbot.assertNotEmitted(menu.today_requested):
        tray.activated.emit(reason)


def test_balloon_shows_the_tray_message(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.balloon("Title", "Body", 15)
    assert tray.messages == [("Title", "Body", 15000)]


# --- sitting and do not disturb -------------------------------------------------------------------


def test_tooltip_shows_sitting_time_or_says_clock_time(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(state())
    assert text.no_activity_short() in tray.toolTip()
    sitting = dataclasses.replace(
        state(), presence=Presence.AT_DESK, sitting=dt.timedelta(minutes=24)
    )
    menu.update(sitting)
    assert "Sitting for 24 min" in tray.toolTip()
    menu.update(dataclasses.replace(sitting, presence=Presence.ON_BREAK))
    assert "On a break from sitting" in tray.toolTip()
    menu.update(
        dataclasses.replace(sitting, presence=Presence.AT_DESK, sitting=dt.timedelta(minutes=95))
    )
    assert "Sitting for 1 h 35 min" in tray.toolTip()


def test_tooltip_says_why_reminders_wait(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    until = now() + dt.timedelta(hours=1)
    menu.update(dataclasses.replace(state(), dnd_until=until, busy=(("manual", ""),)))
    assert f"Reminders held until {short_time(until)}" in tray.toolTip()
    assert "Reminders wait" not in tray.toolTip()
    busy = (("meeting_app", "zoom"), ("fullscreen", ""))
    menu.update(dataclasses.replace(state(), busy=busy, held_back=2))
    tip = tray.toolTip()
    assert "Reminders wait: zoom is running, a full-screen window is in front" in tip
    assert "2 reminder(s) will come when you are free" in tip or "2 reminders" in tip
    menu.update(dataclasses.replace(state(), dnd_indefinite=True))
    assert "Reminders held until you resume them" in tray.toolTip()


def test_icon_shows_paused_while_reminders_wait(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(dataclasses.replace(state(), busy=(("fullscreen", ""),)))
    assert menu._icon_name == "tray-paused"
    menu.update(state())
    assert menu._icon_name == "tray-active"


def test_hot_day_toggle_and_goal_in_the_tooltip(qtbot: QtBot, tray: RecordingTray) -> None:
    menu = make_menu(qtbot, tray)
    menu.update(dataclasses.replace(state(GOAL_2L), water_goal_ml=2500, hot_day=True))
    assert f"Water today: {ml(750)} of {ml(2500)}" in tray.toolTip()
    menu.refresh_menu()
    hot = top_action(menu, "Hot day or workout day (today)")
    assert hot.isCheckable()
    assert hot.isChecked()
    with qtbot.waitSignal(menu.hot_day_toggled) as blocker:
        hot.trigger()
    assert blocker.args == [False]
