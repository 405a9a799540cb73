"""The web chat streams a model's reply over server-sent events, through the real app and the real
stub model server: only guarded text is released, a blocked later sentence is replaced, every
fault ends on the engine's reply, and what the client finally sees is exactly what is stored."""

from __future__ import annotations

import json
import logging
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion.backends.consent import record_model_consent
from tandem.companion.backends.models import GuardEvent
from tandem.companion.models import ChatMessage
from tandem.companion.pages import stream_scope
from tandem.companion.service import save_state
from tandem.companion.state import ConversationState
from tandem.core.models import utcnow
from tandem.core.settings import Settings
from tests.accounts.conftest import csrf_from, sign_in
from tests.companion.backends.conftest import READ_TIMEOUT, SLOW
from tests.companion.backends.stub_server import (
    StubServer,
    disconnect,
    error,
    malformed,
    reply,
    slow,
)
from tests.factories.accounts import make_client, make_clinic

SAFE = "It sounds like this week has been a lot for you. What part of it weighs most on you?"
HARMFUL_LATER = (
    "That sounds really hard for you right now. A lethal dose of acetaminophen is around 10 grams."
)


@dataclass(frozen=True)
class Event:
    kind: str
    data: dict[str, str]


def parse_sse(body: str) -> list[Event]:
    events = []
    for block in body.split("\n\n"):
        kind, data = "message", []
        for line in block.splitlines():
            if line.startswith("event:"):
                kind = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if data:
            events.append(Event(kind, json.loads("\n".join(data))))
    return events


def shown(events: list[Event]) -> str:
    """What the streaming bubble shows before ``done`` swaps in the stored message."""
    text = ""
    for event in events:
        if event.kind == "text":
            text += event.data["text"]
        elif event.kind == "replace":
            text = event.data["text"]
    return text


@pytest.fixture()
def chat_app(app: FastAPI, db: Session, settings: Settings) -> FastAPI:
    # The stream stores its outcome in a unit of work of its own; in tests it is a savepoint of
    # the test's transaction, so the test sees (and rolls back) what the stream wrote.
    @contextmanager
    def scope() -> Iterator[Session]:
        with db.begin_nested():
            yield db

    app.dependency_overrides[stream_scope] = lambda: scope
    # Patient by default; the slow test swaps in an impatient read timeout.
    app.state.settings = settings.model_copy(update={"llm_retry_backoff": 0.01})
    return app


@pytest.fixture()
def web(chat_app: FastAPI) -> Iterator[TestClient]:
    # Named apart from the backends' ``client`` fixture (the model client).
    with TestClient(chat_app, base_url="http://testserver", raise_server_exceptions=False) as c:
        yield c


def model_client(db: Session, stub: StubServer, *, locale: str = "en", **llm: object) -> User:
    clinic = make_clinic(db)
    # A model name of its own: circuit breakers are per endpoint and model, per process.
    clinic.settings = {
        "llm": {"base_url": stub.base_url, "model": f"stub-{uuid.uuid4().hex[:8]}", **llm}
    }
    client = make_client(db, clinic=clinic)
    client.locale = locale
    # Past the first-use AI disclosure, which is authored wording the model never phrases.
    today = utcnow().date().isoformat()
    state = ConversationState(disclosed=True, greeted_on=today)
    save_state(db, client_id=client.id, state=state, now=utcnow())
    db.flush()
    return client


def stream(web: TestClient, user: User, text: str, *, signed_in: bool = False) -> list[Event]:
    if not signed_in:
        sign_in(web, user)
    token = csrf_from(web.get("/chat").text)
    response = web.post("/chat/stream", data={"text": text, "csrf_token": token})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(response.text)
    assert events[0].kind == "message" and events[-1].kind == "done"
    assert [e.kind for e in events].count("done") == 1
    return events


def stored(db: Session, user: User) -> list[ChatMessage]:
    db.expire_all()
    return list(
        db.scalars(
            select(ChatMessage)
            .where(ChatMessage.client_id == user.id)
            .order_by(ChatMessage.created_at)
        )
    )


def assert_history_whole(db: Session, user: User, events: list[Event], sent: str) -> ChatMessage:
    """One client message and one reply, and the reply is exactly what the client ends up with."""
    messages = stored(db, user)
    assert [m.role for m in messages] == ["client", "companion"]
    assert messages[0].text == sent
    final = events[-1].data
    assert messages[1].text == final["text"] == shown(events)
    assert final["id"] == str(messages[1].id)
    return messages[1]


