"""What the chat service calls: pick the backend for a client, build the request, store events.

Session first, keyword-only arguments; flushes, never commits (DESIGN §5).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tandem.companion.backends.base import HistoryLine, ReplyBackend, ReplyRequest
from tandem.companion.backends.config import LlmSettings
from tandem.companion.backends.guarded import BlockedGeneration
from tandem.companion.backends.models import GuardEvent
from tandem.companion.backends.openai_compat import OpenAICompatBackend
from tandem.companion.backends.policy import endpoint_decision
from tandem.companion.content_loader import Content
from tandem.companion.context import ClientContext
from tandem.companion.engine import EngineReply
from tandem.core.models import utcnow
from tandem.safety.assessment import RiskLevel

log = logging.getLogger("tandem.companion.llm")

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
