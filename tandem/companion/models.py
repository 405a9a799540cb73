"""The client's conversation with the companion, its engine state, notes and usage."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy import Boolean as sa_Boolean
from sqlalchemy.orm import Mapped, mapped_column

from tandem.core.crypto import EncryptedJSON, EncryptedText
from tandem.core.models import Base, IdMixin, UTCDateTime, utcnow


class ChatMessage(IdMixin, Base):
    __tablename__ = "chat_messages"
    __table_args__ = (Index("ix_chat_messages_client_at", "client_id", "created_at"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    role: Mapped[str] = mapped_column(String(16), nullable=False)  # client | companion
    text: Mapped[str] = mapped_column(EncryptedText, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # Client messages: the screen's verdict. Companion messages: what the companion did.
    risk_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    categories: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    action: Mapped[str | None] = mapped_column(String(32), nullable=True)
    skill: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Cards and quick replies may echo the client's own answers (a thought record), so encrypted.
    extras: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON, nullable=True)
    backend: Mapped[str] = mapped_column(String(32), nullable=False, default="offline")


class CompanionState(Base):
    """The engine's memory between turns (active skill, answers so far, offers), encrypted."""

    __tablename__ = "companion_states"

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class SessionNote(IdMixin, Base):
    """Something the client wants to bring to their next session."""

    __tablename__ = "session_notes"

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(EncryptedText, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False, default="chat")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    addressed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class UsageDay(IdMixin, Base):
    """Per-day use of the companion in the client's own time zone: the reliance indicators."""

    __tablename__ = "usage_days"
    __table_args__ = (UniqueConstraint("client_id", "day"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    minutes: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    messages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    late_night_messages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    nobody_else_mentions: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Habit(IdMixin, Base):
    """A small habit goal the client picked, or the clinician suggested."""

    __tablename__ = "habits"

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str] = mapped_column(EncryptedText, nullable=False)
    target_per_week: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    started: Mapped[date] = mapped_column(Date, nullable=False)
    suggested_by_clinician: Mapped[bool] = mapped_column(sa_Boolean, nullable=False, default=False)
    active: Mapped[bool] = mapped_column(sa_Boolean, nullable=False, default=True)


class HabitLog(IdMixin, Base):
    __tablename__ = "habit_logs"
    __table_args__ = (UniqueConstraint("habit_id", "day"),)

    habit_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("habits.id", ondelete="CASCADE"), nullable=False, index=True
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)


# Guard events live with the generative backends; importing them here registers their table.
from tandem.companion.backends import models as _backend_models  # noqa: E402,F401
