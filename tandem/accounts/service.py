"""Accounts logic: sign-up, sign-in with throttling, sessions, API tokens, invitations, consent.

Every function takes the database session first and keyword-only arguments, flushes and never
commits: the request (or CLI command) owns the transaction. Functions that need the time take an
optional ``now`` so tests can move the clock without sleeping.

Failures that must be remembered (a wrong password, a bad invitation code) are written *before*
the error is raised. A route that calls ``authenticate``, ``signup`` or ``redeem_invite`` must turn
``KEPT_FAILURES`` into a response instead of letting them propagate, because a propagated error
rolls the transaction back and the failure counter with it.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from tandem.accounts.consent import consent_text, current_version
from tandem.accounts.models import (
    ROLES,
    ApiToken,
    Clinic,
    ClinicianClientLink,
    Consent,
    Invite,
    LoginAttempt,
    User,
    WebSession,
)
from tandem.accounts.schemas import clean_display_name, normalize_email, normalize_locale
from tandem.audit.service import record_event
from tandem.core.errors import (
    AccountLocked,
    Conflict,
    Forbidden,
    InvalidCredentials,
    InvalidInput,
    NotFound,
    RateLimited,
)
from tandem.core.models import utcnow
from tandem.core.security import (
    burn_password_check,
    check_password_policy,
    hash_password,
    hash_token,
    new_token,
    password_needs_rehash,
    verify_password,
)
from tandem.core.settings import Settings, get_settings

API_TOKEN_PREFIX = "tdm_"  # noqa: S105 (a prefix that secret scanners recognise)
INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: easy to read aloud
INVITE_LENGTH = 12  # 30**12 ≈ 2**59 codes, guessed at most a few dozen times an hour per IP
INVITE_VALID_FOR = timedelta(days=14)
# Writing last_seen_at on every request would turn every page view into a write; a minute of
# slack on a 30-minute idle limit is harmless.
TOUCH_INTERVAL = timedelta(seconds=60)
THROTTLE_WINDOW = timedelta(hours=1)


class InvalidInvite(InvalidInput):
    code = "invalid_invite"
    default_message = (
        "That invitation code is not valid or has expired. Check it with your clinician."
    )


KEPT_FAILURES: tuple[type[Exception], ...] = (
    InvalidCredentials,
    AccountLocked,
    RateLimited,
    InvalidInvite,
)


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    secret: str  # shown once to the caller; never stored


@dataclass(frozen=True)
class IssuedInvite:
    invite: Invite
    code: str  # shown once to the clinician; never stored


@dataclass(frozen=True)
class NewWebSession:
    web_session: WebSession
    cookie_value: str  # goes into the cookie; the database keeps only its hash


@dataclass(frozen=True)
class SignupResult:
    user: User
    link: ClinicianClientLink | None


# --- users and clinics -------------------------------------------------------------------------


def create_clinic(
    session: Session,
    *,
    name: str,
    slug: str,
    country: str = "US",
    timezone: str = "UTC",
    default_locale: str = "en-US",
    on_call_name: str | None = None,
    on_call_phone: str | None = None,
) -> Clinic:
    if session.scalar(select(Clinic.id).where(Clinic.slug == slug)) is not None:
        raise Conflict(f"A clinic with the slug {slug!r} already exists.")
    clinic = Clinic(
        name=name,
        slug=slug,
        country=country.upper(),
        timezone=timezone,
        default_locale=default_locale,
        on_call_name=on_call_name,
        on_call_phone=on_call_phone,
        settings={},
    )
    session.add(clinic)
    session.flush()
    return clinic


def get_user_by_email(session: Session, *, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(
    session: Session,
    *,
    email: str,
    password: str,
    role: str,
    display_name: str | None = None,
    clinic_id: uuid.UUID | None = None,
    locale: str | None = None,
    timezone: str | None = None,
    actor: User | None = None,
    ip: str | None = None,
) -> User:
    """Create an account of any role (the CLI's ``tandem users create`` and sign-up use this)."""
    if role not in ROLES:
        raise InvalidInput(f"Role must be one of: {', '.join(ROLES)}.")
    try:
        email = normalize_email(email)
        locale = normalize_locale(locale) if locale else "en-US"
        display_name = clean_display_name(display_name or email.split("@", 1)[0])
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc
    check_password_policy(password, email=email)
    if get_user_by_email(session, email=email) is not None:
        raise Conflict("An account with this email already exists. Try signing in.")
    if clinic_id is not None and session.get(Clinic, clinic_id) is None:
        raise InvalidInput("That clinic does not exist.")
    user = User(
        email=email,
        password_hash=hash_password(password),
        role=role,
        display_name=display_name,
        clinic_id=clinic_id,
        locale=locale,
        timezone=timezone or "UTC",
        is_active=True,
        failed_login_count=0,
    )
    session.add(user)
    session.flush()
    record_event(
        session,
        action="user.created",
        actor_id=actor.id if actor else user.id,
        actor_role=actor.role if actor else user.role,
        subject_id=user.id if role == "client" else None,
        object_type="user",
        object_id=str(user.id),
        detail={"role": role},
        ip=ip,
    )
    return user


def signup(
    session: Session,
    *,
    email: str,
    password: str,
    display_name: str,
    locale: str | None = None,
    invite_code: str | None = None,
    ip: str | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> SignupResult:
    """A new client account; with an invitation code it is linked, pending consent."""
    now = now or utcnow()
    invite = None
    if invite_code:
        # Checked before the account exists, so a bad code creates nothing.
        invite = _usable_invite(
            session, code=invite_code, ip=ip, settings=settings or get_settings(), now=now
        )
    user = create_user(
        session,
        email=email,
        password=password,
        role="client",
        display_name=display_name,
        locale=locale,
        ip=ip,
    )
    link = _redeem(session, invite=invite, client=user, ip=ip, now=now) if invite else None
    return SignupResult(user=user, link=link)


# --- signing in --------------------------------------------------------------------------------


def _recent_ip_failures(session: Session, *, ip: str, now: datetime) -> int:
    return int(
        session.scalar(
            select(func.count(LoginAttempt.id)).where(
                LoginAttempt.ip == ip,
                LoginAttempt.succeeded.is_(False),
                LoginAttempt.at > now - THROTTLE_WINDOW,
            )
        )
        or 0
    )


def check_ip_throttle(
    session: Session, *, ip: str | None, settings: Settings, now: datetime
) -> None:
    """Raise RateLimited when this IP has failed too often in the last hour (all processes)."""
    if (
        ip
        and _recent_ip_failures(session, ip=ip, now=now) >= settings.login_ip_max_failures_per_hour
    ):
        raise RateLimited(
            "Too many failed attempts from your network. Please wait up to an hour and try again."
        )


def _record_attempt(
    session: Session,
    *,
    ip: str | None,
    kind: str,
    succeeded: bool,
    user_id: uuid.UUID | None,
    now: datetime,
) -> None:
    session.add(LoginAttempt(at=now, ip=ip, kind=kind, succeeded=succeeded, user_id=user_id))
    # Old rows are worthless to the one-hour window; pruning here keeps the table small.
    session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - timedelta(days=1)))
    session.flush()


