"""Build accounts rows through the real service, so tests exercise the same rules as production."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tandem.accounts import service
from tandem.accounts.models import Clinic, ClinicianClientLink, Consent, User
from tandem.accounts.streams import Stream

DEFAULT_PASSWORD = "correct horse battery"
_counter = itertools.count(1)


def make_clinic(session: Session, *, name: str | None = None) -> Clinic:
    n = next(_counter)
    return service.create_clinic(session, name=name or f"Clinic {n}", slug=f"clinic-{n}")


def make_user(
    session: Session,
    *,
    role: str = "client",
    email: str | None = None,
    password: str = DEFAULT_PASSWORD,
    display_name: str | None = None,
    clinic: Clinic | None = None,
    locale: str = "en-US",
) -> User:
    n = next(_counter)
    return service.create_user(
        session,
        email=email or f"{role}{n}@example.org",
        password=password,
        role=role,
        display_name=display_name or f"{role.title()} {n}",
        clinic_id=clinic.id if clinic else None,
        locale=locale,
    )


def make_client(session: Session, **kwargs: object) -> User:
    return make_user(session, role="client", **kwargs)  # type: ignore[arg-type]


def make_clinician(session: Session, **kwargs: object) -> User:
    if "clinic" not in kwargs:
        kwargs["clinic"] = make_clinic(session)
    return make_user(session, role="clinician", **kwargs)  # type: ignore[arg-type]


def make_admin(session: Session, **kwargs: object) -> User:
    return make_user(session, role="admin", **kwargs)  # type: ignore[arg-type]


def give_consent(session: Session, client: User, *shared: Stream) -> Consent:
    return service.set_consent(
        session,
        client=client,
        share_measures=Stream.MEASURES in shared,
        share_summaries=Stream.SUMMARIES in shared,
        share_transcripts=Stream.TRANSCRIPTS in shared,
        share_journal=Stream.JOURNAL in shared,
    )


def link(session: Session, clinician: User, client: User, *shared: Stream) -> ClinicianClientLink:
    """Invite, redeem and consent: an active link sharing exactly ``shared``."""
    issued = service.create_invite(session, clinician=clinician)
    pending = service.redeem_invite(session, client=client, code=issued.code)
    give_consent(session, client, *shared)
    session.refresh(pending)
    return pending


@dataclass
class Pair:
    clinician: User
    client: User
    link: ClinicianClientLink


def linked_pair(session: Session, *shared: Stream) -> Pair:
    clinician = make_clinician(session)
    client = make_client(session)
    return Pair(clinician, client, link(session, clinician, client, *shared))
