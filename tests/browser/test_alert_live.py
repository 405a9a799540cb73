"""In Chromium: a clinician's open alerts page shows a new high-risk alert without a reload, and
the clinician acknowledges it."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tandem.accounts.models import User
from tandem.accounts.streams import Stream
from tandem.clinic import events
from tandem.core.models import utcnow
from tandem.safety.assessment import Assessment, Evidence, RiskLevel
from tandem.safety.service import record_assessment
from tandem.web.model_registry import metadata
from tests.browser.conftest import LiveServer
from tests.browser.helpers import sign_in, watch_console
from tests.factories.accounts import DEFAULT_PASSWORD, link, make_client, make_clinician

WORDS = "I have the pills here and tonight is the night"


@pytest.fixture(autouse=True)
def _clinic_tables(live_server: LiveServer) -> None:
    # Until the migrations include the clinic tables, add the missing ones (a no-op after).
    metadata.create_all(live_server.database.engine)


def _raise_high_risk(server: LiveServer, client_id: object) -> str:
    with server.database.transaction() as session:
        client = session.get(User, client_id)
        assert client is not None
        recorded = record_assessment(
            session,
            client=client,
            assessment=Assessment(
                level=RiskLevel.HIGH,
                categories=("ideation", "means"),
                evidence=(
                    Evidence(0, len(WORDS), WORDS, "means-at-hand", "means", RiskLevel.HIGH),
                ),
            ),
            source="chat",
            excerpt=WORDS,
            now=utcnow(),
        )
        assert recorded is not None and recorded.alert is not None
        return str(recorded.alert.id)


def test_alert_appears_live_and_is_acknowledged(live_server: LiveServer, page: Any) -> None:
    with live_server.database.transaction() as session:
        clinician = make_clinician(session, display_name="Dr Rivera")
        client = make_client(session, display_name="Jordan Live")
        link(session, clinician, client, Stream.TRANSCRIPTS)
        clinician_email, client_id = clinician.email, client.id

    problems = watch_console(page)
    sign_in(page, live_server, clinician_email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/clinic/alerts")
    assert page.locator("#alerts-none").is_visible()
    page.evaluate("window.__notReloaded = true")

    # wait until the page's event stream is connected to the server
    deadline = time.monotonic() + 10
    while events.active_streams() < 1:
        assert time.monotonic() < deadline, "the page never opened its event stream"
        time.sleep(0.05)

    alert_id = _raise_high_risk(live_server, client_id)

    card = page.locator(f"#alert-{alert_id}")
    card.wait_for(state="visible", timeout=10_000)
    assert page.evaluate("window.__notReloaded === true"), "the page reloaded"
    notice = page.locator("#alerts-live-notice")
    assert "Jordan Live" in notice.inner_text() and "high" in notice.inner_text().lower()
    assert "Jordan Live" in card.inner_text()
    assert WORDS in card.inner_text()  # the client shares transcripts
    assert "means: means-at-hand" in card.inner_text()

    card.get_by_label("Contacted the client").check()
    card.locator("textarea[name=note]").fill("Called Jordan; with family tonight.")
    card.get_by_role("button", name="Acknowledge").click()
    page.wait_for_url("**/clinic/alerts?acknowledged=*")
    history = page.locator("#history")
    assert "Jordan Live" in history.inner_text()
    assert "Contacted the client" in history.inner_text()
    assert "with family tonight" in history.inner_text()
    assert page.locator(f"#alerts-open #alert-{alert_id}").count() == 0
    assert problems == [], problems


def test_alerts_page_fits_a_320px_screen(live_server: LiveServer, browser: Any) -> None:
    with live_server.database.transaction() as session:
        clinician = make_clinician(session)
        client = make_client(session, display_name="Narrow Screen Client")
        link(session, clinician, client, Stream.TRANSCRIPTS)
        email, client_id = clinician.email, client.id
    _raise_high_risk(live_server, client_id)
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    sign_in(page, live_server, email, DEFAULT_PASSWORD)
    for path in ("/clinic/alerts", "/clinic/alerts/availability"):
        response = page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status == 200, path
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()