def authenticate(
    session: Session,
    *,
    email: str,
    password: str,
    settings: Settings,
    ip: str | None = None,
    now: datetime | None = None,
) -> User:
    """Check a password with per-account lockout and a per-IP hourly limit; audit the outcome.

    Raises (after recording the failure; see module docstring) InvalidCredentials, AccountLocked
    or RateLimited.
    """
    now = now or utcnow()
    check_ip_throttle(session, ip=ip, settings=settings, now=now)
    # Row lock (PostgreSQL; SQLite serialises writers anyway): parallel guesses at one account
    # must each see the previous failure, or none of them would ever reach the lockout.
    user = session.scalar(
        select(User).where(User.email == email.strip().lower()).with_for_update(of=User)
    )
    if user is None:
        burn_password_check(password)
        _record_attempt(session, ip=ip, kind="login", succeeded=False, user_id=None, now=now)
        record_event(session, action="login.failure", detail={"reason": "unknown_email"}, ip=ip)
        raise InvalidCredentials()

    if user.locked_until is not None and user.locked_until > now:
        _record_attempt(session, ip=ip, kind="login", succeeded=False, user_id=user.id, now=now)
        record_event(
            session,
            action="login.refused_locked",
            actor_id=user.id,
            actor_role=user.role,
            ip=ip,
        )
        raise AccountLocked()

    if not verify_password(user.password_hash, password) or not user.is_active:
        _record_attempt(session, ip=ip, kind="login", succeeded=False, user_id=user.id, now=now)
        reason = "bad_password" if user.is_active else "inactive"
        user.failed_login_count += 1
        if user.failed_login_count >= settings.login_max_failures:
            user.locked_until = now + timedelta(minutes=settings.login_lockout_minutes)
            user.failed_login_count = 0
            session.flush()
            record_event(
                session,
                action="login.lockout",
                actor_id=user.id,
                actor_role=user.role,
                detail={"minutes": settings.login_lockout_minutes},
                ip=ip,
            )
            raise AccountLocked()
        session.flush()
        record_event(
            session,
            action="login.failure",
            actor_id=user.id,
            actor_role=user.role,
            detail={"reason": reason},
            ip=ip,
        )
        raise InvalidCredentials()

    user.failed_login_count = 0
    user.locked_until = None
    user.last_login_at = now
    if password_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    _record_attempt(session, ip=ip, kind="login", succeeded=True, user_id=user.id, now=now)
    record_event(session, action="login.success", actor_id=user.id, actor_role=user.role, ip=ip)
    return user


