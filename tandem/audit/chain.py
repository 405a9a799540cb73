"""Hashing rules of the audit chain, kept pure so verification needs nothing but the rows."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS_HASH = "0" * 64


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def entry_digest(
    *,
    prev_hash: str,
    seq: int,
    at: datetime,
    action: str,
    actor_id: uuid.UUID | None,
    actor_role: str | None,
    subject_id: uuid.UUID | None,
    object_type: str | None,
    object_id: str | None,
    ip: str | None,
    detail: dict[str, Any],
) -> str:
    """SHA-256 over a canonical JSON form of every field, chained to the previous entry."""
    canonical = json.dumps(
        {
            "prev": prev_hash,
            "seq": seq,
            "at": _iso(at),
            "action": action,
            "actor_id": str(actor_id) if actor_id else None,
            "actor_role": actor_role,
            "subject_id": str(subject_id) if subject_id else None,
            "object_type": object_type,
            "object_id": object_id,
            "ip": ip,
            "detail": detail,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str | None = None
