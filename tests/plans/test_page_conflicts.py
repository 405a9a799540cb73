"""Stale saves on every plans editor page: a 409 that keeps the person's edits, offers the newer
version as the base to save over, overwrites nothing, and leaves the same audit trail as ever."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.audit.service import events_for_subject
from tandem.core.settings import Settings
from tandem.plans import service
from tandem.plans.schemas import CompanionSettingsIn
from tests.factories.accounts import Pair, linked_pair
from tests.factories.plans import make_plan, make_safety_plan, sign_in

TYPED = "Typed while someone else saved"
# (action, recorded with the request's ip) for each audit entry the stale POST writes.
SCOPED_READ = ("client.read", True)


@dataclass(frozen=True)
class Editor:
    name: str
    url: Callable[[Pair], str]
    editor: Callable[[Pair], User]
    first_save: Callable[[Session, Pair], object]
    stale_form: dict[str, str]
    version: Callable[[Session, Pair], int]
    audit: list[tuple[str, bool]]


def _settings_v1(db: Session, pair: Pair) -> object:
    update = CompanionSettingsIn(base_version=0, paused=True, pause_message="Away until Monday")
    return service.save_companion_settings(
        db, author=pair.clinician, client_id=pair.client.id, update=update
    )


def _safety_version(db: Session, pair: Pair) -> int:
    return service.read_safety_plan(db, viewer=pair.client, client_id=pair.client.id).version


EDITORS = [
    Editor(
        name="plan",
        url=lambda p: f"/clinic/clients/{p.client.id}/plan",
        editor=lambda p: p.clinician,
        first_save=lambda db, p: make_plan(db, clinician=p.clinician, client=p.client),
        stale_form={
            "goals": TYPED,
            "technique-0-skill_id": "box_breathing",
            "technique-0-frequency": "daily",
        },
        version=lambda db, p: service.get_plan(db, client_id=p.client.id).version,
        # The save's scoped read, then the page's; the newer version is read unaudited.
        audit=[SCOPED_READ, SCOPED_READ, ("plan.read", True)],
    ),
    Editor(
        name="clinician-safety",
        url=lambda p: f"/clinic/clients/{p.client.id}/safety-plan",
        editor=lambda p: p.clinician,
        first_save=lambda db, p: make_safety_plan(db, author=p.client, client=p.client),
        stale_form={"reasons_for_living": TYPED},
        version=_safety_version,
        audit=[
            SCOPED_READ,
            ("client.read", False),
            ("safety_plan.read", False),
            SCOPED_READ,
            ("safety_plan.read", True),
        ],
    ),
    Editor(
        name="client-safety",
        url=lambda p: "/safety-plan",
        editor=lambda p: p.client,
        first_save=lambda db, p: make_safety_plan(db, author=p.clinician, client=p.client),
        stale_form={"reasons_for_living": TYPED},
        version=_safety_version,
        audit=[],  # a client reading their own plan is not an access to audit
    ),
    Editor(
        name="companion",
        url=lambda p: f"/clinic/clients/{p.client.id}/companion",
        editor=lambda p: p.clinician,
        first_save=_settings_v1,
        stale_form={"pause_message": TYPED, "timezone": "UTC", "backend": "offline"},
        version=lambda db, p: service.companion_settings(db, client_id=p.client.id).version,
        audit=[
            SCOPED_READ,
            ("client.read", False),
            ("companion_settings.read", False),
            SCOPED_READ,
            ("companion_settings.read", True),
        ],
    ),
]


@pytest.mark.parametrize("editor", EDITORS, ids=lambda e: e.name)
def test_stale_save_comes_back_409_with_the_edits_and_the_newer_base(
    client: TestClient, db: Session, settings: Settings, editor: Editor
) -> None:
    pair = linked_pair(db)
    editor.first_save(db, pair)
    csrf = sign_in(client, db, editor.editor(pair), settings)
    before = {e.seq for e in events_for_subject(db, subject_id=pair.client.id)}
    response = client.post(
        editor.url(pair), data={"csrf_token": csrf, "base_version": "0", **editor.stale_form}
    )
    assert response.status_code == 409
    assert "Your edits are below and have not been saved yet" in response.text
    assert TYPED in response.text
    assert 'name="base_version" value="1"' in response.text
    assert editor.version(db, pair) == 1
    written = [e for e in events_for_subject(db, subject_id=pair.client.id) if e.seq not in before]
    assert [(e.action, e.ip is not None) for e in reversed(written)] == editor.audit


def test_a_backend_the_clinic_does_not_allow_is_reported_at_the_backend_field(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    csrf = sign_in(client, db, pair.clinician, settings)
    response = client.post(
        f"/clinic/clients/{pair.client.id}/companion",
        data={"csrf_token": csrf, "base_version": "0", "timezone": "UTC", "backend": "remote"},
    )
    assert response.status_code == 422
    assert (
        '<p class="error-text" id="backend-error">The clinic does not allow that companion'
        in response.text
    )
    assert service.companion_settings(db, client_id=pair.client.id).version == 0
