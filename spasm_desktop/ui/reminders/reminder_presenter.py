"""How a due reminder reaches the person: the pop-up, the desktop notification and the beep.

:class:`ReminderPresenter` shows what the service says is due, as the delivery setting says,
with a rotating tip per kind, and hands the person's answer back to the service. It also shows
the welcome's sample reminder (whose answers are not recorded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import step
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.service import ReminderService
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import assets, text

if TYPE_CHECKING:  # imported when the first reminder shows
    from spasm_desktop.core.relief import RedFlags
    from spasm_desktop.core.tips import Tip
    from spasm_desktop.ui.reminders.popup import ReminderPopup

#: The reminder tips shown lately, by kind (records' state table; see ``core.tips.choose``).
TIPS_SHOWN = "tips_shown"
#: How long a desktop notification stays, in seconds.
NOTIFICATION_S = 60


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
        #: Which pop-up ``popup`` is: a replaced one, deleted later, must not forget its successor.
        self._popup_serial = 0
        self.sample: ReminderPopup | None = None  # the welcome's sample pop-up
        self._tips: tuple[Tip, ...] | None = None  # loaded when first needed
        self._last_notification = ("", "")

    def start(self) -> None:
        """Make the notifier (start-up, once the tray is up)."""
        self.notifier = self._make_notifier(self)
        self.notifier.finished.connect(self._on_notified)

    def present(self, kinds: list[ReminderKind]) -> None:
        """Show the reminders due now, as the delivery setting says."""
        from spasm_desktop.ui.reminders import popup

        service = self._service
        settings = service.settings
        mode = settings.delivery.mode.value
        if step.shows_popup(settings):
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
        if mode in ("both", "notification"):
            title = (
                text.title(kinds[0])
                if len(kinds) == 1
                else text.tr("Reminders: %1").replace(
                    "%1", ", ".join(text.kind_name(k) for k in kinds)
                )
            )
            body = "\n".join(text.body(k, settings, service.water_today()) for k in kinds)
            self._last_notification = (title, body)
            assert self.notifier is not None
            self.notifier.notify(title, body, assets.icon_file(kinds[0].value), NOTIFICATION_S)
        if settings.delivery.sound:
            QtWidgets.QApplication.beep()

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
        """Whether a pop-up with reminders not yet answered is on screen."""
        return self.popup is not None and bool(self.popup.open_kinds)

    def focus(self) -> None:
        """Give the open pop-up the keyboard (it opens without taking focus)."""
        if self.popup is not None:
            self.popup.raise_()
            self.popup.activateWindow()

    def on_screen(self) -> list[ReminderKind]:
        """The kinds the pop-up on screen still shows unanswered (the service asks at each check:
        a new reminder replaces the pop-up, and these are recorded as ignored then).
        """
        return list(self.popup.open_kinds) if self.popup is not None else []

    def dismiss(self) -> None:
        """Close the pop-up on screen without answering: the service has already recorded what
        it still showed as ignored (the check that brings a new one, a pause, do-not-disturb).
        """
        if self.popup is not None:
            self.popup.dismiss()
            self.popup = None
            self._popup_serial += 1  # its deletion later changes nothing: no refresh then

    def close(self) -> None:
        """Close the pop-up on screen (what it still shows is recorded as ignored)."""
        if self.popup is not None:
            self.popup.close()
            self.popup = None

    def _on_answer(self, kinds: list[ReminderKind], outcome: Outcome, snooze: int | None) -> None:
        self._service.answer(kinds, outcome, snooze)

    def _on_popup_gone(self, serial: int) -> None:
        if serial == self._popup_serial:
            self.popup = None
            self.gone.emit()
        # An older pop-up, replaced, leaves the newer one tracked: nothing changed then.

    def _on_notified(self, ok: bool, path: str) -> None:
        if not ok:
            self.not_delivered.emit(*self._last_notification)
