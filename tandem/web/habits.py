"""Habits on the client's progress page: composed here, at the top layer.

The progress page belongs to measures, which sits below the companion where habits live; the
app registers ``habits_section`` with ``tandem.measures.pages.set_progress_sections`` at start-up.
Each habit shows its streak (said without guilt when one pauses), the last seven days, and, when
the client accepted a smaller goal in chat, that adjusted goal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion.gather import habit_views
from tandem.companion.habits import HabitProgress, habit_progress
from tandem.companion.models import ChatMessage
from tandem.measures.pages import ProgressSection

TEMPLATE = "web/_progress_habits.html"
# How far back to look for the client accepting a smaller goal (one habit check-in a day at most).
ADJUSTMENT_LOOKBACK = 200


@dataclass(frozen=True)
class HabitDay:
    day: date
    done: bool
    today: bool

    @property
    def label(self) -> str:
        return self.day.strftime("%a")

    @property
    def long_label(self) -> str:
        return self.day.strftime("%A %d %B")


@dataclass(frozen=True)
class HabitAdjustment:
    on: date
    target_per_week: int
    smaller_step: str | None  # the smaller step in words, as the companion offered it


@dataclass(frozen=True)
class HabitCard:
    id: str
    title: str
    target_per_week: int
    suggested_by_clinician: bool
    progress: HabitProgress
    week: tuple[HabitDay, ...]  # the last seven days, oldest first, ending today
    adjusted: HabitAdjustment | None


def _adjustments(
    session: Session, *, client: User, habit_ids: set[str]
) -> dict[str, HabitAdjustment]:
    """The latest smaller goal the client accepted per habit, from the companion's stored cards.

    Only the companion's habit check-in messages are read (and decrypted): the accepted offer is
    stored as a ``habit_update`` card on the reply that made the goal smaller.
    """
    messages = session.scalars(
        select(ChatMessage)
        .where(
            ChatMessage.client_id == client.id,
            ChatMessage.role == "companion",
            ChatMessage.action == "habit_checkin",
        )
        .order_by(ChatMessage.created_at.desc())
        .limit(ADJUSTMENT_LOOKBACK)
    )
    found: dict[str, HabitAdjustment] = {}
    for message in messages:
        card = (message.extras or {}).get("card") or {}
        habit_id = str(card.get("habit_id"))
        if card.get("type") != "habit_update" or habit_id not in habit_ids or habit_id in found:
            continue
        try:
            target = int(card["target_per_week"])
        except (KeyError, TypeError, ValueError):
            continue
        step = card.get("smaller_step")
        found[habit_id] = HabitAdjustment(
            on=message.created_at.astimezone(client.zone).date(),
            target_per_week=max(1, min(7, target)),
            smaller_step=str(step) if step else None,
        )
    return found


def habit_cards(session: Session, *, client: User, now: datetime) -> list[HabitCard]:
    today = now.astimezone(client.zone).date()
    views = habit_views(session, client_id=client.id, today=today)
    if not views:
        return []
    adjusted = _adjustments(session, client=client, habit_ids={v.id for v in views})
    cards = []
    for view in sorted(views, key=lambda v: (v.started, v.title.casefold())):
        done = set(view.done_dates)
        week = tuple(
            HabitDay(day=day, done=day in done, today=day == today)
            for day in (today - timedelta(days=back) for back in range(6, -1, -1))
        )
        cards.append(
            HabitCard(
                id=view.id,
                title=view.title,
                target_per_week=view.target_per_week,
                suggested_by_clinician=view.suggested_by_clinician,
                progress=habit_progress(view, today),
                week=week,
                adjusted=adjusted.get(view.id),
            )
        )
    return cards


def habits_section(session: Session, client: User, now: datetime) -> ProgressSection | None:
    """The progress page's habits card; nothing when the client has no active habit."""
    cards = habit_cards(session, client=client, now=now)
    if not cards:
        return None
    return ProgressSection(template=TEMPLATE, context={"habits": cards})
