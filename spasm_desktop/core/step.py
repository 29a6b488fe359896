"""One reminder check as a pure function: the order the service follows at every timer and tick.

The order: settle the clock (interval anchors a backward jump left in the future come back to
now), end a pause whose time is up (recording what it swallowed), clear a do-not-disturb whose
time is up, then find what is due. While the person is busy, what is due is held back
(deferred); once they are free, what was held back is released (when still timely) and shown
together with what is due now. A pop-up (or a notification with buttons) still open with
unanswered reminders is replaced by the new one, and what it still showed is recorded as ignored,
before the new ones are recorded as shown.

:func:`step` takes the state, the settings, the facts of now (:class:`reminders.Context`) and
what the probes answered, as plain values, and returns the decisions as data (:class:`Step`).
The service reads the clock, the activity source, the busy probe and the pop-up on screen,
and only carries out the decisions; the month-long simulation calls the same function.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spasm_desktop.core import reminders
from spasm_desktop.core.reminders import EngineState, Outcome, Record, ReminderKind
from spasm_desktop.core.settings import DeliveryMode, Settings


@dataclasses.dataclass(frozen=True)
class ByHand:
    """Why reminders wait: do not disturb was switched on by hand (in the tray)."""

    reason: str = "manual"
    detail: str = ""


@dataclasses.dataclass(frozen=True)
class Step:
    """The decisions of one check.

    ``needs_busy``: something is due or held back and the busy probe was not read; read it and
    call :func:`step` again with its answer (nothing else is decided then).
    """

    #: The state after the check (save it when it differs from the one given).
    state: EngineState
    #: What to record, in order.
    records: tuple[Record, ...] = ()
    #: The kinds to show together now (a new pop-up and/or notification), in kind order.
    show: tuple[ReminderKind, ...] = ()
    #: Of ``show``, those held back earlier and released now.
    released: tuple[ReminderKind, ...] = ()
    #: The kinds that came due now and are held back because the person is busy.
    deferred: tuple[ReminderKind, ...] = ()
    #: The kinds of the pop-up on screen that the new one replaces (recorded as ignored).
    replaced: tuple[ReminderKind, ...] = ()
    #: Why the person is busy, as read for this check (empty: not busy, or not asked).
    busy: tuple[object, ...] = ()
    pause_ended: bool = False
    dnd_ended: bool = False
    needs_busy: bool = False

    @property
    def prompted(self) -> tuple[ReminderKind, ...]:
        """The kinds the person was prompted for now (shown, or held back as if shown)."""
        return tuple(kind for kind in ReminderKind if kind in self.show or kind in self.deferred)


def answered_on_screen(settings: Settings) -> bool:
    """Whether reminders come as something the person answers (which a new one replaces): a
    pop-up, or in the automatic mode a pop-up or a notification with buttons; not a plain
    notification alone.
    """
    return settings.delivery.mode in (DeliveryMode.AUTO, DeliveryMode.BOTH, DeliveryMode.POPUP)


def step(
    settings: Settings,
    state: EngineState,
    ctx: reminders.Context,
    *,
    on_screen: Sequence[ReminderKind] = (),
    busy: Sequence[object] | None = None,
) -> Step:
    """Decide one reminder check at ``ctx.now``.

    ``on_screen``: the kinds of the reminder pop-up still open and unanswered. ``busy``: what
    the busy probe answered (empty: free), or None when it was not read; it is needed only when
    something is due or held back and do-not-disturb is not on by hand (see ``needs_busy``).
    """
    now = ctx.now
    given = state
    state = reminders.settle_clock(state, now)
    records: list[Record] = []
    pause_ended = state.paused_until is not None and now >= state.paused_until
    if pause_ended:
        state, missed = reminders.end_pause(settings, state, ctx)
        records += missed
    dnd_ended = state.dnd_until is not None and now >= state.dnd_until
    if dnd_ended:
        state = reminders.clear_dnd(state)
    due = reminders.due_now(settings, state, ctx)
    if not due and not state.deferred:
        return Step(state, tuple(records), pause_ended=pause_ended, dnd_ended=dnd_ended)
    if state.is_dnd(now):
        held: tuple[object, ...] = (ByHand(),)
    elif busy is None:
        return Step(given, needs_busy=True)
    else:
        held = tuple(busy)
    if held:
        if due:
            state, more = reminders.defer(settings, state, due, ctx)
            records += more
        return Step(
            state,
            tuple(records),
            deferred=tuple(due),
            busy=held,
            pause_ended=pause_ended,
            dnd_ended=dnd_ended,
        )
    before_shown = len(records)
    state, released, more = reminders.release(settings, state, ctx)
    records += more
    rest = [kind for kind in due if kind not in released]
    if rest:
        state, more = reminders.show(settings, state, rest, ctx)
        records += more
    kinds = tuple(kind for kind in ReminderKind if kind in released or kind in rest)
    replaced: tuple[ReminderKind, ...] = ()
    if kinds and answered_on_screen(settings):
        replaced = tuple(kind for kind in ReminderKind if kind in on_screen)
        # Ignoring changes no state: only the record, before the new pop-up's "shown".
        _same, ignored = reminders.answer(state, list(replaced), Outcome.IGNORED, now)
        records[before_shown:before_shown] = ignored
    return Step(
        state,
        tuple(records),
        show=kinds,
        released=tuple(kind for kind in ReminderKind if kind in released),
        replaced=replaced,
        pause_ended=pause_ended,
        dnd_ended=dnd_ended,
    )
