"""Every user-visible text about reminders, translated, and the helpers other windows share.

Wording follows ``shared/CONTENT.md``: "may help", no claims that breaks or stretches prevent
cramps, and the safety lines for stretching and fluid limits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6 import QtCore

from spasm_desktop import i18n
from spasm_desktop.core import routine as rt
from spasm_desktop.core import units, when
from spasm_desktop.core.relief import RedFlag, RedFlags, Tier
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.routine import Limb, PhaseKind, Side
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.sitting import Presence

# Where Qt Linguist (pyside6-lupdate) files these texts: calls written ``text.tr(...)`` in other
# modules go to the context "text", the plain ``tr(...)`` calls in this module to "".
CONTEXTS = ("text", "")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` (looked up where lupdate files it: :data:`CONTEXTS`).

    With a count ``n`` (always the third argument, so that pyside6-lupdate files the text as a
    plural: ``text.tr("%n cramp(s)", None, n)``) a translation gives the language's plural form;
    the untranslated English settles its "(s)" ("1 cramp", "3 cramps") and shows ``n`` in the
    locale's digits (``%n`` and ``%Ln`` alike).
    """
    return i18n.translate(CONTEXTS, text, disambiguation, n)


def kind_name(kind: ReminderKind) -> str:
    """The short name of a kind, as in menus."""
    return {
        ReminderKind.WATER: tr("Water"),
        ReminderKind.STRETCH: tr("Stretch"),
        ReminderKind.MOVE: tr("Move"),
        ReminderKind.BEDTIME: tr("Bedtime"),
    }[kind]


def title(kind: ReminderKind) -> str:
    """The headline of a reminder."""
    return {
        ReminderKind.WATER: tr("Time for a glass of water"),
        ReminderKind.STRETCH: tr("Time for a short stretch"),
        ReminderKind.MOVE: tr("Time to get up and move"),
        ReminderKind.BEDTIME: tr("Bedtime stretches"),
    }[kind]


def volume(ml: float, unit: units.VolumeUnit) -> str:
    """Format a volume in the person's unit, with the locale's digits and separators."""
    locale = QtCore.QLocale()
    if unit is units.VolumeUnit.ML:
        return tr("%1 ml").replace("%1", locale.toString(round(ml)))
    value = units.rounded(ml, unit)
    return tr("%1 fl oz").replace("%1", locale.toString(value, "f", 1))


def time_of_day(instant: dt.datetime, tz: dt.tzinfo, *, now: dt.datetime) -> str:
    """Format a time of day in the locale's short format, with "tomorrow" or the weekday if it
    is not on the day of ``now`` (both seen in ``tz``).
    """
    said, local = when.day_of(instant, tz, now)
    text = clock_time(instant, tz)
    if said is when.Day.TODAY:
        return text
    if said is when.Day.TOMORROW:
        return tr("tomorrow %1").replace("%1", text)
    day = QtCore.QLocale().dayName(local.isoweekday(), QtCore.QLocale.FormatType.ShortFormat)
    return tr("%1 %2", "weekday, time").replace("%1", day).replace("%2", text)


def clock_time(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """The time of day of ``instant`` in ``tz``, in the locale's short format."""
    local = instant.astimezone(tz)
    return QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )


def is_tomorrow(instant: dt.datetime, tz: dt.tzinfo, *, now: dt.datetime) -> bool:
    """Whether ``instant`` falls on the day after ``now``'s (both seen in ``tz``)."""
    return when.day_of(instant, tz, now)[0] is when.Day.TOMORROW


