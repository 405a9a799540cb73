"""What the chat service calls: pick the backend for a client, build the request, store events.

Session first, keyword-only arguments; flushes, never commits (DESIGN §5).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion.backends.base import HistoryLine, ReplyBackend, ReplyRequest
from tandem.companion.backends.config import LlmSettings
from tandem.companion.backends.consent import (
    ModelConsentText,
    agreed_consent_text,
    current_model_consent,
    model_consent_text,
    record_model_consent,
)
from tandem.companion.backends.guarded import BlockedGeneration, GuardedReply, guarded_reply
from tandem.companion.backends.models import GuardEvent
from tandem.companion.backends.openai_compat import OpenAICompatBackend
from tandem.companion.backends.policy import endpoint_decision, is_loopback_url
from tandem.companion.content_loader import Content, load_content
from tandem.companion.context import ClientContext
from tandem.companion.engine import EngineReply
from tandem.companion.models import ChatMessage
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.core.settings import get_settings
from tandem.safety.assessment import RiskLevel

log = logging.getLogger("tandem.companion.llm")

# The conversation the model sees: the last few messages of the last day.
HISTORY_MESSAGES = 8
HISTORY_WINDOW = timedelta(hours=24)

_backends: dict[tuple[Any, ...], OpenAICompatBackend] = {}
_backends_lock = threading.Lock()


def backend_for_client(
    *,
    settings: Any,
    clinic_settings: Mapping[str, Any] | None,
    provider_consent_text: str | None = None,
    content: Content | None = None,
) -> ReplyBackend | None:
    """The model backend this client's turn may use, or None for the offline engine.

    ``settings`` is ``tandem.core.settings.Settings``; ``clinic_settings`` the client's clinic's
    ``settings`` JSON (None without a clinic: the installation decides alone);
    ``provider_consent_text`` the exact consent text the client agreed to for a remote model.
    Backends are cached per configuration so connections are pooled across requests.
    """
    llm = LlmSettings.from_settings(settings).for_clinic(clinic_settings)
    if not llm.configured or llm.base_url is None:
        return None
    decision = endpoint_decision(
        llm.base_url,
        remote_enabled=llm.remote_allowed,
        provider=llm.provider,
        consent_text=provider_consent_text,
    )
    if not decision.allowed:
        log.info("generative model not used for this client: %s", decision.reason)
        return None
    key = (llm, id(content))
    with _backends_lock:
        backend = _backends.get(key)
        if backend is None:
            backend = OpenAICompatBackend(llm, content=content)
            _backends[key] = backend
        return backend


def llm_settings_for(client: User, *, settings: Any | None = None) -> LlmSettings:
    """The model configuration for this client: the installation's, with their clinic's override."""
    return LlmSettings.from_settings(
        settings if settings is not None else get_settings()
    ).for_clinic(client.clinic.settings if client.clinic is not None else None)


def backend_for(
    session: Session,
    *,
    client: User,
    settings: Any | None = None,
    content: Content | None = None,
) -> ReplyBackend | None:
    """The model backend this client's turn may use, or None for the offline engine.

    For a remote endpoint the client's stored consent is read here: only a current "yes" whose
    text names the configured provider lets their words leave the machine.
    """
    llm = llm_settings_for(client, settings=settings)
    consent_text: str | None = None
    if llm.configured and llm.base_url and not is_loopback_url(llm.base_url):
        consent_text = agreed_consent_text(session, client_id=client.id, provider=llm.provider)
    return backend_for_client(
        settings=settings if settings is not None else get_settings(),
        clinic_settings=client.clinic.settings if client.clinic is not None else None,
        provider_consent_text=consent_text,
        content=content or load_content(),
    )


def remote_provider_offer(
    session: Session, *, client: User, settings: Any | None = None
) -> str | None:
    """The provider's name when the clinic enabled a remote model but the client has not agreed to
    it (so the chat can offer the consent page); None otherwise."""
    llm = llm_settings_for(client, settings=settings)
    if not (llm.configured and llm.base_url) or is_loopback_url(llm.base_url):
        return None
    if not llm.remote_allowed or not llm.provider:
        return None
    if agreed_consent_text(session, client_id=client.id, provider=llm.provider) is not None:
        return None
    return llm.provider


@dataclass(frozen=True)
class ModelConsentView:
    shown: ModelConsentText | None  # None: no provider is configured for this client
    agreed: bool
    remote: bool  # the configured endpoint is not on this machine
    remote_enabled: bool  # the clinic (or installation) switched remote models on


def model_consent_view(
    session: Session, *, client: User, settings: Any | None = None
) -> ModelConsentView:
    """What the consent page shows: the text naming this client's provider and their decision."""
    llm = llm_settings_for(client, settings=settings)
    remote = bool(llm.base_url) and not is_loopback_url(llm.base_url or "")
    if not llm.provider:
        return ModelConsentView(None, False, remote, llm.remote_allowed)
    current = current_model_consent(session, client_id=client.id, provider=llm.provider)
    return ModelConsentView(
        shown=model_consent_text(provider=llm.provider, locale=client.locale),
        agreed=bool(current and current.agreed),
        remote=remote,
        remote_enabled=llm.remote_allowed,
    )


