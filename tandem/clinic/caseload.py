"""The caseload: every linked client on one screen, sorted by who needs attention first.

Built for a few hundred clients per clinician: the clients come from the scoping function (one
audited list read), then each kind of data is read for all of them at once — one query for open
alerts, one for recent risk events, one for mood check-ins, one for the latest two scores per
questionnaire, one for open deterioration flags, one for usage days, one for last activity per
source, plus the plans service's batched adherence — never a query per client.

Consent decides what each row may hold: mood, scores and deterioration only when the client
shares measures; the reliance indicator only when they share summaries. Alerts and risk levels are
shown whatever the client shares (the safety override, DESIGN §3).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import ClientAccess, list_readable_clients
from tandem.accounts.streams import Stream
from tandem.clinic.messages_service import unread_counts
from tandem.companion.limits import (
    USAGE_WINDOW_DAYS,
    RelianceIndicator,
    reliance_indicators,
    usage_from_days,
)
from tandem.companion.models import UsageDay
from tandem.measures.change import ChangeResult, classify_change
from tandem.measures.charts import sparkline_svg
from tandem.measures.models import CheckIn, DeteriorationFlag, QuestionnaireResponse
from tandem.plans.service import adherence_many
from tandem.safety.models import Alert, RiskEvent

SCORED = ("phq9", "gad7")
INSTRUMENT_NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7"}
SPARKLINE_DAYS = 28
RISK_LOOKBACK_DAYS = 30
ADHERENCE_DAYS = 7
INACTIVE_DAYS = 7
URGENT_RANK = 3  # high and imminent alerts sort first and count as urgent
LEVELS_BY_RANK = {0: "none", 1: "low", 2: "moderate", 3: "high", 4: "imminent"}
FILTERS = {
    "all": "All clients",
    "attention": "Needs attention",
    "alerts": "Open alerts",
    "deteriorating": "Deteriorating",
    "inactive": f"Inactive {INACTIVE_DAYS}+ days",
}


@dataclass(frozen=True)
class ScoreCell:
    instrument: str
    name: str
    total: int
    severity: str
    at: datetime
    change: ChangeResult | None  # against the previous score; None for a first score


@dataclass(frozen=True)
class CaseloadRow:
    access: ClientAccess
    open_alerts: int = 0
    top_alert_level: str | None = None
    top_alert_rank: int = 0
    alert_overdue: bool = False
    latest_risk_level: str | None = None  # in the last RISK_LOOKBACK_DAYS days
    latest_risk_at: datetime | None = None
    mood_values: tuple[float, ...] = ()  # daily means, oldest first; empty when not shared
    mood_latest: float | None = None
    scores: tuple[ScoreCell, ...] = ()
    deteriorating: bool = False
    deterioration_labels: tuple[str, ...] = ()
    adherence_percent: int | None = None  # homework + assigned practice, last 7 days
    practice_done: int = 0
    practice_expected: int | None = None
    homework_overdue: int = 0
    last_active: datetime | None = None
    inactive_days: int | None = None  # None: never active
    reliance: tuple[RelianceIndicator, ...] = ()
    unread_messages: int = 0
    shares_measures: bool = False
    shares_summaries: bool = False

    @property
    def client(self) -> User:
        return self.access.client

    @property
    def inactive(self) -> bool:
        return self.inactive_days is None or self.inactive_days >= INACTIVE_DAYS

    @property
    def urgent(self) -> bool:
        return self.top_alert_rank >= URGENT_RANK

    @property
    def needs_attention(self) -> bool:
        return self.open_alerts > 0 or self.deteriorating or self.inactive

    @property
    def sparkline(self) -> str | None:
        if not self.mood_values:
            return None
        label = f"Mood, last {SPARKLINE_DAYS} days, latest {self.mood_latest:g} of 10"
        return cached_sparkline(self.mood_values, label)

    def need_key(self) -> tuple[int, int, int, int, int, str]:
        """Smaller sorts first: urgent alerts, other alerts, deterioration, then inactivity."""
        inactivity = 10_000 if self.inactive_days is None else self.inactive_days
        return (
            -self.top_alert_rank,
            -int(self.alert_overdue),
            -int(self.deteriorating),
            -int(self.inactive),
            -inactivity,
            self.client.display_name.casefold(),
        )


@dataclass
class Caseload:
    rows: list[CaseloadRow]
    generated_at: datetime
    counts: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=4096)
def cached_sparkline(values: tuple[float, ...], label: str) -> str:
    # Hundreds of sparklines per page and most do not change between reloads: render each once.
    return sparkline_svg(values, label=label, min_value=0, max_value=10)


# --- batched reads ------------------------------------------------------------------------------
#
# The mood and usage reads return thousands of small rows (a month of days for every client).
# Building a UUID and an aware datetime through the column types for each of them cost more than
# the queries, so those two reads take the raw column values (``type_coerce``) and convert them
# here: a client id once per client (``_IdLookup``), a time with one ``fromisoformat``.


class _IdLookup:
    """Raw client-id column values (hex text on SQLite, UUID objects on PostgreSQL) to UUIDs."""

    def __init__(self, ids: Iterable[uuid.UUID]) -> None:
        self._by_raw: dict[object, uuid.UUID] = {}
        for client_id in ids:
            self._by_raw[client_id] = client_id
            self._by_raw[client_id.hex] = client_id
            self._by_raw[str(client_id)] = client_id

    def __call__(self, raw: object) -> uuid.UUID:
        found = self._by_raw.get(raw)
        return found if found is not None else uuid.UUID(str(raw))


def _raw_utc(raw: object) -> datetime:
    """A stored UTC time, as text (SQLite) or a datetime (PostgreSQL), as an aware datetime."""
    if isinstance(raw, str):
        return datetime.fromisoformat(raw + "+00:00") if len(raw) <= 26 else _aware(raw)
    return _aware(raw)


def _aware(raw: object) -> datetime:
    at = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _raw_date(raw: object) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    return raw if isinstance(raw, date) else date.fromisoformat(str(raw)[:10])


@dataclass(frozen=True)
class _OpenAlert:
    level: str
    level_rank: int
    due_at: datetime


def _open_alerts(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[_OpenAlert]]:
    # Columns only: a whole Alert row would decrypt its excerpt and note for nothing.
    found: dict[uuid.UUID, list[_OpenAlert]] = {}
    if ids:
        rows = session.execute(
            select(Alert.client_id, Alert.level, Alert.level_rank, Alert.due_at).where(
                Alert.client_id.in_(ids), Alert.status == "open"
            )
        )
        for client_id, level, rank, due_at in rows:
            found.setdefault(client_id, []).append(_OpenAlert(level, int(rank), due_at))
    return found


def _latest_risk(
    session: Session, ids: list[uuid.UUID], since: datetime
) -> dict[uuid.UUID, tuple[int, datetime]]:
    latest: dict[uuid.UUID, tuple[int, datetime]] = {}
    if not ids:
        return latest
    rows = session.execute(
        select(RiskEvent.client_id, RiskEvent.level_rank, RiskEvent.detected_at).where(
            RiskEvent.client_id.in_(ids), RiskEvent.detected_at >= since
        )
    )
    for client_id, rank, at in rows:
        if client_id not in latest or at > latest[client_id][1]:
            latest[client_id] = (int(rank), at)
    return latest


def _moods(
    session: Session, ids: list[uuid.UUID], since: datetime, zones: dict[uuid.UUID, ZoneInfo]
) -> dict[uuid.UUID, tuple[float, ...]]:
    # Rows are grouped by the raw id first; the UUID and the zone are looked up once per client.
    by_raw: dict[object, tuple[ZoneInfo, dict[date, list[int]]]] = {}
    if ids:
        to_id = _IdLookup(ids)
        rows = session.execute(
            select(
                type_coerce(CheckIn.client_id, String),
                CheckIn.mood,
                type_coerce(CheckIn.created_at, String),
            ).where(CheckIn.client_id.in_(ids), CheckIn.created_at >= since)
        )
        for raw_id, mood, raw_at in rows:
            entry = by_raw.get(raw_id)
            if entry is None:
                entry = by_raw[raw_id] = (zones[to_id(raw_id)], {})
            day = _raw_utc(raw_at).astimezone(entry[0]).date()
            days = entry[1]
            if day in days:
                days[day].append(mood)
            else:
                days[day] = [mood]
    return {
        to_id(raw_id): tuple(round(sum(v) / len(v), 1) for _d, v in sorted(days.items()))
        for raw_id, (_zone, days) in by_raw.items()
    }


def _latest_scores(
    session: Session, ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, list[tuple[int, str, datetime]]]]:
    """The newest two totals per client and questionnaire (newest first), in two queries.

    First the ids of the newest and second-newest response for every (client, questionnaire),
    each an index seek on (client_id, instrument, created_at); then those rows. A window over
    every response the clients ever gave (a year is 50 per client) was the slowest read here.
    """
    found: dict[uuid.UUID, dict[str, list[tuple[int, str, datetime]]]] = {}
    if not ids:
        return found
    qr = QuestionnaireResponse

    def nth_newest(instrument: str, offset: int) -> Any:
        return (
            select(qr.id)
            .where(qr.client_id == User.id, qr.instrument == instrument)
            .order_by(qr.created_at.desc(), qr.id)
            .limit(1)
            .offset(offset)
            .correlate(User)
            .scalar_subquery()
        )

    columns = [nth_newest(i, offset) for i in SCORED for offset in (0, 1)]
    wanted: list[uuid.UUID] = []
    for row in session.execute(select(*columns).where(User.id.in_(ids))):
        wanted.extend(value for value in row if value is not None)
    if not wanted:
        return found
    rows = session.execute(
        select(qr.client_id, qr.instrument, qr.total, qr.severity, qr.created_at)
        .where(qr.id.in_(wanted))
        .order_by(qr.created_at.desc(), qr.id)
    )
    for client_id, instrument, total, severity, at in rows:
        found.setdefault(client_id, {}).setdefault(instrument, []).append(
            (int(total), severity, at)
        )
    return found


def _open_flags(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    found: dict[uuid.UUID, list[str]] = {}
    if ids:
        rows = session.execute(
            select(
                DeteriorationFlag.client_id, DeteriorationFlag.instrument, DeteriorationFlag.label
            ).where(
                DeteriorationFlag.client_id.in_(ids), DeteriorationFlag.acknowledged_at.is_(None)
            )
        )
        for client_id, instrument, label in rows:
            name = INSTRUMENT_NAMES.get(instrument, instrument)
            found.setdefault(client_id, []).append(f"{name}: {label}")
    return found


class _Usage(NamedTuple):  # a tuple: thousands are built per page
    day: date
    minutes: float
    late_night_messages: int
    nobody_else_mentions: int


def _usage(session: Session, ids: list[uuid.UUID], today: date) -> dict[uuid.UUID, list[_Usage]]:
    found: dict[uuid.UUID, list[_Usage]] = {}
    if ids:
        to_id = _IdLookup(ids)
        rows = session.execute(
            select(
                type_coerce(UsageDay.client_id, String),
                type_coerce(UsageDay.day, String),
                UsageDay.minutes,
                UsageDay.late_night_messages,
                UsageDay.nobody_else_mentions,
                # A day of margin: ``today`` is the UTC date, and a client's own date may be a day
                # behind; usage_from_days trims each client's rows to their own window.
            ).where(
                UsageDay.client_id.in_(ids),
                UsageDay.day >= today - timedelta(days=USAGE_WINDOW_DAYS + 1),
            )
        )
        for raw_id, raw_day, minutes, late, nobody in rows:
            found.setdefault(to_id(raw_id), []).append(
                _Usage(_raw_date(raw_day), minutes, late, nobody)
            )
    return found


def _last_active(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime]:
    """The client's latest own action: a companion message, a check-in or a questionnaire.

    Only the time is read (not the content), so it is shown whatever the client shares: a client
    going quiet is something a clinician must be able to notice. One query: for each client the
    newest row of each source, each found by an index seek rather than a scan of a year of rows.
    """
    latest: dict[uuid.UUID, datetime] = {}
    if not ids:
        return latest

    def newest(column: Any, client_column: Any, order: Any) -> Any:
        return (
            select(column)
            .where(client_column == User.id, column.is_not(None))
            .order_by(order.desc())
            .limit(1)
            .correlate(User)
            .scalar_subquery()
        )

    statement = select(
        User.id,
        # usage_days is unique on (client_id, day): the newest day holds the newest message
        newest(UsageDay.last_message_at, UsageDay.client_id, UsageDay.day),
        newest(CheckIn.created_at, CheckIn.client_id, CheckIn.created_at),
        newest(
            QuestionnaireResponse.created_at,
            QuestionnaireResponse.client_id,
            QuestionnaireResponse.created_at,
        ),
    ).where(User.id.in_(ids))
    for client_id, *times in session.execute(statement):
        present = [_raw_utc(at) for at in times if at is not None]
        if present:
            latest[client_id] = max(present)
    return latest


def _score_cells(
    per_instrument: dict[str, list[tuple[int, str, datetime]]],
) -> tuple[ScoreCell, ...]:
    cells: list[ScoreCell] = []
    for instrument in SCORED:
        entries = per_instrument.get(instrument)
        if not entries:
            continue
        total, severity, at = entries[0]
        change = classify_change(instrument, entries[1][0], total) if len(entries) > 1 else None
        cells.append(
            ScoreCell(instrument, INSTRUMENT_NAMES[instrument], total, severity, at, change)
        )
    return tuple(cells)


# --- the caseload -------------------------------------------------------------------------------


def build_caseload(
    session: Session,
    *,
    clinician: User,
    now: datetime,
    ip: str | None = None,
    lang: str = "en",
) -> Caseload:
    """Every linked client's row, sorted by need (see ``CaseloadRow.need_key``)."""
    accesses = list_readable_clients(session, clinician=clinician, ip=ip)
    ids = [a.client.id for a in accesses]
    measures_ids = [a.client.id for a in accesses if a.can_read(Stream.MEASURES)]
    summary_ids = [a.client.id for a in accesses if a.can_read(Stream.SUMMARIES)]
    zones = {a.client.id: a.client.zone for a in accesses}

    alerts = _open_alerts(session, ids)
    risks = _latest_risk(session, ids, now - timedelta(days=RISK_LOOKBACK_DAYS))
    moods = _moods(session, measures_ids, now - timedelta(days=SPARKLINE_DAYS), zones)
    scores = _latest_scores(session, measures_ids)
    flags = _open_flags(session, measures_ids)
    usage = _usage(session, summary_ids, now.date())
    last_active = _last_active(session, ids)
    adherence = adherence_many(
        session, client_ids=ids, since=now - timedelta(days=ADHERENCE_DAYS), until=now
    )
    unread = unread_counts(session, clinician=clinician, client_ids=ids)

    rows: list[CaseloadRow] = []
    for access in accesses:
        cid = access.client.id
        open_alerts = alerts.get(cid, [])
        top = max(open_alerts, key=lambda a: a.level_rank, default=None)
        risk = risks.get(cid)
        cells = _score_cells(scores.get(cid, {}))
        worse = [
            f"{c.name}: {c.change.label}"
            for c in cells
            if c.change is not None and c.change.direction == "deteriorated"
        ]
        deterioration = tuple(dict.fromkeys([*flags.get(cid, []), *worse]))
        moods_for = moods.get(cid, ())
        active_at = last_active.get(cid)
        adh = adherence.get(cid)
        expected = sum(t.expected or 0 for t in adh.techniques) if adh else 0
        done = sum(min(t.done, t.expected or t.done) for t in adh.techniques) if adh else 0
        parts_done = done + (adh.homework_done if adh else 0)
        parts_expected = expected + (adh.homework_assigned if adh else 0)
        today = now.astimezone(zones[cid]).date()
        reliance: tuple[RelianceIndicator, ...] = ()
        if access.can_read(Stream.SUMMARIES):
            stats = usage_from_days(usage.get(cid, []), today)
            reliance = tuple(reliance_indicators(stats, lang=lang))
        rows.append(
            CaseloadRow(
                access=access,
                open_alerts=len(open_alerts),
                top_alert_level=top.level if top else None,
                top_alert_rank=top.level_rank if top else 0,
                alert_overdue=any(a.due_at <= now for a in open_alerts),
                latest_risk_level=LEVELS_BY_RANK.get(risk[0]) if risk else None,
                latest_risk_at=risk[1] if risk else None,
                mood_values=moods_for,
                mood_latest=moods_for[-1] if moods_for else None,
                scores=cells,
                deteriorating=bool(deterioration),
                deterioration_labels=deterioration,
                adherence_percent=(
                    min(100, round(100 * parts_done / parts_expected)) if parts_expected else None
                ),
                practice_done=adh.practice_total if adh else 0,
                practice_expected=expected or None,
                homework_overdue=adh.homework_overdue if adh else 0,
                last_active=active_at,
                inactive_days=(now - active_at).days if active_at else None,
                reliance=reliance,
                unread_messages=unread.get(cid, 0),
                shares_measures=access.can_read(Stream.MEASURES),
                shares_summaries=access.can_read(Stream.SUMMARIES),
            )
        )
    rows.sort(key=CaseloadRow.need_key)
    counts = {name: len(filter_rows(rows, name)) for name in FILTERS}
    return Caseload(rows=rows, generated_at=now, counts=counts)


