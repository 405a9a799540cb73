"""The PHQ-9 item-9 safety loop in a real browser: a client answers item 9 above 0 and at once sees
the C-SSRS screener, the crisis resources and the way to their safety plan; their clinician's
alert is raised; the screener's answers are stored."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tandem.accounts import service as accounts
from tandem.measures.models import CssrsResponse, QuestionnaireResponse
from tandem.safety.models import Alert, RiskEvent
from tests.browser.conftest import LiveServer
from tests.browser.helpers import sign_in, watch_console

PASSWORD = "loop test passphrase"


def _seed(server: LiveServer, suffix: str) -> str:
    """A client linked to a clinician (sharing nothing: alerts reach them anyway)."""
    email = f"item9-{suffix}@example.org"
    with server.database.transaction() as session:
        clinic = accounts.create_clinic(session, name=f"Loop {suffix}", slug=f"loop-{suffix}")
        clinician = accounts.create_user(
            session,
            email=f"clin-{suffix}@example.org",
            password=PASSWORD,
            role="clinician",
            display_name="Dr Loop",
            clinic_id=clinic.id,
        )
        client = accounts.create_user(
            session,
            email=email,
            password=PASSWORD,
            role="client",
            display_name="Robin",
        )
        invite = accounts.create_invite(session, clinician=clinician)
        accounts.redeem_invite(session, client=client, code=invite.code)
        accounts.set_consent(
            session,
            client=client,
            share_measures=False,
            share_summaries=False,
            share_transcripts=False,
            share_journal=False,
        )
    return email


def _answer(page: Any, name: str, value: str) -> None:
    # The radio itself is visually hidden behind its large label: tap the label, as a person would.
    page.click(f"label.choice:has(input[name='{name}'][value='{value}'])")


def test_phq9_item9_opens_the_screener_with_crisis_resources(
    live_server: LiveServer, page: Any
) -> None:
    email = _seed(live_server, "a")
    problems = watch_console(page)
    sign_in(page, live_server, email, PASSWORD)
    page.goto(f"{live_server.url}/questionnaires/phq9")
    assert page.get_by_text("Over the last 2 weeks").is_visible()
    for number in range(1, 9):
        _answer(page, f"phq9_{number}", "1")
    _answer(page, "phq9_9", "2")
    assert page.is_checked("input[name='phq9_9'][value='2']")
    page.click("#main button[type=submit]")
    page.wait_for_load_state("networkidle")

    assert "/questionnaires/responses/" in page.url
    safety = page.locator("#safety")
    assert safety.is_visible()
    assert "Thank you for telling us" in safety.inner_text()
    assert page.get_by_text("988").first.is_visible()  # the US lifeline from the safety data
    assert page.locator("a[href='/safety-plan']").first.is_visible()
    assert page.locator("#cssrs-form").is_visible()
    assert page.get_by_text("Have you wished you were dead").is_visible()
    # Safety first: the help comes before the score on the page.
    assert (
        page.locator("#safety").bounding_box()["y"]
        < page.locator("#score-heading").bounding_box()["y"]
    )

    with live_server.database.transaction() as session:
        response = session.scalar(select(QuestionnaireResponse))
        assert response is not None and response.item9_positive
        event = session.scalar(select(RiskEvent).where(RiskEvent.client_id == response.client_id))
        assert event is not None and event.level == "high"
        alert = session.scalar(select(Alert).where(Alert.client_id == response.client_id))
        assert alert is not None and alert.status == "open" and alert.immediate

    # The screener, answered on the same page.
    for name, value in (
        ("wish_dead", "yes"),
        ("suicidal_thoughts", "no"),
        ("behaviour_lifetime", "no"),
    ):
        _answer(page, name, value)
    page.click("#cssrs-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/questionnaires/cssrs/responses/" in page.url
    assert page.get_by_text("988").first.is_visible()
    with live_server.database.transaction() as session:
        screen = session.scalar(select(CssrsResponse))
        assert screen is not None and screen.risk == "low"
        assert screen.phq9_response_id is not None
    assert problems == [], problems


def test_questionnaire_and_progress_fit_a_320px_screen(
    live_server: LiveServer, browser: Any
) -> None:
    email = _seed(live_server, "b")
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    sign_in(page, live_server, email, PASSWORD)
    for path in ("/checkin", "/questionnaires/phq9", "/questionnaires/cssrs", "/progress"):
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()
