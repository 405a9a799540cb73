"""Helpers for driving the accounts pages and API like a browser or an API client would."""

from __future__ import annotations

import copy
import enum
import re
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tests.factories.accounts import DEFAULT_PASSWORD


def app_routes(app: FastAPI) -> list[APIRoute]:
    """Every endpoint the app serves, with its full path, including routers mounted inside it.

    Recent FastAPI keeps included routers as nodes instead of copying their routes, so walk them.
    """
    found: list[APIRoute] = []

    def walk(routes: list[Any], prefix: str) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                found.append(route if not prefix else _prefixed(route, prefix))
            elif hasattr(route, "original_router"):
                context = getattr(route, "include_context", None)
                walk(route.original_router.routes, prefix + (getattr(context, "prefix", "") or ""))

    walk(list(app.routes), "")
    return found


def _prefixed(route: APIRoute, prefix: str) -> APIRoute:
    clone = copy.copy(route)
    clone.path = prefix + route.path
    return clone


def fill_path(route: APIRoute, **known: str) -> str:
    """The route's path with each parameter replaced: ``known`` values, else a valid dummy of the
    parameter's declared type (so the request reaches the route's own checks, not validation).
    """
    path = route.path
    for param in route.dependant.path_params:
        if param.name in known:
            value = known[param.name]
        else:
            annotation = param.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
                value = str(next(iter(annotation)).value)
            elif annotation is int:
                value = "1"
            elif annotation is uuid.UUID:
                value = str(uuid.uuid4())
            else:
                value = "x"
        path = path.replace("{" + param.name + "}", value)
    return path


_CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = _CSRF_RE.search(html)
    assert match, "page has no csrf_token field"
    return match.group(1)


def page_csrf(client: TestClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return csrf_from(response.text)


def sign_in(client: TestClient, user: User, password: str = DEFAULT_PASSWORD) -> str:
    """Sign in through the real form; returns the session's CSRF token."""
    token = page_csrf(client, "/login")
    response = client.post(
        "/login",
        data={"email": user.email, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return page_csrf(
        client,
        "/home" if user.role == "client" else "/clinic" if user.role == "clinician" else "/admin",
    )


def bearer(client: TestClient, user: User, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", json={"email": user.email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture()
def new_client(app: FastAPI) -> Callable[[], TestClient]:
    """A second, independent browser (own cookie jar) on the same app and database."""
    opened: list[TestClient] = []

    def make() -> TestClient:
        c = TestClient(app, base_url="http://testserver", raise_server_exceptions=False)
        opened.append(c)
        return c

    yield make  # type: ignore[misc]
    for c in opened:
        c.close()


@pytest.fixture()
def tune(app: FastAPI) -> Callable[..., None]:
    """Override settings for this test's app only."""

    def apply(**changes: Any) -> None:
        app.state.settings = app.state.settings.model_copy(update=changes)

    return apply


@pytest.fixture()
def session(db: Session) -> Session:
    return db
