"""The shape of a safety assessment, shared by the detector, responses, guard and storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class RiskLevel(IntEnum):
    """Ordered so that levels compare naturally: ``RiskLevel.HIGH > RiskLevel.LOW``."""

    NONE = 0
    LOW = 1
    MODERATE = 2
    HIGH = 3
    IMMINENT = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> RiskLevel:
        try:
            return cls[value.strip().upper()]
        except KeyError as exc:
            raise ValueError(f"unknown risk level: {value!r}") from exc


# Categories are open-ended strings so new ones can be added without a migration; these are the
# ones the policy and the clinician views know about.
CATEGORIES = (
    "ideation",
    "self-harm",
    "method-seeking",
    "preparatory",
    "harm-to-others",
    "abuse",
    "psychosis",
    "mania",
    "medical",
    "eating",
    "substance",
    "third-party",
    "hopelessness",
    "burdensomeness",
    "ocd",
    "trauma",
)


@dataclass(frozen=True)
class Evidence:
    """A span of the message that contributed to the assessment, and why."""

    start: int
    end: int
    text: str
    rule: str
    category: str
    level: RiskLevel

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rule": self.rule,
            "category": self.category,
            "level": self.level.label,
        }


@dataclass(frozen=True)
class Assessment:
    level: RiskLevel
    categories: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # Flags that shape the response without changing the level.
    informational: bool = False  # a question about safety or facts, to be answered normally
    locale: str = "en"
    notes: tuple[str, ...] = field(default=())
    # What this turn itself signals, read with the turns before it but without the episode's
    # floor. ``level`` keeps the episode's strongest level (a later "just joking" erases nothing)
    # and drives risk records and alerts; the companion uses ``turn_level`` to tell a calmer turn
    # inside an episode from a new crisis statement. None means the same as ``level``.
    turn_level: RiskLevel | None = None

    @property
    def own_level(self) -> RiskLevel:
        return self.level if self.turn_level is None else self.turn_level

    def to_dict(self) -> dict[str, object]:
        return {
            "level": self.level.label,
            "categories": list(self.categories),
            "evidence": [e.to_dict() for e in self.evidence],
        }
