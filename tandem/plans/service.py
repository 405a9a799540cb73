"""Plans logic: treatment plans, practice and homework, adherence; and, re-exported here so
callers have one place to look, safety plans and companion settings.

Every function takes the database session first and keyword-only arguments, flushes and never
commits. Functions named for a person acting (``read_plan``, ``save_plan``…) authorise that
person (``tandem.plans.access``): a clinician only through ``tandem.accounts.scoping`` (active
link, audited), a client only for themselves. Functions taking just a ``client_id``
(``plan_snapshot``, ``record_practice``…) are for trusted code acting for the client, such as the
companion.

Saving is optimistic (``tandem.plans.versions``): a save built on an older version is a 409.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.service import linked_clinicians
from tandem.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from tandem.core.models import utcnow
from tandem.core.timezones import zone_named
from tandem.plans import adherence as adherence_math
from tandem.plans.access import audit, authorize, get_client
from tandem.plans.catalog import unknown_skills
from tandem.plans.changes import plan_changes, plan_summary
from tandem.plans.companion_settings import (
    DEFAULT_BACKEND,
    SettingsState,
    allowed_backends,
    clinic_contact,
    companion_settings,
    read_companion_settings,
    save_companion_settings,
)
from tandem.plans.frequency import parse_frequency
from tandem.plans.models import (
    PRACTICE_SOURCES,
    HomeworkCompletion,
    PracticeEvent,
    TreatmentPlanVersion,
)
from tandem.plans.safety_plans import (
    SafetyPlanState,
    SafetyWorkspace,
    read_safety_plan,
    safety_plan_history,
    safety_plan_summary,
    safety_workspace,
    save_safety_plan,
)
from tandem.plans.schemas import PlanDocument, PlanUpdate, StoredHomework, StoredTechnique
from tandem.plans.snapshot import HomeworkSnapshot, PlanSnapshot, TechniqueSnapshot
from tandem.plans.versions import (
    VersionInfo,
    author_names,
    check_base,
    insert_version,
    latest_version,
    version_history,
    version_info,
)

__all__ = [
    "DEFAULT_ADHERENCE_DAYS",
    "DEFAULT_BACKEND",
    "HomeworkProgress",
    "PlanState",
    "PlanWorkspace",
    "SafetyPlanState",
    "SafetyWorkspace",
    "SettingsState",
    "VersionInfo",
    "adherence",
    "adherence_many",
    "allowed_backends",
    "authorize",
    "clinic_contact",
    "companion_settings",
    "complete_homework",
    "get_plan",
    "plan_history",
    "plan_snapshot",
    "plan_version",
    "plan_workspace",
    "read_adherence",
    "read_companion_settings",
    "read_plan",
    "read_safety_plan",
    "record_practice",
    "safety_plan_history",
    "safety_plan_summary",
    "safety_workspace",
    "save_companion_settings",
    "save_plan",
    "save_safety_plan",
]

DEFAULT_ADHERENCE_DAYS = 7


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
    row = latest_version(session, TreatmentPlanVersion, client.id)
    document = PlanDocument.model_validate(row.content) if row else PlanDocument()
    info = version_info(row, author_names(session, [row.author_id])) if row else None
    today = (now or utcnow()).astimezone(client.zone).date()
    return PlanState(
        client_id=client.id,
        document=document,
        info=info,
        progress=_homework_progress(session, client.id),
        today=today,
    )


def get_plan(session: Session, *, client_id: uuid.UUID, now: datetime | None = None) -> PlanState:
    """The current plan (an empty one at version 0 when none was saved), unaudited."""
    return _plan_state(session, get_client(session, client_id), now)


def read_plan(
    session: Session, *, viewer: User, client_id: uuid.UUID, ip: str | None = None
) -> PlanState:
    """The plan as its reader may see it; clinician reads are scoped and audited. Clients get the
    same state: what they may *see* of it is chosen by ``views.client_plan_out``.
    """
    client = authorize(session, actor=viewer, client_id=client_id, ip=ip)
    state = _plan_state(session, client)
    if viewer.is_clinician:
        audit(
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
    check_base(update.base_version, current.version, "treatment plan", current.info)
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
    insert_version(session, row, "treatment plan")
    audit(
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
    history = version_history(session, TreatmentPlanVersion, client.id)
    audit(
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
    audit(
        session,
        action="plan.version.read",
        actor=viewer,
        client_id=client.id,
        object_type="treatment_plan",
        object_id=str(row.id),
        detail={"version": version},
        ip=ip,
    )
    info = version_info(row, author_names(session, [row.author_id]))
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
    audit(
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
        history=version_history(session, TreatmentPlanVersion, client.id),
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
            audit(
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
    client = get_client(session, client_id)
    event = PracticeEvent(client_id=client.id, skill_id=skill_id, source=source, at=at)
    session.add(event)
    session.flush()
    state = _plan_state(session, client, at)
    practice_day = at.astimezone(client.zone).date()
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
    client = get_client(session, client_id)
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
        zone=client.zone,
    )


# Version rows are never changed once written (append-only; key rotation re-encrypts the same
# text), so a parsed document can be kept by row id without ever going stale. This spares the
# caseload a decryption and a validation per client on every refresh.
_DOCUMENT_CACHE_SIZE = 4096
_document_cache: OrderedDict[uuid.UUID, PlanDocument] = OrderedDict()
_document_cache_lock = threading.Lock()


def _documents_by_row(
    session: Session, row_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, PlanDocument]:
    found: dict[uuid.UUID, PlanDocument] = {}
    with _document_cache_lock:
        for row_id in row_ids:
            cached = _document_cache.get(row_id)
            if cached is not None:
                _document_cache.move_to_end(row_id)
                found[row_id] = cached
    missing = [row_id for row_id in row_ids if row_id not in found]
    if missing:
        loaded = {
            row_id: PlanDocument.model_validate(content)
            for row_id, content in session.execute(
                select(TreatmentPlanVersion.id, TreatmentPlanVersion.content).where(
                    TreatmentPlanVersion.id.in_(missing)
                )
            )
        }
        found.update(loaded)
        with _document_cache_lock:
            _document_cache.update(loaded)
            while len(_document_cache) > _DOCUMENT_CACHE_SIZE:
                _document_cache.popitem(last=False)
    return found


def adherence_many(
    session: Session,
    *,
    client_ids: Sequence[uuid.UUID],
    since: datetime,
    until: datetime | None = None,
) -> dict[uuid.UUID, adherence_math.Adherence]:
    """``adherence`` for many clients in four queries, for the caseload.

    Trusted callers only: the ids must already have come through the scoping function. Ids that
    are not clients are left out of the answer.
    """
    until = until or utcnow()
    if since.tzinfo is None or until.tzinfo is None:
        raise InvalidInput("The period must use timezone-aware times.")
    if until < since:
        raise InvalidInput("The period ends before it starts.")
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        return {}
    zones = {
        user_id: zone_named(timezone)
        for user_id, timezone in session.execute(
            select(User.id, User.timezone).where(User.id.in_(ids), User.role == "client")
        )
    }
    newest = (
        select(
            TreatmentPlanVersion.client_id, func.max(TreatmentPlanVersion.version).label("version")
        )
        .where(TreatmentPlanVersion.client_id.in_(ids))
        .group_by(TreatmentPlanVersion.client_id)
        .subquery()
    )
    current_rows: dict[uuid.UUID, uuid.UUID] = {
        client_id: row_id
        for client_id, row_id in session.execute(
            select(TreatmentPlanVersion.client_id, TreatmentPlanVersion.id).join(
                newest,
                (TreatmentPlanVersion.client_id == newest.c.client_id)
                & (TreatmentPlanVersion.version == newest.c.version),
            )
        )
    }
    documents = _documents_by_row(session, list(current_rows.values()))
    counts: dict[uuid.UUID, dict[str, int]] = {}
    for client_id, homework_id, n in session.execute(
        select(
            HomeworkCompletion.client_id,
            HomeworkCompletion.homework_id,
            func.count(HomeworkCompletion.id),
        )
        .where(HomeworkCompletion.client_id.in_(ids))
        .group_by(HomeworkCompletion.client_id, HomeworkCompletion.homework_id)
    ):
        counts.setdefault(client_id, {})[homework_id] = int(n)
    times: dict[uuid.UUID, dict[str, list[datetime]]] = {}
    for client_id, skill_id, at in session.execute(
        select(PracticeEvent.client_id, PracticeEvent.skill_id, PracticeEvent.at).where(
            PracticeEvent.client_id.in_(ids),
            PracticeEvent.at >= since,
            PracticeEvent.at <= until,
        )
    ):
        times.setdefault(client_id, {}).setdefault(skill_id, []).append(at)
    results = {}
    for client_id, zone in zones.items():
        row_id = current_rows.get(client_id)
        document = documents[row_id] if row_id is not None else PlanDocument()
        results[client_id] = adherence_math.compute_adherence(
            techniques=document.techniques,
            homework=document.homework,
            practice_times=times.get(client_id, {}),
            completion_counts=counts.get(client_id, {}),
            since=since,
            until=until,
            zone=zone,
        )
    return results


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
        audit(
            session,
            action="adherence.read",
            actor=viewer,
            client_id=client.id,
            object_type="adherence",
            ip=ip,
        )
    return result
