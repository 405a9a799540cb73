from __future__ import annotations

from fastapi.testclient import TestClient


def test_help_page_lists_real_resources_without_signing_in(client: TestClient) -> None:
    response = client.get("/help")
    assert response.status_code == 200
    assert "988" in response.text and "911" in response.text
    assert 'href="tel:988"' in response.text


def test_help_page_in_spanish_for_spanish_browsers(client: TestClient) -> None:
    response = client.get("/help", headers={"accept-language": "es-ES,es;q=0.9"})
    assert response.status_code == 200
    assert "024" in response.text and "112" in response.text
