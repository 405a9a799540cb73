"""Guard events: generated replies the output guard stopped before a client saw them.

Clinics read these to judge a model (how often, and why, it is blocked). The blocked words are
kept only encrypted: they may quote what the client said, and they are the dangerous text itself.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from tandem.core.crypto import EncryptedText
from tandem.core.models import Base, IdMixin, UTCDateTime, utcnow


class GuardEvent(IdMixin, Base):
    __tablename__ = "companion_guard_events"
    __table_args__ = (Index("ix_companion_guard_events_client_at", "client_id", "created_at"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    backend: Mapped[str] = mapped_column(String(32), nullable=False)
    model: Mapped[str | None] = mapped_column(String(200), nullable=True)
    risk_level: Mapped[str] = mapped_column(String(16), nullable=False)  # the screen's level
    reasons: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    stage: Mapped[str] = mapped_column(String(16), nullable=False)  # reply | stream
    released_chars: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # The companion message the client saw instead (the deterministic reply), when stored.
    reply_message_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("chat_messages.id", ondelete="SET NULL"), nullable=True
    )
    blocked_text: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)


class ModelConsent(IdMixin, Base):
    """A client's decision about sending their messages to one remote model provider.

    Rows are only ever added; the client's current decision for a provider is the newest row for
    it. Like the sharing consents (``accounts.Consent``) each row names the text version and the
    SHA-256 of exactly what was shown; it also keeps the text itself, because the rule is that the
    text the client agreed to *names the provider* (``policy.consent_names_provider``), and that
    must be checkable against what was shown, not against today's template.
    """

    __tablename__ = "companion_model_consents"
    __table_args__ = (
        Index("ix_companion_model_consents_client_provider", "client_id", "provider", "created_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    provider: Mapped[str] = mapped_column(String(200), nullable=False)
    agreed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    text_version: Mapped[str] = mapped_column(String(32), nullable=False)
    text_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    text_language: Mapped[str] = mapped_column(String(8), nullable=False)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)
