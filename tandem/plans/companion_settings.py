"""Companion settings per client, set by the clinician: pause, daily minutes, quiet hours, backend.

One row per client, edited in place; each change is audited (field names and limits, never the
pause message), and ``version`` guards against two people saving over each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tandem.accounts.models import Clinic, User
from tandem.core.errors import Conflict, Forbidden, InvalidInput
from tandem.core.models import utcnow
from tandem.plans.access import audit, authorize, get_client
from tandem.plans.models import CompanionSettings
from tandem.plans.schemas import CompanionSettingsIn
from tandem.plans.snapshot import CompanionSettingsSnapshot
from tandem.safety.service import client_clinic

DEFAULT_BACKEND = "offline"


def allowed_backends(clinic: Clinic | None) -> list[str]:
    """``offline`` always; others only where the clinic's settings list them."""
    extra = (clinic.settings or {}).get("companion_backends", []) if clinic else []
    names = [DEFAULT_BACKEND]
    if isinstance(extra, list):
        names += [str(name) for name in extra if str(name) != DEFAULT_BACKEND]
    return names


def clinic_contact(clinic: Clinic | None) -> str:
    if clinic is None:
        return ""
    contact = (clinic.settings or {}).get("contact")
    if isinstance(contact, str) and contact.strip():
        return contact.strip()
    if clinic.on_call_phone:
        name = clinic.on_call_name or clinic.name
        return f"{name}: {clinic.on_call_phone}"
    return ""


@dataclass(frozen=True)
class SettingsState:
    client: User
    row: CompanionSettings | None
    allowed_backends: list[str]

    @property
    def version(self) -> int:
        return self.row.version if self.row else 0


def _settings_row(session: Session, client_id: uuid.UUID) -> CompanionSettings | None:
    return session.scalar(select(CompanionSettings).where(CompanionSettings.client_id == client_id))


def read_companion_settings(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> SettingsState:
    if not viewer.is_clinician:
        raise Forbidden("Companion settings are set by the client's clinician.")
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    audit(
        session,
        action="companion_settings.read",
        actor=viewer,
        client_id=client.id,
        object_type="companion_settings",
        ip=ip,
    )
    return SettingsState(
        client,
        _settings_row(session, client.id),
        allowed_backends(client_clinic(session, client=client)),
    )


def save_companion_settings(
    session: Session,
    *,
    author: User,
    client_id: uuid.UUID,
    update: CompanionSettingsIn,
    ip: str | None = None,
    now: datetime | None = None,
) -> SettingsState:
    if not author.is_clinician:
        raise Forbidden("Companion settings are set by the client's clinician.")
    client = authorize(session, actor=author, client_id=client_id, ip=ip)
    backends = allowed_backends(client_clinic(session, client=client))
    if update.backend not in backends:
        raise InvalidInput(
            "The clinic does not allow that companion backend.",
            details=[{"loc": ["backend"], "message": f"Choose one of: {', '.join(backends)}."}],
        )
    row = _settings_row(session, client.id)
    current = row.version if row else 0
    if update.base_version != current:
        raise Conflict(
            "The companion settings were changed after you opened them. Reload and try again.",
            details={"current_version": current, "your_version": update.base_version},
        )
    before = _settings_fields(row)
    if row is None:
        row = CompanionSettings(client_id=client.id, version=0)
        session.add(row)
    row.paused = update.paused
    row.pause_message = update.pause_message
    row.daily_minutes = update.daily_minutes
    row.quiet_start = update.quiet_start
    row.quiet_end = update.quiet_end
    row.timezone = update.timezone
    row.backend = update.backend
    after = _settings_fields(row)
    changed = sorted(k for k in after if before.get(k) != after[k])
    if before and not changed:
        return SettingsState(client, row, backends)
    row.version = current + 1
    row.updated_at = now or utcnow()
    row.updated_by = author.id
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise Conflict("Someone saved these settings at the same moment. Reload it.") from exc
    audit(
        session,
        action="companion_settings.updated",
        actor=author,
        client_id=client.id,
        object_type="companion_settings",
        object_id=str(row.id),
        # Field names and the new limits only: the pause message is free text and stays out.
        detail={
            "version": row.version,
            "changed": changed,
            "paused": row.paused,
            "daily_minutes": row.daily_minutes,
        },
        ip=ip,
    )
    return SettingsState(client, row, backends)


def _settings_fields(row: CompanionSettings | None) -> dict[str, Any]:
    if row is None:
        return {}
    return {
        "paused": row.paused,
        "pause_message": row.pause_message,
        "daily_minutes": row.daily_minutes,
        "quiet_start": row.quiet_start,
        "quiet_end": row.quiet_end,
        "timezone": row.timezone,
        "backend": row.backend,
    }


def companion_settings(session: Session, *, client_id: uuid.UUID) -> CompanionSettingsSnapshot:
    """The limits the companion must respect for this client (defaults when none were set).

    A backend the clinic no longer allows falls back to the offline engine.
    """
    client = get_client(session, client_id)
    clinic = client_clinic(session, client=client)
    row = _settings_row(session, client.id)
    contact = clinic_contact(clinic)
    if row is None:
        return CompanionSettingsSnapshot(timezone=client.timezone or "UTC", clinic_contact=contact)
    quiet = (
        (row.quiet_start, row.quiet_end)
        if row.quiet_start is not None and row.quiet_end is not None
        else None
    )
    backend = row.backend if row.backend in allowed_backends(clinic) else DEFAULT_BACKEND
    return CompanionSettingsSnapshot(
        paused=row.paused,
        pause_message=row.pause_message,
        daily_minutes=row.daily_minutes,
        quiet_hours=quiet,
        timezone=row.timezone,
        backend=backend,
        clinic_contact=contact,
        version=row.version,
    )