def body(kind: ReminderKind, settings: Settings, water_today_ml: int) -> str:
    """The short text of a reminder (notification body, pop-up text)."""
    unit = settings.unit

    def kept(ml: float) -> str:
        # "0 ml" never breaks across lines in the pop-up's wrapped text.
        return volume(ml, unit).replace(" ", "\N{NO-BREAK SPACE}")

    if kind is ReminderKind.WATER:
        glass = kept(settings.water.glass_ml)
        total = kept(water_today_ml)
        if settings.water.fluid_limit_ml is not None:
            # No water reminder comes with a fluid limit (CONTENT.md §7a); should one be shown
            # anyway, it only counts, and never asks to drink.
            limit = kept(settings.water.fluid_limit_ml)
            return (
                tr("So far today you have logged %1. Your clinician's limit is %2 a day.")
                .replace("%1", total)
                .replace("%2", limit)
            )
        goal = settings.water.daily_goal_ml
        if goal is None:
            return (
                tr("A glass of %1 now. So far today: %2.").replace("%1", glass).replace("%2", total)
            )
        return (
            tr("A glass of %1 now. So far today: %2 of %3.")
            .replace("%1", glass)
            .replace("%2", total)
            .replace("%3", kept(goal))
        )
    if kind is ReminderKind.STRETCH:
        return tr("Two minutes of gentle desk stretches for your legs and neck.")
    if kind is ReminderKind.MOVE:
        # CONTENT.md §4.3: walk 2–5 minutes, with the option of ankle circles instead; §7a: a
        # seated alternative for people who can't stand safely.
        sitting = tr(
            "You have been sitting for %n minutes. Stand up and walk for 2 to 5 minutes.",
            None,
            settings.move.interval_min,
        )
        seated = tr("Standing is hard? Circle your ankles in your chair instead.")
        return f"{sitting} {seated}"
    return tr(
        "Bedtime is at %1. Calf and hamstring stretches before sleep may help reduce night "
        "cramps for some people."
    ).replace(
        "%1",
        QtCore.QLocale().toString(
            QtCore.QTime(settings.bedtime.bedtime.hour, settings.bedtime.bedtime.minute),
            QtCore.QLocale.FormatType.ShortFormat,
        ),
    )


def _timing(exercise: rt.Exercise, step: rt.RoutineStep, hold_pref_s: int) -> str:
    """How long a step lasts, in words: "Hold 10 seconds, relax 10 seconds, 3 times. Each leg."."""
    hold, relax, reps, sides = rt.effective_timing(exercise, step, hold_pref_s)
    locale = QtCore.QLocale()
    if exercise.style is rt.Style.MOVEMENT:
        timing = tr("For %1 seconds.").replace("%1", locale.toString(hold))
    elif reps > 1 and relax:
        timing = (
            tr("Hold %1 seconds, relax %2 seconds, %3 times.")
            .replace("%1", locale.toString(hold))
            .replace("%2", locale.toString(relax))
            .replace("%3", locale.toString(reps))
        )
    elif reps > 1:
        timing = (
            tr("Hold %1 seconds, %2 times.")
            .replace("%1", locale.toString(hold))
            .replace("%2", locale.toString(reps))
        )
    else:
        timing = tr("Hold %1 seconds.").replace("%1", locale.toString(hold))
    each = {
        rt.Limb.LEG: tr("Each leg."),
        rt.Limb.FOOT: tr("Each foot."),
        rt.Limb.HAND: tr("Each hand."),
        rt.Limb.SIDE: tr("Each side."),
    }
    if sides is rt.Sides.BOTH:
        return f"{timing} {each[exercise.limb]}"
    if sides in (rt.Sides.LEFT, rt.Sides.RIGHT):
        side = rt.Side.LEFT if sides is rt.Sides.LEFT else rt.Side.RIGHT
        return f"{timing} {side_name(exercise.limb, side)}."
    return timing


def routine_steps(
    routine: rt.Routine, exercises: Mapping[str, rt.Exercise], hold_pref_s: int = 0
) -> list[str]:
    """A routine as written steps, made from its file (the same words and times as the player).

    One line per exercise: its name, what to do, and for how long.
    """
    pref = 0 if routine.fixed_holds else hold_pref_s
    lines: list[str] = []
    for step in routine.steps:
        exercise = exercises[step.exercise]
        timing = _timing(exercise, step, pref)
        lines.append(f"{data(exercise.name)}: {data(exercise.hold_cue)} {timing}")
    return lines


def _reminder_steps(purpose: rt.Purpose, settings: Settings | None) -> list[str]:
    """The steps of the routine a stretch or bedtime reminder opens (see :func:`stretch_steps`)."""
    from spasm_desktop.storage import routines as store

    library = store.load_library(None)  # the built-in routines: a fallback, without the player
    settings = settings or Settings()
    chosen = settings.routines.bedtime if purpose is rt.Purpose.BEDTIME else settings.routines.desk
    if chosen not in library.routines:
        chosen = "bedtime-core" if purpose is rt.Purpose.BEDTIME else "desk-break"
    routine = library.routines[rt.for_person(chosen, library.routines, settings.person.balance)]
    lines = routine_steps(routine, library.exercises, settings.routines.hold_s)
    if rt.has_standing_step(routine, library.exercises):
        lines.append(stretch_balance())
    if routine.sleep_tips:
        lines.append(" ".join(sleep_tips()))
    return lines


