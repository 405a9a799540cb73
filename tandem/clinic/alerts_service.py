"""The clinician's alerts inbox: open alerts by urgency, history, low-level flags, availability.

Reads go through ``tandem.safety.service.alerts_for_clinician`` and the scoping module, so the
inbox shows exactly the linked clients' alerts (whatever they share: the safety override) and the
message excerpt only when the client shares transcripts.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import readable_clients
from tandem.audit.service import record_event
from tandem.clinic.models import ClinicianAvailability
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.safety.models import Alert, RiskEvent
from tandem.safety.service import AlertView, alerts_for_clinician

URGENCY_LEVELS = ("imminent", "high", "moderate")
LEVEL_HEADINGS = {"imminent": "Imminent", "high": "High", "moderate": "Moderate"}
ACTION_LABELS = {
    "contacted_client": "Contacted the client",
    "reviewed_safety_plan": "Reviewed the safety plan",
    "contacted_emergency_services": "Contacted emergency services",
    "no_action_needed": "No action needed",
}
HISTORY_LIMIT = 30
LOW_FLAG_DAYS = 7
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def zone(name: str | None) -> tzinfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class InboxItem:
    view: AlertView
    overdue: bool

    @property
    def alert(self) -> Alert:
        return self.view.alert

    @property
    def client(self) -> User:
        return self.view.client


@dataclass(frozen=True)
class LowFlags:
    """One client's low-level flags in the window: for the next session, not for now."""

    client: User
    count: int
    categories: list[str]
    indicators: list[str]
    last_at: datetime


@dataclass
class Inbox:
    groups: dict[str, list[InboxItem]]
    history: list[InboxItem]
    low_flags: list[LowFlags]
    acknowledgers: dict[uuid.UUID, str]
    generated_at: datetime
    low_since: datetime
    overdue_count: int = 0
    open_ids: list[uuid.UUID] = field(default_factory=list)

    @property
    def open_count(self) -> int:
        return sum(len(items) for items in self.groups.values())


def build_inbox(
    session: Session, *, clinician: User, now: datetime | None = None, ip: str | None = None
) -> Inbox:
    now = now or utcnow()
    views = alerts_for_clinician(session, clinician=clinician, include_acknowledged=True, ip=ip)
    groups: dict[str, list[InboxItem]] = {level: [] for level in URGENCY_LEVELS}
    history: list[InboxItem] = []
    for view in views:
        alert = view.alert
        if alert.status == "open":
            item = InboxItem(view=view, overdue=alert.due_at <= now)
            groups.setdefault(alert.level, []).append(item)
        else:
            history.append(InboxItem(view=view, overdue=False))
    history.sort(key=lambda i: i.alert.acknowledged_at or i.alert.opened_at, reverse=True)
    history = history[:HISTORY_LIMIT]
    by_ids = {i.alert.acknowledged_by for i in history if i.alert.acknowledged_by}
    acknowledgers = (
        {u.id: u.display_name for u in session.scalars(select(User).where(User.id.in_(by_ids)))}
        if by_ids
        else {}
    )
    low_since = now - timedelta(days=LOW_FLAG_DAYS)
    open_items = [item for items in groups.values() for item in items]
    return Inbox(
        groups=groups,
        history=history,
        low_flags=low_flags(session, clinician=clinician, since=low_since),
        acknowledgers=acknowledgers,
        generated_at=now,
        low_since=low_since,
        overdue_count=sum(1 for item in open_items if item.overdue),
        open_ids=[item.alert.id for item in open_items],
    )


