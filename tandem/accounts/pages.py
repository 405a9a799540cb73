"""HTML pages for accounts: sign in/out, sign up, consent, redeeming an invitation, the two homes.

Forms post back to the same address; on a mistake the form comes back with the message next to
the field and what the person typed (except passwords). Every form carries a ``csrf_token``.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from tandem.accounts import scoping, service
from tandem.accounts.consent import consent_text, supported_languages
from tandem.accounts.deps import (
    CSRF_FIELD,
    AdminUser,
    Auth,
    ClientUser,
    ClinicianUser,
    CurrentAuth,
    OptionalAuth,
    SignInFormAuth,
    clear_session_cookie,
    render_page,
    set_session_cookie,
    verify_prelogin_csrf,
)
from tandem.accounts.models import User
from tandem.accounts.schemas import (
    DISPLAY_NAME_MAX_LENGTH,
    EMAIL_MAX_LENGTH,
    INVITE_CODE_MAX_LENGTH,
    clean_display_name,
    normalize_email,
    normalize_locale,
)
from tandem.accounts.streams import ALL_STREAMS
from tandem.core.errors import Conflict, InvalidInput, TandemError
from tandem.core.security import PASSWORD_MAX_LENGTH, password_problems
from tandem.core.settings import Settings
from tandem.core.web import AppSettings, DbSession, client_ip

router = APIRouter(include_in_schema=False)

LANGUAGE_NAMES = {"en": "English", "es": "Español"}
INVITE_FAILURES: tuple[type[Exception], ...] = (*service.KEPT_FAILURES, Conflict)

# Form fields are capped like the API's; anything longer is refused before it reaches a service.
EmailField = Annotated[str, Form(max_length=EMAIL_MAX_LENGTH * 2)]
PasswordField = Annotated[str, Form(max_length=PASSWORD_MAX_LENGTH * 2)]
CsrfField = Annotated[str, Form(alias=CSRF_FIELD, max_length=200)]
NextField = Annotated[str, Form(max_length=500)]


def home_path(user: User) -> str:
    return {"client": "/home", "clinician": "/clinic", "admin": "/admin"}.get(user.role, "/")


def safe_next(target: str | None) -> str | None:
    """Only same-site paths, so the sign-in form cannot be used to send people elsewhere."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    if any(ch in target for ch in "\r\n\\") or len(target) > 500:
        return None
    return target


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _signed_in(
    request: Request,
    db: DbSession,
    settings: Settings,
    user: User,
    target: str,
    previous: Auth | None,
) -> Response:
    """Start a fresh session (never reuse one from before sign-in) and go to ``target``."""
    if previous is not None and previous.web_session is not None:
        service.end_web_session(db, web_session=previous.web_session, ip=client_ip(request))
    started = service.start_web_session(db, user=user, settings=settings, ip=client_ip(request))
    response = _redirect(target)
    set_session_cookie(response, request, settings, started.cookie_value)
    return response


# --- sign in and out ---------------------------------------------------------------------------


@router.get("/")
def start(auth: OptionalAuth) -> Response:
    return _redirect(home_path(auth.user) if auth else "/login")


@router.get("/login")
def login_form(request: Request, auth: OptionalAuth, settings: AppSettings) -> Response:
    next_path = safe_next(request.query_params.get("next"))
    if auth is not None:
        return _redirect(next_path or home_path(auth.user))
    return render_page(
        request,
        "accounts/login.html",
        {"next": next_path or "", "email": "", "error": None},
        auth=None,
        settings=settings,
    )


@router.post("/login")
def login(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: SignInFormAuth,
    email: EmailField = "",
    password: PasswordField = "",
    csrf: CsrfField = "",
    next: NextField = "",
) -> Response:
    verify_prelogin_csrf(request, settings, csrf)
    try:
        user = service.authenticate(
            db, email=email, password=password, settings=settings, ip=client_ip(request)
        )
    except service.KEPT_FAILURES as exc:
        # Rendered, not raised: the failed attempt must be committed for throttling to work.
        assert isinstance(exc, TandemError)
        return render_page(
            request,
            "accounts/login.html",
            {"next": safe_next(next) or "", "email": email.strip(), "error": exc.message},
            auth=None,
            settings=settings,
            status_code=exc.status_code,
        )
    return _signed_in(request, db, settings, user, safe_next(next) or home_path(user), auth)


@router.post("/logout")
def logout(request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth) -> Response:
    if auth.web_session is not None:
        service.end_web_session(db, web_session=auth.web_session, ip=client_ip(request))
    response = _redirect("/login")
    clear_session_cookie(response, request, settings)
    return response


