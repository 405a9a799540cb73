from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import NamedTuple

from sqlalchemy.orm import Session

from tandem.companion.limits import (
    CompanionLimits,
    UsageStats,
    check_limits,
    choose_nudge,
    reliance_indicators,
    usage_from_days,
)

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=timezone(timedelta(hours=1)))


def test_no_limits_means_allowed() -> None:
    assert check_limits(None, UsageStats(minutes_today=500), NOON).allowed
    assert check_limits(CompanionLimits(), UsageStats(minutes_today=500), NOON).allowed


def test_pause_wins_and_quotes_the_clinician_and_the_contact() -> None:
    limits = CompanionLimits(
        paused=True, pause_message="See you Monday.", clinic_contact="555 0100"
    )
    decision = check_limits(limits, UsageStats(), NOON)
    assert not decision.allowed and decision.reason == "paused"
    assert decision.message is not None
    assert "See you Monday." in decision.message and "555 0100" in decision.message
    assert "emergency" in decision.message


def test_quiet_hours_use_the_clients_local_time_and_wrap_midnight() -> None:
    limits = CompanionLimits(quiet_hours=(time(22, 0), time(7, 0)))
    late = NOON.replace(hour=23, minute=30)
    early = NOON.replace(hour=6, minute=59)
    morning = NOON.replace(hour=7, minute=0)
    assert check_limits(limits, UsageStats(), late).reason == "quiet_hours"
    assert check_limits(limits, UsageStats(), early).reason == "quiet_hours"
    assert check_limits(limits, UsageStats(), morning).allowed
    assert check_limits(limits, UsageStats(), NOON).allowed


def test_quiet_hours_within_one_day() -> None:
    limits = CompanionLimits(quiet_hours=(time(13, 0), time(14, 0)))
    assert (
        check_limits(limits, UsageStats(), NOON.replace(hour=13, minute=15)).reason == "quiet_hours"
    )
    assert check_limits(limits, UsageStats(), NOON).allowed


def test_daily_minutes() -> None:
    limits = CompanionLimits(daily_minutes=45)
    assert check_limits(limits, UsageStats(minutes_today=44.5), NOON).allowed
    decision = check_limits(limits, UsageStats(minutes_today=45), NOON, lang="es")
    assert decision.reason == "daily_minutes"
    assert decision.message is not None and "45 minutos" in decision.message
    assert "por la vía habitual" in decision.message  # no contact configured


def test_reliance_indicators_have_levels_and_client_wording() -> None:
    assert reliance_indicators(UsageStats(minutes_today=30, days_in_a_row=3)) == []
    found = {
        i.id: i
        for i in reliance_indicators(
            UsageStats(
                minutes_today=130,
                late_night_sessions_7d=3,
                days_in_a_row=14,
                nobody_else_mentions_30d=5,
            )
        )
    }
    assert set(found) == {"daily_minutes", "late_night", "days_in_a_row", "nobody_else"}
    assert (
        found["daily_minutes"].level == "high" and "130 minutes" in found["daily_minutes"].message
    )
    assert found["late_night"].level == "watch"
    assert found["nobody_else"].level == "high"


def test_nudges_do_not_repeat_until_all_were_used() -> None:
    indicators = reliance_indicators(UsageStats(nobody_else_mentions_30d=3))
    used: list[str] = []
    for seed in range(8):
        nudge = choose_nudge(indicators, used, seed)
        assert nudge is not None
        assert nudge.id not in used or len(used) >= 8
        used.append(nudge.id)
    # People come first for someone who says they have nobody else.
    assert used[0].startswith("people.")
    assert len(set(used[:8])) == 8


def test_no_session_nudges_without_a_clinician() -> None:
    indicators = reliance_indicators(UsageStats(days_in_a_row=40))
    used: list[str] = []
    for seed in range(10):
        nudge = choose_nudge(indicators, used, seed, has_clinician=False)
        assert nudge is not None and nudge.kind != "session"
        used.append(nudge.id)


class _Day(NamedTuple):
    day: date
    minutes: float = 5.0
    late_night_messages: int = 0
    nobody_else_mentions: int = 0


def test_usage_from_days_counts_within_each_window() -> None:
    today = date(2026, 11, 25)
    rows = [
        _Day(today, minutes=12.5, nobody_else_mentions=1),
        _Day(today - timedelta(days=1), late_night_messages=2),
        _Day(today - timedelta(days=2)),
        # a gap on day 3 ends the streak
        _Day(today - timedelta(days=6), late_night_messages=1, nobody_else_mentions=2),
        _Day(today - timedelta(days=7), late_night_messages=3),  # outside the 7 days
        _Day(today - timedelta(days=30), nobody_else_mentions=4),  # the 30th day still counts
        _Day(today - timedelta(days=31), nobody_else_mentions=8, late_night_messages=1),
    ]
    stats = usage_from_days(reversed(rows), today)
    assert stats == UsageStats(
        minutes_today=12.5,
        late_night_sessions_7d=2,
        days_in_a_row=3,
        nobody_else_mentions_30d=7,
    )
    assert usage_from_days([], today) == UsageStats()
    assert usage_from_days(rows[1:], today).days_in_a_row == 0  # nothing today: no streak


def test_the_turns_usage_reads_the_stored_days(db: Session) -> None:
    """The companion's per-turn read and the caseload's batched read share ``usage_from_days``;
    this pins the companion's side against rows stored in the database."""
    from tandem.companion.gather import usage_stats
    from tandem.companion.models import UsageDay
    from tests.factories.accounts import make_client

    client = make_client(db)
    today = date(2026, 11, 25)
    for back, late, nobody in ((0, 0, 1), (1, 1, 0), (5, 1, 2), (30, 0, 1), (31, 1, 5)):
        db.add(
            UsageDay(
                client_id=client.id,
                day=today - timedelta(days=back),
                minutes=3.0 + back,
                messages=2,
                late_night_messages=late,
                nobody_else_mentions=nobody,
            )
        )
    db.flush()
    assert usage_stats(db, client_id=client.id, today=today) == UsageStats(
        minutes_today=3.0, late_night_sessions_7d=2, days_in_a_row=2, nobody_else_mentions_30d=4
    )
