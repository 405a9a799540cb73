"""Who hears about an alert, when, and the guarantee that they hear exactly once.

``run_once`` is one pass of the worker:

1. **Announce** open alerts not yet announced at their current level: the linked clinicians who
   are available now (their weekly windows, in their timezone), and the clinic's on-call when
   the alert is high/imminent (``notify_on_call``) or when no linked clinician is available.
2. **Escalate** open alerts past ``due_at`` that nobody acknowledged: the on-call is told, and
   ``alerts.escalated_at`` is set so it happens once per alert.
3. **Digest** low-level flags: once a day per clinician (after 08:00 in their timezone), a count
   of the previous day's low flags.
4. **Deliver** the outbox.

Steps 1–3 never send anything; they *plan*: each message becomes a ``NotificationDelivery`` row
with a ``dedup_key`` naming its purpose (alert, kind, level, recipient), inserted with "on
conflict do nothing" in the same transaction that claims the alert (``SELECT … FOR UPDATE SKIP
LOCKED`` on PostgreSQL; SQLite serialises writers with ``BEGIN IMMEDIATE``) and records the
progress (``alert_dispatches``, ``escalated_at``). Either all of that commits or none of it.

Step 4 claims pending rows the same way, marks them ``sending`` with this worker's id and a lease,
commits, sends, then marks each ``sent`` in its own short transaction. A failed send goes back to
``pending`` with a backoff (given up as ``failed`` after ``MAX_ATTEMPTS``).

The guarantee, exactly:
- **Never dropped**: a planned message stays in the table until it is marked sent or failed. A
  worker that dies after claiming leaves a ``sending`` row whose lease runs out (``LEASE``), and
  the next pass takes it again.
- **Never twice in normal operation**, with any number of worker processes: a row is claimed by
  one worker at a time, and the unique ``dedup_key`` means the same purpose is never planned twice.
- **The one window for a duplicate**: a worker that dies (or stalls past ``LEASE``) after handing a
  message to the mail server or webhook but before committing ``sent`` — one database round trip —
  causes that single message to be sent again. Delivery is therefore at least once, and exactly
  once unless a worker crashes inside that window. Each message carries ``reference`` (its
  dedup key) so a receiving system can drop such a repeat.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tandem.accounts.models import Clinic, ClinicianClientLink, User
from tandem.accounts.service import linked_clinicians
from tandem.audit.service import record_event
from tandem.clinic.alerts_service import availability_windows, is_available, zone
from tandem.clinic.models import AlertDispatch, NotificationDelivery
from tandem.core.database import Database
from tandem.core.models import utcnow
from tandem.core.notifications import Notification, NotificationError, Notifier
from tandem.safety.models import Alert, RiskEvent

log = logging.getLogger("tandem.escalation")

LEASE = timedelta(minutes=2)
CLAIM_BATCH = 10  # × the slowest channel timeout (10 s) stays well inside LEASE
MAX_PER_RUN = 500
MAX_ATTEMPTS = 8
DIGEST_HOUR = 8  # local time after which yesterday's digest goes out
ALERTS_PATH = "/clinic/alerts"

SessionSource = Callable[[], AbstractContextManager[Session]]


@dataclass
class RunReport:
    announced: int = 0  # alerts announced (new, or risen to a higher level)
    escalated: int = 0  # overdue alerts handed to the on-call
    digests: int = 0  # daily digests planned
    planned: int = 0  # outbox rows created by this pass
    sent: int = 0
    retrying: int = 0  # sends that failed and will be tried again
    failed: int = 0  # sends given up after MAX_ATTEMPTS
    errors: list[str] = field(default_factory=list)

    @property
    def did_something(self) -> bool:
        return bool(self.planned or self.sent or self.retrying or self.failed or self.escalated)


def worker_identity() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _sessions(source: Database | SessionSource) -> SessionSource:
    if isinstance(source, Database):
        return source.transaction
    return source


def run_once(
    source: Database | SessionSource,
    *,
    notifier: Notifier,
    now: datetime | None = None,
    base_url: str = "http://127.0.0.1:8000",
    webhook_url: str | None = None,
    worker_id: str | None = None,
) -> RunReport:
    """One pass: plan announcements, escalations and digests, then deliver the outbox.

    ``source``: a ``Database`` or a callable giving a transactional session scope (tests).
    ``webhook_url``: the installation-wide alerts webhook (settings.alert_webhook_url), used for
    on-call messages when a clinic configures no webhook of its own.
    """
    sessions = _sessions(source)
    now = now or utcnow()
    worker_id = worker_id or worker_identity()
    report = RunReport()
    links = Links(base_url=base_url.rstrip("/"), webhook_url=webhook_url)
    with sessions() as session:
        announce_alerts(session, now=now, links=links, report=report)
    with sessions() as session:
        escalate_overdue(session, now=now, links=links, report=report)
    with sessions() as session:
        plan_digests(session, now=now, links=links, report=report)
    deliver_pending(sessions, notifier=notifier, now=now, worker_id=worker_id, report=report)
    return report


@dataclass(frozen=True)
class Links:
    base_url: str
    webhook_url: str | None = None

    @property
    def alerts(self) -> str:
        return self.base_url + ALERTS_PATH


# --- planning ----------------------------------------------------------------------------------


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _claim(session: Session, query: Any, *of: Any) -> Any:
    """Lock the rows this pass works on; other workers skip them instead of waiting."""
    if _is_postgres(session):
        return query.with_for_update(skip_locked=True, of=list(of) or None)
    return query  # SQLite: the transaction began IMMEDIATE, writers are already serialised


def plan(
    session: Session,
    *,
    key: str,
    kind: str,
    address: str,
    subject: str,
    body: str,
    link: str | None,
    urgent: bool,
    now: datetime,
    alert_id: uuid.UUID | None = None,
    recipient_id: uuid.UUID | None = None,
) -> bool:
    """Add one message to the outbox unless its purpose is already there; True if added."""
    values = {
        "id": uuid.uuid4(),
        "created_at": now,
        "dedup_key": key[:200],
        "kind": kind,
        "alert_id": alert_id,
        "recipient_id": recipient_id,
        "address": address,
        "subject": subject,
        "body": body,
        "link": link,
        "urgent": urgent,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
    }
    insert = postgresql.insert if _is_postgres(session) else sqlite.insert
    statement = (
        insert(NotificationDelivery)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["dedup_key"])
    )
    result = session.execute(statement)
    return bool(getattr(result, "rowcount", 0))


def on_call_addresses(clinic: Clinic | None, links: Links) -> list[str]:
    """The clinic's on-call contacts: an email in settings and/or a webhook (clinic's or global)."""
    configured: dict[str, Any] = {}
    if clinic is not None and isinstance(clinic.settings, dict):
        configured = clinic.settings
    addresses: list[str] = []
    email = configured.get("on_call_email")
    if isinstance(email, str) and "@" in email:
        addresses.append(email.strip().lower())
    webhook = configured.get("on_call_webhook_url") or links.webhook_url
    if isinstance(webhook, str) and webhook.startswith(("https://", "http://")):
        addresses.append(webhook)
    return addresses


def _when(at: datetime, timezone: str | None) -> str:
    local = at.astimezone(zone(timezone))
    return f"{local:%Y-%m-%d %H:%M} ({timezone or 'UTC'})"


def _subject(level: str, text: str) -> str:
    prefix = "URGENT: " if level in ("high", "imminent") else ""
    return f"{prefix}Tandem: {text}"


NO_DETAILS = (
    "For the client's privacy this message carries no details; everything is in Tandem, "
    "behind your sign-in."
)


def clinician_message(alert: Alert, clinician: User, *, kind: str, links: Links) -> tuple[str, str]:
    if kind == "alert_raised":
        headline = f"an open alert rose to {alert.level} risk"
        first = f"An open alert for a client of yours is now at {alert.level} risk."
    else:
        headline = f"a client of yours needs attention ({alert.level} risk)"
        first = f"A client of yours needs attention: Tandem raised a {alert.level}-risk alert."
    body = "\n".join(
        [
            first,
            f"Please respond by {_when(alert.due_at, clinician.timezone)}.",
            f"Open Tandem to review and acknowledge it: {links.alerts}",
            "",
            NO_DETAILS,
        ]
    )
    return _subject(alert.level, headline), body


def on_call_message(
    alert: Alert, clinic: Clinic | None, *, kind: str, reason: str, links: Links
) -> tuple[str, str]:
    clinic_name = clinic.name if clinic else "your clinic"
    timezone = clinic.timezone if clinic else "UTC"
    if kind == "alert_escalated":
        headline = f"on-call: an alert was not acknowledged in time ({alert.level} risk)"
        first = (
            f"On-call for {clinic_name}: a {alert.level}-risk alert for a client was not "
            f"acknowledged by its response time, {_when(alert.due_at, timezone)}."
        )
    else:
        headline = f"on-call: a client needs attention ({alert.level} risk)"
        first = f"On-call for {clinic_name}: a client has a {alert.level}-risk alert ({reason})."
    lines = [first, "Please respond now.", f"Open Tandem: {links.alerts}"]
    if clinic is not None and clinic.on_call_phone:
        name = f" ({clinic.on_call_name})" if clinic.on_call_name else ""
        lines.append(f"Clinic on-call phone{name}: {clinic.on_call_phone}")
    lines += ["", NO_DETAILS]
    return _subject(alert.level, headline), "\n".join(lines)


def announce_alerts(
    session: Session, *, now: datetime, links: Links, report: RunReport, limit: int = 100
) -> None:
    query = (
        select(Alert, AlertDispatch)
        .outerjoin(AlertDispatch, AlertDispatch.alert_id == Alert.id)
        .where(
            Alert.status == "open",
            or_(AlertDispatch.alert_id.is_(None), AlertDispatch.notified_rank < Alert.level_rank),
        )
        .order_by(Alert.level_rank.desc(), Alert.opened_at)
        .limit(limit)
    )
    for alert, dispatch in session.execute(_claim(session, query, Alert)).all():
        routed = _announce(
            session, alert, first=dispatch is None, now=now, links=links, report=report
        )
        if dispatch is None:
            session.add(
                AlertDispatch(
                    alert_id=alert.id,
                    notified_rank=alert.level_rank,
                    routed_to_on_call=routed,
                    planned_at=now,
                )
            )
        else:
            dispatch.notified_rank = alert.level_rank
            dispatch.routed_to_on_call = dispatch.routed_to_on_call or routed
            dispatch.planned_at = now
        report.announced += 1
    session.flush()


def _announce(
    session: Session, alert: Alert, *, first: bool, now: datetime, links: Links, report: RunReport
) -> bool:
    """Plan this alert's messages at its current level; True when the on-call was told."""
    clinicians = linked_clinicians(session, client_id=alert.client_id)
    windows = availability_windows(session, clinician_ids=[c.id for c in clinicians])
    available = [
        c for c in clinicians if is_available(windows.get(c.id), timezone=c.timezone, at=now)
    ]
    clinic = session.get(Clinic, alert.clinic_id) if alert.clinic_id else None
    on_call = on_call_addresses(clinic, links)
    urgent = alert.level_rank >= 3
    kind = "alert_new" if first else "alert_raised"
    to_tell = available
    if not available and not on_call:
        # Nobody on call and nobody in hours: someone must still hear, so the clinicians do.
        log.warning("alert %s: no clinician available and no on-call contact configured", alert.id)
        to_tell = clinicians
    for clinician in to_tell:
        subject, body = clinician_message(alert, clinician, kind=kind, links=links)
        report.planned += plan(
            session,
            key=f"alert:{alert.id}:{kind}:{alert.level}:{clinician.id}",
            kind=kind,
            address=clinician.email,
            subject=subject,
            body=body,
            link=links.alerts,
            urgent=urgent,
            now=now,
            alert_id=alert.id,
            recipient_id=clinician.id,
        )
    reasons = []
    if alert.notify_on_call:
        reasons.append("it needs an immediate response")
    if not available:
        reasons.append("their clinician is not available now")
    if not reasons or not on_call:
        return False
    subject, body = on_call_message(
        alert, clinic, kind="alert_on_call", reason="; ".join(reasons), links=links
    )
    for address in on_call:
        report.planned += plan(
            session,
            key=f"alert:{alert.id}:alert_on_call:{alert.level}:{address}",
            kind="alert_on_call",
            address=address,
            subject=subject,
            body=body,
            link=links.alerts,
            urgent=True,
            now=now,
            alert_id=alert.id,
        )
    return True