def stretch_steps(settings: Settings | None = None) -> list[str]:
    """The stretch reminder's routine as written steps, made from its file.

    Used where the stretch player is not available; the routine is the one the reminder would
    open (the seated version with balance problems), read from the built-in files.
    """
    return _reminder_steps(rt.Purpose.DESK, settings)


def bedtime_steps(settings: Settings | None = None) -> list[str]:
    """The bedtime reminder's routine and the sleep tips as written steps (as above)."""
    return _reminder_steps(rt.Purpose.BEDTIME, settings)


def stretch_safety() -> str:
    """The safety line shown with every stretch (CONTENT.md §6.2 exercise safety)."""
    return tr("Stretch gently. Stop if you feel sharp pain, dizziness, numbness or tingling.")


def stretch_check_first() -> str:
    """Who should ask first (CONTENT.md §1.3 safety copy, §6.2, §7a)."""
    return tr(
        "Recent surgery, a joint replacement or a new injury? Check with your clinician before "
        "stretching."
    )


def stretch_pregnancy() -> str:
    """The pregnancy line of the stretch player (CONTENT.md §7a; S4 excluded pregnancy)."""
    return tr(
        "Pregnant? Check with your midwife or doctor before starting new stretches. The research "
        "on stretching for night cramps did not include pregnant people."
    )


def stretch_balance() -> str:
    """What to hold on to when standing (CONTENT.md §7a, S64)."""
    return tr(
        "Unsteady on your feet? Hold on to something fixed, such as a wall, a bed frame or a "
        "heavy table, never a chair on wheels. Or do the stretches seated."
    )


def routine_length(seconds: int) -> str:
    """A routine's length, "3 min 40 s": always computed from its file, never written by hand."""
    return length_words(when.routine_length(seconds))


def length_words(length: when.Length) -> str:
    """A length in the words of its shape, with the locale's digits: "3 min 40 s", "1 h 5 min"."""
    templates = {
        when.Shape.SECONDS: tr("%1 s"),
        when.Shape.MINUTES: tr("%1 min"),
        when.Shape.MINUTES_SECONDS: tr("%1 min %2 s"),
        when.Shape.HOURS_MINUTES: tr("%1 h %2 min"),
    }
    words = templates[length.shape]
    locale = QtCore.QLocale()
    for index, number in enumerate(length.numbers, start=1):
        words = words.replace(f"%{index}", locale.toString(number))
    return words


def fluid_caution() -> str:
    """The hydration caution (settings, the welcome, the profile) [S18, S22, S23, S24]."""
    return tr(
        "Fluid needs vary. If a clinician told you to limit fluids (for example for heart, kidney "
        "or liver conditions, or with water pills), follow their advice and enter your limit. "
        "The limit is a ceiling, not a goal. Drinking too much water can be harmful."
    )


def disclaimer(red_flags: RedFlags | None = None) -> str:
    """The general disclaimer, with the emergency line of the red-flag list (CONTENT.md §6.2).

    Without the list (not given, or unreadable) the built-in :func:`minimal_emergency` line
    stands in, so the emergency advice is never missing.
    """
    return tr("General wellness reminders, not medical advice.") + " " + emergency_line(red_flags)


def emergency_line(red_flags: RedFlags | None) -> str:
    """One sentence that sums up the emergency tier, from the red-flag list."""
    if red_flags is None:
        return minimal_emergency()
    return data(red_flags.emergency_line.text)


def minimal_emergency() -> str:
    """The built-in emergency line, shown where the red-flag list could not be read."""
    return tr(
        "Call your local emergency number for unbearable pain, cramps all over the body, chest "
        "pain or trouble breathing."
    )


def red_line(red_flags: RedFlags | None) -> str:
    """The relief card's one red line: the emergency signs that have a short form, from the
    list (:meth:`RedFlags.headline`); the built-in line when the list could not be read.
    """
    headline = red_flags.headline() if red_flags is not None else ()
    if not headline:
        return minimal_emergency()
    signs = tr(", ", "between warning signs").join(data(f.short) for f in headline)
    return tr("Call your local emergency number now for: %1.").replace("%1", signs)