# --- sign up -----------------------------------------------------------------------------------


def _signup_page(
    request: Request,
    settings: Settings,
    *,
    values: dict[str, str],
    errors: dict[str, str],
    status_code: int = 200,
) -> Response:
    languages = [(code, LANGUAGE_NAMES.get(code, code)) for code in supported_languages()]
    return render_page(
        request,
        "accounts/signup.html",
        {"values": values, "errors": errors, "languages": languages},
        auth=None,
        settings=settings,
        status_code=status_code,
    )


@router.get("/signup")
def signup_form(request: Request, auth: OptionalAuth, settings: AppSettings) -> Response:
    if auth is not None:
        return _redirect(home_path(auth.user))
    values = {
        "email": "",
        "display_name": "",
        "locale": settings.default_locale.split("-")[0],
        "invite_code": request.query_params.get("code", "")[:INVITE_CODE_MAX_LENGTH],
    }
    return _signup_page(request, settings, values=values, errors={})


@router.post("/signup")
def signup(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: SignInFormAuth,
    email: EmailField = "",
    password: PasswordField = "",
    display_name: Annotated[str, Form(max_length=DISPLAY_NAME_MAX_LENGTH * 2)] = "",
    locale: Annotated[str, Form(max_length=16)] = "",
    invite_code: Annotated[str, Form(max_length=INVITE_CODE_MAX_LENGTH)] = "",
    csrf: CsrfField = "",
) -> Response:
    verify_prelogin_csrf(request, settings, csrf)
    values = {
        "email": email.strip(),
        "display_name": display_name.strip(),
        "locale": locale,
        "invite_code": invite_code.strip(),
    }
    errors: dict[str, str] = {}
    try:
        email = normalize_email(email)
    except ValueError as exc:
        errors["email"] = str(exc)
    try:
        display_name = clean_display_name(display_name)
    except ValueError as exc:
        errors["display_name"] = str(exc)
    try:
        locale = normalize_locale(locale or settings.default_locale)
    except ValueError as exc:
        errors["locale"] = str(exc)
    problems = password_problems(password, email=email)
    if problems:
        errors["password"] = " ".join(problems)
    if errors:
        return _signup_page(request, settings, values=values, errors=errors, status_code=422)
    try:
        result = service.signup(
            db,
            email=email,
            password=password,
            display_name=display_name,
            locale=locale,
            invite_code=invite_code.strip() or None,
            ip=client_ip(request),
            settings=settings,
        )
    except service.KEPT_FAILURES as exc:
        assert isinstance(exc, TandemError)
        errors["invite_code"] = exc.message
        return _signup_page(
            request, settings, values=values, errors=errors, status_code=exc.status_code
        )
    except Conflict as exc:
        errors["email"] = exc.message
        return _signup_page(request, settings, values=values, errors=errors, status_code=409)
    except InvalidInput as exc:
        errors["form"] = exc.message
        return _signup_page(request, settings, values=values, errors=errors, status_code=422)
    target = "/consent" if result.link is not None else "/home"
    return _signed_in(request, db, settings, result.user, target, auth)


# --- client pages ------------------------------------------------------------------------------


