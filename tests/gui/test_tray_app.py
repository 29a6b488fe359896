"""The tray menu of the whole app on a fake clock: its pause and hold entries reach the reminder
service and end at the right time, its one Resume ends either, and its routines show their real
length (from the routine files and the person's hold length).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.application import Application
from spasm_desktop.core import routine as rt
from tests.fakes import BERLIN, FakeClock, local
from tests.gui.conftest import MakeApp
from tests.gui.needed import need

START = local(2026, 11, 24, 14, 0)  # a Tuesday afternoon in Berlin


def pause_entry(app: Application, label: str) -> QtGui.QAction:
    tray = need(app.view.tray)
    tray.refresh_menu()
    title = next(a for a in tray.menu.actions() if a.text() == "&Pause reminders")
    sub = title.menu()
    assert isinstance(sub, QtWidgets.QMenu)
    return next(a for a in sub.actions() if a.text().replace("&", "") == label)


def resume_entry(app: Application) -> QtGui.QAction | None:
    tray = need(app.view.tray)
    tray.refresh_menu()
    return next((a for a in tray.menu.actions() if a.objectName() == "resume"), None)


@pytest.mark.parametrize(
    ("label", "until"),
    [
        ("For 15 minutes", local(2026, 11, 24, 14, 15)),
        ("For 30 minutes", local(2026, 11, 24, 14, 30)),
        ("For 1 hour", local(2026, 11, 24, 15, 0)),
        ("For 2 hours", local(2026, 11, 24, 16, 0)),
        ("Until tomorrow", local(2026, 11, 25, 0, 0)),
    ],
)
def test_pause_entries_pause_until_the_right_time(
    make_app: MakeApp, label: str, until: dt.datetime
) -> None:
    clock = FakeClock(START)
    app, _icon, _notifier = make_app(clock=clock)
    assert resume_entry(app) is None
    pause_entry(app, label).trigger()
    assert app.service.state.paused_until == until
    assert app.service.state.is_paused(clock.now())
    resume = resume_entry(app)
    assert resume is not None
    local_end = until.astimezone(BERLIN)
    short = QtCore.QLocale.FormatType.ShortFormat
    shown = QtCore.QLocale().toString(QtCore.QTime(local_end.hour, local_end.minute), short)
    assert shown in resume.text()
    # The pause ends by itself at that time: Resume goes away.
    clock.advance(until - clock.now())
    app.service.check()
    app.refresh()
    assert not app.service.state.is_paused(clock.now())
    assert resume_entry(app) is None


def test_resume_ends_a_pause_now(make_app: MakeApp) -> None:
    clock = FakeClock(START)
    app, _icon, _notifier = make_app(clock=clock)
    pause_entry(app, "For 2 hours").trigger()
    clock.advance(dt.timedelta(minutes=20))
    resume = resume_entry(app)
    assert resume is not None
    resume.trigger()
    assert not app.service.state.is_paused(clock.now())
    assert resume_entry(app) is None


def test_hold_entries_are_do_not_disturb_and_resume_ends_them(make_app: MakeApp) -> None:
    """Holding is not pausing: what comes due waits (do not disturb), so it is kept apart."""
    clock = FakeClock(START)
    app, _icon, _notifier = make_app(clock=clock)
    pause_entry(app, "Hold for 1 hour, then show what I missed").trigger()
    state = app.service.state
    assert state.dnd_until == local(2026, 11, 24, 15, 0)
    assert not state.dnd_indefinite
    assert state.paused_until is None
    resume = resume_entry(app)
    assert resume is not None
    assert "held until 15:00" in resume.text()
    resume.trigger()
    assert not app.service.state.is_dnd(clock.now())
    pause_entry(app, "Hold until I resume, then show what I missed").trigger()
    assert app.service.state.dnd_indefinite
    clock.advance(dt.timedelta(hours=5))
    app.refresh()
    resume = resume_entry(app)
    assert resume is not None
    assert "until you resume" in resume.text()
    resume.trigger()
    assert not app.service.state.is_dnd(clock.now())
    assert resume_entry(app) is None


def test_routines_show_their_real_length(make_app: MakeApp) -> None:
    clock = FakeClock(START)
    app, _icon, _notifier = make_app(clock=clock)
    library = app.routines.library
    shown: dict[str, str] = {}
    for routine_id, name in app.routines.menu():
        seconds = rt.length_s(library.routines[routine_id], library.exercises)
        shown[routine_id] = f"{name} — {rt.menu_minutes(seconds)} min"
    tray = need(app.view.tray)
    tray.refresh_menu()
    stretch = next(a for a in tray.menu.actions() if a.text() == "Str&etch now").menu()
    assert isinstance(stretch, QtWidgets.QMenu)
    texts = [a.text() for a in stretch.actions() if not a.isSeparator()][:-1]
    assert texts == list(shown.values())
    # The person's longer holds make the stretches longer, and the menu says so.
    settings = app.service.settings
    longer = dataclasses.replace(
        settings, routines=dataclasses.replace(settings.routines, hold_s=45)
    )
    app.service.apply_settings(longer)
    app.refresh()
    tray.refresh_menu()
    stretch = next(a for a in tray.menu.actions() if a.text() == "Str&etch now").menu()
    assert isinstance(stretch, QtWidgets.QMenu)
    after = [a.text() for a in stretch.actions() if not a.isSeparator()][:-1]
    assert after != texts
    assert any(
        rt.length_s(library.routines[rid], library.exercises, 45)
        > rt.length_s(library.routines[rid], library.exercises)
        for rid in shown
    )
