"""Measures service: check-ins, questionnaires, the item-9 safety loop, C-SSRS, deterioration."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tandem.accounts.streams import Stream
from tandem.audit.models import AuditEntry
from tandem.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from tandem.measures import service
from tandem.measures.models import CheckIn, DeteriorationFlag, QuestionnaireResponse
from tandem.safety.models import Alert, RiskEvent
from tests.factories.accounts import linked_pair, make_client, make_clinician
from tests.factories.measures import counts, gad7, phq9, submit

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def _actions(db: Session) -> list[str]:
    return list(db.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


# --- check-ins -------------------------------------------------------------------------------


def test_checkin_is_stored_with_its_note_encrypted_at_rest(db: Session) -> None:
    client = make_client(db)
    result = service.create_checkin(
        db,
        client=client,
        mood=6,
        emotions=["calm", "tired", "calm"],
        energy=4,
        sleep_hours=7.5,
        sleep_quality=3,
        note="Walked by the river with my sister",
        activity="walk",
        now=NOW,
    )
    row = result.checkin
    assert (row.mood, row.energy, row.sleep_hours, row.sleep_quality) == (6, 4, 7.5, 3)
    assert row.emotions == ["calm", "tired"]
    raw = db.execute(text("SELECT note, activity FROM checkins WHERE mood = 6")).one()
    assert "river" not in raw[0] and raw[0].startswith("gAAAA")
    assert raw[1] != "walk"
    db.expire_all()
    assert db.get(CheckIn, row.id).note == "Walked by the river with my sister"  # type: ignore[union-attr]
    assert "measures.checkin" in _actions(db)


@pytest.mark.parametrize(
    "changes",
    [
        {"mood": 11},
        {"mood": -1},
        {"mood": True},
        {"energy": 12},
        {"sleep_hours": 25},
        {"sleep_quality": 5},
        {"emotions": ["sad", "furious-purple"]},
        {"note": "x" * (service.NOTE_MAX_LENGTH + 1)},
        {"activity": "y" * (service.ACTIVITY_MAX_LENGTH + 1)},
    ],
)
def test_invalid_checkin_is_refused_and_writes_nothing(db: Session, changes: dict) -> None:
    client = make_client(db)
    before = counts(db)
    kwargs = {"mood": 5, **changes}
    with pytest.raises(InvalidInput):
        service.create_checkin(db, client=client, **kwargs)
    assert counts(db) == before


def test_clinicians_cannot_record_checkins(db: Session) -> None:
    with pytest.raises(Forbidden):
        service.create_checkin(db, client=make_clinician(db), mood=5)


def test_checkin_idempotency_key_replays_and_refuses_a_different_body(db: Session) -> None:
    client = make_client(db)
    first = service.create_checkin(db, client=client, mood=4, idempotency_key="k-1")
    again = service.create_checkin(db, client=client, mood=4, idempotency_key="k-1")
    assert again.replayed and again.checkin.id == first.checkin.id
    assert counts(db)["checkins"] == 1
    with pytest.raises(Conflict):
        service.create_checkin(db, client=client, mood=9, idempotency_key="k-1")
    # The key is per client: someone else may use the same string.
    other = service.create_checkin(db, client=make_client(db), mood=4, idempotency_key="k-1")
    assert not other.replayed
    with pytest.raises(InvalidInput):
        service.create_checkin(db, client=client, mood=4, idempotency_key="has space")


# --- questionnaires --------------------------------------------------------------------------


def test_phq9_is_scored_and_stored_item_by_item(db: Session) -> None:
    client = make_client(db)
    result = submit(db, client, [1, 2, 1, 2, 1, 1, 2, 0, 0], at=NOW)
    assert result.score.total == 10 and result.score.severity == "moderate"
    stored = db.get(QuestionnaireResponse, result.response.id)
    assert stored is not None
    assert stored.answers == [1, 2, 1, 2, 1, 1, 2, 0, 0]
    assert (stored.total, stored.severity, stored.item9_positive) == (10, "moderate", False)
    assert result.change is None and not result.safety_loop.triggered
    assert "measures.questionnaire" in _actions(db)


@pytest.mark.parametrize(
    ("instrument", "answers", "error"),
    [
        ("phq9", [0] * 8, InvalidInput),  # an item missing
        ("phq9", [0] * 10, InvalidInput),  # one too many
        ("phq9", [0] * 8 + [4], InvalidInput),  # out of range
        ("phq9", [0] * 8 + [-1], InvalidInput),
        ("phq9", [0] * 8 + [1.5], InvalidInput),  # not a whole number
        ("phq9", [0] * 8 + ["1"], InvalidInput),
        ("phq9", [0] * 8 + [True], InvalidInput),
        ("phq9", gad7(), InvalidInput),  # a GAD-7 sent as a PHQ-9
        ("gad7", phq9(), InvalidInput),
        ("bdi", [0] * 21, NotFound),  # unknown questionnaire
        ("cssrs_screener", [0] * 6, NotFound),  # not a scored scale
    ],
)
def test_bad_questionnaire_input_is_refused_and_writes_nothing(
    db: Session, instrument: str, answers: list, error: type[Exception]
) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    before = counts(db)
    with pytest.raises(error):
        submit(db, pair.client, answers, instrument=instrument)
    assert counts(db) == before


def test_out_of_range_error_names_the_item(db: Session) -> None:
    with pytest.raises(InvalidInput) as caught:
        submit(db, make_client(db), [0, 0, 0, 5, 0, 0, 0, 0, 0])
    assert caught.value.details[0]["loc"] == ["answers", "4"]
    assert caught.value.details[0]["type"] == "answer_out_of_range"


def test_same_idempotency_key_returns_the_first_result_and_writes_nothing_twice(
    db: Session,
) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    first = service.submit_questionnaire(
        db,
        client=pair.client,
        instrument_id="phq9",
        answers=phq9(item9=1, base=1),
        source="api",
        idempotency_key="abc",
        now=NOW,
    )
    before = counts(db)
    again = service.submit_questionnaire(
        db,
        client=pair.client,
        instrument_id="phq9",
        answers=phq9(item9=1, base=1),
        source="api",
        idempotency_key="abc",
        now=NOW + timedelta(minutes=1),
    )
    assert again.replayed and again.response.id == first.response.id
    assert (
        again.safety_loop.triggered
        and again.safety_loop.risk_event_id == first.safety_loop.risk_event_id
    )
    assert again.safety_loop.clinician_alerted
    assert counts(db) == before
    with pytest.raises(Conflict):
        service.submit_questionnaire(
            db,
            client=pair.client,
            instrument_id="phq9",
            answers=phq9(base=2),
            source="api",
            idempotency_key="abc",
        )
    assert counts(db) == before


# --- the item-9 safety loop ------------------------------------------------------------------


@pytest.mark.parametrize(("item9", "level"), [(1, "moderate"), (2, "high"), (3, "high")])
def test_item9_above_zero_raises_a_risk_event_and_alerts_the_linked_clinician(
    db: Session, item9: int, level: str
) -> None:
    # Sharing nothing: risk alerts reach the clinician anyway (the safety override).
    pair = linked_pair(db)
    result = submit(db, pair.client, phq9(item9=item9), at=NOW)
    loop = result.safety_loop
    assert loop.triggered and loop.open_cssrs and loop.show_safety_plan
    assert loop.level == level and loop.clinician_alerted
    assert loop.resources is not None and loop.resources.all
    event = db.get(RiskEvent, loop.risk_event_id)
    assert event is not None
    assert (event.level, event.categories, event.source) == (level, ["ideation"], "questionnaire")
    assert event.evidence[0]["rule"] == "phq9-item9"
    assert event.source_id == str(result.response.id)
    alert = db.get(Alert, event.alert_id)
    assert alert is not None and alert.status == "open" and alert.level == level
    assert alert.immediate is (level == "high")
    actions = _actions(db)
    assert "risk.detected" in actions and "measures.safety_loop" in actions


def test_item9_zero_runs_no_loop(db: Session) -> None:
    pair = linked_pair(db)
    result = submit(db, pair.client, phq9(base=3, item9=0))
    assert not result.safety_loop.triggered
    assert counts(db)["risk_events"] == 0


def test_standalone_client_gets_resources_and_no_alert(db: Session) -> None:
    client = make_client(db)
    result = submit(db, client, phq9(item9=2))
    assert result.safety_loop.triggered and result.safety_loop.resources is not None
    assert result.safety_loop.resources.emergency is not None
    assert not result.safety_loop.clinician_alerted
    assert counts(db)["risk_events"] == 1 and counts(db)["alerts"] == 0


def test_gad7_has_no_item9_loop(db: Session) -> None:
    result = submit(db, make_client(db), gad7(3), instrument="gad7")
    assert result.score.total == 21 and not result.safety_loop.triggered


# --- C-SSRS ----------------------------------------------------------------------------------


def test_cssrs_high_raises_a_high_event_and_links_to_the_recent_phq9(db: Session) -> None:
    pair = linked_pair(db)
    phq = submit(db, pair.client, phq9(item9=1), at=NOW)
    screen = service.submit_cssrs(
        db,
        client=pair.client,
        answers={
            "wish_dead": True,
            "suicidal_thoughts": True,
            "method": True,
            "intent": True,
            "plan": False,
            "behaviour_lifetime": False,
        },
        source="web",
        now=NOW + timedelta(minutes=3),
    )
    assert screen.result.risk == "high"
    assert screen.response.phq9_response_id == phq.response.id
    assert screen.safety_loop.level == "high" and screen.safety_loop.clinician_alerted
    event = db.get(RiskEvent, screen.response.risk_event_id)
    assert event is not None and event.level == "high"
    # Same episode: the alert opened by item 9 escalates in place to high.
    alerts = list(db.scalars(select(Alert)))
    assert len(alerts) == 1 and alerts[0].level == "high" and alerts[0].immediate


def test_cssrs_all_no_records_no_event_but_still_shows_help(db: Session) -> None:
    client = make_client(db)
    screen = service.submit_cssrs(
        db,
        client=client,
        answers={"wish_dead": False, "suicidal_thoughts": False, "behaviour_lifetime": False},
        source="api",
    )
    assert screen.result.risk == "low" and screen.response.risk_event_id is None
    assert not screen.safety_loop.triggered and screen.safety_loop.resources is not None


@pytest.mark.parametrize(
    "answers",
    [
        {"wish_dead": True},  # questions left unanswered
        {
            "wish_dead": False,
            "suicidal_thoughts": False,
            "behaviour_lifetime": False,
            "intent": True,
        },  # a question the skip logic skips
        {"wish_dead": "yes", "suicidal_thoughts": False, "behaviour_lifetime": False},
        {
            "wish_dead": False,
            "suicidal_thoughts": False,
            "behaviour_lifetime": False,
            "favourite_colour": True,
        },
    ],
)
def test_bad_cssrs_answers_are_refused_and_write_nothing(db: Session, answers: dict) -> None:
    client = make_client(db)
    before = counts(db)
    with pytest.raises(InvalidInput):
        service.submit_cssrs(db, client=client, answers=answers, source="api")
    assert counts(db) == before


def test_cssrs_cannot_link_to_someone_elses_phq9(db: Session) -> None:
    other = submit(db, make_client(db), phq9(item9=1))
    with pytest.raises(NotFound):
        service.submit_cssrs(
            db,
            client=make_client(db),
            answers={"wish_dead": False, "suicidal_thoughts": False, "behaviour_lifetime": False},
            phq9_response_id=other.response.id,
            source="api",
        )


def test_relevant_cssrs_answers_drops_what_the_skip_logic_skips() -> None:
    kept = service.relevant_cssrs_answers(
        {
            "wish_dead": True,
            "suicidal_thoughts": False,
            "method": True,
            "intent": True,
            "plan": None,
            "behaviour_lifetime": False,
            "behaviour_past_3_months": True,
        }
    )
    assert kept == {"wish_dead": True, "suicidal_thoughts": False, "behaviour_lifetime": False}


# --- reliable deterioration (Jacobson–Truax) -------------------------------------------------


def test_reliable_phq9_deterioration_creates_a_non_urgent_flag(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    submit(db, pair.client, [1, 1, 1, 1, 1, 0, 0, 0, 0], at=NOW - timedelta(days=14))  # 5
    result = submit(db, pair.client, [2, 2, 2, 1, 1, 1, 1, 1, 0], at=NOW)  # 11: +6
    assert result.change is not None and result.change.direction == "deteriorated"
    flag = result.deterioration_flag
    assert flag is not None
    assert (flag.before, flag.after, flag.delta) == (5, 11, 6)
    assert flag.clinically_significant and flag.acknowledged_at is None
    # Not a safety alert: no risk event, no alert.
    assert counts(db)["risk_events"] == 0 and counts(db)["alerts"] == 0
    assert "measures.deterioration_flagged" in _actions(db)
    seen = service.acknowledge_deterioration_flag(db, clinician=pair.clinician, flag_id=flag.id)
    assert seen.acknowledged_at is not None
    assert service.deterioration_flags_for_client(db, client_id=pair.client.id) == []


def test_a_five_point_phq9_rise_is_not_reliable(db: Session) -> None:
    client = make_client(db)
    submit(db, client, [1, 1, 1, 1, 1, 0, 0, 0, 0], at=NOW - timedelta(days=14))  # 5
    result = submit(db, client, [2, 2, 2, 1, 1, 1, 1, 0, 0], at=NOW)  # 10: +5
    assert result.change is not None and not result.change.reliable
    assert result.deterioration_flag is None
    assert counts(db)["deterioration_flags"] == 0


def test_gad7_deterioration_threshold_is_four_points(db: Session) -> None:
    client = make_client(db)
    submit(db, client, [1, 1, 0, 0, 0, 0, 0], instrument="gad7", at=NOW - timedelta(days=7))
    flagged = submit(db, client, [1, 1, 1, 1, 1, 1, 0], instrument="gad7", at=NOW)  # 2 → 6
    assert flagged.deterioration_flag is not None and flagged.deterioration_flag.delta == 4


def test_improvement_creates_no_flag(db: Session) -> None:
    client = make_client(db)
    submit(db, client, phq9(base=2), at=NOW - timedelta(days=14))  # 16
    result = submit(db, client, phq9(base=0), at=NOW)
    assert result.change is not None and result.change.direction == "improved"
    assert db.scalar(select(DeteriorationFlag)) is None


def test_deterioration_flags_are_read_through_consent(db: Session) -> None:
    pair = linked_pair(db)  # measures not shared
    submit(db, pair.client, phq9(base=0), at=NOW - timedelta(days=14))
    flagged = submit(db, pair.client, phq9(base=1), at=NOW)
    assert flagged.deterioration_flag is not None
    from tandem.core.errors import NotShared

    with pytest.raises(NotShared):
        service.acknowledge_deterioration_flag(
            db, clinician=pair.clinician, flag_id=flagged.deterioration_flag.id
        )
    with pytest.raises(NotFound):
        service.acknowledge_deterioration_flag(
            db, clinician=make_clinician(db), flag_id=flagged.deterioration_flag.id
        )


# --- the safety screen on check-in notes -----------------------------------------------------


def test_a_checkin_note_with_risk_reaches_the_safety_engine(db: Session) -> None:
    pair = linked_pair(db)
    result = service.create_checkin(
        db,
        client=pair.client,
        mood=1,
        note="I want to kill myself tonight, I have the pills ready",
        idempotency_key="note-1",
        now=NOW,
    )
    loop = result.safety_loop
    assert loop is not None and loop.triggered and loop.trigger == "checkin_note"
    assert loop.level == "high" and loop.clinician_alerted and loop.resources is not None
    event = db.get(RiskEvent, loop.risk_event_id)
    assert event is not None
    assert (event.source, event.source_id) == ("checkin", str(result.checkin.id))
    alert = db.get(Alert, event.alert_id)
    assert alert is not None and alert.immediate
    # A retried request reports the same help and raises nothing twice.
    before = counts(db)
    again = service.create_checkin(
        db,
        client=pair.client,
        mood=1,
        note="I want to kill myself tonight, I have the pills ready",
        idempotency_key="note-1",
    )
    assert again.replayed and again.safety_loop is not None
    assert again.safety_loop.risk_event_id == event.id
    assert counts(db) == before


@pytest.mark.parametrize("note", ["this homework is killing me", "Walked by the river", None])
def test_benign_or_empty_notes_raise_nothing(db: Session, note: str | None) -> None:
    pair = linked_pair(db)
    result = service.create_checkin(db, client=pair.client, mood=6, note=note)
    assert result.safety_loop is not None and not result.safety_loop.triggered
    assert counts(db)["risk_events"] == 0
