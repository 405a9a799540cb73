"""Caseload, pre-session summary, transcript, secure messages and handbook pages."""

from __future__ import annotations

import uuid
from datetime import UTC
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from tandem.accounts.deps import CSRF_FIELD, ClientUser, ClinicianUser, CurrentAuth, render_page
from tandem.accounts.scoping import get_readable_client
from tandem.accounts.streams import Stream
from tandem.clinic import messages_service
from tandem.clinic.caseload import (
    FILTERS,
    INACTIVE_DAYS,
    build_caseload,
    filter_rows,
    for_clinician,
)
from tandem.clinic.events import EVENTS_PATH
from tandem.clinic.handbook import build_handbook
from tandem.clinic.summary import build_summary
from tandem.companion.models import ChatMessage
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.core.web import AppSettings, DbSession, client_ip

router = APIRouter(include_in_schema=False)

CASELOAD_PATH = "/clinic/caseload"
TRANSCRIPT_LIMIT = 500


def _caseload_context(
    request: Request, db: DbSession, clinician: Any, view: str, q: str
) -> dict[str, Any]:
    now = utcnow()
    caseload = build_caseload(db, clinician=clinician, now=now, ip=client_ip(request))
    view = view if view in FILTERS else "all"
    return {
        "caseload": caseload,
        "rows": filter_rows(caseload.rows, view, q),
        "view": view,
        "q": q,
        "filters": FILTERS,
        "inactive_days": INACTIVE_DAYS,
        "events_url": f"{EVENTS_PATH}?since={now.astimezone(UTC).isoformat()}",
        "rows_url": f"{CASELOAD_PATH}/rows?view={view}&q={q}",
        "reliance_wording": for_clinician,
    }


@router.get(CASELOAD_PATH)
def caseload_page(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    view: str = "all",
    q: str = "",
) -> Response:
    context = _caseload_context(request, db, clinician, view, q[:100])
    return render_page(request, "clinic/caseload.html", context, auth=auth, settings=settings)


@router.get(CASELOAD_PATH + "/rows")
def caseload_rows(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    view: str = "all",
    q: str = "",
) -> Response:
    """The table alone: re-fetched by the page when the event stream announces an alert."""
    context = _caseload_context(request, db, clinician, view, q[:100])
    return render_page(request, "clinic/_caseload_rows.html", context, auth=auth, settings=settings)


@router.get("/clinic/clients/{client_id}/summary")
def summary_page(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    summary = build_summary(
        db, viewer=clinician, client_id=client_id, now=utcnow(), ip=client_ip(request)
    )
    return render_page(
        request, "clinic/summary.html", {"summary": summary}, auth=auth, settings=settings
    )


@router.get("/clinic/clients/{client_id}/transcript")
def transcript_page(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    """The conversation word for word: only when the client shares transcripts (else 403)."""
    access = get_readable_client(
        db, viewer=clinician, client_id=client_id, stream=Stream.TRANSCRIPTS, ip=client_ip(request)
    )
    messages = list(
        reversed(
            db.scalars(
                select(ChatMessage)
                .where(ChatMessage.client_id == access.client.id)
                .order_by(ChatMessage.created_at.desc())
                .limit(TRANSCRIPT_LIMIT)
            ).all()
        )
    )
    return render_page(
        request,
        "clinic/transcript.html",
        {"access": access, "messages": messages},
        auth=auth,
        settings=settings,
    )


# --- secure messages ----------------------------------------------------------------------------


def _clinician_messages(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: Any,
    clinician: Any,
    client_id: uuid.UUID,
    *,
    error: str | None = None,
    draft: str = "",
    status_code: int = 200,
) -> Response:
    thread = messages_service.clinician_thread(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )
    return render_page(
        request,
        "clinic/messages.html",
        {"thread": thread, "error": error, "draft": draft},
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/clinic/clients/{client_id}/messages")
def clinician_messages_page(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    return _clinician_messages(request, db, settings, auth, clinician, client_id)


@router.post("/clinic/clients/{client_id}/messages")
def clinician_send_message(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    text: Annotated[str, Form(max_length=8000)] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD, max_length=200)] = "",
) -> Response:
    try:
        messages_service.send_as_clinician(
            db, sender=clinician, client_id=client_id, text=text, ip=client_ip(request)
        )
    except InvalidInput as exc:
        return _clinician_messages(
            request,
            db,
            settings,
            auth,
            clinician,
            client_id,
            error=str(exc),
            draft=text,
            status_code=422,
        )
    return RedirectResponse(f"/clinic/clients/{client_id}/messages#latest", status_code=303)


def _client_messages(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: Any,
    client: Any,
    *,
    error: str | None = None,
    draft: str = "",
    status_code: int = 200,
) -> Response:
    thread = messages_service.client_thread(db, client=client, ip=client_ip(request))
    return render_page(
        request,
        "clinic/my_messages.html",
        {"thread": thread, "error": error, "draft": draft},
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/messages")
def client_messages_page(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    return _client_messages(request, db, settings, auth, client)


@router.post("/messages")
def client_send_message(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    text: Annotated[str, Form(max_length=8000)] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD, max_length=200)] = "",
) -> Response:
    try:
        messages_service.send_as_client(db, sender=client, text=text, ip=client_ip(request))
    except InvalidInput as exc:
        return _client_messages(
            request, db, settings, auth, client, error=str(exc), draft=text, status_code=422
        )
    return RedirectResponse("/messages#latest", status_code=303)


# --- handbook -----------------------------------------------------------------------------------


@router.get("/clinic/handbook")
def handbook_page(
    request: Request,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    handbook = build_handbook(clinician.clinic)
    return render_page(
        request, "clinic/handbook.html", {"handbook": handbook}, auth=auth, settings=settings
    )
