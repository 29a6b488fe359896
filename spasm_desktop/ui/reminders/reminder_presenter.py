"""How a due reminder reaches the person: the pop-up, the desktop notification and the beep.

:class:`ReminderPresenter` shows what the service says is due, as the delivery setting says,
with a rotating tip per kind, and hands the person's answer back to the service. It also shows
the welcome's sample reminder (whose answers are not recorded).

In the automatic mode (the default) a reminder takes one channel: where the notification server
shows buttons, a notification with the reminder's "done", "snooze" and "skip" (for all of a
combined reminder) and no pop-up; otherwise the pop-up alone. A button's press reaches the
service exactly as the pop-up's button does; a notification that goes away unanswered, or is
still there when a pop-up would have closed, counts as missed, like the pop-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import reminder_choices
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.settings import DeliveryMode
from spasm_desktop.service import ReminderService
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import assets, text

if TYPE_CHECKING:  # imported when the first reminder shows
    from spasm_desktop.core.relief import RedFlags
    from spasm_desktop.core.tips import Tip
    from spasm_desktop.ui.reminders.popup import ReminderPopup

# The reminder tips shown lately, by kind (records' state table; see ``core.tips.choose``).
TIPS_SHOWN = "tips_shown"
# How long a desktop notification stays, in seconds.
NOTIFICATION_S = 60
# A notification's "snooze" button: the middle of the pop-up's choices.
SNOOZE_MIN = 10
# What a notification's buttons answer, by key.
ANSWERS: dict[str, tuple[Outcome, int | None]] = {
    "done": (Outcome.DONE, None),
    "snooze": (Outcome.SNOOZED, SNOOZE_MIN),
    "skip": (Outcome.SKIPPED, None),
}


class ReminderPresenter(QtCore.QObject):
    """Shows due reminders and passes the answers on.

    Signals:
        gone(): the pop-up on screen closed (refresh the tray). No signal when reminders are
            shown: that happens inside the service's check, whose ``changed`` refreshes once.
        routine_requested(object): the pop-up's "Start routine" or "Show me" (a ReminderKind).
        not_delivered(str, str): a notification could not be shown (title, body): say it
            another way.
    """

    gone = QtCore.Signal()
    routine_requested = QtCore.Signal(object)
    not_delivered = QtCore.Signal(str, str)

    def __init__(
        self,
        service: ReminderService,
        store: RecordStore,
        make_notifier: Callable[[QtCore.QObject], Any],
        red_flags: Callable[[], RedFlags | None],
        parent: QtCore.QObject | None = None,
    ) -> None:
        """``make_notifier(parent)`` makes the notifier when :meth:`start` is called;
        ``red_flags()`` is the app's one list of red flags (None: unreadable).
        """
        super().__init__(parent)
        self._service = service
        self._store = store
        self._make_notifier = make_notifier
        self._red_flags = red_flags
        self.notifier: Any = None  # made by start()
        self.popup: ReminderPopup | None = None  # while one is on screen
        # Which pop-up ``popup`` is: a replaced one, deleted later, must not forget its successor.
        self._popup_serial = 0
        self.sample: ReminderPopup | None = None  # the welcome's sample pop-up
        self._tips: tuple[Tip, ...] | None = None  # loaded when first needed
        self._last_notification = ("", "")
        # The reminders a notification with buttons shows, unanswered (empty: none).
        self.notice_kinds: list[ReminderKind] = []
        # That notification's id (0: not known yet).
        self._notice_id = 0
        # Closes the notification with buttons as missed when a pop-up would have closed.
        self._notice_timer = QtCore.QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._notice_expired)

    def start(self) -> None:
        """Make the notifier (start-up, once the tray is up) and ask whether it shows buttons."""
        self.notifier = self._make_notifier(self)
        self.notifier.finished.connect(self._on_notified)
        # A notifier without buttons (a stand-in, another platform) has none of these.
        for name, slot in (
            ("shown", self._on_shown),
            ("invoked", self._on_invoked),
            ("closed", self._on_closed),
        ):
            signal = getattr(self.notifier, name, None)
            if signal is not None:
                signal.connect(slot)
        listen = getattr(self.notifier, "listen", None)
        if listen is not None:
            listen()

    def stop(self) -> None:
        """Stop hearing the notification's buttons (at quit)."""
        self._notice_timer.stop()
        stop = getattr(self.notifier, "stop", None)
        if stop is not None:
            stop()

    @property
    def buttons(self) -> bool:
        """Whether notifications can carry the reminder's buttons now."""
        return bool(getattr(self.notifier, "buttons", False))

    def present(self, kinds: list[ReminderKind]) -> None:
        """Show the reminders due now, as the delivery setting says."""
        settings = self._service.settings
        mode = settings.delivery.mode
        with_buttons = mode is DeliveryMode.AUTO and self.buttons
        if mode in (DeliveryMode.BOTH, DeliveryMode.POPUP) or (
            mode is DeliveryMode.AUTO and not with_buttons
        ):
            self._show_popup(kinds)
        if with_buttons:
            # The one on screen was recorded as ignored by the check that brought these; the
            # new notification takes its place (the notifier replaces its last one).
            self.dismiss(withdraw=False)
            self.notice_kinds = list(kinds)
            self._notice_id = 0
            self._notify(kinds, _buttons(kinds), settings.delivery.popup_seconds)
            self._notice_timer.start(settings.delivery.popup_seconds * 1000)
        elif mode in (DeliveryMode.BOTH, DeliveryMode.NOTIFICATION):
            self._notify(kinds, (), NOTIFICATION_S)
        if settings.delivery.sound:
            QtWidgets.QApplication.beep()

    def _show_popup(self, kinds: list[ReminderKind]) -> None:
        from spasm_desktop.ui.reminders import popup

        service = self._service
        settings = service.settings
        self.dismiss()
        shown = popup.ReminderPopup(
            kinds,
            settings,
            service.water_today(),
            player=True,
            tips=self._pick_tips(kinds) if settings.delivery.tips else None,
            red_flags=self._red_flags(),
        )
        self.popup = shown
        self._popup_serial += 1
        serial = self._popup_serial
        shown.answered.connect(self._on_answer)
        shown.routine_requested.connect(self.routine_requested)
        shown.destroyed.connect(lambda: self._on_popup_gone(serial))
        shown.show_in_corner()

    def _notify(
        self, kinds: list[ReminderKind], buttons: tuple[tuple[str, str], ...], seconds: int
    ) -> None:
        service = self._service
        title = (
            text.title(kinds[0])
            if len(kinds) == 1
            else text.tr("Reminders: %1").replace("%1", ", ".join(text.kind_name(k) for k in kinds))
        )
        body = "\n".join(text.body(k, service.settings, service.water_today()) for k in kinds)
        self._last_notification = (title, body)
        assert self.notifier is not None
        icon = assets.icon_file(kinds[0].value)
        if buttons:
            self.notifier.notify(title, body, icon, seconds, buttons)
        else:
            self.notifier.notify(title, body, icon, seconds)

    def show_sample(self) -> None:
        """A sample reminder, to see what one looks like (nothing is recorded)."""
        from spasm_desktop.ui.reminders import popup

        self.close()
        settings = self._service.settings
        # With a fluid limit no water reminder ever comes (CONTENT.md §7a): show another kind.
        kind = ReminderKind.STRETCH if settings.water.log_only else ReminderKind.WATER
        sample = popup.ReminderPopup(
            [kind], settings, self._service.water_today(), red_flags=self._red_flags()
        )
        sample.setWindowTitle(text.window_title(text.tr("Sample reminder")))
        sample.show_in_corner()
        self.popup = None  # not a real reminder: its answers are not recorded
        self.sample = sample

    def _pick_tips(self, kinds: list[ReminderKind]) -> dict[ReminderKind, str]:
        """One tip per kind, rotating so none repeats before the others of its kind were shown."""
        from spasm_desktop.core import tips

        if self._tips is None:
            from spasm_desktop.storage import tips as tips_store

            loaded, _problems = tips_store.load_tips()
            self._tips = loaded or ()
        fluid_limit = self._service.settings.water.fluid_limit_ml is not None
        shown = self._store.load_value(TIPS_SHOWN, {})
        chosen, shown = tips.choose(self._tips, [k.value for k in kinds], shown, fluid_limit)
        self._store.save_value(TIPS_SHOWN, shown)
        return {ReminderKind(kind): text.data(tip.text) for kind, tip in chosen.items()}

    @property
    def waiting(self) -> bool:
        """Whether a pop-up or notification with reminders not yet answered is on screen."""
        return bool(self.on_screen())

    def focus(self) -> bool:
        """Give the open pop-up the keyboard (it opens without taking focus); False: none."""
        if self.popup is None:
            return False
        self.popup.take_keyboard()
        return True

    def on_screen(self) -> list[ReminderKind]:
        """The kinds the pop-up or the notification with buttons on screen still shows
        unanswered (the service asks at each check: a new reminder replaces them, and these are
        recorded as ignored then).
        """
        shown = list(self.popup.open_kinds) if self.popup is not None else []
        return shown + [kind for kind in self.notice_kinds if kind not in shown]

    def dismiss(self, withdraw: bool = True) -> None:
        """Close the pop-up and the notification with buttons on screen without answering: the
        service has already recorded what they still showed as ignored (the check that brings
        a new one, a pause, do-not-disturb). ``withdraw``: take the notification off the screen
        too (not when a new one is about to replace it).
        """
        if self.popup is not None:
            self.popup.dismiss()
            self.popup = None
            self._popup_serial += 1  # its deletion later changes nothing: no refresh then
        if self.notice_kinds and withdraw and self._notice_id:
            self.notifier.withdraw(self._notice_id)
        self._forget_notice()

    def close(self) -> None:
        """Close the pop-up and the notification with buttons on screen (what they still show
        is recorded as ignored).
        """
        if self.popup is not None:
            self.popup.close()
            self.popup = None
        if self.notice_kinds:
            self._notice_expired()

    def _on_answer(self, kinds: list[ReminderKind], outcome: Outcome, snooze: int | None) -> None:
        self._service.answer(kinds, outcome, snooze)

    def _on_popup_gone(self, serial: int) -> None:
        if serial == self._popup_serial:
            self.popup = None
            self.gone.emit()
        # An older pop-up, replaced, leaves the newer one tracked: nothing changed then.

    def _forget_notice(self) -> list[ReminderKind]:
        """Stop tracking the notification with buttons; the kinds it still showed."""
        kinds, self.notice_kinds, self._notice_id = self.notice_kinds, [], 0
        self._notice_timer.stop()
        return kinds

    def _on_shown(self, notification_id: int) -> None:
        if self.notice_kinds and not self._notice_id:
            self._notice_id = notification_id

    def _on_notified(self, ok: bool, path: str) -> None:
        if self.notice_kinds and not self._notice_id:
            # The notification with buttons did not reach the server (or came without its
            # buttons, through plyer): the reminder needs an answer, so the pop-up shows it.
            self._show_popup(self._forget_notice())
            return
        if not ok:
            self.not_delivered.emit(*self._last_notification)

    def _on_invoked(self, notification_id: int, key: str) -> None:
        """A button on the notification: the same answer as the pop-up's button."""
        if not self.notice_kinds or notification_id != self._notice_id or key not in ANSWERS:
            return
        kinds = self._forget_notice()
        outcome, snooze = ANSWERS[key]
        if outcome is Outcome.DONE:
            # As the pop-up's "Show me" and "Start routine": the stretch player opens.
            for kind in kinds:
                if kind in (ReminderKind.STRETCH, ReminderKind.BEDTIME):
                    self.routine_requested.emit(kind)
                    break
        self._on_answer(kinds, outcome, snooze)

    def _on_closed(self, notification_id: int, _reason: int) -> None:
        """The notification went away unanswered (expired, dismissed): missed."""
        if self.notice_kinds and notification_id == self._notice_id:
            self._on_answer(self._forget_notice(), Outcome.IGNORED, None)

    def _notice_expired(self) -> None:
        """A pop-up would have closed by now: what the notification still shows was missed."""
        notification_id = self._notice_id
        kinds = self._forget_notice()
        if notification_id:
            self.notifier.withdraw(notification_id)
        if kinds:
            self._on_answer(kinds, Outcome.IGNORED, None)


def _buttons(kinds: list[ReminderKind]) -> tuple[tuple[str, str], ...]:
    """A notification's buttons as (key, label) pairs: for the one reminder, or for all.

    Servers show few buttons (GNOME at most three), so a combined reminder gets one set for all
    of its reminders, named so.
    """
    chosen = reminder_choices.skip(kinds)
    if chosen is reminder_choices.Skip.ALL:
        return (
            ("done", text.tr("All done")),
            ("snooze", text.tr("Snooze all %n minutes", None, SNOOZE_MIN)),
            ("skip", text.tr("Skip all")),
        )
    kind = kinds[0]
    done = {
        ReminderKind.WATER: text.tr("I drank a glass"),
        ReminderKind.STRETCH: text.tr("Show me"),
        ReminderKind.MOVE: text.tr("Done, I moved"),
        ReminderKind.BEDTIME: text.tr("Start routine"),
    }[kind]
    skip = text.tr("Skip tonight") if chosen is reminder_choices.Skip.TONIGHT else text.tr("Skip")
    return (
        ("done", done),
        ("snooze", text.tr("Snooze %n minutes", None, SNOOZE_MIN)),
        ("skip", skip),
    )
