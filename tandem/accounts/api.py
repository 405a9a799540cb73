"""JSON API for accounts (DESIGN §6): tokens, sign-up, invitations, consent, clinicians' clients.

Routes are thin: parse, call one service function, shape the answer.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import JSONResponse

from tandem.accounts import scoping, service
from tandem.accounts.consent import consent_text
from tandem.accounts.deps import ClientUser, ClinicianUser, CurrentAuth, CurrentUser
from tandem.accounts.models import ClinicianClientLink, User
from tandem.accounts.schemas import (
    ClientOut,
    ConsentOut,
    ConsentRequest,
    InviteCreateRequest,
    InviteOut,
    InviteRedeemRequest,
    LinkOut,
    SignupRequest,
    TokenRequest,
    TokenResponse,
    UserOut,
    error_responses,
)
from tandem.core.errors import BadRequest, TandemError
from tandem.core.settings import Settings
from tandem.core.web import AppSettings, DbSession, client_ip

router = APIRouter(prefix="/api/v1")


def kept_failure_response(exc: TandemError, settings: Settings) -> JSONResponse:
    """Answer a recorded failure without raising, so the request's transaction keeps the record
    (a raised error would roll back the failure counters that make throttling work).
    """
    headers: dict[str, str] = {}
    if exc.status_code == 429:
        headers["Retry-After"] = "3600"
    elif exc.status_code == 423:
        headers["Retry-After"] = str(settings.login_lockout_minutes * 60)
    elif exc.status_code == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(exc.to_dict(), status_code=exc.status_code, headers=headers)


def link_out(link: ClinicianClientLink) -> LinkOut:
    return LinkOut(
        id=link.id,
        clinician_id=link.clinician_id,
        clinician_name=link.clinician.display_name,
        client_id=link.client_id,
        status=link.status,
        created_at=link.created_at,
        activated_at=link.activated_at,
        ended_at=link.ended_at,
    )


def client_out(access: scoping.ClientAccess) -> ClientOut:
    return ClientOut(
        id=access.client.id,
        display_name=access.client.display_name,
        locale=access.client.locale,
        timezone=access.client.timezone,
        link_id=access.link.id,
        linked_since=access.link.activated_at,
        shared_streams=sorted(access.streams),
    )


def consent_out(db: DbSession, client: User) -> ConsentOut:
    consent = service.current_consent(db, client_id=client.id)
    text = consent_text(client.locale)
    return ConsentOut(
        share_measures=bool(consent and consent.share_measures),
        share_summaries=bool(consent and consent.share_summaries),
        share_transcripts=bool(consent and consent.share_transcripts),
        share_journal=bool(consent and consent.share_journal),
        given_at=consent.created_at if consent else None,
        text_version=consent.text_version if consent else text.version,
        text_sha256=consent.text_sha256 if consent else text.sha256,
        current_text_version=text.version,
        current_text_sha256=text.sha256,
        safety_override=text.safety_override,
        links=[link_out(link) for link in service.links_for_client(db, client_id=client.id)],
    )


# --- authentication ----------------------------------------------------------------------------


@router.post(
    "/auth/token",
    response_model=TokenResponse,
    responses=error_responses(401, 422, 423, 429),
    tags=["auth"],
    summary="Exchange email and password for a bearer token (shown once)",
)
def create_token(body: TokenRequest, request: Request, db: DbSession, settings: AppSettings) -> Any:
    ip = client_ip(request)
    try:
        user = service.authenticate(
            db, email=body.email, password=body.password, settings=settings, ip=ip
        )
    except service.KEPT_FAILURES as exc:
        assert isinstance(exc, TandemError)
        return kept_failure_response(exc, settings)
    issued = service.issue_api_token(db, user=user, name=body.name or "api", ip=ip)
    return TokenResponse(access_token=issued.secret)


@router.delete(
    "/auth/token",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(400, 401),
    tags=["auth"],
    summary="Revoke the bearer token this request was made with",
)
def revoke_token(auth: CurrentAuth, request: Request, db: DbSession) -> Response:
    if auth.api_token is None:
        raise BadRequest("This request was not made with a bearer token; sign out instead.")
    service.revoke_api_token(db, token=auth.api_token, ip=client_ip(request))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/auth/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(409, 422, 429),
    tags=["auth"],
    summary="Create a client account, optionally linked to a clinician by invitation code",
)
def signup(body: SignupRequest, request: Request, db: DbSession, settings: AppSettings) -> Any:
    try:
        result = service.signup(
            db,
            email=body.email,
            password=body.password,
            display_name=body.display_name,
            locale=body.locale or settings.default_locale,
            invite_code=body.invite_code,
            ip=client_ip(request),
            settings=settings,
        )
    except service.KEPT_FAILURES as exc:
        assert isinstance(exc, TandemError)
        return kept_failure_response(exc, settings)
    return UserOut.model_validate(result.user)


@router.get(
    "/me",
    response_model=UserOut,
    responses=error_responses(401),
    tags=["me"],
    summary="The signed-in user",
)
def me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)


# --- invitations and links ---------------------------------------------------------------------


@router.post(
    "/invites",
    response_model=InviteOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 422),
    tags=["invites"],
    summary="Create a single-use invitation code for a client (shown once)",
)
def create_invite(
    clinician: ClinicianUser,
    request: Request,
    db: DbSession,
    body: InviteCreateRequest | None = None,
) -> InviteOut:
    issued = service.create_invite(db, clinician=clinician, ip=client_ip(request))
    return InviteOut(code=issued.code, expires_at=issued.invite.expires_at)


@router.post(
    "/me/invites/redeem",
    response_model=LinkOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 403, 409, 422, 429),
    tags=["me"],
    summary="Link to the inviting clinician; the link waits for the client's consent",
)
def redeem_invite(
    body: InviteRedeemRequest,
    client: ClientUser,
    request: Request,
    db: DbSession,
    settings: AppSettings,
) -> Any:
    try:
        link = service.redeem_invite(
            db, client=client, code=body.code, ip=client_ip(request), settings=settings
        )
    except service.KEPT_FAILURES as exc:
        assert isinstance(exc, TandemError)
        return kept_failure_response(exc, settings)
    return link_out(link)


@router.get(
    "/me/links",
    response_model=list[LinkOut],
    responses=error_responses(401, 403),
    tags=["me"],
    summary="The client's clinicians (pending and active links)",
)
def my_links(client: ClientUser, db: DbSession) -> list[LinkOut]:
    return [link_out(link) for link in service.links_for_client(db, client_id=client.id)]


@router.delete(
    "/me/links/{link_id}",
    response_model=LinkOut,
    responses=error_responses(401, 403, 404),
    tags=["me"],
    summary="End a link with a clinician (they stop seeing anything, alerts included)",
)
def end_my_link(link_id: uuid.UUID, client: ClientUser, request: Request, db: DbSession) -> LinkOut:
    return link_out(service.end_link(db, actor=client, link_id=link_id, ip=client_ip(request)))


# --- consent -----------------------------------------------------------------------------------


@router.get(
    "/me/consent",
    response_model=ConsentOut,
    responses=error_responses(401, 403),
    tags=["me"],
    summary="What the client currently shares with their clinician(s)",
)
def get_consent(client: ClientUser, db: DbSession) -> ConsentOut:
    return consent_out(db, client)


@router.put(
    "/me/consent",
    response_model=ConsentOut,
    responses=error_responses(401, 403, 409, 422),
    tags=["me"],
    summary="Change what is shared (effective at once); also confirms pending links",
)
def put_consent(
    body: ConsentRequest, client: ClientUser, request: Request, db: DbSession
) -> ConsentOut:
    service.set_consent(
        db,
        client=client,
        share_measures=body.share_measures,
        share_summaries=body.share_summaries,
        share_transcripts=body.share_transcripts,
        share_journal=body.share_journal,
        text_version=body.text_version,
        ip=client_ip(request),
    )
    return consent_out(db, client)


# --- the clinician's clients (always through the scoping function) -----------------------------


@router.get(
    "/clients",
    response_model=list[ClientOut],
    responses=error_responses(401, 403),
    tags=["clients"],
    summary="The linked clients this clinician may see, with what each shares",
)
def list_clients(clinician: ClinicianUser, request: Request, db: DbSession) -> list[ClientOut]:
    caseload = scoping.list_readable_clients(db, clinician=clinician, ip=client_ip(request))
    return [client_out(access) for access in caseload]


@router.get(
    "/clients/{client_id}",
    response_model=ClientOut,
    responses=error_responses(401, 403, 404),
    tags=["clients"],
    summary="One linked client, within consent",
)
def get_client(
    client_id: uuid.UUID, clinician: ClinicianUser, request: Request, db: DbSession
) -> ClientOut:
    access = scoping.get_readable_client(
        db, viewer=clinician, client_id=client_id, ip=client_ip(request)
    )
    return client_out(access)
