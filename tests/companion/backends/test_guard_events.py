"""A blocked generation is stored as a guard event, its words encrypted at rest."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from tandem.companion.backends.guarded import guarded_reply
from tandem.companion.backends.models import GuardEvent
from tandem.companion.backends.openai_compat import OpenAICompatBackend
from tandem.companion.backends.service import record_guard_event, reply_request
from tandem.companion.context import ClientContext
from tandem.safety.assessment import RiskLevel
from tests.companion.backends.conftest import make_draft
from tests.companion.backends.stub_server import StubServer, reply
from tests.factories.accounts import make_client

HARMFUL = "Don't worry, this will be our secret. The lethal dose is about 10 grams."


def test_a_blocked_reply_becomes_an_encrypted_guard_event(
    db: Session, backend: OpenAICompatBackend, stub: StubServer
) -> None:
    client = make_client(db)
    now = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
    ctx = ClientContext(name=client.display_name, lang="en", now=now)
    request = reply_request(
        client_id=client.id,
        client_text="Can you keep a secret?",
        ctx=ctx,
        level=RiskLevel.NONE,
        draft=make_draft("I can't keep secrets from your care team, but I'm here to listen."),
        history=[("companion", "Hi!"), ("client", "hey")],
    )
    stub.script(reply(HARMFUL))
    result = guarded_reply(backend, request)
    assert result.guard_event is not None and result.guard_event.client_id == client.id

    row = record_guard_event(db, event=result.guard_event, client_id=client.id, now=now)
    stored = db.scalars(select(GuardEvent).where(GuardEvent.client_id == client.id)).one()
    assert stored.id == row.id
    assert set(stored.reasons) >= {"secrecy"}
    assert (stored.backend, stored.model, stored.risk_level) == (
        "openai_compat",
        "stub-model",
        "none",
    )
    assert stored.blocked_text == HARMFUL  # readable through the key ring...
    # Cast to plain text so the column's decryption does not run: this is what the database holds.
    raw = db.scalars(
        select(cast(GuardEvent.blocked_text, Text)).where(GuardEvent.id == row.id)
    ).one()
    assert "secret" not in raw and "lethal" not in raw  # ...but never stored in plain text


def test_history_is_passed_in_order_without_blank_lines() -> None:
    ctx = ClientContext(name=None, lang="fr", now=datetime(2026, 11, 27, tzinfo=UTC))
    request = reply_request(
        client_id=uuid.uuid4(),
        client_text="x",
        ctx=ctx,
        level=RiskLevel.NONE,
        draft=make_draft(),
        history=[("client", "a"), ("companion", "  "), ("companion", "b")],
    )
    assert [(h.role, h.text) for h in request.history] == [("client", "a"), ("companion", "b")]
    assert request.lang == "en"  # an unsupported language falls back to English instructions
