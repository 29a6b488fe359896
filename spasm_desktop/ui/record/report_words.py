"""The clinician report's input and its words and numbers (CONTENT.md §7.2).

:class:`ReportInput` is everything the report shows, already read (by
:func:`spasm_desktop.storage.history.load_report`) and put together by the caller. The functions
turn its figures into words: dates with the month as a word, durations, counts with "%Ln"
plurals, shares, and the names of warnings. Every text goes through :func:`text.tr`; dates and
numbers are formatted by QLocale; the display names of the record's keys come from
:mod:`spasm_desktop.ui.common.names`, as in the diary and the relief panel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6 import QtCore

from spasm_desktop.core import medical, report_figures, report_rules, stats, units, when
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.relief import Area
from spasm_desktop.ui.common import names, text


@dataclasses.dataclass(frozen=True)
class ReportInput:
    """Everything a report shows, already loaded (see :func:`report.report_input`)."""

    summary: report_figures.Summary
    tz: dt.tzinfo
    generated: dt.datetime
    app_version: str
    # The name the person typed for the report (optional).
    name: str = ""
    profile: MedicalProfile | None = None
    medicines: tuple[Medicine, ...] = ()
    fluid_limit_ml: int | None = None
    # The questions for the provider (already translated).
    questions: tuple[str, ...] = ()
    # What the provider may ask the person (already translated).
    provider_asks: tuple[str, ...] = ()
    # Free text for the appointment.
    notes: str = ""
    # The unit the fluid limit is shown in.
    unit: units.VolumeUnit = units.VolumeUnit.ML


def fill(template: str, *values: str) -> str:
    """Put ``values`` in for %1, %2, ... (from the highest, so %1 never eats %10)."""
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", values[index - 1])
    return template


def int_text(value: int) -> str:
    """A whole number with the locale's digits and separators."""
    return QtCore.QLocale().toString(value)


def decimal_text(value: float, decimals: int = 1) -> str:
    """A number with ``decimals`` decimals, in the locale's way."""
    return QtCore.QLocale().toString(float(value), "f", decimals)


def score_text(value: float | None) -> str:
    """A 0-10 score or a median of scores: whole when it is whole, else one decimal."""
    if value is None:
        return "—"
    return int_text(round(value)) if float(value).is_integer() else decimal_text(value)


def pain_text(value: float | None) -> str:
    """A pain rating or a median of ratings as everywhere in the app ("6/10", "6.5/10"); "—"
    when there is none.
    """
    return "—" if value is None else text.pain(value)


def percent_text(part: int, whole: int) -> str:
    """``part`` as a percentage of ``whole`` ("—" when ``whole`` is 0)."""
    share = report_rules.percent(part, whole)
    if share is None:
        return "—"
    return fill(text.tr("%1%", "percent"), int_text(share))


def of_text(part: int, whole: int) -> str:
    """The words "3 of 10", in the locale's digits."""
    return fill(text.tr("%1 of %2"), int_text(part), int_text(whole))


def qdate(day: dt.date) -> QtCore.QDate:
    """``day`` as a QDate."""
    return QtCore.QDate(day.year, day.month, day.day)


def date_text(day: dt.date) -> str:
    """A date with the month as a word ("5 Jan 2026"), unambiguous in every country."""
    return QtCore.QLocale().toString(qdate(day), "d MMM yyyy")


def short_date(day: dt.date) -> str:
    """A day and month, short ("5 Jan")."""
    return QtCore.QLocale().toString(qdate(day), "d MMM")


def period_text(period: stats.Period) -> str:
    """The period, as "1 Jan 2026 – 14 Jan 2026 (14 days)"."""
    days = text.tr("%Ln day(s)", None, period.days)
    return fill(
        text.tr("%1 – %2 (%3)", "period"), date_text(period.first), date_text(period.last), days
    )


def span_text(period: stats.Period) -> str:
    """The period, short ("1 Jan – 14 Jan")."""
    return fill(text.tr("%1 – %2", "dates"), short_date(period.first), short_date(period.last))


def time_text(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """The local time of ``instant`` in ``tz``, hours and minutes in the locale's way."""
    local = instant.astimezone(tz)
    return QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )


def duration_words(seconds: float | None) -> str:
    """A length in words: "45 s", "2 min 30 s", "14 min", "1 h 5 min" ("—" when unknown)."""
    if seconds is None:
        return "—"
    return text.length_words(when.report_length(seconds))


def area_text(area: str | None) -> str:
    """The name of an area of the record ("area not given" when none or unknown)."""
    try:
        return names.area_name(Area(area))
    except ValueError:
        return text.tr("area not given")


def names_text(keys: Sequence[str], known: dict[str, str]) -> str:
    """The names of ``keys`` (from one of :mod:`names`' lists), separated by commas."""
    return ", ".join(names.name_of(key, known) for key in keys)


def change_name(change: str) -> str:
    """A medicine change in words: "started" or "stopped"."""
    return text.tr("started") if change == medical.STARTED else text.tr("stopped")


def required_medicine_copy() -> str:
    """CONTENT.md §5.2, required wherever medicines and cramps are shown together."""
    return names.medicines_caution()


def short_disclaimer() -> str:
    """CONTENT.md §7.2: the report's header line."""
    return text.tr("Patient-reported data; not validated; not a diagnosis.")


def no_cramps() -> str:
    """Said wherever a period has no episodes."""
    return text.tr("No cramps were recorded in this period.")


def warning_name(key: str) -> str:
    """The name of a warning of :func:`episode.warning_tiers`: a ticked sign, an area that is a
    red flag by itself ("area:chest") or a trigger that is a sign ("trigger:new_medicine").
    """
    if key.startswith("area:"):
        return fill(text.tr("cramp area: %1"), area_text(key.removeprefix("area:")))
    if key == "trigger:new_medicine":
        return text.tr("more cramps since a new medicine")
    if key == "most_nights":
        return text.tr("cramps on most nights")
    return names.red_flag_name(key)
