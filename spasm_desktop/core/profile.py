"""The first-start answers ("what describes you", hours, water, login) and the defaults they set.

Pure: no Qt, no files, no user-visible text. :func:`answers_from` turns the current settings
into answers (to pre-fill the welcome wizard); :func:`apply` turns answers into new settings.
Every rule cites the section of ``shared/CONTENT.md`` that supports it; where CONTENT.md gives
no default for a trait, the rule changes nothing and says so.

Most traits are not stored: they only tune the settings once, and every setting they touch
stays editable in Settings. Running the wizard again starts with those traits unticked, and an
unticked one never undoes anything.

Two traits are stored, because the app keeps using them (CONTENT.md §7a): ``PREGNANT`` and
``BALANCE`` are ``Settings.person``. Running the wizard again starts with them ticked as stored,
so unticking one is a real "no" and clears it. Unticking ``BALANCE`` still leaves the routine
choices as they are (seated stays seated, the safe side); Settings → Routines changes them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math

from spasm_desktop.core import units
from spasm_desktop.core.settings import (
    INT_BOUNDS,
    MAX_PROMPTED_ML_PER_HOUR,
    Settings,
    TimeRange,
)

#: The move reminder's interval for desk workers (CONTENT.md §4.3: 30 min of continuous sitting).
DESK_MOVE_INTERVAL_MIN = 30
#: The shortest hold for older adults (CONTENT.md §1.3, ACSM: hold 30–60 s for older adults).
OLDER_ADULT_HOLD_S = 30
#: The routine with trial evidence for night cramps (CONTENT.md §1.2–1.3, Routine A).
NIGHT_CRAMP_ROUTINE = "bedtime-core"
#: The seated version of each built-in standing routine (CONTENT.md §1.3 seated mode, §7a).
SEATED_ROUTINES = {
    "bedtime-core": "bedtime-core-seated",
    "bedtime-extended": "bedtime-extended-seated",
    "desk-break": "desk-break-seated",
}
#: Working hours offered when the current settings have no working day at all.
DEFAULT_WORK = (dt.time(9, 0), dt.time(18, 0))
#: The hours offered to someone who does not work (retired, at home): every day, wake time to
#: about two hours before bedtime (CONTENT.md §3.2's active window, for the default bedtime 22:30).
#: With no active hours at all, no water, stretch or move reminder would ever come.
EVERY_DAY = (dt.time(9, 0), dt.time(20, 30))


class Trait(enum.Enum):
    """An answer to "What describes you?" (any number of them)."""

    DESK = "desk"
    SPORT = "sport"
    OVER_65 = "over_65"
    PREGNANT = "pregnant"
    NIGHT_CRAMPS = "night_cramps"
    #: Balance problems, or not steady on their feet.
    BALANCE = "balance"


#: The traits kept in ``Settings.person`` (pre-filled when the wizard runs again).
STORED_TRAITS = frozenset({Trait.PREGNANT, Trait.BALANCE})


@dataclasses.dataclass(frozen=True)
class Answers:
    """What the person told the welcome wizard. Volumes are in millilitres whatever ``unit``."""

    traits: frozenset[Trait]
    #: The working days (Monday = 0) and one range of hours shared by all of them.
    workdays: frozenset[int]
    work_start: dt.time
    work_end: dt.time
    bedtime: dt.time
    #: The unit the person thinks in (only how volumes are shown).
    unit: units.VolumeUnit
    #: The person's daily goal, or None: no goal (CONTENT.md §3.2, default "not set").
    goal_ml: int | None
    glass_ml: int
    #: A daily limit a clinician set, or None.
    fluid_limit_ml: int | None
    start_at_login: bool


def _work_range(settings: Settings) -> tuple[frozenset[int], TimeRange]:
    """Return the working days and one range covering the first working day's ranges."""
    days = frozenset(day for day, ranges in enumerate(settings.active_hours) if ranges)
    if not days:
        return days, DEFAULT_WORK
    ranges = settings.active_hours[min(days)]
    return days, (ranges[0][0], ranges[-1][1])


def answers_from(settings: Settings) -> Answers:
    """Return ``settings`` as answers, to pre-fill the wizard.

    Only the stored traits are ticked, as stored (see above). ``apply(settings,
    answers_from(settings))`` gives ``settings`` back unchanged.
    """
    days, (start, end) = _work_range(settings)
    stored = {Trait.PREGNANT: settings.person.pregnant, Trait.BALANCE: settings.person.balance}
    return Answers(
        traits=frozenset(trait for trait, ticked in stored.items() if ticked),
        workdays=days,
        work_start=start,
        work_end=end,
        bedtime=settings.bedtime.bedtime,
        unit=settings.unit,
        goal_ml=settings.water.goal_ml,
        glass_ml=settings.water.glass_ml,
        fluid_limit_ml=settings.water.fluid_limit_ml,
        start_at_login=settings.start_at_login,
    )


def _clamp(value: int, field: str) -> int:
    low, high = INT_BOUNDS[field]
    return min(max(value, low), high)


