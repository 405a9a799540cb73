"""THE answer to "which clients, with which streams, may this clinician read".

Every clinician read of client data goes through ``get_readable_client`` (one client) or
``readable_clients``/``list_readable_clients`` (the caseload). A clinician sees a client only
through an *active* link, and only the streams the client's *current* consent shares, so a changed
or revoked consent takes effect on the very next read. Admins manage installations; they do not
read client data through here.

Failures never reveal more than the caller may know: no active link → NotFound (404), exactly as
if the client did not exist; a stream not shared → NotShared (403).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import ClinicianClientLink, Consent, User
from tandem.accounts.streams import Stream
from tandem.audit.service import record_event
from tandem.core.errors import Forbidden, NotFound, NotShared

__all__ = [
    "ClientAccess",
    "Stream",
    "get_readable_client",
    "list_readable_clients",
    "readable_clients",
]


@dataclass(frozen=True)
class ClientAccess:
    client: User
    link: ClinicianClientLink
    streams: frozenset[Stream]

    def can_read(self, stream: Stream) -> bool:
        return stream in self.streams


def _require_clinician(viewer: User) -> None:
    if not viewer.is_clinician or not viewer.is_active:
        raise Forbidden("Only a client's linked clinician can read their data.")


def readable_clients(session: Session, *, clinician: User) -> Select[User, ClinicianClientLink]:
    """Clients with an active link to this clinician, each with that link (a query to refine)."""
    _require_clinician(clinician)
    return (
        select(User, ClinicianClientLink)
        .join(ClinicianClientLink, ClinicianClientLink.client_id == User.id)
        .where(
            ClinicianClientLink.clinician_id == clinician.id,
            ClinicianClientLink.status == "active",
            User.role == "client",
            User.is_active.is_(True),
        )
    )


def _current_consents(
    session: Session, client_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Consent]:
    ids = list(client_ids)
    if not ids:
        return {}
    newest = (
        select(Consent.client_id, func.max(Consent.version).label("version"))
        .where(Consent.client_id.in_(ids))
        .group_by(Consent.client_id)
        .subquery()
    )
    rows = session.scalars(
        select(Consent).join(
            newest,
            (Consent.client_id == newest.c.client_id) & (Consent.version == newest.c.version),
        )
    )
    return {consent.client_id: consent for consent in rows}


def _streams(consent: Consent | None) -> frozenset[Stream]:
    return consent.shared_streams if consent is not None else frozenset()


def list_readable_clients(
    session: Session, *, clinician: User, ip: str | None = None
) -> list[ClientAccess]:
    """The clinician's caseload with what each client shares now; audited as one list read."""
    rows = session.execute(
        readable_clients(session, clinician=clinician).order_by(User.display_name, User.id)
    ).all()
    consents = _current_consents(session, (client.id for client, _link in rows))
    result = [
        ClientAccess(client=client, link=link, streams=_streams(consents.get(client.id)))
        for client, link in rows
    ]
    record_event(
        session,
        action="clients.list",
        actor_id=clinician.id,
        actor_role=clinician.role,
        object_type="caseload",
        detail={"count": len(result)},
        ip=ip,
    )
    return result


def get_readable_client(
    session: Session,
    *,
    viewer: User,
    client_id: uuid.UUID,
    stream: Stream | None = None,
    ip: str | None = None,
) -> ClientAccess:
    """One client this clinician may read, with the shared streams; the read is audited.

    ``stream``: the kind of data about to be read; NotShared unless the client shares it now.
    """
    _require_clinician(viewer)
    row = session.execute(
        readable_clients(session, clinician=viewer).where(User.id == client_id)
    ).first()
    if row is None:
        raise NotFound("No such client.")
    client, link = row
    streams = _streams(_current_consents(session, [client.id]).get(client.id))
    if stream is not None and stream not in streams:
        raise NotShared()
    record_event(
        session,
        action="client.read",
        actor_id=viewer.id,
        actor_role=viewer.role,
        subject_id=client.id,
        object_type=stream.value if stream else "client",
        object_id=str(client.id),
        detail={"stream": stream.value if stream else None},
        ip=ip,
    )
    return ClientAccess(client=client, link=link, streams=streams)
