"""Clinic workspace tables.

Alerts side: the notification outbox (one row per message we owe someone, unique per purpose so
several workers never send the same one twice), what each alert has already been announced at,
and each clinician's weekly availability for after-hours routing.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from tandem.core.models import Base, CreatedMixin, IdMixin, UTCDateTime, utcnow

DELIVERY_STATUSES = ("pending", "sending", "sent", "failed")


class NotificationDelivery(IdMixin, CreatedMixin, Base):
    """The outbox: a notification we owe, then its fate.

    ``dedup_key`` says what the message is for (this alert, this recipient, this purpose), and
    the unique index on it is what makes "at most once per purpose" hold across processes: a
    second worker planning the same message inserts nothing. Bodies hold fixed wording and links
    only, never client words, so they are stored in clear.
    """

    __tablename__ = "notification_deliveries"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'sending', 'sent', 'failed')", name="status"),
        Index("ix_notification_deliveries_status_next", "status", "next_attempt_at"),
    )

    dedup_key: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("alerts.id", ondelete="CASCADE"), nullable=True, index=True
    )
    recipient_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True
    )
    address: Mapped[str] = mapped_column(String(500), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    link: Mapped[str | None] = mapped_column(String(500), nullable=True)
    urgent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(300), nullable=True)


class AlertDispatch(Base):
    """How far an alert has been announced: the level its notifications were planned for.

    An alert that rises from moderate to high within its episode is announced again (the on-call
    must hear of it); one that only gathers more events at the same level is not.
    """

    __tablename__ = "alert_dispatches"

    alert_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True
    )
    notified_rank: Mapped[int] = mapped_column(Integer, nullable=False)
    routed_to_on_call: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    planned_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class ClinicianAvailability(IdMixin, Base):
    """One weekly window when a clinician takes alerts, in the clinician's own timezone.

    A clinician with no windows at all is treated as always reachable (they get every alert);
    once they set windows, alerts outside them go straight to the clinic's on-call.
    """

    __tablename__ = "clinician_availability"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint(
            "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute",
            name="window",
        ),
    )

    clinician_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    weekday: Mapped[int] = mapped_column(Integer, nullable=False)  # Monday 0 … Sunday 6
    start_minute: Mapped[int] = mapped_column(Integer, nullable=False)
    end_minute: Mapped[int] = mapped_column(Integer, nullable=False)


# Secure messages live in their own module; importing it here registers their table.
from tandem.clinic import messaging_models as _messaging_models  # noqa: E402,F401
