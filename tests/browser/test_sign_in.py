"""A new user's first minutes, in a real browser: sign in, land on the right home, no CSP errors."""

from __future__ import annotations

from typing import Any

from tandem.cli.demo import DEMO_LOGINS, seed_demo
from tests.browser.conftest import LiveServer
from tests.browser.helpers import sign_in, watch_console


def _seed(server: LiveServer) -> None:
    with server.database.transaction() as session:
        seed_demo(session)


def test_demo_client_and_clinician_sign_in(live_server: LiveServer, page: Any) -> None:
    _seed(live_server)
    problems = watch_console(page)
    clinician = DEMO_LOGINS[0]
    sign_in(page, live_server, clinician.email, clinician.password)
    assert page.url.endswith("/clinic")
    assert page.get_by_text("Alex").first.is_visible()
    page.click("text=Sign out")
    page.wait_for_load_state("networkidle")

    client = DEMO_LOGINS[1]
    sign_in(page, live_server, client.email, client.password)
    assert page.url.endswith("/home")
    assert "Alex" in page.content()
    assert problems == [], problems


def test_wrong_password_shows_an_error_next_to_the_form(live_server: LiveServer, page: Any) -> None:
    _seed(live_server)
    sign_in(page, live_server, DEMO_LOGINS[1].email, "not the password at all")
    assert "/login" in page.url
    assert page.locator("#login-error").is_visible()


def test_pages_fit_a_320px_screen(live_server: LiveServer, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ("/login", "/signup", "/help"):
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()
