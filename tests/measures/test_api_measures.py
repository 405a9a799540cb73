"""Measures JSON API: bodies, every 4xx writing nothing, idempotency, the item-9 loop end to end,
consent scoping, schedules and exports."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.streams import Stream
from tandem.audit.models import AuditEntry
from tandem.core.models import utcnow
from tandem.safety.models import Alert, RiskEvent
from tests.factories.accounts import linked_pair, make_client, make_clinician
from tests.factories.measures import bearer, counts, daily_checkins, phq9, submit


def _error(response: object) -> dict:
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    return body["error"]


# --- check-ins -------------------------------------------------------------------------------


def test_post_checkin_returns_the_checkin(db: Session, client: TestClient) -> None:
    headers = bearer(client, make_client(db))
    response = client.post(
        "/api/v1/checkins",
        json={"mood": 6, "emotions": ["calm"], "energy": 5, "sleep_hours": 7, "note": "ok"},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["mood"], body["emotions"], body["sleep_hours"], body["source"]) == (
        6,
        ["calm"],
        7.0,
        "api",
    )
    listed = client.get("/api/v1/checkins?days=7", headers=headers).json()
    assert [c["id"] for c in listed] == [body["id"]]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"mood": 11},
        {"mood": "5"},
        {"mood": 5.5},
        {"mood": True},
        {"mood": 5, "energy": -1},
        {"mood": 5, "sleep_hours": 30},
        {"mood": 5, "sleep_quality": 9},
        {"mood": 5, "emotions": ["not-a-feeling"]},
        {"mood": 5, "note": "x" * 2001},
        {"mood": 5, "colour": "blue"},
    ],
)
def test_bad_checkins_get_422_in_the_envelope_and_write_nothing(
    db: Session, client: TestClient, body: dict
) -> None:
    headers = bearer(client, make_client(db))
    before = counts(db)
    response = client.post("/api/v1/checkins", json=body, headers=headers)
    assert response.status_code == 422, response.text
    assert _error(response)["code"] == "invalid_input"
    assert counts(db) == before


def test_checkins_need_a_signed_in_client(db: Session, client: TestClient) -> None:
    assert client.post("/api/v1/checkins", json={"mood": 5}).status_code == 401
    clinician = bearer(client, make_clinician(db))
    assert client.post("/api/v1/checkins", json={"mood": 5}, headers=clinician).status_code == 403
    assert counts(db)["checkins"] == 0


def test_checkin_idempotency_key_header(db: Session, client: TestClient) -> None:
    headers = {**bearer(client, make_client(db)), "Idempotency-Key": "chk-1"}
    first = client.post("/api/v1/checkins", json={"mood": 3}, headers=headers)
    again = client.post("/api/v1/checkins", json={"mood": 3}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    conflict = client.post("/api/v1/checkins", json={"mood": 4}, headers=headers)
    assert conflict.status_code == 409 and _error(conflict)["code"] == "conflict"
    assert counts(db)["checkins"] == 1


# --- questionnaires --------------------------------------------------------------------------


def test_phq9_response_body(db: Session, client: TestClient) -> None:
    headers = bearer(client, make_client(db))
    first = client.post(
        "/api/v1/questionnaires/phq9/responses", json={"answers": phq9(base=1)}, headers=headers
    )
    assert first.status_code == 201, first.text
    body = first.json()
    assert (body["total"], body["severity"], body["severity_label"]) == (8, "mild", "Mild")
    assert body["item9_positive"] is False and body["change"] is None
    assert body["safety_loop"]["triggered"] is False
    second = client.post(
        "/api/v1/questionnaires/phq9/responses",
        json={"answers": [3, 3, 3, 2, 2, 2, 2, 2, 0], "difficulty": 2},
        headers=headers,
    ).json()
    assert second["total"] == 19 and second["severity"] == "moderately_severe"
    assert second["change"]["direction"] == "deteriorated" and second["change"]["delta"] == 11
    assert second["change"]["clinically_significant"] is True
    assert second["deterioration_flagged"] is True
    listed = client.get("/api/v1/questionnaires/phq9/responses", headers=headers).json()
    assert [r["total"] for r in listed] == [19, 8]


def test_gad7_response_body(db: Session, client: TestClient) -> None:
    headers = bearer(client, make_client(db))
    body = client.post(
        "/api/v1/questionnaires/gad7/responses", json={"answers": [2] * 7}, headers=headers
    ).json()
    assert (body["total"], body["severity"], body["item9_positive"]) == (14, "moderate", None)


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("phq9", {"answers": [0] * 8}, 422),  # missing item
        ("phq9", {"answers": [0] * 8 + [4]}, 422),  # out of range
        ("phq9", {"answers": [0] * 8 + [-1]}, 422),
        ("phq9", {"answers": [0] * 8 + ["1"]}, 422),  # not an integer
        ("phq9", {"answers": [0] * 8 + [1.0]}, 422),
        ("phq9", {"answers": [0] * 8 + [None]}, 422),
        ("phq9", {"answers": "000000000"}, 422),
        ("phq9", {"answers": [0] * 7}, 422),  # a GAD-7 sent to the PHQ-9
        ("gad7", {"answers": [0] * 9}, 422),
        ("phq9", {"answers": [0] * 9, "extra": 1}, 422),
        ("phq9", {}, 422),
        ("phq9", {"answers": [0] * 9, "difficulty": 4}, 422),
        ("bdi", {"answers": [0] * 21}, 404),  # unknown questionnaire
        ("cssrs_screener", {"answers": [0] * 6}, 404),
    ],
)
def test_bad_questionnaires_get_a_clear_4xx_and_write_nothing(
    db: Session, client: TestClient, path: str, body: dict, status: int
) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    headers = bearer(client, pair.client)
    before = counts(db)
    response = client.post(f"/api/v1/questionnaires/{path}/responses", json=body, headers=headers)
    assert response.status_code == status, response.text
    assert _error(response)["message"]
    assert counts(db) == before


def test_out_of_range_answer_names_the_item(db: Session, client: TestClient) -> None:
    headers = bearer(client, make_client(db))
    response = client.post(
        "/api/v1/questionnaires/phq9/responses",
        json={"answers": [0, 0, 7, 0, 0, 0, 0, 0, 0]},
        headers=headers,
    )
    error = _error(response)
    assert error["details"][0]["loc"] == ["answers", "3"]
    assert "3" in error["message"]


def test_repeated_submission_with_the_same_key_returns_the_first_result(
    db: Session, client: TestClient
) -> None:
    pair = linked_pair(db)
    headers = {**bearer(client, pair.client), "Idempotency-Key": "phq-2026-11-20"}
    body = {"answers": phq9(item9=2)}
    first = client.post("/api/v1/questionnaires/phq9/responses", json=body, headers=headers)
    before = counts(db)
    again = client.post("/api/v1/questionnaires/phq9/responses", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"] and again.json()["replayed"] is True
    assert (
        again.json()["safety_loop"]["risk_event_id"] == first.json()["safety_loop"]["risk_event_id"]
    )
    assert counts(db) == before  # no second response, risk event or alert
    other = client.post(
        "/api/v1/questionnaires/phq9/responses", json={"answers": phq9()}, headers=headers
    )
    assert other.status_code == 409
    assert counts(db) == before
    too_long = {**headers, "Idempotency-Key": "k" * 101}
    assert (
        client.post(
            "/api/v1/questionnaires/phq9/responses", json=body, headers=too_long
        ).status_code
        == 422
    )


# --- the item-9 loop end to end --------------------------------------------------------------


def test_item9_loop_end_to_end_for_a_linked_client(db: Session, client: TestClient) -> None:
    pair = linked_pair(db)  # shares nothing: alerts reach the clinician anyway
    headers = bearer(client, pair.client)
    response = client.post(
        "/api/v1/questionnaires/phq9/responses", json={"answers": phq9(item9=1)}, headers=headers
    )
    assert response.status_code == 201
    loop = response.json()["safety_loop"]
    assert loop["triggered"] and loop["open_cssrs"] and loop["level"] == "moderate"
    assert loop["cssrs_url"] == "/questionnaires/cssrs"
    assert loop["cssrs_api"] == "/api/v1/questionnaires/cssrs/responses"
    assert [q["id"] for q in loop["cssrs_questions"]][:2] == ["wish_dead", "suicidal_thoughts"]
    assert loop["show_safety_plan"] and loop["safety_plan_url"] == "/safety-plan"
    assert loop["clinician_alerted"] is True
    assert any(r["contact"] == "988" for r in loop["resources"])
    assert loop["emergency"] == "call 911"
    event = db.get(RiskEvent, uuid.UUID(loop["risk_event_id"]))
    assert event is not None and event.level == "moderate" and event.categories == ["ideation"]

    clinician = bearer(client, pair.clinician)
    alerts = client.get("/api/v1/alerts", headers=clinician).json()
    assert len(alerts) == 1 and alerts[0]["client_id"] == str(pair.client.id)
    assert alerts[0]["level"] == "moderate" and "ideation: phq9-item9" in alerts[0]["indicators"]

    screen = client.post(
        "/api/v1/questionnaires/cssrs/responses",
        json={
            "answers": {
                "wish_dead": True,
                "suicidal_thoughts": True,
                "method": True,
                "intent": False,
                "plan": True,
                "behaviour_lifetime": False,
            },
            "phq9_response_id": response.json()["id"],
        },
        headers=headers,
    )
    assert screen.status_code == 201, screen.text
    body = screen.json()
    assert body["risk"] == "high" and body["phq9_response_id"] == response.json()["id"]
    assert body["safety_loop"]["level"] == "high" and body["safety_loop"]["clinician_alerted"]
    alerts = client.get("/api/v1/alerts", headers=clinician).json()
    assert len(alerts) == 1 and alerts[0]["level"] == "high" and alerts[0]["immediate"] is True
    actions = list(db.scalars(select(AuditEntry.action)))
    assert {
        "measures.questionnaire",
        "measures.safety_loop",
        "risk.detected",
        "measures.cssrs",
    } <= set(actions)


def test_item9_loop_for_a_standalone_client_gives_resources_and_no_alert(
    db: Session, client: TestClient
) -> None:
    headers = bearer(client, make_client(db, locale="es-MX"))
    loop = client.post(
        "/api/v1/questionnaires/phq9/responses", json={"answers": phq9(item9=3)}, headers=headers
    ).json()["safety_loop"]
    assert loop["triggered"] and loop["level"] == "high" and loop["clinician_alerted"] is False
    assert loop["resources"] and loop["emergency"]
    assert "911" in loop["emergency"]  # Mexico's emergency number, in Spanish
    assert loop["cssrs_questions"][0]["text"].startswith("¿")
    assert db.scalar(select(Alert)) is None
    assert db.scalar(select(RiskEvent)) is not None


@pytest.mark.parametrize(
    "body",
    [
        {"answers": {"wish_dead": True}},
        {"answers": {"wish_dead": 1, "suicidal_thoughts": False, "behaviour_lifetime": False}},
        {
            "answers": {
                "wish_dead": False,
                "suicidal_thoughts": False,
                "behaviour_lifetime": False,
                "plan": True,
            }
        },
        {
            "answers": {
                "wish_dead": False,
                "suicidal_thoughts": False,
                "behaviour_lifetime": False,
            },
            "extra": True,
        },
        {
            "answers": {
                "wish_dead": False,
                "suicidal_thoughts": False,
                "behaviour_lifetime": False,
            },
            "phq9_response_id": "not-a-uuid",
        },
    ],
)
def test_bad_cssrs_bodies_get_422_and_write_nothing(
    db: Session, client: TestClient, body: dict
) -> None:
    headers = bearer(client, make_client(db))
    before = counts(db)
    response = client.post("/api/v1/questionnaires/cssrs/responses", json=body, headers=headers)
    assert response.status_code == 422, response.text
    assert counts(db) == before


# --- schedules and due -----------------------------------------------------------------------


def test_schedules_put_get_and_due(db: Session, client: TestClient) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    clinician = bearer(client, pair.clinician)
    url = f"/api/v1/clients/{pair.client.id}/schedules"
    put = client.put(
        url, json={"schedules": [{"instrument": "phq9", "every_days": 14}]}, headers=clinician
    )
    assert put.status_code == 200, put.text
    assert [(s["instrument"], s["every_days"]) for s in put.json()] == [("phq9", 14)]
    assert client.get(url, headers=clinician).json()[0]["created_by"] == str(pair.clinician.id)
    patient = bearer(client, pair.client)
    due = client.get("/api/v1/questionnaires/due", headers=patient).json()
    assert [d["instrument"] for d in due] == ["phq9"] and due[0]["url"] == "/questionnaires/phq9"
    client.post("/api/v1/questionnaires/phq9/responses", json={"answers": phq9()}, headers=patient)
    assert client.get("/api/v1/questionnaires/due", headers=patient).json() == []
    for bad in (
        {"schedules": [{"instrument": "bdi", "every_days": 14}]},
        {"schedules": [{"instrument": "phq9", "every_days": 0}]},
        {"schedules": [{"instrument": "phq9", "every_days": "14"}]},
        {
            "schedules": [
                {"instrument": "phq9", "every_days": 7},
                {"instrument": "phq9", "every_days": 7},
            ]
        },
    ):
        assert client.put(url, json=bad, headers=clinician).status_code == 422
    assert client.put(url, json={"schedules": []}, headers=patient).status_code == 403
    stranger = bearer(client, make_clinician(db))
    assert client.put(url, json={"schedules": []}, headers=stranger).status_code == 404


# --- trends and consent ----------------------------------------------------------------------


def test_me_trends(db: Session, client: TestClient) -> None:
    user = make_client(db)
    now = utcnow()
    daily_checkins(db, user, [5, 6, 7], end=now)
    submit(db, user, phq9(base=1), at=now - timedelta(days=3))
    headers = bearer(client, user)
    body = client.get("/api/v1/me/trends?days=7", headers=headers).json()
    assert body["days"] == 7 and body["mood"]["checkins"] == 3
    assert [d["mood"] for d in body["mood"]["daily"]] == [5.0, 6.0, 7.0]
    assert body["streaks"]["current"] == 3
    phq = next(i for i in body["instruments"] if i["instrument"] == "phq9")
    assert phq["latest"]["total"] == 8 and phq["latest"]["severity"] == "mild"
    assert client.get("/api/v1/me/trends?days=14", headers=headers).status_code == 422


def test_clinician_trends_within_consent_and_revocation_applies_at_once(
    db: Session, client: TestClient
) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    now = utcnow()
    daily_checkins(db, pair.client, [4, 5], end=now)
    clinician = bearer(client, pair.clinician)
    url = f"/api/v1/clients/{pair.client.id}/trends?days=30"
    ok = client.get(
        f"{url}&since={(now - timedelta(days=2)).date().isoformat()}", headers=clinician
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["mood"]["checkins"] == 2 and ok.json()["since"] is not None
    stranger = bearer(client, make_clinician(db))
    assert client.get(url, headers=stranger).status_code == 404
    patient = bearer(client, pair.client)
    revoked = client.put(
        "/api/v1/me/consent",
        json={
            "share_measures": False,
            "share_summaries": True,
            "share_transcripts": False,
            "share_journal": False,
        },
        headers=patient,
    )
    assert revoked.status_code == 200, revoked.text
    denied = client.get(url, headers=clinician)
    assert denied.status_code == 403 and _error(denied)["code"] == "not_shared"
    for path in ("fhir", "measures.csv", "schedules", "deterioration-flags"):
        assert (
            client.get(f"/api/v1/clients/{pair.client.id}/{path}", headers=clinician).status_code
            == 403
        )


# --- exports ---------------------------------------------------------------------------------


def test_me_export_json_and_fhir(db: Session, client: TestClient) -> None:
    user = make_client(db)
    headers = bearer(client, user)
    client.post("/api/v1/checkins", json={"mood": 4, "note": "tired"}, headers=headers)
    client.post(
        "/api/v1/questionnaires/phq9/responses", json={"answers": phq9(item9=1)}, headers=headers
    )
    data = client.get("/api/v1/me/export?format=json", headers=headers)
    assert data.status_code == 200 and data.headers["cache-control"] == "no-store"
    body = data.json()
    assert body["checkins"][0]["note"] == "tired"
    assert body["questionnaires"][0]["item9_positive"] is True
    assert body["risk_events"][0]["level"] == "moderate"
    fhir = client.get("/api/v1/me/export?format=fhir", headers=headers)
    assert fhir.headers["content-type"].startswith("application/fhir+json")
    bundle = Bundle.model_validate(fhir.json())
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry]
    assert {"Patient", "QuestionnaireResponse", "Observation", "Flag"} <= set(kinds)
    assert client.get("/api/v1/me/export?format=xml", headers=headers).status_code == 422
    exports = list(db.scalars(select(AuditEntry).where(AuditEntry.action == "export")))
    assert [e.detail["format"] for e in exports] == ["json", "fhir"]


def test_clinician_fhir_and_csv_within_consent(db: Session, client: TestClient) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    submit(db, pair.client, phq9(base=2))
    clinician = bearer(client, pair.clinician)
    fhir = client.get(f"/api/v1/clients/{pair.client.id}/fhir", headers=clinician)
    assert fhir.status_code == 200
    Bundle.model_validate(fhir.json())
    csv_response = client.get(f"/api/v1/clients/{pair.client.id}/measures.csv", headers=clinician)
    assert csv_response.status_code == 200
    assert csv_response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    assert rows[0]["instrument"] == "phq9" and rows[0]["total"] == "16"
    stranger = bearer(client, make_clinician(db))
    assert client.get(f"/api/v1/clients/{pair.client.id}/fhir", headers=stranger).status_code == 404
    unshared = linked_pair(db)
    other = bearer(client, unshared.clinician)
    assert (
        client.get(f"/api/v1/clients/{unshared.client.id}/fhir", headers=other).status_code == 403
    )
    exports = list(db.scalars(select(AuditEntry).where(AuditEntry.action == "export")))
    assert {(e.detail["format"], e.actor_id) for e in exports} == {
        ("fhir", pair.clinician.id),
        ("csv", pair.clinician.id),
    }


def test_deterioration_flags_api(db: Session, client: TestClient) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    submit(db, pair.client, phq9(base=0), at=utcnow() - timedelta(days=14))
    submit(db, pair.client, phq9(base=1))
    clinician = bearer(client, pair.clinician)
    flags = client.get(
        f"/api/v1/clients/{pair.client.id}/deterioration-flags", headers=clinician
    ).json()
    assert len(flags) == 1 and flags[0]["delta"] == 8
    acked = client.post(
        f"/api/v1/deterioration-flags/{flags[0]['id']}/acknowledge", headers=clinician
    )
    assert acked.status_code == 200 and acked.json()["acknowledged_at"]
    assert (
        client.get(
            f"/api/v1/clients/{pair.client.id}/deterioration-flags", headers=clinician
        ).json()
        == []
    )
    stranger = bearer(client, make_clinician(db))
    assert (
        client.post(
            f"/api/v1/deterioration-flags/{flags[0]['id']}/acknowledge", headers=stranger
        ).status_code
        == 404
    )


def test_openapi_documents_the_measures_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/checkins",
        "/api/v1/questionnaires/{instrument_id}/responses",
        "/api/v1/questionnaires/cssrs/responses",
        "/api/v1/me/export",
        "/api/v1/clients/{client_id}/fhir",
        "/api/v1/clients/{client_id}/schedules",
    ):
        assert path in paths


def test_checkin_note_with_risk_answers_with_help(db: Session, client: TestClient) -> None:
    pair = linked_pair(db)
    headers = bearer(client, pair.client)
    body = client.post(
        "/api/v1/checkins",
        json={"mood": 2, "note": "I want to kill myself tonight, I have the pills ready"},
        headers=headers,
    ).json()
    assert body["safety"]["triggered"] and body["safety"]["level"] == "high"
    assert body["safety"]["clinician_alerted"] is True
    assert any(r["contact"] == "988" for r in body["safety"]["resources"])
    calm = client.post("/api/v1/checkins", json={"mood": 7, "note": "nice walk"}, headers=headers)
    assert calm.json()["safety"] is None
