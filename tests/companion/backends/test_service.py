"""``generate_reply``: what the chat service calls, against the database and the stub server."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion.backends.models import GuardEvent
from tandem.companion.backends.service import GenerationInput, generate_reply
from tandem.companion.context import ClientContext
from tandem.companion.engine import EngineReply
from tandem.companion.models import ChatMessage
from tandem.safety.assessment import RiskLevel
from tests.companion.backends.conftest import READ_TIMEOUT, SLOW, make_draft
from tests.companion.backends.stub_server import StubServer, reply, slow
from tests.factories.accounts import make_client

NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)


def _settings(stub: StubServer, *, read_timeout: float = 30.0) -> SimpleNamespace:
    # A model name of its own per test: breakers are per endpoint and model, per process.
    return SimpleNamespace(
        llm_base_url=stub.base_url,
        llm_model=f"stub-{uuid.uuid4().hex[:8]}",
        llm_read_timeout=read_timeout,
        llm_retry_backoff=0.01,
    )


def _turn(
    client: User,
    text: str,
    *,
    settings: SimpleNamespace,
    draft: EngineReply | None = None,
    name: str | None = None,
) -> GenerationInput:
    """A calm turn at NOW, in English: what the chat service hands to the backend."""
    return GenerationInput(
        client=client,
        text=text,
        level=RiskLevel.NONE,
        ctx=ClientContext(name=name, lang="en", now=NOW),
        draft=draft if draft is not None else make_draft(),
        now=NOW,
        settings=settings,
    )


def _say(db: Session, client_id: uuid.UUID, role: str, text: str, at: datetime) -> None:
    db.add(ChatMessage(id=uuid.uuid4(), client_id=client_id, role=role, text=text, created_at=at))
    db.flush()


def test_the_model_sees_this_clients_recent_conversation_only(
    db: Session, stub: StubServer
) -> None:
    ana, other = make_client(db, display_name="Ana"), make_client(db, display_name="Zeta")
    _say(db, other.id, "client", "Zeta's secret about the custody case", NOW - timedelta(minutes=3))
    _say(db, ana.id, "client", "old news from last week", NOW - timedelta(days=7))
    _say(db, ana.id, "client", "I couldn't sleep again", NOW - timedelta(minutes=2))
    _say(db, ana.id, "companion", "That sounds tiring.", NOW - timedelta(minutes=1))
    _say(db, ana.id, "client", "Work is piling up", NOW)  # the message being answered

    stub.script(reply("Sleep and work both pressing on you is a lot. Which feels bigger today?"))
    result = generate_reply(
        db,
        turn=_turn(ana, "Work is piling up", settings=_settings(stub), name="Ana"),
    )
    assert result.generated
    (call,) = stub.calls
    contents = [m["content"] for m in call.messages[1:]]
    assert contents == ["I couldn't sleep again", "That sounds tiring.", "Work is piling up"]
    assert "Zeta" not in call.prompt_text and "custody" not in call.prompt_text
    assert "old news" not in call.prompt_text


def test_a_blocked_reply_is_stored_as_a_guard_event(db: Session, stub: StubServer) -> None:
    client = make_client(db)
    stub.script(reply("Of course, I'm a real person, not a bot."))
    draft = make_draft("I'm an AI, but I'm here with you. What's on your mind?")
    result = generate_reply(
        db,
        turn=_turn(client, "are you a real person", settings=_settings(stub), draft=draft),
    )
    assert result.text == draft.text and result.fallback == "guard"
    event = db.scalars(select(GuardEvent).where(GuardEvent.client_id == client.id)).one()
    assert "human-claim" in event.reasons


def test_a_slow_model_falls_back_and_nothing_is_stored(db: Session, stub: StubServer) -> None:
    client = make_client(db)
    stub.script(slow(delay=SLOW))
    draft = make_draft()
    result = generate_reply(
        db,
        turn=_turn(
            client, "hello", settings=_settings(stub, read_timeout=READ_TIMEOUT), draft=draft
        ),
    )
    assert result.text == draft.text and result.fallback == "read_timeout"
    assert db.scalars(select(GuardEvent).where(GuardEvent.client_id == client.id)).all() == []


def test_without_configuration_no_model_is_called(db: Session, stub: StubServer) -> None:
    client = make_client(db)
    result = generate_reply(
        db,
        turn=_turn(client, "hello", settings=SimpleNamespace()),
    )
    assert result.fallback == "not-configured" and stub.calls == []