def flags_not_loaded() -> str:
    """Said under :func:`minimal_emergency` when the red-flag list could not be read."""
    return tr("The full list of warning signs could not be loaded.")


def tier_heading(tier: Tier) -> str:
    """The heading of a red-flag tier (CONTENT.md §5.1), the same in every window."""
    return {
        Tier.EMERGENCY: tr(
            "Emergency: call your local emergency number or go to the emergency room now"
        ),
        Tier.TODAY: tr("Get medical advice today"),
        Tier.SOON: tr("Talk to your provider soon"),
        Tier.NEXT_VISIT: tr("Mention at your next visit"),
    }[tier]


def tier_detail(tier: Tier) -> str:
    """Who to contact for a tier, in a few words ("" when the heading says it all)."""
    return {
        Tier.EMERGENCY: "",
        Tier.TODAY: tr("Your doctor, urgent care or a nurse line, the same day."),
        Tier.SOON: tr("Book an appointment."),
        Tier.NEXT_VISIT: tr("Bring your diary."),
    }[tier]


def red_flag_lines(flags: Sequence[RedFlag]) -> str:
    """Red flags as bullet lines, translated."""
    return "\n".join(f"• {data(flag.text)}" for flag in flags)


def red_flag_text(red_flags: RedFlags | None, tiers: Sequence[Tier] = tuple(Tier)) -> str:
    """The red flags of ``tiers`` under their headings, as plain text (the built-in emergency
    line and a note when the list could not be read).
    """
    if red_flags is None:
        return "\n".join((minimal_emergency(), flags_not_loaded()))
    return flags_under_headings([f for tier in tiers for f in red_flags.tier(tier)])


def flags_under_headings(flags: Sequence[RedFlag], separator: str = "\n\n") -> str:
    """``flags`` grouped by tier, the most urgent first, each group under its tier's heading."""
    parts = []
    for tier in Tier:
        group = [f for f in flags if f.tier is tier]
        if group:
            parts.append(tier_heading(tier) + "\n" + red_flag_lines(group))
    return separator.join(parts)


def outcome_name(outcome: Outcome) -> str:
    """How an outcome is shown in the Today window."""
    return {
        Outcome.SHOWN: tr("shown"),
        Outcome.DONE: tr("done"),
        Outcome.SNOOZED: tr("snoozed"),
        Outcome.SKIPPED: tr("skipped"),
        Outcome.IGNORED: tr("missed"),  # the pop-up closed by itself: nothing to blame
        Outcome.MISSED_PAUSED: tr("missed while paused"),
        Outcome.DEFERRED: tr("held back while busy"),
    }[outcome]


def duration(value: dt.timedelta) -> str:
    """Format a length of time in whole minutes: "24 min", "3 h 5 min"."""
    return length_words(when.sitting_length(value))


def presence(where: Presence, sitting: dt.timedelta) -> str:
    """One line on the sitting timer: "Sitting for 24 min", "Away", "On a break"."""
    if where is Presence.AWAY:
        return tr("Away from the computer (sitting timer paused at %1)").replace(
            "%1", duration(sitting)
        )
    if where is Presence.ON_BREAK:
        return tr("On a break from sitting")
    return tr("Sitting for %1").replace("%1", duration(sitting))


def activity_source(key: str | None) -> str:
    """How the app tells when the person is at the computer, for Settings, in plain words.

    ``key`` names the source (such as ``"x11"``); only whether there is one changes the text: a
    person needs to know what the app notices, not the desktop's machinery.
    """
    if key is None:
        return no_activity()
    return tr(
        "The app notices how long the keyboard and mouse have been idle: being away for a while "
        "counts as a break."
    )


def no_activity() -> str:
    """Said wherever sitting time would show, when no activity source works."""
    return tr(
        "This desktop does not tell the app when you are away, so the move reminder counts "
        "clock time since your last break instead of time at the computer."
    )


def no_activity_short() -> str:
    """The tray tooltip's version of :func:`no_activity`."""
    return tr("Move reminder counts clock time (away time not detected)")