# --- web sessions ------------------------------------------------------------------------------


def idle_limit(role: str, settings: Settings) -> timedelta:
    minutes = {
        "clinician": settings.clinician_idle_minutes,
        "admin": settings.admin_idle_minutes,
        "client": settings.client_idle_minutes,
    }.get(role, settings.clinician_idle_minutes)
    return timedelta(minutes=minutes)


def start_web_session(
    session: Session,
    *,
    user: User,
    settings: Settings,
    ip: str | None = None,
    now: datetime | None = None,
) -> NewWebSession:
    now = now or utcnow()
    cookie_value = new_token(32)
    web_session = WebSession(
        id=hash_token(cookie_value),
        user_id=user.id,
        created_at=now,
        last_seen_at=now,
        expires_at=now + timedelta(hours=settings.session_max_hours),
        csrf_secret=secrets.token_hex(32),
        ip=ip,
    )
    session.add(web_session)
    session.flush()
    return NewWebSession(web_session=web_session, cookie_value=cookie_value)


def web_session_for_cookie(
    session: Session,
    *,
    cookie_value: str,
    settings: Settings,
    now: datetime | None = None,
) -> WebSession | None:
    """The live session behind a cookie, touched; None if unknown, revoked, idle or too old.

    An idle or expired session is revoked on the spot, so it cannot come back to life.
    """
    now = now or utcnow()
    if not cookie_value or len(cookie_value) > 200:
        return None
    web_session = session.get(WebSession, hash_token(cookie_value))
    if web_session is None or web_session.revoked_at is not None:
        return None
    user = web_session.user
    if not user.is_active:
        return None
    idle_for = now - web_session.last_seen_at
    if now >= web_session.expires_at or idle_for > idle_limit(user.role, settings):
        web_session.revoked_at = now
        session.flush()
        record_event(
            session,
            action="logout.expired",
            actor_id=user.id,
            actor_role=user.role,
            detail={"reason": "absolute" if now >= web_session.expires_at else "idle"},
        )
        return None
    if idle_for >= TOUCH_INTERVAL:
        web_session.last_seen_at = now
        session.flush()
    return web_session


def end_web_session(
    session: Session,
    *,
    web_session: WebSession,
    ip: str | None = None,
    now: datetime | None = None,
) -> None:
    if web_session.revoked_at is None:
        web_session.revoked_at = now or utcnow()
        session.flush()
        record_event(
            session,
            action="logout",
            actor_id=web_session.user_id,
            actor_role=web_session.user.role,
            ip=ip,
        )


# --- API tokens --------------------------------------------------------------------------------


def issue_api_token(
    session: Session,
    *,
    user: User,
    name: str = "api",
    ip: str | None = None,
    now: datetime | None = None,
) -> IssuedToken:
    secret = API_TOKEN_PREFIX + new_token(32)
    token = ApiToken(
        user_id=user.id, name=name, token_sha256=hash_token(secret), created_at=now or utcnow()
    )
    session.add(token)
    session.flush()
    record_event(
        session,
        action="token.created",
        actor_id=user.id,
        actor_role=user.role,
        object_type="api_token",
        object_id=str(token.id),
        ip=ip,
    )
    return IssuedToken(token=token, secret=secret)


