"""Companion settings: validation, concurrency, backend rules, and the snapshot it reads."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.orm import Session

from tandem.audit.service import events_for_subject
from tandem.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from tandem.plans import service
from tandem.plans.schemas import CompanionSettingsIn
from tests.factories.accounts import linked_pair


def _settings(**overrides: Any) -> CompanionSettingsIn:
    values: dict[str, Any] = {
        "base_version": 0,
        "paused": True,
        "pause_message": "Taking a short break while we adjust your plan - see you Thursday",
        "daily_minutes": 45,
        "quiet_start": "23:00",
        "quiet_end": "07:00",
        "timezone": "Europe/Madrid",
    }
    values.update(overrides)
    return CompanionSettingsIn.model_validate(values)


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"daily_minutes": -1}, "greater than or equal to 0"),
        ({"daily_minutes": 1441}, "less than or equal to 1440"),
        ({"quiet_end": None}, "both a start and an end"),
        ({"quiet_start": "07:00"}, "different times"),
        ({"quiet_start": "25:00"}, "time"),
        ({"timezone": "Mars/Olympus"}, "time zone"),
        ({"backend": "Not A Backend!"}, "backend"),
        ({"pause_message": "x" * 501}, "at most 500"),
        ({"surprise": 1}, "Extra inputs"),
    ],
)
def test_invalid_settings_are_refused_with_a_reason(
    overrides: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(ValidationError, match=fragment):
        _settings(**overrides)


def test_zero_minutes_and_no_quiet_hours_are_valid() -> None:
    settings = _settings(daily_minutes=0, quiet_start=None, quiet_end=None)
    assert settings.daily_minutes == 0 and settings.quiet_start is None


def test_defaults_before_anything_is_saved(db: Session) -> None:
    pair = linked_pair(db)
    snap = service.companion_settings(db, client_id=pair.client.id)
    assert (snap.paused, snap.daily_minutes, snap.quiet_hours, snap.backend) == (
        False,
        None,
        None,
        "offline",
    )
    assert snap.version == 0


def test_saved_settings_reach_the_snapshot_and_are_audited(db: Session) -> None:
    pair = linked_pair(db)
    pair.clinician.clinic.on_call_phone = "555 0100"  # type: ignore[union-attr]
    pair.clinician.clinic.on_call_name = "Riverside on-call"  # type: ignore[union-attr]
    saved = service.save_companion_settings(
        db, author=pair.clinician, client_id=pair.client.id, update=_settings()
    )
    assert saved.version == 1
    snap = service.companion_settings(db, client_id=pair.client.id)
    assert snap.paused is True
    assert snap.pause_message is not None and snap.pause_message.startswith("Taking a short")
    assert snap.daily_minutes == 45
    assert snap.quiet_hours == (time(23, 0), time(7, 0))
    assert snap.timezone == "Europe/Madrid"
    assert snap.clinic_contact == "Riverside on-call: 555 0100"
    raw = db.execute(text("SELECT pause_message FROM companion_settings")).scalar_one()
    assert "short break" not in raw
    (entry,) = [
        e
        for e in events_for_subject(db, subject_id=pair.client.id)
        if e.action == "companion_settings.updated"
    ]
    assert entry.actor_id == pair.clinician.id
    assert entry.detail["changed"] == sorted(
        [
            "paused",
            "pause_message",
            "daily_minutes",
            "quiet_start",
            "quiet_end",
            "timezone",
            "backend",
        ]
    )
    assert "short break" not in str(entry.detail)


def test_stale_settings_get_409(db: Session) -> None:
    pair = linked_pair(db)
    service.save_companion_settings(
        db, author=pair.clinician, client_id=pair.client.id, update=_settings()
    )
    with pytest.raises(Conflict):
        service.save_companion_settings(
            db,
            author=pair.clinician,
            client_id=pair.client.id,
            update=_settings(paused=False),
        )
    resaved = service.save_companion_settings(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=_settings(base_version=1, paused=False),
    )
    assert resaved.version == 2 and resaved.row is not None and not resaved.row.paused


def test_backend_must_be_allowed_by_the_clinic(db: Session) -> None:
    pair = linked_pair(db)
    with pytest.raises(InvalidInput):
        service.save_companion_settings(
            db, author=pair.clinician, client_id=pair.client.id, update=_settings(backend="ollama")
        )
    clinic = pair.clinician.clinic
    assert clinic is not None
    clinic.settings = {"companion_backends": ["ollama"]}
    db.flush()
    service.save_companion_settings(
        db, author=pair.clinician, client_id=pair.client.id, update=_settings(backend="ollama")
    )
    assert service.companion_settings(db, client_id=pair.client.id).backend == "ollama"
    # The clinic withdraws the choice: the companion falls back to the offline engine.
    clinic.settings = {}
    db.flush()
    assert service.companion_settings(db, client_id=pair.client.id).backend == "offline"


def test_only_the_linked_clinician_sets_them(db: Session) -> None:
    pair = linked_pair(db)
    other = linked_pair(db)
    with pytest.raises(NotFound):
        service.save_companion_settings(
            db, author=other.clinician, client_id=pair.client.id, update=_settings()
        )
    with pytest.raises(Forbidden):
        service.save_companion_settings(
            db, author=pair.client, client_id=pair.client.id, update=_settings()
        )
