"""JSON for the clinician workspace: caseload, pre-session summary, secure messages."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from tandem.accounts.deps import ClientUser, ClinicianUser
from tandem.clinic import messages_service
from tandem.clinic.caseload import FILTERS, build_caseload, filter_rows, row_to_dict
from tandem.clinic.messaging_models import SecureMessage
from tandem.clinic.summary import build_summary, summary_to_dict
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.core.web import DbSession, client_ip

router = APIRouter(prefix="/api/v1", tags=["clinic"])


class MessageIn(BaseModel):
    text: str = Field(min_length=1, max_length=messages_service.MAX_MESSAGE_CHARS)


class MessageOut(BaseModel):
    id: uuid.UUID
    sender_role: str
    text: str
    created_at: datetime
    read_at: datetime | None


class ThreadOut(BaseModel):
    client_id: uuid.UUID
    clinician_id: uuid.UUID | None
    clinician_name: str | None
    messages: list[MessageOut]
    notice: str = Field(
        default=(
            "Messages are not monitored around the clock. If you are in danger, use the crisis "
            "resources at /help."
        )
    )


def _out(message: SecureMessage) -> MessageOut:
    return MessageOut(
        id=message.id,
        sender_role=message.sender_role,
        text=message.text,
        created_at=message.created_at,
        read_at=message.read_at,
    )


@router.get("/caseload")
def get_caseload(
    request: Request, db: DbSession, clinician: ClinicianUser, view: str = "all", q: str = ""
) -> dict[str, Any]:
    """Every linked client by need; fields from unshared streams are absent."""
    if view not in FILTERS:
        raise InvalidInput(f"view must be one of: {', '.join(FILTERS)}")
    caseload = build_caseload(db, clinician=clinician, now=utcnow(), ip=client_ip(request))
    return {
        "generated_at": caseload.generated_at.isoformat(),
        "counts": caseload.counts,
        "clients": [row_to_dict(r) for r in filter_rows(caseload.rows, view, q[:100])],
    }


@router.get("/clients/{client_id}/summary")
def get_summary(
    client_id: uuid.UUID, request: Request, db: DbSession, clinician: ClinicianUser
) -> dict[str, Any]:
    summary = build_summary(
        db, viewer=clinician, client_id=client_id, now=utcnow(), ip=client_ip(request)
    )
    return summary_to_dict(summary)


@router.get("/clients/{client_id}/messages", response_model=ThreadOut)
def get_client_messages(
    client_id: uuid.UUID, request: Request, db: DbSession, clinician: ClinicianUser
) -> ThreadOut:
    thread = messages_service.clinician_thread(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )
    return ThreadOut(
        client_id=thread.client.id,
        clinician_id=clinician.id,
        clinician_name=clinician.display_name,
        messages=[_out(m) for m in thread.messages],
    )


@router.post("/clients/{client_id}/messages", status_code=201, response_model=MessageOut)
def post_client_message(
    client_id: uuid.UUID, body: MessageIn, request: Request, db: DbSession, clinician: ClinicianUser
) -> MessageOut:
    message = messages_service.send_as_clinician(
        db, sender=clinician, client_id=client_id, text=body.text, ip=client_ip(request)
    )
    return _out(message)


@router.get("/me/messages", response_model=ThreadOut)
def get_my_messages(request: Request, db: DbSession, client: ClientUser) -> ThreadOut:
    thread = messages_service.client_thread(db, client=client, ip=client_ip(request))
    return ThreadOut(
        client_id=client.id,
        clinician_id=thread.clinician.id if thread else None,
        clinician_name=thread.clinician.display_name if thread else None,
        messages=[_out(m) for m in thread.messages] if thread else [],
    )


@router.post("/me/messages", status_code=201, response_model=MessageOut)
def post_my_message(
    body: MessageIn, request: Request, db: DbSession, client: ClientUser
) -> MessageOut:
    message = messages_service.send_as_client(
        db, sender=client, text=body.text, ip=client_ip(request)
    )
    return _out(message)
