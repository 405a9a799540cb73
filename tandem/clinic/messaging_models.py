"""Secure asynchronous messages between a client and their linked clinician.

The text is encrypted at rest like every other free text. A message belongs to one
clinician-client pair; reading or writing it requires an active link between them (checked in
``tandem.clinic.messages_service``, never here).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from tandem.core.crypto import EncryptedText
from tandem.core.models import Base, IdMixin, UTCDateTime, utcnow

SENDER_ROLES = ("client", "clinician")


class SecureMessage(IdMixin, Base):
    __tablename__ = "secure_messages"
    __table_args__ = (
        CheckConstraint("sender_role IN ('client', 'clinician')", name="ck_secure_messages_role"),
        Index("ix_secure_messages_pair", "client_id", "clinician_id", "created_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    clinician_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    sender_role: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(EncryptedText, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
