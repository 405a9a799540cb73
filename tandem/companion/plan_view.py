"""The seam between the treatment plan (edited in the clinician workspace) and the companion.

The plans layer fills these frozen views; the companion only reads them. Keeping the view small
and explicit means the engine can be tested against plain fixtures, without a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class AssignedTechnique:
    """A skill the clinician asked the client to practise."""

    skill_id: str
    frequency: str | None = None  # free wording, e.g. "every evening", "3 times a week"
    due: date | None = None
    note: str | None = None  # the clinician's own words to the client about this technique


@dataclass(frozen=True)
class HomeworkItem:
    id: str
    title: str
    due: date | None = None
    skill_id: str | None = None  # when the homework is practising a companion skill
    done: bool = False


@dataclass(frozen=True)
class PlanView:
    assigned: tuple[AssignedTechnique, ...] = ()
    homework: tuple[HomeworkItem, ...] = ()
    # The clinician's preferred wording, keyed by skill id or topic id, e.g.
    # {"box_breathing": "your square breathing"}. Used when the companion names the thing.
    preferred_wording: Mapping[str, str] = field(default_factory=dict)
    contraindicated_skills: frozenset[str] = frozenset()
    contraindicated_topics: frozenset[str] = frozenset()
    goals: tuple[str, ...] = ()
    next_session: datetime | None = None
    clinician_name: str | None = None

    def assignment_for(self, skill_id: str) -> AssignedTechnique | None:
        for item in self.assigned:
            if item.skill_id == skill_id:
                return item
        return None

    @property
    def assigned_ids(self) -> tuple[str, ...]:
        return tuple(item.skill_id for item in self.assigned)

    def skill_allowed(self, skill_id: str) -> bool:
        return skill_id not in self.contraindicated_skills

    def topic_allowed(self, topic_id: str) -> bool:
        return topic_id not in self.contraindicated_topics

    def wording_for(self, key: str) -> str | None:
        wording = self.preferred_wording.get(key)
        return wording.strip() if wording and wording.strip() else None