def escalate_overdue(
    session: Session, *, now: datetime, links: Links, report: RunReport, limit: int = 100
) -> None:
    query = (
        select(Alert)
        .where(Alert.status == "open", Alert.escalated_at.is_(None), Alert.due_at <= now)
        .order_by(Alert.due_at)
        .limit(limit)
    )
    for alert in session.scalars(_claim(session, query)).all():
        clinic = session.get(Clinic, alert.clinic_id) if alert.clinic_id else None
        addresses: list[tuple[str, uuid.UUID | None]] = [
            (a, None) for a in on_call_addresses(clinic, links)
        ]
        if not addresses:
            log.warning("alert %s is overdue and the clinic has no on-call contact", alert.id)
            addresses = [
                (c.email, c.id) for c in linked_clinicians(session, client_id=alert.client_id)
            ]
        subject, body = on_call_message(
            alert, clinic, kind="alert_escalated", reason="overdue", links=links
        )
        for address, recipient_id in addresses:
            report.planned += plan(
                session,
                key=f"alert:{alert.id}:alert_escalated:{address}",
                kind="alert_escalated",
                address=address,
                subject=subject,
                body=body,
                link=links.alerts,
                urgent=True,
                now=now,
                alert_id=alert.id,
                recipient_id=recipient_id,
            )
        alert.escalated_at = now
        record_event(
            session,
            action="alert.escalated",
            actor_role="system",
            subject_id=alert.client_id,
            object_type="alert",
            object_id=str(alert.id),
            detail={
                "level": alert.level,
                "due_at": alert.due_at.isoformat(),
                "recipients": len(addresses),
            },
        )
        report.escalated += 1
    session.flush()