def api_token_for_secret(
    session: Session, *, secret: str, now: datetime | None = None
) -> ApiToken | None:
    """The live token behind a bearer secret, touched; None if unknown, revoked or user inactive."""
    if not secret or len(secret) > 200:
        return None
    token = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == hash_token(secret)))
    if token is None or token.revoked_at is not None or not token.user.is_active:
        return None
    now = now or utcnow()
    if token.last_used_at is None or now - token.last_used_at >= TOUCH_INTERVAL:
        token.last_used_at = now
        session.flush()
    return token


def revoke_api_token(
    session: Session, *, token: ApiToken, ip: str | None = None, now: datetime | None = None
) -> None:
    if token.revoked_at is None:
        token.revoked_at = now or utcnow()
        session.flush()
        record_event(
            session,
            action="token.revoked",
            actor_id=token.user_id,
            actor_role=token.user.role,
            object_type="api_token",
            object_id=str(token.id),
            ip=ip,
        )


# --- invitations and links ---------------------------------------------------------------------


def normalize_invite_code(code: str) -> str:
    """Upper-case without spaces or dashes, so ``abcd-efgh-jkmn`` and ``ABCDEFGHJKMN`` match."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_invite_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def create_invite(
    session: Session,
    *,
    clinician: User,
    ip: str | None = None,
    now: datetime | None = None,
    valid_for: timedelta = INVITE_VALID_FOR,
) -> IssuedInvite:
    if not clinician.is_clinician:
        raise Forbidden("Only clinicians can invite clients.")
    now = now or utcnow()
    raw = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
    invite = Invite(
        code_sha256=hash_token(raw),
        clinician_id=clinician.id,
        clinic_id=clinician.clinic_id,
        created_at=now,
        expires_at=now + valid_for,
    )
    session.add(invite)
    session.flush()
    record_event(
        session,
        action="invite.created",
        actor_id=clinician.id,
        actor_role=clinician.role,
        object_type="invite",
        object_id=str(invite.id),
        ip=ip,
    )
    return IssuedInvite(invite=invite, code=format_invite_code(raw))


def _usable_invite(
    session: Session, *, code: str, ip: str | None, settings: Settings, now: datetime
) -> Invite:
    """The unredeemed, unexpired invite for this code; a miss is recorded against the IP."""
    check_ip_throttle(session, ip=ip, settings=settings, now=now)
    invite = session.scalar(
        select(Invite)
        .where(Invite.code_sha256 == hash_token(normalize_invite_code(code)))
        .with_for_update()  # two simultaneous redemptions of one code: the second waits, then fails
    )
    if invite is None or invite.redeemed_at is not None or invite.expires_at <= now:
        _record_attempt(session, ip=ip, kind="invite", succeeded=False, user_id=None, now=now)
        record_event(session, action="invite.failure", ip=ip)
        raise InvalidInvite()
    return invite


def _redeem(
    session: Session, *, invite: Invite, client: User, ip: str | None, now: datetime
) -> ClinicianClientLink:
    clinician = session.get(User, invite.clinician_id)
    if clinician is None or not clinician.is_active:
        raise InvalidInvite()
    existing = session.scalar(
        select(ClinicianClientLink).where(
            ClinicianClientLink.clinician_id == invite.clinician_id,
            ClinicianClientLink.client_id == client.id,
            ClinicianClientLink.status != "ended",
        )
    )
    if existing is not None:
        raise Conflict(f"You are already linked with {clinician.display_name}.")
    invite.redeemed_at = now
    invite.redeemed_by = client.id
    link = ClinicianClientLink(
        clinician_id=invite.clinician_id, client_id=client.id, status="pending", created_at=now
    )
    session.add(link)
    session.flush()
    record_event(
        session,
        action="invite.redeemed",
        actor_id=client.id,
        actor_role=client.role,
        subject_id=client.id,
        object_type="link",
        object_id=str(link.id),
        detail={"clinician_id": str(invite.clinician_id)},
        ip=ip,
    )
    return link


def redeem_invite(
    session: Session,
    *,
    client: User,
    code: str,
    ip: str | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> ClinicianClientLink:
    """Link an existing client to the inviting clinician, pending the client's consent."""
    if not client.is_client:
        raise Forbidden("Only clients can redeem an invitation.")
    now = now or utcnow()
    invite = _usable_invite(session, code=code, ip=ip, settings=settings or get_settings(), now=now)
    return _redeem(session, invite=invite, client=client, ip=ip, now=now)


