"""Shared machinery for one engine turn: the reading of the message, wording helpers, drafts.

The turn's behaviour is split by theme across ``skill_moves.py`` (guided skills) and
``moments.py`` (greetings, homework, habits, follow-ups, nudges); ``engine.py`` holds the decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from tandem.companion.content_loader import LANGS
from tandem.companion.context import ClientContext
from tandem.companion.intents import Understanding, recognise
from tandem.companion.plan_view import PlanView
from tandem.companion.state import ConversationState
from tandem.companion.wording import fill, first_sentence, seed_for

if TYPE_CHECKING:
    from tandem.companion.engine import Engine

NOTE_MAX_CHARS = 400


@dataclass
class Draft:
    """A reply being assembled during one turn."""

    action: str
    parts: list[str] = field(default_factory=list)
    skill: str | None = None
    step: str | None = None
    quick_replies: list[str] = field(default_factory=list)
    card: dict[str, Any] | None = None
    note_for_session: str | None = None
    checkin: dict[str, Any] | None = None


class TurnBase:
    """Everything about one turn that every kind of move needs."""

    def __init__(
        self,
        engine: Engine,
        state: ConversationState,
        text: str,
        ctx: ClientContext,
        event: str | None,
    ) -> None:
        self.engine = engine
        self.content = engine.content
        self.state = state
        self.text = text.strip()
        self.ctx = ctx
        self.event = event
        self.lang = ctx.lang if ctx.lang in LANGS else "en"
        self.state.turn_count += 1
        self.plan: PlanView = ctx.plan or PlanView()
        self.today: date = ctx.now.date()
        # Answers inside an exercise or to a question we asked are free text by design, so only the
        # patterns (stop, continue, professional topics...) look at them, not the semantic matcher.
        answering = state.active_skill is not None or state.awaiting in ("note_text", "follow_up")
        matcher = None if answering else engine.matcher
        if self.text:
            self.u = recognise(self.text, self.lang, self.content, matcher)
        else:
            self.u = Understanding(text="", lang=self.lang)

    # --- wording ---------------------------------------------------------------------------------

    def _seed(self, key: str) -> int:
        return seed_for(self.state.turn_count, self.text, self.event, key)

    def pick(self, key: str, values: dict[str, Any] | None = None) -> str:
        """One variant of ``key``, avoiding variants used recently, filled with ``values``."""
        variants = self.content.phrases(self.lang, key)
        start = self._seed(key) % len(variants)
        order = [(start + offset) % len(variants) for offset in range(len(variants))]
        # Unused variants first (in seeded order); when every one was used lately, the one used
        # longest ago, so a short list cycles instead of repeating the same line turn after turn.
        last_used = {
            variant: position for position, variant in enumerate(self.state.recent_variants)
        }
        chosen = min(order, key=lambda index: last_used.get(f"{key}#{index}", -1))
        self.state.remember_variant(f"{key}#{chosen}")
        return fill(variants[chosen], self._values(values))

    def opener(self, group: str) -> str:
        """An opener from ``openers.<group>`` not used in the last two turns."""
        variants = self.content.phrases(self.lang, f"openers.{group}")
        recent = set(self.state.recent_openers[-2:])
        start = self._seed(f"opener.{group}") % len(variants)
        for offset in range(len(variants)):
            index = (start + offset) % len(variants)
            candidate = fill(variants[index], self._values())
            if first_sentence(candidate) not in recent:
                return self._with_name(candidate, group)
        return fill(variants[start], self._values())

    def _with_name(self, sentence: str, group: str) -> str:
        # Use the name now and then in a validating opener, not every time (that feels scripted).
        name = self.ctx.name
        if not name or group != "validate" or self._seed("name") % 3 != 0 or name in sentence:
            return sentence
        return re.sub(r"([.!])$", rf", {name}\1", sentence, count=1)

    def _values(self, values: dict[str, Any] | None = None) -> dict[str, Any]:
        base: dict[str, Any] = {"name": self.ctx.name, "therapist": self.therapist()}
        base["clinician"] = self.plan.clinician_name or self.therapist()
        if values:
            base.update(values)
        return base

    def therapist(self) -> str:
        if self.plan.clinician_name:
            return self.plan.clinician_name
        key = "therapist.generic" if self.ctx.has_clinician else "therapist.standalone"
        return self.content.phrases(self.lang, key)[0]

    def quick(self, key: str) -> list[str]:
        return list(self.content.phrases(self.lang, f"quick.{key}"))

    def plain_ref(self, skill_id: str) -> str:
        skill = self.content.skills[skill_id]
        return skill.in_sentence(self.lang) or _mid_sentence(skill.name(self.lang))

    def skill_label(self, skill_id: str) -> str:
        """The technique's name, with the clinician's wording first when they gave one."""
        skill = self.content.skills[skill_id]
        name = skill.in_sentence(self.lang) or _mid_sentence(skill.name(self.lang))
        wording = self.plan.wording_for(skill_id)
        if wording and wording.lower() != name.lower():
            return f"{wording} ({name})"
        return name

    def skill_allowed(self, skill_id: str) -> bool:
        return self.plan.skill_allowed(skill_id)

    def _suspend_skill(self) -> None:
        if self.state.active_skill:
            self.state.paused_skill = self.state.active_skill
            self.state.active_skill = None
        self.state.pending_offers = []
        self.state.awaiting = None

    def _note_prefix(self) -> str:
        return self.content.phrases(self.lang, "note.prefix")[0]

    @staticmethod
    def _note_text(prefix: str, text: str) -> str:
        body = " ".join(text.split())[:NOTE_MAX_CHARS]
        return f"{prefix}: {body}"

    # Implemented by the engine's turn; declared here so every move can hand over.
    def handover(self, topic: str) -> Draft:
        raise NotImplementedError


def _mid_sentence(name: str) -> str:
    """ "Box breathing" reads "box breathing" inside a sentence; "CBT thought record" stays."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name