def digest_day(now: datetime, timezone: str | None) -> date | None:
    """The local day whose digest is due at ``now``, or None before DIGEST_HOUR."""
    local = now.astimezone(zone(timezone))
    if local.hour < DIGEST_HOUR:
        return None
    return local.date() - timedelta(days=1)


def plan_digests(session: Session, *, now: datetime, links: Links, report: RunReport) -> None:
    rows = session.execute(
        select(ClinicianClientLink.clinician_id, RiskEvent.client_id, RiskEvent.detected_at)
        .join(RiskEvent, RiskEvent.client_id == ClinicianClientLink.client_id)
        .where(
            ClinicianClientLink.status == "active",
            RiskEvent.level == "low",
            RiskEvent.detected_at >= now - timedelta(hours=49),
            RiskEvent.detected_at <= now,
        )
    ).all()
    if not rows:
        return
    per_clinician: dict[uuid.UUID, list[tuple[uuid.UUID, datetime]]] = {}
    for clinician_id, client_id, detected_at in rows:
        per_clinician.setdefault(clinician_id, []).append((client_id, detected_at))
    clinicians = session.scalars(
        select(User).where(User.id.in_(per_clinician), User.is_active.is_(True))
    ).all()
    for clinician in clinicians:
        day = digest_day(now, clinician.timezone)
        if day is None:
            continue
        tz = zone(clinician.timezone)
        start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
        end = start + timedelta(days=1)
        flags = [(c, at) for c, at in per_clinician[clinician.id] if start <= at < end]
        if not flags:
            continue
        count, clients = len(flags), len({c for c, _ in flags})
        subject = f"Tandem: daily digest of low-level flags for {day.isoformat()}"
        body = "\n".join(
            [
                f"{count} low-level flag{'s' if count != 1 else ''} for "
                f"{clients} client{'s' if clients != 1 else ''} on {day.isoformat()}.",
                "These are not urgent: they are worth a conversation in the next session.",
                f"Open Tandem to see them: {links.alerts}#low-flags",
                "",
                NO_DETAILS,
            ]
        )
        added = plan(
            session,
            key=f"digest:{clinician.id}:{day.isoformat()}",
            kind="digest",
            address=clinician.email,
            subject=subject,
            body=body,
            link=links.alerts + "#low-flags",
            urgent=False,
            now=now,
            recipient_id=clinician.id,
        )
        report.planned += added
        report.digests += added
    session.flush()


