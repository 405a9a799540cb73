"""The clinician loop in Chromium (issue 7), every step through the pages a person would use:

a client's chat message raises an alert; the clinician, with the alerts inbox open, sees it appear
without a reload; acknowledges it with a note and the action taken; assigns a technique in the
client's treatment plan; and the client's companion then offers that technique.
"""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from tandem.accounts.streams import Stream
from tandem.clinic import events
from tandem.companion.models import ChatMessage
from tandem.companion.service import SCREEN_HISTORY_WINDOW
from tandem.web.model_registry import metadata
from tests.browser.conftest import LiveServer
from tests.browser.helpers import sign_in, watch_console
from tests.factories.accounts import DEFAULT_PASSWORD, link, make_client, make_clinician

CRISIS = "I have the pills here and tonight is the night"
ASSIGNED = "box_breathing"  # for "stressed" the library would otherwise offer muscle relaxation
NOTE = "Two rounds before your commute, like we practised."


def _say(page: Any, text: str) -> str:
    """Send a message the way a client does and return the companion's newest reply."""
    before = page.locator("#messages > li").count()
    page.fill("#chat-text", text)
    page.click(".composer button[type=submit]")
    # CSP forbids eval, so wait on elements rather than on a JS predicate.
    page.locator("#messages > li").nth(before + 1).wait_for(timeout=120_000)
    reply = page.locator("#messages > li.msg-companion").last
    # a streamed reply may still be arriving: wait until its text stops changing
    text_now, stable_since = reply.inner_text(), time.monotonic()
    while time.monotonic() - stable_since < 0.5:
        page.wait_for_timeout(100)
        latest = reply.inner_text()
        if latest != text_now:
            text_now, stable_since = latest, time.monotonic()
    return str(text_now)


def _next_day(server: LiveServer, client_id: uuid.UUID) -> None:
    """Move the client's conversation so far back a day and an hour.

    The safety screen keeps a risk episode's level for the messages of the following 24 hours
    (``SCREEN_HISTORY_WINDOW``): rightly, nothing the client says that evening is screened as
    calm. The client comes back to the companion the next day; only the clock is moved.
    """
    shift = SCREEN_HISTORY_WINDOW + timedelta(hours=1)
    with server.database.transaction() as session:
        for message in session.scalars(
            select(ChatMessage).where(ChatMessage.client_id == client_id)
        ):
            message.created_at = message.created_at - shift


def test_alert_acknowledged_technique_assigned_and_offered(
    live_server: LiveServer, browser: Any
) -> None:
    metadata.create_all(live_server.database.engine)  # no-op once migrations hold every table
    with live_server.database.transaction() as session:
        clinician = make_clinician(session, display_name="Dr Okafor")
        client = make_client(session, display_name="Sam Loop")
        link(session, clinician, client, Stream.TRANSCRIPTS, Stream.MEASURES, Stream.SUMMARIES)
        clinician_email, client_email, client_id = clinician.email, client.email, client.id

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    phone = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        clinic_page, client_page = desk.new_page(), phone.new_page()
        problems_clinic, problems_client = watch_console(clinic_page), watch_console(client_page)

        # The clinician has the alerts inbox open, with its event stream connected.
        sign_in(clinic_page, live_server, clinician_email, DEFAULT_PASSWORD)
        streams_before = events.active_streams()
        clinic_page.goto(f"{live_server.url}/clinic/alerts")
        assert clinic_page.locator("#alerts-none").is_visible()
        clinic_page.evaluate("window.__notReloaded = true")
        deadline = time.monotonic() + 10
        while events.active_streams() <= streams_before:
            assert time.monotonic() < deadline, "the alerts page never opened its event stream"
            time.sleep(0.05)

        # The client writes something that needs a human.
        sign_in(client_page, live_server, client_email, DEFAULT_PASSWORD)
        client_page.goto(f"{live_server.url}/chat")
        _say(client_page, "hi")
        crisis_reply = _say(client_page, CRISIS)
        assert "988" in crisis_reply or "emergency" in crisis_reply.lower(), crisis_reply

        # The alert appears on the clinician's open page, without a reload.
        card = clinic_page.locator("#alerts-open .alert-card").first
        card.wait_for(state="visible", timeout=15_000)
        assert clinic_page.evaluate("window.__notReloaded === true"), "the page reloaded"
        assert "Sam Loop" in card.inner_text()
        assert CRISIS in card.inner_text()  # the client shares transcripts: the excerpt shows
        notice = clinic_page.locator("#alerts-live-notice")
        assert "Sam Loop" in notice.inner_text()

        # Acknowledged with a note and the action taken.
        card.get_by_label("Contacted the client").check()
        card.locator("textarea[name=note]").fill("Phoned Sam; safe at their sister's tonight.")
        card.get_by_role("button", name="Acknowledge").click()
        clinic_page.wait_for_url("**/clinic/alerts?acknowledged=*")
        history = clinic_page.locator("#history").inner_text()
        assert "Sam Loop" in history and "Contacted the client" in history
        assert "safe at their sister" in history
        assert clinic_page.locator("#alerts-open .alert-card").count() == 0

        # A technique assigned in the treatment plan, through the plan form.
        clinic_page.goto(f"{live_server.url}/clinic/clients/{client_id}/plan")
        clinic_page.fill("#technique-0-skill_id", ASSIGNED)
        clinic_page.fill("#technique-0-frequency", "daily")
        clinic_page.fill("#technique-0-note", NOTE)
        clinic_page.get_by_role("button", name="Save a new version").click()
        clinic_page.wait_for_url("**/plan?saved=1")
        assert clinic_page.locator("#technique-0-skill_id").input_value() == ASSIGNED
        assert "Saved" in clinic_page.locator(".notice.ok").inner_text()

        # The next day the client settles back in (the companion leaves its safety mode after
        # two calm messages), then asks what to practise: it offers the assigned technique.
        _next_day(live_server, client_id)
        client_page.reload()
        steady = _say(client_page, "Thank you. My sister stayed with me last night.")
        assert "988" not in steady, steady  # screened calm: no crisis reply
        _say(client_page, "I feel a bit steadier today.")
        offer = _say(client_page, "I'm really stressed about work. What should I practise?")
        assert "box breathing" in offer.lower(), offer
        assert "muscle relaxation" not in offer.lower(), offer
        assert problems_clinic + problems_client == [], problems_clinic + problems_client
    finally:
        desk.close()
        phone.close()
