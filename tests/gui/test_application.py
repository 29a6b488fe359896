"""The wired app (composition root) with a fake tray icon and a fake notifier."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop import application
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import Problem, ReliefContent
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.routine import Sides
from spasm_desktop.core.settings import DeliveryMode, DeliverySettings, Settings, WaterSettings
from spasm_desktop.storage.report_notes import ReportNotes
from spasm_desktop.storage.routines import Library
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import record_windows
from spasm_desktop.ui.reminders import status_view
from spasm_desktop.ui.routines import routine_launcher
from tests.fakes import FakeClock, local
from tests.gui.conftest import MakeApp
from tests.gui.needed import child, holds, is_none, need, submenu

W, S, M = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE


def test_without_a_tray_the_today_window_says_why_and_offers_quit(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app(tray=False, works=False)
    window = app.windows.today.window
    assert window is not None
    assert window.isVisible()
    assert "No system tray" in window.notice.text()
    assert window.quit_button.isVisible()
    app.setup.apply(Settings(delivery=DeliverySettings(mode=DeliveryMode.NOTIFICATION)))
    app.reminders.present([M])
    assert "Time to get up and move" in window.notice.text()


def test_a_tray_that_appears_later_is_used(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _icon, _notifier = make_app(tray=False)
    assert holds(app.view.looking_for_tray)
    app.view.look_for_tray()  # the offscreen platform has no tray: keep looking
    assert is_none(app.view.tray)
    assert holds(app.view.looking_for_tray)
    monkeypatch.setattr(QtWidgets.QSystemTrayIcon, "isSystemTrayAvailable", lambda: True)
    app.view.look_for_tray()
    assert app.view.tray is not None
    assert app.view.tray_icon is not None
    assert not app.view.looking_for_tray
    window = need(app.windows.today.window)
    assert not window.quit_button.isVisibleTo(window)
    assert "No system tray" not in window.notice.text()
    assert "Today…" in [a.replace("&", "") for a in need(app.view.tray).action_texts()]
    app.view.tray_icon.hide()


def test_looking_for_a_tray_gives_up(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app(tray=False)
    for _ in range(status_view.TRAY_WAIT_TRIES):
        app.view.look_for_tray()
    assert not app.view.looking_for_tray
    assert app.view.tray is None


def test_the_reminder_command_gives_the_pop_up_the_keyboard(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    # `spasm-desktop reminder`, bound to a key in the desktop's settings: the keyboard's way in.
    app, _icon, _notifier = make_app()
    assert app.handle_request({"cmd": "reminder"}) == {"ok": True, "focused": False}
    app.reminders._show_popup([ReminderKind.WATER])
    popup = need(app.reminders.popup)
    assert app.handle_request({"cmd": "reminder"}) == {"ok": True, "focused": True}
    qtbot.waitUntil(popup.isActiveWindow)
    popup.expire()  # its time is up while the keyboard is in it: it waits
    assert popup.isVisible()
    assert app.reminders.on_screen() == [ReminderKind.WATER]
    app.reminders.close()


def test_settings_are_saved_and_applied(make_app: MakeApp, tmp_path: Path) -> None:
    app, _icon, _notifier = make_app()
    app.setup.apply(Settings(water=WaterSettings(glass_ml=300)))
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert saved["water"]["glass_ml"] == 300
    assert app.service.settings.water.glass_ml == 300


def test_command_channel_requests(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app()
    assert app.handle_request({"cmd": "drink", "ml": 200})["ml"] == 200
    assert app.handle_request({"cmd": "drink", "ml": 99999})["ok"] is False
    paused = app.handle_request({"cmd": "pause", "minutes": 30})
    assert paused["status"]["paused"] is True
    assert app.handle_request({"cmd": "resume"})["resumed"] is True
    assert app.handle_request({"cmd": "show"})["ok"] is True
    assert need(app.windows.today.window).isVisible()
    assert app.handle_request({"cmd": "nope"})["ok"] is False
    assert app.handle_request({"cmd": "status"})["status"]["water_today_ml"] == 200


def test_start_at_login_writes_and_removes_the_autostart_entry(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app, _icon, _notifier = make_app()
    entry = tmp_path / "xdg-config" / "autostart" / "org.spasmdesktop.SpasmDesktop.desktop"
    app.setup.apply(Settings(start_at_login=True))
    assert "Exec=" in entry.read_text()
    app.setup.apply(Settings(start_at_login=False))
    assert not entry.exists()


# --- stretch routines ---------------------------------------------------------------------------


def test_stretch_reminder_opens_the_desk_routine_and_the_session_is_recorded(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    app.reminders.present([ReminderKind.STRETCH])
    need(app.reminders.popup).act(ReminderKind.STRETCH)
    window = app.windows.player.window
    assert window is not None
    assert window.isVisible()
    assert window.routine.id == "desk-break"
    assert window.isMaximized()  # read from a metre away
    assert window.showing_intro  # the player's first run ever
    window.start()
    assert app.store.load_value(routine_launcher.PLAYER_INTRO_DONE) is True
    records = app.store.records(*app.service.today())
    assert [(r.kind, r.outcome) for r in records][-1] == (ReminderKind.STRETCH, Outcome.DONE)
    window.close()
    qtbot.waitUntil(lambda: app.windows.player.window is None)
    (session,) = app.store.sessions(*app.service.today())
    assert session.routine == "desk-break"
    assert not session.finished


def test_bedtime_reminder_opens_the_chosen_routine_or_the_built_in_one(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    app.reminders.present([ReminderKind.BEDTIME])
    need(app.reminders.popup).act(ReminderKind.BEDTIME)
    assert need(app.windows.player.window).routine.id == "bedtime-core"
    settings = app.service.settings
    routines = dataclasses.replace(settings.routines, bedtime="gone-missing")
    app.service.apply_settings(dataclasses.replace(settings, routines=routines))
    app.routines.for_reminder(ReminderKind.BEDTIME)
    assert need(app.windows.player.window).routine.id == "bedtime-core"
    need(app.windows.player.window).close()


def test_the_first_screen_shows_once_and_every_time_when_pregnant(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    assert app.routines.show("desk-break")
    assert need(app.windows.player.window).showing_intro
    assert "pregnancy" not in need(app.windows.player.window).intro_lines
    need(app.windows.player.window).start()
    assert app.routines.show("desk-break")
    assert not need(app.windows.player.window).showing_intro  # first run done
    settings = app.service.settings
    person = dataclasses.replace(settings.person, pregnant=True)
    app.service.apply_settings(dataclasses.replace(settings, person=person))
    for _ in range(2):
        assert app.routines.show("bedtime-core")
        assert need(app.windows.player.window).showing_intro
        assert "pregnancy" in need(app.windows.player.window).intro_lines
        need(app.windows.player.window).start()
    need(app.windows.player.window).close()


def test_a_relief_stretch_starts_without_the_first_screen(make_app: MakeApp, qtbot: QtBot) -> None:
    """In pain, no screen to read first: the relief card already shows the cautions."""
    app, _icon, _notifier = make_app()
    settings = app.service.settings
    person = dataclasses.replace(settings.person, pregnant=True)
    app.service.apply_settings(dataclasses.replace(settings, person=person))
    assert app.routines.show("relief-calf", "left")
    assert not need(app.windows.player.window).showing_intro
    assert app.store.load_value(routine_launcher.PLAYER_INTRO_DONE) is None  # still a first run
    assert app.routines.show("desk-break")
    assert need(app.windows.player.window).showing_intro
    need(app.windows.player.window).close()


def test_balance_problems_open_the_seated_routines(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    app.store.save_value(routine_launcher.PLAYER_INTRO_DONE, True)
    settings = app.service.settings
    person = dataclasses.replace(settings.person, balance=True)
    app.service.apply_settings(dataclasses.replace(settings, person=person))
    app.routines.for_reminder(ReminderKind.STRETCH)
    assert need(app.windows.player.window).routine.id == "desk-break-seated"
    app.routines.for_reminder(ReminderKind.BEDTIME)
    assert need(app.windows.player.window).routine.id == "bedtime-core-seated"
    need(app.view.tray).routine_requested.emit("desk-break")  # chosen by hand: as chosen
    assert need(app.windows.player.window).routine.id == "desk-break"
    need(app.windows.player.window).close()


def test_seated_from_the_first_screen_opens_without_it_again(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    settings = app.service.settings
    person = dataclasses.replace(settings.person, pregnant=True)
    app.service.apply_settings(dataclasses.replace(settings, person=person))
    assert app.routines.show("bedtime-core")
    need(app.windows.player.window).intro_seated_button.click()
    assert need(app.windows.player.window).routine.id == "bedtime-core-seated"
    assert not need(app.windows.player.window).showing_intro
    assert need(app.windows.player.window).player.started
    need(app.windows.player.window).close()


def test_routine_command_and_tray_menu(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    assert app.handle_request({"cmd": "routine", "id": "bedtime-extended"}) == {"ok": True}
    first = need(app.windows.player.window)
    assert first.routine.id == "bedtime-extended"
    reply = app.handle_request({"cmd": "routine", "id": "nope"})
    assert reply["ok"] is False
    assert "nope" in reply["error"]
    need(app.view.tray).refresh_menu()
    stretch = next(a for a in need(app.view.tray).menu.actions() if a.text() == "Str&etch now")
    names = [a.text().split(" — ")[0] for a in submenu(stretch).actions()]  # name — length
    assert names[:2] == ["Bedtime calves and hamstrings", "Bedtime calves and hamstrings, seated"]
    assert "Desk stretch break" in names
    need(app.view.tray).routine_requested.emit("desk-break")
    assert need(app.windows.player.window).routine.id == "desk-break"
    assert not first.isVisible()  # one player at a time
    need(app.windows.player.window).close()


def test_own_routines_show_up(make_app: MakeApp, tmp_path: Path) -> None:
    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.json").write_text(
        json.dumps({"format": 1, "id": "mine", "name": "Mine", "steps": ["wall-calf"]})
    )
    app, _icon, _notifier = make_app()
    assert "mine" in app.routines.library.routines
    assert app.routines.show("mine")
    need(app.windows.player.window).close()


def test_make_or_change_a_routine_from_the_tray(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from spasm_desktop.core import routine as rt
    from spasm_desktop.storage import routines as routine_store
    from spasm_desktop.ui.routines import routine_editor

    app, _icon, _notifier = make_app()
    need(app.view.tray).refresh_menu()
    stretch = next(a for a in need(app.view.tray).menu.actions() if a.text() == "Str&etch now")
    assert submenu(stretch).actions()[-1].text() == "&Make or change a routine…"
    seen: dict[str, Any] = {}

    def fake_get_item(
        parent: QtWidgets.QWidget | None,
        title: str,
        label: str,
        items: list[str],
        current: int,
        editable: bool,
    ) -> tuple[str, bool]:
        seen["items"] = items
        return "Copy of: Desk stretch break", True

    def fake_edit(
        library: Library,
        user_dir: Path,
        start_from: str | None,
        parent: QtWidgets.QWidget | None,
    ) -> str | None:
        seen["start"] = start_from
        copy = rt.Routine("my-desk", "My desk", rt.Purpose.DESK, (rt.RoutineStep("ankle-pumps"),))
        routine_store.save_routine(user_dir, copy)
        return "my-desk"

    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", fake_get_item)
    monkeypatch.setattr(routine_editor.RoutineEditorDialog, "edit", fake_edit)
    assert app.routines.edit() == "my-desk"
    assert seen["items"][0] == "A new, empty routine"
    assert seen["start"] == "desk-break"
    assert "my-desk" in app.routines.library.routines
    need(app.view.tray).refresh_menu()
    stretch = next(a for a in need(app.view.tray).menu.actions() if a.text() == "Str&etch now")
    assert "My desk — 1 min" in [a.text() for a in submenu(stretch).actions()]


# --- quick relief -------------------------------------------------------------------------------


def test_cramp_now_from_the_tray_opens_the_panel_and_episodes_are_saved(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    first = need(app.view.tray).action_texts()[0]
    assert first == "&Cramp now…"
    need(app.view.tray).relief_requested.emit()
    panel = app.windows.relief.window
    assert panel is not None
    assert panel.isVisible()
    panel.choose("calf")
    panel.choose_side("left")
    panel.over()
    (episode,) = app.store.episodes(*app.service.today())
    assert (episode.area, episode.side, episode.source) == ("calf", "left", "panel")
    panel.card.stretch_button.click()
    assert need(app.windows.player.window).routine.id == "relief-calf"
    # Beside the relief card, placed by it: not maximised over it.
    assert not need(app.windows.player.window).isMaximized()
    sides = {s.sides for s in need(app.windows.player.window).routine.steps if s.sides is not None}
    assert sides <= {rt_sides_left()}
    panel.close()
    qtbot.waitUntil(lambda: app.windows.relief.window is None)
    assert len(app.store.episodes(*app.service.today())) == 1


def rt_sides_left() -> Sides:
    return Sides.LEFT


def test_relief_command_and_today_button(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    assert app.handle_request({"cmd": "relief", "area": "neck"}) == {"ok": True}
    assert need(need(app.windows.relief.window).area).value == "neck"
    assert app.handle_request({"cmd": "relief", "area": 5})["ok"] is False
    need(app.windows.relief.window).close()
    app.show_today()
    need(app.windows.today.window).relief_button.click()
    assert app.windows.relief.window is not None
    assert app.windows.relief.window.area is None
    app.windows.relief.window.close()


def test_an_area_picked_by_mistake_leaves_no_record_and_undo_removes_one(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    clock = FakeClock(local(2026, 11, 24, 14, 0))
    app, _icon, _notifier = make_app(clock=clock)
    app.relief.show_panel("neck")
    panel = need(app.windows.relief.window)
    assert len(app.store.episodes(*app.service.today())) == 1  # saved at once
    clock.advance(dt.timedelta(seconds=3))
    panel.close()
    qtbot.waitUntil(lambda: app.windows.relief.window is None)
    assert app.store.episodes(*app.service.today()) == []
    app.relief.show_panel("back")
    panel = need(app.windows.relief.window)
    clock.advance(dt.timedelta(seconds=40))
    panel.over()
    (episode,) = app.store.episodes(*app.service.today())
    assert (episode.area, episode.duration_s) == ("back", 40)
    panel.undo_button.click()
    qtbot.waitUntil(lambda: app.windows.relief.window is None)
    assert app.store.episodes(*app.service.today()) == []


def test_the_guided_stretch_plays_beside_the_timer_and_its_over(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    app.relief.show_panel("calf")
    panel = need(app.windows.relief.window)
    panel.choose_side("right")
    before = panel.geometry()
    panel.card.stretch_button.click()
    player = app.windows.player.window
    assert player is not None
    assert player.isVisible()
    assert player.routine.id == "relief-calf"
    card = panel.card
    assert holds(card.compact)
    assert not card.steps_scroll.isVisible()
    for shown in (card.timer_label, card.over_button, card.red_line, card.card_title):
        assert shown.isVisible()
        where = QtCore.QRect(shown.mapToGlobal(QtCore.QPoint(0, 0)), shown.size())
        assert not where.intersects(player.frameGeometry()), shown
    assert not panel.frameGeometry().intersects(player.frameGeometry())
    room = panel.screen().availableGeometry()
    assert room.contains(panel.frameGeometry())
    assert room.contains(player.frameGeometry())
    card.warning_signs.click()  # the signs unfold even beside the stretch
    assert card.red_flags_area.isVisible()
    card.warning_signs.click()
    player.close()
    qtbot.waitUntil(lambda: app.windows.player.window is None)
    assert not holds(card.compact)
    assert card.steps_scroll.isVisible()
    assert panel.geometry() == before
    card.stretch_button.click()  # again, and this time the cramp ends while it plays
    assert holds(card.compact)
    panel.over()
    assert not card.compact
    assert panel.geometry() == before
    assert need(app.windows.player.window).isVisible()
    panel.close()


def test_a_broken_routine_file_is_told_once_and_the_rest_loads(
    make_app: MakeApp, tmp_path: Path
) -> None:
    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{")
    app, icon, _notifier = make_app()
    assert "bedtime-core" in app.routines.library.routines
    told = [m for m in icon.messages if m[0] == "Routine files not loaded"]
    assert len(told) == 1
    assert "broken.json" in told[0][1]
    app.routines.library  # noqa: B018  (loaded once: not told again)
    assert len([m for m in icon.messages if m[0] == "Routine files not loaded"]) == 1


def test_learn_from_the_tray_and_today_and_the_checklist_is_kept(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    need(app.view.tray).refresh_menu()
    assert "&Learn about cramps…" in need(app.view.tray).action_texts()
    need(app.view.tray).learn_requested.emit()
    window = app.windows.learn.window
    assert window is not None
    assert window.isVisible()
    with qtbot.waitSignal(window.checklist_changed):
        next(iter(window.findChildren(QtWidgets.QCheckBox))).setChecked(True)
    assert app.paths.learn_checklist.exists()
    assert app.paths.learn_checklist.stat().st_mode & 0o777 == 0o600
    window.close()
    app.show_today()
    need(app.windows.today.window).learn_button.click()
    assert need(app.windows.learn.window).isVisible()
    need(app.windows.learn.window).close()


def set_water(app: application.Application, **changes: Any) -> None:
    settings = app.service.settings
    app.setup.apply(
        dataclasses.replace(settings, water=dataclasses.replace(settings.water, **changes))
    )


def test_hot_day_from_the_tray_tells_what_helps(make_app: MakeApp) -> None:
    app, icon, _notifier = make_app()
    set_water(app, goal_ml=2000)
    need(app.view.tray).hot_day_toggled.emit(True)
    assert app.service.hot_day()
    title, body = icon.messages[-1]
    assert title == "Hot day or workout day"
    assert "2500 ml" in body.replace(" ", " ") or "2,500 ml" in body
    assert "Small, frequent sips" in body
    need(app.view.tray).hot_day_toggled.emit(False)
    assert not app.service.hot_day()


def test_hot_day_without_a_goal_keeps_the_reminders_as_usual(make_app: MakeApp) -> None:
    app, icon, _notifier = make_app()
    need(app.view.tray).hot_day_toggled.emit(True)
    title, body = icon.messages[-1]
    assert title == "Hot day or workout day"
    assert "no daily water goal" in body
    assert "Small, frequent sips" in body
    assert app.service.water_goal() is None


def test_hot_day_does_nothing_with_a_fluid_limit(make_app: MakeApp) -> None:
    # CONTENT.md §7a: no hot-day increase with a clinician's limit, and no message to drink.
    app, icon, _notifier = make_app()
    set_water(app, goal_ml=2000, fluid_limit_ml=1500)
    before = len(icon.messages)
    need(app.view.tray).hot_day_toggled.emit(True)
    assert not app.service.hot_day()
    assert app.service.water_goal() is None
    assert len(icon.messages) == before
    need(app.view.tray).refresh_menu()
    hot = next(a for a in need(app.view.tray).menu.actions() if a.objectName() == "hot_day")
    assert not hot.isEnabled()


def test_with_a_fluid_limit_no_popup_says_to_drink(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app()
    set_water(app, fluid_limit_ml=1500)
    # Nothing plans a water reminder, and the welcome's sample is not a water one either.
    assert W not in app.service.next_due()
    app.reminders.show_sample()
    sample = app.reminders.sample
    assert sample is not None
    assert sample.findChild(QtWidgets.QPushButton, "primary_water") is None
    labels = " ".join(label.text() for label in sample.findChildren(QtWidgets.QLabel))
    assert "glass of water" not in labels
    assert "drink" not in labels.lower()
    sample.close()
    app.show_today()
    bars = [
        b
        for b in need(app.windows.today.window).findChildren(QtWidgets.QProgressBar)
        if b.isVisible()
    ]
    assert bars == []


def test_reminder_tips_rotate_without_repeating_and_can_be_turned_off(make_app: MakeApp) -> None:

    app, _icon, _notifier = make_app()
    seen = []
    for _ in range(5):
        app.reminders.present([ReminderKind.BEDTIME])
        label = need(app.reminders.popup).findChild(QtWidgets.QLabel, "tip_bedtime")
        assert label is not None
        assert label.isVisibleTo(need(app.reminders.popup))
        assert label.text()
        seen.append(label.text())
        app.reminders.close()
    assert len(set(seen)) == 5  # no repeat while other bedtime tips are left
    assert app.store.load_value("tips_shown")["bedtime"]
    settings = app.service.settings
    app.service.apply_settings(
        dataclasses.replace(
            settings, delivery=DeliverySettings(mode=DeliveryMode.POPUP, tips=False)
        )
    )
    app.reminders.present([ReminderKind.WATER])
    assert not child(need(app.reminders.popup), QtWidgets.QLabel, "tip_water").text()


def test_with_a_fluid_limit_the_water_tip_is_the_fluid_limit_one(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app()
    settings = app.service.settings
    limited = dataclasses.replace(
        settings, water=dataclasses.replace(settings.water, fluid_limit_ml=1500)
    )
    app.service.apply_settings(limited)
    texts = set()
    for _ in range(3):
        app.reminders.present([ReminderKind.WATER])
        texts.add(child(need(app.reminders.popup), QtWidgets.QLabel, "tip_water").text())
        app.reminders.close()
    assert len(texts) == 1
    assert "limit" in next(iter(texts))


def test_first_start_opens_the_welcome_and_finishing_saves_once(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app(welcome=True)
    qtbot.waitUntil(lambda: app.windows.welcome.window is not None)
    wizard = need(app.windows.welcome.window)
    assert wizard.isVisible()
    wizard.close()  # closed half-way: nothing saved, it shows again next time
    qtbot.waitUntil(lambda: app.windows.welcome.window is None)
    assert app.store.load_value("welcome_done", False) is False
    app.setup.show_welcome()
    wizard = need(app.windows.welcome.window)
    wizard.accept()
    qtbot.waitUntil(lambda: app.windows.welcome.window is None)
    assert app.store.load_value("welcome_done") is True
    assert app.paths.settings_file.exists()


def test_skipping_the_welcome_keeps_the_defaults_and_counts_as_done(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app(welcome=True)
    qtbot.waitUntil(lambda: app.windows.welcome.window is not None)
    before = app.service.settings
    need(app.windows.welcome.window).skip()
    qtbot.waitUntil(lambda: app.windows.welcome.window is None)
    assert app.service.settings == before
    assert app.store.load_value("welcome_done") is True


def test_sample_reminder_is_not_recorded(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app()
    app.reminders.show_sample()
    assert need(app.reminders.sample).isVisible()
    assert app.reminders.popup is None
    need(app.reminders.sample).act(W)
    assert app.store.records(*app.service.today()) == []
    assert app.service.water_today() == 0
    need(app.reminders.sample).close()


def test_the_red_flags_are_one_list_in_the_popup_relief_panel_and_learn(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    from spasm_desktop.core.relief import Tier

    app, _icon, _notifier = make_app()
    content = app.relief.content()
    emergency = [f.text for f in content.flags(Tier.EMERGENCY)]
    today = [f.text for f in content.flags(Tier.TODAY)]
    assert emergency
    assert today
    # The pop-up: folded away, and the two urgent tiers under their headings.
    app.reminders.present([ReminderKind.STRETCH])
    popup = need(app.reminders.popup)
    assert not popup.red_flags.isVisibleTo(popup)
    popup.help_button.click()
    assert popup.red_flags.isVisibleTo(popup)
    assert popup.red_flags.text() == text.red_flag_text(
        content.red_flags, (Tier.EMERGENCY, Tier.TODAY)
    )
    # The relief panel and the Learn page show the same texts, from the same list.
    app.relief.show_panel("calf")
    need(app.windows.relief.window).choose_side("left")
    relief_texts = " ".join(
        w.text() for w in need(app.windows.relief.window).findChildren(QtWidgets.QLabel)
    )
    app.relief.show_learn()
    learn_texts = " ".join(
        w.text() for w in need(app.windows.learn.window).findChildren(QtWidgets.QLabel)
    )
    for flag in need(content.red_flags).flags:
        assert flag.text in relief_texts
        assert flag.text in learn_texts
    need(app.windows.relief.window).close()
    need(app.windows.learn.window).close()


def test_the_relief_panel_knows_the_person_is_pregnant(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    person = dataclasses.replace(app.service.settings.person, pregnant=True)
    app.setup.apply(dataclasses.replace(app.service.settings, person=person))
    app.relief.show_panel("belly")
    panel = need(app.windows.relief.window)
    assert panel.pregnant
    panel.card.more_button.click()  # the pain relievers are under "More that helps"
    assert panel.card.pregnancy_label.isVisibleTo(panel)
    need(app.windows.relief.window).close()


def test_a_broken_red_flag_list_still_opens_the_panel_with_the_emergency_line(
    make_app: MakeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spasm_desktop.storage import relief

    real = relief.load_relief

    def without_flags(*args: Any, **kwargs: Any) -> tuple[ReliefContent, list[Problem]]:
        content, problems = real(*args, **kwargs)
        return dataclasses.replace(content, red_flags=None), problems

    monkeypatch.setattr(relief, "load_relief", without_flags)
    app, _icon, _notifier = make_app()
    assert app.relief.show_panel() is True
    assert text.minimal_emergency() in need(app.windows.relief.window).disclaimer.text()
    need(app.windows.relief.window).choose("chest")
    assert need(app.windows.relief.window).emergency_title.text() == text.minimal_emergency()
    app.reminders.present([ReminderKind.MOVE])
    need(app.reminders.popup).help_button.click()
    assert text.minimal_emergency() in need(app.reminders.popup).red_flags.text()
    app.relief.show_learn()
    labels = [w.text() for w in need(app.windows.learn.window).findChildren(QtWidgets.QLabel)]
    assert text.minimal_emergency() in labels
    assert text.flags_not_loaded() in labels
    need(app.windows.relief.window).close()
    need(app.windows.learn.window).close()


def wait_for_a_backup(qtbot: QtBot, app: application.Application) -> None:
    """Until a finished backup is in the folder (its temporary file starts with a dot) and the
    app has heard that it is made.
    """
    folder = app.paths.backups_dir

    def finished() -> bool:
        if app.backups.running or not folder.exists():
            return False
        return any(not p.name.startswith(".") for p in folder.iterdir())

    qtbot.waitUntil(finished, timeout=10000)


def test_a_daily_backup_is_made_at_start_and_once_a_day(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    app.service.log_drink(300)
    wait_for_a_backup(qtbot, app)
    (first,) = list(app.paths.backups_dir.iterdir())
    assert first.name.startswith("backup-")
    assert first.stat().st_mode & 0o777 == 0o600
    app.on_tick()  # the same day: nothing new
    assert list(app.paths.backups_dir.iterdir()) == [first]


def test_the_next_days_backup_comes_on_its_first_tick(make_app: MakeApp, qtbot: QtBot) -> None:
    clock = FakeClock(local(2026, 11, 24, 23, 30))
    app, _icon, _notifier = make_app(clock=clock)
    backups = app.paths.backups_dir
    wait_for_a_backup(qtbot, app)
    assert [p.name for p in backups.iterdir()] == ["backup-2026-11-24.json"]
    clock.advance(dt.timedelta(minutes=40))  # past local midnight
    with qtbot.waitSignal(app.backups.made, timeout=10000):
        app.on_tick()
    assert sorted(p.name for p in backups.iterdir()) == [
        "backup-2026-11-24.json",
        "backup-2026-11-25.json",
    ]


def test_the_backup_is_written_off_the_gui_thread(
    make_app: MakeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spasm_desktop.storage import backup

    threads = []
    real = backup.daily_backup

    def watched(*args: Any, **kwargs: Any) -> Path | None:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "daily_backup", watched)
    app, _icon, _notifier = make_app()
    wait_for_a_backup(qtbot, app)
    assert threads
    assert threads[0] is not threading.main_thread()
    assert any(app.paths.backups_dir.iterdir())


def test_a_failed_backup_is_tried_again_the_same_day_without_a_traceback(
    make_app: MakeApp,
    qtbot: QtBot,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    clock = FakeClock(local(2026, 11, 24, 10, 0))
    (tmp_path / "data").mkdir(parents=True)
    blocker = tmp_path / "data" / "backups"
    blocker.write_text("not a folder")  # the backup folder cannot be made
    app, _icon, _notifier = make_app(clock=clock)
    with qtbot.waitSignal(app.backups.failed, timeout=10000):
        pass
    assert "daily backup failed" in caplog.text
    assert "trying again in 1 min" in caplog.text
    blocker.unlink()
    app.on_tick()  # too soon: not tried again yet
    assert not app.backups.running
    assert not blocker.exists()
    clock.advance(dt.timedelta(minutes=1))
    with qtbot.waitSignal(app.backups.made, timeout=10000):
        app.on_tick()
    assert [p.name for p in blocker.iterdir()] == ["backup-2026-11-24.json"]
    assert "Traceback" not in capfd.readouterr().err


def test_the_app_reads_time_from_the_clock_it_is_given(make_app: MakeApp) -> None:
    clock = FakeClock(local(2026, 11, 24, 10, 0))
    app, _icon, _notifier = make_app(clock=clock)
    app.service.log_drink(300)
    (drink,) = app.store.drinks(*app.service.today())
    assert drink.at == clock.now()
    clock.advance(dt.timedelta(days=1))
    assert app.service.water_today() == 0  # yesterday's drink is not today's


def test_diary_from_the_tray_and_today_shows_panel_episodes(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    app.relief.show_panel("neck")
    need(app.windows.relief.window).over()
    need(app.windows.relief.window).close()
    assert "Cramp d&iary…" in need(app.view.tray).action_texts()
    need(app.view.tray).diary_requested.emit()
    window = app.windows.diary.window
    assert window is not None
    assert window.isVisible()
    assert [e.area for e in window.episodes()] == ["neck"]
    window.close()
    app.show_today()
    need(app.windows.today.window).diary_button.click()
    assert need(app.windows.diary.window).isVisible()
    need(app.windows.diary.window).close()


def test_the_diary_hands_its_dialog_the_apps_relief_content(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One way to reach data: the relief content is loaded once by the app, never by the diary.
    from spasm_desktop.ui.record.episode_dialog import EpisodeDialog

    app, _icon, _notifier = make_app()
    handed = []

    def ask(
        episode: Episode | None,
        tz: dt.tzinfo,
        now: Callable[[], dt.datetime],
        relief: ReliefContent,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        handed.append(relief)

    monkeypatch.setattr(EpisodeDialog, "ask", staticmethod(ask))
    app.record.show_diary()
    window = need(app.windows.diary.window)
    window.add_button.click()
    assert handed == [app.relief.content()]
    assert handed[0] is app.relief.content()
    window.close()


def _deleted_later(qapp: QApplication) -> None:
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.mark.parametrize(
    ("opener", "kind"),
    [
        ("record.show_diary", "diary"),
        ("relief.show_learn", "learn"),
        ("record.show_history", "history"),
        ("record.show_profile", "profile"),
        ("record.show_data", "data"),
        ("relief.show_panel", "relief"),
        ("setup.show_welcome", "welcome"),
    ],
)
def test_windows_open_again_after_closing_deleted_them(
    make_app: MakeApp, qapp: QApplication, opener: str, kind: str
) -> None:
    app, _icon, _notifier = make_app()
    owner, _, name = opener.rpartition(".")
    open_it = getattr(getattr(app, owner) if owner else app, name)
    slot = getattr(app.windows, kind)
    open_it()
    first = slot.window
    assert first.isVisible()
    open_it()  # open: raised, not built again
    assert slot.window is first
    first.close()
    _deleted_later(qapp)
    assert is_none(slot.window)
    open_it()
    again = slot.window
    assert again is not None
    assert again is not first
    assert again.isVisible()
    again.close()
    _deleted_later(qapp)


def test_a_day_without_a_goal_is_recorded_as_having_none(make_app: MakeApp) -> None:
    # Recorded, not left out: the history must not read the day against a goal set later.
    app, _icon, _notifier = make_app()
    set_water(app, goal_ml=None)
    app.refresh()
    today = app.clock.now().astimezone(app.clock.tz).date()
    tomorrow = today + dt.timedelta(days=1)
    assert app.store.day_goals(today, tomorrow) == {today: None}
    set_water(app, goal_ml=1800)
    app.refresh()
    assert app.store.day_goals(today, tomorrow) == {today: 1800}
    set_water(app, fluid_limit_ml=1500)  # a limit: water is log-only, no goal that day
    app.refresh()
    assert app.store.day_goals(today, tomorrow) == {today: None}


def test_the_today_window_is_kept_when_closed(make_app: MakeApp, qapp: QApplication) -> None:
    app, _icon, _notifier = make_app()
    app.show_today()
    first = need(app.windows.today.window)
    first.close()
    _deleted_later(qapp)
    assert app.windows.today.window is first
    assert not first.isVisible()
    app.show_today()
    assert app.windows.today.window is first
    assert first.isVisible()


def test_history_shows_the_record_and_the_day_goal(make_app: MakeApp, qapp: QApplication) -> None:
    app, _icon, _notifier = make_app()
    set_water(app, goal_ml=2000)
    app.service.log_drink(300)
    app.relief.show_panel("calf")
    need(app.windows.relief.window).over()
    need(app.windows.relief.window).close()
    app.view.set_hot_day(True)
    need(app.view.tray).history_requested.emit()
    window = need(app.windows.history.window)
    today = window.day_rows()[-1]
    assert today.cramps == 1
    assert today.water_ml == 300
    goal = need(app.service.water_goal())
    assert today.goal_ml == goal
    assert goal > need(app.service.settings.water.goal_ml)
    assert app.store.day_goals(today.day, today.day + dt.timedelta(days=1)) == {
        today.day: today.goal_ml
    }
    window.diary_button.click()
    assert need(app.windows.diary.window).isVisible()
    need(app.windows.diary.window).close()
    window.close()
    app.show_today()
    need(app.windows.today.window).history_button.click()
    assert need(app.windows.history.window).isVisible()
    need(app.windows.history.window).close()


def test_profile_fluid_limit_makes_water_log_only(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app()
    set_water(app, goal_ml=2000)
    need(app.view.tray).profile_requested.emit()
    assert need(app.windows.profile.window).isVisible()
    app.set_fluid_limit(1200)
    assert app.service.settings.water.fluid_limit_ml == 1200
    assert app.service.water_goal() is None  # a ceiling, never a target
    assert W not in app.service.next_due()
    saved = json.loads(app.paths.settings_file.read_text())
    assert saved["water"]["fluid_limit_ml"] == 1200
    app.set_fluid_limit(None)
    assert is_none(app.service.settings.water.fluid_limit_ml)
    assert app.service.water_goal() == 2000  # the goal kept meanwhile comes back
    assert W in app.service.next_due()
    need(app.windows.profile.window).close()


def test_report_from_the_history_opens_your_data_on_that_period(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app()
    app.record.show_history()
    need(app.windows.history.window).set_period(14)
    need(app.windows.history.window).report_button.click()
    window = app.windows.data.window
    assert window is not None
    assert window.isVisible()
    assert window.export_tab.export_format() == "pdf"
    first, last = need(window.export_tab.period())
    assert (last - first).days == 13
    window.close()
    need(app.windows.history.window).close()


def test_the_report_name_and_notes_are_kept_for_the_next_report(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app()
    app.record.show_data()
    need(app.windows.data.window).export_tab.name_edit.setText("Sam Example")
    need(app.windows.data.window).export_tab.notes_edit.setPlainText("Ask about the night cramps")
    need(app.windows.data.window).close()
    assert app.store.load_value(record_windows.REPORT_NOTES) == {
        "name": "Sam Example",
        "notes": "Ask about the night cramps",
    }
    app.record.show_data()
    assert need(app.windows.data.window).export_tab.name_edit.text() == "Sam Example"
    assert (
        need(app.windows.data.window).export_tab.notes_edit.toPlainText()
        == "Ask about the night cramps"
    )
    need(app.windows.data.window).close()


def test_the_report_is_written_from_the_app_records(make_app: MakeApp, tmp_path: Path) -> None:
    from pypdf import PdfReader

    app, _icon, _notifier = make_app()
    app.relief.show_panel("calf")
    need(app.windows.relief.window).over()
    need(app.windows.relief.window).close()
    today = app.clock.now().astimezone(app.clock.tz).date()
    out = tmp_path / "report.pdf"
    notes = ReportNotes("Sam Example", "Ask whether my new tablets matter")
    app.record.write_report(out, today - dt.timedelta(days=13), today, notes)
    assert out.stat().st_mode & 0o777 == 0o600
    first_page = " ".join(PdfReader(out).pages[0].extract_text().split())
    everything = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Name: Sam Example" in first_page
    assert "Notes for the appointment Ask whether my new tablets matter" in everything
    assert "Muscle cramp diary summary" in first_page
    assert "Patient-reported data; not validated; not a diagnosis." in first_page
