"""Adherence arithmetic: practices expected by the plan versus practices done, and homework.

Pure: the service loads the plan, the practice times and the completion counts, and passes them
in with the period. Expected practices are counted over the part of the period in which the
technique was assigned (from the day it was assigned to the end of its due date), at the rate
its frequency wording means, rounded down: a daily technique assigned at noon today is not yet
"missed" tonight. Practices count from the day the technique was assigned.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from tandem.plans.frequency import parse_frequency
from tandem.plans.schemas import StoredHomework, StoredTechnique

_WEEK_SECONDS = 7 * 24 * 3600
_EPSILON = 1e-9  # float noise must not turn 3.0 expected practices into 2


@dataclass(frozen=True)
class TechniqueAdherence:
    skill_id: str
    frequency: str | None
    expected: int | None  # None: the frequency sets no count ("as needed") or none was given
    done: int
    percent: int | None  # done / expected, capped at 100; None when nothing was expected


@dataclass(frozen=True)
class Adherence:
    since: datetime
    until: datetime
    techniques: tuple[TechniqueAdherence, ...]
    practice_total: int  # every practice in the period, assigned techniques or not
    homework_assigned: int  # items in play during the period (not cancelled)
    homework_done: int
    homework_overdue: int  # not done and past their due date
    homework_percent: int | None

    def for_skill(self, skill_id: str) -> TechniqueAdherence | None:
        return next((t for t in self.techniques if t.skill_id == skill_id), None)


def _start_of(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def expected_practices(
    per_week: float | None,
    *,
    since: datetime,
    until: datetime,
    assigned_on: date,
    due: date | None,
    zone: tzinfo,
) -> int | None:
    if per_week is None:
        return None
    start = max(since, _start_of(assigned_on, zone))
    end = until if due is None else min(until, _start_of(due + timedelta(days=1), zone))
    seconds = (end - start).total_seconds()
    if seconds <= 0:
        return 0
    return math.floor(per_week * seconds / _WEEK_SECONDS + _EPSILON)


def percent(done: int, expected: int | None) -> int | None:
    if not expected:
        return None
    return min(100, round(100 * done / expected))


def homework_done(item: StoredHomework, completions: int) -> bool:
    return item.status == "done" or (item.status == "active" and completions >= item.target_count)


def homework_state(item: StoredHomework, completions: int, today: date) -> str:
    if item.status == "cancelled":
        return "cancelled"
    if homework_done(item, completions):
        return "done"
    if item.due is not None and item.due < today:
        return "overdue"
    return "open"


def compute_adherence(
    *,
    techniques: Sequence[StoredTechnique],
    homework: Sequence[StoredHomework],
    practice_times: Mapping[str, Sequence[datetime]],
    completion_counts: Mapping[str, int],
    since: datetime,
    until: datetime,
    zone: tzinfo,
) -> Adherence:
    """``practice_times``: skill id → practice timestamps; ``completion_counts``: homework id →
    completions so far (whenever they happened: done is a state, not an event in the period).
    """
    if until < since:
        raise ValueError("the period ends before it starts")
    rows = []
    for technique in techniques:
        frequency = parse_frequency(technique.frequency) if technique.frequency else None
        expected = expected_practices(
            frequency.per_week if frequency else None,
            since=since,
            until=until,
            assigned_on=technique.assigned_on,
            due=technique.due,
            zone=zone,
        )
        # Practice before the technique was assigned is not adherence to the assignment.
        counted_from = max(since, _start_of(technique.assigned_on, zone))
        done = sum(
            1 for at in practice_times.get(technique.skill_id, ()) if counted_from <= at <= until
        )
        rows.append(
            TechniqueAdherence(
                skill_id=technique.skill_id,
                frequency=technique.frequency,
                expected=expected,
                done=done,
                percent=percent(done, expected),
            )
        )
    practice_total = sum(
        1 for times in practice_times.values() for at in times if since <= at <= until
    )

    first_day = since.astimezone(zone).date()
    last_day = until.astimezone(zone).date()
    in_play = [
        item
        for item in homework
        if item.status != "cancelled"
        and item.assigned_on <= last_day
        and (item.due is None or item.due >= first_day)
    ]
    done_items = [
        item for item in in_play if homework_done(item, completion_counts.get(item.id, 0))
    ]
    overdue = [
        item
        for item in in_play
        if item not in done_items and item.due is not None and item.due < last_day
    ]
    return Adherence(
        since=since,
        until=until,
        techniques=tuple(rows),
        practice_total=practice_total,
        homework_assigned=len(in_play),
        homework_done=len(done_items),
        homework_overdue=len(overdue),
        homework_percent=percent(len(done_items), len(in_play)),
    )