def links_for_client(
    session: Session, *, client_id: uuid.UUID, include_ended: bool = False
) -> list[ClinicianClientLink]:
    query = select(ClinicianClientLink).where(ClinicianClientLink.client_id == client_id)
    if not include_ended:
        query = query.where(ClinicianClientLink.status != "ended")
    return list(session.scalars(query.order_by(ClinicianClientLink.created_at)))


def linked_clinicians(session: Session, *, client_id: uuid.UUID) -> list[User]:
    """Clinicians with an active link to this client: who a risk alert goes to, whatever the
    client chose to share (the safety override).
    """
    return list(
        session.scalars(
            select(User)
            .join(ClinicianClientLink, ClinicianClientLink.clinician_id == User.id)
            .where(
                ClinicianClientLink.client_id == client_id,
                ClinicianClientLink.status == "active",
                User.is_active.is_(True),
            )
            .order_by(ClinicianClientLink.activated_at)
        )
    )


def pending_link_count(session: Session, *, clinician: User) -> int:
    return int(
        session.scalar(
            select(func.count(ClinicianClientLink.id)).where(
                ClinicianClientLink.clinician_id == clinician.id,
                ClinicianClientLink.status == "pending",
            )
        )
        or 0
    )


def end_link(
    session: Session,
    *,
    actor: User,
    link_id: uuid.UUID,
    ip: str | None = None,
    now: datetime | None = None,
) -> ClinicianClientLink:
    """End a link (the client's or the clinician's decision). Unknown to the actor → NotFound."""
    link = session.get(ClinicianClientLink, link_id)
    if link is None or actor.id not in (link.client_id, link.clinician_id):
        raise NotFound()
    if link.status != "ended":
        link.status = "ended"
        link.ended_at = now or utcnow()
        session.flush()
        record_event(
            session,
            action="link.ended",
            actor_id=actor.id,
            actor_role=actor.role,
            subject_id=link.client_id,
            object_type="link",
            object_id=str(link.id),
            ip=ip,
        )
    return link


# --- consent -----------------------------------------------------------------------------------


def current_consent(session: Session, *, client_id: uuid.UUID) -> Consent | None:
    return session.scalar(
        select(Consent)
        .where(Consent.client_id == client_id)
        .order_by(Consent.version.desc())
        .limit(1)
    )


def consent_history(session: Session, *, client_id: uuid.UUID) -> list[Consent]:
    return list(
        session.scalars(
            select(Consent).where(Consent.client_id == client_id).order_by(Consent.version.desc())
        )
    )


def set_consent(
    session: Session,
    *,
    client: User,
    share_measures: bool,
    share_summaries: bool,
    share_transcripts: bool,
    share_journal: bool,
    text_version: str | None = None,
    ip: str | None = None,
    now: datetime | None = None,
) -> Consent:
    """Record a new consent decision; it takes effect at once and activates pending links.

    Sharing nothing keeps links active (the clinician still receives risk alerts: the safety
    override); ending a link is a separate decision (``end_link``).
    """
    if not client.is_client:
        raise Forbidden("Only clients give consent.")
    text = consent_text(client.locale)
    if text_version is not None and text_version != current_version():
        raise Conflict("The consent text has changed since you read it. Please read it again.")
    now = now or utcnow()
    # Serialise one client's consent changes so two quick saves cannot claim the same version.
    session.execute(select(User.id).where(User.id == client.id).with_for_update())
    previous = current_consent(session, client_id=client.id)
    consent = Consent(
        client_id=client.id,
        version=(previous.version + 1) if previous else 1,
        share_measures=share_measures,
        share_summaries=share_summaries,
        share_transcripts=share_transcripts,
        share_journal=share_journal,
        text_version=text.version,
        text_sha256=text.sha256,
        text_language=text.language,
        ip=ip,
        created_at=now,
    )
    session.add(consent)
    activated = []
    for link in links_for_client(session, client_id=client.id):
        if link.status == "pending":
            link.status = "active"
            link.activated_at = now
            activated.append(str(link.id))
    session.flush()
    record_event(
        session,
        action="consent.changed",
        actor_id=client.id,
        actor_role=client.role,
        subject_id=client.id,
        object_type="consent",
        object_id=str(consent.id),
        detail={
            "shared": sorted(s.value for s in consent.shared_streams),
            "text_version": text.version,
            "text_sha256": text.sha256,
            "activated_links": activated,
        },
        ip=ip,
    )
    return consent
