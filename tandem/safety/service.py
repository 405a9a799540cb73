"""Storing risk and raising alerts.

Called in the same transaction as the message that produced the assessment. Every assessment at
``low`` or above becomes a risk event; ``moderate`` or above opens (or updates) the episode's
alert for the client's clinicians, and ``high``/``imminent`` also flags the clinic's on-call.
Standalone clients have nobody to alert: they get crisis resources, and the event is kept.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import Clinic, User
from tandem.accounts.scoping import Stream, readable_clients
from tandem.accounts.service import current_consent, linked_clinicians
from tandem.audit.service import record_event
from tandem.core.errors import InvalidInput, NotFound
from tandem.core.models import utcnow
from tandem.safety.assessment import Assessment, RiskLevel
from tandem.safety.models import ACK_ACTIONS, Alert, RiskEvent
from tandem.safety.resources import (
    ClinicResources,
    InvalidClinicResources,
    ResourceSet,
    resources_for,
)

log = logging.getLogger("tandem.safety")

# Minutes within which a clinician should acknowledge, per level; a clinic can override each in
# ``Clinic.settings["response_minutes"]``. Moderate is "same day"; high and imminent are urgent.
DEFAULT_RESPONSE_MINUTES = {"moderate": 8 * 60, "high": 15, "imminent": 5}
EXCERPT_CHARS = 280


@dataclass(frozen=True)
class RecordedRisk:
    event: RiskEvent
    alert: Alert | None
    alert_opened: bool


def response_minutes(clinic: Clinic | None, level: RiskLevel) -> int:
    configured: dict[str, Any] = {}
    if clinic is not None and isinstance(clinic.settings, dict):
        configured = clinic.settings.get("response_minutes") or {}
    value = configured.get(level.label, DEFAULT_RESPONSE_MINUTES.get(level.label, 8 * 60))
    return int(value)


def client_clinic(session: Session, *, client: User) -> Clinic | None:
    """The clinic responsible for a client: their own, else their first linked clinician's."""
    if client.clinic is not None:
        return client.clinic
    for clinician in linked_clinicians(session, client_id=client.id):
        if clinician.clinic is not None:
            return clinician.clinic
    return None


def _indicators(assessment: Assessment) -> list[str]:
    seen: list[str] = []
    for evidence in assessment.evidence:
        label = f"{evidence.category}: {evidence.rule}"
        if label not in seen:
            seen.append(label)
    return seen[:20]


