"""The demo clinic as a reader of the README first sees it, in Chromium.

Seeds the lived-in demo practice (``tandem demo``), then opens the client's chat on a phone (a
conversation with a breathing card, reached by chatting) and the clinician's caseload, alerts
inbox and pre-session summary on a desktop, asserting each page shows the seeded practice.
With ``TANDEM_SCREENSHOTS=<dir>`` (``make screenshots``) it also writes a PNG of each page there.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tandem.accounts.models import User
from tandem.cli.demo import DEMO_LOGINS, seed_demo
from tandem.web.model_registry import metadata
from tests.browser.conftest import LiveServer
from tests.browser.helpers import sign_in, watch_console

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 860}


def _shoot(page: Any, name: str, *, full_page: bool = False) -> None:
    folder = os.environ.get("TANDEM_SCREENSHOTS")
    if not folder:
        return
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"{name}.png"), animations="disabled", full_page=full_page)


def _say(page: Any, text: str) -> None:
    before = page.locator("#messages > li").count()
    page.fill("#chat-text", text)
    page.click(".composer button[type=submit]")
    page.locator("#messages > li").nth(before + 1).wait_for(timeout=120_000)


def _tap(page: Any, label: str) -> None:
    """Tap a quick reply and wait for the companion's answer."""
    before = page.locator("#messages > li").count()
    page.locator(".quick-replies").last.get_by_role("button", name=label, exact=True).click()
    page.locator("#messages > li").nth(before + 1).wait_for(timeout=120_000)


def _no_sideways_scroll(page: Any) -> None:
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


def test_demo_practice_pages(live_server: LiveServer, browser: Any) -> None:
    metadata.create_all(live_server.database.engine)
    with live_server.database.transaction() as session:
        seed_demo(session)
        alex_id = session.scalar(select(User.id).where(User.email == DEMO_LOGINS[1].email))
    clinician, alex = DEMO_LOGINS[0], DEMO_LOGINS[1]

    # The client's chat on a phone: last week's conversation, then a breathing exercise.
    phone = browser.new_context(viewport=PHONE)
    try:
        page = phone.new_page()
        problems = watch_console(page)
        sign_in(page, live_server, alex.email, alex.password)
        page.goto(f"{live_server.url}/chat")
        history = page.locator("#messages").inner_text()
        assert "Can't sleep, help me breathe" in history  # seeded two days ago
        _say(page, "I'm panicking before tomorrow's presentation, my heart is racing")
        _tap(page, "Yes, let's try")  # the exercise the companion offered
        _tap(page, "Ready")
        breathing = page.locator(".breathing").last
        breathing.wait_for(timeout=30_000)
        assert "box breathing" in page.locator("#messages").inner_text().lower()
        breathing.scroll_into_view_if_needed()
        page.locator("#chat-text").blur()  # no focus ring in the picture
        _no_sideways_scroll(page)
        _shoot(page, "client-chat")
        assert problems == [], problems
    finally:
        phone.close()

    # The clinician's side on a desktop.
    desk = browser.new_context(viewport=DESKTOP)
    try:
        page = desk.new_page()
        problems = watch_console(page)
        sign_in(page, live_server, clinician.email, clinician.password)

        page.goto(f"{live_server.url}/clinic/caseload")
        rows = page.locator("#caseload-rows tbody tr")
        assert [rows.nth(i).locator("th a").first.inner_text() for i in range(3)] == [
            "Sam",  # an open alert and rising scores come first
            "Lucía",  # quiet for ten days
            "Alex",  # improving
        ]
        sam = rows.nth(0).inner_text()
        assert "1 open" in sam and "moderate" in sam and "PHQ-9 18" in sam
        assert page.locator("#caseload-rows svg.sparkline").count() >= 3
        _shoot(page, "clinician-caseload")

        page.goto(f"{live_server.url}/clinic/alerts")
        open_alerts = page.locator("#alerts-open").inner_text()
        assert "Sam" in open_alerts and "moderate" in open_alerts.lower()
        assert "Called Alex the same evening" in page.locator("#history").inner_text()
        _shoot(page, "clinician-alerts")

        page.goto(f"{live_server.url}/clinic/clients/{alex_id}/summary")
        assert "Before the session: Alex" in page.locator("h1").inner_text()
        notes = page.locator("#notes").inner_text()
        assert "Ask about changing my sleeping tablets" in notes
        assert "box breathing" in page.locator("#practice").inner_text().lower()
        _shoot(page, "clinician-summary", full_page=True)
        assert problems == [], problems
    finally:
        desk.close()

    # The caseload also reads on a small phone: one client per block, nothing off to the side.
    narrow = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = narrow.new_page()
        sign_in(page, live_server, clinician.email, clinician.password)
        page.goto(f"{live_server.url}/clinic/caseload")
        assert page.locator("#caseload-rows tbody tr").count() == 3
        _no_sideways_scroll(page)
    finally:
        narrow.close()
