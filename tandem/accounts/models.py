"""Accounts tables: clinics, users, links, invitations, consent, tokens, sessions, throttling.

Everything a second app process must see lives here in the database (sessions, failed sign-in
counters), never in process memory, so several stateless processes can serve one clinic.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tandem.accounts.streams import Stream
from tandem.core.models import Base, CreatedMixin, IdMixin, UTCDateTime, utcnow
from tandem.core.timezones import zone_named

ROLES = ("client", "clinician", "admin")
LINK_STATUSES = ("pending", "active", "ended")


class Clinic(IdMixin, CreatedMixin, Base):
    __tablename__ = "clinics"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    slug: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="US")
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, default="UTC")
    default_locale: Mapped[str] = mapped_column(String(16), nullable=False, default="en-US")
    on_call_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    on_call_phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class User(IdMixin, CreatedMixin, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('client', 'clinician', 'admin')", name="role"),)

    # Always stored lower-cased (the service normalises), so the unique index is case-blind.
    email: Mapped[str] = mapped_column(String(254), nullable=False, unique=True)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False)
    # NULL for standalone clients, who use Tandem without a clinician.
    clinic_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("clinics.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    locale: Mapped[str] = mapped_column(String(16), nullable=False, default="en-US")
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, default="UTC")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_login_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    clinic: Mapped[Clinic | None] = relationship(lazy="joined")

    @property
    def zone(self) -> ZoneInfo:
        """The user's own time zone: the days a client lives are counted in it."""
        return zone_named(self.timezone)

    @property
    def is_client(self) -> bool:
        return self.role == "client"

    @property
    def is_clinician(self) -> bool:
        return self.role == "clinician"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class ClinicianClientLink(IdMixin, CreatedMixin, Base):
    """A clinician–client relationship: pending until the client consents, then active, then ended.

    Ended links are kept (never deleted) so history and audit stay meaningful; at most one
    not-ended link may exist per pair.
    """

    __tablename__ = "clinician_client_links"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'active', 'ended')", name="status"),
        Index(
            "uq_clinician_client_links_open_pair",
            "clinician_id",
            "client_id",
            unique=True,
            sqlite_where=text("status != 'ended'"),
            postgresql_where=text("status != 'ended'"),
        ),
    )

    clinician_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    clinician: Mapped[User] = relationship(foreign_keys=[clinician_id], lazy="joined")
    client: Mapped[User] = relationship(foreign_keys=[client_id], lazy="joined")


class Invite(IdMixin, CreatedMixin, Base):
    """A single-use code a clinician gives a client; only its SHA-256 is stored."""

    __tablename__ = "invites"

    code_sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    clinician_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    clinic_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("clinics.id", ondelete="CASCADE"), nullable=True
    )
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    redeemed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    redeemed_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )


class Consent(IdMixin, CreatedMixin, Base):
    """One consent decision. Rows are only ever added; the client's current consent is the row
    with the highest ``version``. Revoking is a new row with every stream false.
    """

    __tablename__ = "consents"
    __table_args__ = (UniqueConstraint("client_id", "version", name="uq_consents_client_version"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # Per-client sequence 1, 2, 3…: orders the history even when two rows share a timestamp.
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    share_measures: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    share_summaries: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    share_transcripts: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    share_journal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    text_version: Mapped[str] = mapped_column(String(32), nullable=False)
    text_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    text_language: Mapped[str] = mapped_column(String(8), nullable=False)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)

    def shares(self, stream: Stream) -> bool:
        return bool(getattr(self, f"share_{stream.value}"))

    @property
    def shared_streams(self) -> frozenset[Stream]:
        return frozenset(s for s in Stream if self.shares(s))


class ApiToken(IdMixin, CreatedMixin, Base):
    __tablename__ = "api_tokens"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False, default="api")
    token_sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    user: Mapped[User] = relationship(lazy="joined")


class WebSession(Base):
    """A signed-in browser. The id is the SHA-256 of the cookie value, so a database leak does not
    hand out live sessions.
    """

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # The absolute end, whatever the activity (settings.session_max_hours after sign-in).
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    csrf_secret: Mapped[str] = mapped_column(String(64), nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)

    user: Mapped[User] = relationship(lazy="joined")


class LoginAttempt(IdMixin, Base):
    """Failed (and successful) sign-in and invite attempts, counted per IP over the last hour.

    Kept in the database so the limit holds across every app process.
    """

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_ip_at", "ip", "at"),)

    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow, index=True)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="login")
    succeeded: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=True
    )