def _excerpt(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def open_alert_for(session: Session, *, client_id: uuid.UUID) -> Alert | None:
    return session.scalar(
        select(Alert)
        .where(Alert.client_id == client_id, Alert.status == "open")
        .order_by(Alert.opened_at.desc())
        .limit(1)
    )


def episode_acknowledged(
    session: Session, *, client_id: uuid.UUID, level: RiskLevel, active_since: datetime
) -> bool:
    """Whether a clinician has acknowledged the client's current risk episode (at ``level``).

    True when no alert of the client is open and an alert at ``level`` or above, active since
    ``active_since`` (the caller's screening window), was acknowledged by a clinician no earlier
    than the client's latest risk recorded at moderate or above. Read before a turn's risk is
    recorded: recording may open a new alert. Standalone clients have no alerts, so their
    episodes are never acknowledged.
    """
    if open_alert_for(session, client_id=client_id) is not None:
        return False
    acknowledged_at = session.scalar(
        select(func.max(Alert.acknowledged_at)).where(
            Alert.client_id == client_id,
            Alert.status == "acknowledged",
            Alert.acknowledged_by.is_not(None),
            Alert.level_rank >= int(level),
            Alert.last_event_at >= active_since,
        )
    )
    if acknowledged_at is None:
        return False
    # An acknowledgement covers the risk recorded before it, not risk recorded after it with no
    # alert to carry it (the client ended the link, say).
    last_risk = session.scalar(
        select(func.max(RiskEvent.detected_at)).where(
            RiskEvent.client_id == client_id,
            RiskEvent.level_rank >= int(RiskLevel.MODERATE),
        )
    )
    return last_risk is None or acknowledged_at >= last_risk


def record_assessment(
    session: Session,
    *,
    client: User,
    assessment: Assessment,
    source: str,
    source_id: str | None = None,
    excerpt: str | None = None,
    now: datetime | None = None,
) -> RecordedRisk | None:
    """Store the assessment as a risk event and open or update the episode's alert."""
    if assessment.level < RiskLevel.LOW:
        return None
    now = now or utcnow()
    event = RiskEvent(
        client_id=client.id,
        level=assessment.level.label,
        level_rank=int(assessment.level),
        categories=list(assessment.categories),
        evidence=[e.to_dict() for e in assessment.evidence],
        source=source,
        source_id=source_id,
        detected_at=now,
    )
    session.add(event)
    alert: Alert | None = None
    opened = False
    if assessment.level >= RiskLevel.MODERATE and linked_clinicians(session, client_id=client.id):
        alert, opened = _open_or_update_alert(
            session, client=client, assessment=assessment, source=source, excerpt=excerpt, now=now
        )
        event.alert_id = alert.id
    session.flush()
    record_event(
        session,
        action="risk.detected",
        actor_id=client.id,
        actor_role="system",
        subject_id=client.id,
        object_type="risk_event",
        object_id=str(event.id),
        detail={
            "level": event.level,
            "categories": event.categories,
            "alert": str(alert.id) if alert else None,
            "alert_opened": opened,
        },
    )
    return RecordedRisk(event=event, alert=alert, alert_opened=opened)


def _open_or_update_alert(
    session: Session,
    *,
    client: User,
    assessment: Assessment,
    source: str,
    excerpt: str | None,
    now: datetime,
) -> tuple[Alert, bool]:
    level = assessment.level
    urgent = level >= RiskLevel.HIGH
    clinic = client_clinic(session, client=client)
    due = now + timedelta(minutes=response_minutes(clinic, level))
    alert = open_alert_for(session, client_id=client.id)
    if alert is None:
        alert = Alert(
            id=uuid.uuid4(),
            client_id=client.id,
            clinic_id=clinic.id if clinic else None,
            level=level.label,
            level_rank=int(level),
            categories=list(assessment.categories),
            indicators=_indicators(assessment),
            excerpt=_excerpt(excerpt),
            source=source,
            immediate=urgent,
            notify_on_call=urgent,
            status="open",
            opened_at=now,
            detected_at=now,
            last_event_at=now,
            event_count=1,
            due_at=due,
        )
        session.add(alert)
        session.flush()
        return alert, True
    alert.event_count += 1
    alert.last_event_at = now
    alert.categories = sorted(set(alert.categories) | set(assessment.categories))
    alert.indicators = (
        alert.indicators + [i for i in _indicators(assessment) if i not in alert.indicators]
    )[:30]
    if int(level) > alert.level_rank:
        # Escalating within an episode: the alert takes the new level and its tighter deadline.
        alert.level = level.label
        alert.level_rank = int(level)
        alert.excerpt = _excerpt(excerpt) or alert.excerpt
        alert.immediate = alert.immediate or urgent
        alert.notify_on_call = alert.notify_on_call or urgent
        alert.due_at = min(alert.due_at, due)
    return alert, False


# --- what clinicians see ---------------------------------------------------------------------


@dataclass(frozen=True)
class AlertView:
    alert: Alert
    client: User
    excerpt_visible: bool

    @property
    def excerpt(self) -> str | None:
        return self.alert.excerpt if self.excerpt_visible else None


def _urgency_order() -> Any:
    return case((Alert.status == "open", 0), else_=1)


def alerts_for_clinician(
    session: Session,
    *,
    clinician: User,
    include_acknowledged: bool = False,
    ip: str | None = None,
) -> list[AlertView]:
    """Alerts of this clinician's linked clients, most urgent first.

    Alerts reach the clinician whatever the client shares (the safety override); the message
    excerpt only when the client shares transcripts.
    """
    linked = readable_clients(session, clinician=clinician).subquery()
    query = (
        select(Alert, User)
        .join(User, User.id == Alert.client_id)
        .where(Alert.client_id.in_(select(linked.c.id)))
    )
    if not include_acknowledged:
        query = query.where(Alert.status == "open")
    query = query.order_by(
        _urgency_order(), Alert.level_rank.desc(), Alert.due_at.asc(), Alert.opened_at.asc()
    )
    views: list[AlertView] = []
    shares: dict[uuid.UUID, bool] = {}
    for alert, client in session.execute(query).all():
        if client.id not in shares:
            consent = current_consent(session, client_id=client.id)
            shares[client.id] = bool(consent and Stream.TRANSCRIPTS in consent.shared_streams)
        views.append(AlertView(alert=alert, client=client, excerpt_visible=shares[client.id]))
    record_event(
        session,
        action="alerts.list",
        actor_id=clinician.id,
        actor_role=clinician.role,
        object_type="alerts",
        detail={"count": len(views)},
        ip=ip,
    )
    return views


def get_alert_for_clinician(session: Session, *, clinician: User, alert_id: uuid.UUID) -> AlertView:
    linked = readable_clients(session, clinician=clinician).subquery()
    row = session.execute(
        select(Alert, User)
        .join(User, User.id == Alert.client_id)
        .where(Alert.id == alert_id, Alert.client_id.in_(select(linked.c.id)))
    ).first()
    if row is None:
        raise NotFound("No such alert.")
    alert, client = row
    consent = current_consent(session, client_id=client.id)
    visible = bool(consent and Stream.TRANSCRIPTS in consent.shared_streams)
    return AlertView(alert=alert, client=client, excerpt_visible=visible)


def acknowledge_alert(
    session: Session,
    *,
    clinician: User,
    alert_id: uuid.UUID,
    action: str,
    note: str = "",
    ip: str | None = None,
    now: datetime | None = None,
) -> AlertView:
    if action not in ACK_ACTIONS:
        raise InvalidInput(f"action must be one of: {', '.join(ACK_ACTIONS)}")
    view = get_alert_for_clinician(session, clinician=clinician, alert_id=alert_id)
    alert = view.alert
    if alert.status != "acknowledged":
        alert.status = "acknowledged"
        alert.acknowledged_at = now or utcnow()
        alert.acknowledged_by = clinician.id
        alert.ack_action = action
        alert.ack_note = note.strip() or None
        session.flush()
    record_event(
        session,
        action="alert.acknowledged",
        actor_id=clinician.id,
        actor_role=clinician.role,
        subject_id=alert.client_id,
        object_type="alert",
        object_id=str(alert.id),
        detail={"action": action, "level": alert.level},
        ip=ip,
    )
    return view


def risk_events_for_client(
    session: Session, *, client_id: uuid.UUID, since: datetime | None = None
) -> list[RiskEvent]:
    query = select(RiskEvent).where(RiskEvent.client_id == client_id)
    if since is not None:
        query = query.where(RiskEvent.detected_at >= since)
    return list(session.scalars(query.order_by(RiskEvent.detected_at.desc())))


def resources_for_client(session: Session, *, client: User) -> ResourceSet:
    """The crisis resources a client sees: their locale's public lines plus the clinic's on-call."""
    clinic = client_clinic(session, client=client)
    locale = client.locale or "en"
    if clinic is None:
        return resources_for(locale)
    try:
        overrides = ClinicResources(
            on_call_name=clinic.on_call_name,
            on_call_phone=clinic.on_call_phone,
            country=clinic.country,
        )
        return resources_for(locale, clinic_overrides=overrides)
    except InvalidClinicResources:
        # A mistyped on-call number must never stop a crisis reply: fall back to public lines.
        log.exception("clinic %s has invalid crisis resources; using public ones", clinic.id)
        return resources_for(locale)