# --- delivery ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Claimed:
    id: uuid.UUID
    attempts: int
    notification: Notification


def _claim_batch(
    sessions: SessionSource, *, now: datetime, worker_id: str, batch: int
) -> list[_Claimed]:
    with sessions() as session:
        query = (
            select(NotificationDelivery)
            .where(
                or_(
                    and_(
                        NotificationDelivery.status == "pending",
                        NotificationDelivery.next_attempt_at <= now,
                    ),
                    and_(
                        NotificationDelivery.status == "sending",
                        NotificationDelivery.claimed_until < now,
                    ),
                )
            )
            .order_by(NotificationDelivery.urgent.desc(), NotificationDelivery.created_at)
            .limit(batch)
        )
        claimed: list[_Claimed] = []
        for row in session.scalars(_claim(session, query)).all():
            row.status = "sending"
            row.claimed_by = worker_id
            row.claimed_until = now + LEASE
            row.attempts += 1
            claimed.append(
                _Claimed(
                    id=row.id,
                    attempts=row.attempts,
                    notification=Notification(
                        to=row.address,
                        subject=row.subject,
                        body=row.body,
                        kind=row.kind,
                        urgent=row.urgent,
                        link=row.link,
                        reference=row.dedup_key,
                    ),
                )
            )
        session.flush()
    return claimed


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** (attempts - 1), 3600))


