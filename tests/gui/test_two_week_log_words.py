"""The two-week log's box words its offer against the nights since the record began: a new
record has missed no night, a young one only the nights since it began (the real app on a fake
clock and a real records file; the rule itself is tests/unit/test_two_week_log_offer.py).
"""

from __future__ import annotations

from spasm_desktop.application import Application
from tests.fakes import FakeClock, local
from tests.gui.conftest import MakeApp


def _box_words(app: Application) -> str:
    app.record.show_data()
    window = app.windows.data.window
    assert window is not None
    box = window.log_box
    assert box is not None
    box.refresh()
    return box.words.text()


def test_a_new_record_is_not_said_to_have_missed_nights(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app(clock=FakeClock(local(2026, 12, 3, 15, 0)))
    words = _box_words(app)
    assert words.startswith(
        "Your record is new, so a report has no nights to show yet. Seeing a clinician soon? "
        "A two-week log gives the report 14 recorded nights."
    ), words
    assert "Only" not in words
    assert "not recorded" not in words


def test_a_record_begun_yesterday_counts_one_night(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app(clock=FakeClock(local(2026, 12, 3, 15, 0)))
    app.store.add_drink(local(2026, 12, 2, 10, 0), 250, "test")
    words = _box_words(app)
    assert words.startswith(
        "Your record began 1 night ago (0 recorded), so a report cannot show two weeks yet."
    ), words
    assert "Only" not in words


def test_a_record_begun_a_week_ago_counts_its_seven_nights(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app(clock=FakeClock(local(2026, 12, 3, 15, 0)))
    app.store.add_drink(local(2026, 11, 26, 10, 0), 250, "test")
    assert _box_words(app).startswith("Your record began 7 nights ago (0 recorded), ")


def test_an_older_record_with_few_nights_recorded_is_told_so(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app(clock=FakeClock(local(2026, 12, 3, 15, 0)))
    app.store.add_drink(local(2026, 11, 1, 10, 0), 250, "test")  # over 14 nights ago
    assert _box_words(app).startswith("Only 0 of the last 14 nights are recorded")
