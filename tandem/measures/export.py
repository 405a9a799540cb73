"""Exports of a client's data: JSON (everything the measures and safety domains hold), a FHIR R4
``Bundle`` (via ``fhir.py``) and a CSV of check-ins and scores for clinicians.

``export_measures`` returns the measures/safety part of a client's JSON export as a dict; the web
layer can add the other domains' parts (chat history, plans) under their own keys. Every export is
audited as an ``export`` event; clinician exports go through the scoping function (stream
MEASURES: 404 without an active link, 403 when measures are not shared).
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import get_readable_client
from tandem.accounts.streams import Stream
from tandem.audit.service import record_event
from tandem.core.errors import InvalidInput, NotFound
from tandem.core.models import utcnow
from tandem.measures import fhir
from tandem.measures.instruments import load_instrument
from tandem.measures.models import CheckIn, CssrsResponse, QuestionnaireResponse
from tandem.measures.schedule import schedules_for_client
from tandem.measures.scoring import CSSRS_ID
from tandem.measures.service import (
    checkins_for_client,
    cssrs_for_client,
    deterioration_flags_for_client,
    language_of,
    responses_for_client,
)
from tandem.safety.models import Alert, RiskEvent
from tandem.safety.service import risk_events_for_client

ExportFormat = Literal["json", "fhir"]
EXPORT_FORMATS: tuple[str, ...] = ("json", "fhir")
EXPORT_VERSION = 1
CSV_COLUMNS = (
    "kind",
    "recorded_at",
    "instrument",
    "total",
    "severity",
    "answers",
    "mood",
    "energy",
    "sleep_hours",
    "sleep_quality",
    "emotions",
    "activity",
    "note",
    "source",
)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _checkin_dict(row: CheckIn) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "created_at": _iso(row.created_at),
        "mood": row.mood,
        "emotions": list(row.emotions or []),
        "energy": row.energy,
        "sleep_hours": row.sleep_hours,
        "sleep_quality": row.sleep_quality,
        "note": row.note,
        "activity": row.activity,
        "source": row.source,
    }


def _response_dict(row: QuestionnaireResponse) -> dict[str, Any]:
    instrument = load_instrument(row.instrument)
    return {
        "id": str(row.id),
        "instrument": row.instrument,
        "created_at": _iso(row.created_at),
        "answers": list(row.answers),
        "difficulty": row.difficulty,
        "total": row.total,
        "severity": row.severity,
        "severity_label": instrument.band_for(row.total).label.get(row.locale),
        "item9_positive": row.item9_positive,
        "source": row.source,
    }


def _cssrs_dict(row: CssrsResponse) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "created_at": _iso(row.created_at),
        "answers": dict(row.answers),
        "risk": row.risk,
        "positive_items": list(row.positive_items),
        "phq9_response_id": str(row.phq9_response_id) if row.phq9_response_id else None,
        "source": row.source,
    }


def _risk_event_dict(event: RiskEvent) -> dict[str, Any]:
    return {
        "id": str(event.id),
        "detected_at": _iso(event.detected_at),
        "level": event.level,
        "categories": list(event.categories),
        "source": event.source,
        "evidence": list(event.evidence or []),
        "alert_id": str(event.alert_id) if event.alert_id else None,
    }


def export_measures(session: Session, *, client: User) -> dict[str, Any]:
    """Everything the measures and safety domains hold about one client, as plain JSON data."""
    return {
        "checkins": [
            _checkin_dict(r) for r in reversed(checkins_for_client(session, client_id=client.id))
        ],
        "questionnaires": [
            _response_dict(r) for r in reversed(responses_for_client(session, client_id=client.id))
        ],
        "cssrs_screens": [
            _cssrs_dict(r) for r in reversed(cssrs_for_client(session, client_id=client.id))
        ],
        "schedules": [
            {
                "instrument": s.instrument,
                "every_days": s.every_days,
                "next_due_at": _iso(s.next_due_at),
                "active": s.active,
            }
            for s in schedules_for_client(session, client_id=client.id)
        ],
        "deterioration_flags": [
            f.to_dict()
            for f in deterioration_flags_for_client(
                session, client_id=client.id, include_acknowledged=True
            )
        ],
        "risk_events": [
            _risk_event_dict(e)
            for e in reversed(risk_events_for_client(session, client_id=client.id))
        ],
    }


def json_export(session: Session, *, client: User, now: datetime | None = None) -> dict[str, Any]:
    """The client's full JSON export (profile plus ``export_measures``)."""
    return {
        "format": "tandem-export",
        "version": EXPORT_VERSION,
        "generated_at": _iso(now or utcnow()),
        "client": {
            "id": str(client.id),
            "email": client.email,
            "display_name": client.display_name,
            "locale": client.locale,
            "timezone": client.timezone,
            "created_at": _iso(client.created_at),
        },
        **export_measures(session, client=client),
    }


# --- FHIR ------------------------------------------------------------------------------------


def _flag_for(event: RiskEvent, alert: Alert | None, patient_id: str) -> dict[str, Any]:
    if alert is not None and alert.status == "open":
        end = None
    elif alert is not None and alert.acknowledged_at is not None:
        end = max(alert.acknowledged_at, event.detected_at)
    else:
        # An event without an open alert (low level, or no clinician) is a point in time.
        end = event.detected_at
    return fhir.risk_flag(
        flag_id=str(event.id),
        patient_id=patient_id,
        level=event.level,
        categories=list(event.categories),
        start=event.detected_at,
        end=end,
    )


