"""Appending to and verifying the audit chain.

Appends are serialised so the chain never forks: PostgreSQL takes a transaction-scoped advisory
lock; SQLite already serialises writers (the engine begins every transaction IMMEDIATE).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tandem.audit.chain import GENESIS_HASH, VerifyResult, entry_digest
from tandem.audit.models import AuditEntry
from tandem.core.models import utcnow

_AUDIT_LOCK_KEY = 0x7A4D_A0D1  # arbitrary, fixed: identifies the audit chain's advisory lock


def record_event(
    session: Session,
    *,
    action: str,
    actor_id: uuid.UUID | None = None,
    actor_role: str | None = None,
    subject_id: uuid.UUID | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
    detail: dict[str, Any] | None = None,
    ip: str | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction; it commits or rolls back with the change."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _AUDIT_LOCK_KEY})
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq = (last.seq + 1) if last else 1
    prev_hash = last.hash if last else GENESIS_HASH
    at = utcnow()
    clean_detail = dict(detail or {})
    digest = entry_digest(
        prev_hash=prev_hash,
        seq=seq,
        at=at,
        action=action,
        actor_id=actor_id,
        actor_role=actor_role,
        subject_id=subject_id,
        object_type=object_type,
        object_id=object_id,
        ip=ip,
        detail=clean_detail,
    )
    entry = AuditEntry(
        seq=seq,
        at=at,
        action=action,
        actor_id=actor_id,
        actor_role=actor_role,
        subject_id=subject_id,
        object_type=object_type,
        object_id=object_id,
        ip=ip,
        detail=clean_detail,
        prev_hash=prev_hash,
        hash=digest,
    )
    session.add(entry)
    session.flush()
    return entry


def _iter_entries(session: Session, batch: int = 1000) -> Iterator[AuditEntry]:
    last_seq = 0
    while True:
        rows = (
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.seq > last_seq)
                .order_by(AuditEntry.seq)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not rows:
            return
        yield from rows
        last_seq = rows[-1].seq
        session.expunge_all()


def verify_chain(session: Session) -> VerifyResult:
    """Walk the chain in order and name the first entry whose content or link does not match."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for entry in _iter_entries(session):
        if entry.seq != expected_seq:
            return VerifyResult(False, checked, entry.seq, f"missing entry before seq {entry.seq}")
        if entry.prev_hash != prev_hash:
            return VerifyResult(False, checked, entry.seq, "link to previous entry broken")
        digest = entry_digest(
            prev_hash=entry.prev_hash,
            seq=entry.seq,
            at=entry.at,
            action=entry.action,
            actor_id=entry.actor_id,
            actor_role=entry.actor_role,
            subject_id=entry.subject_id,
            object_type=entry.object_type,
            object_id=entry.object_id,
            ip=entry.ip,
            detail=dict(entry.detail or {}),
        )
        if digest != entry.hash:
            return VerifyResult(False, checked, entry.seq, "entry content does not match its hash")
        prev_hash = entry.hash
        expected_seq += 1
        checked += 1
    return VerifyResult(True, checked)


def events_for_subject(
    session: Session, *, subject_id: uuid.UUID, limit: int = 200
) -> list[AuditEntry]:
    rows = session.execute(
        select(AuditEntry)
        .where(AuditEntry.subject_id == subject_id)
        .order_by(AuditEntry.seq.desc())
        .limit(limit)
    )
    return list(rows.scalars())
