"""Known and unknown nights in the history's figures (core.stats with core.nights)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from spasm_desktop.core import report_figures, stats
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import Answer, MorningAnswer, NightState
from spasm_desktop.core.stats import Period, Record

TZ = ZoneInfo("Europe/London")
D = dt.date


@dataclasses.dataclass(frozen=True)
class Session:
    """A routine session as the records give it."""

    routine: str
    started: dt.datetime
    finished: bool = True


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), TZ)


def answer(night: dt.date, kind: Answer, count: int | None = None) -> MorningAnswer:
    return MorningAnswer(night, at(night + dt.timedelta(days=1), 8), kind, count=count)


def record() -> Record:
    # 20 Nov: a cramp at 03:00 on the 21st; 21 Nov: "No cramps"; 22 Nov: bedtime routine and
    # "Not sure"; 23 Nov: "Skip"; 24 Nov: a count of 2; 25 Nov: nothing at all.
    return Record(
        episodes=[Episode(at(D(2026, 11, 21), 3))],
        sessions=[Session("bedtime-core", at(D(2026, 11, 22), 22))],
        bedtime_routines=frozenset({"bedtime-core"}),
        answers={
            D(2026, 11, 21): answer(D(2026, 11, 21), Answer.NONE),
            D(2026, 11, 22): answer(D(2026, 11, 22), Answer.NOT_SURE),
            D(2026, 11, 23): answer(D(2026, 11, 23), Answer.SKIPPED),
            D(2026, 11, 24): answer(D(2026, 11, 24), Answer.COUNT, count=2),
        },
    )


def test_each_day_carries_what_is_known_of_its_night() -> None:
    rows = stats.days(record(), Period(D(2026, 11, 20), D(2026, 11, 25)), TZ)
    assert [r.night for r in rows] == [
        NightState.WITH_CRAMPS,
        NightState.WITHOUT_CRAMPS,
        NightState.WITHOUT_CRAMPS,
        NightState.NOT_RECORDED,
        NightState.WITH_CRAMPS,
        NightState.NOT_RECORDED,
    ]


def test_a_night_without_a_log_or_an_answer_is_not_counted_as_without_cramps() -> None:
    rows = stats.days(record(), Period(D(2026, 11, 20), D(2026, 11, 25)), TZ)
    # Today is the 26th: all six nights are over; two are not recorded.
    assert stats.nights_known(rows, D(2026, 11, 26)) == stats.NightsKnown(
        recorded=4, with_cramps=2, not_recorded=2
    )


def test_nights_before_the_record_began_are_not_counted_as_not_recorded() -> None:
    rows = stats.days(record(), Period(D(2026, 11, 18), D(2026, 11, 25)), TZ)
    # The 18th and 19th come before anything was recorded (the record begins on the 20th).
    assert stats.nights_known(rows, D(2026, 11, 26), since=D(2026, 11, 20)) == stats.NightsKnown(
        recorded=4, with_cramps=2, not_recorded=2
    )
    assert stats.nights_known(rows, D(2026, 11, 26)).not_recorded == 4


def test_the_night_of_today_is_not_over_and_not_counted() -> None:
    rows = stats.days(record(), Period(D(2026, 11, 20), D(2026, 11, 25)), TZ)
    assert stats.nights_known(rows, D(2026, 11, 25)) == stats.NightsKnown(4, 2, 1)


def test_the_bedtime_places_the_nights() -> None:
    # A night shift going to bed at 07:00: a cramp at 09:00 on the 21st is of the 21st's night.
    shifted = dataclasses.replace(
        record(), answers={}, sessions=[], episodes=[Episode(at(D(2026, 11, 21), 9))]
    )
    states = stats.night_states(
        dataclasses.replace(shifted, bedtime=dt.time(7, 0)),
        Period(D(2026, 11, 20), D(2026, 11, 21)),
        TZ,
    )
    assert states == {
        D(2026, 11, 20): NightState.NOT_RECORDED,
        D(2026, 11, 21): NightState.WITH_CRAMPS,
    }


def test_weeks_without_one_recorded_night_are_not_recorded() -> None:
    # Weeks from Monday: 9-15 Nov nothing; 16-22 Nov the 20th to 22nd known; 23-29 Nov: the
    # 24th has a count, today is the 26th.
    rows = stats.days(record(), Period(D(2026, 11, 9), D(2026, 11, 26)), TZ)
    assert stats.unrecorded_weeks(rows, D(2026, 11, 26)) == {D(2026, 11, 9)}
    # On the Monday of a week, its one night is not over: the week is not called unrecorded.
    rows = stats.days(Record(), Period(D(2026, 11, 23), D(2026, 11, 23)), TZ)
    assert stats.unrecorded_weeks(rows, D(2026, 11, 23)) == set()


def test_the_report_counts_recorded_nights_only() -> None:
    # Six nights over, two of them neither logged nor answered: the report's denominator is
    # the four recorded nights, and it says two were not recorded. (The cramps it counts are
    # the logged ones: here one night's; the answer "2 cramps" comes without its episodes,
    # which the app always stores with it.)
    s = report_figures.summary(
        record(), Period(D(2026, 11, 20), D(2026, 11, 25)), TZ, D(2026, 11, 26)
    )
    assert (s.cramp_nights, s.recorded_nights, s.not_recorded_nights, s.nights) == (1, 4, 2, 6)


def test_cramps_per_week_are_over_the_recorded_days() -> None:
    # Six nights over: four recorded (the 20th with a cramp, the 21st "No cramps", the 22nd
    # routine and "Not sure", the 24th a count); the 23rd skipped and the 25th empty say nothing.
    s = report_figures.summary(
        record(), Period(D(2026, 11, 20), D(2026, 11, 25)), TZ, D(2026, 11, 26)
    )
    assert s.recorded_days == 4
    assert s.per_week == 1 * 7 / 4
    # A daytime cramp on the empty 25th records that day too.
    daytime = dataclasses.replace(
        record(), episodes=[*record().episodes, Episode(at(D(2026, 11, 25), 15))]
    )
    s = report_figures.summary(
        daytime, Period(D(2026, 11, 20), D(2026, 11, 25)), TZ, D(2026, 11, 26)
    )
    assert (s.recorded_days, s.per_week) == (5, 2 * 7 / 5)
    # Nothing recorded: no rate at all rather than "0 a week".
    empty = report_figures.summary(
        Record(), Period(D(2026, 11, 20), D(2026, 11, 25)), TZ, D(2026, 11, 26)
    )
    assert (empty.recorded_days, empty.per_week) == (0, None)


def test_week_by_week_counts_recorded_nights_and_cramps_times_mean_pain() -> None:
    rated = dataclasses.replace(
        record(),
        episodes=[
            Episode(at(D(2026, 11, 21), 3), severity=6),
            Episode(at(D(2026, 11, 21), 4), severity=8),
        ],
    )
    # Weeks from Monday: 16-22 Nov (the 20th to 22nd in the period) and 23-29 Nov (the 23rd
    # to 25th; today is the 26th).
    s = report_figures.summary(rated, Period(D(2026, 11, 20), D(2026, 11, 25)), TZ, D(2026, 11, 26))
    first, second = s.weeks
    assert (first.first, first.nights, first.recorded_nights) == (D(2026, 11, 16), 3, 3)
    assert (first.cramps, first.rated, first.mean_severity) == (2, 2, 7.0)
    assert first.frequency_x_severity == 14.0
    # The 24th's "2 cramps" came without episodes here: a recorded week, no cramp logged.
    assert (second.first, second.nights, second.recorded_nights, second.cramps) == (
        D(2026, 11, 23),
        3,
        1,
        0,
    )
    assert second.frequency_x_severity == 0.0
    # A week with nothing recorded is unknown, not 0; cramps without a rating have no figure.
    unknown = report_figures.Week(D(2026, 11, 30), 7, 0, 0, 0, None)
    unrated = report_figures.Week(D(2026, 11, 30), 7, 2, 3, 0, None)
    assert unknown.frequency_x_severity is None
    assert unrated.frequency_x_severity is None


def test_most_nights_is_read_over_the_recorded_nights() -> None:
    def summary(cramp_nights: int, recorded: int, not_recorded: int) -> report_figures.Summary:
        s = report_figures.summary(
            Record(), Period(D(2026, 11, 1), D(2026, 11, 14)), TZ, D(2026, 11, 15)
        )
        return dataclasses.replace(
            s,
            cramp_nights=cramp_nights,
            recorded_nights=recorded,
            not_recorded_nights=not_recorded,
        )

    # 6 of 10 recorded nights (4 not recorded): most of the recorded nights.
    assert summary(6, 10, 4).most_nights
    # 6 of 14 nights with everything recorded: not most.
    assert not summary(6, 14, 0).most_nights
    # 3 of 4 recorded but 10 not recorded: too little is known to say "most nights".
    assert not summary(3, 4, 10).most_nights
    # 8 of the 14 nights had a cramp: most nights whatever else is known.
    assert summary(8, 8, 6).most_nights
