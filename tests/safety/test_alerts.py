"""Risk events and alerts: who is told, when, and how an episode stays one alert."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from tandem.accounts.streams import Stream
from tandem.core.errors import NotFound
from tandem.core.models import utcnow
from tandem.safety import service
from tandem.safety.assessment import Assessment, Evidence, RiskLevel
from tandem.safety.models import Alert, RiskEvent
from tests.factories.accounts import linked_pair, make_client, make_clinician


def _assessment(
    level: RiskLevel, category: str = "ideation", text: str = "I want to die"
) -> Assessment:
    return Assessment(
        level=level,
        categories=(category,),
        evidence=(Evidence(0, len(text), text, "test-rule", category, level),),
    )


def test_low_is_recorded_without_an_alert(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    recorded = service.record_assessment(
        db, client=pair.client, assessment=_assessment(RiskLevel.LOW, "hopelessness"), source="chat"
    )
    assert recorded is not None and recorded.alert is None
    assert db.scalar(select(RiskEvent).where(RiskEvent.client_id == pair.client.id)) is not None


def test_none_records_nothing(db: Session) -> None:
    pair = linked_pair(db)
    assert (
        service.record_assessment(
            db, client=pair.client, assessment=Assessment(RiskLevel.NONE), source="chat"
        )
        is None
    )


def test_moderate_opens_one_alert_per_episode_and_escalation_updates_it(db: Session) -> None:
    pair = linked_pair(db)
    now = utcnow()
    first = service.record_assessment(
        db,
        client=pair.client,
        assessment=_assessment(RiskLevel.MODERATE),
        source="chat",
        excerpt="I keep thinking about dying",
        now=now,
    )
    assert first and first.alert and first.alert_opened
    assert not first.alert.immediate and not first.alert.notify_on_call
    second = service.record_assessment(
        db,
        client=pair.client,
        assessment=_assessment(RiskLevel.HIGH, "preparatory"),
        source="chat",
        now=now + timedelta(minutes=3),
    )
    assert second and second.alert and not second.alert_opened
    assert second.alert.id == first.alert.id
    alert = second.alert
    assert alert.level == "high" and alert.immediate and alert.notify_on_call
    assert alert.event_count == 2
    assert set(alert.categories) == {"ideation", "preparatory"}
    # the tighter high-level deadline replaces the same-day one
    assert alert.due_at == now + timedelta(minutes=3 + 15)
    assert (
        db.scalar(
            select(Alert).where(Alert.client_id == pair.client.id).where(Alert.id != alert.id)
        )
        is None
    )


def test_after_acknowledgement_new_risk_opens_a_new_alert(db: Session) -> None:
    pair = linked_pair(db)
    first = service.record_assessment(
        db, client=pair.client, assessment=_assessment(RiskLevel.MODERATE), source="chat"
    )
    assert first and first.alert
    service.acknowledge_alert(
        db,
        clinician=pair.clinician,
        alert_id=first.alert.id,
        action="contacted_client",
        note="Called",
    )
    again = service.record_assessment(
        db, client=pair.client, assessment=_assessment(RiskLevel.MODERATE), source="chat"
    )
    assert again and again.alert_opened and again.alert and again.alert.id != first.alert.id


def test_standalone_client_gets_no_alert(db: Session) -> None:
    client = make_client(db)
    recorded = service.record_assessment(
        db, client=client, assessment=_assessment(RiskLevel.HIGH), source="chat"
    )
    assert recorded and recorded.alert is None and recorded.event.level == "high"


def test_clinic_response_targets_are_configurable(db: Session) -> None:
    pair = linked_pair(db)
    clinic = pair.clinician.clinic
    assert clinic is not None
    clinic.settings = {"response_minutes": {"high": 7}}
    db.flush()
    now = utcnow()
    recorded = service.record_assessment(
        db, client=pair.client, assessment=_assessment(RiskLevel.HIGH), source="chat", now=now
    )
    assert recorded and recorded.alert and recorded.alert.due_at == now + timedelta(minutes=7)
    assert recorded.alert.clinic_id == clinic.id


def test_evidence_and_excerpt_are_encrypted_at_rest(db: Session) -> None:
    pair = linked_pair(db, Stream.TRANSCRIPTS)
    service.record_assessment(
        db,
        client=pair.client,
        assessment=_assessment(RiskLevel.HIGH, text="pills saved up"),
        source="chat",
        excerpt="I have the pills saved up",
    )
    raw_evidence = db.scalar(select(type_coerce(RiskEvent.evidence, Text)))
    raw_excerpt = db.scalar(select(type_coerce(Alert.excerpt, Text)))
    assert raw_evidence and "pills" not in raw_evidence
    assert raw_excerpt and "pills" not in raw_excerpt


def test_excerpt_only_when_transcripts_are_shared(db: Session) -> None:
    sharing = linked_pair(db, Stream.TRANSCRIPTS)
    private = linked_pair(db, Stream.MEASURES)
    for pair in (sharing, private):
        service.record_assessment(
            db,
            client=pair.client,
            assessment=_assessment(RiskLevel.MODERATE),
            source="chat",
            excerpt="the words",
        )
    [shared_view] = service.alerts_for_clinician(db, clinician=sharing.clinician)
    [private_view] = service.alerts_for_clinician(db, clinician=private.clinician)
    assert shared_view.excerpt == "the words"
    assert private_view.excerpt is None  # the alert itself still arrives: safety override


def test_other_clinicians_cannot_see_or_acknowledge(db: Session) -> None:
    pair = linked_pair(db)
    stranger = make_clinician(db)
    recorded = service.record_assessment(
        db, client=pair.client, assessment=_assessment(RiskLevel.HIGH), source="chat"
    )
    assert recorded and recorded.alert
    assert service.alerts_for_clinician(db, clinician=stranger) == []
    with pytest.raises(NotFound):
        service.acknowledge_alert(
            db, clinician=stranger, alert_id=recorded.alert.id, action="no_action_needed"
        )


def test_alerts_are_sorted_most_urgent_first(db: Session) -> None:
    clinician = make_clinician(db)
    from tests.factories.accounts import link

    levels = [RiskLevel.MODERATE, RiskLevel.IMMINENT, RiskLevel.HIGH]
    for level in levels:
        client = make_client(db)
        link(db, clinician, client)
        service.record_assessment(db, client=client, assessment=_assessment(level), source="chat")
    views = service.alerts_for_clinician(db, clinician=clinician)
    assert [v.alert.level for v in views] == ["imminent", "high", "moderate"]


def _token(client: TestClient, email: str) -> dict[str, str]:
    from tests.factories.accounts import DEFAULT_PASSWORD

    response = client.post(
        "/api/v1/auth/token", json={"email": email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_alerts_api_lists_and_acknowledges(client: TestClient, db: Session) -> None:
    pair = linked_pair(db, Stream.TRANSCRIPTS)
    stranger = make_clinician(db)
    recorded = service.record_assessment(
        db, client=pair.client, assessment=_assessment(RiskLevel.HIGH), source="chat", excerpt="x"
    )
    assert recorded and recorded.alert
    headers = _token(client, pair.clinician.email)
    body = client.get("/api/v1/alerts", headers=headers).json()
    assert [a["id"] for a in body] == [str(recorded.alert.id)]
    assert body[0]["level"] == "high" and body[0]["excerpt"] == "x"

    stranger_headers = _token(client, stranger.email)
    assert client.get("/api/v1/alerts", headers=stranger_headers).json() == []
    denied = client.post(
        f"/api/v1/alerts/{recorded.alert.id}/acknowledge",
        json={"action": "contacted_client", "note": ""},
        headers=stranger_headers,
    )
    assert denied.status_code == 404

    bad = client.post(
        f"/api/v1/alerts/{recorded.alert.id}/acknowledge",
        json={"action": "shrugged"},
        headers=headers,
    )
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_input"

    ok = client.post(
        f"/api/v1/alerts/{recorded.alert.id}/acknowledge",
        json={"action": "contacted_client", "note": "Spoke with her, safe with partner"},
        headers=headers,
    )
    assert ok.status_code == 200 and ok.json()["status"] == "acknowledged"
    assert client.get("/api/v1/alerts", headers=headers).json() == []
    client_headers = _token(client, pair.client.email)
    assert client.get("/api/v1/alerts", headers=client_headers).status_code == 403
    assert client.get(f"/api/v1/alerts/{uuid.uuid4()}").status_code in (401, 404, 405)


def test_a_mistyped_clinic_on_call_number_never_stops_crisis_resources(db: Session) -> None:
    pair = linked_pair(db)
    clinic = pair.clinician.clinic
    assert clinic is not None
    clinic.on_call_phone = "call Maria"  # not a number
    clinic.on_call_name = "On-call"
    db.flush()
    resources = service.resources_for_client(db, client=pair.client)
    assert resources.primary_live is not None and resources.primary_live.contact.startswith("988")
    assert resources.on_call is None