def fhir_bundle(session: Session, *, client: User, now: datetime | None = None) -> dict[str, Any]:
    """A validated FHIR R4 collection Bundle: Patient, QuestionnaireResponses (PHQ-9, GAD-7,
    C-SSRS), total/item-9/panel Observations, and a safety Flag per risk event."""
    now = now or utcnow()
    patient_id = str(client.id)
    patient = fhir.patient_resource(
        patient_id=patient_id,
        display_name=client.display_name,
        email=client.email,
        language=client.locale,
    )
    records: list[fhir.QuestionnaireRecord] = []
    for row in reversed(responses_for_client(session, client_id=client.id)):
        records.append(
            fhir.QuestionnaireRecord(
                response_id=str(row.id),
                instrument_id=row.instrument,
                answers=list(row.answers),
                authored=row.created_at,
                difficulty=row.difficulty,
                locale=row.locale or language_of(client),
            )
        )
    for screen in reversed(cssrs_for_client(session, client_id=client.id)):
        records.append(
            fhir.QuestionnaireRecord(
                response_id=str(screen.id),
                instrument_id=CSSRS_ID,
                answers=dict(screen.answers),
                authored=screen.created_at,
                locale=screen.locale or language_of(client),
            )
        )
    events = list(reversed(risk_events_for_client(session, client_id=client.id)))
    alert_ids = {e.alert_id for e in events if e.alert_id is not None}
    alerts = (
        {a.id: a for a in session.scalars(select(Alert).where(Alert.id.in_(alert_ids)))}
        if alert_ids
        else {}
    )
    flags = [
        _flag_for(e, alerts.get(e.alert_id) if e.alert_id else None, patient_id) for e in events
    ]
    return fhir.client_bundle(
        patient,
        records,
        flags,
        bundle_id=fhir.stable_uuid("export", f"{patient_id}:{now.isoformat()}"),
        timestamp=now,
    )


# --- CSV -------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    """Plain text for a spreadsheet; a leading =, +, - or @ would run as a formula, so quote it."""
    if value is None:
        return ""
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def measures_csv(session: Session, *, client: User) -> str:
    """Check-ins and questionnaire totals, oldest first, one row each."""
    rows: list[tuple[datetime, list[str]]] = []
    for c in checkins_for_client(session, client_id=client.id):
        rows.append(
            (
                c.created_at,
                [
                    "checkin",
                    c.created_at.isoformat(),
                    "",
                    "",
                    "",
                    "",
                    str(c.mood),
                    _cell(c.energy),
                    _cell(c.sleep_hours),
                    _cell(c.sleep_quality),
                    " ".join(c.emotions or []),
                    _cell(c.activity),
                    _cell(c.note),
                    c.source,
                ],
            )
        )
    for r in responses_for_client(session, client_id=client.id):
        rows.append(
            (
                r.created_at,
                [
                    "questionnaire",
                    r.created_at.isoformat(),
                    r.instrument,
                    str(r.total),
                    r.severity,
                    " ".join(str(a) for a in r.answers),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    r.source,
                ],
            )
        )
    rows.sort(key=lambda pair: pair[0])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for _, values in rows:
        writer.writerow(values)
    return buffer.getvalue()


# --- audited entry points --------------------------------------------------------------------


def _audit_export(
    session: Session,
    *,
    actor: User,
    client: User,
    fmt: str,
    ip: str | None,
    scope: str,
) -> None:
    record_event(
        session,
        action="export",
        actor_id=actor.id,
        actor_role=actor.role,
        subject_id=client.id,
        object_type="export",
        object_id=str(client.id),
        detail={"format": fmt, "scope": scope},
        ip=ip,
    )


def check_format(fmt: str) -> ExportFormat:
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"format must be one of: {', '.join(EXPORT_FORMATS)}.")
    return fmt  # type: ignore[return-value]


def client_export(
    session: Session,
    *,
    client: User,
    fmt: str,
    ip: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The client's own export (``GET /api/v1/me/export``), audited."""
    fmt = check_format(fmt)
    data = (
        fhir_bundle(session, client=client, now=now)
        if fmt == "fhir"
        else json_export(session, client=client, now=now)
    )
    _audit_export(session, actor=client, client=client, fmt=fmt, ip=ip, scope="self")
    return data


def clinician_fhir(
    session: Session,
    *,
    clinician: User,
    client_id: uuid.UUID,
    ip: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    access = get_readable_client(
        session, viewer=clinician, client_id=client_id, stream=Stream.MEASURES, ip=ip
    )
    bundle = fhir_bundle(session, client=access.client, now=now)
    _audit_export(
        session, actor=clinician, client=access.client, fmt="fhir", ip=ip, scope="clinician"
    )
    return bundle


def clinician_csv(
    session: Session, *, clinician: User, client_id: uuid.UUID, ip: str | None = None
) -> tuple[User, str]:
    access = get_readable_client(
        session, viewer=clinician, client_id=client_id, stream=Stream.MEASURES, ip=ip
    )
    text = measures_csv(session, client=access.client)
    _audit_export(
        session, actor=clinician, client=access.client, fmt="csv", ip=ip, scope="clinician"
    )
    return access.client, text


def export_client(session: Session, *, email: str, format: str) -> str:
    """The CLI export (``tandem export --client EMAIL --format fhir|json``) as a JSON string.

    Run by an operator on the server; audited with no actor (the operator is not a user).
    """
    fmt = check_format(format)
    client = session.scalar(
        select(User).where(func.lower(User.email) == email.strip().lower(), User.role == "client")
    )
    if client is None:
        raise NotFound(f"No client with the email {email!r}.")
    data = (
        fhir_bundle(session, client=client)
        if fmt == "fhir"
        else json_export(session, client=client)
    )
    record_event(
        session,
        action="export",
        actor_role="operator",
        subject_id=client.id,
        object_type="export",
        object_id=str(client.id),
        detail={"format": fmt, "scope": "cli"},
    )
    return json.dumps(data, ensure_ascii=False, indent=2)
