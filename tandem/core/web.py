"""Request-scoped plumbing shared by every domain's routes: the database session and request facts.

One transaction per request: the session is committed after the route returns and *before* the
response is sent (``scope="function"``), so a failed commit becomes an error response instead of
a success the client believes while the data is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from tandem.core.database import Database
from tandem.core.settings import Settings


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_db(request: Request) -> Iterator[Session]:
    existing: Session | None = getattr(request.state, "db", None)
    if existing is not None:  # tests inject a session bound to an outer transaction
        yield existing
        return
    session = get_database(request).session_factory()
    request.state.db = session
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        request.state.db = None


DbSession = Annotated[Session, Depends(get_db, scope="function")]
AppSettings = Annotated[Settings, Depends(get_app_settings)]


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def is_api_request(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


def is_secure_request(request: Request, settings: Settings) -> bool:
    if settings.cookie_secure is not None:
        return settings.cookie_secure
    forwarded = request.headers.get("x-forwarded-proto", "")
    return request.url.scheme == "https" or forwarded.split(",")[0].strip() == "https"


async def form_data(request: Request) -> FormData:
    """The posted form, read once (the CSRF check has usually read it already; it is cached).

    As a dependency it lets a route that reads a form stay a plain ``def``: FastAPI then runs it
    in a worker thread, so its database work never blocks the event loop.
    """
    return await request.form()


PostedForm = Annotated[FormData, Depends(form_data)]
