"""FastAPI dependencies: who is calling (session cookie or bearer token), their role, and CSRF.

Every route that needs a signed-in user depends on ``require_user`` or a role variant; those also
enforce CSRF on state-changing requests made with the session cookie (form field ``csrf_token`` or
header ``X-CSRF-Token``), so no route can forget it. Bearer-token calls need no CSRF token: a
browser never attaches the header on its own.

Pages render through ``render_page``, which supplies ``current_user`` and ``csrf_token`` to the
templates and, for visitors who are not signed in, sets the pre-sign-in nonce cookie that the
sign-in and sign-up forms' CSRF tokens are bound to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import anyio.to_thread
from anyio import CapacityLimiter
from anyio.lowlevel import RunVar
from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from tandem.accounts import service
from tandem.accounts.models import ApiToken, User, WebSession
from tandem.core.errors import CsrfFailed, Forbidden, NotAuthenticated
from tandem.core.security import csrf_token, csrf_token_valid, new_token
from tandem.core.settings import Settings
from tandem.core.templating import templates
from tandem.core.web import AppSettings, DbSession, is_secure_request

SESSION_COOKIE = "tandem_session"
PRELOGIN_COOKIE = "tandem_csrf"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
_UNRESOLVED = object()  # request.state has no auth yet (None means: nobody signed in)


@dataclass(frozen=True)
class Auth:
    """The signed-in caller and how they proved it."""

    user: User
    web_session: WebSession | None = None
    api_token: ApiToken | None = None


def _resolve_auth(request: Request, db: Session, settings: Settings) -> Auth | None:
    cached = getattr(request.state, "tandem_auth", _UNRESOLVED)
    if cached is None or isinstance(cached, Auth):
        return cached
    auth: Auth | None = None
    header = request.headers.get("authorization")
    if header is not None:
        # A caller that sends credentials gets an answer about *those* credentials, never a
        # silent fall-back to a cookie.
        scheme, _, secret = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise NotAuthenticated("Send the token as 'Authorization: Bearer <token>'.")
        token = service.api_token_for_secret(db, secret=secret.strip())
        if token is None:
            raise NotAuthenticated("This access token is not valid or has been revoked.")
        auth = Auth(user=token.user, api_token=token)
    else:
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            web_session = service.web_session_for_cookie(db, cookie_value=cookie, settings=settings)
            if web_session is not None:
                auth = Auth(user=web_session.user, web_session=web_session)
    request.state.tandem_auth = auth
    return auth


async def _submitted_csrf_token(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(_FORM_TYPES):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


async def enforce_csrf(request: Request, auth: Auth | None, settings: Settings) -> None:
    """Refuse a state-changing request that rides on the session cookie without a valid token."""
    if request.method in SAFE_METHODS or auth is None or auth.web_session is None:
        return
    candidate = await _submitted_csrf_token(request)
    if not csrf_token_valid(
        settings.resolved_secret_key(), auth.web_session.csrf_secret, candidate
    ):
        raise CsrfFailed()


# Threads for the credential lookup, apart from the shared pool that runs the routes.
AUTH_LOOKUP_THREADS = 16
_auth_limiter: RunVar[CapacityLimiter] = RunVar("tandem_auth_limiter")


async def _resolve_auth_off_loop(request: Request, db: Session, settings: Settings) -> Auth | None:
    """``_resolve_auth`` in a worker thread of its own small pool.

    The lookup is the request's first query, and on SQLite every transaction begins with
    BEGIN IMMEDIATE, so it can wait for the write lock while another request holds it. Run on the
    event loop it stalled the loop, which the lock holder needs to finish and commit: a 30 s stall
    ending in "database is locked" as soon as two clients chatted at once. Run in the shared pool,
    forty waiting lookups took every thread and the holder's route could not start. Found by
    bench/chat_bench.py.
    """
    try:
        limiter = _auth_limiter.get()
    except LookupError:
        limiter = CapacityLimiter(AUTH_LOOKUP_THREADS)
        _auth_limiter.set(limiter)
    return await anyio.to_thread.run_sync(_resolve_auth, request, db, settings, limiter=limiter)


async def optional_auth(request: Request, db: DbSession, settings: AppSettings) -> Auth | None:
    auth = await _resolve_auth_off_loop(request, db, settings)
    await enforce_csrf(request, auth, settings)
    return auth


async def require_auth(request: Request, db: DbSession, settings: AppSettings) -> Auth:
    auth = await _resolve_auth_off_loop(request, db, settings)
    if auth is None:
        raise NotAuthenticated()
    await enforce_csrf(request, auth, settings)
    return auth


def auth_for_sign_in_forms(request: Request, db: DbSession, settings: AppSettings) -> Auth | None:
    """Who is signed in, *without* the session CSRF check: only for the sign-in and sign-up forms,
    which carry (and must verify with ``verify_prelogin_csrf``) the pre-sign-in token instead.
    """
    return _resolve_auth(request, db, settings)


OptionalAuth = Annotated[Auth | None, Depends(optional_auth)]
SignInFormAuth = Annotated[Auth | None, Depends(auth_for_sign_in_forms)]
CurrentAuth = Annotated[Auth, Depends(require_auth)]


def require_user(auth: CurrentAuth) -> User:
    return auth.user


def _role_guard(role: str, label: str) -> Any:
    def guard(auth: CurrentAuth) -> User:
        if auth.user.role != role:
            raise Forbidden(f"This is only available to {label}.")
        return auth.user

    guard.__name__ = f"require_{role}"
    return guard


require_client = _role_guard("client", "clients")
require_clinician = _role_guard("clinician", "clinicians")
require_admin = _role_guard("admin", "administrators")

CurrentUser = Annotated[User, Depends(require_user)]
ClientUser = Annotated[User, Depends(require_client)]
ClinicianUser = Annotated[User, Depends(require_clinician)]
AdminUser = Annotated[User, Depends(require_admin)]


# --- cookies -----------------------------------------------------------------------------------


def set_session_cookie(
    response: Response, request: Request, settings: Settings, cookie_value: str
) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        cookie_value,
        max_age=settings.session_max_hours * 3600,
        path="/",
        httponly=True,
        samesite="lax",
        secure=is_secure_request(request, settings),
    )


def clear_session_cookie(response: Response, request: Request, settings: Settings) -> None:
    response.delete_cookie(
        SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="lax",
        secure=is_secure_request(request, settings),
    )


# --- CSRF for pages ----------------------------------------------------------------------------


def _prelogin_binding(nonce: str) -> str:
    return "pre-sign-in:" + nonce


def verify_prelogin_csrf(request: Request, settings: Settings, candidate: str | None) -> None:
    """CSRF check for the forms used before signing in (sign in, sign up).

    Without it another site could sign a visitor into the attacker's account ("login CSRF").
    """
    nonce = request.cookies.get(PRELOGIN_COOKIE, "")
    if not nonce or not csrf_token_valid(
        settings.resolved_secret_key(), _prelogin_binding(nonce), candidate
    ):
        raise CsrfFailed()


def render_page(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    auth: Auth | None,
    settings: Settings,
    status_code: int = 200,
) -> Response:
    """Render a page with ``current_user`` and a ``csrf_token`` valid for this browser's forms."""
    secret_key = settings.resolved_secret_key()
    nonce_to_set: str | None = None
    if auth is not None and auth.web_session is not None:
        token = csrf_token(secret_key, auth.web_session.csrf_secret)
    else:
        nonce = request.cookies.get(PRELOGIN_COOKIE) or ""
        if not nonce or len(nonce) > 100:
            nonce = nonce_to_set = new_token(24)
        token = csrf_token(secret_key, _prelogin_binding(nonce))
    full_context: dict[str, Any] = {
        "current_user": auth.user if auth else None,
        "csrf_token": token,
        **(context or {}),
    }
    response = templates.TemplateResponse(request, template, full_context, status_code=status_code)
    if nonce_to_set is not None:
        response.set_cookie(
            PRELOGIN_COOKIE,
            nonce_to_set,
            path="/",
            httponly=True,
            samesite="lax",
            secure=is_secure_request(request, settings),
        )
    return response
