"""HTML pages for measures: the one-screen check-in, PHQ-9/GAD-7 with the item-9 safety loop, the
C-SSRS screener, the client's progress and the clinician's trend view.

Everything works without JavaScript: forms post back, a mistake re-renders the form with the
message next to the question, success redirects (post/redirect/get). Each form carries the CSRF
token and a fresh idempotency key, so a double tap or a browser resubmission stores nothing twice.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from tandem.accounts.deps import ClientUser, ClinicianUser, CurrentAuth, render_page
from tandem.accounts.models import User
from tandem.core.errors import InvalidInput
from tandem.core.settings import Settings
from tandem.core.web import AppSettings, DbSession, PostedForm, client_ip
from tandem.measures import schedule, service
from tandem.measures.change import ChangeResult
from tandem.measures.instruments import Instrument, load_instrument
from tandem.measures.scoring import CSSRS_ID, SCORED_INSTRUMENTS
from tandem.safety.service import resources_for_client

router = APIRouter(include_in_schema=False)

MOOD_WORDS = {0: "Very low", 5: "Okay", 10: "Very good"}

# The words of the safety panels and the C-SSRS form in the client's language (DESIGN §3: reply
# in the client's language). Crisis resources and their instructions come from the safety data.
SAFETY_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "thanks_heading": "Thank you for telling us",
        "thanks_note_heading": "Thank you for writing this down",
        "item9_urgent_lead": "You said these thoughts come often.",
        "note_urgent_lead": "What you wrote sounds serious.",
        "cssrs_urgent_lead": "Thank you for your honest answers.",
        "cssrs_body": "You told us about thoughts of death or of ending your life. Many people "
        "have thoughts like these, and you do not have to face them alone.",
        "urgent_strong": "Your safety matters most right now.",
        "urgent_rest": "Please reach out to someone now. If you can, stay with a person you trust.",
        "item9_body": "You said you have had thoughts that you would be better off dead or of "
        "hurting yourself. Many people have thoughts like these, and you do not have to face "
        "them alone.",
        "note_body": "It sounds like things are hard right now. You do not have to carry this "
        "alone.",
        "alerted": "We have let your clinician know, so they can follow up with you.",
        "alerted_urgent": "We have let your clinician know, so they can follow up with you as "
        "soon as possible.",
        "not_watched_also": "Tandem is not watched by a person all the time, so please also use "
        "the help below if you need it now.",
        "not_watched": "Tandem is not watched by a person in real time. These services are there "
        "for you, day and night.",
        "crisis_first": "If you are in danger or might act on these thoughts, {call} now.",
        "call": "Call",
        "safety_plan": "Open my safety plan",
        "more_questions": "A few more questions, please",
        "more_questions_body": "These short yes/no questions help you and your clinician "
        "understand how you are right now.",
        "cssrs_if_q2": "Answer questions 3 to 5 only if you answered Yes to question 2.",
        "cssrs_if_above": "Answer this only if you answered Yes to the question above.",
        "missing": "Some questions still need an answer. They are marked below.",
        "send": "Send my answers",
        "yes": "Yes",
        "no": "No",
    },
    "es": {
        "thanks_heading": "Gracias por contárnoslo",
        "thanks_note_heading": "Gracias por escribirlo",
        "item9_urgent_lead": "Dijiste que estos pensamientos aparecen a menudo.",
        "note_urgent_lead": "Lo que escribiste suena serio.",
        "cssrs_urgent_lead": "Gracias por tus respuestas sinceras.",
        "cssrs_body": "Nos contaste que has tenido pensamientos sobre la muerte o sobre quitarte "
        "la vida. Mucha gente tiene pensamientos así, y no tienes que enfrentarlos solo/a.",
        "urgent_strong": "Lo más importante ahora es tu seguridad.",
        "urgent_rest": "Por favor, busca a alguien ahora. Si puedes, quédate con una persona "
        "de confianza.",
        "item9_body": "Dijiste que has tenido pensamientos de que estarías mejor muerto/a o de "
        "hacerte daño. Mucha gente tiene pensamientos así, y no tienes que enfrentarlos solo/a.",
        "note_body": "Parece que las cosas están difíciles ahora. No tienes que cargar con esto "
        "solo/a.",
        "alerted": "Le avisamos a tu profesional para que pueda ponerse en contacto contigo.",
        "alerted_urgent": "Le avisamos a tu profesional para que pueda ponerse en contacto "
        "contigo lo antes posible.",
        "not_watched_also": "Tandem no está atendido por una persona todo el tiempo, así que usa "
        "también la ayuda de abajo si la necesitas ahora.",
        "not_watched": "Tandem no está atendido por una persona en tiempo real. Estos servicios "
        "están para ti, de día y de noche.",
        "crisis_first": "Si estás en peligro o podrías actuar según estos pensamientos, "
        "{call} ahora.",
        "call": "Llamar al",
        "safety_plan": "Abrir mi plan de seguridad",
        "more_questions": "Unas preguntas más, por favor",
        "more_questions_body": "Estas preguntas breves de sí o no te ayudan a ti y a tu "
        "profesional a entender cómo estás ahora.",
        "cssrs_if_q2": "Responde las preguntas 3 a 5 solo si respondiste Sí a la pregunta 2.",
        "cssrs_if_above": "Responde esta solo si respondiste Sí a la pregunta anterior.",
        "missing": "Faltan respuestas a algunas preguntas. Están marcadas abajo.",
        "send": "Enviar mis respuestas",
        "yes": "Sí",
        "no": "No",
    },
}


def safety_text(language: str) -> dict[str, str]:
    return SAFETY_TEXT.get(language, SAFETY_TEXT["en"])


ENERGY_WORDS = {0: "None", 5: "Some", 10: "Lots"}


def plain_change(change: ChangeResult | None, name: str) -> str:
    """The change since the previous questionnaire in plain words (for clients, not clinicians)."""
    if change is None:
        return ""
    points = abs(change.delta)
    unit = "point" if points == 1 else "points"
    if change.direction == "improved":
        return (
            f"Your score went down by {points} {unit} since your last {name}. "
            "That is a real improvement."
        )
    if change.direction == "deteriorated":
        return (
            f"Your score went up by {points} {unit} since your last {name}. That is a real "
            "change, so it is worth talking about with your clinician or someone you trust."
        )
    if change.delta == 0:
        return f"The same score as your last {name}."
    way = "up" if change.delta > 0 else "down"
    return f"Your score went {way} by {points} {unit} since your last {name}: about the same."


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _text(form: FormData, name: str, max_length: int = 5000) -> str:
    value = form.get(name)
    return value.strip()[:max_length] if isinstance(value, str) else ""


# --- check-in --------------------------------------------------------------------------------


def _checkin_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Any,
    client: User,
    *,
    values: dict[str, Any],
    errors: dict[str, str],
    status_code: int = 200,
) -> Response:
    language = service.language_of(client)
    return render_page(
        request,
        "measures/checkin.html",
        {
            "values": values,
            "errors": errors,
            "emotions": [(key, labels[language]) for key, labels in service.EMOTIONS.items()],
            "mood_words": MOOD_WORDS,
            "energy_words": ENERGY_WORDS,
            "sleep_quality_labels": service.SLEEP_QUALITY_LABELS,
            "due": schedule.due_questionnaires(db, client=client),
            "idempotency_key": values.get("idempotency_key") or uuid.uuid4().hex,
            "note_max": service.NOTE_MAX_LENGTH,
            "activity_max": service.ACTIVITY_MAX_LENGTH,
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/checkin")
def checkin_form(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    return _checkin_page(request, db, settings, auth, client, values={"emotions": []}, errors={})


def _optional_int(form: FormData, name: str, errors: dict[str, str], message: str) -> int | None:
    raw = _text(form, name, 10)
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        errors[name] = message
        return None


@router.post("/checkin")
def checkin_save(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    form: PostedForm,
) -> Response:
    errors: dict[str, str] = {}
    values: dict[str, Any] = {
        "mood": _text(form, "mood", 10),
        "emotions": [e for e in form.getlist("emotions") if isinstance(e, str)][:50],
        "energy": _text(form, "energy", 10),
        "sleep_hours": _text(form, "sleep_hours", 10),
        "sleep_quality": _text(form, "sleep_quality", 10),
        "note": _text(form, "note", service.NOTE_MAX_LENGTH * 2),
        "activity": _text(form, "activity", service.ACTIVITY_MAX_LENGTH * 2),
        "idempotency_key": _text(form, "idempotency_key", 100),
    }
    mood = _optional_int(form, "mood", errors, "Choose your mood from 0 to 10.")
    if mood is None and "mood" not in errors:
        errors["mood"] = "Choose your mood from 0 to 10."
    energy = _optional_int(form, "energy", errors, "Choose your energy from 0 to 10.")
    quality = _optional_int(form, "sleep_quality", errors, "Choose how well you slept.")
    hours: float | None = None
    if values["sleep_hours"]:
        try:
            hours = float(values["sleep_hours"].replace(",", "."))
        except ValueError:
            errors["sleep_hours"] = "Enter hours of sleep as a number from 0 to 24."
    if not errors:
        try:
            saved = service.create_checkin(
                db,
                client=client,
                mood=mood,  # type: ignore[arg-type]
                emotions=values["emotions"],
                energy=energy,
                sleep_hours=hours,
                sleep_quality=quality,
                note=values["note"] or None,
                activity=values["activity"] or None,
                source="web",
                idempotency_key=values["idempotency_key"] or None,
            )
        except InvalidInput as exc:
            field = (exc.details or [{}])[0].get("loc", ["form"])[0]
            errors[str(field)] = exc.message
    if errors:
        return _checkin_page(
            request, db, settings, auth, client, values=values, errors=errors, status_code=422
        )
    if saved.safety_loop is not None and saved.safety_loop.triggered:
        # The note told the safety screen something: show help before anything else.
        return _redirect(f"/checkin/{saved.checkin.id}/saved")
    return _redirect("/progress?saved=checkin")


@router.get("/checkin/{checkin_id}/saved")
def checkin_saved(
    checkin_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
) -> Response:
    _checkin, loop = service.checkin_safety_for_client(db, client=client, checkin_id=checkin_id)
    language = service.language_of(client)
    resources = loop.resources or resources_for_client(db, client=client)
    return render_page(
        request,
        "measures/checkin_saved.html",
        {
            "loop": loop,
            "resources": resources,
            "call_emergency": resources.call_emergency(language),
            "language": language,
            "t": safety_text(language),
        },
        auth=auth,
        settings=settings,
    )


# --- PHQ-9 and GAD-7 -------------------------------------------------------------------------


def _questionnaire_page(
    request: Request,
    settings: Settings,
    auth: Any,
    client: User,
    instrument: Instrument,
    *,
    values: dict[str, str],
    errors: dict[str, str],
    idempotency_key: str | None = None,
    status_code: int = 200,
) -> Response:
    language = service.language_of(client)
    return render_page(
        request,
        "measures/questionnaire.html",
        {
            "instrument": instrument,
            "language": language,
            "values": values,
            "errors": errors,
            "idempotency_key": idempotency_key or uuid.uuid4().hex,
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


def _cssrs_context(client: User, **extra: Any) -> dict[str, Any]:
    return {
        "cssrs": load_instrument(CSSRS_ID),
        "language": service.language_of(client),
        "t": safety_text(service.language_of(client)),
        "cssrs_key": uuid.uuid4().hex,
        "cssrs_values": {},
        "cssrs_errors": {},
        **extra,
    }


@router.get("/questionnaires/cssrs")
def cssrs_form(
    request: Request,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    db: DbSession,
) -> Response:
    phq9_id = request.query_params.get("phq9", "")[:40]
    resources = resources_for_client(db, client=client)
    return render_page(
        request,
        "measures/cssrs.html",
        _cssrs_context(
            client,
            phq9_response_id=phq9_id,
            resources=resources,
            call_emergency=resources.call_emergency(service.language_of(client)),
        ),
        auth=auth,
        settings=settings,
    )


def _cssrs_answers(
    form: FormData, errors: dict[str, str]
) -> tuple[dict[str, bool | None], dict[str, str]]:
    values: dict[str, str] = {}
    answers: dict[str, bool | None] = {}
    for item in load_instrument(CSSRS_ID).items:
        raw = _text(form, item.id, 5)
        values[item.id] = raw
        if raw in ("yes", "no"):
            answers[item.id] = raw == "yes"
        elif raw:
            errors[item.id] = "Answer yes or no."
    kept = service.relevant_cssrs_answers(answers)
    instrument = load_instrument(CSSRS_ID)
    for item in instrument.items:
        asked = all(kept.get(e) is v for e, v in item.ask_if.items())
        if asked and item.id not in kept and item.id not in errors:
            errors[item.id] = "Please answer this question."
    return dict(kept), values


@router.post("/questionnaires/cssrs")
def cssrs_save(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    form: PostedForm,
) -> Response:
    errors: dict[str, str] = {}
    answers, values = _cssrs_answers(form, errors)
    phq9_raw = _text(form, "phq9_response_id", 40)
    phq9_id: uuid.UUID | None = None
    if phq9_raw:
        try:
            phq9_id = uuid.UUID(phq9_raw)
        except ValueError:
            phq9_id = None
    key = _text(form, "idempotency_key", 100) or None
    if not errors:
        submission = service.submit_cssrs(
            db,
            client=client,
            answers=answers,
            phq9_response_id=phq9_id,
            source="web",
            idempotency_key=key,
        )
        return _redirect(f"/questionnaires/cssrs/responses/{submission.response.id}")
    resources = resources_for_client(db, client=client)
    context = _cssrs_context(
        client,
        phq9_response_id=phq9_raw,
        resources=resources,
        call_emergency=resources.call_emergency(service.language_of(client)),
    )
    context.update(cssrs_values=values, cssrs_errors=errors, cssrs_key=key or uuid.uuid4().hex)
    return render_page(
        request, "measures/cssrs.html", context, auth=auth, settings=settings, status_code=422
    )


@router.get("/questionnaires/cssrs/responses/{response_id}")
def cssrs_result(
    response_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
) -> Response:
    submission = service.get_cssrs_for_client(db, client=client, response_id=response_id)
    language = service.language_of(client)
    loop = submission.safety_loop
    return render_page(
        request,
        "measures/cssrs_result.html",
        {
            "submission": submission,
            "loop": loop,
            "resources": loop.resources,
            "call_emergency": loop.resources.call_emergency(language) if loop.resources else "",
            "language": language,
            "t": safety_text(language),
        },
        auth=auth,
        settings=settings,
    )


@router.get("/questionnaires/responses/{response_id}")
def questionnaire_result(
    response_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
) -> Response:
    result = service.get_response_for_client(db, client=client, response_id=response_id)
    language = service.language_of(client)
    loop = result.safety_loop
    context: dict[str, Any] = {
        "result": result,
        "instrument": load_instrument(result.response.instrument),
        "loop": loop,
        "resources": loop.resources,
        "call_emergency": loop.resources.call_emergency(language) if loop.resources else "",
        "language": language,
        "t": safety_text(language),
        "change_text": plain_change(
            result.change, load_instrument(result.response.instrument).name
        ),
    }
    if loop.open_cssrs:
        context.update(_cssrs_context(client, phq9_response_id=str(result.response.id)))
    return render_page(
        request, "measures/questionnaire_result.html", context, auth=auth, settings=settings
    )


@router.get("/questionnaires/{instrument_id}")
def questionnaire_form(
    instrument_id: str,
    request: Request,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
) -> Response:
    instrument = service.resolve_instrument(instrument_id)
    return _questionnaire_page(request, settings, auth, client, instrument, values={}, errors={})


@router.post("/questionnaires/{instrument_id}")
def questionnaire_save(
    instrument_id: str,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    form: PostedForm,
) -> Response:
    instrument = service.resolve_instrument(instrument_id)
    values = {item.id: _text(form, item.id, 3) for item in instrument.items}
    difficulty_raw = _text(form, "difficulty", 3)
    values["difficulty"] = difficulty_raw
    key = _text(form, "idempotency_key", 100) or None
    errors: dict[str, str] = {}
    answers: list[int] = []
    for item in instrument.items:
        raw = values[item.id]
        if not raw:
            errors[item.id] = "Please choose an answer."
            continue
        try:
            answers.append(int(raw))
        except ValueError:
            errors[item.id] = "Please choose one of the answers."
    difficulty: int | None = None
    if difficulty_raw:
        try:
            difficulty = int(difficulty_raw)
        except ValueError:
            errors["difficulty"] = "Please choose one of the answers."
    if not errors:
        try:
            result = service.submit_questionnaire(
                db,
                client=client,
                instrument_id=instrument.id,
                answers=answers,
                difficulty=difficulty,
                source="web",
                idempotency_key=key,
            )
        except InvalidInput as exc:
            loc = (exc.details or [{}])[0].get("loc", [])
            if len(loc) == 2:
                position = int(loc[1]) - 1
                errors[instrument.items[position].id] = "Please choose one of the answers."
            else:
                errors["form"] = exc.message
        else:
            return _redirect(f"/questionnaires/responses/{result.response.id}")
    return _questionnaire_page(
        request,
        settings,
        auth,
        client,
        instrument,
        values=values,
        errors=errors,
        idempotency_key=key,
        status_code=422,
    )


# --- progress (client) and trends (clinician) ------------------------------------------------


@dataclass(frozen=True)
class ProgressSection:
    """A part of the client's progress page supplied by a higher layer (habits, for one).

    ``template`` is rendered in the page with ``section`` in its context; it reads its data from
    ``section.context``.
    """

    template: str
    context: dict[str, Any] = field(default_factory=dict)


# (session, client, now) -> a section, or None when there is nothing to show.
ProgressSectionProvider = Callable[[Session, User, datetime], ProgressSection | None]

_sections_lock = threading.Lock()
_section_providers: tuple[ProgressSectionProvider, ...] = ()


def set_progress_sections(providers: Sequence[ProgressSectionProvider]) -> None:
    """Register (replacing any before) the providers of extra progress-page sections.

    Measures sits below the companion, so it cannot read habits itself; the top layer composes
    them in at start-up, the way the plans editor gets its skills catalogue.
    """
    global _section_providers
    with _sections_lock:
        _section_providers = tuple(providers)


def progress_sections(session: Session, client: User, now: datetime) -> list[ProgressSection]:
    providers = _section_providers
    found = (provider(session, client, now) for provider in providers)
    return [section for section in found if section is not None]


def _days(request: Request) -> int:
    raw = request.query_params.get("days", "30")
    try:
        days = int(raw)
    except ValueError:
        return 30
    return days if days in service.TREND_WINDOWS else 30


@router.get("/progress")
def progress(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    days = _days(request)
    view = service.client_trends(db, client=client, days=days, chart_prefix="me")
    return render_page(
        request,
        "measures/progress.html",
        {
            "view": view,
            "days": days,
            "windows": service.TREND_WINDOWS,
            "saved": request.query_params.get("saved") == "checkin",
            "due": schedule.due_questionnaires(db, client=client),
            "scored": [load_instrument(i) for i in SCORED_INSTRUMENTS],
            "plain_change": plain_change,
            "sections": progress_sections(db, client, datetime.now(UTC)),
        },
        auth=auth,
        settings=settings,
    )


def _since(request: Request) -> tuple[date | None, datetime | None]:
    raw = request.query_params.get("since", "")[:10]
    if not raw:
        return None, None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None, None
    return day, datetime.combine(day, time(0, 0), tzinfo=UTC)


@router.get("/clinic/clients/{client_id}/trends", openapi_extra={"x-tandem-stream": "measures"})
def clinician_trends(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    days = _days(request)
    since_day, since = _since(request)
    view = service.clinician_trends(
        db,
        clinician=clinician,
        client_id=client_id,
        days=days,
        since=since,
        ip=client_ip(request),
    )
    schedules = schedule.schedules_for_client(db, client_id=client_id)
    return render_page(
        request,
        "measures/clinic_trends.html",
        {
            "view": view,
            "client": view.client,
            "days": days,
            "windows": service.TREND_WINDOWS,
            "since_day": since_day,
            "schedules": {s.instrument: s for s in schedules},
            "scored": [load_instrument(i) for i in SCORED_INSTRUMENTS],
            "saved": request.query_params.get("saved", "")[:20],
        },
        auth=auth,
        settings=settings,
    )


@router.post("/clinic/clients/{client_id}/schedules")
def clinician_schedules_save(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    clinician: ClinicianUser,
    form: PostedForm,
) -> Response:
    specs: list[schedule.ScheduleSpec] = []
    for instrument_id in SCORED_INSTRUMENTS:
        raw = _text(form, f"{instrument_id}_every_days", 4)
        if not raw:
            continue  # left empty: switched off
        try:
            every = int(raw)
        except ValueError as exc:
            raise InvalidInput("Enter the number of days as a whole number.") from exc
        specs.append(schedule.ScheduleSpec(instrument=instrument_id, every_days=every))
    schedule.set_schedules(
        db, clinician=clinician, client_id=client_id, schedules=specs, ip=client_ip(request)
    )
    return _redirect(f"/clinic/clients/{client_id}/trends?saved=schedules")


@router.post("/clinic/deterioration-flags/{flag_id}/acknowledge")
def clinician_flag_acknowledge(
    flag_id: uuid.UUID, request: Request, db: DbSession, clinician: ClinicianUser
) -> Response:
    flag = service.acknowledge_deterioration_flag(
        db, clinician=clinician, flag_id=flag_id, ip=client_ip(request)
    )
    return _redirect(f"/clinic/clients/{flag.client_id}/trends?saved=flag")
