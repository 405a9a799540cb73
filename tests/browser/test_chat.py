"""A client's chat in a real browser: breathing paced on screen, a thought record, a handover."""

from __future__ import annotations

from typing import Any

from tandem.cli.demo import DEMO_LOGINS, seed_demo
from tests.browser.conftest import LiveServer
from tests.browser.helpers import sign_in, watch_console


def _say(page: Any, text: str) -> str:
    before = page.locator("#messages > li").count()
    page.fill("#chat-text", text)
    page.click(".composer button[type=submit]")
    # The page's CSP forbids eval, so wait on elements rather than on a JS predicate.
    page.locator("#messages > li").nth(before + 1).wait_for(timeout=120_000)
    return str(page.locator("#messages > li.msg-companion").last.inner_text())


def test_client_breathes_writes_a_thought_record_and_is_handed_over(
    live_server: LiveServer, page: Any
) -> None:
    with live_server.database.transaction() as session:
        seed_demo(session)
    problems = watch_console(page)
    client = DEMO_LOGINS[4]  # the standalone client: no plan steering this conversation
    sign_in(page, live_server, client.email, client.password)
    page.goto(f"{live_server.url}/chat")

    _say(page, "hi")
    reply = _say(page, "I'm panicking, my heart is racing")
    assert "breathing" in reply.lower()
    page.locator(".quick-replies button").first.click()  # "Yes, let's try"
    page.locator("#messages > li").nth(5).wait_for(timeout=120_000)
    _say(page, "ready")
    card = page.locator(".breathing").last
    card.locator(".breath-start").click()
    # The label counts down in real time: it changes within a couple of seconds.
    first = card.locator(".breath-label").inner_text()
    page.wait_for_timeout(1500)
    assert card.locator(".breath-label").inner_text() != first
    assert "phase-" in (card.locator(".breath-circle").get_attribute("class") or "")
    _say(page, "done")
    _say(page, "3")

    _say(page, "I keep thinking I'm a failure at work")
    reply = _say(page, "yes, let's do a thought record")
    assert "what happened" in reply.lower()
    for answer in (
        "My boss criticised my report in a meeting",
        "ashamed 80",
        "I'm useless and I'll get fired",
        "I made a mistake on one section",
        "I got good feedback last month",
        "One mistake doesn't make me useless",
    ):
        _say(page, answer)
    _say(page, "ashamed 40")
    summary = page.locator(".summary-card").last
    assert "useless" in summary.inner_text()

    reply = _say(page, "should I stop taking my sertraline?")
    assert "doctor" in reply.lower() or "therapist" in reply.lower()
    assert problems == [], problems