def low_flags(
    session: Session, *, clinician: User, since: datetime, until: datetime | None = None
) -> list[LowFlags]:
    """Low-level risk events of linked clients, one line per client, most recent first.

    Only categories and rule names are shown: the evidence quotes the client, and low flags are
    meant for the next session's conversation, not for reading the client's words out of context.
    """
    linked = readable_clients(session, clinician=clinician).subquery()
    query = (
        select(RiskEvent, User)
        .join(User, User.id == RiskEvent.client_id)
        .where(
            RiskEvent.client_id.in_(select(linked.c.id)),
            RiskEvent.level == "low",
            RiskEvent.detected_at >= since,
        )
        .order_by(RiskEvent.detected_at.desc())
    )
    if until is not None:
        query = query.where(RiskEvent.detected_at < until)
    per_client: dict[uuid.UUID, list[RiskEvent]] = defaultdict(list)
    clients: dict[uuid.UUID, User] = {}
    for event, client in session.execute(query).all():
        per_client[client.id].append(event)
        clients[client.id] = client
    result: list[LowFlags] = []
    for client_id, events in per_client.items():
        categories: list[str] = []
        indicators: list[str] = []
        for event in events:
            for category in event.categories:
                if category not in categories:
                    categories.append(category)
            for evidence in event.evidence or []:
                label = f"{evidence.get('category', '?')}: {evidence.get('rule', '?')}"
                if label not in indicators:
                    indicators.append(label)
        result.append(
            LowFlags(
                client=clients[client_id],
                count=len(events),
                categories=categories,
                indicators=indicators[:12],
                last_at=events[0].detected_at,
            )
        )
    result.sort(key=lambda flags: flags.last_at, reverse=True)
    return result


# --- availability (after-hours routing) -------------------------------------------------------


@dataclass(frozen=True)
class Window:
    weekday: int  # Monday 0 … Sunday 6
    start_minute: int
    end_minute: int

    def label(self) -> str:
        return (
            f"{WEEKDAYS[self.weekday]} {self.start_minute // 60:02d}:{self.start_minute % 60:02d}"
            f"–{self.end_minute // 60:02d}:{self.end_minute % 60:02d}"
        )


def availability_windows(
    session: Session, *, clinician_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Window]]:
    if not clinician_ids:
        return {}
    rows = session.scalars(
        select(ClinicianAvailability)
        .where(ClinicianAvailability.clinician_id.in_(clinician_ids))
        .order_by(ClinicianAvailability.weekday, ClinicianAvailability.start_minute)
    )
    windows: dict[uuid.UUID, list[Window]] = defaultdict(list)
    for row in rows:
        windows[row.clinician_id].append(Window(row.weekday, row.start_minute, row.end_minute))
    return dict(windows)


def is_available(windows: list[Window] | None, *, timezone: str | None, at: datetime) -> bool:
    """Whether a clinician takes alerts at ``at``; no windows configured means always."""
    if not windows:
        return True
    local = at.astimezone(zone(timezone))
    minute = local.hour * 60 + local.minute
    return any(
        w.weekday == local.weekday() and w.start_minute <= minute < w.end_minute for w in windows
    )


def parse_clock(value: str) -> int:
    """'09:30' → 570 minutes; '24:00' allowed as the end of the day."""
    value = value.strip()
    if value == "24:00":
        return 1440
    try:
        parsed = time.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(f"'{value}' is not a time like 09:00.") from exc
    return parsed.hour * 60 + parsed.minute


def set_availability(
    session: Session, *, clinician: User, windows: list[Window], ip: str | None = None
) -> list[Window]:
    """Replace the clinician's weekly windows (an empty list means: always reachable)."""
    for w in windows:
        if not (0 <= w.weekday <= 6 and 0 <= w.start_minute < w.end_minute <= 1440):
            raise InvalidInput("Each window needs a weekday and a start before its end.")
    session.execute(
        delete(ClinicianAvailability).where(ClinicianAvailability.clinician_id == clinician.id)
    )
    for w in windows:
        session.add(
            ClinicianAvailability(
                clinician_id=clinician.id,
                weekday=w.weekday,
                start_minute=w.start_minute,
                end_minute=w.end_minute,
            )
        )
    session.flush()
    record_event(
        session,
        action="availability.updated",
        actor_id=clinician.id,
        actor_role=clinician.role,
        object_type="availability",
        detail={"windows": len(windows)},
        ip=ip,
    )
    return windows
