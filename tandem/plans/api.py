"""JSON API for plans: the clinician's treatment plan, safety plan, companion settings and
adherence for a linked client, and the client's own view of their plan and safety plan.

Routes are thin: parse, call one service function, shape the answer (for the versioned documents,
one call to ``tandem.plans.documents`` does both). Clinician routes reach the client only through
the scoping function (inside the service), which audits the read.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from pydantic import AwareDatetime

from tandem.accounts.deps import ClientUser, ClinicianUser
from tandem.accounts.schemas import error_responses
from tandem.core.web import DbSession, client_ip
from tandem.plans import service, views
from tandem.plans.documents import COMPANION_SETTINGS, SAFETY_PLAN, TREATMENT_PLAN
from tandem.plans.schemas import (
    AdherenceOut,
    ClientPlanOut,
    CompanionSettingsIn,
    CompanionSettingsOut,
    HomeworkOut,
    PlanOut,
    PlanUpdate,
    PlanVersionDetailOut,
    PlanVersionOut,
    SafetyPlanOut,
    SafetyPlanUpdate,
)

router = APIRouter(prefix="/api/v1", tags=["plans"])

ClientId = Annotated[uuid.UUID, Path(description="The client's id")]
HomeworkId = Annotated[str, Path(max_length=36)]
_READ = error_responses(401, 403, 404)
_WRITE = error_responses(401, 403, 404, 409, 422)


# --- clinician: treatment plan ------------------------------------------------------------------


@router.get(
    "/clients/{client_id}/plan",
    response_model=PlanOut,
    responses=_READ,
    summary="A linked client's treatment plan (version 0 and empty when none was written)",
)
def get_client_plan(
    client_id: ClientId, clinician: ClinicianUser, request: Request, db: DbSession
) -> PlanOut:
    return TREATMENT_PLAN.read_out(db, viewer=clinician, client_id=client_id, ip=client_ip(request))


@router.put(
    "/clients/{client_id}/plan",
    response_model=PlanOut,
    responses=_WRITE,
    summary="Save a new version of the treatment plan; send the version you edited (409 if stale)",
)
def put_client_plan(
    client_id: ClientId,
    body: PlanUpdate,
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
) -> PlanOut:
    return TREATMENT_PLAN.save_out(
        db, author=clinician, client_id=client_id, update=body, ip=client_ip(request)
    )


@router.get(
    "/clients/{client_id}/plan/versions",
    response_model=list[PlanVersionOut],
    responses=_READ,
    summary="Every version of the treatment plan, newest first: who, when, what changed",
)
def get_plan_versions(
    client_id: ClientId, clinician: ClinicianUser, request: Request, db: DbSession
) -> list[PlanVersionOut]:
    return TREATMENT_PLAN.versions_out(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )


@router.get(
    "/clients/{client_id}/plan/versions/{version}",
    response_model=PlanVersionDetailOut,
    responses=_READ,
    summary="One earlier version of the treatment plan in full",
)
def get_plan_version(
    client_id: ClientId,
    version: Annotated[int, Path(ge=1)],
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
) -> PlanVersionDetailOut:
    info, document = service.plan_version(
        db, viewer=clinician, client_id=client_id, version=version, ip=client_ip(request)
    )
    return PlanVersionDetailOut(**views.version_out(info).model_dump(), content=document)


@router.get(
    "/clients/{client_id}/adherence",
    response_model=AdherenceOut,
    responses=_READ,
    summary="Practice expected versus done per assigned technique, and homework, since a time",
)
def get_client_adherence(
    client_id: ClientId,
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
    since: Annotated[
        AwareDatetime | None, Query(description="Start of the period (default: 7 days ago)")
    ] = None,
) -> AdherenceOut:
    result = service.read_adherence(
        db, viewer=clinician, client_id=client_id, since=since, ip=client_ip(request)
    )
    return views.adherence_out(result)


# --- clinician: safety plan and companion settings ----------------------------------------------


@router.get(
    "/clients/{client_id}/safety-plan",
    response_model=SafetyPlanOut,
    responses=_READ,
    summary="A linked client's safety plan",
)
def get_client_safety_plan(
    client_id: ClientId, clinician: ClinicianUser, request: Request, db: DbSession
) -> SafetyPlanOut:
    return SAFETY_PLAN.read_out(db, viewer=clinician, client_id=client_id, ip=client_ip(request))


@router.put(
    "/clients/{client_id}/safety-plan",
    response_model=SafetyPlanOut,
    responses=_WRITE,
    summary="Save the safety plan written with the client; send the version you edited",
)
def put_client_safety_plan(
    client_id: ClientId,
    body: SafetyPlanUpdate,
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
) -> SafetyPlanOut:
    return SAFETY_PLAN.save_out(
        db, author=clinician, client_id=client_id, update=body, ip=client_ip(request)
    )


@router.get(
    "/clients/{client_id}/safety-plan/versions",
    response_model=list[PlanVersionOut],
    responses=_READ,
    summary="Every version of the safety plan, newest first, with its author and role",
)
def get_client_safety_plan_versions(
    client_id: ClientId, clinician: ClinicianUser, request: Request, db: DbSession
) -> list[PlanVersionOut]:
    return SAFETY_PLAN.versions_out(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )


@router.get(
    "/clients/{client_id}/companion-settings",
    response_model=CompanionSettingsOut,
    responses=_READ,
    summary="Pause, daily minutes, quiet hours and backend for a linked client's companion",
)
def get_companion_settings(
    client_id: ClientId, clinician: ClinicianUser, request: Request, db: DbSession
) -> CompanionSettingsOut:
    return COMPANION_SETTINGS.read_out(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )


@router.put(
    "/clients/{client_id}/companion-settings",
    response_model=CompanionSettingsOut,
    responses=_WRITE,
    summary="Change the companion settings; send the version you edited (409 if stale)",
)
def put_companion_settings(
    client_id: ClientId,
    body: CompanionSettingsIn,
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
) -> CompanionSettingsOut:
    return COMPANION_SETTINGS.save_out(
        db, author=clinician, client_id=client_id, update=body, ip=client_ip(request)
    )


# --- client -------------------------------------------------------------------------------------


@router.get(
    "/me/plan",
    response_model=ClientPlanOut,
    responses=error_responses(401, 403),
    summary="My plan: goals, techniques to practise, homework and my next session",
)
def get_my_plan(client: ClientUser, db: DbSession) -> ClientPlanOut:
    state = service.read_plan(db, viewer=client, client_id=client.id)
    return views.client_plan_out(state)


@router.post(
    "/me/homework/{homework_id}/complete",
    response_model=HomeworkOut,
    responses=error_responses(401, 403, 404, 409),
    summary="Mark one of my homework items done (doing it again once done changes nothing)",
)
def complete_my_homework(
    homework_id: HomeworkId, client: ClientUser, request: Request, db: DbSession
) -> HomeworkOut:
    state, item = service.complete_homework(
        db, actor=client, client_id=client.id, homework_id=homework_id, ip=client_ip(request)
    )
    return next(h for h in views.client_plan_out(state).homework if h.id == item.id)


@router.get(
    "/me/safety-plan",
    response_model=SafetyPlanOut,
    responses=error_responses(401, 403),
    summary="My safety plan",
)
def get_my_safety_plan(client: ClientUser, db: DbSession) -> SafetyPlanOut:
    return SAFETY_PLAN.read_out(db, viewer=client, client_id=client.id)


@router.put(
    "/me/safety-plan",
    response_model=SafetyPlanOut,
    responses=error_responses(401, 403, 409, 422),
    summary="Save my safety plan; send the version I edited (409 if my clinician changed it since)",
)
def put_my_safety_plan(
    body: SafetyPlanUpdate, client: ClientUser, request: Request, db: DbSession
) -> SafetyPlanOut:
    return SAFETY_PLAN.save_out(
        db, author=client, client_id=client.id, update=body, ip=client_ip(request)
    )


@router.get(
    "/me/safety-plan/versions",
    response_model=list[PlanVersionOut],
    responses=error_responses(401, 403),
    summary="Who changed my safety plan and when",
)
def get_my_safety_plan_versions(client: ClientUser, db: DbSession) -> list[PlanVersionOut]:
    return SAFETY_PLAN.versions_out(db, viewer=client, client_id=client.id)
