"""Service states shaped into API answers, shared by the JSON routes and the pages.

``client_plan_out`` is where the line between the clinician's plan and what the client sees is
drawn: private notes, preferred wording and contraindications never reach it.
"""

from __future__ import annotations

from datetime import datetime

from tandem.core.models import utcnow
from tandem.plans.adherence import Adherence
from tandem.plans.frequency import parse_frequency
from tandem.plans.schemas import (
    AdherenceOut,
    ClientPlanOut,
    ClientTechniqueOut,
    CompanionSettingsOut,
    HomeworkOut,
    PlanOut,
    PlanVersionOut,
    SafetyPlanOut,
    TechniqueAdherenceOut,
    TechniqueOut,
)
from tandem.plans.service import PlanState, SafetyPlanState, SettingsState, VersionInfo


def _homework(state: PlanState) -> list[HomeworkOut]:
    out = []
    for item in state.document.homework:
        progress = state.homework_progress(item.id)
        out.append(
            HomeworkOut(
                id=item.id,
                title=item.title,
                instructions=item.instructions,
                due=item.due,
                skill_id=item.skill_id,
                target_count=item.target_count,
                status=item.status,
                state=state.homework_state(item),
                completions=progress.completions,
                last_completed_at=progress.last_completed_at,
                assigned_on=item.assigned_on,
            )
        )
    return out


def _per_week(frequency: str | None) -> float | None:
    parsed = parse_frequency(frequency) if frequency else None
    return parsed.per_week if parsed else None


def _next_session(sessions: list[datetime], now: datetime) -> datetime | None:
    future = [s for s in sessions if s > now]
    return min(future) if future else None


def plan_out(state: PlanState, now: datetime | None = None) -> PlanOut:
    now = now or utcnow()
    doc = state.document
    past = [s for s in doc.sessions if s <= now]
    return PlanOut(
        client_id=state.client_id,
        version=state.version,
        updated_at=state.info.created_at if state.info else None,
        updated_by=state.info.author_name if state.info else None,
        updated_by_role=state.info.author_role if state.info else None,
        goals=list(doc.goals),
        techniques=[
            TechniqueOut(
                skill_id=t.skill_id,
                frequency=t.frequency,
                per_week=_per_week(t.frequency),
                due=t.due,
                note=t.note,
                assigned_on=t.assigned_on,
            )
            for t in doc.techniques
        ],
        homework=_homework(state),
        clinician_notes=doc.clinician_notes,
        preferred_wording=dict(doc.preferred_wording),
        contraindicated_skills=list(doc.contraindicated_skills),
        contraindicated_topics=list(doc.contraindicated_topics),
        sessions=list(doc.sessions),
        next_session=_next_session(doc.sessions, now),
        last_session=max(past) if past else None,
    )


def client_plan_out(state: PlanState, now: datetime | None = None) -> ClientPlanOut:
    now = now or utcnow()
    doc = state.document
    return ClientPlanOut(
        version=state.version,
        updated_at=state.info.created_at if state.info else None,
        goals=list(doc.goals),
        techniques=[
            ClientTechniqueOut(skill_id=t.skill_id, frequency=t.frequency, due=t.due, note=t.note)
            for t in doc.techniques
        ],
        homework=[item for item in _homework(state) if item.state != "cancelled"],
        next_session=_next_session(doc.sessions, now),
    )


def version_out(info: VersionInfo) -> PlanVersionOut:
    return PlanVersionOut(
        version=info.version,
        created_at=info.created_at,
        author_id=info.author_id,
        author_name=info.author_name,
        author_role=info.author_role,
        summary=info.summary,
    )


def safety_plan_out(state: SafetyPlanState) -> SafetyPlanOut:
    return SafetyPlanOut(
        **state.document.model_dump(),
        client_id=state.client_id,
        version=state.version,
        updated_at=state.info.created_at if state.info else None,
        updated_by=state.info.author_name if state.info else None,
        updated_by_role=state.info.author_role if state.info else None,
    )


def settings_out(state: SettingsState) -> CompanionSettingsOut:
    row = state.row
    return CompanionSettingsOut(
        client_id=state.client.id,
        version=state.version,
        paused=row.paused if row else False,
        pause_message=row.pause_message if row else None,
        daily_minutes=row.daily_minutes if row else None,
        quiet_start=row.quiet_start if row else None,
        quiet_end=row.quiet_end if row else None,
        timezone=row.timezone if row else (state.client.timezone or "UTC"),
        backend=row.backend if row else "offline",
        allowed_backends=state.allowed_backends,
        updated_at=row.updated_at if row else None,
    )


def adherence_out(result: Adherence) -> AdherenceOut:
    return AdherenceOut(
        since=result.since,
        until=result.until,
        techniques=[
            TechniqueAdherenceOut(
                skill_id=t.skill_id,
                frequency=t.frequency,
                expected=t.expected,
                done=t.done,
                percent=t.percent,
            )
            for t in result.techniques
        ],
        practice_total=result.practice_total,
        homework_assigned=result.homework_assigned,
        homework_done=result.homework_done,
        homework_overdue=result.homework_overdue,
        homework_percent=result.homework_percent,
    )
