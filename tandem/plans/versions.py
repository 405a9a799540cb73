"""Append-only versions shared by treatment and safety plans: reading, history, and saving with
optimistic concurrency.

The caller sends the version they edited; a save built on an older version is refused with 409
so nobody silently overwrites someone else's edit. The unique (client, version) constraint backs
this up across processes: a save that loses the race at insert is a 409 too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.core.errors import Conflict
from tandem.plans.models import SafetyPlanVersion, TreatmentPlanVersion

VersionRow = TypeVar("VersionRow", TreatmentPlanVersion, SafetyPlanVersion)


@dataclass(frozen=True)
class VersionInfo:
    """Who saved a version and when (the author's name as it is now)."""

    version: int
    created_at: datetime
    author_id: uuid.UUID | None
    author_name: str | None
    author_role: str
    summary: str


def author_names(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {row.id: row.display_name for row in rows}


def version_info(
    row: TreatmentPlanVersion | SafetyPlanVersion, names: dict[uuid.UUID, str]
) -> VersionInfo:
    return VersionInfo(
        version=row.version,
        created_at=row.created_at,
        author_id=row.author_id,
        author_name=names.get(row.author_id) if row.author_id else None,
        author_role=row.author_role,
        summary=row.summary,
    )


def latest_version(
    session: Session, model: type[VersionRow], client_id: uuid.UUID
) -> VersionRow | None:
    return session.scalar(
        select(model).where(model.client_id == client_id).order_by(model.version.desc()).limit(1)
    )


def version_history(
    session: Session, model: type[VersionRow], client_id: uuid.UUID
) -> list[VersionInfo]:
    rows = list(
        session.scalars(
            select(model).where(model.client_id == client_id).order_by(model.version.desc())
        )
    )
    names = author_names(session, (row.author_id for row in rows))
    return [version_info(row, names) for row in rows]


def check_base(base_version: int, current: int, what: str, info: VersionInfo | None) -> None:
    if base_version == current:
        return
    who = ""
    if info is not None:
        who = f" by {info.author_name or 'someone'} at {info.created_at:%Y-%m-%d %H:%M} UTC"
    raise Conflict(
        f"The {what} was changed{who} after you opened it. Reload it, check the changes and save"
        " again.",
        details={"current_version": current, "your_version": base_version},
    )


def insert_version(
    session: Session, row: TreatmentPlanVersion | SafetyPlanVersion, what: str
) -> None:
    """Insert in a savepoint so a lost race becomes a clean 409, not a broken transaction."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError as exc:
        raise Conflict(
            f"Someone saved the {what} at the same moment. Reload it and save again.",
            details={"your_version": row.version - 1},
        ) from exc
