"""Plans tables: treatment and safety plan versions, practice, homework completions, settings.

Plans are append-only: every save is a new version row and the current plan is the highest
version, so history is never lost and "who changed what, when" is the table itself. The unique
(client, version) pair is what makes optimistic concurrency safe across processes: two saves
built on the same version cannot both land.

Everything a clinician or client wrote is one encrypted JSON document per version. Skill and
homework ids stay in plain columns where they are needed for counting; they are identifiers
from the skills library or random ids, not free text.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from tandem.core.crypto import EncryptedJSON, EncryptedText
from tandem.core.models import Base, CreatedMixin, IdMixin, UTCDateTime, utcnow

AUTHOR_ROLES = ("client", "clinician")
PRACTICE_SOURCES = ("companion", "client")
COMPLETION_SOURCES = ("companion", "client", "clinician")


class TreatmentPlanVersion(IdMixin, CreatedMixin, Base):
    __tablename__ = "treatment_plan_versions"
    __table_args__ = (
        UniqueConstraint("client_id", "version", name="uq_treatment_plan_versions_client_version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, nullable=False)
    # Computed from the difference to the previous version; mentions homework titles, so encrypted.
    summary: Mapped[str] = mapped_column(EncryptedText, nullable=False)
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    author_role: Mapped[str] = mapped_column(String(16), nullable=False)


class SafetyPlanVersion(IdMixin, CreatedMixin, Base):
    """A Stanley–Brown safety plan as written at one moment, by the client or their clinician."""

    __tablename__ = "safety_plan_versions"
    __table_args__ = (
        UniqueConstraint("client_id", "version", name="uq_safety_plan_versions_client_version"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("author_role IN ('client', 'clinician')", name="author_role"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, nullable=False)
    summary: Mapped[str] = mapped_column(EncryptedText, nullable=False)
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    author_role: Mapped[str] = mapped_column(String(16), nullable=False)


class PracticeEvent(IdMixin, CreatedMixin, Base):
    """One time the client practised a skill, in the companion or on their own."""

    __tablename__ = "practice_events"
    __table_args__ = (
        Index("ix_practice_events_client_at", "client_id", "at"),
        CheckConstraint("source IN ('companion', 'client')", name="source"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    skill_id: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class HomeworkCompletion(IdMixin, CreatedMixin, Base):
    """One completion of a homework item; the item itself lives in the plan document."""

    __tablename__ = "homework_completions"
    __table_args__ = (
        Index("ix_homework_completions_client_homework", "client_id", "homework_id"),
        CheckConstraint("source IN ('companion', 'client', 'clinician')", name="source"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    homework_id: Mapped[str] = mapped_column(String(36), nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class CompanionSettings(IdMixin, Base):
    """The clinician's limits for one client's companion. One row per client, edited in place
    (each change is audited); ``version`` guards against two people saving over each other.
    """

    __tablename__ = "companion_settings"

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    paused: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pause_message: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    daily_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quiet_start: Mapped[time | None] = mapped_column(Time, nullable=True)
    quiet_end: Mapped[time | None] = mapped_column(Time, nullable=True)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, default="UTC")
    backend: Mapped[str] = mapped_column(String(40), nullable=False, default="offline")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
