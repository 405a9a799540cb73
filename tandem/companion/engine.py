"""The offline dialogue manager: from a message, the conversation so far and the client's context,
choose what to do (listen, check in, offer or guide a skill, explain, hand over...) and say it with
authored wording.

Pure and deterministic: no database, no clock (the time comes in ``ClientContext.now``), no
randomness (variants are chosen by a seed derived from the turn and the text). Safety screening
happens before this is called; the screened level comes in as ``safety_level`` so the engine can
stay gentle and never start a skill or small talk during a safety episode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tandem.companion.content_loader import LANGS, Content, load_content
from tandem.companion.context import ClientContext
from tandem.companion.habits import HabitView, habit_progress, suggest_smaller
from tandem.companion.intents import SemanticMatcher, Understanding, default_matcher, recognise
from tandem.companion.limits import check_limits, choose_nudge, reliance_indicators
from tandem.companion.plan_view import HomeworkItem, PlanView
from tandem.companion.skills import SkillRunner, StepOutcome
from tandem.companion.state import ConversationState, SkillProgress
from tandem.companion.wording import fill, first_sentence, format_day, seed_for
from tandem.safety.assessment import RiskLevel

__all__ = ["ACTIONS", "ClientContext", "ConversationState", "Engine", "EngineReply"]

ACTIONS = frozenset(
    {
        "reflect",
        "checkin",
        "offer_skill",
        "guide_skill",
        "psychoeducation",
        "collect_note",
        "small_talk",
        "handover",
        "disclosure",
        "limit",
        "nudge",
        "habit_checkin",
        "safety_support",
    }
)
EVENTS = frozenset({"open", "continue", "stop"})
NOTE_MAX_CHARS = 400
NUDGE_EVERY_TURNS = 8  # at most one reliance nudge in this many turns
FOLLOW_UP_AFTER_TURNS = 6  # ask about a planned activity on a later day, or after this many turns
CALM_TURNS_TO_LEAVE_SAFETY = 2
RECENT_MOOD_DAYS = 14


@dataclass(frozen=True)
class EngineReply:
    text: str
    action: str
    skill: str | None
    step: str | None
    quick_replies: list[str]
    card: dict[str, Any] | None
    note_for_session: str | None
    checkin: dict[str, Any] | None
    state: ConversationState

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "action": self.action,
            "skill": self.skill,
            "step": self.step,
            "quick_replies": list(self.quick_replies),
            "card": self.card,
            "note_for_session": self.note_for_session,
            "checkin": self.checkin,
        }


@dataclass
class _Draft:
    """A reply being assembled during one turn."""

    action: str
    parts: list[str] = field(default_factory=list)
    skill: str | None = None
    step: str | None = None
    quick_replies: list[str] = field(default_factory=list)
    card: dict[str, Any] | None = None
    note_for_session: str | None = None
    checkin: dict[str, Any] | None = None


_DEFAULT_MATCHER: Any = object()


class Engine:
    def __init__(
        self,
        content: Content | None = None,
        *,
        matcher: SemanticMatcher | Any | None = _DEFAULT_MATCHER,
    ) -> None:
        self.content = content or load_content()
        self.runner = SkillRunner(self.content)
        # The semantic layer uses the shared embedder when tandem.core.embeddings exists.
        self.matcher: SemanticMatcher | None = (
            default_matcher(self.content) if matcher is _DEFAULT_MATCHER else matcher
        )

    # --- public API ------------------------------------------------------------------------------

    def warm_up(self) -> bool:
        """Load the embedder and embed the exemplars; True when the semantic layer is ready."""
        return self.matcher.warm_up() if self.matcher is not None else False

    def respond(
        self,
        state: ConversationState,
        text: str,
        ctx: ClientContext,
        *,
        safety_level: str = "none",
        event: str | None = None,
    ) -> EngineReply:
        turn = _Turn(self, state.copy(), text or "", ctx, event if event in EVENTS else None)
        draft = turn.decide(_parse_level(safety_level))
        return turn.finalise(draft)


def _parse_level(value: str) -> RiskLevel:
    try:
        return RiskLevel.parse(value)
    except ValueError:
        # An unknown label must never weaken safety: treat it as a safety episode.
        return RiskLevel.MODERATE


class _Turn:
    """Everything about one turn: the reading of the message and the choice of what to do."""

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
        if self.text:
            self.u = recognise(self.text, self.lang, self.content, engine.matcher)
        else:
            self.u = Understanding(text="", lang=self.lang)

    # --- wording ---------------------------------------------------------------------------------

    def _seed(self, key: str) -> int:
        return seed_for(self.state.turn_count, self.text, self.event, key)

    def pick(self, key: str, values: dict[str, Any] | None = None) -> str:
        """One variant of ``key``, avoiding variants used recently, filled with ``values``."""
        variants = self.content.phrases(self.lang, key)
        start = self._seed(key) % len(variants)
        chosen = start
        for offset in range(len(variants)):
            index = (start + offset) % len(variants)
            if f"{key}#{index}" not in self.state.recent_variants:
                chosen = index
                break
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

    # --- the decision ----------------------------------------------------------------------------

    def decide(self, level: RiskLevel) -> _Draft:
        state, u = self.state, self.u
        if self.text:
            state.remember_intent(self._intent_label())
        if level >= RiskLevel.MODERATE:
            return self.safety_takeover()
        if state.safety_mode:
            state.calm_turns = state.calm_turns + 1 if level == RiskLevel.NONE else state.calm_turns
            if state.calm_turns < CALM_TURNS_TO_LEAVE_SAFETY:
                return self.safety_support("safety.support")
            state.safety_mode = False
            state.calm_turns = 0
            return self.safety_support("safety.steadier")
        if level == RiskLevel.LOW:
            return self.safety_low()
        decision = check_limits(
            self.ctx.limits, self.ctx.usage, self.ctx.now, lang=self.lang, content=self.content
        )
        if not decision.allowed:
            return _Draft(
                action="limit",
                parts=[decision.message or ""],
                card={"type": "limit", "reason": decision.reason},
            )
        if self.ctx.first_use and not state.disclosed:
            return self.first_disclosure()
        if self.event == "open" and not self.text:
            return self.opening()
        if state.active_skill and (self.event == "stop" or u.has("stop")):
            return self.pause_skill()
        if state.active_skill:
            return self.in_skill()
        if self.event == "continue" or u.has("continue"):
            return self.resume()
        awaiting = self.handle_awaiting()
        if awaiting is not None:
            return awaiting
        if state.pending_offers:
            offered = self.handle_offer()
            if offered is not None:
                return offered
        return self.free_text()

    def first_disclosure(self) -> _Draft:
        """Say plainly what this is; if the first message already names a need, offer help too."""
        self.state.disclosed = True
        need = self.u.need
        skill_id = self.choose_skill(need) if need and not self.u.professional else None
        if skill_id is not None:
            offer = self.offer_skill_draft(skill_id)
            return _Draft(
                action="disclosure",
                parts=[self.pick("disclosure.first_short"), *offer.parts],
                skill=skill_id,
                quick_replies=offer.quick_replies,
            )
        return _Draft(
            action="disclosure",
            parts=[self.pick("disclosure.first")],
            quick_replies=self.quick("greeting"),
        )

    def _intent_label(self) -> str:
        u = self.u
        if u.professional:
            return f"professional:{u.professional}"
        for intent in ("nobody_else", "stop", "continue", "mood_log", "add_note"):
            if u.has(intent):
                return intent
        if u.skill_request:
            return f"skill:{u.skill_request}"
        if u.need:
            return f"need:{u.need}"
        return u.intents[0] if u.intents else "other"

    # --- safety ----------------------------------------------------------------------------------

    def _suspend_skill(self) -> None:
        if self.state.active_skill:
            self.state.paused_skill = self.state.active_skill
            self.state.active_skill = None
        self.state.pending_offers = []
        self.state.awaiting = None

    def safety_takeover(self) -> _Draft:
        self._suspend_skill()
        self.state.safety_mode = True
        self.state.calm_turns = 0
        return self.safety_support("safety.support")

    def safety_support(self, key: str) -> _Draft:
        self._suspend_skill()
        return _Draft(
            action="safety_support",
            parts=[self.pick(key)],
            quick_replies=list(self.content.phrases(self.lang, "safety.quick_replies")),
            card={"type": "safety_plan_link"},
        )

    def safety_low(self) -> _Draft:
        self._suspend_skill()
        return _Draft(
            action="safety_support",
            parts=[self.pick("safety.low")],
            quick_replies=list(self.content.phrases(self.lang, "safety.quick_replies")),
            card={"type": "safety_plan_link"},
        )

    # --- skills ----------------------------------------------------------------------------------

    def skill_allowed(self, skill_id: str) -> bool:
        return self.plan.skill_allowed(skill_id)

    def _from_step(self, outcome: StepOutcome, skill_id: str, lead: list[str]) -> _Draft:
        return _Draft(
            action="guide_skill",
            parts=[*lead, outcome.text],
            skill=skill_id,
            step=outcome.step_id,
            quick_replies=outcome.quick_replies,
            card=outcome.card,
        )

    def start_skill(self, skill_id: str, *, lead: list[str] | None = None) -> _Draft:
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

    def in_skill(self) -> _Draft:
        state, u = self.state, self.u
        progress = state.active_skill
        assert progress is not None
        if u.professional:
            return self.handover(u.professional)
        if u.skill_request and u.skill_request != progress.skill_id and not u.has("psychoed"):
            state.paused_skill = progress
            state.active_skill = None
            return self.start_skill(u.skill_request)
        if u.has("continue") and self.text.strip(" .!").lower() not in ("continue", "sigue"):
            # "let's continue" mid-skill just repeats the current step.
            outcome = self.engine.runner.prompt(progress, self.lang)
            return self._from_step(outcome, progress.skill_id, [])
        outcome = self.engine.runner.answer(progress, self.text, self.lang)
        skill = self.content.skills[progress.skill_id]
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
        return _Draft(
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

    def pause_skill(self) -> _Draft:
        state = self.state
        progress = state.active_skill
        assert progress is not None
        state.paused_skill = progress
        state.active_skill = None
        return _Draft(
            action="guide_skill",
            parts=[self.pick("skill.paused", {"technique": self.skill_label(progress.skill_id)})],
            skill=progress.skill_id,
            step="paused",
            quick_replies=[self._continue_label()],
        )

    def _continue_label(self) -> str:
        return "Sigamos" if self.lang == "es" else "Let's continue"

    def resume(self) -> _Draft:
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
            return _Draft(
                action="reflect",
                parts=[self.pick("skill.nothing_to_resume")],
                quick_replies=self.quick("menu"),
            )
        state.paused_skill = None
        state.active_skill = progress
        outcome = self.engine.runner.prompt(progress, self.lang)
        lead = [self.pick("skill.resumed", {"technique": self.skill_label(progress.skill_id)})]
        return self._from_step(outcome, progress.skill_id, lead)

    def contraindicated_skill(self, skill_id: str) -> _Draft:
        name = self.content.skills[skill_id].name(self.lang)
        note = self._note_text(self._note_prefix(), f"{name}: {self.text}" if self.text else name)
        self.state.pending_offers = [{"kind": "note", "note": note}]
        return _Draft(
            action="handover",
            parts=[self.pick("skill.contraindicated", {"technique": self.plain_ref(skill_id)})],
            quick_replies=self.quick("note"),
        )

    def offer_skill_draft(
        self, skill_id: str, *, lead: list[str] | None = None, plain: bool = False
    ) -> _Draft:
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
        return _Draft(
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

    # --- waiting for something -------------------------------------------------------------------

    def handle_awaiting(self) -> _Draft | None:
        state, u = self.state, self.u
        awaiting = state.awaiting
        if awaiting is None:
            return None
        state.awaiting = None
        if awaiting == "mood_value":
            values = [n for n in u.numbers if 0 <= n <= 10]
            if values and not u.professional:
                return self.checkin_logged(values[0])
            if u.has("stop") or u.has("no"):
                return _Draft(action="reflect", parts=[self.pick("offer.declined")])
            return None
        if awaiting == "note_text":
            if u.has("stop") or u.has("no"):
                return _Draft(action="reflect", parts=[self.pick("handover.declined")])
            return self.save_note(self.text)
        if awaiting == "follow_up":
            return self.follow_up_reply()
        return None

    def handle_offer(self) -> _Draft | None:
        state, u = self.state, self.u
        offer = state.pending_offers[0]
        state.pending_offers = []
        kind = offer.get("kind")
        if u.has("yes") and not u.has("no"):
            if kind == "skill":
                return self.start_skill(str(offer["skill"]))
            if kind == "note":
                return self.save_note(str(offer["note"]), already_prefixed=True)
            if kind == "psychoed":
                return self.psychoeducation(str(offer["topic"]))
            if kind == "habit_smaller":
                return self.accept_smaller_habit(offer)
            return None
        if u.has("no") or u.has("stop"):
            if kind == "skill":
                state.declined_skills = [*state.declined_skills, str(offer["skill"])][-6:]
            key = "handover.declined" if kind == "note" else "offer.declined"
            return _Draft(action="reflect", parts=[self.pick(key)])
        return None

    # --- free text -------------------------------------------------------------------------------

    def free_text(self) -> _Draft:
        u = self.u
        if u.professional:
            return self.handover(u.professional)
        blocked_topic = self._blocked_topic()
        if blocked_topic:
            return self.topic_handover()
        if u.has("add_note"):
            return self.add_note_request()
        if u.has("mood_log"):
            if u.mood is not None:
                return self.checkin_logged(u.mood)
            self.state.awaiting = "mood_value"
            return _Draft(
                action="checkin",
                parts=[self.pick("checkin.ask")],
                quick_replies=[str(n) for n in range(0, 11, 2)],
            )
        if u.has("ai_question"):
            return _Draft(action="disclosure", parts=[self.pick("disclosure.ai")])
        if u.skill_request:
            if u.has("psychoed"):
                if not self.skill_allowed(u.skill_request):
                    return self.contraindicated_skill(u.skill_request)
                return self.offer_skill_draft(
                    u.skill_request,
                    lead=[self.content.skills[u.skill_request].summary[self.lang]],
                    plain=True,
                )
            return self.start_skill(u.skill_request)
        if u.has("psychoed") and u.psychoed_topic:
            return self.psychoeducation(u.psychoed_topic)
        if u.has("help"):
            return _Draft(action="disclosure", parts=[self.pick("help")], quick_replies=self.menu())
        if u.has("skill_menu"):
            return _Draft(
                action="offer_skill", parts=[self.pick("skill.menu")], quick_replies=self.menu()
            )
        follow_up = self._open_follow_up()
        if follow_up is not None and u.has("did_it"):
            return self.follow_up_reply()
        if u.habit_kinds and self._habit_for(u.habit_kinds) is not None:
            return self.habit_done()
        if u.has("nobody_else"):
            return self.nobody_else()
        if u.need:
            return self.respond_to_need(u.need)
        if u.has("greeting") or self.event == "open":
            return self.opening()
        if u.positive:
            return self.positive()
        if u.has("thanks"):
            return self.calm_moment(_Draft(action="small_talk", parts=[self.pick("thanks")]))
        if u.has("goodbye"):
            return self.goodbye()
        if u.has("small_talk"):
            return self.small_talk()
        return self.listen()

    def _blocked_topic(self) -> str | None:
        u = self.u
        topics = list(u.topics)
        if u.psychoed_topic:
            topics.append(u.psychoed_topic)
        need = self.content.needs.get(u.need or "")
        if need and need.topic:
            topics.append(need.topic)
        for topic in topics:
            if not self.plan.topic_allowed(topic):
                return topic
        return None

    def menu(self) -> list[str]:
        assigned = [
            s for s in self.plan.assigned_ids if s in self.content.skills and self.skill_allowed(s)
        ]
        defaults = [
            "box_breathing",
            "grounding_54321",
            "thought_record",
            "behavioural_activation",
            "self_compassion",
        ]
        chosen: list[str] = []
        for skill_id in [*assigned, *defaults]:
            if skill_id not in chosen and self.skill_allowed(skill_id):
                chosen.append(skill_id)
        return [self.content.skills[s].name(self.lang) for s in chosen[:4]]

    # --- handover and notes ----------------------------------------------------------------------

    def _note_prefix(self) -> str:
        return self.content.phrases(self.lang, "note.prefix")[0]

    @staticmethod
    def _note_text(prefix: str, text: str) -> str:
        body = " ".join(text.split())[:NOTE_MAX_CHARS]
        return f"{prefix}: {body}"

    def handover(self, topic: str) -> _Draft:
        self._suspend_skill()
        note = self._note_text(self._note_prefix(), self.text)
        self.state.pending_offers = [{"kind": "note", "note": note}]
        return _Draft(
            action="handover",
            parts=[self.opener("validate"), self.pick(f"handover.{topic}")],
            quick_replies=self.quick("note"),
        )

    def topic_handover(self) -> _Draft:
        note = self._note_text(self._note_prefix(), self.text)
        self.state.pending_offers = [{"kind": "note", "note": note}]
        return _Draft(
            action="handover",
            parts=[self.pick("handover.topic_contraindicated")],
            quick_replies=self.quick("note"),
        )

    def add_note_request(self) -> _Draft:
        body = _strip_note_command(self.text)
        if len(body.split()) >= 3:
            return self.save_note(body)
        if self.state.last_user_text:
            return self.save_note(self.state.last_user_text)
        self.state.awaiting = "note_text"
        return _Draft(action="collect_note", parts=[self.pick("note.ask_text")])

    def save_note(self, text: str, *, already_prefixed: bool = False) -> _Draft:
        note = text if already_prefixed else self._note_text(self._note_prefix(), text)
        self.state.session_notes = [*self.state.session_notes, note][-20:]
        return _Draft(action="collect_note", parts=[self.pick("note.saved")], note_for_session=note)

    # --- check-ins -------------------------------------------------------------------------------

    def checkin_logged(self, mood: int) -> _Draft:
        band = "low" if mood <= 3 else "mid" if mood <= 6 else "high"
        parts = [self.pick("checkin.logged", {"mood": mood})]
        last = self.ctx.last_mood
        if last is not None and last != mood:
            key = "checkin.better_than_last" if mood > last else "checkin.worse_than_last"
            parts.append(self.pick(key, {"last": last}))
        parts.append(self.pick(f"checkin.{band}"))
        emotions = [e for e in self.u.emotions if e != "positive"]
        return _Draft(
            action="checkin",
            parts=parts,
            checkin={"mood": mood, "emotions": emotions, "source": "chat"},
        )

    # --- psychoeducation -------------------------------------------------------------------------

    def psychoeducation(self, topic: str) -> _Draft:
        if not self.plan.topic_allowed(topic):
            return self.topic_handover()
        piece = self.content.psychoeducation_for(topic, self.lang)
        if piece is None:
            return self.listen()
        related = [s for s in piece.related_skills if self.skill_allowed(s)]
        parts = [
            self.pick("psychoed.intro", {"title": piece.title}),
            piece.body,
            self.pick("psychoed.outro"),
        ]
        if related:
            self.state.pending_offers = [{"kind": "skill", "skill": related[0]}]
        return _Draft(
            action="psychoeducation",
            parts=parts,
            card={
                "type": "psychoeducation",
                "topic": topic,
                "title": piece.title,
                "body": piece.body,
            },
            quick_replies=[self.content.skills[s].name(self.lang) for s in related[:3]],
        )

    # --- feelings --------------------------------------------------------------------------------

    def reflection(self, need_id: str | None) -> str:
        lexicon = self.content.lexicons[self.lang]
        topic_phrase = lexicon.topics[self.u.topics[0]][1] if self.u.topics else None
        if need_id:
            feeling = lexicon.emotion_words.get(need_id, need_id)
            if topic_phrase:
                return self.pick("reflect.with_topic", {"topic": topic_phrase, "feeling": feeling})
            return self.pick("reflect.emotion", {"feeling": feeling})
        if topic_phrase:
            return self.pick("reflect.topic_only", {"topic": topic_phrase})
        return ""

    def respond_to_need(self, need_id: str) -> _Draft:
        state = self.state
        need = self.content.needs.get(need_id)
        state.emotion_turns = state.emotion_turns + 1 if state.last_emotion == need_id else 1
        state.last_emotion = need_id
        if need is None:
            return self.listen()
        skill_id = self.choose_skill(need_id)
        assigned = skill_id is not None and self.plan.assignment_for(skill_id) is not None
        listen_first = need.reflect_first and state.emotion_turns == 1 and not assigned
        lead = [self.opener("validate"), self.reflection(need_id)]
        if skill_id is None or listen_first:
            return _Draft(action="reflect", parts=[*lead, self.pick("reflect.questions")])
        return self.offer_skill_draft(skill_id, lead=lead)

    def nobody_else(self) -> _Draft:
        parts = [self.opener("validate"), self.pick("reflect.nobody_else")]
        nudge = choose_nudge(
            reliance_indicators(self.ctx.usage, lang=self.lang, content=self.content)
            or _nobody_else_indicator(),
            self.state.used_nudges,
            self._seed("nudge"),
            lang=self.lang,
            has_clinician=self.ctx.has_clinician,
            content=self.content,
        )
        if nudge is not None:
            parts.append(nudge.text)
            self._remember_nudge(nudge.id)
        return _Draft(action="nudge", parts=parts)

    def positive(self) -> _Draft:
        draft = _Draft(
            action="reflect",
            parts=[self.pick("reflect.positive"), self.pick("reflect.positive_question")],
        )
        return self.calm_moment(draft)

    def listen(self) -> _Draft:
        nudge = self.maybe_nudge()
        if nudge is not None:
            return nudge
        reflection = self.reflection(None)
        parts = [reflection] if reflection else []
        parts.append(self.pick("reflect.open"))
        return _Draft(action="reflect", parts=parts)

    # --- calm moments: greetings, homework, habits, follow-ups, nudges ---------------------------

    def opening(self) -> _Draft:
        """Hello: pick one thing from the client's recent days to refer to, not all of them."""
        state = self.state
        greet = self.opener("warm")
        first_today = state.greeted_on != self.today.isoformat()
        state.greeted_on = self.today.isoformat()
        follow_up = self._open_follow_up()
        if follow_up is not None:
            return self.ask_follow_up(follow_up, [greet])
        homework = self._due_homework()
        if homework is not None:
            return self.homework_reminder(homework, [greet])
        habit_draft = self.habit_checkin([greet])
        if habit_draft is not None:
            return habit_draft
        nudge = self.maybe_nudge(lead=[greet])
        if nudge is not None:
            return nudge
        ctx = self.ctx
        if first_today and ctx.last_mood is not None and self._recent(ctx.last_mood_at):
            key = "greeting.last_mood_low" if ctx.last_mood <= 4 else "greeting.last_mood_ok"
            return _Draft(
                action="checkin",
                parts=[greet, self.pick(key, {"mood": ctx.last_mood})],
                quick_replies=self.quick("greeting"),
            )
        if (
            first_today
            and ctx.last_skill in self.content.skills
            and self.skill_allowed(ctx.last_skill or "")
        ):
            label = self.skill_label(ctx.last_skill or "")
            return _Draft(
                action="small_talk",
                parts=[greet, self.pick("greeting.last_skill", {"technique": label})],
                quick_replies=self.quick("greeting"),
            )
        return _Draft(
            action="small_talk",
            parts=[greet, self.pick("greeting.plain")],
            quick_replies=self.quick("greeting"),
        )

    def _recent(self, moment: datetime | None) -> bool:
        # An old mood is not "last time" any more; unknown dates are trusted to be recent.
        return moment is None or self.ctx.now - moment <= timedelta(days=RECENT_MOOD_DAYS)

    def calm_moment(self, draft: _Draft) -> _Draft:
        """After thanks or good news, a due reminder fits; otherwise keep the reply as it is."""
        follow_up = self._open_follow_up()
        if follow_up is not None:
            return self.ask_follow_up(follow_up, draft.parts[:1])
        homework = self._due_homework()
        if homework is not None:
            return self.homework_reminder(homework, draft.parts[:1])
        habit_draft = self.habit_checkin(draft.parts[:1])
        return habit_draft or draft

    def _open_follow_up(self) -> dict[str, Any] | None:
        for item in self.state.follow_ups:
            if item.get("status") != "planned":
                continue
            later_day = item.get("planned_on") != self.today.isoformat()
            later_turn = (
                self.state.turn_count - int(item.get("planned_turn", 0)) >= FOLLOW_UP_AFTER_TURNS
            )
            if later_day or later_turn:
                return item
        return None

    def ask_follow_up(self, item: dict[str, Any], lead: list[str]) -> _Draft:
        item["status"] = "asked"
        self.state.awaiting = "follow_up"
        text = self.pick(
            "follow_up.ask", {"activity": item.get("activity"), "when": item.get("when")}
        )
        return _Draft(
            action="guide_skill", parts=[*lead, text], skill=item.get("skill"), step="follow_up"
        )

    def follow_up_reply(self) -> _Draft:
        u = self.u
        item = next(
            (f for f in self.state.follow_ups if f.get("status") in ("asked", "planned")), None
        )
        negative = bool(
            re.search(r"\b(didn'?t|did not|couldn'?t|never|no|not|nope)\b", self.text.lower())
        ) or u.has("no")
        went_well = not negative
        if item is not None:
            item["status"] = "done" if went_well else "missed"
        key = "follow_up.went_well" if went_well else "follow_up.did_not"
        card = None
        if item is not None:
            card = {
                "type": "activity_follow_up",
                "activity": item.get("activity"),
                "done": went_well,
            }
        return _Draft(
            action="guide_skill",
            parts=[self.pick(key)],
            skill=(item or {}).get("skill", "behavioural_activation"),
            step="follow_up_done",
            card=card,
        )

    def _due_homework(self) -> HomeworkItem | None:
        if self.state.homework_reminded_on == self.today.isoformat():
            return None
        items = [*self.ctx.open_homework, *self.plan.homework]
        due = [
            h
            for h in items
            if not h.done and h.due is not None and h.due <= self.today + timedelta(days=1)
        ]
        if not due:
            return None
        return sorted(due, key=lambda h: (h.due, h.id))[0]

    def homework_reminder(self, item: HomeworkItem, lead: list[str]) -> _Draft:
        self.state.homework_reminded_on = self.today.isoformat()
        assert item.due is not None
        if item.due < self.today:
            due = self._due_words("overdue", item.due)
        elif item.due == self.today:
            due = self._due_words("today", item.due)
        else:
            due = self._due_words("tomorrow", item.due)
        parts = [*lead, self.pick("homework.reminder", {"title": item.title, "due": due})]
        skill_id = item.skill_id if item.skill_id in self.content.skills else None
        if skill_id and self.skill_allowed(skill_id):
            self.state.pending_offers = [{"kind": "skill", "skill": skill_id}]
            return _Draft(
                action="offer_skill",
                parts=parts,
                skill=skill_id,
                quick_replies=self.quick("offer"),
                card={"type": "homework", "id": item.id, "title": item.title},
            )
        return _Draft(
            action="reflect",
            parts=parts,
            card={"type": "homework", "id": item.id, "title": item.title},
        )

    def _due_words(self, kind: str, day: date) -> str:
        template = self.content.phrases(self.lang, f"homework.due_{kind}")[0]
        months = self.content.phrases(self.lang, "dates.months")
        pattern = self.content.phrases(self.lang, "dates.format")[0]
        return template.replace("{date}", format_day(day, months, pattern))

    def _habit_for(self, kinds: tuple[str, ...]) -> HabitView | None:
        for habit in self.ctx.habits:
            if habit.kind in kinds:
                return habit
        return None

    def habit_checkin(self, lead: list[str]) -> _Draft | None:
        """Ask about a habit once a day, gently; offer a smaller goal when one keeps failing."""
        if not self.ctx.habits or self.state.habit_checked_on == self.today.isoformat():
            return None
        for habit in sorted(self.ctx.habits, key=lambda h: h.id):
            progress = habit_progress(habit, self.today)
            if progress.done_today:
                continue
            self.state.habit_checked_on = self.today.isoformat()
            smaller = suggest_smaller(habit, progress)
            if smaller is not None:
                wording = self.content.phrases(self.lang, smaller.smaller_step_key)[0]
                self.state.pending_offers = [
                    {
                        "kind": "habit_smaller",
                        "habit": habit.id,
                        "target": smaller.new_target_per_week,
                        "wording": wording,
                    }
                ]
                text = self.pick(
                    "habits.smaller_offer",
                    {
                        "title": habit.title,
                        "smaller": wording,
                        "target": smaller.new_target_per_week,
                    },
                )
                return _Draft(
                    action="habit_checkin",
                    parts=[*lead, text],
                    quick_replies=self.quick("offer"),
                    card={"type": "habit", "habit_id": habit.id, "streak": progress.streak},
                )
            parts = [*lead]
            if progress.streak_broken:
                parts.append(self.pick("habits.break"))
            parts.append(self.pick("habits.ask", {"title": habit.title}))
            return _Draft(
                action="habit_checkin",
                parts=parts,
                card={"type": "habit", "habit_id": habit.id, "streak": progress.streak},
            )
        return None

    def habit_done(self) -> _Draft:
        habit = self._habit_for(self.u.habit_kinds)
        assert habit is not None
        self.state.habit_checked_on = self.today.isoformat()
        done_dates = tuple(sorted({*habit.done_dates, self.today}))
        progress = habit_progress(
            HabitView(**{**habit.__dict__, "done_dates": done_dates}), self.today
        )
        parts = [self.pick("habits.done", {"title": habit.title})]
        if progress.streak >= 2:
            parts.append(self.pick("habits.streak", {"streak": progress.streak}))
        return _Draft(
            action="habit_checkin",
            parts=parts,
            card={
                "type": "habit_done",
                "habit_id": habit.id,
                "date": self.today.isoformat(),
                "streak": progress.streak,
            },
        )

    def accept_smaller_habit(self, offer: dict[str, Any]) -> _Draft:
        habit_id = str(offer.get("habit"))
        text = self.pick(
            "habits.smaller_accepted",
            {"smaller": offer.get("wording"), "target": offer.get("target")},
        )
        return _Draft(
            action="habit_checkin",
            parts=[text],
            card={
                "type": "habit_update",
                "habit_id": habit_id,
                "target_per_week": offer.get("target"),
                "smaller_step": offer.get("wording"),
            },
        )

    def maybe_nudge(self, lead: list[str] | None = None) -> _Draft | None:
        if self.state.turn_count - self.state.last_nudge_turn < NUDGE_EVERY_TURNS:
            return None
        indicators = reliance_indicators(self.ctx.usage, lang=self.lang, content=self.content)
        if not indicators:
            return None
        nudge = choose_nudge(
            indicators,
            self.state.used_nudges,
            self._seed("nudge"),
            lang=self.lang,
            has_clinician=self.ctx.has_clinician,
            content=self.content,
        )
        if nudge is None:
            return None
        self._remember_nudge(nudge.id)
        if nudge.kind == "session":
            self.state.pending_offers = [
                {
                    "kind": "note",
                    "note": self._note_text(
                        self._note_prefix(), self.text or indicators[0].message
                    ),
                }
            ]
        return _Draft(
            action="nudge",
            parts=[*(lead or []), indicators[0].message, nudge.text],
            card={"type": "reliance", "indicators": [i.id for i in indicators]},
        )

    def _remember_nudge(self, nudge_id: str) -> None:
        self.state.used_nudges = [*self.state.used_nudges, nudge_id][-12:]
        self.state.last_nudge_turn = self.state.turn_count

    def goodbye(self) -> _Draft:
        nudge = self.maybe_nudge(lead=[self.pick("goodbye")])
        return nudge or _Draft(action="small_talk", parts=[self.pick("goodbye")])

    def small_talk(self) -> _Draft:
        lowered = self.text.lower()
        if re.search(r"jokes?|chistes?", lowered):
            key = "small_talk.joke"
        elif re.search(r"name|llamas", lowered):
            key = "small_talk.name"
        elif re.search(r"weather|tiempo", lowered):
            key = "small_talk.weather"
        elif re.search(r"how are you|cómo estás|qué tal estás|cómo te va", lowered):
            key = "small_talk.how_are_you"
        else:
            key = "small_talk.other"
        return _Draft(action="small_talk", parts=[self.pick(key)])

    # --- finishing the turn ----------------------------------------------------------------------

    def finalise(self, draft: _Draft) -> EngineReply:
        assert draft.action in ACTIONS, draft.action
        state = self.state
        text = " ".join(part.strip() for part in draft.parts if part and part.strip())
        opening = first_sentence(text)
        recent = state.recent_openers[-2:]
        if len(recent) == 2 and recent[0] == recent[1] == opening:
            # Never the same opener three turns running: lead with a different acknowledgement.
            text = f"{self.opener('ack')} {text}"
            opening = first_sentence(text)
        state.remember_opener(opening)
        if self.text:
            state.last_user_text = " ".join(self.text.split())[:NOTE_MAX_CHARS]
        return EngineReply(
            text=text,
            action=draft.action,
            skill=draft.skill,
            step=draft.step,
            quick_replies=list(draft.quick_replies),
            card=draft.card,
            note_for_session=draft.note_for_session,
            checkin=draft.checkin,
            state=state,
        )


