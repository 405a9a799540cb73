"""Treatment plans: versions and history, optimistic concurrency, encryption, homework, snapshot."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tandem.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from tandem.plans import service, views
from tandem.plans.catalog import SkillChoice, set_skill_catalog
from tandem.plans.models import TreatmentPlanVersion
from tandem.plans.schemas import PlanUpdate
from tests.factories.accounts import linked_pair, make_client
from tests.factories.plans import PRIVATE_NOTE, PRIVATE_WORDING, make_plan, plan_body

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_every_save_is_a_new_version_with_author_and_a_computed_summary(db: Session) -> None:
    pair = linked_pair(db)
    first = make_plan(db, clinician=pair.clinician, client=pair.client)
    assert first.version == 1
    assert first.info is not None and first.info.author_id == pair.clinician.id
    assert first.info.summary.startswith("created the plan (2 goals, 2 techniques")

    body = plan_body(base_version=1)
    body["techniques"][1]["frequency"] = "daily"
    body["techniques"].append({"skill_id": "grounding_54321", "frequency": "as needed"})
    body["goals"] = body["goals"][:1]
    body["contraindicated_topics"] = ["trauma-processing"]
    second = service.save_plan(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=PlanUpdate.model_validate(body),
        now=NOW,
    )
    assert second.version == 2
    summary = second.info.summary  # type: ignore[union-attr]
    assert "assigned technique grounding_54321" in summary
    assert "technique thought_record: frequency" in summary
    assert "removed goal “Call my sister once a week”" in summary
    assert "contraindicated topics removed: breath-holding" in summary

    history = service.plan_history(db, viewer=pair.clinician, client_id=pair.client.id)
    assert [v.version for v in history] == [2, 1]
    assert history[0].author_name == pair.clinician.display_name
    assert history[0].author_role == "clinician"
    info, old = service.plan_version(db, viewer=pair.clinician, client_id=pair.client.id, version=1)
    assert info.version == 1 and len(old.goals) == 2


def test_saving_the_same_content_again_creates_no_version(db: Session) -> None:
    pair = linked_pair(db)
    first = make_plan(db, clinician=pair.clinician, client=pair.client)
    body = plan_body(base_version=1)
    for item, saved in zip(body["homework"], first.document.homework, strict=True):
        item["id"] = saved.id
    again = service.save_plan(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=PlanUpdate.model_validate(body),
        now=NOW + timedelta(days=1),
    )
    assert again.version == 1
    # Homework sent without ids is new homework, so that is a change.
    assert make_plan(db, clinician=pair.clinician, client=pair.client).version == 2


def test_stale_version_is_refused_with_409_and_nothing_is_overwritten(db: Session) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    make_plan(db, clinician=pair.clinician, client=pair.client, goals=["Newer goal"])
    stale = PlanUpdate.model_validate(plan_body(base_version=1, goals=["Older edit"]))
    with pytest.raises(Conflict) as excinfo:
        service.save_plan(db, author=pair.clinician, client_id=pair.client.id, update=stale)
    assert excinfo.value.details["current_version"] == 2
    assert service.get_plan(db, client_id=pair.client.id).document.goals == ["Newer goal"]


def test_plan_text_is_encrypted_at_rest(db: Session) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    rows = db.execute(text("SELECT content, summary FROM treatment_plan_versions")).all()
    assert rows
    raw = " ".join(str(value) for row in rows for value in row)
    for secret in (PRIVATE_NOTE, PRIVATE_WORDING, "Evening walk", "box_breathing", "Sleep by 11"):
        assert secret not in raw
    # ...and it reads back through the model.
    assert service.get_plan(db, client_id=pair.client.id).document.clinician_notes == PRIVATE_NOTE


def test_homework_keeps_its_id_and_assigned_date_across_versions(db: Session) -> None:
    pair = linked_pair(db)
    first = make_plan(db, clinician=pair.clinician, client=pair.client)
    walk = first.document.homework[0]
    body = plan_body(base_version=1)
    body["homework"][0]["id"] = walk.id
    body["homework"][0]["due"] = "2026-12-06"
    body["homework"] = body["homework"][:1]
    later = NOW + timedelta(days=3)
    second = service.save_plan(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=PlanUpdate.model_validate(body),
        now=later,
    )
    (kept,) = second.document.homework
    assert kept.id == walk.id
    assert kept.assigned_on == date(2026, 11, 27)
    assert "homework “Evening walk”: due date" in second.info.summary  # type: ignore[union-attr]
    assert "removed homework “Worry list”" in second.info.summary  # type: ignore[union-attr]


def test_unknown_homework_id_is_invalid_input(db: Session) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    body = plan_body(base_version=1)
    body["homework"][0]["id"] = "5b0e8f3c-6a43-4a52-9a44-0d7c1f0c1e11"
    with pytest.raises(InvalidInput):
        service.save_plan(
            db,
            author=pair.clinician,
            client_id=pair.client.id,
            update=PlanUpdate.model_validate(body),
        )


def test_only_a_linked_clinician_may_save_or_read(db: Session) -> None:
    pair = linked_pair(db)
    other = linked_pair(db)
    update = PlanUpdate.model_validate(plan_body())
    with pytest.raises(NotFound):
        service.save_plan(db, author=other.clinician, client_id=pair.client.id, update=update)
    with pytest.raises(NotFound):
        service.read_plan(db, viewer=other.clinician, client_id=pair.client.id)
    with pytest.raises(Forbidden):
        service.save_plan(db, author=pair.client, client_id=pair.client.id, update=update)
    with pytest.raises(NotFound):
        service.read_plan(db, viewer=other.client, client_id=pair.client.id)


def test_registered_skill_catalogue_rejects_unknown_skills(db: Session) -> None:
    pair = linked_pair(db)
    set_skill_catalog(lambda: [SkillChoice("box_breathing", "Box breathing")])
    try:
        with pytest.raises(InvalidInput) as excinfo:
            make_plan(db, clinician=pair.clinician, client=pair.client)
        assert "thought_record" in excinfo.value.message
    finally:
        set_skill_catalog(None)
    assert make_plan(db, clinician=pair.clinician, client=pair.client).version == 1


def test_completing_homework_counts_once_done(db: Session) -> None:
    pair = linked_pair(db)
    plan = make_plan(db, clinician=pair.clinician, client=pair.client)
    walk = plan.document.homework[0]  # target_count 3
    at = NOW + timedelta(hours=1)
    for _ in range(4):
        state, _item = service.complete_homework(
            db, actor=pair.client, client_id=pair.client.id, homework_id=walk.id, at=at
        )
    assert state.homework_progress(walk.id).completions == 3
    assert state.homework_state(walk) == "done"
    with pytest.raises(NotFound):
        service.complete_homework(
            db, actor=pair.client, client_id=pair.client.id, homework_id="nope", at=at
        )


def test_cancelled_homework_cannot_be_completed(db: Session) -> None:
    pair = linked_pair(db)
    plan = make_plan(db, clinician=pair.clinician, client=pair.client)
    body = plan_body(base_version=1)
    body["homework"][0]["id"] = plan.document.homework[0].id
    body["homework"][0]["status"] = "cancelled"
    body["homework"][1]["id"] = plan.document.homework[1].id
    service.save_plan(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=PlanUpdate.model_validate(body),
        now=NOW,
    )
    with pytest.raises(Conflict):
        service.complete_homework(
            db,
            actor=pair.client,
            client_id=pair.client.id,
            homework_id=plan.document.homework[0].id,
        )


def test_practising_a_skill_completes_the_matching_homework(db: Session) -> None:
    pair = linked_pair(db)
    plan = make_plan(db, clinician=pair.clinician, client=pair.client)
    worry = plan.document.homework[1]
    assert worry.skill_id == "worry_time"
    service.record_practice(
        db, client_id=pair.client.id, skill_id="worry_time", source="companion", at=NOW
    )
    state = service.get_plan(db, client_id=pair.client.id, now=NOW)
    assert state.homework_state(worry) == "done"
    with pytest.raises(InvalidInput):
        service.record_practice(db, client_id=pair.client.id, skill_id="x", source="robot")


def test_snapshot_carries_what_the_companion_needs(db: Session) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    snap = service.plan_snapshot(db, client_id=pair.client.id, now=NOW)
    assert snap.version == 1
    assert snap.goals == ("Sleep by 11 most nights", "Call my sister once a week")
    box, thought = snap.techniques
    assert (box.skill_id, box.frequency, box.per_week) == ("box_breathing", "daily", 7.0)
    assert box.note == "Try it before bed, lights low."
    assert (thought.per_week, thought.due) == (3.0, date(2027, 1, 15))
    assert [h.title for h in snap.open_homework] == ["Evening walk", "Worry list"]
    assert snap.homework[1].skill_id == "worry_time"
    assert snap.preferred_wording["box_breathing"] == PRIVATE_WORDING
    assert snap.contraindicated_skills == frozenset({"tipp"})
    assert snap.contraindicated_topics == frozenset({"trauma-processing", "breath-holding"})
    assert snap.last_session == datetime(2026, 11, 20, 15, tzinfo=UTC)
    assert snap.next_session == datetime(2026, 12, 4, 15, tzinfo=UTC)
    assert snap.clinician_name == pair.clinician.display_name
    with pytest.raises(TypeError):
        snap.preferred_wording["tipp"] = "no"  # type: ignore[index]


def test_snapshot_without_a_plan_is_empty_but_valid(db: Session) -> None:
    client = make_client(db)
    snap = service.plan_snapshot(db, client_id=client.id)
    assert snap.version == 0 and snap.techniques == () and snap.clinician_name is None


def test_a_stored_frequency_the_parser_no_longer_reads_still_loads(db: Session) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    row = db.scalars(select(TreatmentPlanVersion)).one()
    content = dict(row.content)
    content["techniques"] = [dict(content["techniques"][0], frequency="after each storm")]
    row.content = content
    db.flush()
    db.expire_all()
    snap = service.plan_snapshot(db, client_id=pair.client.id, now=NOW)
    assert snap.techniques[0].frequency == "after each storm"
    assert snap.techniques[0].per_week is None
    result = service.adherence(
        db, client_id=pair.client.id, since=NOW - timedelta(days=7), until=NOW
    )
    assert result.techniques[0].expected is None
    assert (
        views.plan_out(service.get_plan(db, client_id=pair.client.id)).techniques[0].per_week
        is None
    )
