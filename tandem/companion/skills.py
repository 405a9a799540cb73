"""The skill runner: start a guided skill, collect answers step by step, finish with a summary.

Skills are data (``content/skills/*.yaml``); this module only knows the shape of a step: what it
says, what kind of answer it expects, and where to store the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tandem.companion.content_loader import Content, Skill, SkillStep
from tandem.companion.intents import parse_emotion_ratings
from tandem.companion.state import SkillProgress
from tandem.companion.wording import fill

MAX_RETRIES = 1  # re-ask once, then accept what we have: a stuck exercise helps nobody
_NUMBER = re.compile(r"(?<![\d.])(\d{1,3})(?![\d.])")


@dataclass(frozen=True)
class StepOutcome:
    progress: SkillProgress | None  # None once the skill is finished
    text: str
    step_id: str
    quick_replies: list[str] = field(default_factory=list)
    card: dict[str, Any] | None = None
    finished: bool = False
    accepted: bool = True  # False when the answer could not be used and the step is re-asked


def _emotions_text(answers: dict[str, Any]) -> str:
    ratings = answers.get("emotions") or []
    parts = []
    for rating in ratings:
        label = rating.get("emotion") or ""
        value = rating.get("intensity")
        parts.append(f"{label} {value}".strip() if value is not None else label)
    return ", ".join(part for part in parts if part)


class SkillRunner:
    def __init__(self, content: Content) -> None:
        self.content = content

    def skill(self, skill_id: str) -> Skill:
        return self.content.skills[skill_id]

    def _values(
        self, skill: Skill, progress: SkillProgress, extra: dict[str, Any]
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in progress.answers.items():
            if isinstance(value, str | int | float):
                values[key] = value
        values["emotions_text"] = _emotions_text(progress.answers)
        values.update(extra)
        return values

    def _card_for(self, skill: Skill, step: SkillStep) -> dict[str, Any] | None:
        if not step.show_card or skill.card is None:
            return None
        return {**skill.card, "skill": skill.id}

    def prompt(
        self, progress: SkillProgress, lang: str, extra: dict[str, Any] | None = None
    ) -> StepOutcome:
        skill = self.skill(progress.skill_id)
        step = skill.steps[progress.step_index]
        text = fill(
            step.text.get(lang) or step.text["en"], self._values(skill, progress, extra or {})
        )
        return StepOutcome(
            progress=progress,
            text=text,
            step_id=step.id,
            quick_replies=list(step.quick_replies.get(lang, ())),
            card=self._card_for(skill, step),
        )

    def start(
        self, skill_id: str, lang: str, turn: int, extra: dict[str, Any] | None = None
    ) -> StepOutcome:
        return self.prompt(SkillProgress(skill_id=skill_id, started_turn=turn), lang, extra)

    def _parse(self, step: SkillStep, text: str, lang: str) -> tuple[bool, Any]:
        stripped = text.strip()
        if step.expect == "number":
            match = _NUMBER.search(stripped)
            if match and 0 <= int(match.group(1)) <= 100:
                return True, int(match.group(1))
            return False, stripped or None
        if step.expect == "emotions":
            ratings = parse_emotion_ratings(stripped, lang, self.content)
            if ratings:
                return True, ratings
            return False, [{"emotion": stripped, "intensity": None}] if stripped else []
        if step.expect == "text":
            return bool(stripped), stripped
        return True, stripped

    def answer(
        self, progress: SkillProgress, text: str, lang: str, extra: dict[str, Any] | None = None
    ) -> StepOutcome:
        """Store the answer to the current step and move on (or re-ask once if unusable)."""
        skill = self.skill(progress.skill_id)
        step = skill.steps[progress.step_index]
        ok, value = self._parse(step, text, lang)
        if not ok and progress.retries < MAX_RETRIES:
            retried = SkillProgress(
                skill_id=progress.skill_id,
                step_index=progress.step_index,
                answers=dict(progress.answers),
                started_turn=progress.started_turn,
                retries=progress.retries + 1,
            )
            retry_text = step.retry.get(lang) or step.retry.get("en") or step.text.get(lang, "")
            return StepOutcome(
                progress=retried,
                text=fill(retry_text, {}),
                step_id=step.id,
                quick_replies=list(step.quick_replies.get(lang, ())),
                card=None,
                accepted=False,
            )
        answers = dict(progress.answers)
        if step.collect:
            if step.id == "rerating" and isinstance(value, list):
                value = self._name_rerating(answers.get("emotions") or [], value)
            answers[step.collect] = value
        advanced = SkillProgress(
            skill_id=progress.skill_id,
            step_index=progress.step_index + 1,
            answers=answers,
            started_turn=progress.started_turn,
        )
        if advanced.step_index < len(skill.steps):
            return self.prompt(advanced, lang, extra)
        return self.finish(advanced, lang, extra)

    @staticmethod
    def _name_rerating(
        before: list[dict[str, Any]], after: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """A bare "50" after "anxious 80, sad 40" re-rates the emotions in order."""
        named = []
        for index, rating in enumerate(after):
            label = rating.get("emotion")
            if not label and index < len(before):
                label = before[index].get("emotion")
            named.append({"emotion": label, "intensity": rating.get("intensity")})
        if len(after) == 1 and len(before) > 1 and not after[0].get("emotion"):
            # One number for several feelings: apply it to all of them.
            named = [
                {"emotion": b.get("emotion"), "intensity": after[0]["intensity"]} for b in before
            ]
        return named

    def finish(
        self, progress: SkillProgress, lang: str, extra: dict[str, Any] | None = None
    ) -> StepOutcome:
        skill = self.skill(progress.skill_id)
        text = fill(
            skill.finish.get(lang) or skill.finish["en"], self._values(skill, progress, extra or {})
        )
        return StepOutcome(
            progress=None,
            text=text,
            step_id="done",
            card=self.summary_card(skill, progress, lang),
            finished=True,
        )

    def summary_card(
        self, skill: Skill, progress: SkillProgress, lang: str
    ) -> dict[str, Any] | None:
        if skill.summary_card is None:
            return None
        title_key = f"skill.summary_title.{skill.summary_card}"
        title = (
            self.content.phrases(lang, title_key)[0]
            if self.content.has_phrase(lang, title_key)
            else skill.name(lang)
        )
        fields = [step.collect for step in skill.steps if step.collect]
        return {
            "type": f"{skill.summary_card}_summary",
            "skill": skill.id,
            "title": title,
            "fields": {name: progress.answers.get(name) for name in fields},
        }
