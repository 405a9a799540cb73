"""JSON API for measures (DESIGN §6): check-ins, questionnaires and the safety loop, schedules,
trends and exports. Routes are thin: parse, call one service function, shape the answer.

Submissions accept an ``Idempotency-Key`` header: a retry with the same key and body returns the
first result (``replayed: true``) and writes nothing; the same key with another body is a 409.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response, status
from fastapi.responses import JSONResponse

from tandem.accounts.deps import ClientUser, ClinicianUser
from tandem.accounts.schemas import error_responses
from tandem.accounts.scoping import get_readable_client
from tandem.accounts.streams import Stream
from tandem.core.models import utcnow
from tandem.core.web import DbSession, client_ip
from tandem.measures import export, schedule, service, trends
from tandem.measures.instruments import load_instrument
from tandem.measures.models import IDEMPOTENCY_KEY_MAX_LENGTH, QuestionnaireResponse
from tandem.measures.schemas import (
    ChangeOut,
    CheckInCreate,
    CheckInOut,
    CssrsResultOut,
    CssrsSubmit,
    DailyMoodOut,
    DeteriorationFlagOut,
    DueOut,
    InstrumentTrendOut,
    MoodPointOut,
    MoodTrendOut,
    QuestionnaireResponseOut,
    QuestionnaireResultOut,
    QuestionnaireSubmit,
    SafetyLoopOut,
    ScheduleOut,
    SchedulesPut,
    ScorePointOut,
    StreaksOut,
    TrendsOut,
)

router = APIRouter(prefix="/api/v1", tags=["measures"])

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=IDEMPOTENCY_KEY_MAX_LENGTH,
        description="Any unique string per submission; a retry with the same key is answered "
        "with the first result and stores nothing twice.",
    ),
]
Days = Annotated[int, Query(description="7, 30 or 90")]


# --- shaping ---------------------------------------------------------------------------------


def _result_out(result: service.SubmissionResult, language: str) -> QuestionnaireResultOut:
    return QuestionnaireResultOut(
        id=result.response.id,
        instrument=result.response.instrument,
        answers=list(result.score.answers),
        total=result.score.total,
        max_total=result.score.max_total,
        severity=result.score.severity,
        severity_label=result.score.severity_label,
        item9_positive=result.score.item9_positive,
        created_at=result.response.created_at,
        previous_total=result.previous.total if result.previous else None,
        change=ChangeOut.of(result.change),
        deterioration_flagged=result.deterioration_flag is not None,
        safety_loop=SafetyLoopOut.of(result.safety_loop, language=language),
        replayed=result.replayed,
    )


def _response_out(row: QuestionnaireResponse) -> QuestionnaireResponseOut:
    return QuestionnaireResponseOut(
        id=row.id,
        instrument=row.instrument,
        answers=list(row.answers),
        total=row.total,
        severity=row.severity,
        severity_label=load_instrument(row.instrument).band_for(row.total).label.get(row.locale),
        item9_positive=row.item9_positive,
        source=row.source,
        created_at=row.created_at,
    )


def _cssrs_out(submission: service.CssrsSubmission, language: str) -> CssrsResultOut:
    row = submission.response
    return CssrsResultOut(
        id=row.id,
        risk=submission.result.risk,
        reason=submission.result.reason,
        answers=dict(submission.result.answers),
        asked=list(submission.result.asked),
        positive_items=list(submission.result.positive_items),
        phq9_response_id=row.phq9_response_id,
        created_at=row.created_at,
        safety_loop=SafetyLoopOut.of(submission.safety_loop, language=language),
        replayed=submission.replayed,
    )


def trends_out(view: service.TrendsView) -> TrendsOut:
    summary = view.mood_summary
    moved = view.mood_change_since
    return TrendsOut(
        client_id=view.client.id,
        days=view.days,
        start=view.start,
        end=view.end,
        since=view.since,
        mood=MoodTrendOut(
            points=[MoodPointOut(at=at, mood=value) for at, value in view.mood_points],
            daily=[
                DailyMoodOut(date=day, mood=round(value, 2))
                for day, value in trends.daily_means(view.mood_points)
            ],
            checkins=summary.count,
            days_with_data=summary.days_with_data,
            average=round(summary.average, 2) if summary.average is not None else None,
            minimum=summary.minimum,
            maximum=summary.maximum,
            direction=summary.trend.direction,
            slope_per_week=(
                round(summary.trend.slope_per_week, 2)
                if summary.trend.slope_per_week is not None
                else None
            ),
            change_since=(
                {
                    "baseline": moved.baseline,
                    "baseline_at": moved.baseline_at.isoformat(),
                    "latest": moved.latest,
                    "latest_at": moved.latest_at.isoformat(),
                    "delta": moved.delta,
                }
                if moved
                else None
            ),
        ),
        streaks=StreaksOut(current=view.current_streak, longest_past_year=view.longest_streak),
        instruments=[
            InstrumentTrendOut(
                instrument=t.instrument_id,
                name=t.name,
                points=[
                    ScorePointOut(
                        at=p.at, total=p.total, severity=p.severity, severity_label=p.severity_label
                    )
                    for p in t.points
                    if p.at.date() >= view.start
                ],
                latest=(
                    ScorePointOut(
                        at=t.latest.at,
                        total=t.latest.total,
                        severity=t.latest.severity,
                        severity_label=t.latest.severity_label,
                    )
                    if t.latest
                    else None
                ),
                change_vs_previous=ChangeOut.of(t.change_vs_previous),
                change_in_window=ChangeOut.of(t.change_in_window),
                change_since=ChangeOut.of(t.change_since),
            )
            for t in view.instruments
        ],
        deterioration_flags=[
            DeteriorationFlagOut.model_validate(f, from_attributes=True)
            for f in view.deterioration_flags
        ],
    )


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# --- check-ins -------------------------------------------------------------------------------


@router.post(
    "/checkins",
    response_model=CheckInOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 409, 422),
    summary="Record a mood check-in",
)
def create_checkin(
    body: CheckInCreate, client: ClientUser, db: DbSession, idempotency_key: IdempotencyKey = None
) -> CheckInOut:
    result = service.create_checkin(
        db,
        client=client,
        mood=body.mood,
        emotions=body.emotions,
        energy=body.energy,
        sleep_hours=body.sleep_hours,
        sleep_quality=body.sleep_quality,
        note=body.note,
        activity=body.activity,
        source="api",
        idempotency_key=idempotency_key,
    )
    out = CheckInOut.model_validate(result.checkin)
    if result.safety_loop is not None and result.safety_loop.triggered:
        out.safety = SafetyLoopOut.of(result.safety_loop, language=service.language_of(client))
    return out


@router.get(
    "/checkins",
    response_model=list[CheckInOut],
    responses=error_responses(401, 403, 422),
    summary="My check-ins of the last `days` days, newest first",
)
def list_checkins(
    client: ClientUser, db: DbSession, days: Annotated[int, Query(ge=1, le=366)] = 30
) -> list[CheckInOut]:
    since = utcnow() - timedelta(days=days)
    rows = service.checkins_for_client(db, client_id=client.id, since=since)
    return [CheckInOut.model_validate(row) for row in rows]


# --- questionnaires --------------------------------------------------------------------------


@router.get(
    "/questionnaires/due",
    response_model=list[DueOut],
    responses=error_responses(401, 403),
    summary="Questionnaires my clinician scheduled that are due now",
)
def due(client: ClientUser, db: DbSession) -> list[DueOut]:
    return [
        DueOut(
            instrument=d.instrument_id,
            name=d.name,
            title=d.title,
            due_at=d.due_at,
            every_days=d.every_days,
            url=d.url,
        )
        for d in schedule.due_questionnaires(db, client=client)
    ]


@router.post(
    "/questionnaires/cssrs/responses",
    response_model=CssrsResultOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 404, 409, 422),
    summary="Submit the C-SSRS screener (opened by PHQ-9 item 9); high risk alerts at once",
)
def submit_cssrs(
    body: CssrsSubmit, client: ClientUser, db: DbSession, idempotency_key: IdempotencyKey = None
) -> CssrsResultOut:
    submission = service.submit_cssrs(
        db,
        client=client,
        answers=body.answers,
        phq9_response_id=body.phq9_response_id,
        source="api",
        idempotency_key=idempotency_key,
    )
    return _cssrs_out(submission, service.language_of(client))


@router.get(
    "/questionnaires/cssrs/responses",
    response_model=list[CssrsResultOut],
    responses=error_responses(401, 403),
    summary="My C-SSRS screener responses, newest first",
)
def list_cssrs(client: ClientUser, db: DbSession) -> list[CssrsResultOut]:
    language = service.language_of(client)
    return [
        _cssrs_out(service.get_cssrs_for_client(db, client=client, response_id=row.id), language)
        for row in service.cssrs_for_client(db, client_id=client.id)
    ]


@router.post(
    "/questionnaires/{instrument_id}/responses",
    response_model=QuestionnaireResultOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 404, 409, 422),
    summary="Submit a PHQ-9 or GAD-7: score, change since the last one, and the safety loop",
)
def submit_questionnaire(
    instrument_id: str,
    body: QuestionnaireSubmit,
    client: ClientUser,
    db: DbSession,
    idempotency_key: IdempotencyKey = None,
) -> QuestionnaireResultOut:
    result = service.submit_questionnaire(
        db,
        client=client,
        instrument_id=instrument_id,
        answers=body.answers,
        difficulty=body.difficulty,
        source="api",
        idempotency_key=idempotency_key,
    )
    return _result_out(result, service.language_of(client))


@router.get(
    "/questionnaires/{instrument_id}/responses",
    response_model=list[QuestionnaireResponseOut],
    responses=error_responses(401, 403, 404),
    summary="My responses to one questionnaire, newest first",
)
def list_responses(
    instrument_id: str, client: ClientUser, db: DbSession
) -> list[QuestionnaireResponseOut]:
    service.resolve_instrument(instrument_id)
    rows = service.responses_for_client(db, client_id=client.id, instrument_id=instrument_id)
    return [_response_out(row) for row in rows]


# --- trends ----------------------------------------------------------------------------------


@router.get(
    "/me/trends",
    response_model=TrendsOut,
    responses=error_responses(401, 403, 422),
    summary="My mood and scores over 7, 30 or 90 days",
)
def my_trends(client: ClientUser, db: DbSession, days: Days = 30) -> TrendsOut:
    return trends_out(service.client_trends(db, client=client, days=days))


@router.get(
    "/clients/{client_id}/trends",
    openapi_extra={"x-tandem-stream": "measures"},
    response_model=TrendsOut,
    responses=error_responses(401, 403, 404, 422),
    summary="A linked client's mood and scores, within consent (measures)",
)
def client_trends(
    client_id: uuid.UUID,
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
    days: Days = 30,
    since: Annotated[
        datetime | None, Query(description="e.g. the last session; change is shown since then")
    ] = None,
) -> TrendsOut:
    view = service.clinician_trends(
        db,
        clinician=clinician,
        client_id=client_id,
        days=days,
        since=_aware(since),
        ip=client_ip(request),
    )
    return trends_out(view)


# --- schedules and deterioration flags -------------------------------------------------------


@router.get(
    "/clients/{client_id}/schedules",
    response_model=list[ScheduleOut],
    responses=error_responses(401, 403, 404),
    openapi_extra={"x-tandem-stream": "measures"},
    summary="A linked client's questionnaire schedules",
)
def get_schedules(
    client_id: uuid.UUID, clinician: ClinicianUser, request: Request, db: DbSession
) -> list[ScheduleOut]:
    rows = schedule.clinician_schedules(
        db, clinician=clinician, client_id=client_id, ip=client_ip(request)
    )
    return [ScheduleOut.model_validate(row) for row in rows]


@router.put(
    "/clients/{client_id}/schedules",
    response_model=list[ScheduleOut],
    responses=error_responses(401, 403, 404, 422),
    summary="Set a linked client's schedules (e.g. PHQ-9 every 14 days); others are switched off",
)
def put_schedules(
    client_id: uuid.UUID,
    body: SchedulesPut,
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
) -> list[ScheduleOut]:
    rows = schedule.set_schedules(
        db,
        clinician=clinician,
        client_id=client_id,
        schedules=[
            schedule.ScheduleSpec(instrument=s.instrument, every_days=s.every_days, active=s.active)
            for s in body.schedules
        ],
        ip=client_ip(request),
    )
    return [ScheduleOut.model_validate(row) for row in rows]


@router.get(
    "/clients/{client_id}/deterioration-flags",
    openapi_extra={"x-tandem-stream": "measures"},
    response_model=list[DeteriorationFlagOut],
    responses=error_responses(401, 403, 404),
    summary="Reliable deteriorations (non-urgent) not yet acknowledged",
)
def deterioration_flags(
    client_id: uuid.UUID, clinician: ClinicianUser, request: Request, db: DbSession
) -> list[DeteriorationFlagOut]:
    get_readable_client(
        db,
        viewer=clinician,
        client_id=client_id,
        stream=Stream.MEASURES,
        ip=client_ip(request),
    )
    flags = service.deterioration_flags_for_client(db, client_id=client_id)
    return [DeteriorationFlagOut.model_validate(f, from_attributes=True) for f in flags]


@router.post(
    "/deterioration-flags/{flag_id}/acknowledge",
    response_model=DeteriorationFlagOut,
    responses=error_responses(401, 403, 404),
    summary="Mark a deterioration flag as seen",
)
def acknowledge_flag(
    flag_id: uuid.UUID, clinician: ClinicianUser, request: Request, db: DbSession
) -> DeteriorationFlagOut:
    flag = service.acknowledge_deterioration_flag(
        db, clinician=clinician, flag_id=flag_id, ip=client_ip(request)
    )
    return DeteriorationFlagOut.model_validate(flag, from_attributes=True)


# --- exports ---------------------------------------------------------------------------------


@router.get(
    "/me/export",
    responses={
        200: {"description": "JSON export, or a FHIR R4 Bundle with format=fhir"},
        **error_responses(401, 403, 422),
    },
    summary="All my measures and safety data (json) or a FHIR R4 Bundle (fhir)",
)
def my_export(
    client: ClientUser,
    request: Request,
    db: DbSession,
    format: Annotated[str, Query(max_length=8)] = "json",
) -> JSONResponse:
    data: dict[str, Any] = export.client_export(
        db, client=client, fmt=format, ip=client_ip(request)
    )
    media = "application/fhir+json" if format == "fhir" else "application/json"
    filename = "tandem-export-fhir.json" if format == "fhir" else "tandem-export.json"
    return JSONResponse(
        data,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@router.get(
    "/clients/{client_id}/fhir",
    openapi_extra={"x-tandem-stream": "measures"},
    responses={200: {"description": "FHIR R4 Bundle"}, **error_responses(401, 403, 404)},
    summary="A linked client's FHIR R4 Bundle, within consent (measures)",
)
def client_fhir(
    client_id: uuid.UUID, clinician: ClinicianUser, request: Request, db: DbSession
) -> JSONResponse:
    bundle = export.clinician_fhir(
        db, clinician=clinician, client_id=client_id, ip=client_ip(request)
    )
    return JSONResponse(
        bundle, media_type="application/fhir+json", headers={"Cache-Control": "no-store"}
    )


@router.get(
    "/clients/{client_id}/measures.csv",
    openapi_extra={"x-tandem-stream": "measures"},
    responses={
        200: {"description": "CSV", "content": {"text/csv": {}}},
        **error_responses(401, 403, 404),
    },
    summary="A linked client's check-ins and scores as CSV, within consent (measures)",
)
def client_csv(
    client_id: uuid.UUID, clinician: ClinicianUser, request: Request, db: DbSession
) -> Response:
    _, text = export.clinician_csv(
        db, clinician=clinician, client_id=client_id, ip=client_ip(request)
    )
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="measures-{client_id}.csv"',
            "Cache-Control": "no-store",
        },
    )