def apply(settings: Settings, answers: Answers) -> Settings:
    """Return new settings with ``answers`` applied to ``settings`` (which is not changed).

    Rules, one by one:

    - ``OVER_65``: every held stretch lasts at least 30 s (``routines.hold_s``), from ACSM's
      "30–60 s for older adults" (CONTENT.md §1.3). A longer hold already chosen (45 s) stays.
    - ``NIGHT_CRAMPS``: the bedtime reminder is switched on and opens the "Evidence core"
      routine ``bedtime-core``: calf and hamstring stretches just before sleep, the one routine
      with trial evidence for night cramps (CONTENT.md §0.1, §1.1–1.3). If it had no days, it
      gets every day ("every night", §1.2). Without this trait the bedtime reminder stays as it
      is, on or off. The morning check-in ("How was last night?") is turned on with this
      trait and off without it (``bedtime.checkin``).
    - ``DESK``: the move reminder is switched on at 30 minutes of sitting (CONTENT.md §0.4,
      §4.3: "30 min of continuous sitting") and the desk stretch reminder is switched on.
    - ``SPORT``: nothing changes. CONTENT.md has no reminder default for people who train
      hard; its exercise notes are about drinking in heat (§3.2) and not overdrinking in
      endurance events (§3.3), which the water page's caution already covers. Nothing invented.
    - ``PREGNANT``: kept as ``person.pregnant`` (ticked or not: see above). The app then shows
      the pregnancy cautions where the person acts: the stretch player's first screen, the
      relief panel (CONTENT.md §7a; the Cochrane review excluded pregnant people, §1.3).
    - ``BALANCE``: kept as ``person.balance`` (ticked or not). Newly ticked, the bedtime and
      desk routines become their seated versions (``SEATED_ROUTINES``; CONTENT.md §7a: "default
      to them when the person reports balance problems"; §1.2: the trial taught a seated
      version). Already stored, the routine choices stay as the person left them. Reminders
      open the seated version of any routine that has one while ``person.balance`` is on.
    - Working hours: ``active_hours`` becomes one range on each working day and a day off on
      the others. If the hours are what :func:`answers_from` read from ``settings``, the
      current ranges are kept as they are (several ranges a day survive a re-run). A range
      that starts when it ends is not usable (``validate`` refuses it): the hours stay as they
      were. A range that ends before it starts runs past midnight, as in Settings.
    - Bedtime: ``bedtime.bedtime`` (the water reminders' quiet time before bed follows it).
    - Water: goal (None: no goal) and glass clamped to their bounds (``INT_BOUNDS``); the fluid
      limit clamped to its bounds. A limit makes water log-only (``WaterSettings.log_only``: no
      drink reminders and no goal, CONTENT.md §7a: a limit is a ceiling, never a target); a goal
      answered alongside it is kept for when the limit is taken off. If the glass at the current
      interval would prompt more than about 1 L an hour (§3.3 hard cap), the interval is
      lengthened to fit.
    - Unit and start at login: as answered.
    """
    hold_s = settings.routines.hold_s
    if Trait.OVER_65 in answers.traits:
        hold_s = max(hold_s, OLDER_ADULT_HOLD_S)
    routines = dataclasses.replace(settings.routines, hold_s=hold_s)

    bedtime = dataclasses.replace(
        settings.bedtime,
        bedtime=answers.bedtime,
        # on with the trait, off without it (a choice never made stays unmade: it is off)
        checkin=(
            True
            if Trait.NIGHT_CRAMPS in answers.traits
            else (None if settings.bedtime.checkin is None else False)
        ),
    )
    if Trait.NIGHT_CRAMPS in answers.traits:
        bedtime = dataclasses.replace(
            bedtime, enabled=True, days=bedtime.days or frozenset(range(7))
        )
        routines = dataclasses.replace(routines, bedtime=NIGHT_CRAMP_ROUTINE)

    move = settings.move
    stretch = settings.stretch
    if Trait.DESK in answers.traits:
        move = dataclasses.replace(move, enabled=True, interval_min=DESK_MOVE_INTERVAL_MIN)
        stretch = dataclasses.replace(stretch, enabled=True)
    # Trait.SPORT: no setting changes (see the docstring).

    balance = Trait.BALANCE in answers.traits
    person = dataclasses.replace(
        settings.person, pregnant=Trait.PREGNANT in answers.traits, balance=balance
    )
    if balance and not settings.person.balance:
        routines = dataclasses.replace(
            routines,
            bedtime=SEATED_ROUTINES.get(routines.bedtime, routines.bedtime),
            desk=SEATED_ROUTINES.get(routines.desk, routines.desk),
        )

    active_hours = settings.active_hours
    current_days, current_range = _work_range(settings)
    answered_range = (answers.work_start, answers.work_end)
    changed = (answers.workdays, answered_range) != (current_days, current_range)
    if changed and answers.work_start != answers.work_end:
        workday: tuple[TimeRange, ...] = (answered_range,)
        active_hours = tuple(workday if day in answers.workdays else () for day in range(7))

    glass_ml = _clamp(answers.glass_ml, "water.glass_ml")
    interval_min = settings.water.interval_min
    if glass_ml * 60 / interval_min > MAX_PROMPTED_ML_PER_HOUR:
        interval_min = _clamp(
            math.ceil(glass_ml * 60 / MAX_PROMPTED_ML_PER_HOUR), "water.interval_min"
        )
    limit = answers.fluid_limit_ml
    water = dataclasses.replace(
        settings.water,
        goal_ml=None if answers.goal_ml is None else _clamp(answers.goal_ml, "water.goal_ml"),
        glass_ml=glass_ml,
        interval_min=interval_min,
        fluid_limit_ml=None if limit is None else _clamp(limit, "water.fluid_limit_ml"),
    )

    return dataclasses.replace(
        settings,
        active_hours=active_hours,
        water=water,
        stretch=stretch,
        move=move,
        bedtime=bedtime,
        routines=routines,
        person=person,
        unit=answers.unit,
        start_at_login=answers.start_at_login,
    )
