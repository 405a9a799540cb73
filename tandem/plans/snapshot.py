"""Plain, frozen views of a client's plan and companion settings for the layers above.

The companion reads plans only through these (see ``tandem/companion/plan_view.py``): no ORM
objects, no sessions, nothing that can change under it or lazily hit the database mid-turn.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from types import MappingProxyType


@dataclass(frozen=True)
class TechniqueSnapshot:
    skill_id: str
    frequency: str | None = None  # the clinician's wording, e.g. "3x week"
    per_week: float | None = None  # what that wording means; None for "as needed"
    due: date | None = None
    note: str | None = None  # the clinician's words to the client about this technique
    assigned_on: date | None = None


@dataclass(frozen=True)
class HomeworkSnapshot:
    id: str
    title: str
    instructions: str = ""
    due: date | None = None
    skill_id: str | None = None
    target_count: int = 1
    completions: int = 0
    done: bool = False
    overdue: bool = False


def _frozen_mapping() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True)
class PlanSnapshot:
    """Everything the companion needs to follow the treatment plan.

    ``homework`` holds the items still in play (cancelled ones are left out); ``done`` says
    whether the client has finished one, so the companion reminds only about open items.
    """

    client_id: uuid.UUID
    version: int = 0  # 0: the clinician has not written a plan yet
    goals: tuple[str, ...] = ()
    techniques: tuple[TechniqueSnapshot, ...] = ()
    homework: tuple[HomeworkSnapshot, ...] = ()
    preferred_wording: Mapping[str, str] = field(default_factory=_frozen_mapping)
    contraindicated_skills: frozenset[str] = frozenset()
    contraindicated_topics: frozenset[str] = frozenset()
    sessions: tuple[datetime, ...] = ()
    next_session: datetime | None = None
    last_session: datetime | None = None
    clinician_name: str | None = None
    updated_at: datetime | None = None

    @property
    def open_homework(self) -> tuple[HomeworkSnapshot, ...]:
        return tuple(item for item in self.homework if not item.done)


@dataclass(frozen=True)
class CompanionSettingsSnapshot:
    """The clinician's limits for this client's companion (defaults when none were set)."""

    paused: bool = False
    pause_message: str | None = None
    daily_minutes: int | None = None
    quiet_hours: tuple[time, time] | None = None  # local start, end; may wrap past midnight
    timezone: str = "UTC"  # the client's zone, in which quiet hours are read
    backend: str = "offline"
    clinic_contact: str = ""  # how to reach the clinic, e.g. "Riverside on-call: 555 0100"
    version: int = 0  # 0: never saved
