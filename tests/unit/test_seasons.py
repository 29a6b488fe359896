"""Cramps per recorded night by month and by calendar month (core.seasons)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from spasm_desktop.core import seasons, stats
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import Answer, MorningAnswer
from spasm_desktop.core.stats import Period, Record

TZ = ZoneInfo("Europe/London")
D = dt.date


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ)


def none_on(*nights: dt.date) -> dict[dt.date, MorningAnswer]:
    return {n: MorningAnswer(n, at(n + dt.timedelta(days=1), 8), Answer.NONE) for n in nights}


def months_of(record: Record, period: Period, today: dt.date) -> tuple[seasons.Month, ...]:
    rows = stats.days(record, period, TZ)
    return seasons.months(rows, record.episodes, TZ, today, record.tracking_since)


def test_a_cramp_after_midnight_belongs_to_the_month_of_its_evening() -> None:
    # 31 Oct 2026 evening → a cramp at 02:30 on 1 Nov (the night the clocks went back, 25 Oct,
    # is in the same month and answered "No cramps").
    record = Record(
        episodes=[Episode(at(D(2026, 11, 1), 2, 30), severity=5)],
        answers=none_on(D(2026, 10, 25), D(2026, 11, 2)),
    )
    october, november = months_of(record, Period(D(2026, 10, 1), D(2026, 11, 30)), D(2026, 12, 1))
    assert (october.first, october.nights, october.recorded_nights) == (D(2026, 10, 1), 31, 2)
    assert (october.cramp_nights, october.cramps, october.per_recorded_night) == (1, 1, 0.5)
    assert (november.nights, november.recorded_nights, november.cramps) == (30, 1, 0)
    assert november.per_recorded_night == 0.0
    assert november.not_recorded == 29


def test_a_month_with_no_recorded_night_is_unknown_not_zero() -> None:
    record = Record(answers=none_on(D(2026, 7, 4)))
    june, july = months_of(record, Period(D(2026, 6, 1), D(2026, 7, 31)), D(2026, 8, 1))
    assert june.recorded_nights == 0
    assert june.per_recorded_night is None
    assert july.per_recorded_night == 0.0


def test_nights_not_over_and_before_the_record_do_not_count() -> None:
    record = dataclasses.replace(
        Record(answers=none_on(D(2026, 7, 10))), tracking_since=D(2026, 7, 10)
    )
    (july,) = months_of(record, Period(D(2026, 7, 1), D(2026, 7, 31)), D(2026, 7, 20))
    # From the 10th (the record's first day) to the 19th (today is the 20th): 10 nights.
    assert (july.nights, july.recorded_nights) == (10, 1)


def test_a_daytime_cramp_of_an_unrecorded_night_is_not_a_night_cramp_rate() -> None:
    # A cramp at 15:00 does not make its night recorded, so it is left out of the rate.
    record = Record(episodes=[Episode(at(D(2026, 7, 10), 15))], answers=none_on(D(2026, 7, 11)))
    (july,) = months_of(record, Period(D(2026, 7, 1), D(2026, 7, 31)), D(2026, 8, 1))
    assert (july.recorded_nights, july.cramps, july.per_recorded_night) == (1, 0, 0.0)


def test_calendar_months_sum_the_years_and_keep_all_twelve() -> None:
    record = Record(
        episodes=[
            Episode(at(D(2025, 7, 3), 3)),
            Episode(at(D(2025, 7, 3), 4)),
            Episode(at(D(2026, 7, 8), 3)),
        ],
        answers=none_on(D(2025, 7, 20), D(2026, 1, 5)),
    )
    by_month = months_of(record, Period(D(2025, 7, 1), D(2026, 7, 31)), D(2026, 8, 1))
    calendar = seasons.calendar_months(by_month)
    assert [m.first.month for m in calendar] == list(range(1, 13))
    july = calendar[6]
    # July 2025 (nights of the 2nd and 20th) and July 2026 (the 7th): 3 cramps in 3 nights.
    assert (july.first, july.nights, july.recorded_nights, july.cramps) == (D(2025, 7, 1), 62, 3, 3)
    assert july.per_recorded_night == 1.0
    january = calendar[0]
    assert (january.recorded_nights, january.per_recorded_night) == (1, 0.0)
    assert calendar[1].recorded_nights == 0
    assert calendar[1].per_recorded_night is None
    assert seasons.calendar_months(())[0].nights == 0
