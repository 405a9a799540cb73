"""Secure messages: only linked pairs, encrypted at rest, audited, screened for risk."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tandem.accounts.streams import Stream
from tandem.audit.models import AuditEntry
from tandem.clinic.messaging_models import SecureMessage
from tandem.safety.models import Alert
from tests.accounts.conftest import bearer, csrf_from, sign_in
from tests.factories.accounts import link, linked_pair, make_client, make_clinician


def test_a_linked_pair_can_write_both_ways(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)  # nothing shared: messages do not depend on consent streams
    clin, me = bearer(client, pair.clinician), bearer(client, pair.client)
    sent = client.post(
        f"/api/v1/clients/{pair.client.id}/messages",
        json={"text": "How was the week?"},
        headers=clin,
    )
    assert sent.status_code == 201, sent.text
    reply = client.post("/api/v1/me/messages", json={"text": "Better, thanks."}, headers=me)
    assert reply.status_code == 201
    mine = client.get("/api/v1/me/messages", headers=me).json()
    assert [m["text"] for m in mine["messages"]] == ["How was the week?", "Better, thanks."]
    assert mine["clinician_name"] == pair.clinician.display_name and "/help" in mine["notice"]
    theirs = client.get(f"/api/v1/clients/{pair.client.id}/messages", headers=clin).json()
    assert [m["sender_role"] for m in theirs["messages"]] == ["clinician", "client"]
    assert theirs["messages"][1]["read_at"] is not None  # read by the clinician now


def test_text_is_encrypted_at_rest(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    client.post(
        "/api/v1/me/messages",
        json={"text": "secret words here"},
        headers=bearer(client, pair.client),
    )
    raw = db.execute(text("SELECT text FROM secure_messages")).scalars().all()
    assert raw and all("secret words" not in value for value in raw)


def test_isolation_between_pairs(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    other_clinician = make_clinician(db)
    stranger = make_client(db)
    link(db, other_clinician, stranger)
    client.post(
        "/api/v1/me/messages",
        json={"text": "only for my clinician"},
        headers=bearer(client, pair.client),
    )
    other = bearer(client, other_clinician)
    assert (
        client.get(f"/api/v1/clients/{pair.client.id}/messages", headers=other).status_code == 404
    )
    assert (
        client.post(
            f"/api/v1/clients/{pair.client.id}/messages", json={"text": "hi"}, headers=other
        ).status_code
        == 404
    )
    strangers = client.get("/api/v1/me/messages", headers=bearer(client, stranger)).json()
    assert strangers["messages"] == []
    # A client without a clinician has nobody to write to.
    lonely = make_client(db)
    assert (
        client.post(
            "/api/v1/me/messages", json={"text": "hello"}, headers=bearer(client, lonely)
        ).status_code
        == 404
    )
    # Clinicians cannot use the client endpoints and vice versa.
    assert (
        client.get("/api/v1/me/messages", headers=bearer(client, pair.clinician)).status_code == 403
    )
    assert (
        client.get(
            f"/api/v1/clients/{pair.client.id}/messages", headers=bearer(client, pair.client)
        ).status_code
        == 403
    )


def test_every_read_and_write_is_audited(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    client.post("/api/v1/me/messages", json={"text": "hello"}, headers=bearer(client, pair.client))
    client.get(f"/api/v1/clients/{pair.client.id}/messages", headers=bearer(client, pair.clinician))
    actions = [
        (e.action, e.actor_id)
        for e in db.scalars(select(AuditEntry).where(AuditEntry.subject_id == pair.client.id))
    ]
    assert ("message.sent", pair.client.id) in actions
    assert ("messages.read", pair.clinician.id) in actions


def test_risk_in_a_message_reaches_the_safety_engine(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    client.post(
        "/api/v1/me/messages",
        json={"text": "I want to kill myself tonight, I have the pills"},
        headers=bearer(client, pair.client),
    )
    alert = db.scalar(select(Alert).where(Alert.client_id == pair.client.id))
    assert alert is not None and alert.source == "message"


def test_pages_post_with_csrf_and_warn_the_client(client: TestClient, db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    sign_in(client, pair.client)
    page = client.get("/messages")
    assert "not monitored 24/7" in page.text and 'href="/help"' in page.text
    token = csrf_from(page.text)
    assert client.post("/messages", data={"text": "no token"}).status_code == 403
    assert client.post("/messages", data={"text": "   ", "csrf_token": token}).status_code == 422
    done = client.post(
        "/messages", data={"text": "See you Tuesday", "csrf_token": token}, follow_redirects=False
    )
    assert done.status_code == 303
    assert db.scalar(select(SecureMessage.id).where(SecureMessage.client_id == pair.client.id))
    client.post("/logout", data={"csrf_token": token})
    sign_in(client, pair.clinician)
    page = client.get(f"/clinic/clients/{pair.client.id}/messages")
    assert "See you Tuesday" in page.text
    token = csrf_from(page.text)
    sent = client.post(
        f"/clinic/clients/{pair.client.id}/messages",
        data={"text": "See you then", "csrf_token": token},
        follow_redirects=False,
    )
    assert sent.status_code == 303
