"""Schemathesis over the OpenAPI document: generated and mutated requests never cause a 5xx.

Runs against the app in-process with its own database, once signed in as a client and once as a
clinician (linked to that client), so authenticated routes are exercised beyond their 401s.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tandem.core.database import Database
from tandem.core.settings import Settings
from tandem.web.app import create_app
from tandem.web.model_registry import metadata
from tests.factories.accounts import DEFAULT_PASSWORD, link, make_client, make_clinician


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, dict[str, str]]]:
    from tests.conftest import TEST_KEY

    root: Path = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{root / 'fuzz.db'}"
    app_settings = Settings(
        env="test",
        var_dir=root,
        database_url=url,
        secret_key="fuzz-secret-" + "z" * 32,
        encryption_keys=TEST_KEY,
        # the fuzzer signs in over and over; do not let throttling hide the routes behind 429s
        login_max_failures=10_000,
        login_ip_max_failures_per_hour=1_000_000,
    )
    database = Database(url)
    metadata.create_all(database.engine)
    with database.transaction() as session:
        clinician = make_clinician(session)
        client = make_client(session)
        link(session, clinician, client)
        emails = {"client": client.email, "clinician": clinician.email}
    app = create_app(app_settings, database)
    from fastapi.testclient import TestClient

    tokens: dict[str, str] = {}
    with TestClient(app) as http:
        for role, email in emails.items():
            response = http.post(
                "/api/v1/auth/token", json={"email": email, "password": DEFAULT_PASSWORD}
            )
            assert response.status_code == 200, response.text
            tokens[role] = response.json()["access_token"]
    yield app, tokens
    database.dispose()


@pytest.fixture(scope="module")
def api_schema(fuzz_app: tuple[FastAPI, dict[str, str]]) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app[0])


FUZZ_SETTINGS = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # reproducible in CI; the seed space is still wide across operations
    database=None,
)

# Revoking our own token would sign the rest of the run out; it has its own tests.
SKIPPED = {("DELETE", "/api/v1/auth/token")}


def _fuzz(api_schema: Any, token: str, mode: GenerationMode) -> list[str]:
    failures: list[str] = []
    headers = {"Authorization": f"Bearer {token}"}
    for result in api_schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in SKIPPED:
            continue

        @FUZZ_SETTINGS
        @given(case=operation.as_strategy(generation_mode=mode))
        def run(case: Any) -> None:
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: "
                    f"body={case.body!r} query={case.query!r}"
                )

        try:
            run()
        except Unsatisfiable:
            # No invalid request exists for an operation with no inputs (e.g. GET /healthz).
            continue
    return failures


@pytest.mark.parametrize("role", ["client", "clinician"])
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_errors(
    api_schema: Any, fuzz_app: tuple[FastAPI, dict[str, str]], role: str, mode: GenerationMode
) -> None:
    failures = _fuzz(api_schema, fuzz_app[1][role], mode)
    assert failures == [], "\n".join(failures[:20])
