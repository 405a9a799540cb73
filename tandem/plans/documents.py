"""The versioned documents a clinician keeps for a client, served one way: the treatment plan,
the safety plan and the companion settings.

Each is read (the service scopes and audits clinician reads), saved on top of the version the
editor started from (a ``Conflict``, so a 409, when someone else saved meanwhile) and shown
through one view. A ``VersionedDocument`` names those pieces for one document, so the JSON routes
are one call each. ``save_form`` is the HTML editors' save: validate what the form parsed into,
save it, and turn what went wrong into messages by field, or into a conflict notice that keeps
the person's edits (``shown_again`` then offers the newer version as the base to save over).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.core.errors import Conflict, InvalidInput
from tandem.plans import forms, service, views
from tandem.plans.schemas import (
    CompanionSettingsIn,
    CompanionSettingsOut,
    PlanOut,
    PlanUpdate,
    PlanVersionOut,
    SafetyPlanOut,
    SafetyPlanUpdate,
)
from tandem.plans.versions import VersionInfo

State = TypeVar("State")
State_co = TypeVar("State_co", covariant=True)
Update = TypeVar("Update", bound=BaseModel)
Update_contra = TypeVar("Update_contra", bound=BaseModel, contravariant=True)
Out = TypeVar("Out")


class Reader(Protocol[State_co]):
    def __call__(
        self, session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
    ) -> State_co: ...


class Saver(Protocol[Update_contra, State_co]):
    def __call__(
        self,
        session: Session,
        *,
        author: User,
        client_id: uuid.UUID,
        update: Update_contra,
        ip: str | None = None,
    ) -> State_co: ...


def conflict_notice(exc: Conflict) -> str:
    return (
        f"{exc.message} Your edits are below and have not been saved yet; the saved version is "
        "shown for comparison. Saving again will replace it with your edits."
    )


def _whole_form(exc: InvalidInput) -> str:
    return "form"


@dataclass(frozen=True)
class FormSave(Generic[State]):
    """What came of saving a form: the saved state, or messages by field, or a conflict notice."""

    state: State | None = None
    errors: dict[str, str] = field(default_factory=dict)
    notice: str = ""

    @property
    def saved(self) -> bool:
        return self.state is not None

    @property
    def status_code(self) -> int:
        """For the form shown again: 409 when someone else saved first, else 422."""
        return 409 if self.notice else 422


@dataclass(frozen=True)
class VersionedDocument(Generic[State, Update, Out]):
    update_model: type[Update]
    read: Reader[State]
    save: Saver[Update, State]
    out: Callable[[State], Out]
    # The current version, which a conflict notice offers as the base for saving again.
    latest_version: Callable[[Session, User, uuid.UUID], int]
    history: Reader[list[VersionInfo]] | None = None
    # The form field an ``InvalidInput`` raised by ``save`` is shown next to.
    invalid_field: Callable[[InvalidInput], str] = _whole_form

    def read_out(
        self, session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
    ) -> Out:
        return self.out(self.read(session, viewer=viewer, client_id=client_id, ip=ip))

    def save_out(
        self,
        session: Session,
        *,
        author: User,
        client_id: uuid.UUID,
        update: Update,
        ip: str | None = None,
    ) -> Out:
        state = self.save(session, author=author, client_id=client_id, update=update, ip=ip)
        return self.out(state)

    def versions_out(
        self, session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
    ) -> list[PlanVersionOut]:
        if self.history is None:
            raise TypeError("this document keeps no version history")
        history = self.history(session, viewer=viewer, client_id=client_id, ip=ip)
        return [views.version_out(info) for info in history]

    def save_form(
        self,
        session: Session,
        *,
        author: User,
        client_id: uuid.UUID,
        parsed: forms.ParsedForm,
        ip: str | None,
    ) -> FormSave[State]:
        if parsed.errors:
            return FormSave(errors=dict(parsed.errors))
        try:
            update = self.update_model.model_validate(parsed.body)
            state = self.save(session, author=author, client_id=client_id, update=update, ip=ip)
        except ValidationError as exc:
            return FormSave(errors=forms.field_errors(exc, parsed))
        except Conflict as exc:
            return FormSave(notice=conflict_notice(exc))
        except InvalidInput as exc:
            return FormSave(errors={self.invalid_field(exc): exc.message})
        return FormSave(state=state)

    def shown_again(
        self,
        session: Session,
        failed: FormSave[State],
        values: dict[str, Any],
        *,
        viewer: User,
        client_id: uuid.UUID,
    ) -> dict[str, Any]:
        """The person's own values for the form shown again; after a conflict, based on the
        newer version, so that saving again replaces it with their edits."""
        if failed.notice:
            values["base_version"] = self.latest_version(session, viewer, client_id)
        return values


def _plan_version(session: Session, viewer: User, client_id: uuid.UUID) -> int:
    return service.get_plan(session, client_id=client_id).version  # unaudited


def _safety_plan_version(session: Session, viewer: User, client_id: uuid.UUID) -> int:
    return service.read_safety_plan(session, viewer=viewer, client_id=client_id).version


def _settings_version(session: Session, viewer: User, client_id: uuid.UUID) -> int:
    return service.read_companion_settings(session, viewer=viewer, client_id=client_id).version


def _backend_or_form(exc: InvalidInput) -> str:
    return "backend" if "backend" in exc.message else "form"


TREATMENT_PLAN: VersionedDocument[service.PlanState, PlanUpdate, PlanOut] = VersionedDocument(
    update_model=PlanUpdate,
    read=service.read_plan,
    save=service.save_plan,
    out=views.plan_out,
    latest_version=_plan_version,
    history=service.plan_history,
)
SAFETY_PLAN: VersionedDocument[service.SafetyPlanState, SafetyPlanUpdate, SafetyPlanOut] = (
    VersionedDocument(
        update_model=SafetyPlanUpdate,
        read=service.read_safety_plan,
        save=service.save_safety_plan,
        out=views.safety_plan_out,
        latest_version=_safety_plan_version,
        history=service.safety_plan_history,
    )
)
COMPANION_SETTINGS: VersionedDocument[
    service.SettingsState, CompanionSettingsIn, CompanionSettingsOut
] = VersionedDocument(
    update_model=CompanionSettingsIn,
    read=service.read_companion_settings,
    save=service.save_companion_settings,
    out=views.settings_out,
    latest_version=_settings_version,
    invalid_field=_backend_or_form,
)
