"""The plans JSON API: shapes, 409/422, isolation, what a client may see, and the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.accounts import service as accounts_service
from tandem.audit.service import events_for_subject
from tests.factories.accounts import linked_pair, make_client
from tests.factories.plans import (
    PRIVATE_NOTE,
    PRIVATE_WORDING,
    bearer,
    make_plan,
    plan_body,
    safety_body,
)


def _plan_url(client_id: Any) -> str:
    return f"/api/v1/clients/{client_id}/plan"


def test_clinician_writes_reads_and_versions_the_plan(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    headers = bearer(db, pair.clinician)
    empty = client.get(_plan_url(pair.client.id), headers=headers)
    assert empty.status_code == 200
    assert empty.json()["version"] == 0 and empty.json()["techniques"] == []

    saved = client.put(_plan_url(pair.client.id), json=plan_body(), headers=headers)
    assert saved.status_code == 200, saved.text
    plan = saved.json()
    assert plan["version"] == 1
    assert plan["updated_by"] == pair.clinician.display_name
    assert [t["per_week"] for t in plan["techniques"]] == [7.0, 3.0]
    assert {h["state"] for h in plan["homework"]} == {"open"}
    assert plan["clinician_notes"] == PRIVATE_NOTE

    body = plan_body(base_version=1, goals=["Sleep by 11 most nights"])
    body["homework"] = [
        dict(h, id=saved_h["id"])
        for h, saved_h in zip(plan_body()["homework"], plan["homework"], strict=True)
    ]
    second = client.put(_plan_url(pair.client.id), json=body, headers=headers)
    assert second.status_code == 200 and second.json()["version"] == 2

    versions = client.get(f"{_plan_url(pair.client.id)}/versions", headers=headers).json()
    assert [v["version"] for v in versions] == [2, 1]
    assert versions[0]["summary"] == "removed goal “Call my sister once a week”"
    assert versions[0]["author_role"] == "clinician"
    old = client.get(f"{_plan_url(pair.client.id)}/versions/1", headers=headers).json()
    assert len(old["content"]["goals"]) == 2
    assert client.get(f"{_plan_url(pair.client.id)}/versions/9", headers=headers).status_code == 404


def test_stale_put_gets_409_in_the_error_envelope(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    headers = bearer(db, pair.clinician)
    assert client.put(_plan_url(pair.client.id), json=plan_body(), headers=headers).is_success
    stale = client.put(_plan_url(pair.client.id), json=plan_body(goals=["Mine"]), headers=headers)
    assert stale.status_code == 409
    error = stale.json()["error"]
    assert error["code"] == "conflict"
    assert error["details"] == {"current_version": 1, "your_version": 0}


@pytest.mark.parametrize(
    "overrides",
    [
        {"surprise": True},
        {"goals": ["a goal"] * 21},
        {"goals": ["x" * 301]},
        {"techniques": [{"skill_id": "box_breathing", "frequency": "whenever I like"}]},
        {"techniques": [{"skill_id": "Box Breathing!"}]},
        {"techniques": [{"skill_id": "tipp"}]},  # contraindicated in the same plan
        {"sessions": ["2026-12-01T10:00:00"]},  # no time zone
        {"base_version": -1},
        {"clinician_notes": "bell\x07"},
    ],
)
def test_invalid_plans_get_a_clear_422(
    client: TestClient, db: Session, overrides: dict[str, Any]
) -> None:
    pair = linked_pair(db)
    response = client.put(
        _plan_url(pair.client.id), json=plan_body(**overrides), headers=bearer(db, pair.clinician)
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_input"
    assert response.json()["error"]["details"]


CLINICIAN_ROUTES = [
    ("get", "/plan", None),
    ("put", "/plan", plan_body()),
    ("get", "/plan/versions", None),
    ("get", "/plan/versions/1", None),
    ("get", "/safety-plan", None),
    ("put", "/safety-plan", safety_body()),
    ("get", "/safety-plan/versions", None),
    ("get", "/companion-settings", None),
    ("put", "/companion-settings", {"base_version": 0, "paused": True}),
    ("get", "/adherence", None),
]


@pytest.mark.parametrize(("method", "suffix", "body"), CLINICIAN_ROUTES)
def test_clinician_routes_are_isolated(
    client: TestClient, db: Session, method: str, suffix: str, body: Any
) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    url = f"/api/v1/clients/{pair.client.id}{suffix}"
    kwargs: dict[str, Any] = {"json": body} if body is not None else {}

    outsider = linked_pair(db)
    response = client.request(method, url, headers=bearer(db, outsider.clinician), **kwargs)
    assert response.status_code == 404
    assert PRIVATE_NOTE not in response.text

    as_client = client.request(method, url, headers=bearer(db, pair.client), **kwargs)
    assert as_client.status_code == 403
    assert client.request(method, url, **kwargs).status_code == 401

    # Once the client ends the link, their former clinician sees nothing either.
    accounts_service.end_link(db, actor=pair.client, link_id=pair.link.id)
    ended = client.request(method, url, headers=bearer(db, pair.clinician), **kwargs)
    assert ended.status_code == 404


def test_client_sees_their_plan_without_the_clinicians_private_notes(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    response = client.get("/api/v1/me/plan", headers=bearer(db, pair.client))
    assert response.status_code == 200
    plan = response.json()
    assert plan["goals"][0] == "Sleep by 11 most nights"
    assert [t["skill_id"] for t in plan["techniques"]] == ["box_breathing", "thought_record"]
    assert plan["techniques"][0]["note"] == "Try it before bed, lights low."
    assert [h["title"] for h in plan["homework"]] == ["Evening walk", "Worry list"]
    for private in ("clinician_notes", "preferred_wording", "contraindicated_skills", "sessions"):
        assert private not in plan
    for secret in (PRIVATE_NOTE, PRIVATE_WORDING, "trauma-processing", "tipp"):
        assert secret not in response.text


def test_client_completes_own_homework_but_not_someone_elses(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db)
    plan = make_plan(db, clinician=pair.clinician, client=pair.client)
    walk = plan.document.homework[0]
    headers = bearer(db, pair.client)
    done = client.post(f"/api/v1/me/homework/{walk.id}/complete", headers=headers)
    assert done.status_code == 200, done.text
    assert done.json()["completions"] == 1 and done.json()["state"] == "open"  # 1 of 3

    stranger = make_client(db)
    response = client.post(f"/api/v1/me/homework/{walk.id}/complete", headers=bearer(db, stranger))
    assert response.status_code == 404
    assert client.get("/api/v1/me/plan", headers=bearer(db, stranger)).json()["homework"] == []


def test_clinician_reads_and_changes_are_audited(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    headers = bearer(db, pair.clinician)
    client.put(_plan_url(pair.client.id), json=plan_body(), headers=headers)
    client.get(_plan_url(pair.client.id), headers=headers)
    client.get(f"/api/v1/clients/{pair.client.id}/safety-plan", headers=headers)
    client.get(f"/api/v1/clients/{pair.client.id}/adherence", headers=headers)
    client.get("/api/v1/me/plan", headers=bearer(db, pair.client))
    entries = events_for_subject(db, subject_id=pair.client.id)
    by_clinician = [e.action for e in entries if e.actor_id == pair.clinician.id]
    for action in (
        "plan.updated",
        "plan.read",
        "safety_plan.read",
        "adherence.read",
        "client.read",
    ):
        assert action in by_clinician
    # The audit log records that and when, never the plan's words.
    assert all(PRIVATE_NOTE not in str(e.detail) for e in entries)
    # The client reading their own plan is not a clinician access.
    assert not [e for e in entries if e.actor_id == pair.client.id and e.action == "plan.read"]


def test_safety_plan_api_for_both_roles(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    as_client = bearer(db, pair.client)
    as_clinician = bearer(db, pair.clinician)
    first = client.put("/api/v1/me/safety-plan", json=safety_body(), headers=as_client)
    assert first.status_code == 200, first.text
    assert first.json()["updated_by_role"] == "client"

    url = f"/api/v1/clients/{pair.client.id}/safety-plan"
    seen = client.get(url, headers=as_clinician).json()
    assert seen["reasons_for_living"] == ["My dog Biscuit", "Seeing my niece grow up"]
    edit = dict(seen)
    for key in ("client_id", "version", "updated_at", "updated_by", "updated_by_role"):
        edit.pop(key)
    edit["base_version"] = seen["version"]
    edit["coping_strategies"] = [*seen["coping_strategies"], "Box breathing for two minutes"]
    second = client.put(url, json=edit, headers=as_clinician)
    assert second.status_code == 200 and second.json()["updated_by_role"] == "clinician"

    stale = client.put("/api/v1/me/safety-plan", json=safety_body(), headers=as_client)
    assert stale.status_code == 409
    mine = client.get("/api/v1/me/safety-plan", headers=as_client).json()
    assert mine["version"] == 2 and mine["coping_strategies"][-1].startswith("Box breathing")
    history = client.get("/api/v1/me/safety-plan/versions", headers=as_client).json()
    assert [(v["version"], v["author_role"]) for v in history] == [
        (2, "clinician"),
        (1, "client"),
    ]


def test_companion_settings_api(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    headers = bearer(db, pair.clinician)
    url = f"/api/v1/clients/{pair.client.id}/companion-settings"
    start = client.get(url, headers=headers).json()
    assert start["version"] == 0 and start["allowed_backends"] == ["offline"]
    bad = client.put(url, json={"base_version": 0, "quiet_start": "22:00"}, headers=headers)
    assert bad.status_code == 422
    assert "both a start and an end" in bad.text
    negative = client.put(url, json={"base_version": 0, "daily_minutes": -5}, headers=headers)
    assert negative.status_code == 422
    good = client.put(
        url,
        json={
            "base_version": 0,
            "daily_minutes": 30,
            "quiet_start": "22:30",
            "quiet_end": "06:30",
            "timezone": "America/Mexico_City",
        },
        headers=headers,
    )
    assert good.status_code == 200, good.text
    assert good.json()["quiet_start"] == "22:30:00" and good.json()["version"] == 1


def test_adherence_api(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    url = f"/api/v1/clients/{pair.client.id}/adherence"
    response = client.get(url, headers=bearer(db, pair.clinician))
    assert response.status_code == 200
    data = response.json()
    assert [t["skill_id"] for t in data["techniques"]] == ["box_breathing", "thought_record"]
    assert data["homework_assigned"] == 2
    naive = client.get(
        url, params={"since": "2026-11-01T00:00:00"}, headers=bearer(db, pair.clinician)
    )
    assert naive.status_code == 422
