"""Sign-in: argon2 verification, per-account lockout, per-IP throttling, audit, rehash."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts import service
from tandem.accounts.models import User
from tandem.audit.models import AuditEntry
from tandem.core.errors import AccountLocked, InvalidCredentials, RateLimited
from tandem.core.models import utcnow
from tandem.core.settings import Settings
from tests.accounts.conftest import page_csrf
from tests.factories.accounts import DEFAULT_PASSWORD, make_client, make_clinician


def _actions(db: Session) -> list[str]:
    return list(db.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_right_password_signs_in_and_is_audited(db: Session, settings: Settings) -> None:
    user = make_client(db, email="Ana@Example.org")
    signed_in = service.authenticate(
        db, email="ana@example.org", password=DEFAULT_PASSWORD, settings=settings, ip="10.0.0.1"
    )
    assert signed_in.id == user.id
    assert signed_in.last_login_at is not None
    assert _actions(db)[-1] == "login.success"


def test_wrong_password_and_unknown_email_give_the_same_error(
    db: Session, settings: Settings
) -> None:
    make_client(db, email="ana@example.org")
    with pytest.raises(InvalidCredentials) as wrong:
        service.authenticate(
            db, email="ana@example.org", password="nope nope nope", settings=settings
        )
    with pytest.raises(InvalidCredentials) as unknown:
        service.authenticate(
            db, email="bob@example.org", password="nope nope nope", settings=settings
        )
    assert wrong.value.message == unknown.value.message
    assert _actions(db)[-2:] == ["login.failure", "login.failure"]


def test_unknown_email_still_spends_a_password_verification(
    db: Session, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(service, "burn_password_check", lambda pw: calls.append(pw))
    with pytest.raises(InvalidCredentials):
        service.authenticate(db, email="nobody@example.org", password="x" * 12, settings=settings)
    assert calls == ["x" * 12]


def test_account_locks_after_max_failures_and_unlocks_after_the_period(
    db: Session, settings: Settings
) -> None:
    settings = settings.model_copy(update={"login_max_failures": 3, "login_lockout_minutes": 15})
    user = make_clinician(db)
    now = utcnow()
    for _ in range(2):
        with pytest.raises(InvalidCredentials):
            service.authenticate(
                db, email=user.email, password="wrong pass 1", settings=settings, now=now
            )
    with pytest.raises(AccountLocked):
        service.authenticate(
            db, email=user.email, password="wrong pass 1", settings=settings, now=now
        )
    assert "login.lockout" in _actions(db)
    # Locked: even the right password is refused until the period is over.
    with pytest.raises(AccountLocked):
        service.authenticate(
            db,
            email=user.email,
            password=DEFAULT_PASSWORD,
            settings=settings,
            now=now + timedelta(minutes=14),
        )
    later = now + timedelta(minutes=15, seconds=1)
    assert (
        service.authenticate(
            db, email=user.email, password=DEFAULT_PASSWORD, settings=settings, now=later
        ).id
        == user.id
    )
    assert user.failed_login_count == 0 and user.locked_until is None


def test_success_resets_the_failure_count(db: Session, settings: Settings) -> None:
    settings = settings.model_copy(update={"login_max_failures": 3})
    user = make_client(db)
    for _ in range(2):
        with pytest.raises(InvalidCredentials):
            service.authenticate(db, email=user.email, password="wrong pass 1", settings=settings)
    service.authenticate(db, email=user.email, password=DEFAULT_PASSWORD, settings=settings)
    for _ in range(2):
        with pytest.raises(InvalidCredentials):
            service.authenticate(db, email=user.email, password="wrong pass 1", settings=settings)
    assert user.locked_until is None


def test_per_ip_limit_applies_across_accounts_and_expires_after_an_hour(
    db: Session, settings: Settings
) -> None:
    settings = settings.model_copy(update={"login_ip_max_failures_per_hour": 4})
    users = [make_client(db) for _ in range(4)]
    now = utcnow()
    for user in users:  # one failure per account: no account lockout, but the IP adds up
        with pytest.raises(InvalidCredentials):
            service.authenticate(
                db,
                email=user.email,
                password="wrong pass 1",
                settings=settings,
                ip="203.0.113.9",
                now=now,
            )
    with pytest.raises(RateLimited):
        service.authenticate(
            db,
            email=users[0].email,
            password=DEFAULT_PASSWORD,
            settings=settings,
            ip="203.0.113.9",
            now=now,
        )
    # Another address is unaffected.
    service.authenticate(
        db,
        email=users[0].email,
        password=DEFAULT_PASSWORD,
        settings=settings,
        ip="198.51.100.1",
        now=now,
    )
    later = now + timedelta(hours=1, seconds=1)
    service.authenticate(
        db,
        email=users[1].email,
        password=DEFAULT_PASSWORD,
        settings=settings,
        ip="203.0.113.9",
        now=later,
    )


def test_login_rehashes_a_password_stored_with_weak_parameters(
    db: Session, settings: Settings
) -> None:
    user = make_client(db)
    user.password_hash = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(
        DEFAULT_PASSWORD
    )
    db.flush()
    old = user.password_hash
    service.authenticate(db, email=user.email, password=DEFAULT_PASSWORD, settings=settings)
    assert user.password_hash != old
    assert not service.password_needs_rehash(user.password_hash)


# --- over HTTP: failures must survive the request (the route must not roll them back) ---------


def test_api_failures_are_committed_and_lock_the_account(
    client: TestClient, db: Session, tune: object
) -> None:
    tune(login_max_failures=3)  # type: ignore[operator]
    user = make_client(db)
    statuses = [
        client.post(
            "/api/v1/auth/token", json={"email": user.email, "password": "wrong pass 1"}
        ).status_code
        for _ in range(3)
    ]
    assert statuses == [401, 401, 423]
    locked = client.post(
        "/api/v1/auth/token", json={"email": user.email, "password": DEFAULT_PASSWORD}
    )
    assert locked.status_code == 423
    assert locked.json()["error"]["code"] == "account_locked"
    assert int(locked.headers["retry-after"]) > 0
    db.refresh(user)
    assert user.locked_until is not None


def test_page_failures_are_committed_and_throttle_the_ip(
    client: TestClient, db: Session, tune: object
) -> None:
    tune(login_ip_max_failures_per_hour=3)  # type: ignore[operator]
    user = make_client(db)
    token = page_csrf(client, "/login")
    statuses = [
        client.post(
            "/login",
            data={"email": f"x{i}@example.org", "password": "wrong pass 1", "csrf_token": token},
        ).status_code
        for i in range(4)
    ]
    assert statuses == [401, 401, 401, 429]
    refused = client.post(
        "/login",
        data={"email": user.email, "password": DEFAULT_PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert refused.status_code == 429
    assert "tandem_session" not in refused.cookies


def test_login_page_shows_the_error_and_keeps_the_email(client: TestClient, db: Session) -> None:
    user = make_client(db)
    token = page_csrf(client, "/login")
    response = client.post(
        "/login", data={"email": user.email, "password": "wrong pass 1", "csrf_token": token}
    )
    assert response.status_code == 401
    assert 'role="alert"' in response.text
    assert f'value="{user.email}"' in response.text
    assert "wrong pass 1" not in response.text


def test_inactive_account_cannot_sign_in(db: Session, settings: Settings) -> None:
    user: User = make_client(db)
    user.is_active = False
    db.flush()
    with pytest.raises(InvalidCredentials):
        service.authenticate(db, email=user.email, password=DEFAULT_PASSWORD, settings=settings)
