"""A streamed model reply in a real browser: the guarded first sentence appears while the model is
still writing, a blocked later sentence swaps the whole bubble for the deterministic reply, and
what stays on screen is exactly what the history holds after a reload."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tandem.companion.service import save_state
from tandem.companion.state import ConversationState
from tandem.core.models import utcnow
from tests.browser.conftest import LiveServer
from tests.browser.helpers import sign_in, watch_console
from tests.companion.backends.stub_server import StubServer, reply, stall
from tests.factories.accounts import DEFAULT_PASSWORD, make_client, make_clinic

SAFE_FIRST = "That sounds really hard for you right now."
HARMFUL_LATER = SAFE_FIRST + " A lethal dose of acetaminophen is around 10 grams."
SAFE = "It sounds like this week has been a lot for you. What part of it weighs most on you?"
WAIT_MS = 120_000


@pytest.fixture(scope="module")
def stub() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


def _client_with_model(server: LiveServer, stub: StubServer) -> str:
    email = f"stream-{uuid.uuid4().hex[:8]}@example.org"
    with server.database.transaction() as session:
        clinic = make_clinic(session, name=f"Streaming clinic {uuid.uuid4().hex[:6]}")
        clinic.settings = {"llm": {"base_url": stub.base_url, "model": f"stub-{email}"}}
        client = make_client(session, email=email, clinic=clinic)
        # Past the first-use AI disclosure, which is authored wording the model never phrases.
        state = ConversationState(disclosed=True, greeted_on=utcnow().date().isoformat())
        save_state(session, client_id=client.id, state=state, now=utcnow())
    return email


def _send(page: Any, text: str) -> None:
    page.fill("#chat-text", text)
    page.click(".composer button[type=submit]")


def _last_reply(page: Any) -> str:
    return str(page.locator("#messages > li.msg-companion .bubble").last.inner_text()).strip()


def test_a_blocked_later_sentence_is_replaced_on_screen(
    live_server: LiveServer, page: Any, stub: StubServer
) -> None:
    email = _client_with_model(live_server, stub)
    problems = watch_console(page)
    sign_in(page, live_server, email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/chat")
    assert page.locator("form.composer[data-stream]").count() == 1

    # The first sentence, then the model pauses (mid-way into the harmful one) for 3 s.
    stub.script(stall(HARMFUL_LATER, after_chunks=7, delay=3.0))
    _send(page, "I have had a long week at work.")
    streaming = page.locator("li.msg-streaming")
    streaming.filter(has_text=SAFE_FIRST).wait_for(timeout=WAIT_MS)
    assert "lethal" not in page.locator("#messages").inner_text()  # only guarded text is shown

    streaming.wait_for(state="detached", timeout=WAIT_MS)  # done: the stored message took its place
    final = _last_reply(page)
    assert "lethal" not in page.locator("#messages").inner_text()
    assert SAFE_FIRST not in final  # the whole bubble was replaced, not just the bad sentence
    assert final.strip()

    page.reload()
    assert _last_reply(page) == final  # the history holds exactly what was on screen
    assert problems == [], problems


def test_a_safe_reply_streams_in_and_quick_replies_still_work(
    live_server: LiveServer, page: Any, stub: StubServer
) -> None:
    email = _client_with_model(live_server, stub)
    problems = watch_console(page)
    sign_in(page, live_server, email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/chat")

    stub.script(reply(SAFE))
    before = page.locator("#messages > li").count()
    _send(page, "Work has been a lot this week.")
    page.locator("#messages > li.msg-companion").nth(0).wait_for(timeout=WAIT_MS)
    page.locator("li.msg-streaming").wait_for(state="detached", timeout=WAIT_MS)
    assert page.locator("#messages > li").count() == before + 2
    assert _last_reply(page).endswith(SAFE)
    assert page.locator("#chat-text").input_value() == ""

    page.reload()
    assert _last_reply(page).endswith(SAFE)
    assert problems == [], problems
