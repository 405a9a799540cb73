"""Web sessions: cookie flags, hashed ids, idle logoff per role, absolute expiry, sign-out."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts import service
from tandem.accounts.models import WebSession
from tandem.core.models import utcnow
from tandem.core.security import hash_token
from tandem.core.settings import Settings
from tests.accounts.conftest import page_csrf, sign_in
from tests.factories.accounts import DEFAULT_PASSWORD, make_admin, make_client, make_clinician


def _set_cookie_header(response: object, name: str) -> str:
    headers = response.headers.get_list("set-cookie")  # type: ignore[attr-defined]
    matching = [h for h in headers if h.startswith(f"{name}=")]
    assert matching, headers
    return matching[0]


def _login_response(client: TestClient, email: str, **headers: str) -> object:
    token = page_csrf(client, "/login")
    return client.post(
        "/login",
        data={"email": email, "password": DEFAULT_PASSWORD, "csrf_token": token},
        headers=headers,
        follow_redirects=False,
    )


def test_session_cookie_is_httponly_samesite_and_not_secure_over_http(
    client: TestClient, db: Session
) -> None:
    user = make_client(db)
    response = _login_response(client, user.email)
    assert response.status_code == 303  # type: ignore[attr-defined]
    cookie = _set_cookie_header(response, "tandem_session").lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert "secure" not in cookie.replace("httponly", "")


def test_session_cookie_is_secure_behind_https_proxy(client: TestClient, db: Session) -> None:
    user = make_client(db)
    response = _login_response(client, user.email, **{"X-Forwarded-Proto": "https"})
    cookie = _set_cookie_header(response, "tandem_session").lower()
    assert "; secure" in cookie and "httponly" in cookie


def test_pre_sign_in_csrf_cookie_is_httponly(client: TestClient) -> None:
    response = client.get("/login")
    cookie = _set_cookie_header(response, "tandem_csrf").lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_session_id_is_stored_hashed(client: TestClient, db: Session) -> None:
    user = make_client(db)
    sign_in(client, user)
    cookie_value = client.cookies["tandem_session"]
    stored = db.scalars(select(WebSession).where(WebSession.user_id == user.id)).one()
    assert stored.id == hash_token(cookie_value)
    assert stored.id != cookie_value


def test_sign_in_redirects_by_role_and_honours_only_local_next(
    client: TestClient, db: Session
) -> None:
    clinician = make_clinician(db)
    assert _login_response(client, clinician.email).headers["location"] == "/clinic"  # type: ignore[attr-defined]
    client.cookies.clear()
    token = page_csrf(client, "/login")
    for target, expected in [
        ("/consent", "/consent"),
        ("//evil.example", "/clinic"),
        ("https://evil.example", "/clinic"),
    ]:
        response = client.post(
            "/login",
            data={
                "email": clinician.email,
                "password": DEFAULT_PASSWORD,
                "csrf_token": token,
                "next": target,
            },
            follow_redirects=False,
        )
        assert response.headers["location"] == expected
        client.cookies.pop("tandem_session", None)


def test_signing_in_again_replaces_the_old_session(client: TestClient, db: Session) -> None:
    user = make_client(db)
    # A sign-in form left open in another tab, submitted after signing in elsewhere.
    stale_form_token = page_csrf(client, "/login")
    sign_in(client, user)
    first = client.cookies["tandem_session"]
    response = client.post(
        "/login",
        data={"email": user.email, "password": DEFAULT_PASSWORD, "csrf_token": stale_form_token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    second = client.cookies["tandem_session"]
    assert first != second
    old = db.get(WebSession, hash_token(first))
    assert old is not None and old.revoked_at is not None


@pytest.mark.parametrize(
    ("role", "setting"),
    [
        ("clinician", "clinician_idle_minutes"),
        ("client", "client_idle_minutes"),
        ("admin", "admin_idle_minutes"),
    ],
)
def test_idle_logoff_per_role(db: Session, settings: Settings, role: str, setting: str) -> None:
    settings = settings.model_copy(update={setting: 30})
    user = {"clinician": make_clinician, "client": make_client, "admin": make_admin}[role](db)
    now = utcnow()
    started = service.start_web_session(db, user=user, settings=settings, now=now)
    cookie = started.cookie_value
    # Activity inside the window keeps the session alive and moves the idle clock.
    assert service.web_session_for_cookie(
        db, cookie_value=cookie, settings=settings, now=now + timedelta(minutes=29)
    )
    assert service.web_session_for_cookie(
        db, cookie_value=cookie, settings=settings, now=now + timedelta(minutes=58)
    )
    # Then 30 idle minutes (and a second) end it for good.
    assert (
        service.web_session_for_cookie(
            db, cookie_value=cookie, settings=settings, now=now + timedelta(minutes=88, seconds=1)
        )
        is None
    )
    assert started.web_session.revoked_at is not None
    assert (
        service.web_session_for_cookie(
            db, cookie_value=cookie, settings=settings, now=now + timedelta(minutes=89)
        )
        is None
    )


def test_clinician_default_idle_limit_is_30_minutes() -> None:
    assert Settings().clinician_idle_minutes == 30
    assert service.idle_limit("clinician", Settings()) == timedelta(minutes=30)


def test_absolute_session_lifetime(db: Session, settings: Settings) -> None:
    settings = settings.model_copy(update={"session_max_hours": 2, "client_idle_minutes": 600})
    user = make_client(db)
    now = utcnow()
    cookie = service.start_web_session(db, user=user, settings=settings, now=now).cookie_value
    for minutes in (50, 100):
        assert service.web_session_for_cookie(
            db, cookie_value=cookie, settings=settings, now=now + timedelta(minutes=minutes)
        )
    assert (
        service.web_session_for_cookie(
            db, cookie_value=cookie, settings=settings, now=now + timedelta(hours=2)
        )
        is None
    )


def test_idle_session_over_http_sends_the_browser_to_sign_in(
    client: TestClient, db: Session
) -> None:
    clinician = make_clinician(db)
    sign_in(client, clinician)
    assert client.get("/clinic", follow_redirects=False).status_code == 200
    stored = db.scalars(select(WebSession).where(WebSession.user_id == clinician.id)).one()
    stored.last_seen_at = utcnow() - timedelta(minutes=31)
    db.flush()
    response = client.get("/clinic", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")
    assert client.get("/api/v1/me").status_code == 401


def test_sign_out_revokes_the_session_server_side(client: TestClient, db: Session) -> None:
    user = make_client(db)
    csrf = sign_in(client, user)
    cookie = client.cookies["tandem_session"]
    response = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert (
        'tandem_session=""' in _set_cookie_header(response, "tandem_session")
        or "max-age=0" in _set_cookie_header(response, "tandem_session").lower()
    )
    # A copy of the old cookie is worthless now.
    client.cookies.set("tandem_session", cookie)
    assert client.get("/api/v1/me").status_code == 401
    stored = db.get(WebSession, hash_token(cookie))
    assert stored is not None and stored.revoked_at is not None


def test_pages_need_sign_in_and_the_right_role(client: TestClient, db: Session) -> None:
    for path in ("/home", "/consent", "/invite", "/clinic", "/admin"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login"), (
            path
        )
    sign_in(client, make_client(db))
    assert client.get("/clinic").status_code == 403
    assert client.get("/admin").status_code == 403
    assert client.get("/home").status_code == 200
