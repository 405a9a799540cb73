"""Risk events (every assessment at low or above) and alerts (one per episode, for humans)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from tandem.core.crypto import EncryptedJSON, EncryptedText
from tandem.core.models import Base, IdMixin, UTCDateTime, utcnow

ALERT_STATUSES = ("open", "acknowledged")
ACK_ACTIONS = (
    "contacted_client",
    "reviewed_safety_plan",
    "contacted_emergency_services",
    "no_action_needed",
)


class RiskEvent(IdMixin, Base):
    __tablename__ = "risk_events"
    __table_args__ = (Index("ix_risk_events_client_detected", "client_id", "detected_at"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    level_rank: Mapped[int] = mapped_column(Integer, nullable=False)
    categories: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    # Evidence quotes the client's words, so it is encrypted like the message it came from.
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(EncryptedJSON, nullable=False)
    source: Mapped[str] = mapped_column(String(32), nullable=False)  # chat, questionnaire, ...
    source_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("alerts.id", ondelete="SET NULL"), nullable=True, index=True
    )


class Alert(IdMixin, Base):
    """One alert per risk episode: later messages in the episode update it instead of adding more.

    An episode lasts while the alert is open; once a clinician acknowledges it, new risk at
    moderate or above opens a new alert.
    """

    __tablename__ = "alerts"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'acknowledged')", name="status"),
        Index("ix_alerts_client_status", "client_id", "status"),
        Index("ix_alerts_status_rank", "status", "level_rank"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    clinic_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("clinics.id", ondelete="SET NULL"), nullable=True, index=True
    )
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    level_rank: Mapped[int] = mapped_column(Integer, nullable=False)
    categories: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    # Rule names and categories only (no client words): safe to show to any linked clinician.
    indicators: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    excerpt: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    source: Mapped[str] = mapped_column(String(32), nullable=False)
    immediate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notify_on_call: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    last_event_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    event_count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    ack_action: Mapped[str | None] = mapped_column(String(40), nullable=True)
    ack_note: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
