"""The two-week log in the running app: started from Your data, asked every morning even with
the check-in off, the log's daily items stored, and the report of exactly its 14 days offered
once at the end (fake clock, real records file).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot

from spasm_desktop.application import Application
from spasm_desktop.core import two_week_log
from spasm_desktop.core.nights import Answer
from spasm_desktop.ui.record.two_week_log_box import LogControls, LogStatus, TwoWeekLogBox
from spasm_desktop.ui.reminders.checkin import CheckinWindow
from tests.fakes import FakeClock, local
from tests.gui.conftest import MakeApp
from tests.gui.needed import need

FIRST = dt.date(2026, 11, 20)


def start(make_app: MakeApp, clock: FakeClock) -> Application:
    app, _icon, _notifier = make_app(clock=clock)
    settings = app.service.settings
    # The morning check-in is off: the log asks anyway.
    bedtime = dataclasses.replace(settings.bedtime, bedtime=dt.time(22, 30), checkin=False)
    app.setup.apply(dataclasses.replace(settings, bedtime=bedtime))
    return app


def checkin(app: Application) -> CheckinWindow | None:
    return app.windows.checkin.showing


def test_a_log_asks_each_night_and_offers_its_report_at_the_end(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    clock = FakeClock(local(2026, 11, 20, 15, 0))
    app = start(make_app, clock)
    app.record.show_data()
    window = need(app.windows.data.window)
    box = window.log_box
    assert box is not None
    assert box.start_button.isVisible()
    # A fresh record: it has missed no night, and the log is offered plainly.
    assert box.words.text().startswith("Your record is new")
    box.start_button.click()
    assert app.store.load_value(two_week_log.STATE_KEY) == FIRST.isoformat()
    assert box.stop_button.isVisible()
    assert not box.start_button.isVisible()
    assert "Two-week log running" in box.words.text()
    app.show_today()
    today = need(app.windows.today.window)
    assert today.log_label.isVisible()
    assert today.log_label.text().startswith("Two-week log running, until the night of ")

    complete: list[tuple[dt.date, dt.date]] = []
    app.checkin.log_complete.connect(lambda first, last: complete.append((first, last)))
    for number in range(1, 15):
        night = FIRST + dt.timedelta(days=number - 1)
        clock.set_local(dt.datetime.combine(night + dt.timedelta(days=1), dt.time(8)))
        app.on_tick()
        asked = checkin(app)
        assert asked is not None
        assert asked.night == night
        assert asked.log_night == number
        assert asked.log_label.text() == f"Two-week log: night {number} of 14"
        if number == 3:  # two cramps: the longest 4 minutes, sleep disturbed 6 of 10
            asked.count_buttons[1].click()
            asked.worst.set_value(7)
            asked.longest.setValue(4)
            asked.sleep.set_value(6)
            asked.save_button.click()
        else:
            asked.none_button.click()
        qtbot.waitUntil(lambda: checkin(app) is None)
        assert complete == ([(FIRST, FIRST + dt.timedelta(days=13))] if number == 14 else [])

    cramps = sorted(
        app.store.episodes(local(2026, 11, 22, 12, 0), local(2026, 11, 23, 12, 0)),
        key=lambda e: e.duration_s or 0,
        reverse=True,
    )
    assert [(e.severity, e.duration_s, e.sleep_disruption) for e in cramps] == [
        (7, 240, 6),
        (None, None, None),
    ]
    # The end: the report of exactly those 14 days is set in Your data, said once.
    export = window.export_tab
    assert export.period() == (FIRST, FIRST + dt.timedelta(days=13))
    assert "is complete: 14 of 14 nights recorded" in box.words.text()
    assert box.report_button.isVisible()
    clock.advance(dt.timedelta(days=1))
    app.on_tick()
    assert len(complete) == 1
    # After the log, with the check-in off, nothing is asked, and Today no longer says it runs.
    assert checkin(app) is None
    app.refresh()
    assert not today.log_label.isVisible()
    assert app.store.morning_answers(FIRST, FIRST + dt.timedelta(days=13))[FIRST].answer is (
        Answer.NONE
    )


def test_the_log_waits_while_reminders_are_held(make_app: MakeApp, qtbot: QtBot) -> None:
    clock = FakeClock(local(2026, 11, 20, 15, 0))
    app = start(make_app, clock)
    app.checkin.start_log()
    clock.set_local(dt.datetime(2026, 11, 21, 8, 0))
    app.set_dnd(60)
    app.on_tick()
    app.refresh()
    assert checkin(app) is None
    app.service.clear_dnd()
    app.refresh()
    asked = checkin(app)
    assert asked is not None
    assert asked.log_night == 1
    asked.close()


def test_the_box_offers_a_log_plainly_only_when_few_nights_are_recorded(qtbot: QtBot) -> None:
    statuses = [LogStatus(None, False, 12, 0), LogStatus(None, False, 9, 0)]
    box = TwoWeekLogBox(LogControls(lambda: statuses[0], lambda: None, lambda: None), print)
    qtbot.addWidget(box)
    box.refresh()
    assert "Only" not in box.words.text()
    assert "For 14 nights" in box.words.text()
    statuses.reverse()
    box.refresh()
    assert box.words.text().startswith("Only 9 of the last 14 nights are recorded")
