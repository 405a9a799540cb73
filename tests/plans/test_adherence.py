"""Adherence arithmetic, the frequency wording it rests on, and the service that feeds it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from tandem.plans import service
from tandem.plans.adherence import compute_adherence, expected_practices
from tandem.plans.frequency import parse_frequency
from tandem.plans.schemas import StoredHomework, StoredTechnique
from tests.factories.accounts import linked_pair
from tests.factories.plans import make_plan

UTC_ZONE = ZoneInfo("UTC")


@pytest.mark.parametrize(
    ("wording", "per_week"),
    [
        ("daily", 7.0),
        ("Every evening", 7.0),
        ("3x week", 3.0),
        ("3x/week", 3.0),
        ("5 times a week", 5.0),
        ("twice a day", 14.0),
        ("once a week", 1.0),
        ("weekly", 1.0),
        ("every 2 days", 3.5),
        ("weekdays", 5.0),
        ("a diario", 7.0),
        ("3 veces por semana", 3.0),
        ("as needed", None),
    ],
)
def test_frequency_wording_means_a_weekly_rate(wording: str, per_week: float | None) -> None:
    parsed = parse_frequency(wording)
    assert parsed is not None
    assert parsed.per_week == per_week


@pytest.mark.parametrize("wording", ["whenever", "lots", "0x week", "3x fortnight", ""])
def test_unreadable_frequency_is_none(wording: str) -> None:
    assert parse_frequency(wording) is None


def test_expected_counts_only_the_assigned_part_of_the_period() -> None:
    since = datetime(2026, 11, 1, tzinfo=UTC)
    until = datetime(2026, 11, 15, tzinfo=UTC)
    # Daily over the full 14 days.
    assert (
        expected_practices(
            7, since=since, until=until, assigned_on=date(2026, 10, 1), due=None, zone=UTC_ZONE
        )
        == 14
    )
    # Assigned on the 8th: only 7 of those days count.
    assert (
        expected_practices(
            7, since=since, until=until, assigned_on=date(2026, 11, 8), due=None, zone=UTC_ZONE
        )
        == 7
    )
    # Due on the 3rd: Nov 1, 2 and 3 count, 3x week over 3 days rounds down to 1.
    assert (
        expected_practices(
            3,
            since=since,
            until=until,
            assigned_on=date(2026, 10, 1),
            due=date(2026, 11, 3),
            zone=UTC_ZONE,
        )
        == 1
    )
    # Assigned after the period: nothing expected yet.
    assert (
        expected_practices(
            7, since=since, until=until, assigned_on=date(2026, 12, 1), due=None, zone=UTC_ZONE
        )
        == 0
    )
    assert (
        expected_practices(
            None, since=since, until=until, assigned_on=date(2026, 10, 1), due=None, zone=UTC_ZONE
        )
        is None
    )


def _technique(skill_id: str, frequency: str | None) -> StoredTechnique:
    return StoredTechnique(skill_id=skill_id, frequency=frequency, assigned_on=date(2026, 10, 1))


def _homework(n: int, **kwargs: object) -> StoredHomework:
    return StoredHomework(
        id=f"00000000-0000-0000-0000-00000000000{n}",
        title=f"Item {n}",
        assigned_on=date(2026, 10, 1),
        **kwargs,  # type: ignore[arg-type]
    )


def test_compute_adherence_per_technique_and_homework() -> None:
    since = datetime(2026, 11, 1, tzinfo=UTC)
    until = datetime(2026, 11, 8, tzinfo=UTC)  # exactly one week
    inside = [since + timedelta(days=d, hours=20) for d in range(5)]
    before = [since - timedelta(days=1)]
    result = compute_adherence(
        techniques=[
            _technique("box_breathing", "daily"),
            _technique("thought_record", "3x week"),
            _technique("grounding_54321", "as needed"),
        ],
        homework=[
            _homework(1, due=date(2026, 11, 5)),  # done by count
            _homework(2, due=date(2026, 11, 3)),  # overdue
            _homework(3, due=date(2026, 11, 20), target_count=2),  # one of two: open
            _homework(4, status="cancelled"),  # not counted
            _homework(5, due=date(2026, 10, 10)),  # due before the period: not counted
            _homework(6, status="done"),  # marked done in session by the clinician
        ],
        practice_times={
            "box_breathing": inside + before,
            "thought_record": inside[:4],
            "grounding_54321": inside[:1],
            "journaling": inside[:2],
        },
        completion_counts={
            "00000000-0000-0000-0000-000000000001": 1,
            "00000000-0000-0000-0000-000000000003": 1,
        },
        since=since,
        until=until,
        zone=UTC_ZONE,
    )
    box = result.for_skill("box_breathing")
    assert box is not None and (box.expected, box.done, box.percent) == (7, 5, 71)
    thought = result.for_skill("thought_record")
    assert thought is not None and (thought.expected, thought.done, thought.percent) == (3, 4, 100)
    grounding = result.for_skill("grounding_54321")
    assert grounding is not None and (grounding.expected, grounding.percent) == (None, None)
    assert result.practice_total == 5 + 4 + 1 + 2
    assert (result.homework_assigned, result.homework_done, result.homework_overdue) == (4, 2, 1)
    assert result.homework_percent == 50


def test_adherence_from_recorded_practice(db: Session) -> None:
    pair = linked_pair(db)
    assigned_at = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    make_plan(db, clinician=pair.clinician, client=pair.client, now=assigned_at)
    for days in range(1, 5):
        service.record_practice(
            db,
            client_id=pair.client.id,
            skill_id="box_breathing",
            source="companion" if days % 2 else "client",
            at=assigned_at + timedelta(days=days),
        )
    until = assigned_at + timedelta(days=9)  # Dec 6, noon
    result = service.adherence(
        db, client_id=pair.client.id, since=assigned_at - timedelta(days=7), until=until
    )
    box = result.for_skill("box_breathing")
    # Assigned on Nov 27 (from midnight): 9.5 days of a daily technique → 9 expected, 4 done.
    assert box is not None and (box.expected, box.done, box.percent) == (9, 4, 44)
    thought = result.for_skill("thought_record")
    # 3x week over 9.5 days is 4.07 → 4.
    assert thought is not None and (thought.expected, thought.done) == (4, 0)
    assert result.homework_assigned == 2 and result.homework_done == 0
    assert result.homework_overdue == 1  # "Evening walk" was due on Dec 5


def test_practice_before_the_assignment_does_not_count_towards_it() -> None:
    since = datetime(2026, 11, 1, tzinfo=UTC)
    until = datetime(2026, 11, 8, tzinfo=UTC)
    technique = StoredTechnique(
        skill_id="box_breathing", frequency="daily", assigned_on=date(2026, 11, 5)
    )
    practices = [datetime(2026, 11, d, 9, tzinfo=UTC) for d in (2, 3, 5, 6)]
    result = compute_adherence(
        techniques=[technique],
        homework=[],
        practice_times={"box_breathing": practices},
        completion_counts={},
        since=since,
        until=until,
        zone=UTC_ZONE,
    )
    box = result.for_skill("box_breathing")
    assert box is not None and (box.expected, box.done, box.percent) == (3, 2, 67)
    assert result.practice_total == 4  # all practice in the period still shows in the total


def test_adherence_for_many_clients_matches_one_by_one(db: Session) -> None:
    assigned_at = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    pairs = [linked_pair(db) for _ in range(3)]
    for n, pair in enumerate(pairs[:2]):  # the third client has no plan
        plan = make_plan(db, clinician=pair.clinician, client=pair.client, now=assigned_at)
        for day in range(n + 1):
            service.record_practice(
                db,
                client_id=pair.client.id,
                skill_id="thought_record",
                source="client",
                at=assigned_at + timedelta(days=day, hours=1),
            )
        service.complete_homework(
            db,
            actor=pair.client,
            client_id=pair.client.id,
            homework_id=plan.document.homework[0].id,
            at=assigned_at + timedelta(hours=2),
        )
    since, until = assigned_at - timedelta(days=1), assigned_at + timedelta(days=6)
    ids = [pair.client.id for pair in pairs] + [pairs[0].clinician.id]
    many = service.adherence_many(db, client_ids=ids, since=since, until=until)
    assert set(many) == {pair.client.id for pair in pairs}  # the clinician's id is left out
    for pair in pairs:
        one = service.adherence(db, client_id=pair.client.id, since=since, until=until)
        assert many[pair.client.id] == one
    assert many[pairs[1].client.id].for_skill("thought_record").done == 2  # type: ignore[union-attr]
    assert many[pairs[2].client.id].techniques == ()
    assert service.adherence_many(db, client_ids=[], since=since, until=until) == {}
