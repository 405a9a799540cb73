"""Which skill ids exist: supplied from above, because the skills library lives in the companion.

Plans may not import the companion (layers point downward), yet the plan editor should offer
the real skills and refuse a typo. The layer that knows the library (the clinician workspace)
registers a catalogue at start-up; until one is registered any well-formed id is accepted and the
editor shows a plain text field.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SkillChoice:
    id: str
    title: str


SkillCatalog = Callable[[], Sequence[SkillChoice]]

_lock = threading.Lock()
_catalog: SkillCatalog | None = None


def set_skill_catalog(catalog: SkillCatalog | None) -> None:
    """Register (or with None, remove) the provider of known skills."""
    global _catalog
    with _lock:
        _catalog = catalog


def skill_choices() -> tuple[SkillChoice, ...]:
    """The registered skills, or an empty tuple when no catalogue is registered."""
    catalog = _catalog
    return tuple(catalog()) if catalog is not None else ()


def unknown_skills(skill_ids: Sequence[str]) -> list[str]:
    """Ids not in the registered catalogue (none when no catalogue is registered)."""
    choices = skill_choices()
    if not choices:
        return []
    known = {choice.id for choice in choices}
    return sorted({skill_id for skill_id in skill_ids if skill_id not in known})
