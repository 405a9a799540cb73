"""Guard events: generated replies the output guard stopped before a client saw them.

Clinics read these to judge a model (how often, and why, it is blocked). The blocked words are
kept only encrypted: they may quote what the client said, and they are the dangerous text itself.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Uuid
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