def busy_reason(reason: str, detail: str = "") -> str:
    """Why reminders wait right now (``reason`` is a ``BusyReason`` value or "manual")."""
    if reason == "meeting_app":
        return tr("%1 is running").replace("%1", detail or tr("a meeting app"))
    return {
        "system_dnd": tr("the system's do-not-disturb is on"),
        "fullscreen": tr("a full-screen window is in front"),
        "manual": tr("do not disturb is on"),
    }.get(reason, reason)


# --- guided routines --------------------------------------------------------------------------


def data(value: str) -> str:
    """Translate a text that comes from a routine or exercise file (context "RoutineData")."""
    return QtCore.QCoreApplication.translate("RoutineData", value)


def phase_name(kind: PhaseKind) -> str:
    """The big word of a phase."""
    return {
        PhaseKind.PREPARE: tr("Get ready"),
        PhaseKind.HOLD: tr("Hold"),
        PhaseKind.MOVE: tr("Keep moving"),
        PhaseKind.RELAX: tr("Relax"),
        PhaseKind.SWITCH: tr("Switch sides"),
    }[kind]


def side_name(limb: Limb, side: Side) -> str:
    """The side of a one-sided exercise: "Left leg", "Right hand" (empty if not one-sided)."""
    if side is Side.NONE:
        return ""
    names = {
        (Limb.LEG, Side.LEFT): tr("Left leg"),
        (Limb.LEG, Side.RIGHT): tr("Right leg"),
        (Limb.FOOT, Side.LEFT): tr("Left foot"),
        (Limb.FOOT, Side.RIGHT): tr("Right foot"),
        (Limb.HAND, Side.LEFT): tr("Left hand"),
        (Limb.HAND, Side.RIGHT): tr("Right hand"),
        (Limb.SIDE, Side.LEFT): tr("Left side"),
        (Limb.SIDE, Side.RIGHT): tr("Right side"),
    }
    return names[(limb, side)]


def switch_cue(limb: Limb, side: Side) -> str:
    """What to say when switching: "Switch to your right leg"."""
    names = {
        (Limb.LEG, Side.LEFT): tr("Switch to your left leg"),
        (Limb.LEG, Side.RIGHT): tr("Switch to your right leg"),
        (Limb.FOOT, Side.LEFT): tr("Switch to your left foot"),
        (Limb.FOOT, Side.RIGHT): tr("Switch to your right foot"),
        (Limb.HAND, Side.LEFT): tr("Switch to your left hand"),
        (Limb.HAND, Side.RIGHT): tr("Switch to your right hand"),
        (Limb.SIDE, Side.LEFT): tr("Switch to your left side"),
        (Limb.SIDE, Side.RIGHT): tr("Switch to your right side"),
    }
    return names.get((limb, side), tr("Switch sides"))


def repetition(rep: int, reps: int) -> str:
    """The repetition under way, as "Repetition 2 of 3"."""
    locale = QtCore.QLocale()
    return (
        tr("Repetition %1 of %2")
        .replace("%1", locale.toString(rep))
        .replace("%2", locale.toString(reps))
    )


def clock_duration(seconds: float) -> str:
    """A countdown length as m:ss."""
    return when.countdown(seconds)


def sleep_tips() -> list[str]:
    """The pre-sleep tips from the seed page (CONTENT.md §1.3, pre-sleep checklist)."""
    return [
        tr("Keep sheets and blankets loose at the foot of the bed."),
        tr("Sleeping on your back? Prop your feet with a pillow so your toes point up."),
        tr("Sleeping on your front? Let your feet hang over the end of the bed."),
    ]


# The key that opens the relief panel from any of the app's windows.
RELIEF_SHORTCUT = "Ctrl+Shift+C"


def window_title(name: str) -> str:
    """A window's title: the app, an em dash and what the window is ("Spasm Desktop — Settings").

    One translatable text with a placeholder, so a language can put the name first or last.
    """
    return tr("Spasm Desktop — %1", "window title: the app, then the window").replace("%1", name)


def pain(value: float) -> str:
    """A pain rating as the person sees it everywhere: "6/10" (a median: "6.5/10"), with the
    locale's digits.
    """
    locale = QtCore.QLocale()
    number = (
        locale.toString(round(value))
        if float(value).is_integer()
        else locale.toString(float(value), "f", 1)
    )
    return tr("%1/10", "a pain rating from 0 to 10").replace("%1", number)
