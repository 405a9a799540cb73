"""CSRF: every form post and every cookie-authenticated API write needs the session's token."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import Consent, Invite, User, WebSession
from tandem.accounts.streams import Stream
from tests.accounts.conftest import app_routes, fill_path, page_csrf, sign_in
from tests.factories.accounts import (
    DEFAULT_PASSWORD,
    give_consent,
    linked_pair,
    make_admin,
    make_client,
    make_clinician,
)

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
PRE_SIGN_IN_FORMS = {"/login", "/signup"}


def _form_routes(app: FastAPI) -> list[tuple[str, APIRoute]]:
    routes = []
    for route in app_routes(app):
        if not route.path.startswith("/api/"):
            routes.extend((method, route) for method in sorted(route.methods & UNSAFE))
    return routes


def _count(db: Session, model: type) -> int:
    return int(db.scalar(select(func.count()).select_from(model)) or 0)


def test_the_app_has_the_accounts_forms(app: FastAPI) -> None:
    paths = {route.path for _method, route in _form_routes(app)}
    assert {"/login", "/logout", "/signup", "/consent", "/invite", "/clinic/invites"} <= paths


@pytest.mark.parametrize("bad_token", [None, "", "0" * 64, "not-a-token"])
def test_every_form_post_refuses_a_missing_or_wrong_token(
    app: FastAPI, client: TestClient, db: Session, bad_token: str | None
) -> None:
    """Walks every HTML form route in the app, signed in as each role, so new forms are covered."""
    users = {"client": make_client(db), "clinician": make_clinician(db), "admin": make_admin(db)}
    for role, user in users.items():
        client.cookies.clear()
        sign_in(client, user)
        for method, route in _form_routes(app):
            data = {"csrf_token": bad_token} if bad_token is not None else {}
            data.update({"email": user.email, "password": DEFAULT_PASSWORD, "code": "ABCD"})
            response = client.request(method, fill_path(route), data=data, follow_redirects=False)
            assert response.status_code == 403, (role, method, route.path, response.status_code)


@pytest.mark.parametrize("bad_token", [None, "0" * 64])
def test_sign_in_and_sign_up_forms_refuse_a_missing_or_wrong_token(
    client: TestClient, db: Session, bad_token: str | None
) -> None:
    user = make_client(db)
    page_csrf(client, "/login")  # the browser has its pre-sign-in cookie
    extra = {"csrf_token": bad_token} if bad_token is not None else {}
    login = client.post(
        "/login",
        data={"email": user.email, "password": DEFAULT_PASSWORD, **extra},
        follow_redirects=False,
    )
    assert login.status_code == 403
    assert "tandem_session" not in client.cookies
    users_before = _count(db, User)
    signup = client.post(
        "/signup",
        data={
            "email": "new@example.org",
            "password": DEFAULT_PASSWORD,
            "display_name": "New",
            **extra,
        },
        follow_redirects=False,
    )
    assert signup.status_code == 403
    assert _count(db, User) == users_before


def test_a_token_from_another_browser_is_refused(
    client: TestClient, db: Session, new_client: object
) -> None:
    user = make_client(db)
    other = new_client()  # type: ignore[operator]
    foreign = page_csrf(other, "/login")
    page_csrf(client, "/login")
    response = client.post(
        "/login",
        data={"email": user.email, "password": DEFAULT_PASSWORD, "csrf_token": foreign},
        follow_redirects=False,
    )
    assert response.status_code == 403


def test_forms_with_the_right_token_work_and_without_it_write_nothing(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    csrf = sign_in(client, pair.client)
    before = _count(db, Consent)
    refused = client.post(
        "/consent", data={"share_journal": "on", "csrf_token": "f" * 64}, follow_redirects=False
    )
    assert refused.status_code == 403
    assert _count(db, Consent) == before
    accepted = client.post(
        "/consent", data={"share_journal": "on", "csrf_token": csrf}, follow_redirects=False
    )
    assert accepted.status_code == 303
    assert _count(db, Consent) == before + 1

    client.cookies.clear()
    csrf = sign_in(client, pair.clinician)
    invites = _count(db, Invite)
    assert client.post("/clinic/invites", data={}).status_code == 403
    assert _count(db, Invite) == invites
    assert client.post("/clinic/invites", data={"csrf_token": csrf}).status_code == 201
    assert _count(db, Invite) == invites + 1


def test_sign_out_needs_the_token(client: TestClient, db: Session) -> None:
    user = make_client(db)
    sign_in(client, user)
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
    session_row = db.scalars(select(WebSession).where(WebSession.user_id == user.id)).one()
    assert session_row.revoked_at is None


def test_cookie_authenticated_api_writes_need_the_header(client: TestClient, db: Session) -> None:
    client_user = make_client(db)
    csrf = sign_in(client, client_user)
    body = {
        "share_measures": True,
        "share_summaries": False,
        "share_transcripts": False,
        "share_journal": False,
    }
    refused = client.put("/api/v1/me/consent", json=body)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "csrf_failed"
    assert (
        client.put("/api/v1/me/consent", json=body, headers={"X-CSRF-Token": "0" * 64}).status_code
        == 403
    )
    assert (
        client.put("/api/v1/me/consent", json=body, headers={"X-CSRF-Token": csrf}).status_code
        == 200
    )
    # Reads need no token.
    assert client.get("/api/v1/me/consent").status_code == 200


def test_bearer_token_api_writes_need_no_csrf_token(client: TestClient, db: Session) -> None:
    clinician = make_clinician(db)
    token = client.post(
        "/api/v1/auth/token", json={"email": clinician.email, "password": DEFAULT_PASSWORD}
    )
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    assert client.post("/api/v1/invites", json={}, headers=headers).status_code == 201


def test_consent_checkbox_absent_means_not_shared(client: TestClient, db: Session) -> None:
    client_user = make_client(db)
    give_consent(db, client_user, Stream.MEASURES, Stream.JOURNAL)
    csrf = sign_in(client, client_user)
    client.post("/consent", data={"share_summaries": "on", "csrf_token": csrf})
    current = db.scalars(
        select(Consent).where(Consent.client_id == client_user.id).order_by(Consent.version.desc())
    ).first()
    assert current is not None and current.shared_streams == {Stream.SUMMARIES}
