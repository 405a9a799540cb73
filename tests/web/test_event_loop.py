"""Database work never runs on the event loop.

On SQLite every transaction begins with BEGIN IMMEDIATE and may wait for the write lock; done on
the loop, that wait stalls the loop the lock holder needs to finish, and every request in the
process hangs until "database is locked" (found by bench/chat_bench.py with two clients).
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.accounts import deps
from tandem.core.web import get_db
from tests.factories.accounts import make_client
from tests.factories.measures import bearer


def _uses_database(dependant: Dependant) -> bool:
    return any(d.call is get_db or _uses_database(d) for d in dependant.dependencies)


def test_no_async_route_takes_a_database_session(app: FastAPI) -> None:
    offenders = [
        f"{sorted(route.methods)} {route.path}"
        for route in app.routes
        if isinstance(route, APIRoute)
        and inspect.iscoroutinefunction(route.endpoint)
        and _uses_database(route.dependant)
    ]
    assert offenders == [], "async routes with a DB session run their queries on the event loop"


def test_the_credential_lookup_runs_off_the_event_loop(
    client: TestClient, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = make_client(db)
    headers = bearer(client, user)
    on_loop: list[bool] = []
    real = deps._resolve_auth

    def watched(*args: Any, **kwargs: Any) -> Any:
        try:
            asyncio.get_running_loop()
            on_loop.append(True)
        except RuntimeError:
            on_loop.append(False)
        return real(*args, **kwargs)

    monkeypatch.setattr(deps, "_resolve_auth", watched)
    assert client.get("/api/v1/chat/messages", headers=headers).status_code == 200
    assert on_loop == [False]
