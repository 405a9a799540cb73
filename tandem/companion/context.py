"""What the engine knows about the client beyond this conversation, assembled by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tandem.companion.habits import HabitView
from tandem.companion.limits import CompanionLimits, UsageStats
from tandem.companion.plan_view import HomeworkItem, PlanView


@dataclass(frozen=True)
class ClientContext:
    name: str | None
    lang: str  # "en" | "es"
    now: datetime  # aware, in the client's local time zone (quiet hours are local)
    last_mood: int | None = None
    last_mood_at: datetime | None = None
    last_skill: str | None = None
    open_homework: list[HomeworkItem] = field(default_factory=list)
    plan: PlanView | None = None
    limits: CompanionLimits | None = None
    usage: UsageStats = field(default_factory=UsageStats)
    habits: list[HabitView] = field(default_factory=list)
    first_use: bool = False
    has_clinician: bool = False

    def habit_views(self) -> list[HabitView]:
        return list(self.habits)
