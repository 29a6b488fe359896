"""Tests for the choices the reminders offer: Skip's kind and the tray's "Resume" entry."""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import reminder_choices
from spasm_desktop.core.reminder_choices import Hold, Resume, Skip
from spasm_desktop.core.reminders import ReminderKind
from tests.fakes import local

WATER, STRETCH, MOVE, BEDTIME = (
    ReminderKind.WATER,
    ReminderKind.STRETCH,
    ReminderKind.MOVE,
    ReminderKind.BEDTIME,
)
PAUSED_UNTIL = local(2026, 12, 3, 15, 0)
HELD_UNTIL = local(2026, 12, 3, 16, 0)


@pytest.mark.parametrize(
    ("kinds", "chosen"),
    [
        ([WATER], Skip.ONE),
        ([STRETCH], Skip.ONE),
        ([MOVE], Skip.ONE),
        ([BEDTIME], Skip.TONIGHT),  # the routine comes again tomorrow evening
        ([WATER, MOVE], Skip.ALL),
        ([BEDTIME, STRETCH], Skip.ALL),  # with others, bedtime's own word gives way
        ([STRETCH, BEDTIME], Skip.ALL),  # in any order
        ([WATER, STRETCH, MOVE, BEDTIME], Skip.ALL),
    ],
)
def test_skip_is_tonight_for_bedtime_alone_and_all_for_several(
    kinds: list[ReminderKind], chosen: Skip
) -> None:
    assert reminder_choices.skip(kinds) is chosen


def test_skip_takes_any_sequence() -> None:
    assert reminder_choices.skip((BEDTIME,)) is Skip.TONIGHT


def test_no_resume_entry_while_nothing_stops_reminders() -> None:
    assert reminder_choices.resume(None, None, held=False) is None


@pytest.mark.parametrize(
    ("paused", "held_until", "held", "entry"),
    [
        (PAUSED_UNTIL, None, False, Resume(Hold.PAUSED, PAUSED_UNTIL, True, False)),
        (None, HELD_UNTIL, False, Resume(Hold.HELD_UNTIL, HELD_UNTIL, False, True)),
        (None, None, True, Resume(Hold.HELD, None, False, True)),
        # Paused and held: the pause is named, and the entry ends both.
        (PAUSED_UNTIL, HELD_UNTIL, False, Resume(Hold.PAUSED, PAUSED_UNTIL, True, True)),
        (PAUSED_UNTIL, None, True, Resume(Hold.PAUSED, PAUSED_UNTIL, True, True)),
        # A hold with an end and the hold-until-resumed flag: the end is said.
        (None, HELD_UNTIL, True, Resume(Hold.HELD_UNTIL, HELD_UNTIL, False, True)),
    ],
)
def test_resume_names_the_pause_first_and_ends_everything_that_stops_reminders(
    paused: dt.datetime | None, held_until: dt.datetime | None, held: bool, entry: Resume
) -> None:
    assert reminder_choices.resume(paused, held_until, held) == entry


def test_nothing_is_soonest_without_reminders() -> None:
    assert reminder_choices.soonest({}) is None


def test_the_soonest_reminder_comes_first_whatever_its_kind() -> None:
    dues = {WATER: local(2026, 12, 3, 15, 0), MOVE: local(2026, 12, 3, 14, 20)}
    assert reminder_choices.soonest(dues) == (MOVE, local(2026, 12, 3, 14, 20))


def test_a_reminder_tomorrow_comes_after_one_tonight() -> None:
    dues = {WATER: local(2026, 12, 4, 9, 0), BEDTIME: local(2026, 12, 3, 22, 0)}
    assert reminder_choices.soonest(dues) == (BEDTIME, local(2026, 12, 3, 22, 0))


def test_on_a_tie_the_first_listed_comes_first() -> None:
    at = local(2026, 12, 3, 15, 0)
    assert reminder_choices.soonest({STRETCH: at, WATER: at}) == (STRETCH, at)
