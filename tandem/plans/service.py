"""Plans logic: treatment plans, safety plans, practice and homework, companion settings.

Every function takes the database session first and keyword-only arguments, flushes and never
commits. Functions named for a person acting (``read_plan``, ``save_plan``…) authorise that
person: a clinician only through ``tandem.accounts.scoping`` (active link, audited), a client only
for themselves. Functions taking just a ``client_id`` (``plan_snapshot``, ``record_practice``…)
are for trusted code acting for the client, such as the companion.

Saving is optimistic: the caller sends the version they edited, and a save built on an older
version is refused with 409 so nobody silently overwrites someone else's edit. The unique
(client, version) constraint backs this up across processes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tandem.accounts.models import Clinic, User
from tandem.accounts.scoping import get_readable_client
from tandem.accounts.service import linked_clinicians
from tandem.audit.service import record_event
from tandem.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from tandem.core.models import utcnow
from tandem.plans import adherence as adherence_math
from tandem.plans.catalog import unknown_skills
from tandem.plans.changes import plan_changes, plan_summary, safety_plan_changes
from tandem.plans.changes import safety_plan_summary_text as safety_summary_text
from tandem.plans.frequency import parse_frequency
from tandem.plans.models import (
    PRACTICE_SOURCES,
    CompanionSettings,
    HomeworkCompletion,
    PracticeEvent,
    SafetyPlanVersion,
    TreatmentPlanVersion,
)
from tandem.plans.schemas import (
    CompanionSettingsIn,
    PlanDocument,
    PlanUpdate,
    SafetyPlanDocument,
    SafetyPlanUpdate,
    StoredHomework,
    StoredTechnique,
)
from tandem.plans.snapshot import (
    CompanionSettingsSnapshot,
    HomeworkSnapshot,
    PlanSnapshot,
    TechniqueSnapshot,
)
from tandem.safety.responses import SafetyPlanSummary

DEFAULT_BACKEND = "offline"
DEFAULT_ADHERENCE_DAYS = 7

VersionRow = TypeVar("VersionRow", TreatmentPlanVersion, SafetyPlanVersion)


# --- shared -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionInfo:
    """Who saved a version and when (the author's name as it is now)."""

    version: int
    created_at: datetime
    author_id: uuid.UUID | None
    author_name: str | None
    author_role: str
    summary: str


@dataclass(frozen=True)
class HomeworkProgress:
    completions: int = 0
    last_completed_at: datetime | None = None


@dataclass(frozen=True)
class PlanState:
    client_id: uuid.UUID
    document: PlanDocument
    info: VersionInfo | None  # None: no plan saved yet
    progress: dict[str, HomeworkProgress] = field(default_factory=dict)
    today: date = field(default_factory=date.today)  # in the client's time zone

    @property
    def version(self) -> int:
        return self.info.version if self.info else 0

    def homework_progress(self, homework_id: str) -> HomeworkProgress:
        return self.progress.get(homework_id, HomeworkProgress())

    def homework_state(self, item: StoredHomework) -> str:
        return adherence_math.homework_state(
            item, self.homework_progress(item.id).completions, self.today
        )


@dataclass(frozen=True)
class SafetyPlanState:
    client_id: uuid.UUID
    document: SafetyPlanDocument
    info: VersionInfo | None

    @property
    def version(self) -> int:
        return self.info.version if self.info else 0


def client_zone(client: User) -> ZoneInfo:
    try:
        return ZoneInfo(client.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _get_client(session: Session, client_id: uuid.UUID) -> User:
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


def _audit(
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


def _author_names(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {row.id: row.display_name for row in rows}


def _info(
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


def _latest(session: Session, model: type[VersionRow], client_id: uuid.UUID) -> VersionRow | None:
    return session.scalar(
        select(model).where(model.client_id == client_id).order_by(model.version.desc()).limit(1)
    )


def _history(session: Session, model: type[VersionRow], client_id: uuid.UUID) -> list[VersionInfo]:
    rows = list(
        session.scalars(
            select(model).where(model.client_id == client_id).order_by(model.version.desc())
        )
    )
    names = _author_names(session, (row.author_id for row in rows))
    return [_info(row, names) for row in rows]


def _check_base(base_version: int, current: int, what: str, info: VersionInfo | None) -> None:
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


def _insert_version(
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


# --- treatment plan -----------------------------------------------------------------------------


def _homework_progress(session: Session, client_id: uuid.UUID) -> dict[str, HomeworkProgress]:
    rows = session.execute(
        select(
            HomeworkCompletion.homework_id,
            func.count(HomeworkCompletion.id).label("n"),
            func.max(HomeworkCompletion.at).label("last"),
        )
        .where(HomeworkCompletion.client_id == client_id)
        .group_by(HomeworkCompletion.homework_id)
    )
    progress = {}
    for row in rows:
        last = row.last
        if isinstance(last, datetime) and last.tzinfo is None:  # aggregates, on some engines
            last = last.replace(tzinfo=UTC)
        progress[row.homework_id] = HomeworkProgress(int(row.n), last)
    return progress


def _plan_state(session: Session, client: User, now: datetime | None = None) -> PlanState:
    row = _latest(session, TreatmentPlanVersion, client.id)
    document = PlanDocument.model_validate(row.content) if row else PlanDocument()
    info = _info(row, _author_names(session, [row.author_id])) if row else None
    today = (now or utcnow()).astimezone(client_zone(client)).date()
    return PlanState(
        client_id=client.id,
        document=document,
        info=info,
        progress=_homework_progress(session, client.id),
        today=today,
    )


def get_plan(session: Session, *, client_id: uuid.UUID, now: datetime | None = None) -> PlanState:
    """The current plan (an empty one at version 0 when none was saved), unaudited."""
    return _plan_state(session, _get_client(session, client_id), now)


def read_plan(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> PlanState:
    """The plan as its reader may see it; clinician reads are scoped and audited. Clients get the
    same state: what they may *see* of it is chosen by ``views.client_plan_out``.
    """
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    state = _plan_state(session, client)
    if viewer.is_clinician:
        _audit(
            session,
            action="plan.read",
            actor=viewer,
            client_id=client.id,
            object_type="treatment_plan",
            detail={"version": state.version},
            ip=ip,
        )
    return state


def _build_document(update: PlanUpdate, old: PlanDocument | None, today: date) -> PlanDocument:
    old_techniques = {t.skill_id: t for t in old.techniques} if old else {}
    old_homework = {h.id: h for h in old.homework} if old else {}
    techniques = [
        StoredTechnique(
            **item.model_dump(),
            assigned_on=(
                old_techniques[item.skill_id].assigned_on
                if item.skill_id in old_techniques
                else today
            ),
        )
        for item in update.techniques
    ]
    homework = []
    for item in update.homework:
        if item.id is not None and item.id not in old_homework:
            raise InvalidInput(
                "A homework item was sent with an id this plan does not have.",
                details=[{"loc": ["homework", item.id], "message": "Unknown homework id."}],
            )
        values = item.model_dump()
        if item.id is None:
            values["id"] = str(uuid.uuid4())
            values["assigned_on"] = today
        else:
            values["assigned_on"] = old_homework[item.id].assigned_on
        homework.append(StoredHomework(**values))
    content = update.model_dump(exclude={"base_version", "techniques", "homework"})
    return PlanDocument(**content, techniques=techniques, homework=homework)


def save_plan(
    session: Session,
    *,
    author: User,
    client_id: uuid.UUID,
    update: PlanUpdate,
    ip: str | None = None,
    now: datetime | None = None,
) -> PlanState:
    """Save a new version of the treatment plan (clinicians only). Nothing changed → no version."""
    if not author.is_clinician:
        raise Forbidden("Only the client's clinician can change the treatment plan.")
    client = authorize(session, actor=author, client_id=client_id, ip=ip)
    now = now or utcnow()
    current = _plan_state(session, client, now)
    _check_base(update.base_version, current.version, "treatment plan", current.info)
    unknown = unknown_skills(
        [t.skill_id for t in update.techniques]
        + update.contraindicated_skills
        + [h.skill_id for h in update.homework if h.skill_id]
    )
    if unknown:
        raise InvalidInput(
            f"These are not skills the companion knows: {', '.join(unknown)}.",
            details=[{"loc": ["skill_id"], "message": f"Unknown skill {s}."} for s in unknown],
        )
    old = current.document if current.info else None
    document = _build_document(update, old, current.today)
    changes = plan_changes(old, document)
    if old is not None and not changes:
        return current
    row = TreatmentPlanVersion(
        client_id=client.id,
        version=current.version + 1,
        content=document.model_dump(mode="json"),
        summary=plan_summary(old, document),
        author_id=author.id,
        author_role=author.role,
        created_at=now,
    )
    _insert_version(session, row, "treatment plan")
    _audit(
        session,
        action="plan.updated",
        actor=author,
        client_id=client.id,
        object_type="treatment_plan",
        object_id=str(row.id),
        detail={"version": row.version, "changes": len(changes)},
        ip=ip,
    )
    return _plan_state(session, client, now)


def plan_history(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> list[VersionInfo]:
    """Every saved version, newest first (clinicians only; audited)."""
    if not viewer.is_clinician:
        raise Forbidden("The plan's history is for the client's clinician.")
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    history = _history(session, TreatmentPlanVersion, client.id)
    _audit(
        session,
        action="plan.history.read",
        actor=viewer,
        client_id=client.id,
        object_type="treatment_plan",
        detail={"versions": len(history)},
        ip=ip,
    )
    return history


def plan_version(
    session: Session, *, viewer: User, client_id: uuid.UUID, version: int, ip: str | None = None
) -> tuple[VersionInfo, PlanDocument]:
    """One old version in full (clinicians only; audited)."""
    if not viewer.is_clinician:
        raise Forbidden("The plan's history is for the client's clinician.")
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    row = session.scalar(
        select(TreatmentPlanVersion).where(
            TreatmentPlanVersion.client_id == client.id, TreatmentPlanVersion.version == version
        )
    )
    if row is None:
        raise NotFound("There is no such version of this plan.")
    _audit(
        session,
        action="plan.version.read",
        actor=viewer,
        client_id=client.id,
        object_type="treatment_plan",
        object_id=str(row.id),
        detail={"version": version},
        ip=ip,
    )
    info = _info(row, _author_names(session, [row.author_id]))
    return info, PlanDocument.model_validate(row.content)


def _clinician_name(session: Session, client_id: uuid.UUID) -> str | None:
    clinicians = linked_clinicians(session, client_id=client_id)
    return clinicians[0].display_name if clinicians else None


def plan_snapshot(
    session: Session, *, client_id: uuid.UUID, now: datetime | None = None
) -> PlanSnapshot:
    """Everything the companion needs from the treatment plan, as frozen plain data."""
    now = now or utcnow()
    state = get_plan(session, client_id=client_id, now=now)
    doc = state.document
    techniques = []
    for technique in doc.techniques:
        frequency = parse_frequency(technique.frequency) if technique.frequency else None
        techniques.append(
            TechniqueSnapshot(
                skill_id=technique.skill_id,
                frequency=technique.frequency,
                per_week=frequency.per_week if frequency else None,
                due=technique.due,
                note=technique.note or None,
                assigned_on=technique.assigned_on,
            )
        )
    homework = []
    for item in doc.homework:
        status = state.homework_state(item)
        if status == "cancelled":
            continue
        homework.append(
            HomeworkSnapshot(
                id=item.id,
                title=item.title,
                instructions=item.instructions,
                due=item.due,
                skill_id=item.skill_id,
                target_count=item.target_count,
                completions=state.homework_progress(item.id).completions,
                done=status == "done",
                overdue=status == "overdue",
            )
        )
    future = [s for s in doc.sessions if s > now]
    past = [s for s in doc.sessions if s <= now]
    return PlanSnapshot(
        client_id=client_id,
        version=state.version,
        goals=tuple(doc.goals),
        techniques=tuple(techniques),
        homework=tuple(homework),
        preferred_wording=MappingProxyType(dict(doc.preferred_wording)),
        contraindicated_skills=frozenset(doc.contraindicated_skills),
        contraindicated_topics=frozenset(doc.contraindicated_topics),
        sessions=tuple(doc.sessions),
        next_session=min(future) if future else None,
        last_session=max(past) if past else None,
        clinician_name=_clinician_name(session, client_id),
        updated_at=state.info.created_at if state.info else None,
    )


@dataclass(frozen=True)
class PlanWorkspace:
    """Everything the clinician's plan editor shows, read under one scoping check."""

    client: User
    state: PlanState
    history: list[VersionInfo]
    adherence: adherence_math.Adherence


def plan_workspace(
    session: Session,
    *,
    viewer: User,
    client_id: uuid.UUID,
    ip: str | None = None,
    now: datetime | None = None,
) -> PlanWorkspace:
    """The plan, its history and the last week's adherence for the editor (clinicians only)."""
    if not viewer.is_clinician:
        raise Forbidden("The plan editor is for the client's clinician.")
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    now = now or utcnow()
    state = _plan_state(session, client, now)
    _audit(
        session,
        action="plan.read",
        actor=viewer,
        client_id=client.id,
        object_type="treatment_plan",
        detail={"version": state.version, "with": ["history", "adherence"]},
        ip=ip,
    )
    return PlanWorkspace(
        client=client,
        state=state,
        history=_history(session, TreatmentPlanVersion, client.id),
        adherence=adherence(
            session,
            client_id=client.id,
            since=now - timedelta(days=DEFAULT_ADHERENCE_DAYS),
            until=now,
        ),
    )


# --- homework and practice ----------------------------------------------------------------------


def _complete(
    session: Session,
    *,
    client_id: uuid.UUID,
    homework_id: str,
    source: str,
    at: datetime,
) -> HomeworkCompletion:
    completion = HomeworkCompletion(
        client_id=client_id, homework_id=homework_id, source=source, at=at
    )
    session.add(completion)
    session.flush()
    return completion


def complete_homework(
    session: Session,
    *,
    actor: User,
    client_id: uuid.UUID,
    homework_id: str,
    at: datetime | None = None,
    ip: str | None = None,
) -> tuple[PlanState, StoredHomework]:
    """Record that the client did a homework item (the client, or a clinician in session).

    Completing an item that is already done changes nothing, so a double tap counts once.
    """
    client = authorize(session, actor=actor, client_id=client_id, ip=ip)
    at = at or utcnow()
    state = _plan_state(session, client, at)
    item = next((h for h in state.document.homework if h.id == homework_id), None)
    if item is None:
        raise NotFound("There is no such homework in your plan.")
    if item.status == "cancelled":
        raise Conflict("This homework was cancelled by your clinician.")
    if state.homework_state(item) != "done":
        _complete(session, client_id=client.id, homework_id=item.id, source=actor.role, at=at)
        if actor.is_clinician:
            _audit(
                session,
                action="homework.completed",
                actor=actor,
                client_id=client.id,
                object_type="homework",
                object_id=item.id,
                ip=ip,
            )
        state = _plan_state(session, client, at)
    return state, item


def record_practice(
    session: Session,
    *,
    client_id: uuid.UUID,
    skill_id: str,
    source: str,
    at: datetime | None = None,
) -> PracticeEvent:
    """Record one practice of a skill. It also counts towards the first open homework item that
    practises that skill, so the client is not asked to tick it off by hand.
    """
    if source not in PRACTICE_SOURCES:
        raise InvalidInput(f"source must be one of: {', '.join(PRACTICE_SOURCES)}.")
    skill_id = skill_id.strip().lower()
    if not skill_id or len(skill_id) > 64:
        raise InvalidInput("A practice needs a skill id.")
    at = at or utcnow()
    if at.tzinfo is None:
        raise InvalidInput("Practice times must be timezone-aware.")
    client = _get_client(session, client_id)
    event = PracticeEvent(client_id=client.id, skill_id=skill_id, source=source, at=at)
    session.add(event)
    session.flush()
    state = _plan_state(session, client, at)
    practice_day = at.astimezone(client_zone(client)).date()
    open_items = [
        item
        for item in state.document.homework
        if item.skill_id == skill_id
        and state.homework_state(item) in ("open", "overdue")
        and item.assigned_on <= practice_day
    ]
    if open_items:
        first = min(open_items, key=lambda h: (h.due or date.max, h.assigned_on))
        _complete(session, client_id=client.id, homework_id=first.id, source=source, at=at)
    return event


def adherence(
    session: Session,
    *,
    client_id: uuid.UUID,
    since: datetime,
    until: datetime | None = None,
) -> adherence_math.Adherence:
    """Expected versus done for each assigned technique in the period, and homework done/due."""
    until = until or utcnow()
    if since.tzinfo is None or until.tzinfo is None:
        raise InvalidInput("The period must use timezone-aware times.")
    if until < since:
        raise InvalidInput("The period ends before it starts.")
    client = _get_client(session, client_id)
    state = _plan_state(session, client, until)
    times: dict[str, list[datetime]] = {}
    for skill_id, at in session.execute(
        select(PracticeEvent.skill_id, PracticeEvent.at).where(
            PracticeEvent.client_id == client.id,
            PracticeEvent.at >= since,
            PracticeEvent.at <= until,
        )
    ):
        times.setdefault(skill_id, []).append(at)
    return adherence_math.compute_adherence(
        techniques=state.document.techniques,
        homework=state.document.homework,
        practice_times=times,
        completion_counts={k: v.completions for k, v in state.progress.items()},
        since=since,
        until=until,
        zone=client_zone(client),
    )


def read_adherence(
    session: Session,
    *,
    viewer: User,
    client_id: uuid.UUID,
    since: datetime | None = None,
    ip: str | None = None,
) -> adherence_math.Adherence:
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    until = utcnow()
    result = adherence(
        session,
        client_id=client.id,
        since=since or until - timedelta(days=DEFAULT_ADHERENCE_DAYS),
        until=until,
    )
    if viewer.is_clinician:
        _audit(
            session,
            action="adherence.read",
            actor=viewer,
            client_id=client.id,
            object_type="adherence",
            ip=ip,
        )
    return result


# --- safety plan --------------------------------------------------------------------------------


def _safety_state(session: Session, client: User) -> SafetyPlanState:
    row = _latest(session, SafetyPlanVersion, client.id)
    document = SafetyPlanDocument.model_validate(row.content) if row else SafetyPlanDocument()
    info = _info(row, _author_names(session, [row.author_id])) if row else None
    return SafetyPlanState(client_id=client.id, document=document, info=info)


def read_safety_plan(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> SafetyPlanState:
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    state = _safety_state(session, client)
    if viewer.is_clinician:
        _audit(
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
    _check_base(update.base_version, current.version, "safety plan", current.info)
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
    _insert_version(session, row, "safety plan")
    _audit(
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
    history = _history(session, SafetyPlanVersion, client.id)
    if viewer.is_clinician:
        _audit(
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
        _audit(
            session,
            action="safety_plan.read",
            actor=viewer,
            client_id=client.id,
            object_type="safety_plan",
            detail={"version": state.version, "with": ["history"]},
            ip=ip,
        )
    return SafetyWorkspace(client, state, _history(session, SafetyPlanVersion, client.id))


def safety_plan_summary(session: Session, *, client_id: uuid.UUID) -> SafetyPlanSummary | None:
    """The client's safety plan for crisis replies; None when there is none or it is empty."""
    row = _latest(session, SafetyPlanVersion, client_id)
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


# --- companion settings -------------------------------------------------------------------------


def client_clinic(session: Session, client: User) -> Clinic | None:
    """The clinic whose rules apply: the client's own, else their clinician's."""
    if client.clinic is not None:
        return client.clinic
    for clinician in linked_clinicians(session, client_id=client.id):
        if clinician.clinic is not None:
            return clinician.clinic
    return None


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
    _audit(
        session,
        action="companion_settings.read",
        actor=viewer,
        client_id=client.id,
        object_type="companion_settings",
        ip=ip,
    )
    return SettingsState(
        client, _settings_row(session, client.id), allowed_backends(client_clinic(session, client))
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
    backends = allowed_backends(client_clinic(session, client))
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
    _audit(
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
    client = _get_client(session, client_id)
    clinic = client_clinic(session, client)
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
