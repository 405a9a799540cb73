"""HTML pages for plans: the client's safety plan (one tap away, printable) and plan, and the
clinician's editors for the treatment plan, the safety plan and the companion settings.

Forms post back to the same address. A mistake brings the form back with what was typed and the
message next to the field; a save built on an older version (someone else saved meanwhile) comes
back with both: the newer saved plan to compare, and the person's own edits to save again (the
save and what went wrong are ``tandem.plans.documents.VersionedDocument.save_form``).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import RedirectResponse
from starlette.datastructures import FormData

from tandem.accounts.deps import ClientUser, ClinicianUser, CurrentAuth, render_page
from tandem.accounts.models import User
from tandem.core.models import utcnow
from tandem.core.settings import Settings
from tandem.core.web import AppSettings, DbSession, PostedForm, client_ip
from tandem.plans import forms, service, views
from tandem.plans.catalog import skill_choices
from tandem.plans.documents import COMPANION_SETTINGS, SAFETY_PLAN, TREATMENT_PLAN, FormSave
from tandem.plans.frequency import FREQUENCY_EXAMPLES
from tandem.plans.schemas import MAX_GOALS
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


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _failure(failed: FormSave[Any] | None) -> dict[str, Any]:
    """What a page shows about a save that did not go through (nothing on a plain visit)."""
    if failed is None:
        return {"errors": {}, "notice": ""}
    return {"errors": failed.errors, "notice": failed.notice}


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
    failed: FormSave[Any] | None = None,
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
            **_failure(failed),
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
        status_code=failed.status_code if failed else 200,
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


@router.post("/safety-plan")
def my_safety_plan_save(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    form: PostedForm,
) -> Response:
    parsed = forms.parse_safety_form(form)
    outcome = SAFETY_PLAN.save_form(
        db, author=client, client_id=client.id, parsed=parsed, ip=client_ip(request)
    )
    if outcome.saved:
        return _redirect("/safety-plan?saved=1")
    values = SAFETY_PLAN.shown_again(
        db, outcome, forms.submitted_safety_values(form), viewer=client, client_id=client.id
    )
    return _client_safety_page(
        request, db, settings, auth, client, editing=True, values=values, failed=outcome
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
    failed: FormSave[Any] | None = None,
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
            **_failure(failed),
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
        status_code=failed.status_code if failed else 200,
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
    form: PostedForm,
) -> Response:
    parsed = forms.parse_plan_form(form, zone=clinician.zone)
    outcome = TREATMENT_PLAN.save_form(
        db, author=clinician, client_id=client_id, parsed=parsed, ip=client_ip(request)
    )
    if outcome.saved:
        return _redirect(f"/clinic/clients/{client_id}/plan?saved=1")
    values = TREATMENT_PLAN.shown_again(
        db, outcome, forms.submitted_plan_values(form), viewer=clinician, client_id=client_id
    )
    return _clinician_plan_page(
        request, db, settings, auth, clinician, client_id, values=values, failed=outcome
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
    failed: FormSave[Any] | None = None,
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
            **_failure(failed),
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
        status_code=failed.status_code if failed else 200,
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
    form: PostedForm,
) -> Response:
    parsed = forms.parse_safety_form(form)
    outcome = SAFETY_PLAN.save_form(
        db, author=clinician, client_id=client_id, parsed=parsed, ip=client_ip(request)
    )
    if outcome.saved:
        return _redirect(f"/clinic/clients/{client_id}/safety-plan?saved=1")
    values = SAFETY_PLAN.shown_again(
        db, outcome, forms.submitted_safety_values(form), viewer=clinician, client_id=client_id
    )
    return _clinician_safety_page(
        request, db, settings, auth, clinician, client_id, values=values, failed=outcome
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


def _submitted_settings_values(form: FormData) -> dict[str, Any]:
    """What the clinician typed, to show again beside the errors."""
    return {
        "base_version": forms.text(form, "base_version").strip(),
        "paused": forms.text(form, "paused") == "on",
        "pause_message": forms.text(form, "pause_message"),
        "daily_minutes": forms.text(form, "daily_minutes").strip(),
        "quiet_start": forms.text(form, "quiet_start").strip(),
        "quiet_end": forms.text(form, "quiet_end").strip(),
        "timezone": forms.text(form, "timezone").strip() or "UTC",
        "backend": forms.text(form, "backend").strip() or service.DEFAULT_BACKEND,
    }


def _parse_settings_form(values: dict[str, Any]) -> forms.ParsedForm:
    """The API-shaped body: empty fields left out, the version 0 unless it is a number."""
    body = {k: (v if v != "" else None) for k, v in values.items()}
    body["base_version"] = values["base_version"] if str(values["base_version"]).isdigit() else 0
    body["timezone"], body["backend"] = values["timezone"], values["backend"]
    return forms.ParsedForm(body=body)


def _companion_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Any,
    clinician: User,
    client_id: uuid.UUID,
    *,
    values: dict[str, Any] | None = None,
    failed: FormSave[Any] | None = None,
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
            **_failure(failed),
            "backends": state.allowed_backends,
            "saved": request.query_params.get("saved") == "1",
        },
        auth=auth,
        settings=settings,
        status_code=failed.status_code if failed else 200,
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
    form: PostedForm,
) -> Response:
    values = _submitted_settings_values(form)
    outcome = COMPANION_SETTINGS.save_form(
        db,
        author=clinician,
        client_id=client_id,
        parsed=_parse_settings_form(values),
        ip=client_ip(request),
    )
    if outcome.saved:
        return _redirect(f"/clinic/clients/{client_id}/companion?saved=1")
    values = COMPANION_SETTINGS.shown_again(
        db, outcome, values, viewer=clinician, client_id=client_id
    )
    return _companion_page(
        request, db, settings, auth, clinician, client_id, values=values, failed=outcome
    )
