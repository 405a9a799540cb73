"""Trends over time series of (datetime, value): windows, averages, slope, streaks, change.

Pure functions over plain sequences so that the client page, the clinician view and the
between-session summary compute the same numbers. Days are calendar days of the datetimes as
given: convert to the client's time zone before calling, so that a check-in at 23:30 counts for
the day the client lived it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

Point = tuple[datetime, float]
TrendDirection = Literal["improving", "worsening", "steady", "not enough data"]

WINDOWS: tuple[int, ...] = (7, 30, 90)

# A daily-mood slope smaller than this (points per week, on the 0-10 scale) reads as steady:
# half a point over a week is about what day-to-day noise produces.
STEADY_SLOPE_PER_WEEK = 0.5
MIN_DAYS_FOR_TREND = 3


def _day(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def sorted_points(points: Iterable[Point]) -> list[Point]:
    return sorted(points, key=lambda point: point[0])


def window(points: Iterable[Point], days: int, *, end: datetime | date) -> list[Point]:
    """Points whose calendar day falls in the ``days`` days ending on ``end``'s day (inclusive)."""
    if days < 1:
        raise ValueError("days must be 1 or more")
    last = _day(end)
    first = last - timedelta(days=days - 1)
    return [point for point in sorted_points(points) if first <= _day(point[0]) <= last]


def average(points: Iterable[Point]) -> float | None:
    values = [value for _, value in points]
    return sum(values) / len(values) if values else None


def daily_means(points: Iterable[Point]) -> list[tuple[date, float]]:
    """One value per calendar day (the mean of that day's values), oldest first."""
    by_day: dict[date, list[float]] = {}
    for moment, value in points:
        by_day.setdefault(_day(moment), []).append(value)
    return [(day, sum(values) / len(values)) for day, values in sorted(by_day.items())]


def slope_per_day(points: Iterable[Point]) -> float | None:
    """Least-squares slope of the daily means, in value units per day (None below 2 days)."""
    daily = daily_means(points)
    if len(daily) < 2:
        return None
    origin = daily[0][0]
    xs = [float((day - origin).days) for day, _ in daily]
    ys = [value for _, value in daily]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


@dataclass(frozen=True)
class Trend:
    direction: TrendDirection
    slope_per_week: float | None
    days_with_data: int


def trend(
    points: Iterable[Point],
    *,
    higher_is_better: bool = True,
    steady_slope_per_week: float = STEADY_SLOPE_PER_WEEK,
    min_days: int = MIN_DAYS_FOR_TREND,
) -> Trend:
    """Direction of travel. For mood higher is better; for PHQ-9/GAD-7 totals pass False."""
    points = list(points)
    days = len(daily_means(points))
    slope = slope_per_day(points) if days >= min_days else None
    if slope is None:
        return Trend("not enough data", None, days)
    per_week = slope * 7
    if abs(per_week) < steady_slope_per_week:
        direction: TrendDirection = "steady"
    elif (per_week > 0) == higher_is_better:
        direction = "improving"
    else:
        direction = "worsening"
    return Trend(direction, per_week, days)


@dataclass(frozen=True)
class WindowSummary:
    days: int
    count: int
    days_with_data: int
    average: float | None
    minimum: float | None
    maximum: float | None
    trend: Trend


def summarize(
    points: Iterable[Point], days: int, *, end: datetime | date, higher_is_better: bool = True
) -> WindowSummary:
    """Count, average, range and trend for the ``days``-day window ending on ``end``."""
    selected = window(points, days, end=end)
    values = [value for _, value in selected]
    return WindowSummary(
        days=days,
        count=len(selected),
        days_with_data=len(daily_means(selected)),
        average=average(selected),
        minimum=min(values) if values else None,
        maximum=max(values) if values else None,
        trend=trend(selected, higher_is_better=higher_is_better),
    )


def summaries(
    points: Iterable[Point], *, end: datetime | date, higher_is_better: bool = True
) -> dict[int, WindowSummary]:
    """The 7-, 30- and 90-day summaries at once."""
    points = list(points)
    return {
        days: summarize(points, days, end=end, higher_is_better=higher_is_better)
        for days in WINDOWS
    }


# --- streaks ---------------------------------------------------------------------------------


def _distinct_days(moments: Iterable[datetime | date]) -> list[date]:
    return sorted({_day(moment) for moment in moments})


def current_streak(moments: Iterable[datetime | date], *, today: date) -> int:
    """Consecutive days with a check-in, ending today or yesterday.

    A streak is not broken until the day is over: before today's check-in, yesterday's run
    still counts.
    """
    days = set(_distinct_days(moments))
    cursor = today if today in days else today - timedelta(days=1)
    streak = 0
    while cursor in days:
        streak += 1
        cursor -= timedelta(days=1)
    return streak


def longest_streak(moments: Iterable[datetime | date]) -> int:
    days = _distinct_days(moments)
    best = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


# --- change since a date ---------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeSince:
    since: datetime
    baseline: float
    baseline_at: datetime
    latest: float
    latest_at: datetime
    delta: float


def change_since(points: Iterable[Point], since: datetime) -> ChangeSince | None:
    """Change from the value in force at ``since`` (e.g. the last session) to the latest value.

    The baseline is the last value at or before ``since``; if there is none, the first value
    after it. Returns None when there is no later value to compare with.
    """
    ordered = sorted_points(points)
    if not ordered:
        return None
    before = [point for point in ordered if point[0] <= since]
    baseline = before[-1] if before else ordered[0]
    latest = ordered[-1]
    if latest[0] <= baseline[0] or latest[0] <= since:
        return None
    return ChangeSince(
        since=since,
        baseline=baseline[1],
        baseline_at=baseline[0],
        latest=latest[1],
        latest_at=latest[0],
        delta=latest[1] - baseline[1],
    )


# --- sparkline geometry ----------------------------------------------------------------------


def sparkline_points(
    values: Sequence[float],
    *,
    width: float = 100.0,
    height: float = 24.0,
    min_value: float | None = None,
    max_value: float | None = None,
    padding: float = 2.0,
) -> list[tuple[float, float]]:
    """Scale ``values`` into (x, y) coordinates of a ``width`` x ``height`` box (y grows down).

    Non-finite values are dropped. A flat series is drawn across the middle.
    """
    finite = [float(value) for value in values if math.isfinite(value)]
    if not finite:
        return []
    low = min(finite) if min_value is None else min_value
    high = max(finite) if max_value is None else max_value
    inner_w = max(width - 2 * padding, 0.0)
    inner_h = max(height - 2 * padding, 0.0)
    step = inner_w / (len(finite) - 1) if len(finite) > 1 else 0.0
    if len(finite) == 1:
        xs = [padding + inner_w / 2]
    else:
        xs = [padding + index * step for index in range(len(finite))]
    if high == low:
        ys = [padding + inner_h / 2] * len(finite)
    else:
        # The fraction first: ``inner_h / (high - low)`` overflows to inf for a span near the
        # smallest float, and 0 * inf is nan (found by hypothesis).
        span = high - low
        ys = [padding + inner_h - (min(max(v, low), high) - low) / span * inner_h for v in finite]
    return [(round(x, 2), round(y, 2)) for x, y in zip(xs, ys, strict=True)]
