"""Safety plans (Stanley–Brown): written by the client and their clinician together.

Both may edit; every save is a new version recording its author and role. Crisis replies read it
through ``safety_plan_summary``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.plans.access import audit, authorize
from tandem.plans.changes import safety_plan_changes
from tandem.plans.changes import safety_plan_summary_text as safety_summary_text
from tandem.plans.models import SafetyPlanVersion
from tandem.plans.schemas import SafetyPlanDocument, SafetyPlanUpdate
from tandem.plans.versions import (
    VersionInfo,
    author_names,
    check_base,
    insert_version,
    latest_version,
    version_history,
    version_info,
)
from tandem.safety.responses import SafetyPlanSummary


@dataclass(frozen=True)
class SafetyPlanState:
    client_id: uuid.UUID
    document: SafetyPlanDocument
    info: VersionInfo | None

    @property
    def version(self) -> int:
        return self.info.version if self.info else 0


def _safety_state(session: Session, client: User) -> SafetyPlanState:
    row = latest_version(session, SafetyPlanVersion, client.id)
    document = SafetyPlanDocument.model_validate(row.content) if row else SafetyPlanDocument()
    info = version_info(row, author_names(session, [row.author_id])) if row else None
    return SafetyPlanState(client_id=client.id, document=document, info=info)


def read_safety_plan(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> SafetyPlanState:
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    state = _safety_state(session, client)
    if viewer.is_clinician:
        audit(
            session,
            action="safety_plan.read",
            actor=viewer,
            client_id=client.id,
            object_type="safety_plan",
            detail={"version": state.version},
            ip=ip,
        )
    return state


def save_safety_plan(
    session: Session,
    *,
    author: User,
    client_id: uuid.UUID,
    update: SafetyPlanUpdate,
    ip: str | None = None,
    now: datetime | None = None,
) -> SafetyPlanState:
    """Save a new version, written by the client or their clinician; the version records which."""
    client = authorize(session, actor=author, client_id=client_id, ip=ip)
    current = _safety_state(session, client)
    check_base(update.base_version, current.version, "safety plan", current.info)
    document = SafetyPlanDocument(**update.model_dump(exclude={"base_version"}))
    old = current.document if current.info else None
    changes = safety_plan_changes(old, document)
    if old is not None and not changes:
        return current
    if old is None and document.is_empty():
        raise InvalidInput("Write at least one thing in the safety plan before saving it.")
    row = SafetyPlanVersion(
        client_id=client.id,
        version=current.version + 1,
        content=document.model_dump(mode="json"),
        summary=safety_summary_text(old, document),
        author_id=author.id,
        author_role=author.role,
        created_at=now or utcnow(),
    )
    insert_version(session, row, "safety plan")
    audit(
        session,
        action="safety_plan.updated",
        actor=author,
        client_id=client.id,
        object_type="safety_plan",
        object_id=str(row.id),
        detail={"version": row.version, "changes": len(changes)},
        ip=ip,
    )
    return _safety_state(session, client)


def safety_plan_history(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> list[VersionInfo]:
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    history = version_history(session, SafetyPlanVersion, client.id)
    if viewer.is_clinician:
        audit(
            session,
            action="safety_plan.history.read",
            actor=viewer,
            client_id=client.id,
            object_type="safety_plan",
            detail={"versions": len(history)},
            ip=ip,
        )
    return history


@dataclass(frozen=True)
class SafetyWorkspace:
    client: User
    state: SafetyPlanState
    history: list[VersionInfo]


def safety_workspace(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> SafetyWorkspace:
    """The safety plan with its history, read under one scoping check (audited for clinicians)."""
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    state = _safety_state(session, client)
    if viewer.is_clinician:
        audit(
            session,
            action="safety_plan.read",
            actor=viewer,
            client_id=client.id,
            object_type="safety_plan",
            detail={"version": state.version, "with": ["history"]},
            ip=ip,
        )
    return SafetyWorkspace(client, state, version_history(session, SafetyPlanVersion, client.id))


def safety_plan_summary(session: Session, *, client_id: uuid.UUID) -> SafetyPlanSummary | None:
    """The client's safety plan for crisis replies; None when there is none or it is empty."""
    row = latest_version(session, SafetyPlanVersion, client_id)
    if row is None:
        return None
    doc = SafetyPlanDocument.model_validate(row.content)
    people = [(c.name, c.phone or "") for c in (*doc.help_contacts, *doc.professionals)]
    summary = SafetyPlanSummary(
        warning_signs=tuple(doc.warning_signs),
        coping_strategies=tuple(doc.coping_strategies),
        people_to_contact=tuple(people),
        reasons_for_living=tuple(doc.reasons_for_living),
    )
    if not (
        summary.warning_signs
        or summary.coping_strategies
        or summary.people_to_contact
        or summary.reasons_for_living
    ):
        return None
    return summary
