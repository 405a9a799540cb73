"""Secure asynchronous messages between a client and their linked clinician.

Only a linked pair can exchange messages: a clinician reaches a client through
``tandem.accounts.scoping.get_readable_client`` (no active link → 404, exactly as if the client
did not exist); a client writes only to clinicians with an active link. Messages are their own
channel, not one of the consent streams: being linked is what allows them. Every read and write
is audited.

A client's message is screened by the safety detector like any of their words, so "I can't go
on" written here still opens a risk event and an alert by the usual rules. The pages tell the
client plainly that messages are not watched around the clock and link to /help.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import get_readable_client
from tandem.accounts.service import linked_clinicians
from tandem.audit.service import record_event
from tandem.clinic.messaging_models import SecureMessage
from tandem.core.errors import Forbidden, InvalidInput, NotFound
from tandem.core.models import utcnow
from tandem.safety.detector import assess
from tandem.safety.service import record_assessment

MAX_MESSAGE_CHARS = 4000
THREAD_LIMIT = 200


@dataclass(frozen=True)
class Thread:
    client: User
    clinician: User
    messages: list[SecureMessage]


def clean_text(text: str) -> str:
    cleaned = "\n".join(line.rstrip() for line in (text or "").strip().splitlines())
    if not cleaned:
        raise InvalidInput("Write a message before sending it.")
    if len(cleaned) > MAX_MESSAGE_CHARS:
        raise InvalidInput(f"A message can be at most {MAX_MESSAGE_CHARS} characters.")
    return cleaned


def _thread(session: Session, client_id: uuid.UUID, clinician_id: uuid.UUID) -> list[SecureMessage]:
    rows = session.scalars(
        select(SecureMessage)
        .where(SecureMessage.client_id == client_id, SecureMessage.clinician_id == clinician_id)
        .order_by(SecureMessage.created_at.desc(), SecureMessage.id)
        .limit(THREAD_LIMIT)
    ).all()
    return list(reversed(rows))


def _mark_read(messages: list[SecureMessage], *, reader_role: str, now: datetime) -> None:
    for message in messages:
        if message.sender_role != reader_role and message.read_at is None:
            message.read_at = now


def _audit(
    session: Session,
    *,
    actor: User,
    client_id: uuid.UUID,
    action: str,
    detail: dict[str, object],
    ip: str | None,
    object_id: str | None = None,
) -> None:
    record_event(
        session,
        action=action,
        actor_id=actor.id,
        actor_role=actor.role,
        subject_id=client_id,
        object_type="secure_message",
        object_id=object_id,
        detail=detail,
        ip=ip,
    )


# --- clinician side -----------------------------------------------------------------------------


def clinician_thread(
    session: Session,
    *,
    viewer: User,
    client_id: uuid.UUID,
    ip: str | None = None,
    now: datetime | None = None,
) -> Thread:
    """The conversation with one linked client (404 for anyone else); marks theirs as read."""
    access = get_readable_client(session, viewer=viewer, client_id=client_id, ip=ip)
    messages = _thread(session, access.client.id, viewer.id)
    _mark_read(messages, reader_role="clinician", now=now or utcnow())
    _audit(
        session,
        actor=viewer,
        client_id=access.client.id,
        action="messages.read",
        detail={"count": len(messages)},
        ip=ip,
    )
    session.flush()
    return Thread(client=access.client, clinician=viewer, messages=messages)


def send_as_clinician(
    session: Session,
    *,
    sender: User,
    client_id: uuid.UUID,
    text: str,
    ip: str | None = None,
    now: datetime | None = None,
) -> SecureMessage:
    access = get_readable_client(session, viewer=sender, client_id=client_id, ip=ip)
    message = SecureMessage(
        client_id=access.client.id,
        clinician_id=sender.id,
        sender_role="clinician",
        text=clean_text(text),
        created_at=now or utcnow(),
    )
    session.add(message)
    session.flush()
    _audit(
        session,
        actor=sender,
        client_id=access.client.id,
        action="message.sent",
        detail={"to": "client"},
        ip=ip,
        object_id=str(message.id),
    )
    return message


# --- client side --------------------------------------------------------------------------------


def _require_client(user: User) -> None:
    if user.role != "client":
        raise Forbidden("Only clients have a message thread with their clinician.")


def client_clinician(session: Session, *, client: User) -> User | None:
    """The clinician a client writes to: their (first) actively linked clinician, if any."""
    _require_client(client)
    clinicians = linked_clinicians(session, client_id=client.id)
    return min(clinicians, key=lambda c: (c.display_name, str(c.id))) if clinicians else None


def client_thread(
    session: Session, *, client: User, ip: str | None = None, now: datetime | None = None
) -> Thread | None:
    """The client's conversation with their clinician; None when they have no clinician."""
    clinician = client_clinician(session, client=client)
    if clinician is None:
        return None
    messages = _thread(session, client.id, clinician.id)
    _mark_read(messages, reader_role="client", now=now or utcnow())
    _audit(
        session,
        actor=client,
        client_id=client.id,
        action="messages.read",
        detail={"count": len(messages)},
        ip=ip,
    )
    session.flush()
    return Thread(client=client, clinician=clinician, messages=messages)


def send_as_client(
    session: Session,
    *,
    sender: User,
    text: str,
    ip: str | None = None,
    now: datetime | None = None,
) -> SecureMessage:
    clinician = client_clinician(session, client=sender)
    if clinician is None:
        raise NotFound("You are not linked with a clinician, so there is nobody to message.")
    cleaned = clean_text(text)
    message = SecureMessage(
        client_id=sender.id,
        clinician_id=clinician.id,
        sender_role="client",
        text=cleaned,
        created_at=now or utcnow(),
    )
    session.add(message)
    session.flush()
    _audit(
        session,
        actor=sender,
        client_id=sender.id,
        action="message.sent",
        detail={"to": "clinician"},
        ip=ip,
        object_id=str(message.id),
    )
    # The clinician may not read this for days: risk in it must reach the safety engine now.
    assessment = assess(cleaned, locale=sender.locale or "en")
    record_assessment(
        session,
        client=sender,
        assessment=assessment,
        source="message",
        source_id=str(message.id),
        excerpt=cleaned,
        now=message.created_at,
    )
    return message


def unread_counts(
    session: Session, *, clinician: User, client_ids: list[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """Unread client messages per client, in one query (ids already scoped by the caller)."""
    if not client_ids:
        return {}
    rows = session.execute(
        select(SecureMessage.client_id, func.count(SecureMessage.id))
        .where(
            SecureMessage.clinician_id == clinician.id,
            SecureMessage.client_id.in_(client_ids),
            SecureMessage.sender_role == "client",
            SecureMessage.read_at.is_(None),
        )
        .group_by(SecureMessage.client_id)
    ).all()
    return {client_id: int(n) for client_id, n in rows}
