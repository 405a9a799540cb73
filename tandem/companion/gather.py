"""Assembling what the engine knows about the client from the database, once per turn.

The engine is pure; this module is the only place that turns rows from other domains (plan,
companion settings, mood, habits, usage) into the frozen views the engine reads.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.service import linked_clinicians
from tandem.companion.context import ClientContext
from tandem.companion.habits import HabitView
from tandem.companion.limits import (
    USAGE_WINDOW_DAYS,
    CompanionLimits,
    UsageStats,
    usage_from_days,
)
from tandem.companion.models import ChatMessage, Habit, HabitLog, UsageDay
from tandem.companion.plan_view import AssignedTechnique, HomeworkItem, PlanView
from tandem.companion.state import ConversationState
from tandem.measures.models import CheckIn
from tandem.plans import service as plans
from tandem.plans.snapshot import CompanionSettingsSnapshot, PlanSnapshot
from tandem.safety.responses import SafetyPlanSummary

# Messages closer together than this count as one continuous stretch of use.
ACTIVE_GAP = timedelta(minutes=5)
LATE_NIGHT_HOURS = range(0, 5)  # midnight to 5 a.m. local time
_NOBODY_ELSE = re.compile(
    r"\b(no one else|nobody else|you'?re the only one|only one i can talk to|no tengo a nadie|"
    r"nadie m[aá]s|solo te tengo a ti|eres (la|el) [uú]nic[oa])\b",
    re.IGNORECASE,
)


def client_lang(client: User) -> str:
    lang = (client.locale or "en")[:2].lower()
    return lang if lang in ("en", "es") else "en"


def plan_view(snapshot: PlanSnapshot) -> PlanView | None:
    if snapshot.version == 0:
        return None
    return PlanView(
        assigned=tuple(
            AssignedTechnique(skill_id=t.skill_id, frequency=t.frequency, due=t.due, note=t.note)
            for t in snapshot.techniques
        ),
        homework=tuple(_homework(h) for h in snapshot.homework),
        preferred_wording=dict(snapshot.preferred_wording),
        contraindicated_skills=frozenset(snapshot.contraindicated_skills),
        contraindicated_topics=frozenset(snapshot.contraindicated_topics),
        goals=tuple(snapshot.goals),
        next_session=snapshot.next_session,
        clinician_name=snapshot.clinician_name,
    )


def _homework(item: object) -> HomeworkItem:
    from tandem.plans.snapshot import HomeworkSnapshot

    assert isinstance(item, HomeworkSnapshot)
    return HomeworkItem(
        id=item.id, title=item.title, due=item.due, skill_id=item.skill_id, done=item.done
    )


def companion_limits(settings: CompanionSettingsSnapshot) -> CompanionLimits:
    return CompanionLimits(
        paused=settings.paused,
        pause_message=settings.pause_message,
        daily_minutes=settings.daily_minutes,
        quiet_hours=settings.quiet_hours,
        clinic_contact=settings.clinic_contact,
    )


def usage_stats(session: Session, *, client_id: uuid.UUID, today: date) -> UsageStats:
    rows = session.scalars(
        select(UsageDay).where(
            UsageDay.client_id == client_id,
            UsageDay.day >= today - timedelta(days=USAGE_WINDOW_DAYS),
        )
    ).all()
    return usage_from_days(rows, today)


def habit_views(session: Session, *, client_id: uuid.UUID, today: date) -> list[HabitView]:
    habits = session.scalars(
        select(Habit).where(Habit.client_id == client_id, Habit.active.is_(True))
    ).all()
    views = []
    for habit in habits:
        days = session.scalars(
            select(HabitLog.day).where(
                HabitLog.habit_id == habit.id, HabitLog.day >= today - timedelta(days=42)
            )
        ).all()
        views.append(
            HabitView(
                id=str(habit.id),
                kind=habit.kind,
                title=habit.title,
                target_per_week=habit.target_per_week,
                done_dates=tuple(sorted(days)),
                started=habit.started,
                suggested_by_clinician=habit.suggested_by_clinician,
            )
        )
    return views


def build_client_context(
    session: Session, *, client: User, state: ConversationState, now: datetime
) -> ClientContext:
    settings = plans.companion_settings(session, client_id=client.id)
    zone = client.zone
    if settings.timezone:
        # Quiet hours are read in the zone the clinician set them in.
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo(settings.timezone)
    local_now = now.astimezone(zone)
    last_checkin = session.execute(
        select(CheckIn.mood, CheckIn.created_at)
        .where(CheckIn.client_id == client.id)
        .order_by(CheckIn.created_at.desc())
        .limit(1)
    ).first()
    last_skill = session.scalar(
        select(ChatMessage.skill)
        .where(ChatMessage.client_id == client.id, ChatMessage.skill.is_not(None))
        .order_by(ChatMessage.created_at.desc())
        .limit(1)
    )
    has_history = session.scalar(
        select(func.count(ChatMessage.id)).where(
            ChatMessage.client_id == client.id, ChatMessage.role == "companion"
        )
    )
    snapshot = plans.plan_snapshot(session, client_id=client.id)
    view = plan_view(snapshot)
    return ClientContext(
        name=client.display_name,
        lang=client_lang(client),
        now=local_now,
        last_mood=last_checkin.mood if last_checkin else None,
        last_mood_at=last_checkin.created_at if last_checkin else None,
        last_skill=last_skill,
        open_homework=[h for h in view.homework if not h.done] if view else [],
        plan=view,
        limits=companion_limits(settings),
        usage=usage_stats(session, client_id=client.id, today=local_now.date()),
        habits=habit_views(session, client_id=client.id, today=local_now.date()),
        first_use=not has_history and not state.disclosed,
        has_clinician=bool(linked_clinicians(session, client_id=client.id)),
    )


def safety_plan_for(session: Session, *, client: User) -> SafetyPlanSummary | None:
    return plans.safety_plan_summary(session, client_id=client.id)


def record_usage(session: Session, *, client: User, text: str, now: datetime) -> None:
    """Count this message towards today's use; minutes accrue between close messages."""
    local = now.astimezone(client.zone)
    day = session.scalar(
        select(UsageDay).where(UsageDay.client_id == client.id, UsageDay.day == local.date())
    )
    if day is None:
        day = UsageDay(
            client_id=client.id,
            day=local.date(),
            minutes=0.0,
            messages=0,
            late_night_messages=0,
            nobody_else_mentions=0,
        )
        session.add(day)
    if day.last_message_at is not None:
        gap = now - day.last_message_at
        if timedelta(0) <= gap <= ACTIVE_GAP:
            day.minutes += gap.total_seconds() / 60
        elif gap > ACTIVE_GAP:
            day.minutes += 1.0  # a new stretch of use: count at least a minute
    else:
        day.minutes += 1.0
    day.messages += 1
    if local.hour in LATE_NIGHT_HOURS:
        day.late_night_messages += 1
    if _NOBODY_ELSE.search(text):
        day.nobody_else_mentions += 1
    day.last_message_at = now
