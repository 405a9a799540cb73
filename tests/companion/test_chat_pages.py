"""The chat page as a browser without JavaScript and as htmx use it."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.companion.models import ChatMessage
from tests.accounts.conftest import csrf_from, sign_in
from tests.factories.accounts import linked_pair


def test_plain_form_post_redirects_back_to_the_conversation(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db)
    token = sign_in(client, pair.client)
    sent = client.post("/chat", data={"text": "hello", "csrf_token": token}, follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"].startswith("/chat")
    page = client.get("/chat")
    assert page.status_code == 200
    assert "hello" in page.text
    assert 'class="msg msg-companion' in page.text


def test_htmx_post_returns_only_the_new_turn(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    sign_in(client, pair.client)
    token = csrf_from(client.get("/chat").text)
    response = client.post(
        "/chat",
        data={"text": "I feel a bit anxious", "csrf_token": token},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert "<html" not in response.text
    assert response.text.count('class="msg msg-') == 2


def test_crisis_reply_on_the_page_links_to_help(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    token = sign_in(client, pair.client)
    client.post("/chat", data={"text": "I want to kill myself tonight", "csrf_token": token})
    page = client.get("/chat").text
    assert "msg-safety" in page
    assert 'href="tel:988"' in page
    assert 'href="/help"' in page and 'href="/safety-plan"' in page


def test_post_without_csrf_is_refused_and_nothing_is_stored(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db)
    sign_in(client, pair.client)
    response = client.post("/chat", data={"text": "hello"})
    assert response.status_code == 403
    assert db.scalar(select(func.count(ChatMessage.id))) == 0


def test_empty_message_shows_an_error_on_the_page(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    token = sign_in(client, pair.client)
    response = client.post("/chat", data={"text": "   ", "csrf_token": token})
    assert response.status_code == 422
    assert "write a message" in response.text
