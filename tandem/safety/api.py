"""Alerts for clinicians (DESIGN §6): the open inbox and acknowledgement."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request

from tandem.accounts.deps import ClinicianUser
from tandem.accounts.schemas import error_responses
from tandem.core.web import DbSession, client_ip
from tandem.safety import service
from tandem.safety.schemas import AcknowledgeRequest, AlertOut

router = APIRouter(prefix="/api/v1", tags=["alerts"])


def alert_out(view: service.AlertView) -> AlertOut:
    alert = view.alert
    return AlertOut(
        id=alert.id,
        client_id=alert.client_id,
        client_name=view.client.display_name,
        level=alert.level,
        categories=list(alert.categories),
        indicators=list(alert.indicators),
        excerpt=view.excerpt,
        source=alert.source,
        immediate=alert.immediate,
        notify_on_call=alert.notify_on_call,
        status=alert.status,
        opened_at=alert.opened_at,
        detected_at=alert.detected_at,
        last_event_at=alert.last_event_at,
        event_count=alert.event_count,
        due_at=alert.due_at,
        acknowledged_at=alert.acknowledged_at,
        ack_action=alert.ack_action,
    )


@router.get(
    "/alerts",
    response_model=list[AlertOut],
    summary="Open alerts for my linked clients, most urgent first",
    responses=error_responses(401, 403),
)
def list_alerts(clinician: ClinicianUser, request: Request, db: DbSession) -> list[AlertOut]:
    views = service.alerts_for_clinician(db, clinician=clinician, ip=client_ip(request))
    return [alert_out(v) for v in views]


@router.post(
    "/alerts/{alert_id}/acknowledge",
    response_model=AlertOut,
    summary="Acknowledge an alert with the action taken",
    responses=error_responses(401, 403, 404, 422),
)
def acknowledge(
    alert_id: uuid.UUID,
    body: AcknowledgeRequest,
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
) -> AlertOut:
    view = service.acknowledge_alert(
        db,
        clinician=clinician,
        alert_id=alert_id,
        action=body.action,
        note=body.note,
        ip=client_ip(request),
    )
    return alert_out(view)
