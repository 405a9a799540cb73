from __future__ import annotations

from fastapi.testclient import TestClient


def test_healthz_answers_when_database_answers(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/healthz", "/api/v1/does-not-exist", "/static/tandem.css"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


def test_api_errors_use_the_error_envelope(client: TestClient) -> None:
    body = client.get("/api/v1/does-not-exist").json()
    assert body["error"]["code"] == "not_found"
    assert isinstance(body["error"]["message"], str)


def test_html_errors_are_pages(client: TestClient) -> None:
    response = client.get("/does-not-exist")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "couldn" in response.text


def test_oversized_bodies_are_rejected_before_parsing(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/token",
        content=b"{" + b" " * (70 * 1024) + b"}",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_static_assets_are_served_locally(client: TestClient) -> None:
    assert client.get("/static/vendor/htmx.min.js").status_code == 200
    assert client.get("/static/tandem.css").status_code == 200
