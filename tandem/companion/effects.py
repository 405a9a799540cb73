"""What a companion reply changes in the client's record: the engine decides, this stores.

Kept apart from the turn itself so a failure here (say, an out-of-range mood) never costs the
client their message or reply: each effect runs in its own savepoint and is logged if it fails.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion.engine import EngineReply
from tandem.companion.models import Habit, HabitLog, SessionNote
from tandem.companion.state import ConversationState
from tandem.measures import service as measures
from tandem.plans import service as plans

log = logging.getLogger("tandem.companion")


def apply_effects(
    session: Session,
    *,
    client: User,
    reply: EngineReply,
    before: ConversationState,
    now: datetime,
    local_day: date,
) -> None:
    effects = [
        ("session note", lambda: _session_note(session, client, reply)),
        ("mood check-in", lambda: _checkin(session, client, reply, now)),
        ("habit", lambda: _habit(session, client, reply, local_day)),
        ("practice", lambda: _practice(session, client, reply, before, now)),
    ]
    for name, effect in effects:
        try:
            with session.begin_nested():
                effect()
        except Exception:
            log.exception("storing the %s for client %s failed", name, client.id)


def _session_note(session: Session, client: User, reply: EngineReply) -> None:
    if reply.note_for_session:
        session.add(SessionNote(client_id=client.id, text=reply.note_for_session, source="chat"))


def _checkin(session: Session, client: User, reply: EngineReply, now: datetime) -> None:
    if not reply.checkin or reply.checkin.get("mood") is None:
        return
    measures.create_checkin(
        session,
        client=client,
        mood=int(reply.checkin["mood"]),
        emotions=list(reply.checkin.get("emotions") or []),
        source="chat",
        now=now,
    )


def _habit(session: Session, client: User, reply: EngineReply, local_day: date) -> None:
    card = reply.card or {}
    kind = card.get("type")
    if kind not in ("habit_done", "habit_update"):
        return
    try:
        habit_id = uuid.UUID(str(card.get("habit_id")))
    except ValueError:
        return
    habit = session.get(Habit, habit_id)
    if habit is None or habit.client_id != client.id:
        return
    if kind == "habit_done":
        exists = session.scalar(
            select(HabitLog.id).where(HabitLog.habit_id == habit.id, HabitLog.day == local_day)
        )
        if exists is None:
            session.add(HabitLog(habit_id=habit.id, day=local_day))
    elif card.get("target_per_week"):
        habit.target_per_week = max(1, min(7, int(card["target_per_week"])))


def _practice(
    session: Session,
    client: User,
    reply: EngineReply,
    before: ConversationState,
    now: datetime,
) -> None:
    """A skill the client finished counts as practice towards the plan and its homework."""
    if reply.skill and reply.step == "done" and reply.action == "guide_skill":
        plans.record_practice(
            session, client_id=client.id, skill_id=reply.skill, source="companion", at=now
        )
