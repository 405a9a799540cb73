"""The client's consent to a remote model provider: the text that names it, and the record.

A remote endpoint (a hosted API, or a server elsewhere on a network) receives the client's own
words. DESIGN and issue 5 allow that only when the clinic enabled it explicitly *and* the consent
text the client agreed to names the provider. This is a separate decision from what the client
shares with their clinician (``accounts.Consent``): different recipient, different risk, and it
can be given or withdrawn on its own. A loopback endpoint needs none of this.

The text is built from a template with the provider's name in it, so it always names the provider
it is about; a changed template bumps ``MODEL_CONSENT_VERSION``. Each decision is stored with the
version, the SHA-256 of exactly the words shown and those words themselves (see ``ModelConsent``).
Session first, keyword-only arguments; flushes, never commits.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.audit.service import record_event
from tandem.companion.backends.models import ModelConsent
from tandem.companion.backends.policy import consent_names_provider
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow

# Any change to the wording below MUST bump this.
MODEL_CONSENT_VERSION = "2026-11-27.1"

_TEMPLATES = {
    "en": (
        "Your clinic uses an AI model run by {provider} to word some of the companion's replies. "
        "If you agree, the messages you write in the chat, and the recent conversation, are sent "
        "to {provider} over an encrypted connection each time the companion answers. {provider} "
        "is outside your clinic. Safety checks still happen in Tandem first: if a message "
        "suggests you may be in danger, it is not sent to {provider}. If you do not agree, "
        "nothing is sent and the companion answers with its own built-in words. You can change "
        "your mind at any time."
    ),
    "es": (
        "Tu centro usa un modelo de IA de {provider} para redactar algunas respuestas del "
        "acompañante. Si aceptas, los mensajes que escribes en el chat y la conversación reciente "
        "se envían a {provider} por una conexión cifrada cada vez que el acompañante responde. "
        "{provider} es ajeno a tu centro. Las comprobaciones de seguridad se hacen antes en "
        "Tandem: si un mensaje sugiere que puedes estar en peligro, no se envía a {provider}. Si "
        "no aceptas, no se envía nada y el acompañante responde con sus propias palabras. Puedes "
        "cambiar de idea cuando quieras."
    ),
}


@dataclass(frozen=True)
class ModelConsentText:
    provider: str
    version: str
    language: str
    text: str
    sha256: str


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def model_consent_text(*, provider: str, locale: str | None) -> ModelConsentText:
    """The words a client is shown before agreeing to send their messages to ``provider``."""
    name = " ".join(provider.split())
    if not name:
        raise InvalidInput("No model provider is configured.")
    language = (locale or "en").split("-", 1)[0].split("_", 1)[0].lower()
    if language not in _TEMPLATES:
        language = "en"
    text = _TEMPLATES[language].format(provider=name)
    return ModelConsentText(
        provider=name,
        version=MODEL_CONSENT_VERSION,
        language=language,
        text=text,
        sha256=_sha256(f"{MODEL_CONSENT_VERSION}\n{language}\n{text}"),
    )


def record_model_consent(
    session: Session,
    *,
    client_id: uuid.UUID,
    provider: str,
    agreed: bool,
    locale: str | None,
    ip: str | None = None,
    now: datetime | None = None,
) -> ModelConsent:
    """Store the client's decision about ``provider``, with the exact text they were shown."""
    shown = model_consent_text(provider=provider, locale=locale)
    row = ModelConsent(
        id=uuid.uuid4(),
        client_id=client_id,
        created_at=now or utcnow(),
        provider=shown.provider,
        agreed=agreed,
        text=shown.text,
        text_version=shown.version,
        text_sha256=shown.sha256,
        text_language=shown.language,
        ip=ip,
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        action="model_consent.changed",
        actor_id=client_id,
        actor_role="client",
        subject_id=client_id,
        object_type="model_consent",
        object_id=str(row.id),
        detail={
            "provider": row.provider,
            "agreed": agreed,
            "text_version": row.text_version,
            "text_sha256": row.text_sha256,
        },
        ip=ip,
    )
    return row


def current_model_consent(
    session: Session, *, client_id: uuid.UUID, provider: str
) -> ModelConsent | None:
    """The client's newest decision about ``provider``, or None if they never made one."""
    name = " ".join(provider.split())
    return session.scalars(
        select(ModelConsent)
        .where(ModelConsent.client_id == client_id, ModelConsent.provider == name)
        .order_by(ModelConsent.created_at.desc())
        .limit(1)
    ).first()


def agreed_consent_text(
    session: Session, *, client_id: uuid.UUID, provider: str | None
) -> str | None:
    """The consent text the client agreed to for ``provider``, when their current decision is yes,
    the stored words still match their hash, and the words name the provider; else None."""
    if not provider or not provider.strip():
        return None
    row = current_model_consent(session, client_id=client_id, provider=provider)
    if row is None or not row.agreed:
        return None
    expected = _sha256(f"{row.text_version}\n{row.text_language}\n{row.text}")
    if expected != row.text_sha256:
        return None  # the stored words were altered after the client agreed: not a consent
    if not consent_names_provider(row.text, provider):
        return None
    return row.text
