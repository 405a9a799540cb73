"""Trend helpers: windows, averages, slope, streaks, change since a session, sparkline geometry."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tandem.measures.trends import (
    average,
    change_since,
    current_streak,
    daily_means,
    longest_streak,
    slope_per_day,
    sparkline_points,
    summaries,
    summarize,
    trend,
    window,
)

END = datetime(2026, 11, 27, 20, 0)


def daily(values: list[float], *, end: datetime = END) -> list[tuple[datetime, float]]:
    """One point per day, the last one on ``end``'s day."""
    start = end - timedelta(days=len(values) - 1)
    return [(start + timedelta(days=i), value) for i, value in enumerate(values)]


def test_window_includes_both_ends_by_calendar_day() -> None:
    points = daily([1, 2, 3, 4, 5, 6, 7, 8, 9])
    selected = window(points, 7, end=END.date())
    assert [value for _, value in selected] == [3, 4, 5, 6, 7, 8, 9]
    early_morning = [(datetime(2026, 11, 21, 0, 5), 1.0)]
    assert window(early_morning, 7, end=END) == early_morning
    assert window([(datetime(2026, 11, 20, 23, 59), 1.0)], 7, end=END) == []


def test_window_rejects_zero_days() -> None:
    with pytest.raises(ValueError):
        window([], 0, end=END)


def test_average_and_daily_means() -> None:
    points = [(END, 4.0), (END - timedelta(hours=2), 8.0), (END - timedelta(days=1), 1.0)]
    assert average(points) == pytest.approx(13 / 3)
    assert daily_means(points) == [(date(2026, 11, 26), 1.0), (date(2026, 11, 27), 6.0)]
    assert average([]) is None


def test_slope_of_a_straight_line() -> None:
    assert slope_per_day(daily([1, 2, 3, 4, 5])) == pytest.approx(1.0)
    assert slope_per_day(daily([5])) is None


@given(st.floats(-2, 2), st.floats(0, 10), st.integers(3, 30))
def test_slope_recovers_any_linear_series(slope: float, start: float, days: int) -> None:
    points = daily([start + slope * i for i in range(days)])
    assert slope_per_day(points) == pytest.approx(slope, abs=1e-9)


def test_trend_direction_depends_on_what_better_means() -> None:
    rising = daily([3, 4, 5, 6, 7])
    assert trend(rising).direction == "improving"
    assert trend(rising, higher_is_better=False).direction == "worsening"
    assert trend(daily([5, 5.1, 5, 5.05, 5])).direction == "steady"
    assert trend(daily([5, 6])).direction == "not enough data"


def test_summaries_for_7_30_90_days() -> None:
    points = daily([float(i % 10) for i in range(120)])
    result = summaries(points, end=END)
    assert sorted(result) == [7, 30, 90]
    assert result[7].count == 7
    assert result[90].days_with_data == 90
    week = summarize(points, 7, end=END)
    assert week.minimum == min(v for _, v in points[-7:])
    assert week.average == pytest.approx(sum(v for _, v in points[-7:]) / 7)


def test_current_streak_counts_back_from_today_or_yesterday() -> None:
    days = [date(2026, 11, d) for d in (20, 22, 23, 24, 25, 26)]
    assert current_streak(days, today=date(2026, 11, 26)) == 5
    # Today's check-in is not in yet: yesterday's run still counts.
    assert current_streak(days, today=date(2026, 11, 27)) == 5
    # Two days without: the streak is over.
    assert current_streak(days, today=date(2026, 11, 28)) == 0
    assert current_streak([], today=date(2026, 11, 28)) == 0


def test_several_check_ins_a_day_count_once() -> None:
    moments = [datetime(2026, 11, 26, 8), datetime(2026, 11, 26, 21), datetime(2026, 11, 27, 9)]
    assert current_streak(moments, today=date(2026, 11, 27)) == 2
    assert longest_streak(moments) == 2


def test_longest_streak() -> None:
    days = [date(2026, 1, d) for d in (1, 2, 3, 5, 6, 7, 8, 20)]
    assert longest_streak(days) == 4
    assert longest_streak([]) == 0


def test_change_since_last_session() -> None:
    points = daily([3, 4, 5, 6, 8])
    session = END - timedelta(days=2, hours=1)
    change = change_since(points, session)
    assert change is not None
    assert change.baseline == 4
    assert change.latest == 8
    assert change.delta == 4


def test_change_since_without_newer_data_is_none() -> None:
    points = daily([3, 4])
    assert change_since(points, END + timedelta(hours=1)) is None
    assert change_since([], END) is None


def test_change_since_uses_first_later_value_when_nothing_before() -> None:
    points = daily([6, 7, 2])
    change = change_since(points, END - timedelta(days=30))
    assert change is not None and change.baseline == 6 and change.delta == -4


def test_sparkline_points_fit_the_box() -> None:
    coordinates = sparkline_points([0, 10, 5], width=100, height=24, padding=2)
    assert coordinates == [(2.0, 22.0), (50.0, 2.0), (98.0, 12.0)]
    assert sparkline_points([], width=100) == []
    assert sparkline_points([float("nan"), 3.0]) == [(50.0, 12.0)]


@given(st.lists(st.floats(-50, 50), min_size=1, max_size=60))
def test_sparkline_points_never_leave_the_box(values: list[float]) -> None:
    for x, y in sparkline_points(values, width=80, height=20):
        assert 0 <= x <= 80
        assert 0 <= y <= 20


def test_a_span_near_the_smallest_float_stays_in_the_box() -> None:
    assert sparkline_points([0.0, 2.2250738585072014e-308], width=80, height=20) == [
        (2.0, 18.0),
        (78.0, 2.0),
    ]