def filter_rows(
    rows: Iterable[CaseloadRow], name: str = "all", query: str = ""
) -> list[CaseloadRow]:
    """Rows matching a named filter (``FILTERS``) and a name search (case-insensitive)."""
    tests = {
        "all": lambda r: True,
        "attention": lambda r: r.needs_attention,
        "alerts": lambda r: r.open_alerts > 0,
        "deteriorating": lambda r: r.deteriorating,
        "inactive": lambda r: r.inactive,
    }
    keep = tests.get(name, tests["all"])
    needle = query.strip().casefold()
    return [
        row
        for row in rows
        if keep(row) and (not needle or needle in row.client.display_name.casefold())
    ]


def row_to_dict(row: CaseloadRow) -> dict[str, object]:
    """The JSON form of a row (``GET /api/v1/caseload``); unshared fields are absent, not empty."""
    data: dict[str, object] = {
        "client_id": str(row.client.id),
        "display_name": row.client.display_name,
        "shares": sorted(s.value for s in row.access.streams),
        "open_alerts": row.open_alerts,
        "top_alert_level": row.top_alert_level,
        "alert_overdue": row.alert_overdue,
        "latest_risk_level": row.latest_risk_level,
        "latest_risk_at": row.latest_risk_at.isoformat() if row.latest_risk_at else None,
        "adherence_percent": row.adherence_percent,
        "homework_overdue": row.homework_overdue,
        "last_active": row.last_active.isoformat() if row.last_active else None,
        "inactive_days": row.inactive_days,
        "needs_attention": row.needs_attention,
        "unread_messages": row.unread_messages,
    }
    if row.shares_measures:
        data["mood_daily"] = list(row.mood_values)
        data["deteriorating"] = row.deteriorating
        data["deterioration"] = list(row.deterioration_labels)
        data["scores"] = [
            {
                "instrument": c.instrument,
                "total": c.total,
                "severity": c.severity,
                "at": c.at.isoformat(),
                "change": c.change.to_dict() if c.change else None,
            }
            for c in row.scores
        ]
    if row.shares_summaries:
        data["reliance"] = [
            {"id": r.id, "level": r.level, "value": r.value, "message": for_clinician(r)}
            for r in row.reliance
        ]
    return data


# The indicator's own message speaks to the client ("You've talked with me late at night..."); the
# caseload needs the same fact stated about the client, short enough for a table cell.
_CLINICIAN_WORDING = {
    "daily_minutes": "{value} min with the companion today",
    "late_night": "{value} late-night sessions in 7 days",
    "days_in_a_row": "Used the companion {value} days in a row",
    "nobody_else": "Said they have nobody else to talk to ({value}× in 30 days)",
}


def for_clinician(indicator: RelianceIndicator) -> str:
    """The reliance sign worded about the client, for the clinician's caseload."""
    template = _CLINICIAN_WORDING.get(indicator.id)
    if template is None:
        return indicator.message
    return template.format(value=round(indicator.value))
