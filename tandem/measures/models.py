"""Measures tables: check-ins, questionnaire responses, C-SSRS screens, schedules, reminders and
deterioration flags.

Free text a client writes (a check-in's note and activity) is encrypted at rest. Item-level
answers are stored as numbers so every score can be recomputed and exported. Submissions carry an
optional idempotency key, unique per client, with a hash of the request it came with: a retried
request returns the first result, the same key with a different body is refused.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from tandem.core.crypto import EncryptedText
from tandem.core.models import Base, IdMixin, UTCDateTime, utcnow

SOURCES = ("web", "chat", "api")
IDEMPOTENCY_KEY_MAX_LENGTH = 100


class CheckIn(IdMixin, Base):
    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("client_id", "idempotency_key", name="uq_checkins_client_key"),
        Index("ix_checkins_client_created", "client_id", "created_at"),
        CheckConstraint("mood >= 0 AND mood <= 10", name="mood_range"),
        CheckConstraint("energy IS NULL OR (energy >= 0 AND energy <= 10)", name="energy_range"),
        CheckConstraint(
            "sleep_hours IS NULL OR (sleep_hours >= 0 AND sleep_hours <= 24)", name="sleep_range"
        ),
        CheckConstraint(
            "sleep_quality IS NULL OR (sleep_quality >= 0 AND sleep_quality <= 4)",
            name="sleep_quality_range",
        ),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    mood: Mapped[int] = mapped_column(Integer, nullable=False)
    # Chosen from a fixed vocabulary (``service.EMOTIONS``), so not free text.
    emotions: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    energy: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sleep_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    sleep_quality: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    activity: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    source: Mapped[str] = mapped_column(String(8), nullable=False, default="web")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    idempotency_key: Mapped[str | None] = mapped_column(
        String(IDEMPOTENCY_KEY_MAX_LENGTH), nullable=True
    )
    request_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class QuestionnaireResponse(IdMixin, Base):
    """A completed PHQ-9 or GAD-7: every item's answer, the total and its band."""

    __tablename__ = "questionnaire_responses"
    __table_args__ = (
        UniqueConstraint("client_id", "idempotency_key", name="uq_questionnaire_responses_key"),
        Index("ix_questionnaire_responses_client_instr", "client_id", "instrument", "created_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    instrument: Mapped[str] = mapped_column(String(32), nullable=False)
    answers: Mapped[list[int]] = mapped_column(JSON, nullable=False)
    difficulty: Mapped[int | None] = mapped_column(Integer, nullable=True)
    total: Mapped[int] = mapped_column(Integer, nullable=False)
    severity: Mapped[str] = mapped_column(String(32), nullable=False)
    item9_positive: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    locale: Mapped[str] = mapped_column(String(16), nullable=False, default="en")
    source: Mapped[str] = mapped_column(String(8), nullable=False, default="web")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # The risk event the item-9 safety loop raised (kept so a retried request can report it).
    risk_event_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("risk_events.id", ondelete="SET NULL"), nullable=True
    )
    idempotency_key: Mapped[str | None] = mapped_column(
        String(IDEMPOTENCY_KEY_MAX_LENGTH), nullable=True
    )
    request_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class CssrsResponse(IdMixin, Base):
    """A completed C-SSRS screener, usually opened by a positive PHQ-9 item 9."""

    __tablename__ = "cssrs_responses"
    __table_args__ = (
        UniqueConstraint("client_id", "idempotency_key", name="uq_cssrs_responses_key"),
        Index("ix_cssrs_responses_client_created", "client_id", "created_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    answers: Mapped[dict[str, bool]] = mapped_column(JSON, nullable=False)
    risk: Mapped[str] = mapped_column(String(16), nullable=False)
    positive_items: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    phq9_response_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("questionnaire_responses.id", ondelete="SET NULL"), nullable=True
    )
    locale: Mapped[str] = mapped_column(String(16), nullable=False, default="en")
    source: Mapped[str] = mapped_column(String(8), nullable=False, default="web")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    risk_event_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("risk_events.id", ondelete="SET NULL"), nullable=True
    )
    idempotency_key: Mapped[str | None] = mapped_column(
        String(IDEMPOTENCY_KEY_MAX_LENGTH), nullable=True
    )
    request_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class QuestionnaireSchedule(IdMixin, Base):
    """A clinician's "PHQ-9 every 14 days" for one client (one schedule per instrument)."""

    __tablename__ = "questionnaire_schedules"
    __table_args__ = (
        UniqueConstraint("client_id", "instrument", name="uq_questionnaire_schedules_instr"),
        CheckConstraint("every_days >= 1 AND every_days <= 365", name="every_days_range"),
        Index("ix_questionnaire_schedules_due", "active", "next_due_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    instrument: Mapped[str] = mapped_column(String(32), nullable=False)
    every_days: Mapped[int] = mapped_column(Integer, nullable=False)
    next_due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class Reminder(IdMixin, Base):
    """One reminder sent for one due period of a schedule: the unique key makes the worker's
    reminder run idempotent across retries and across several worker processes."""

    __tablename__ = "measure_reminders"
    __table_args__ = (
        UniqueConstraint("schedule_id", "due_at", "channel", name="uq_measure_reminders_period"),
    )

    schedule_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("questionnaire_schedules.id", ondelete="CASCADE"), nullable=False
    )
    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    instrument: Mapped[str] = mapped_column(String(32), nullable=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    channel: Mapped[str] = mapped_column(String(16), nullable=False, default="email")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="sent")
    error: Mapped[str | None] = mapped_column(String(300), nullable=True)


class DeteriorationFlag(IdMixin, Base):
    """A reliable deterioration (Jacobson–Truax) on the PHQ-9 or GAD-7: a NON-urgent signal for
    the clinician's workspace. Deliberately not a safety alert: worse scores call for a look at
    the next contact, not the urgent on-call path (item 9 and the C-SSRS take that path)."""

    __tablename__ = "deterioration_flags"
    __table_args__ = (Index("ix_deterioration_flags_client_ack", "client_id", "acknowledged_at"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    instrument: Mapped[str] = mapped_column(String(32), nullable=False)
    response_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("questionnaire_responses.id", ondelete="CASCADE"), nullable=False
    )
    previous_response_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("questionnaire_responses.id", ondelete="SET NULL"), nullable=True
    )
    before: Mapped[int] = mapped_column(Integer, nullable=False)
    after: Mapped[int] = mapped_column(Integer, nullable=False)
    delta: Mapped[int] = mapped_column(Integer, nullable=False)
    rci: Mapped[float] = mapped_column(Float, nullable=False)
    clinically_significant: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    label: Mapped[str] = mapped_column(String(80), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "instrument": self.instrument,
            "before": self.before,
            "after": self.after,
            "delta": self.delta,
            "rci": round(self.rci, 2),
            "clinically_significant": self.clinically_significant,
            "label": self.label,
            "created_at": self.created_at.isoformat(),
            "acknowledged_at": self.acknowledged_at.isoformat() if self.acknowledged_at else None,
        }
