"""Opens every window of the real app in turn, on the screen this process was started on, and
prints (as one JSON line) what of each does not fit: run by ``test_window_fit.py`` through
``tests.screens.run_on_screen``, one process per screen and text size.

Settings and the diary's episode form are left out: they are being redesigned (issue 15) by
their own owners, who add them here with their new layout.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from spasm_desktop import application
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import NightClock
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import paths as paths_mod
from spasm_desktop.storage import salvage
from spasm_desktop.ui.record.add_nights import AddNightsDialog
from spasm_desktop.ui.record.episode_dialog import EpisodeDialog
from spasm_desktop.ui.record.medicine_dialog import MedicineDialog
from spasm_desktop.ui.reminders import held_notice, salvaged
from spasm_desktop.ui.reminders.popup import ReminderPopup
from spasm_desktop.ui.reminders.today import DrinkAmountDialog
from spasm_desktop.ui.routines.routine_editor import RoutineEditorDialog
from spasm_desktop.ui.setup.settings_dialog import SettingsDialog
from tests.fakes import FakeClock, local
from tests.gui.needed import child, need

K = ReminderKind


class Notifier(QtCore.QObject):
    """A notifier that sends nothing (the pop-up is what is measured)."""

    finished = QtCore.Signal(bool, str)

    def notify(self, title: str, body: str, icon_path: str, timeout_s: int) -> None:
        self.finished.emit(False, "none")


def settle() -> None:
    for _ in range(3):
        QtWidgets.QApplication.processEvents()


def box(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> QtCore.QRect:
    return QtCore.QRect(widget.mapTo(window, QtCore.QPoint(0, 0)), widget.size())


def in_view(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    """Shown, wholly inside the window, and inside the visible part of any scroll area."""
    if not widget.isVisibleTo(window) or not window.rect().contains(box(widget, window)):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QtWidgets.QAbstractScrollArea):
            viewport = parent.viewport()
            if not viewport.rect().contains(box(widget, viewport)):
                return False
        parent = parent.parentWidget()
    return True


def clipped_labels(window: QtWidgets.QWidget) -> list[str]:
    """Wrapped labels outside scroll areas that are too short for their lines."""
    found = []
    for label in window.findChildren(QtWidgets.QLabel):
        if not label.isVisibleTo(window) or not label.wordWrap() or not label.text():
            continue
        inside_scroll = False
        parent = label.parentWidget()
        while parent is not None and parent is not window:
            inside_scroll = inside_scroll or isinstance(parent, QtWidgets.QAbstractScrollArea)
            parent = parent.parentWidget()
        if not inside_scroll and label.height() < label.heightForWidth(label.width()):
            found.append(label.text()[:40])
    return found


def measure(
    name: str,
    window: QtWidgets.QWidget,
    keys: Iterable[QtWidgets.QAbstractButton],
    room: QtCore.QRect,
) -> dict[str, object]:
    """What of ``window`` does not fit ``room`` (the screen's available area)."""
    settle()
    keys = list(keys)
    for buttons in window.findChildren(QtWidgets.QDialogButtonBox):
        if buttons.isVisibleTo(window):
            keys.extend(b for b in buttons.buttons() if b.isVisibleTo(window))
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    frame = window.frameGeometry()
    return {
        "name": name,
        "minimum": [least.width(), least.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "too big": least.width() > room.width() or least.height() > room.height(),
        "off screen": not room.contains(frame),
        "keys hidden": [
            b.text().replace("&", "") or b.accessibleName() for b in keys if not in_view(b, window)
        ],
        "keys squeezed": [
            b.text().replace("&", "") for b in keys if b.width() < b.sizeHint().width()
        ],
        "keys": len(keys),
        "clipped": clipped_labels(window),
    }


def player_scrolls(player: QtWidgets.QWidget) -> list[str]:
    """The steps whose instruction needs the scroll bar, through the whole routine."""
    found = []
    for _ in range(60):
        settle()
        bar = player.words_scroll.verticalScrollBar()  # type: ignore[attr-defined]
        if bar.maximum() > 0:
            found.append(player.exercise_label.text())  # type: ignore[attr-defined]
        if not player.next_button.isEnabled():  # type: ignore[attr-defined]
            break
        player.next_button.click()  # type: ignore[attr-defined]
    return sorted(set(found))


def main(
    setup: Callable[[QtWidgets.QApplication], object] | None = None,
    inspect: Callable[[str, QtWidgets.QWidget], dict[str, object]] | None = None,
) -> None:
    """``setup`` runs before the app is built (to install a translator); ``inspect`` adds its
    findings to each window's (``pseudo_probe.py`` looks for untranslated and cut texts).
    """
    qapp = QtWidgets.QApplication([])
    if setup is not None:
        setup(qapp)
    room = qapp.primaryScreen().availableGeometry()
    home = tempfile.TemporaryDirectory()  # removed when the process ends
    folder = Path(home.name)
    paths = paths_mod.Paths(folder / "config", folder / "data")
    paths.ensure()
    clock = FakeClock(local(2026, 3, 4, 10, 30))
    tray = QtWidgets.QSystemTrayIcon()
    app = application.Application(qapp, paths, tray, Notifier, show_welcome=False, clock=clock)
    app.start()
    slots = app.windows
    found: list[dict[str, object]] = []

    def check(
        name: str, window: QtWidgets.QWidget | None, keys: Iterable[QtWidgets.QAbstractButton]
    ) -> None:
        assert window is not None, name
        settle()
        found.append(measure(name, window, keys, room))
        if inspect is not None:
            found[-1].update(inspect(name, window))

    app.show_today()
    today = need(slots.today.window)
    check("today", today, [today.relief_button, today.close_button])
    today.close()

    red_flags = app.relief.red_flags()
    for kinds in ([K.STRETCH], [K.WATER, K.STRETCH, K.MOVE, K.BEDTIME]):
        popup = ReminderPopup(kinds, Settings(), 750, red_flags=red_flags)
        popup.show_in_corner()
        # The reminders scroll when they are taller than the screen; the bottom row stays.
        keys = [popup.snooze_button, popup.skip_button, popup.help_button]
        check(f"pop-up of {len(kinds)}", popup, keys)
        child(popup, QtWidgets.QPushButton, "primary_stretch").click()  # "Show me"
        settle()
        check(f"pop-up of {len(kinds)}, steps shown", popup, keys)
        popup.help_button.click()  # and "When to get help" open too
        check(f"pop-up of {len(kinds)}, steps and help shown", popup, keys)
        popup.dismiss()

    app.relief.show_panel("calf")
    panel = need(slots.relief.window)
    panel.choose("calf", "left")
    check("relief card", panel, [panel.card.over_button, panel.card.stretch_button])
    panel.close()

    app.routines.show("desk-break", intro=True)
    player = need(slots.player.window)
    check("player first screen", player, [player.start_button, player.intro_close_button])
    for routine in sorted(app.routines.library.routines):
        app.routines.show(routine, intro=False)
        player = need(slots.player.window)
        check(f"player {routine}", player, [player.stop_button, player.next_button])
        found[-1]["scrolls"] = player_scrolls(player)
        player.close()
        settle()

    editor = RoutineEditorDialog(app.routines.library, paths.routines_dir, "bedtime-core")
    editor.show()
    check("routine editor", editor, [])
    editor.close()

    app.record.show_diary()
    diary = need(slots.diary.window)
    check("diary", diary, [diary.add_button, diary.edit_button, diary.delete_button])
    nights = AddNightsDialog(app.store, NightClock(dt.time(22, 30), clock.tz), clock.now)
    nights.show()
    check("add nights", nights, [nights.save_button])
    nights.close()
    diary.close()
    app.record.show_history()
    history = need(slots.history.window)
    check("history", history, [history.report_button, history.diary_button])
    history.close()
    app.record.show_profile()
    profile = need(slots.profile.window)
    check("profile", profile, [profile.close_button])
    profile.close()
    medicine = MedicineDialog(None, dt.date(2026, 3, 4))
    medicine.show()
    check("medicine", medicine, [medicine.save_button])
    medicine.close()
    app.record.show_data()
    data = need(slots.data.window)
    check("your data", data, [data.close_button])
    data.close()

    app.relief.show_learn()
    learn = need(slots.learn.window)
    check("learn", learn, [])  # a page to read: its buttons are in its text, which scrolls
    learn.close()

    app.setup.show_welcome()
    welcome = need(slots.welcome.window)
    wizard_buttons = (
        QtWidgets.QWizard.WizardButton.NextButton,
        QtWidgets.QWizard.WizardButton.CustomButton1,  # Skip setup
    )
    check("welcome", welcome, [welcome.button(b) for b in wizard_buttons])
    welcome.close()

    settings = SettingsDialog(
        app.service.settings,
        activity="Detecting activity with: X11",
        routines=(("bedtime-core", "Bedtime", "bedtime"),),
        cues="Sound: paplay. Speech: espeak-ng",
        welcome=lambda: None,
    )
    settings.show()
    tabs = child(settings, QtWidgets.QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        save = child(settings, QtWidgets.QDialogButtonBox).buttons()
        check(f"settings, tab {index + 1}", settings, save)
    settings.close()

    content = app.relief.content()
    full = Episode(
        started=clock.now() - dt.timedelta(hours=3),
        duration_s=95,
        area="calf",
        side="left",
        severity=6,
        feelings=("knot",),
        context=("asleep",),
        helped=("stretch",),
        notes="A long note that wraps over more than one line of the form, as people write.",
        triggers=("heat",),
        relief_minutes=4,
        woke_me=True,
        sleep_disruption=6,
        soreness_next_day=2,
    )
    for name, episode in (("cramp form, new", None), ("cramp form, every detail", full)):
        form = EpisodeDialog(episode, clock.tz, clock.now, content)
        form.show()
        check(name, form, [form.save_button])
        form.close()

    app.checkin.open(clock.now().date() - dt.timedelta(days=1))
    checkin = need(slots.checkin.window)
    check("check-in", checkin, [checkin.none_button, checkin.skip_button])
    checkin.close()
    # In a two-week log it asks two more things (how long, sleep disturbed).
    app.checkin.start_log()
    app.checkin.open(clock.now().date())
    checkin = need(slots.checkin.window)
    check("check-in, two-week log", checkin, [checkin.none_button, checkin.save_button])
    checkin.close()
    app.checkin.stop_log()

    drink = DrinkAmountDialog(app.service.settings.unit, 250, None)
    drink.show()
    check("drink amount", drink, [])
    drink.close()

    table = salvage.TableResult("events", 1200, True, 2)
    result = salvage.SalvageResult(
        paths.data_dir / "records.sqlite3.damaged", "malformed", (table,)
    )
    notice = salvaged.show(result)
    check("repaired notice", notice, [])
    notice.close()
    held = held_notice.kept_box(3, paths.data_dir / "held-records.sql", "disk I/O error")
    held.show()
    check("held records notice", held, [])
    held.close()

    size = room.size()
    print(json.dumps({"available": [size.width(), size.height()], "windows": found}))
    app.stop()
    sys.exit(0)


if __name__ == "__main__":
    main()
