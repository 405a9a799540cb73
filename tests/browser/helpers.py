"""Small helpers shared by the browser tests."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import LiveServer


def watch_console(page: Any) -> list[str]:
    """Collect console errors, including Content-Security-Policy violations."""
    problems: list[str] = []

    def on_console(message: Any) -> None:
        if message.type == "error":
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    return problems


def sign_in(page: Any, server: LiveServer, email: str, password: str) -> None:
    page.goto(f"{server.url}/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
