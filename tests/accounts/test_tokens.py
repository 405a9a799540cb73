"""API bearer tokens: issued once, stored hashed, revocable."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import ApiToken
from tandem.core.security import hash_token
from tests.accounts.conftest import bearer
from tests.factories.accounts import DEFAULT_PASSWORD, make_client


def test_token_is_returned_once_and_stored_only_as_its_hash(
    client: TestClient, db: Session
) -> None:
    user = make_client(db)
    response = client.post(
        "/api/v1/auth/token", json={"email": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    secret = body["access_token"]
    stored = db.scalars(select(ApiToken).where(ApiToken.user_id == user.id)).one()
    assert stored.token_sha256 == hash_token(secret)
    columns = [getattr(stored, c.key) for c in ApiToken.__table__.columns]
    assert all(secret not in str(value) for value in columns)


def test_token_authenticates_and_revoking_it_stops_it(client: TestClient, db: Session) -> None:
    user = make_client(db)
    secret = client.post(
        "/api/v1/auth/token", json={"email": user.email, "password": DEFAULT_PASSWORD}
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {secret}"}
    me = client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200 and me.json()["email"] == user.email
    assert client.delete("/api/v1/auth/token", headers=headers).status_code == 204
    after = client.get("/api/v1/me", headers=headers)
    assert after.status_code == 401
    assert after.json()["error"]["code"] == "not_authenticated"
    stored = db.scalars(select(ApiToken).where(ApiToken.user_id == user.id)).one()
    assert stored.revoked_at is not None


def test_revoking_one_token_leaves_others_working(client: TestClient, db: Session) -> None:
    user = make_client(db)
    first = bearer(client, user)
    second = bearer(client, user)
    client.delete("/api/v1/auth/token", headers=first)
    assert client.get("/api/v1/me", headers=second).status_code == 200


def test_bad_authorization_headers_are_refused_not_ignored(client: TestClient, db: Session) -> None:
    for value in ("Bearer", "Bearer nope", "Basic dXNlcjpwYXNz", "Token abc"):
        response = client.get("/api/v1/me", headers={"Authorization": value})
        assert response.status_code == 401, value
        assert response.headers.get("www-authenticate") == "Bearer"


def test_delete_token_without_a_bearer_token_is_a_clear_400(
    client: TestClient, db: Session
) -> None:
    from tests.accounts.conftest import sign_in

    csrf = sign_in(client, make_client(db))
    response = client.delete("/api/v1/auth/token", headers={"X-CSRF-Token": csrf})
    assert response.status_code == 400
