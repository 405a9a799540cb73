"""Alerts pages for clinicians: the inbox, acknowledgement, availability, and the live stream."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, Response
from fastapi.responses import RedirectResponse, StreamingResponse

from tandem.accounts.deps import CSRF_FIELD, ClinicianUser, CurrentAuth, render_page
from tandem.clinic import alerts_service
from tandem.clinic.alerts_service import ACTION_LABELS, LEVEL_HEADINGS, URGENCY_LEVELS, Window
from tandem.clinic.events import EVENTS_PATH, SessionSource, Subscriber, alert_stream, read_sessions
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.core.web import AppSettings, DbSession, PostedForm, client_ip, get_database
from tandem.safety import service as safety_service

router = APIRouter(include_in_schema=False)

ALERTS_PATH = "/clinic/alerts"


def poll_sessions(request: Request) -> SessionSource:
    """Where the event stream reads from (tests override this to see their own transaction)."""
    return read_sessions(get_database(request))


PollSessions = Annotated[SessionSource, Depends(poll_sessions)]


class Clock:
    """Formats times for one clinician: their timezone, short and unambiguous."""

    def __init__(self, timezone: str | None, now: datetime) -> None:
        self.tz = alerts_service.zone(timezone)
        self.tz_name = timezone or "UTC"
        self.now = now

    def at(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        local = value.astimezone(self.tz)
        today = self.now.astimezone(self.tz).date()
        if local.date() == today:
            return f"today {local:%H:%M}"
        if local.date() == today - timedelta(days=1):
            return f"yesterday {local:%H:%M}"
        return f"{local:%a %d %b, %H:%M}"

    def iso(self, value: datetime) -> str:
        return value.astimezone(UTC).isoformat()

    def until(self, value: datetime) -> str:
        minutes = int((value - self.now).total_seconds() // 60)
        if minutes >= 0:
            return f"in {_span(minutes)}"
        return f"overdue by {_span(-minutes)}"


def _span(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _inbox_context(request: Request, db: DbSession, clinician: Any) -> dict[str, Any]:
    now = utcnow()
    inbox = alerts_service.build_inbox(db, clinician=clinician, now=now, ip=client_ip(request))
    return {
        "inbox": inbox,
        "levels": URGENCY_LEVELS,
        "level_headings": LEVEL_HEADINGS,
        "action_labels": ACTION_LABELS,
        "clock": Clock(clinician.timezone, now),
        "events_url": f"{EVENTS_PATH}?since={now.astimezone(UTC).isoformat()}",
    }


@router.get(ALERTS_PATH)
def alerts_page(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    acknowledged: uuid.UUID | None = None,
) -> Response:
    context = _inbox_context(request, db, clinician)
    context["just_acknowledged"] = acknowledged
    return render_page(request, "clinic/alerts.html", context, auth=auth, settings=settings)


@router.get(ALERTS_PATH + "/open")
def alerts_open_fragment(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    """The open alerts section alone, re-fetched by the page when the stream says so."""
    context = _inbox_context(request, db, clinician)
    return render_page(request, "clinic/alerts_open.html", context, auth=auth, settings=settings)


@router.post(ALERTS_PATH + "/{alert_id}/acknowledge")
def acknowledge_alert(
    alert_id: uuid.UUID,
    request: Request,
    db: DbSession,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    action: Annotated[str, Form(max_length=40)],
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD, max_length=200)] = "",
) -> Response:
    # csrf_token is checked by the auth dependency; it is declared so the form parses cleanly.
    safety_service.acknowledge_alert(
        db, clinician=clinician, alert_id=alert_id, action=action, note=note, ip=client_ip(request)
    )
    return RedirectResponse(f"{ALERTS_PATH}?acknowledged={alert_id}#history", status_code=303)


@router.get(EVENTS_PATH)
async def clinic_events(
    request: Request,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    sessions: PollSessions,
    since: str | None = None,
) -> StreamingResponse:
    """Server-sent events: ``event: alert`` when a linked client's alert opens or escalates."""
    subscriber = Subscriber(
        clinician_id=clinician.id,
        web_session_id=auth.web_session.id if auth.web_session else None,
        api_token_id=auth.api_token.id if auth.api_token else None,
    )
    stream = alert_stream(
        subscriber,
        sessions=sessions,
        since=_parse_since(since),
        is_disconnected=request.is_disconnected,
    )
    return StreamingResponse(
        stream,
        media_type="text/event-stream",
        headers={"X-Accel-Buffering": "no", "Cache-Control": "no-store"},
    )


def _parse_since(value: str | None) -> datetime | None:
    """The page's read time, trusted only within the last hour (older means: from now)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "+"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    now = utcnow()
    if not now - timedelta(hours=1) <= parsed <= now + timedelta(minutes=1):
        return None
    return parsed


# --- availability ------------------------------------------------------------------------------


def _availability_page(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: Any,
    *,
    error: str | None = None,
    saved: bool = False,
    status_code: int = 200,
) -> Response:
    windows = alerts_service.availability_windows(db, clinician_ids=[clinician.id]).get(
        clinician.id, []
    )
    by_day = {w.weekday: w for w in windows}
    days = [
        {
            "index": i,
            "name": name,
            "on": i in by_day,
            "start": _clock(by_day[i].start_minute) if i in by_day else "09:00",
            "end": _clock(by_day[i].end_minute) if i in by_day else "17:00",
        }
        for i, name in enumerate(alerts_service.WEEKDAYS)
    ]
    return render_page(
        request,
        "clinic/alerts_availability.html",
        {
            "days": days,
            "configured": bool(windows),
            "error": error,
            "saved": saved,
            "timezone": clinician.timezone,
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@router.get(ALERTS_PATH + "/availability")
def availability_page(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    return _availability_page(request, db, settings, auth, clinician)


@router.post(ALERTS_PATH + "/availability")
def save_availability(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    form: PostedForm,
) -> Response:
    windows: list[Window] = []
    try:
        for day in range(7):
            if form.get(f"day{day}_on") != "on":
                continue
            start = alerts_service.parse_clock(str(form.get(f"day{day}_start", "")))
            end = alerts_service.parse_clock(str(form.get(f"day{day}_end", "")))
            if start >= end:
                raise InvalidInput(
                    f"{alerts_service.WEEKDAYS[day]}: the start must be before the end."
                )
            windows.append(Window(day, start, end))
        alerts_service.set_availability(
            db, clinician=clinician, windows=windows, ip=client_ip(request)
        )
    except InvalidInput as exc:
        return _availability_page(
            request, db, settings, auth, clinician, error=exc.message, status_code=422
        )
    return _availability_page(request, db, settings, auth, clinician, saved=True)