def _finish(
    sessions: SessionSource,
    item: _Claimed,
    *,
    worker_id: str,
    now: datetime,
    error: str | None,
    report: RunReport,
) -> None:
    with sessions() as session:
        query = select(NotificationDelivery).where(NotificationDelivery.id == item.id)
        if _is_postgres(session):
            query = query.with_for_update()
        row = session.scalar(query)
        if row is None or row.status != "sending" or row.claimed_by != worker_id:
            # Our lease ran out and another worker took the row over; its outcome stands.
            return
        row.claimed_until = None
        if error is None:
            row.status = "sent"
            row.sent_at = now
            row.last_error = None
            report.sent += 1
        elif row.attempts >= MAX_ATTEMPTS:
            row.status = "failed"
            row.last_error = error[:300]
            report.failed += 1
            log.error("gave up on notification %s after %d attempts", row.id, row.attempts)
        else:
            row.status = "pending"
            row.next_attempt_at = now + _backoff(row.attempts)
            row.last_error = error[:300]
            report.retrying += 1
        session.flush()


def deliver_pending(
    sessions: SessionSource,
    *,
    notifier: Notifier,
    now: datetime,
    worker_id: str,
    report: RunReport,
    batch: int = CLAIM_BATCH,
    max_messages: int = MAX_PER_RUN,
) -> None:
    handled = 0
    while handled < max_messages:
        claimed = _claim_batch(sessions, now=now, worker_id=worker_id, batch=batch)
        if not claimed:
            return
        for item in claimed:
            error: str | None = None
            try:
                notifier.send(item.notification)
            except NotificationError as exc:
                error = str(exc)
            except Exception as exc:  # a broken channel must not stop the others
                log.exception("notifier raised while sending %s", item.id)
                error = f"{exc.__class__.__name__}"
            if error:
                report.errors.append(error)
                log.warning("notification %s not delivered: %s", item.id, error)
            _finish(sessions, item, worker_id=worker_id, now=now, error=error, report=report)
            handled += 1


@contextmanager
def session_scope(session: Session) -> Iterator[Session]:
    """A transactional scope on an existing session (a savepoint): for tests and callers that
    already hold a session and want run_once to work inside it.
    """
    nested = session.begin_nested()
    try:
        yield session
        session.flush()
        nested.commit()
    except BaseException:
        if nested.is_active:
            nested.rollback()
        raise
