from __future__ import annotations

from datetime import date, timedelta

from tandem.companion.habits import HabitView, habit_progress, suggest_smaller

TODAY = date(2026, 11, 25)


def habit(
    days_ago: list[int], target: int = 5, started_days_ago: int = 30, kind: str = "movement"
) -> HabitView:
    return HabitView(
        id="h",
        kind=kind,
        title="a walk",
        target_per_week=target,
        done_dates=tuple(TODAY - timedelta(days=n) for n in days_ago),
        started=TODAY - timedelta(days=started_days_ago),
    )


def test_streak_counts_from_today_or_yesterday() -> None:
    assert habit_progress(habit([0, 1, 2]), TODAY).streak == 3
    assert habit_progress(habit([1, 2, 3, 4]), TODAY).streak == 4
    assert habit_progress(habit([2, 3]), TODAY).streak == 0


def test_best_streak_and_week_count() -> None:
    progress = habit_progress(habit([0, 3, 4, 5, 6, 10]), TODAY)
    assert progress.best_streak == 4
    assert progress.done_this_week == 5
    assert progress.done_today and progress.on_track


def test_a_broken_streak_is_noticed_without_being_failure() -> None:
    progress = habit_progress(habit([3, 4, 5], target=3, started_days_ago=8), TODAY)
    assert progress.streak == 0 and progress.streak_broken
    assert not progress.keeps_failing


def test_keeps_failing_needs_two_weak_weeks_and_a_fair_trial() -> None:
    assert habit_progress(habit([20], target=5), TODAY).keeps_failing
    assert not habit_progress(habit([20], target=5, started_days_ago=10), TODAY).keeps_failing
    assert not habit_progress(habit([8, 9, 10, 15, 16, 17], target=5), TODAY).keeps_failing


def test_a_failing_goal_gets_smaller() -> None:
    failing = habit([20], target=5, kind="screen_free_hour")
    suggestion = suggest_smaller(failing, habit_progress(failing, TODAY))
    assert suggestion is not None
    assert suggestion.new_target_per_week == 3
    assert suggestion.smaller_step_key == "habits.smaller.screen_free_hour"
    once = habit([30], target=1)
    smallest = suggest_smaller(once, habit_progress(once, TODAY))
    assert smallest is not None and smallest.new_target_per_week == 1


def test_a_healthy_goal_is_left_alone() -> None:
    fine = habit([0, 1, 2, 3, 8, 9, 10, 11, 15, 16, 17])
    assert suggest_smaller(fine, habit_progress(fine, TODAY)) is None
