"""Moves that start, guide, pause, resume, offer and choose guided skills."""

from __future__ import annotations

from typing import Any

from tandem.companion.skills import StepOutcome
from tandem.companion.state import SkillProgress
from tandem.companion.turn_base import Draft, TurnBase


class SkillMoves(TurnBase):
    # --- skills ----------------------------------------------------------------------------------

    def _from_step(self, outcome: StepOutcome, skill_id: str, lead: list[str]) -> Draft:
        return Draft(
            action="guide_skill",
            parts=[*lead, outcome.text],
            skill=skill_id,
            step=outcome.step_id,
            quick_replies=outcome.quick_replies,
            card=outcome.card,
        )

    def start_skill(self, skill_id: str, *, lead: list[str] | None = None) -> Draft:
        if not self.skill_allowed(skill_id):
            return self.contraindicated_skill(skill_id)
        state = self.state
        state.pending_offers = []
        state.awaiting = None
        if state.paused_skill and state.paused_skill.skill_id == skill_id:
            return self.resume()
        intro = [self.pick("skill.start", {"technique": self.skill_label(skill_id)})]
        assignment = self.plan.assignment_for(skill_id)
        if assignment is not None:
            wording = self.plan.wording_for(skill_id) or self.plain_ref(skill_id)
            intro.append(self.pick("skill.assigned_start", {"wording": wording}))
            if assignment.note:
                intro.append(self.pick("offer.assigned_note", {"note": assignment.note}))
        outcome = self.engine.runner.start(skill_id, self.lang, self.state.turn_count)
        state.active_skill = outcome.progress
        return self._from_step(outcome, skill_id, [*(lead or []), *intro])

    def in_skill(self) -> Draft:
        state, u = self.state, self.u
        progress = state.active_skill
        assert progress is not None
        if u.professional:
            return self.handover(u.professional)
        if u.skill_request and u.skill_request != progress.skill_id and not u.has("psychoed"):
            state.paused_skill = progress
            state.active_skill = None
            return self.start_skill(u.skill_request)
        skill = self.content.skills[progress.skill_id]
        step = skill.steps[progress.step_index]
        tapped = self.text.strip(" .!").lower() in {
            option.lower() for option in step.quick_replies.get(self.lang, ())
        }
        if u.has("no") and progress.step_index == 0 and not tapped:
            # "No" to "Ready?" is not an answer to the exercise: it is a "not now".
            return self.pause_skill()
        if u.has("continue") and step.expect in ("text", "emotions", "number"):
            # "Let's continue" where an answer is expected just asks the question again.
            outcome = self.engine.runner.prompt(progress, self.lang)
            return self._from_step(outcome, progress.skill_id, [])
        outcome = self.engine.runner.answer(progress, self.text, self.lang)
        if not outcome.finished:
            state.active_skill = outcome.progress
            lead = [self.opener("ack")] if outcome.accepted and self._ack_fits(progress) else []
            return self._from_step(outcome, progress.skill_id, lead)
        state.active_skill = None
        state.completed_skills = [*state.completed_skills, skill.id][-10:]
        parts = [outcome.text]
        card = outcome.card
        if skill.follow_up:
            answers = self._answers_after(progress)
            state.follow_ups = [
                *state.follow_ups,
                {
                    "skill": skill.id,
                    "activity": answers.get("activity"),
                    "when": answers.get("when"),
                    "first_step": answers.get("first_step"),
                    "planned_on": self.today.isoformat(),
                    "planned_turn": state.turn_count,
                    "status": "planned",
                },
            ][-5:]
        else:
            parts.append(self.pick("skill.completed_question"))
        return Draft(
            action="guide_skill",
            parts=parts,
            skill=skill.id,
            step="done",
            card=card,
        )

    def _ack_fits(self, progress: SkillProgress) -> bool:
        # A short acknowledgement before the next question, but not after "ready"/"done" taps.
        step = self.content.skills[progress.skill_id].steps[progress.step_index]
        return step.expect in ("text", "emotions", "number")

    def _answers_after(self, progress: SkillProgress) -> dict[str, Any]:
        answers = dict(progress.answers)
        skill = self.content.skills[progress.skill_id]
        last = skill.steps[-1]
        if last.collect and last.collect not in answers:
            answers[last.collect] = self.text
        return answers

    def pause_skill(self) -> Draft:
        state = self.state
        progress = state.active_skill
        assert progress is not None
        state.paused_skill = progress
        state.active_skill = None
        return Draft(
            action="guide_skill",
            parts=[self.pick("skill.paused", {"technique": self.skill_label(progress.skill_id)})],
            skill=progress.skill_id,
            step="paused",
            quick_replies=[self._continue_label()],
        )

    def _continue_label(self) -> str:
        return "Sigamos" if self.lang == "es" else "Let's continue"

    def resume(self) -> Draft:
        state = self.state
        progress = state.paused_skill
        if progress is None or not self.skill_allowed(progress.skill_id):
            state.paused_skill = None
            last = self.ctx.last_skill
            if last and last in self.content.skills and self.skill_allowed(last):
                return self.offer_skill_draft(
                    last,
                    lead=[
                        self.pick("skill.last_skill_again", {"technique": self.skill_label(last)})
                    ],
                    plain=True,
                )
            return Draft(
                action="reflect",
                parts=[self.pick("skill.nothing_to_resume")],
                quick_replies=self.quick("menu"),
            )
        state.paused_skill = None
        state.active_skill = progress
        outcome = self.engine.runner.prompt(progress, self.lang)
        lead = [self.pick("skill.resumed", {"technique": self.skill_label(progress.skill_id)})]
        return self._from_step(outcome, progress.skill_id, lead)

    def contraindicated_skill(self, skill_id: str) -> Draft:
        name = self.content.skills[skill_id].name(self.lang)
        note = self._note_text(self._note_prefix(), f"{name}: {self.text}" if self.text else name)
        self.state.pending_offers = [{"kind": "note", "note": note}]
        return Draft(
            action="handover",
            parts=[self.pick("skill.contraindicated", {"technique": self.plain_ref(skill_id)})],
            quick_replies=self.quick("note"),
        )

    def offer_skill_draft(
        self, skill_id: str, *, lead: list[str] | None = None, plain: bool = False
    ) -> Draft:
        """Offer a skill (consent first); assigned ones are offered in the clinician's words."""
        skill = self.content.skills[skill_id]
        assignment = self.plan.assignment_for(skill_id)
        parts = list(lead or [])
        if not plain:
            if assignment is not None:
                wording = self.plan.wording_for(skill_id) or self.plain_ref(skill_id)
                if assignment.note:
                    # The clinician's note first, so the reply still ends on its one question.
                    parts.append(self.pick("offer.assigned_note", {"note": assignment.note}))
                parts.append(self.pick("offer.assigned", {"wording": wording}))
            else:
                parts.append(
                    self.pick(
                        "offer.intro",
                        {
                            "technique": self.skill_label(skill_id),
                            "summary": skill.summary[self.lang],
                        },
                    )
                )
        self.state.pending_offers = [{"kind": "skill", "skill": skill_id}]
        return Draft(
            action="offer_skill", parts=parts, skill=skill_id, quick_replies=self.quick("offer")
        )

    def choose_skill(self, need_id: str) -> str | None:
        """The best allowed skill for a need: assigned techniques first, declined ones last."""
        need = self.content.needs.get(need_id)
        if need is None:
            return None
        candidates = [s for s in need.skills if self.skill_allowed(s)]
        if not candidates:
            return None
        assigned = set(self.plan.assigned_ids)
        declined = set(self.state.declined_skills)

        def rank(skill_id: str) -> tuple[int, int, int]:
            return (skill_id in declined, skill_id not in assigned, candidates.index(skill_id))

        best = sorted(candidates, key=rank)[0]
        if best in declined:
            return None
        return best
