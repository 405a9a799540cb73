"""Invitations: a clinician makes a single-use code; a client redeems it at sign-up or later."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts import service
from tandem.accounts.models import ClinicianClientLink, Invite, User
from tandem.core.errors import Conflict, Forbidden, RateLimited
from tandem.core.models import utcnow
from tandem.core.security import hash_token
from tandem.core.settings import Settings
from tests.accounts.conftest import bearer, page_csrf, sign_in
from tests.factories.accounts import DEFAULT_PASSWORD, make_client, make_clinician


def test_invite_code_is_stored_hashed_and_shown_once(client: TestClient, db: Session) -> None:
    clinician = make_clinician(db)
    response = client.post("/api/v1/invites", json={}, headers=bearer(client, clinician))
    assert response.status_code == 201
    code = response.json()["code"]
    invite = db.scalars(select(Invite).where(Invite.clinician_id == clinician.id)).one()
    assert invite.code_sha256 == hash_token(service.normalize_invite_code(code))
    assert code not in invite.code_sha256
    assert invite.expires_at > utcnow() + timedelta(days=13)


def test_redeem_later_links_pending_consent_and_consent_activates(
    client: TestClient, db: Session
) -> None:
    clinician = make_clinician(db)
    patient = make_client(db)
    code = client.post("/api/v1/invites", json={}, headers=bearer(client, clinician)).json()["code"]
    headers = bearer(client, patient)
    redeemed = client.post(
        "/api/v1/me/invites/redeem", json={"code": code.lower()}, headers=headers
    )
    assert redeemed.status_code == 201, redeemed.text
    link = redeemed.json()
    assert link["status"] == "pending" and link["clinician_id"] == str(clinician.id)
    # Pending: the clinician cannot see the client yet.
    clinician_headers = bearer(client, clinician)
    assert client.get("/api/v1/clients", headers=clinician_headers).json() == []
    assert client.get(f"/api/v1/clients/{patient.id}", headers=clinician_headers).status_code == 404
    consent = {
        "share_measures": True,
        "share_summaries": False,
        "share_transcripts": False,
        "share_journal": False,
    }
    answer = client.put("/api/v1/me/consent", json=consent, headers=headers).json()
    assert [lk["status"] for lk in answer["links"]] == ["active"]
    listed = client.get("/api/v1/clients", headers=clinician_headers).json()
    assert [c["id"] for c in listed] == [str(patient.id)]
    assert listed[0]["shared_streams"] == ["measures"]


def test_code_is_single_use(db: Session) -> None:
    clinician = make_clinician(db)
    issued = service.create_invite(db, clinician=clinician)
    service.redeem_invite(db, client=make_client(db), code=issued.code)
    with pytest.raises(service.InvalidInvite):
        service.redeem_invite(db, client=make_client(db), code=issued.code)


def test_expired_code_is_refused(db: Session) -> None:
    clinician = make_clinician(db)
    issued = service.create_invite(db, clinician=clinician, now=utcnow() - timedelta(days=15))
    with pytest.raises(service.InvalidInvite):
        service.redeem_invite(db, client=make_client(db), code=issued.code)


def test_only_clinicians_invite_and_only_clients_redeem(db: Session, client: TestClient) -> None:
    patient = make_client(db)
    with pytest.raises(Forbidden):
        service.create_invite(db, clinician=patient)
    assert (
        client.post("/api/v1/invites", json={}, headers=bearer(client, patient)).status_code == 403
    )
    clinician = make_clinician(db)
    issued = service.create_invite(db, clinician=clinician)
    with pytest.raises(Forbidden):
        service.redeem_invite(db, client=make_clinician(db), code=issued.code)


def test_second_invite_from_the_same_clinician_conflicts(db: Session) -> None:
    clinician = make_clinician(db)
    patient = make_client(db)
    service.redeem_invite(
        db, client=patient, code=service.create_invite(db, clinician=clinician).code
    )
    with pytest.raises(Conflict):
        service.redeem_invite(
            db, client=patient, code=service.create_invite(db, clinician=clinician).code
        )


def test_guessing_codes_is_throttled_per_ip(db: Session, settings: Settings) -> None:
    settings = settings.model_copy(update={"login_ip_max_failures_per_hour": 3})
    patient = make_client(db)
    for guess in ("AAAA-AAAA-AAAA", "BBBB-BBBB-BBBB", "CCCC-CCCC-CCCC"):
        with pytest.raises(service.InvalidInvite):
            service.redeem_invite(
                db, client=patient, code=guess, ip="203.0.113.7", settings=settings
            )
    real = service.create_invite(db, clinician=make_clinician(db))
    with pytest.raises(RateLimited):
        service.redeem_invite(
            db, client=patient, code=real.code, ip="203.0.113.7", settings=settings
        )


def test_failed_guesses_over_http_are_kept(client: TestClient, db: Session, tune: object) -> None:
    tune(login_ip_max_failures_per_hour=2)  # type: ignore[operator]
    headers = bearer(client, make_client(db))
    statuses = [
        client.post(
            "/api/v1/me/invites/redeem", json={"code": "ZZZZ-ZZZZ-ZZZZ"}, headers=headers
        ).status_code
        for _ in range(3)
    ]
    assert statuses == [422, 422, 429]


def test_signup_with_invite_code_links_and_goes_to_consent(client: TestClient, db: Session) -> None:
    clinician = make_clinician(db)
    code = service.create_invite(db, clinician=clinician).code
    token = page_csrf(client, "/signup")
    response = client.post(
        "/signup",
        data={
            "email": "Maria@Example.org",
            "password": DEFAULT_PASSWORD,
            "display_name": "María",
            "locale": "es",
            "invite_code": code,
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/consent"
    user = db.scalars(select(User).where(User.email == "maria@example.org")).one()
    assert user.role == "client" and user.locale == "es"
    link = db.scalars(
        select(ClinicianClientLink).where(ClinicianClientLink.client_id == user.id)
    ).one()
    assert link.status == "pending"
    page = client.get("/consent")
    assert "Lo que compartes con tu profesional" in page.text
    assert clinician.display_name in page.text


def test_signup_with_a_bad_code_creates_nothing(client: TestClient, db: Session) -> None:
    before = db.scalar(select(func.count()).select_from(User))
    response = client.post(
        "/api/v1/auth/signup",
        json={
            "email": "x@example.org",
            "password": DEFAULT_PASSWORD,
            "display_name": "X",
            "invite_code": "NOPE-NOPE-NOPE",
        },
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_invite"
    assert db.scalar(select(func.count()).select_from(User)) == before


def test_redeem_later_through_the_page(client: TestClient, db: Session) -> None:
    clinician = make_clinician(db)
    patient = make_client(db)
    csrf = sign_in(client, patient)
    bad = client.post("/invite", data={"code": "WXYZ-WXYZ-WXYZ", "csrf_token": csrf})
    assert bad.status_code == 422 and 'id="code-error"' in bad.text
    code = service.create_invite(db, clinician=clinician).code
    good = client.post("/invite", data={"code": code, "csrf_token": csrf}, follow_redirects=False)
    assert good.status_code == 303 and good.headers["location"] == "/consent"
    assert "invited you" in client.get("/home").text


def test_clinician_page_shows_a_new_code_once(client: TestClient, db: Session) -> None:
    clinician = make_clinician(db)
    csrf = sign_in(client, clinician)
    response = client.post("/clinic/invites", data={"csrf_token": csrf})
    assert response.status_code == 201
    code = response.text.split('<span class="code">', 1)[1].split("</span>", 1)[0]
    invite = db.scalars(select(Invite).where(Invite.clinician_id == clinician.id)).one()
    assert invite.code_sha256 == hash_token(service.normalize_invite_code(code))
    assert code not in client.get("/clinic").text
