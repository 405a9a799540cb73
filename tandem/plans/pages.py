"""HTML pages for plans: the client's safety plan (one tap away, printable) and plan, and the
clinician's editors for the treatment plan, the safety plan and the companion settings.

Forms post back to the same address. A mistake brings the form back with what was typed and the
message next to the field; a save built on an older version (someone else saved meanwhile) comes
back with both: the newer saved plan to compare, and the person's own edits to save again.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from starlette.datastructures import FormData

from tandem.accounts.deps import ClientUser, ClinicianUser, CurrentAuth, render_page
from tandem.accounts.models import User
from tandem.core.errors import Conflict, InvalidInput
from tandem.core.models import utcnow
from tandem.core.settings import Settings
from tandem.core.web import AppSettings, DbSession, client_ip
from tandem.plans import forms, service, views
from tandem.plans.catalog import skill_choices
from tandem.plans.frequency import FREQUENCY_EXAMPLES
from tandem.plans.schemas import (
    MAX_GOALS,
    CompanionSettingsIn,
    PlanUpdate,
    SafetyPlanUpdate,
)
from tandem.safety.service import resources_for_client

router = APIRouter(include_in_schema=False)

BLANK_ROWS = 2  # empty rows offered for new items; more appear after each save
COMMON_TOPICS = (
    "trauma-processing",
    "breath-holding",
    "medication",
    "diagnosis",
    "eating",
    "substance-use",
    "exposure",
)

# The seven Stanley–Brown steps in the client's own voice, in the order they are used in a crisis.
SAFETY_SECTIONS: tuple[dict[str, str], ...] = (
    {
        "key": "warning_signs",
        "title": "Warning signs",
        "hint": "Thoughts, feelings, situations or things I do that tell me a crisis may be "
        "starting.",
        "kind": "list",
    },
    {
        "key": "coping_strategies",
        "title": "Things I can do on my own",
        "hint": "Ways to take my mind off things without contacting anyone: moving, breathing, "
        "music, a hobby.",
        "kind": "list",
    },
    {
        "key": "distractions",
        "title": "People and places that take my mind off things",
        "hint": "Friends to spend time with, or places with people around, like a café or park.",
        "kind": "contacts",
    },
    {
        "key": "help_contacts",
        "title": "People I can ask for help",
        "hint": "People I can tell that I am struggling.",
        "kind": "contacts",
    },
    {
        "key": "professionals",
        "title": "Professionals and crisis lines",
        "hint": "My clinician, my clinic, and crisis lines I can call or text at any hour.",
        "kind": "contacts",
    },
    {
        "key": "environment_safety",
        "title": "Making my surroundings safer",
        "hint": "Steps to keep things I could use to hurt myself out of reach, and who can help.",
        "kind": "list",
    },
    {
        "key": "reasons_for_living",
        "title": "My reasons for living",
        "hint": "The people, plans and things that matter most to me.",
        "kind": "list",
    },
)


def _contact_rows(values: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {
        section: forms.with_blank_rows(values.get(section) or [], BLANK_ROWS)
        for section in forms.SAFETY_CONTACT_SECTIONS
    }


async def form_data(request: Request) -> FormData:
    """The posted form, read once (the CSRF check has usually read it already; it is cached)."""
    return await request.form()


Form = Annotated[FormData, Depends(form_data)]


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _conflict_message(exc: Conflict) -> str:
    return (
        f"{exc.message} Your edits are below and have not been saved yet; the saved version is "
        "shown for comparison. Saving again will replace it with your edits."
    )


# --- client: safety plan ------------------------------------------------------------------------


def _client_safety_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Any,
    client: User,
    *,
    editing: bool,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    notice: str = "",
    status_code: int = 200,
) -> Response:
    state = service.read_safety_plan(db, viewer=client, client_id=client.id)
    if values is None:
        values = forms.safety_form_values(state.document, version=state.version)
    resources = resources_for_client(db, client=client)
    lang = (client.locale or "en")[:2]
    return render_page(
        request,
        "plans/safety_plan.html",
        {
            "state": state,
            "plan": state.document,
            "editing": editing,
            "values": values,
            "errors": errors or {},
            "notice": notice,
            "sections": SAFETY_SECTIONS,
            "tel": forms.tel_href,
            "rows": _contact_rows(values),
            "resources": resources,
            "call_emergency": resources.call_emergency(lang),
            "language": lang,
            "action": "/safety-plan",
            "cancel_url": "/safety-plan",
            "saved": request.query_params.get("saved") == "1",
            "for_clinician": False,
            "history": [],
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/safety-plan")
def my_safety_plan(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    return _client_safety_page(request, db, settings, auth, client, editing=False)


@router.get("/safety-plan/edit")
def my_safety_plan_edit(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    return _client_safety_page(request, db, settings, auth, client, editing=True)


def _save_safety_from_form(
    db: DbSession, *, author: User, client_id: uuid.UUID, form: FormData, ip: str | None
) -> tuple[dict[str, str], str, Any]:
    """Returns (errors, conflict notice, saved state or None)."""
    parsed = forms.parse_safety_form(form)
    try:
        update = SafetyPlanUpdate.model_validate(parsed.body)
    except ValidationError as exc:
        return forms.field_errors(exc, parsed), "", None
    try:
        state = service.save_safety_plan(
            db, author=author, client_id=client_id, update=update, ip=ip
        )
    except Conflict as exc:
        return {}, _conflict_message(exc), None
    except InvalidInput as exc:
        return {"form": exc.message}, "", None
    return {}, "", state


@router.post("/safety-plan")
def my_safety_plan_save(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    form: Form,
) -> Response:
    errors, notice, saved = _save_safety_from_form(
        db, author=client, client_id=client.id, form=form, ip=client_ip(request)
    )
    if saved is not None:
        return _redirect("/safety-plan?saved=1")
    values = forms.submitted_safety_values(form)
    if notice:
        values["base_version"] = service.read_safety_plan(
            db, viewer=client, client_id=client.id
        ).version
    return _client_safety_page(
        request,
        db,
        settings,
        auth,
        client,
        editing=True,
        values=values,
        errors=errors,
        notice=notice,
        status_code=409 if notice else 422,
    )


# --- client: my plan ----------------------------------------------------------------------------


@router.get("/my-plan")
def my_plan(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    state = service.read_plan(db, viewer=client, client_id=client.id)
    return render_page(
        request,
        "plans/my_plan.html",
        {
            "plan": views.client_plan_out(state),
            "zone": client.zone,
            "done": request.query_params.get("done") == "1",
        },
        auth=auth,
        settings=settings,
    )


@router.post("/my-plan/homework/{homework_id}/complete")
def my_homework_complete(
    homework_id: Annotated[str, Path(max_length=36)],
    request: Request,
    db: DbSession,
    client: ClientUser,
) -> Response:
    service.complete_homework(
        db, actor=client, client_id=client.id, homework_id=homework_id, ip=client_ip(request)
    )
    return _redirect("/my-plan?done=1")


# --- clinician: treatment plan ------------------------------------------------------------------


def _clinician_plan_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Any,
    clinician: User,
    client_id: uuid.UUID,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    notice: str = "",
    status_code: int = 200,
) -> Response:
    now = utcnow()
    workspace = service.plan_workspace(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request), now=now
    )
    state = workspace.state
    zone = clinician.zone
    if values is None:
        values = forms.plan_form_values(state.document, version=state.version, zone=zone)
    return render_page(
        request,
        "plans/clinic_plan.html",
        {
            "client": workspace.client,
            "state": state,
            "plan": views.plan_out(state, now),
            "values": values,
            "errors": errors or {},
            "notice": notice,
            "history": workspace.history,
            "adherence": workspace.adherence,
            "rows": {
                key: forms.with_blank_rows(values.get(key) or [], BLANK_ROWS)
                for key in ("techniques", "homework", "wording", "sessions")
            },
            "homework_by_id": {h.id: h for h in views.plan_out(state, now).homework},
            "skills": skill_choices(),
            "topics": COMMON_TOPICS,
            "frequency_examples": FREQUENCY_EXAMPLES,
            "blank_rows": BLANK_ROWS,
            "max_goals": MAX_GOALS,
            "zone": zone,
            "saved": request.query_params.get("saved") == "1",
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/clinic/clients/{client_id}/plan")
def clinician_plan(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    return _clinician_plan_page(request, db, settings, auth, clinician, client_id)


@router.post("/clinic/clients/{client_id}/plan")
def clinician_plan_save(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    form: Form,
) -> Response:
    parsed = forms.parse_plan_form(form, zone=clinician.zone)
    errors: dict[str, str] = dict(parsed.errors)
    notice = ""
    if not errors:
        try:
            update = PlanUpdate.model_validate(parsed.body)
            service.save_plan(
                db, author=clinician, client_id=client_id, update=update, ip=client_ip(request)
            )
            return _redirect(f"/clinic/clients/{client_id}/plan?saved=1")
        except ValidationError as exc:
            errors = forms.field_errors(exc, parsed)
        except Conflict as exc:
            notice = _conflict_message(exc)
        except InvalidInput as exc:
            errors = {"form": exc.message}
    values = forms.submitted_plan_values(form)
    if notice:
        values["base_version"] = service.get_plan(db, client_id=client_id).version
    return _clinician_plan_page(
        request,
        db,
        settings,
        auth,
        clinician,
        client_id,
        values=values,
        errors=errors,
        notice=notice,
        status_code=409 if notice else 422,
    )


# --- clinician: safety plan ---------------------------------------------------------------------


def _clinician_safety_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Any,
    clinician: User,
    client_id: uuid.UUID,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    notice: str = "",
    status_code: int = 200,
) -> Response:
    workspace = service.safety_workspace(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )
    state = workspace.state
    if values is None:
        values = forms.safety_form_values(state.document, version=state.version)
    return render_page(
        request,
        "plans/safety_plan.html",
        {
            "client": workspace.client,
            "state": state,
            "plan": state.document,
            "editing": True,
            "values": values,
            "errors": errors or {},
            "notice": notice,
            "sections": SAFETY_SECTIONS,
            "tel": forms.tel_href,
            "rows": _contact_rows(values),
            "resources": None,
            "action": f"/clinic/clients/{client_id}/safety-plan",
            "cancel_url": f"/clinic/clients/{client_id}",
            "saved": request.query_params.get("saved") == "1",
            "for_clinician": True,
            "history": workspace.history,
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/clinic/clients/{client_id}/safety-plan")
def clinician_safety_plan(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    return _clinician_safety_page(request, db, settings, auth, clinician, client_id)


@router.post("/clinic/clients/{client_id}/safety-plan")
def clinician_safety_plan_save(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    form: Form,
) -> Response:
    errors, notice, saved = _save_safety_from_form(
        db, author=clinician, client_id=client_id, form=form, ip=client_ip(request)
    )
    if saved is not None:
        return _redirect(f"/clinic/clients/{client_id}/safety-plan?saved=1")
    values = forms.submitted_safety_values(form)
    if notice:
        values["base_version"] = service.read_safety_plan(
            db, viewer=clinician, client_id=client_id
        ).version
    return _clinician_safety_page(
        request,
        db,
        settings,
        auth,
        clinician,
        client_id,
        values=values,
        errors=errors,
        notice=notice,
        status_code=409 if notice else 422,
    )


# --- clinician: companion settings --------------------------------------------------------------


def _settings_values(state: service.SettingsState) -> dict[str, Any]:
    out = views.settings_out(state)
    return {
        "base_version": out.version,
        "paused": out.paused,
        "pause_message": out.pause_message or "",
        "daily_minutes": "" if out.daily_minutes is None else str(out.daily_minutes),
        "quiet_start": out.quiet_start.strftime("%H:%M") if out.quiet_start else "",
        "quiet_end": out.quiet_end.strftime("%H:%M") if out.quiet_end else "",
        "timezone": out.timezone,
        "backend": out.backend,
    }


def _companion_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Any,
    clinician: User,
    client_id: uuid.UUID,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    notice: str = "",
    status_code: int = 200,
) -> Response:
    state = service.read_companion_settings(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )
    return render_page(
        request,
        "plans/companion_settings.html",
        {
            "client": state.client,
            "state": state,
            "values": values if values is not None else _settings_values(state),
            "errors": errors or {},
            "notice": notice,
            "backends": state.allowed_backends,
            "saved": request.query_params.get("saved") == "1",
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/clinic/clients/{client_id}/companion")
def clinician_companion(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    return _companion_page(request, db, settings, auth, clinician, client_id)


@router.post("/clinic/clients/{client_id}/companion")
def clinician_companion_save(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
    form: Form,
) -> Response:
    values = {
        "base_version": forms.text(form, "base_version").strip(),
        "paused": forms.text(form, "paused") == "on",
        "pause_message": forms.text(form, "pause_message"),
        "daily_minutes": forms.text(form, "daily_minutes").strip(),
        "quiet_start": forms.text(form, "quiet_start").strip(),
        "quiet_end": forms.text(form, "quiet_end").strip(),
        "timezone": forms.text(form, "timezone").strip() or "UTC",
        "backend": forms.text(form, "backend").strip() or service.DEFAULT_BACKEND,
    }
    body = {k: (v if v != "" else None) for k, v in values.items()}
    body["base_version"] = values["base_version"] if str(values["base_version"]).isdigit() else 0
    body["timezone"], body["backend"] = values["timezone"], values["backend"]
    errors: dict[str, str] = {}
    notice = ""
    try:
        update = CompanionSettingsIn.model_validate(body)
        service.save_companion_settings(
            db, author=clinician, client_id=client_id, update=update, ip=client_ip(request)
        )
        return _redirect(f"/clinic/clients/{client_id}/companion?saved=1")
    except ValidationError as exc:
        errors = forms.field_errors(exc, forms.ParsedForm(body=body))
    except Conflict as exc:
        notice = _conflict_message(exc)
    except InvalidInput as exc:
        errors = {"backend" if "backend" in exc.message else "form": exc.message}
    if notice:
        state = service.read_companion_settings(db, viewer=clinician, client_id=client_id)
        values["base_version"] = state.version
    return _companion_page(
        request,
        db,
        settings,
        auth,
        clinician,
        client_id,
        values=values,
        errors=errors,
        notice=notice,
        status_code=409 if notice else 422,
    )
