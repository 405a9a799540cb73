"""Small habit goals: progress, streaks and gentler goals when one keeps slipping.

Pure logic over a read-only view; the measures/plans layers store the habits and completions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

HABIT_KINDS = (
    "sleep_routine",
    "movement",
    "time_outside",
    "meals",
    "friend_contact",
    "screen_free_hour",
    "custom",
)


@dataclass(frozen=True)
class HabitView:
    id: str
    kind: str  # one of HABIT_KINDS
    title: str  # the client's own words, e.g. "a 20-minute walk"
    target_per_week: int  # 1..7
    done_dates: tuple[date, ...]  # days the client did it (recent weeks are enough)
    started: date
    suggested_by_clinician: bool = False


@dataclass(frozen=True)
class HabitProgress:
    habit_id: str
    streak: int  # consecutive days done, ending today or yesterday
    best_streak: int
    done_this_week: int  # in the last 7 days including today
    target_per_week: int
    done_today: bool
    on_track: bool
    streak_broken: bool  # a streak of 2+ days ended before yesterday; said without guilt
    keeps_failing: bool  # well under target for the last two full weeks


@dataclass(frozen=True)
class HabitSuggestion:
    habit_id: str
    new_target_per_week: int
    smaller_step_key: str  # content key for the smaller wording, e.g. "habits.smaller.movement"


def _streak_ending(days: set[date], end: date) -> int:
    count = 0
    current = end
    while current in days:
        count += 1
        current -= timedelta(days=1)
    return count


def _best_streak(days: set[date]) -> int:
    best = 0
    for day in days:
        if day - timedelta(days=1) not in days:
            best = max(best, _streak_ending(days, _run_end(days, day)))
    return best


def _run_end(days: set[date], start: date) -> date:
    current = start
    while current + timedelta(days=1) in days:
        current += timedelta(days=1)
    return current


def _count_between(days: set[date], first: date, last: date) -> int:
    return sum(1 for day in days if first <= day <= last)


def habit_progress(habit: HabitView, today: date) -> HabitProgress:
    days = {day for day in habit.done_dates if day <= today}
    done_today = today in days
    yesterday = today - timedelta(days=1)
    streak = _streak_ending(days, today) or _streak_ending(days, yesterday)
    week_start = today - timedelta(days=6)
    done_this_week = _count_between(days, week_start, today)
    target = max(1, min(7, habit.target_per_week))
    # "On track" allows for the days still left in a rolling week.
    on_track = done_this_week >= math.ceil(target * 0.7)
    # A streak "broke" when the last run (2+ days) ended before yesterday.
    streak_broken = False
    if streak == 0 and days:
        last_day = max(days)
        streak_broken = _streak_ending(days, last_day) >= 2
    keeps_failing = False
    if (today - habit.started).days >= 14:
        failing_weeks = 0
        for weeks_back in (1, 2):
            last = today - timedelta(days=7 * weeks_back)
            first = last - timedelta(days=6)
            if _count_between(days, first, last) < math.ceil(target / 2):
                failing_weeks += 1
        keeps_failing = failing_weeks == 2
    return HabitProgress(
        habit_id=habit.id,
        streak=streak,
        best_streak=_best_streak(days),
        done_this_week=done_this_week,
        target_per_week=target,
        done_today=done_today,
        on_track=on_track,
        streak_broken=streak_broken,
        keeps_failing=keeps_failing,
    )


def suggest_smaller(habit: HabitView, progress: HabitProgress) -> HabitSuggestion | None:
    """A goal that keeps failing becomes a smaller one: fewer days and a smaller step.

    Returns None when the habit is going fine; a target of once a week only gets a smaller step.
    """
    if not progress.keeps_failing:
        return None
    target = progress.target_per_week
    # Aim just above what the client actually managed, so the new goal is a likely win.
    new_target = max(1, min(target - 1, math.ceil(target * 0.6))) if target > 1 else 1
    kind = habit.kind if habit.kind in HABIT_KINDS else "custom"
    return HabitSuggestion(habit.id, new_target, f"habits.smaller.{kind}")