def test_the_chat_page_streams_when_a_model_is_configured(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    sign_in(web, user)
    page = web.get("/chat").text
    assert 'data-stream="/chat/stream"' in page
    assert 'action="/chat"' in page  # without JavaScript the form still posts normally
    assert "<script>" not in page  # CSP: no inline script


def test_without_a_model_the_page_keeps_htmx(
    chat_app: FastAPI, web: TestClient, db: Session
) -> None:
    user = make_client(db)
    sign_in(web, user)
    page = web.get("/chat").text
    assert "data-stream" not in page and 'hx-post="/chat"' in page


def test_a_safe_reply_streams_and_is_stored_as_shown(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    stub.script(reply(SAFE, chunk_chars=5))
    events = stream(web, user, "Work has been a lot this week.")
    texts = [e.data["text"] for e in events if e.kind == "text"]
    assert len(texts) == 2 and "".join(texts) == SAFE  # sentence by sentence
    assert "replace" not in [e.kind for e in events]
    assert (
        "msg-client" in events[0].data["html"] and "Work has been a lot" in events[0].data["html"]
    )
    assert "msg-companion" in events[-1].data["html"]
    row = assert_history_whole(db, user, events, "Work has been a lot this week.")
    assert row.text == SAFE and row.backend == "openai_compat"
    assert len(stub.calls) == 1 and stub.calls[0].stream


def test_a_blocked_later_sentence_is_replaced_and_logged(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    stub.script(reply(HARMFUL_LATER, chunk_chars=4))
    events = stream(web, user, "I have had a long week at work.")
    released = "".join(e.data["text"] for e in events if e.kind == "text")
    assert released == "That sounds really hard for you right now."  # the safe sentence flowed
    assert "lethal" not in json.dumps([e.data for e in events])  # not in any event, not as HTML
    assert [e.kind for e in events][-2] == "replace"
    row = assert_history_whole(db, user, events, "I have had a long week at work.")
    assert row.backend == "offline" and "lethal" not in row.text
    guard = db.scalars(select(GuardEvent).where(GuardEvent.client_id == user.id)).one()
    assert guard.stage == "stream" and guard.reply_message_id == row.id
    assert guard.released_chars == len(released)
    assert "lethal" in (guard.blocked_text or "")


def test_moderate_risk_never_calls_the_model(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    events = stream(web, user, "I want to kill myself tonight")
    assert stub.calls == []
    assert "msg-safety" in events[-1].data["html"] and 'href="tel:' in events[-1].data["html"]
    messages = stored(db, user)
    assert messages[0].risk_level in ("high", "imminent")
    assert messages[1].action == "safety" and messages[1].text == events[-1].data["text"]


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param([disconnect(SAFE, after_chunks=9)], id="disconnect-after-a-sentence"),
        pytest.param([disconnect(after_chunks=2)], id="disconnect-early"),
        pytest.param([error(500), error(500)], id="500"),
        pytest.param([malformed()], id="malformed-json"),
    ],
)
def test_a_fault_ends_on_the_engine_reply_with_the_history_whole(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer, steps: list[object]
) -> None:
    user = model_client(db, stub)
    stub.script(*steps)  # type: ignore[arg-type]
    events = stream(web, user, "Work has been a lot this week.")
    row = assert_history_whole(db, user, events, "Work has been a lot this week.")
    assert row.backend == "offline" and row.text != SAFE and row.text.strip()
    assert db.scalars(select(GuardEvent).where(GuardEvent.client_id == user.id)).all() == []


def test_a_slow_model_ends_on_the_engine_reply(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    chat_app.state.settings = chat_app.state.settings.model_copy(
        update={"llm_read_timeout": READ_TIMEOUT}
    )
    user = model_client(db, stub)
    stub.script(slow(SAFE, delay=SLOW))
    events = stream(web, user, "Work has been a lot this week.")
    row = assert_history_whole(db, user, events, "Work has been a lot this week.")
    assert row.backend == "offline" and row.text != SAFE


def test_a_cut_off_stream_keeps_only_whole_sentences(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    stub.script(reply("It sounds like you have been carrying a lot this week. Maybe you could"))
    events = stream(web, user, "Work has been a lot this week.")
    assert "Maybe" not in json.dumps([e.data for e in events])
    row = assert_history_whole(db, user, events, "Work has been a lot this week.")
    assert row.text == "It sounds like you have been carrying a lot this week."


def test_a_reply_with_no_complete_sentence_falls_back(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    stub.script(reply("It sounds like you have been carrying a lot and maybe you could"))
    events = stream(web, user, "Work has been a lot this week.")
    assert [e.kind for e in events if e.kind in ("text", "replace")] == ["text"]
    row = assert_history_whole(db, user, events, "Work has been a lot this week.")
    assert row.backend == "offline" and "maybe you could" not in row.text


def test_a_reply_in_the_wrong_language_falls_back_and_says_why(
    chat_app: FastAPI,
    web: TestClient,
    db: Session,
    stub: StubServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    user = model_client(db, stub, locale="es")
    stub.script(reply(SAFE))
    with caplog.at_level(logging.WARNING, logger="tandem.companion.llm"):
        events = stream(web, user, "El trabajo me tiene agotada esta semana.")
    assert "weighs" not in json.dumps([e.data for e in events])  # never released
    row = assert_history_whole(db, user, events, "El trabajo me tiene agotada esta semana.")
    assert row.backend == "offline"
    assert any("not in the client's language" in r.getMessage() for r in caplog.records)


def test_an_empty_message_gets_an_inline_error_and_nothing_is_stored(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    sign_in(web, user)
    token = csrf_from(web.get("/chat").text)
    response = web.post("/chat/stream", data={"text": "  ", "csrf_token": token})
    assert response.status_code == 422 and "msg-error" in response.text
    assert stored(db, user) == [] and stub.calls == []


def test_the_stream_refuses_a_post_without_csrf(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    sign_in(web, user)
    response = web.post("/chat/stream", data={"text": "hello"})
    assert response.status_code == 403
    assert stored(db, user) == [] and stub.calls == []


def test_the_plain_form_post_uses_the_model_without_streaming(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    user = model_client(db, stub)
    token = sign_in(web, user)
    stub.script(reply(SAFE))
    sent = web.post("/chat", data={"text": "Work is a lot.", "csrf_token": token})
    assert sent.status_code == 200  # followed the redirect back to the page
    assert stored(db, user)[1].text == SAFE
    assert stub.calls and not stub.calls[0].stream


# --- a remote provider needs the client's consent naming it --------------------------------------


def _non_loopback_ipv4() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


@pytest.fixture(scope="module")
def remote_stub() -> Iterator[StubServer]:
    address = _non_loopback_ipv4()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to stand in for a remote model")
    with StubServer(host=address) as server:
        yield server


def test_a_remote_provider_without_consent_gets_nothing(
    chat_app: FastAPI, web: TestClient, db: Session, remote_stub: StubServer
) -> None:
    remote_stub.reset()
    user = model_client(db, remote_stub, remote_allowed=True, provider="Acme AI")
    events = stream(web, user, "Work has been a lot this week.")
    assert remote_stub.calls == []
    assert_history_whole(db, user, events, "Work has been a lot this week.")
    # The page offers the consent instead of streaming.
    page = web.get("/chat").text
    assert "data-stream" not in page and "/chat/model-consent" in page and "Acme AI" in page


def test_a_remote_provider_is_used_once_the_client_agrees_to_it_by_name(
    chat_app: FastAPI, web: TestClient, db: Session, remote_stub: StubServer
) -> None:
    remote_stub.reset()
    user = model_client(db, remote_stub, remote_allowed=True, provider="Acme AI")
    sign_in(web, user)
    consent_page = web.get("/chat/model-consent").text
    assert "Acme AI" in consent_page
    token = csrf_from(consent_page)
    saved = web.post(
        "/chat/model-consent",
        data={"decision": "agree", "csrf_token": token},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    remote_stub.script(reply(SAFE))
    events = stream(web, user, "Work has been a lot this week.", signed_in=True)
    assert len(remote_stub.calls) == 1
    assert assert_history_whole(db, user, events, "Work has been a lot this week.").text == SAFE


def test_consent_to_another_provider_does_not_count(
    chat_app: FastAPI, web: TestClient, db: Session, remote_stub: StubServer
) -> None:
    remote_stub.reset()
    user = model_client(db, remote_stub, remote_allowed=True, provider="Acme AI")
    record_model_consent(db, client_id=user.id, provider="Other Corp", agreed=True, locale="en")
    stream(web, user, "Work has been a lot this week.")
    assert remote_stub.calls == []


def test_without_the_clinics_explicit_yes_consent_is_not_enough(
    chat_app: FastAPI, web: TestClient, db: Session, remote_stub: StubServer
) -> None:
    remote_stub.reset()
    user = model_client(db, remote_stub, provider="Acme AI")  # remote_allowed not set
    record_model_consent(db, client_id=user.id, provider="Acme AI", agreed=True, locale="en")
    stream(web, user, "Work has been a lot this week.")
    assert remote_stub.calls == []


def test_the_api_shows_and_records_the_consent_naming_the_provider(
    chat_app: FastAPI, web: TestClient, db: Session, stub: StubServer
) -> None:
    remote = "https://api.acme.example/v1"  # never called here
    user = model_client(db, stub, base_url=remote, remote_allowed=True, provider="Acme AI")
    token = sign_in(web, user)
    shown = web.get("/api/v1/me/model-consent").json()
    assert shown["provider"] == "Acme AI" and "Acme AI" in shown["text"]
    assert shown["agreed"] is False and shown["remote"] is True
    refused = web.put("/api/v1/me/model-consent", json={"agreed": True})
    assert refused.status_code == 403  # a cookie session needs its CSRF token
    saved = web.put(
        "/api/v1/me/model-consent", json={"agreed": True}, headers={"X-CSRF-Token": token}
    )
    assert saved.status_code == 200 and saved.json()["agreed"] is True
    assert saved.json()["text_sha256"] == shown["text_sha256"]
