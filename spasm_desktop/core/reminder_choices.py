"""Which choices the reminders offer: the Skip button's kind, and the tray's "Resume" entry.

The pop-up and the notification offer "Skip tonight" for a bedtime reminder alone (the routine
comes again tomorrow evening), "Skip all" when several reminders come together, else "Skip".
The tray's "Resume reminders" is there only while reminders are paused or held, says until when,
and ends both when both are on. Pure: the words are the windows'.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping, Sequence

from spasm_desktop.core.reminders import ReminderKind


class Skip(enum.Enum):
    """The Skip button of a pop-up or a notification."""

    ONE = "skip"
    ALL = "skip_all"
    TONIGHT = "skip_tonight"


def skip(kinds: Sequence[ReminderKind]) -> Skip:
    """The Skip of a reminder showing ``kinds`` (those still open, in any order)."""
    if len(kinds) > 1:
        return Skip.ALL
    if list(kinds) == [ReminderKind.BEDTIME]:
        return Skip.TONIGHT
    return Skip.ONE


class Hold(enum.Enum):
    """What the "Resume reminders" entry says reminders are stopped by."""

    #: Paused (what comes due is skipped), until a time.
    PAUSED = "paused"
    #: Held by hand (do not disturb: what comes due waits), until a time.
    HELD_UNTIL = "held_until"
    #: Held until the person resumes them.
    HELD = "held"


@dataclasses.dataclass(frozen=True)
class Resume:
    """The tray's "Resume reminders" entry.

    Attributes:
        hold: What it names.
        until: Until when (None for :attr:`Hold.HELD`).
        ends_pause: Choosing it ends the pause.
        ends_hold: Choosing it ends the hold.
    """

    hold: Hold
    until: dt.datetime | None
    ends_pause: bool
    ends_hold: bool


def resume(
    paused_until: dt.datetime | None, held_until: dt.datetime | None, held: bool
) -> Resume | None:
    """The "Resume reminders" entry, or None when nothing stops reminders.

    ``held_until``: a hold set by hand ends then; ``held``: a hold until resumed. A pause is named
    first (it is what skips reminders); the entry ends the pause and the hold alike.
    """
    holding = held or held_until is not None
    if paused_until is None and not holding:
        return None
    if paused_until is not None:
        hold, until = Hold.PAUSED, paused_until
    elif held_until is not None:
        hold, until = Hold.HELD_UNTIL, held_until
    else:
        hold, until = Hold.HELD, None
    return Resume(hold, until, paused_until is not None, holding)


def soonest(dues: Mapping[ReminderKind, dt.datetime]) -> tuple[ReminderKind, dt.datetime] | None:
    """The reminder that comes first (on a tie, the first of ``dues``), or None without any."""
    if not dues:
        return None
    return min(dues.items(), key=lambda item: item[1])
