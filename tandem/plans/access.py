"""Who may work on a client's plans, and the audit entries for what they do.

A clinician reaches a client only through ``tandem.accounts.scoping`` (an active link; the read is
audited there); a client reaches only themselves, and anything else looks exactly like a missing
client, so nobody learns about accounts they cannot see.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import get_readable_client
from tandem.audit.service import record_event
from tandem.core.errors import Forbidden, NotFound


def get_client(session: Session, client_id: uuid.UUID) -> User:
    client = session.get(User, client_id)
    if client is None or not client.is_client:
        raise NotFound("No such client.")
    return client


def authorize(
    session: Session, *, actor: User, client_id: uuid.UUID, ip: str | None = None
) -> User:
    """The client whose plans ``actor`` may work on: themselves, or a linked client (audited)."""
    if actor.is_client:
        if actor.id != client_id:
            # Exactly as if it did not exist: a client learns nothing about other accounts.
            raise NotFound("No such client.")
        return actor
    if actor.is_clinician:
        return get_readable_client(session, viewer=actor, client_id=client_id, ip=ip).client
    raise Forbidden("Only the client and their linked clinician can work on this plan.")


def audit(
    session: Session,
    *,
    action: str,
    actor: User,
    client_id: uuid.UUID,
    object_type: str,
    object_id: str | None = None,
    detail: dict[str, Any] | None = None,
    ip: str | None = None,
) -> None:
    record_event(
        session,
        action=action,
        actor_id=actor.id,
        actor_role=actor.role,
        subject_id=client_id,
        object_type=object_type,
        object_id=object_id,
        detail=detail,
        ip=ip,
    )
