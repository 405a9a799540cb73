"""The accounts JSON API: DESIGN §6 contract, input validation that writes nothing, OpenAPI."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tests.accounts.conftest import bearer
from tests.factories.accounts import DEFAULT_PASSWORD, make_client, make_clinician

GOOD_SIGNUP = {"email": "Nia@Example.org", "password": DEFAULT_PASSWORD, "display_name": " Nia  K "}


def _users(db: Session) -> int:
    return int(db.scalar(select(func.count()).select_from(User)) or 0)


def test_signup_creates_a_client_and_returns_it(client: TestClient, db: Session) -> None:
    response = client.post("/api/v1/auth/signup", json=GOOD_SIGNUP)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["email"] == "nia@example.org"
    assert body["display_name"] == "Nia K"
    assert body["role"] == "client" and body["clinic_id"] is None
    assert "password" not in str(body) and "hash" not in str(body)
    token = client.post(
        "/api/v1/auth/token", json={"email": "NIA@example.org", "password": DEFAULT_PASSWORD}
    )
    assert token.status_code == 200


def test_signup_with_a_taken_email_conflicts(client: TestClient, db: Session) -> None:
    make_client(db, email="nia@example.org")
    before = _users(db)
    response = client.post("/api/v1/auth/signup", json=GOOD_SIGNUP)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"
    assert _users(db) == before


@pytest.mark.parametrize(
    "change",
    [
        {"role": "admin"},  # unknown field: nobody signs themselves up as an admin
        {"email": "not-an-email"},
        {"email": "a@b"},
        {"email": "x" * 250 + "@example.org"},
        {"password": "short"},
        {"password": "nia@example.org"},
        {"password": "p" * 10_000},
        {"display_name": ""},
        {"display_name": "N" * 101},
        {"display_name": "bad\u0000name"},
        {"locale": "fr"},
        {"locale": "english please"},
        {"invite_code": "C" * 33},
        {"email": 12},
        {"password": None},
    ],
)
def test_signup_refuses_bad_input_with_422_and_writes_nothing(
    client: TestClient, db: Session, change: dict[str, Any]
) -> None:
    before = _users(db)
    response = client.post("/api/v1/auth/signup", json={**GOOD_SIGNUP, **change})
    assert response.status_code == 422, (change, response.status_code, response.text)
    assert set(response.json()["error"]) >= {"code", "message"}
    assert _users(db) == before


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"email": "a@b.org"}', b'{"email": "a@b.org", "password": "x", "extra": 1}'],
)
def test_token_refuses_malformed_bodies(client: TestClient, body: bytes) -> None:
    response = client.post(
        "/api/v1/auth/token", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422


def test_invites_endpoint_accepts_an_empty_object_and_no_body(
    client: TestClient, db: Session
) -> None:
    headers = bearer(client, make_clinician(db))
    assert client.post("/api/v1/invites", json={}, headers=headers).status_code == 201
    assert client.post("/api/v1/invites", headers=headers).status_code == 201
    assert client.post("/api/v1/invites", json={"days": 99}, headers=headers).status_code == 422


def test_me_returns_the_caller(client: TestClient, db: Session) -> None:
    clinician = make_clinician(db)
    me = client.get("/api/v1/me", headers=bearer(client, clinician)).json()
    assert me["id"] == str(clinician.id) and me["role"] == "clinician"
    assert me["clinic_id"] == str(clinician.clinic_id)


def test_openapi_documents_the_routes_and_their_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    expected = {
        ("/api/v1/auth/token", "post"): {"401", "422", "423", "429"},
        ("/api/v1/auth/token", "delete"): {"401"},
        ("/api/v1/auth/signup", "post"): {"409", "422"},
        ("/api/v1/invites", "post"): {"401", "403"},
        ("/api/v1/me/invites/redeem", "post"): {"401", "403", "422", "429"},
        ("/api/v1/me/consent", "get"): {"401", "403"},
        ("/api/v1/me/consent", "put"): {"401", "403", "409", "422"},
        ("/api/v1/clients", "get"): {"401", "403"},
        ("/api/v1/clients/{client_id}", "get"): {"401", "403", "404"},
        ("/api/v1/me", "get"): {"401"},
    }
    for (path, method), statuses in expected.items():
        operation = paths[path][method]
        assert statuses <= set(operation["responses"]), (path, method)
        for status in statuses - {"422"}:  # 422 also has FastAPI's own entry
            schema = operation["responses"][status]["content"]["application/json"]["schema"]
            assert schema["$ref"].endswith("/ErrorOut"), (path, method, status)
    signup = spec["components"]["schemas"]["SignupRequest"]
    assert signup["additionalProperties"] is False
    assert "/login" not in paths  # pages are not part of the API description


def test_client_lists_and_ends_links_but_not_someone_elses(client: TestClient, db: Session) -> None:
    from tandem.accounts.streams import Stream
    from tests.factories.accounts import linked_pair

    pair = linked_pair(db, Stream.MEASURES)
    headers = bearer(client, pair.client)
    links = client.get("/api/v1/me/links", headers=headers).json()
    assert [(lk["id"], lk["status"]) for lk in links] == [(str(pair.link.id), "active")]
    stranger = bearer(client, make_client(db))
    assert client.delete(f"/api/v1/me/links/{pair.link.id}", headers=stranger).status_code == 404
    ended = client.delete(f"/api/v1/me/links/{pair.link.id}", headers=headers)
    assert ended.status_code == 200 and ended.json()["status"] == "ended"
    assert client.get("/api/v1/me/links", headers=headers).json() == []
    clinician_view = client.get(
        f"/api/v1/clients/{pair.client.id}", headers=bearer(client, pair.clinician)
    )
    assert clinician_view.status_code == 404
