"""The appendix of the clinician report (CONTENT.md §7.2), as data: the red-flag entries (each
warning beside the heading of its tier in the app's one list, CONTENT.md §5.1), the profile and
medicines, every medicine change when page 1 had no room for all, the questions for the
provider, the notes for the appointment, what the figures mean, and every episode (the table's
header repeats on each page, the date is written once per day).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6 import QtCore

from spasm_desktop.core import episode as ep
from spasm_desktop.core import report_figures, report_rules
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import MedicalProfile
from spasm_desktop.core.relief import Tier
from spasm_desktop.ui.common import names, text
from spasm_desktop.ui.common.pdf_layout import Para, Part, Section, Table
from spasm_desktop.ui.record.report_front import change_rows, change_table
from spasm_desktop.ui.record.report_words import (
    ReportInput,
    date_text,
    fill,
    int_text,
    names_text,
    no_cramps,
    of_text,
    pain_text,
    required_medicine_copy,
    score_text,
    time_text,
    warning_name,
)

# Notes in the episode table are cut to this many lines (in the red-flag table, to more).
NOTE_LINES = 2
FLAG_NOTE_LINES = 12


class _EpisodeWords:
    """The words of the episode table, translated once per table (rows repeat them a lot)."""

    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz
        self.contexts = names.context_names()
        self.helped = names.helped_names()
        self.outside = text.tr("outside the legs")
        self._where: dict[tuple[str | None, str | None], str] = {}
        self._days: dict[dt.date, str] = {}

    def day(self, local: dt.datetime) -> str:
        day = local.date()
        found = self._days.get(day)
        if found is None:
            weekday = QtCore.QLocale().dayName(
                local.isoweekday(), QtCore.QLocale.FormatType.ShortFormat
            )
            found = fill(text.tr("%1 %2", "weekday, date"), weekday, date_text(day))
            self._days[day] = found
        return found

    def where(self, e: Episode) -> str:
        key = (e.area, e.side)
        found = self._where.get(key)
        if found is None:
            found = self._where[key] = names.where(e)
        return found

    def row(self, e: Episode) -> tuple[str, ...]:
        local = e.started.astimezone(self.tz)
        flags = [names.red_flag_name(f) for f in e.red_flags]
        if report_rules.outside_legs(e):
            flags = [self.outside]
        return (
            self.day(local),
            time_text(local, self.tz),
            self.where(e),
            # The flag on a line of its own rather than split ("11:00 (over / 10 min)").
            names.duration_text(e).replace(" (", "\n(", 1),
            pain_text(e.severity),
            names_text(e.context, self.contexts),
            names_text(e.helped, self.helped),
            ", ".join(flags),
            " ".join(e.notes.split()),
        )


def _episode_table(
    episodes: Sequence[Episode], tz: dt.tzinfo, note_lines: int = NOTE_LINES
) -> Table:
    words = _EpisodeWords(tz)
    rows = tuple(words.row(e) for e in episodes)
    strong = frozenset(i for i, row in enumerate(rows) if row[7])
    return Table(
        (
            text.tr("Date"),
            text.tr("Time"),
            text.tr("Where"),
            text.tr("Duration (min:s)"),
            text.tr("Pain"),
            text.tr("Doing"),
            text.tr("What helped"),
            text.tr("Warning signs"),
            text.tr("Notes (shortened)"),
        ),
        rows,
        # Date and time as wide as needed; the rest in millimetres on A4, so that the longest
        # area, context and "(over 10 min)" fit on a line.
        (0, 0, 26.5, 19.0, 11.0, 26.5, 23.0, 19.0, 16.5),
        numeric=frozenset({4}),
        strong=strong,
        lines=(1, 1, 2, 2, 1, 3, 3, 0, note_lines),
        small=True,
        group=0,
    )


def _profile_section(report: ReportInput) -> Section:
    profile = report.profile or MedicalProfile()
    locale = QtCore.QLocale()
    since = (
        locale.toString(
            QtCore.QDate(profile.cramps_since[0], profile.cramps_since[1], 1), "MMMM yyyy"
        )
        if profile.cramps_since is not None
        else text.tr("not given")
    )
    conditions = (
        locale.createSeparatedList([names.condition_name(c) for c in profile.conditions])
        if profile.conditions
        else text.tr("none shared")
    )
    limit = (
        fill(text.tr("%1 a day"), text.volume(report.fluid_limit_ml, report.unit))
        if report.fluid_limit_ml is not None
        else text.tr("none set")
    )
    rows = [
        (text.tr("Cramps first started"), since),
        (text.tr("Conditions shared"), conditions),
    ]
    if profile.conditions_note.strip():
        rows.append((text.tr("Other conditions"), profile.conditions_note.strip()))
    rows.append((text.tr("Fluid limit set by a clinician"), limit))
    parts: list[Part] = [Table((), tuple(rows), (1.2, 3.2))]
    if report.medicines:
        parts.append(
            Table(
                (text.tr("Medicine"), text.tr("Started"), text.tr("Stopped"), text.tr("Note")),
                tuple(
                    (
                        m.name,
                        date_text(m.started) if m.started else text.tr("not given"),
                        date_text(m.stopped) if m.stopped else "—",
                        m.note,
                    )
                    for m in report.medicines
                ),
                (2.2, 1.2, 1.2, 3.4),
            )
        )
    else:
        parts.append(Para(text.tr("No medicines recorded."), "small"))
    return Section(text.tr("Profile and medicines"), tuple(parts))


def _about_section() -> Section:
    points = (
        text.tr(
            "An episode belongs to the day it started on, in the person's time zone. A night is "
            "named by its evening and runs from noon to noon. A night cramp started between "
            "20:00 and 08:00, or was marked as asleep, in bed or woke me."
        ),
        text.tr(
            "Durations, severity (0 = no pain, 10 = worst imaginable), sleep disturbance and "
            "next-day soreness (0–10) are the person's own estimates. Medians and means use "
            "the entries where a value was given."
        ),
        text.tr(
            "A night counts as recorded when a cramp was logged in it, the morning check-in "
            "was answered for it, or the bedtime routine was done and the morning answered. "
            "Nights with a cramp and nights woken are counted over the recorded nights; "
            "cramps per week over the recorded days (a recorded night, or a cramp logged that "
            "day). Unrecorded nights are not counted as nights without cramps."
        ),
        text.tr(
            "The trend compares the first and the last two weeks of periods of 28 days or "
            "more, else the two halves. Medicine changes show the cramps recorded in the 14 "
            "days before and from the day of the change; fewer days are counted near the "
            "start of the record or today."
        ),
        text.tr(
            "Red-flag entries are episodes with a warning sign ticked, and episodes in sites "
            "other than the legs and feet (hand, arm, neck, back, belly, chest, all over). "
            "Each warning is listed with the heading of its tier in the app's list of warning "
            "signs."
        ),
    )
    return Section(
        text.tr("About these figures"),
        (
            *(Para(p, "bullet") for p in points),
            Para(
                text.tr(
                    "Muscle cramps are usually harmless, but they can sometimes be a sign of "
                    "another health problem. The app cannot tell the difference."
                ),
                "small",
            ),
            Para(
                text.tr(
                    "Information about medicines is for discussion with your doctor or "
                    "pharmacist. Never start, stop or change a medicine because of this app."
                ),
                "small",
            ),
        ),
    )


def _warning_tier_table(s: report_figures.Summary) -> Table | None:
    """Each warning sign of the period beside the heading of its tier (CONTENT.md §5.1, the
    headings of the app's one list), the most urgent first, with how many entries had it; the
    next-visit tier too (a new medicine, cramps on most nights). None when there is none.
    """
    counts: dict[tuple[int, str], int] = {}
    order = list(Tier)
    for e in s.episodes:
        for key, tier in ep.warning_tiers(e):
            index = (order.index(tier), key)
            counts[index] = counts.get(index, 0) + 1
    # "The diary shows cramps on most nights" (§5.1 tier 4), of the nights recorded.
    if s.most_nights:
        counts[(order.index(Tier.NEXT_VISIT), "most_nights")] = s.cramp_nights
    if not counts:
        return None
    rows = tuple(
        (warning_name(key), text.tier_heading(order[tier]), int_text(n))
        for (tier, key), n in sorted(counts.items(), key=lambda item: item[0][0])
    )
    return Table(
        (text.tr("Warning sign"), text.tr("When to get help"), text.tr("Entries")),
        rows,
        (0.34, 0.54, 0.12),
        numeric=frozenset({2}),
        small=True,
    )


def _weeks_section(s: report_figures.Summary) -> Section:
    """Week by week: recorded nights, cramps, mean pain and cramps × mean pain, labelled as a
    summary of what was recorded (not a validated score).
    """
    rows = tuple(
        (
            fill(text.tr("from %1", "a week, by its first day"), date_text(week.first)),
            of_text(week.recorded_nights, week.nights),
            int_text(week.cramps),
            score_text(week.mean_severity),
            score_text(week.frequency_x_severity),
        )
        for week in s.weeks
    )
    return Section(
        text.tr("Week by week"),
        (
            Table(
                (
                    text.tr("Week (from Monday)"),
                    text.tr("Recorded nights"),
                    text.tr("Cramps"),
                    text.tr("Mean pain (0–10)"),
                    text.tr("Cramps × mean pain"),
                ),
                rows,
                (1.5, 1.1, 0.8, 1.1, 1.2),
                numeric=frozenset({1, 2, 3, 4}),
                small=True,
            ),
            Para(
                text.tr(
                    "Cramps × mean pain sums up what was recorded in each week; it is not a "
                    "validated score. A week whose nights were not recorded shows —, not 0."
                ),
                "small",
            ),
        ),
    )


def appendix(report: ReportInput, front_changes: int) -> tuple[Section, ...]:
    """Return the report's appendix; it lists all the medicine changes when there are more than
    the front showed (``front_changes``).
    """
    s = report.summary
    tz = report.tz
    sections: list[Section] = []
    table = _warning_tier_table(s)
    tiers: tuple[Part, ...] = () if table is None else (table,)
    if s.red_flag_episodes:
        flagged = _episode_table(s.red_flag_episodes, tz, note_lines=FLAG_NOTE_LINES)
        sections.append(
            Section(
                fill(text.tr("Red-flag entries (%1)"), int_text(len(s.red_flag_episodes))),
                (*tiers, dataclasses.replace(flagged, strong=frozenset())),
            )
        )
    else:
        sections.append(
            Section(
                text.tr("Red-flag entries"),
                (
                    Para(
                        text.tr(
                            "No entry in this period had a warning sign ticked or was outside "
                            "the legs."
                        )
                    ),
                    *tiers,
                ),
            )
        )
    if s.weeks:
        sections.append(_weeks_section(s))
    sections.append(_profile_section(report))
    rows = change_rows(s)
    if len(rows) > front_changes:
        sections.append(
            Section(
                text.tr("All medicine changes in this period"),
                (change_table(rows), Para(required_medicine_copy(), "boxed")),
            )
        )
    if report.questions:
        sections.append(
            Section(
                text.tr("Questions for the provider"),
                tuple(Para(q, "bullet") for q in report.questions),
            )
        )
    if report.provider_asks:
        sections.append(
            Section(
                text.tr("What the provider may ask"),
                tuple(Para(q, "bullet") for q in report.provider_asks),
            )
        )
    if report.notes.strip():
        paragraphs = [p.strip() for p in report.notes.strip().split("\n")]
        sections.append(
            Section(text.tr("Notes for the appointment"), tuple(Para(p) for p in paragraphs if p))
        )
    sections.append(_about_section())
    if s.episodes:
        episodes: tuple[Part, ...] = (_episode_table(s.episodes, tz),)
    else:
        episodes = (Para(no_cramps()),)
    sections.append(Section(fill(text.tr("All cramp episodes (%1)"), int_text(s.total)), episodes))
    return tuple(sections)
