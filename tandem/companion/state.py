"""Conversation state: everything the engine remembers between turns, JSON-safe.

The service persists ``to_dict()`` (encrypted, with the conversation) and passes
``from_dict()`` back on the next turn, so no state lives in process memory.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# How much recent history to keep: enough to vary wording and avoid loops, small enough to store.
RECENT_OPENERS = 4
RECENT_INTENTS = 6
RECENT_VARIANTS = 40


@dataclass
class SkillProgress:
    skill_id: str
    step_index: int = 0
    answers: dict[str, Any] = field(default_factory=dict)
    started_turn: int = 0
    retries: int = 0  # re-asks of the current step after an answer we could not use

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SkillProgress:
        return cls(
            skill_id=str(data["skill_id"]),
            step_index=int(data.get("step_index", 0)),
            answers=dict(data.get("answers") or {}),
            started_turn=int(data.get("started_turn", 0)),
            retries=int(data.get("retries", 0)),
        )


@dataclass
class ConversationState:
    active_skill: SkillProgress | None = None
    paused_skill: SkillProgress | None = None  # stopped part-way; "let's continue" resumes it
    recent_openers: list[str] = field(default_factory=list)
    last_intents: list[str] = field(default_factory=list)
    safety_mode: bool = False
    calm_turns: int = 0  # turns at none/low since the last moderate+ screen
    pending_offers: list[dict[str, Any]] = field(default_factory=list)
    session_notes: list[str] = field(default_factory=list)
    turn_count: int = 0
    disclosed: bool = False
    awaiting: str | None = None  # e.g. "mood_value", "note_text", "follow_up"
    follow_ups: list[dict[str, Any]] = field(default_factory=list)  # planned activities
    used_nudges: list[str] = field(default_factory=list)
    last_nudge_turn: int = -100
    recent_variants: list[str] = field(default_factory=list)
    last_emotion: str | None = None
    emotion_turns: int = 0  # consecutive turns on the same emotion
    homework_reminded_on: str | None = None  # ISO date
    habit_checked_on: str | None = None  # ISO date
    greeted_on: str | None = None  # ISO date
    completed_skills: list[str] = field(default_factory=list)
    declined_skills: list[str] = field(default_factory=list)  # offered and declined this chat
    last_user_text: str | None = None  # so "add that to my notes" knows what "that" is

    def copy(self) -> ConversationState:
        return copy.deepcopy(self)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, SkillProgress):
                value = value.to_dict()
            data[item.name] = copy.deepcopy(value)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ConversationState:
        """Tolerant of missing or unknown keys, so stored states survive engine upgrades."""
        state = cls()
        if not data:
            return state
        for item in fields(cls):
            if item.name not in data or data[item.name] is None:
                continue
            value = data[item.name]
            if item.name in ("active_skill", "paused_skill"):
                value = SkillProgress.from_dict(value)
            setattr(state, item.name, copy.deepcopy(value))
        return state

    # Small helpers that keep the bounded lists bounded.
    def remember_opener(self, opener_id: str) -> None:
        self.recent_openers = [*self.recent_openers, opener_id][-RECENT_OPENERS:]

    def remember_intent(self, intent: str) -> None:
        self.last_intents = [*self.last_intents, intent][-RECENT_INTENTS:]

    def remember_variant(self, variant_id: str) -> None:
        self.recent_variants = [*self.recent_variants, variant_id][-RECENT_VARIANTS:]
