"""Live updates for clinician pages: server-sent events when an alert opens or escalates.

Any app process may serve the stream and any other may have written the alert, so nothing is
passed in memory: each open stream asks the database about once a second for the open alerts of
this clinician's linked clients (through the scoping query, indexed on alerts(client_id,
status)) and compares what it sees with what it saw. A short read per poll, no session held in
between, a keep-alive comment every 15 s, and the stream ends when the browser goes away or the
sign-in ends.

For pages (the alerts inbox, the caseload): put ``hx-ext="sse" sse-connect="/clinic/events"``
on a container (add ``?since=<ISO time the page was read>`` so nothing that happened while the
page loaded is lost) and inside it either ``sse-swap="alert"`` (the event's data is a short HTML
notice) or ``hx-get="…" hx-trigger="sse:alert"`` to re-fetch a fragment. The event name is
``EVENT_NAME``; the page must also load ``/static/vendor/htmx-sse.min.js``.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from threading import Lock
from typing import Any

import anyio
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session

from tandem.accounts.models import ApiToken, User, WebSession
from tandem.accounts.scoping import readable_clients
from tandem.core.database import Database
from tandem.core.models import utcnow
from tandem.safety.models import Alert

EVENT_NAME = "alert"
EVENTS_PATH = "/clinic/events"
POLL_SECONDS = 1.0
KEEPALIVE_SECONDS = 15.0
# The browser's EventSource reconnects by itself; a bounded stream re-checks everything then.
MAX_STREAM_SECONDS = 30 * 60
RETRY_MILLISECONDS = 3000
# Alerts opened this long before the page was read are announced anyway: the page's own read and
# a commit in another process can cross within a request's duration.
SINCE_MARGIN = timedelta(seconds=2)
LEVEL_WORDS = {"moderate": "Moderate", "high": "High", "imminent": "Imminent"}

SessionSource = Callable[[], AbstractContextManager[Session]]


class StreamEnded(Exception):
    """The subscriber may no longer listen (signed out, deactivated, link gone)."""


@dataclass(frozen=True)
class Subscriber:
    clinician_id: uuid.UUID
    web_session_id: str | None = None
    api_token_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AlertChange:
    alert_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    level: str
    level_rank: int
    event_count: int
    escalated: bool
    opened_at: datetime
    change: str  # opened, raised, escalated, updated

    @property
    def event_id(self) -> str:
        return f"{self.alert_id}:{self.level_rank}:{self.event_count}:{int(self.escalated)}"


# --- reading ----------------------------------------------------------------------------------

_read_engines: dict[str, Engine] = {}
_read_engines_lock = Lock()


def _sqlite_read_engine(url: str) -> Engine:
    """A SQLite engine for polling that never takes the write lock.

    The main engine begins every transaction IMMEDIATE (to serialise writers); a poll every second
    per open page must not queue behind chat turns for that lock. Each SELECT here runs in
    autocommit mode, i.e. its own consistent read snapshot under WAL.
    """
    with _read_engines_lock:
        engine = _read_engines.get(url)
        if engine is None:
            engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=5
            )

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_connection: Any, _record: Any) -> None:
                dbapi_connection.isolation_level = None
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA busy_timeout=30000")
                cursor.execute("PRAGMA query_only=ON")
                cursor.close()

            _read_engines[url] = engine
        return engine


def read_sessions(database: Database) -> SessionSource:
    """Short read-only session scopes against ``database`` for the stream's polls."""
    engine = _sqlite_read_engine(database.url) if database.is_sqlite else database.engine

    @contextmanager
    def scope() -> Iterator[Session]:
        session = Session(bind=engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    return scope


def check_subscriber(session: Session, subscriber: Subscriber, *, now: datetime) -> User:
    """The clinician behind the stream, if they are still signed in; else StreamEnded."""
    clinician = session.get(User, subscriber.clinician_id)
    if clinician is None or not clinician.is_active or not clinician.is_clinician:
        raise StreamEnded()
    if subscriber.web_session_id is not None:
        web = session.get(WebSession, subscriber.web_session_id)
        if web is None or web.revoked_at is not None or web.expires_at <= now:
            raise StreamEnded()
    if subscriber.api_token_id is not None:
        token = session.get(ApiToken, subscriber.api_token_id)
        if token is None or token.revoked_at is not None:
            raise StreamEnded()
    return clinician


class AlertWatcher:
    """One stream's memory of what it has already announced (per connection, never shared)."""

    def __init__(self, subscriber: Subscriber, *, since: datetime) -> None:
        self.subscriber = subscriber
        self.since = since
        self.seen: dict[uuid.UUID, tuple[int, int, bool]] = {}
        self.primed = False

    def poll(self, session: Session, *, now: datetime | None = None) -> list[AlertChange]:
        now = now or utcnow()
        clinician = check_subscriber(session, self.subscriber, now=now)
        linked = readable_clients(session, clinician=clinician).subquery()
        rows = session.execute(
            select(
                Alert.id,
                Alert.client_id,
                User.display_name,
                Alert.level,
                Alert.level_rank,
                Alert.event_count,
                Alert.escalated_at,
                Alert.opened_at,
            )
            .join(User, User.id == Alert.client_id)
            .where(Alert.client_id.in_(select(linked.c.id)), Alert.status == "open")
        ).all()
        changes: list[AlertChange] = []
        current: dict[uuid.UUID, tuple[int, int, bool]] = {}
        for alert_id, client_id, name, level, rank, count, escalated_at, opened_at in rows:
            signature = (rank, count, escalated_at is not None)
            current[alert_id] = signature
            before = self.seen.get(alert_id)
            if before == signature:
                continue
            if before is None:
                # On the first poll, only what opened after the page was read is news.
                if not self.primed and opened_at < self.since:
                    continue
                kind = "opened"
            elif rank > before[0]:
                kind = "raised"
            elif signature[2] and not before[2]:
                kind = "escalated"
            else:
                kind = "updated"
            changes.append(
                AlertChange(
                    alert_id=alert_id,
                    client_id=client_id,
                    client_name=name,
                    level=level,
                    level_rank=rank,
                    event_count=count,
                    escalated=escalated_at is not None,
                    opened_at=opened_at,
                    change=kind,
                )
            )
        self.seen = current  # acknowledged alerts drop out; if reopened as new, they are new
        self.primed = True
        return changes


# --- formatting -------------------------------------------------------------------------------


def notice_html(change: AlertChange) -> str:
    level = LEVEL_WORDS.get(change.level, change.level.title())
    what = {
        "opened": f"New {level.lower()}-risk alert",
        "raised": f"Alert rose to {level.lower()} risk",
        "escalated": "Alert escalated to on-call",
        "updated": "Alert updated",
    }[change.change]
    return (
        f'<p class="alerts-live-notice level-{escape(change.level)}" '
        f'data-alert-id="{change.alert_id}">'
        f"<strong>{escape(what)}</strong>: {escape(change.client_name)} · "
        f'<a href="/clinic/alerts#alert-{change.alert_id}">Open alerts</a></p>'
    )


def format_event(change: AlertChange) -> str:
    data = notice_html(change).replace("\n", " ")
    return f"id: {change.event_id}\nevent: {EVENT_NAME}\ndata: {data}\n\n"


# --- the stream -------------------------------------------------------------------------------

_active_streams = 0
_active_lock = Lock()


def active_streams() -> int:
    """How many streams this process is serving (for tests and diagnostics only)."""
    return _active_streams


def _count(delta: int) -> None:
    global _active_streams
    with _active_lock:
        _active_streams += delta


async def alert_stream(
    subscriber: Subscriber,
    *,
    sessions: SessionSource,
    since: datetime | None = None,
    poll_seconds: float = POLL_SECONDS,
    keepalive_seconds: float = KEEPALIVE_SECONDS,
    max_seconds: float = MAX_STREAM_SECONDS,
    is_disconnected: Callable[[], Awaitable[bool]] | None = None,
) -> AsyncIterator[str]:
    """Server-sent events for one clinician until they leave, sign out, or ``max_seconds``."""
    watcher = AlertWatcher(subscriber, since=(since or utcnow()) - SINCE_MARGIN)

    def poll() -> list[AlertChange]:
        with sessions() as session:
            return watcher.poll(session)

    _count(+1)
    try:
        yield f"retry: {RETRY_MILLISECONDS}\n: connected\n\n"
        started = anyio.current_time()
        last_sent = started
        while anyio.current_time() - started < max_seconds:
            if is_disconnected is not None and await is_disconnected():
                return
            try:
                changes = await anyio.to_thread.run_sync(poll)
            except StreamEnded:
                yield "event: end\ndata: signed-out\n\n"
                return
            for change in changes:
                yield format_event(change)
                last_sent = anyio.current_time()
            if anyio.current_time() - last_sent >= keepalive_seconds:
                yield ": keep-alive\n\n"
                last_sent = anyio.current_time()
            await anyio.sleep(poll_seconds)
    finally:
        _count(-1)