_NOTE_COMMAND = re.compile(
    r"^(please\s+)?("
    r"(add|put|save|write|note)\s+(it|this|that)?\s*(down\s+)?(to|in|on|for)\s+(my|the)\s+"
    r"(session\s+)?(notes|next session|list)"
    r"|remind me to (tell|ask|mention|bring up)( my therapist)?"
    r"|(añade|apunta|anota|guarda)(lo)?( esto| eso)? (en|a|para) "
    r"(mis notas|la próxima sesión|mi próxima sesión)"
    r"|recuérdame (decirle|contarle|preguntarle|comentarle)( a mi terapeuta)?"
    r")\s*[:,-]?\s*",
    re.IGNORECASE,
)


def _mid_sentence(name: str) -> str:
    """ "Box breathing" reads "box breathing" inside a sentence; "CBT thought record" stays."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _strip_note_command(text: str) -> str:
    stripped = _NOTE_COMMAND.sub("", text.strip(), count=1)
    stripped = re.sub(
        r"^(for my next session|para (mi|la) próxima sesión)\s*[:,-]?\s*",
        "",
        stripped,
        flags=re.IGNORECASE,
    )
    return stripped.strip()


def _nobody_else_indicator() -> list[Any]:
    from tandem.companion.limits import RelianceIndicator

    return [RelianceIndicator("nobody_else", 1, 2, "watch", "")]