def decide_model_consent(
    session: Session,
    *,
    client: User,
    agreed: bool,
    settings: Any | None = None,
    ip: str | None = None,
) -> ModelConsentView:
    """Record the client's yes or no to sending their messages to the configured provider."""
    llm = llm_settings_for(client, settings=settings)
    if not llm.provider:
        raise InvalidInput("There is no model provider to decide about.")
    record_model_consent(
        session,
        client_id=client.id,
        provider=llm.provider,
        agreed=agreed,
        locale=client.locale,
        ip=ip,
    )
    return model_consent_view(session, client=client, settings=settings)


@dataclass(frozen=True)
class GenerationInput:
    """One turn as a generative model may phrase it: built once by the caller (the chat service's
    blocking and streamed turns alike) and handed to :func:`prepare_generation` or
    :func:`generate_reply`."""

    client: User
    text: str  # the client's message, cleaned and already stored
    level: RiskLevel  # the episode's level from the screen
    ctx: ClientContext
    draft: EngineReply  # the engine's reply: the words used whenever the model's are not
    now: datetime
    settings: Any | None = None
    content: Content | None = None


def prepare_generation(
    session: Session, *, turn: GenerationInput
) -> tuple[ReplyBackend | None, ReplyRequest]:
    """Everything a generation needs from the database, read now: the backend (consent checked)
    and the request (with the recent conversation). After this the model call needs no session."""
    client = turn.client
    backend = backend_for(session, client=client, settings=turn.settings, content=turn.content)
    if backend is None:
        return None, _bare_request(client, turn.text, turn.level, turn.ctx, turn.draft)
    request = reply_request(
        client_id=client.id,
        client_text=turn.text,
        ctx=turn.ctx,
        level=turn.level,
        draft=turn.draft,
        history=recent_history(session, client_id=client.id, before=turn.now),
    )
    return backend, request


def reply_request(
    *,
    client_id: uuid.UUID,
    client_text: str,
    ctx: ClientContext,
    level: RiskLevel,
    draft: EngineReply,
    history: Sequence[tuple[str, str]] = (),
) -> ReplyRequest:
    """The request for :func:`guarded.guarded_reply`.

    ``history``: this client's earlier messages as (role, text) with role "client" or
    "companion", oldest first, *without* the message being answered.
    """
    lines = tuple(
        HistoryLine(role="client" if role == "client" else "companion", text=text)
        for role, text in history
        if text and text.strip()
    )
    return ReplyRequest(
        client_text=client_text,
        lang=ctx.lang if ctx.lang in ("en", "es") else "en",
        level=level,
        draft=draft,
        ctx=ctx,
        history=lines,
        client_id=client_id,
    )


def record_guard_event(
    session: Session,
    *,
    event: BlockedGeneration,
    client_id: uuid.UUID,
    reply_message_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> GuardEvent:
    row = GuardEvent(
        id=uuid.uuid4(),
        client_id=client_id,
        created_at=now or utcnow(),
        backend=event.backend,
        model=event.model,
        risk_level=event.level.label,
        reasons=list(event.reasons),
        stage=event.stage,
        released_chars=event.released_chars,
        reply_message_id=reply_message_id,
        blocked_text=event.blocked_text,
    )
    session.add(row)
    session.flush()
    return row


def recent_history(
    session: Session, *, client_id: uuid.UUID, before: datetime
) -> list[tuple[str, str]]:
    """This client's messages (role, text) from the last day, oldest first, before ``before``."""
    rows = session.execute(
        select(ChatMessage.role, ChatMessage.text)
        .where(
            ChatMessage.client_id == client_id,
            ChatMessage.created_at < before,
            ChatMessage.created_at >= before - HISTORY_WINDOW,
        )
        .order_by(ChatMessage.created_at.desc())
        .limit(HISTORY_MESSAGES)
    ).all()
    return [(str(role), str(text)) for role, text in reversed(rows)]


def generate_reply(session: Session, *, turn: GenerationInput) -> GuardedReply:
    """The words for this turn: the model's if one is configured, allowed and safe, else the
    engine's. Call it after the client's message is stored, with the engine's reply as ``draft``.

    Never raises on a model fault. A blocked generation is stored as a guard event (in a
    savepoint: failing to store it must not lose the turn).
    """
    backend, request = prepare_generation(session, turn=turn)
    result = guarded_reply(backend, request)
    if result.guard_event is not None:
        try:
            with session.begin_nested():
                record_guard_event(
                    session, event=result.guard_event, client_id=turn.client.id, now=turn.now
                )
        except Exception:
            log.exception("storing a guard event failed; the safe reply is still served")
    return result


def _bare_request(
    client: User, text: str, level: RiskLevel, ctx: ClientContext, draft: EngineReply
) -> ReplyRequest:
    return reply_request(client_id=client.id, client_text=text, ctx=ctx, level=level, draft=draft)