def _consent_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Auth,
    *,
    saved: bool = False,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    client = auth.user
    text = consent_text(client.locale)
    current = service.current_consent(db, client_id=client.id)
    history = service.consent_history(db, client_id=client.id)
    links = service.links_for_client(db, client_id=client.id)
    shared = current.shared_streams if current else frozenset()
    return render_page(
        request,
        "accounts/consent.html",
        {
            "text": text,
            "streams": [(text.stream_text(s), s in shared) for s in ALL_STREAMS],
            "current": current,
            "history": history,
            "history_labels": {s: text.stream_text(s).label for s in ALL_STREAMS},
            "links": links,
            "saved": saved,
            "error": error,
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/consent")
def consent_form(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, _: ClientUser
) -> Response:
    return _consent_page(
        request, db, settings, auth, saved=request.query_params.get("saved") == "1"
    )


@router.post("/consent")
def consent_save(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    text_version: Annotated[str, Form(max_length=32)] = "",
    share_measures: Annotated[str | None, Form(max_length=10)] = None,
    share_summaries: Annotated[str | None, Form(max_length=10)] = None,
    share_transcripts: Annotated[str | None, Form(max_length=10)] = None,
    share_journal: Annotated[str | None, Form(max_length=10)] = None,
) -> Response:
    try:
        service.set_consent(
            db,
            client=client,
            # An unticked checkbox is simply absent from the form.
            share_measures=share_measures is not None,
            share_summaries=share_summaries is not None,
            share_transcripts=share_transcripts is not None,
            share_journal=share_journal is not None,
            text_version=text_version or None,
            ip=client_ip(request),
        )
    except Conflict as exc:
        return _consent_page(request, db, settings, auth, error=exc.message, status_code=409)
    return _redirect("/consent?saved=1")


@router.post("/consent/links/{link_id}/end")
def end_link(link_id: uuid.UUID, request: Request, db: DbSession, client: ClientUser) -> Response:
    service.end_link(db, actor=client, link_id=link_id, ip=client_ip(request))
    return _redirect("/consent")


def _invite_page(
    request: Request,
    settings: Settings,
    auth: Auth,
    *,
    code: str = "",
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    return render_page(
        request,
        "accounts/invite.html",
        {"code": code, "error": error},
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/invite")
def invite_form(
    request: Request, settings: AppSettings, auth: CurrentAuth, _: ClientUser
) -> Response:
    return _invite_page(request, settings, auth)


@router.post("/invite")
def invite_redeem(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    code: Annotated[str, Form(max_length=INVITE_CODE_MAX_LENGTH)] = "",
) -> Response:
    if not code.strip():
        return _invite_page(
            request,
            settings,
            auth,
            error="Enter the code your clinician gave you.",
            status_code=422,
        )
    try:
        service.redeem_invite(
            db, client=client, code=code, ip=client_ip(request), settings=settings
        )
    except INVITE_FAILURES as exc:
        assert isinstance(exc, TandemError)
        return _invite_page(
            request,
            settings,
            auth,
            code=code.strip(),
            error=exc.message,
            status_code=exc.status_code,
        )
    return _redirect("/consent")


def client_home_context(db: DbSession, client: User) -> dict[str, Any]:
    """What the client home shows about links and sharing; the page itself is composed in the
    web layer, which adds what the companion, measures and plans have to say.
    """
    links = service.links_for_client(db, client_id=client.id)
    current = service.current_consent(db, client_id=client.id)
    text = consent_text(client.locale)
    shared = [text.stream_text(s).label for s in ALL_STREAMS if current and current.shares(s)]
    return {
        "pending": [link for link in links if link.status == "pending"],
        "active": [link for link in links if link.status == "active"],
        "shared_labels": shared,
        "has_consent": current is not None,
    }


# --- clinician pages ---------------------------------------------------------------------------


def _clinic_page(
    request: Request,
    db: DbSession,
    settings: Settings,
    auth: Auth,
    clinician: User,
    *,
    new_invite: service.IssuedInvite | None = None,
    status_code: int = 200,
) -> Response:
    caseload = scoping.list_readable_clients(db, clinician=clinician, ip=client_ip(request))
    text = consent_text(clinician.locale)
    labels = {s: text.stream_text(s).label for s in ALL_STREAMS}
    return render_page(
        request,
        "accounts/clinic.html",
        {
            "caseload": caseload,
            "stream_labels": labels,
            "pending_count": service.pending_link_count(db, clinician=clinician),
            "new_invite": new_invite,
        },
        auth=auth,
        settings=settings,
        status_code=status_code,
    )


@router.get("/clinic")
def clinician_home(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    return _clinic_page(request, db, settings, auth, clinician)


@router.post("/clinic/invites")
def clinician_create_invite(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    # The code is shown in this response only (never in a URL, never stored in clear).
    issued = service.create_invite(db, clinician=clinician, ip=client_ip(request))
    return _clinic_page(request, db, settings, auth, clinician, new_invite=issued, status_code=201)


@router.get("/clinic/clients/{client_id}")
def clinician_client(
    client_id: uuid.UUID,
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    clinician: ClinicianUser,
) -> Response:
    access = scoping.get_readable_client(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )
    text = consent_text(clinician.locale)
    context: dict[str, Any] = {
        "access": access,
        "streams": [(text.stream_text(s), access.can_read(s)) for s in ALL_STREAMS],
    }
    return render_page(
        request, "accounts/clinic_client.html", context, auth=auth, settings=settings
    )


# --- administrators ----------------------------------------------------------------------------


@router.get("/admin")
def admin_home(
    request: Request, settings: AppSettings, auth: CurrentAuth, admin: AdminUser
) -> Response:
    return render_page(request, "accounts/admin.html", {}, auth=auth, settings=settings)
