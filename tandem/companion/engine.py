"""The offline dialogue manager: from a message, the conversation so far and the client's context,
choose what to do (listen, check in, offer or guide a skill, explain, hand over...) and say it with
authored wording.

Pure and deterministic: no database, no clock (the time comes in ``ClientContext.now``), no
randomness (variants are chosen by a seed derived from the turn and the text). Safety screening
happens before this is called; the screened level comes in as ``safety_level`` so the engine can
stay gentle and never start a skill or small talk during a safety episode.

Events: ``"open"`` (the chat was opened; greet with something from recent days), ``"continue"``
(resume a paused skill), ``"stop"`` (pause the running skill). Unknown events are ignored.

Cards (``EngineReply.card["type"]``) tell the UI what to draw or the service what to store:
``breathing`` (phases of [in|hold|out, seconds] and cycles, for real-time pacing), ``grounding``,
``pmr``, ``body_scan``, ``wave``, ``choices``, ``thought_record`` (the fields being
collected), ``thought_record_summary`` / ``activity_plan_summary`` (the collected answers),
``activity_follow_up`` (did the planned activity happen), ``habit`` (a check-in), ``habit_done``
(store a completion for today), ``habit_update`` (store a smaller goal the client accepted),
``homework``, ``psychoeducation``, ``reliance`` (indicator ids behind a nudge), ``limit`` (which
limit applied), ``safety_plan_link``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tandem.companion.content_loader import Content, load_content
from tandem.companion.context import ClientContext
from tandem.companion.intents import SemanticMatcher, default_matcher
from tandem.companion.limits import check_limits, choose_nudge, reliance_indicators
from tandem.companion.moments import Moments
from tandem.companion.skill_moves import SkillMoves
from tandem.companion.skills import SkillRunner
from tandem.companion.state import ConversationState
from tandem.companion.turn_base import NOTE_MAX_CHARS, Draft
from tandem.companion.wording import first_sentence
from tandem.safety.assessment import RiskLevel

__all__ = [
    "ACTIONS",
    "ClientContext",
    "ConversationState",
    "Engine",
    "EngineReply",
    "load_content",
]

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
CALM_TURNS_TO_LEAVE_SAFETY = 2


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


class _Turn(SkillMoves, Moments):
    """Everything about one turn: the reading of the message and the choice of what to do."""

    # --- the decision ----------------------------------------------------------------------------

    def decide(self, level: RiskLevel) -> Draft:
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
            return Draft(
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

    def first_disclosure(self) -> Draft:
        """Say plainly what this is; if the first message already names a need, offer help too."""
        self.state.disclosed = True
        need = self.u.need
        skill_id = self.choose_skill(need) if need and not self.u.professional else None
        if skill_id is not None:
            offer = self.offer_skill_draft(skill_id)
            return Draft(
                action="disclosure",
                parts=[self.pick("disclosure.first_short"), *offer.parts],
                skill=skill_id,
                quick_replies=offer.quick_replies,
            )
        return Draft(
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

    def safety_takeover(self) -> Draft:
        self._suspend_skill()
        self.state.safety_mode = True
        self.state.calm_turns = 0
        return self.safety_support("safety.support")

    def safety_support(self, key: str) -> Draft:
        self._suspend_skill()
        return Draft(
            action="safety_support",
            parts=[self.pick(key)],
            quick_replies=list(self.content.phrases(self.lang, "safety.quick_replies")),
            card={"type": "safety_plan_link"},
        )

    def safety_low(self) -> Draft:
        self._suspend_skill()
        return Draft(
            action="safety_support",
            parts=[self.pick("safety.low")],
            quick_replies=list(self.content.phrases(self.lang, "safety.quick_replies")),
            card={"type": "safety_plan_link"},
        )

    # --- waiting for something -------------------------------------------------------------------

    def handle_awaiting(self) -> Draft | None:
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
                return Draft(action="reflect", parts=[self.pick("offer.declined")])
            return None
        if awaiting == "note_text":
            if u.has("stop") or u.has("no"):
                return Draft(action="reflect", parts=[self.pick("handover.declined")])
            return self.save_note(self.text)
        if awaiting == "follow_up":
            return self.follow_up_reply()
        if awaiting.startswith("habit:"):
            return self.habit_answer(awaiting.partition(":")[2])
        return None

    def handle_offer(self) -> Draft | None:
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
            if kind == "homework":
                return self.start_homework(offer)
            return None
        if u.has("no") or u.has("stop"):
            if kind == "skill":
                state.declined_skills = [*state.declined_skills, str(offer["skill"])][-6:]
            key = "handover.declined" if kind == "note" else "offer.declined"
            return Draft(action="reflect", parts=[self.pick(key)])
        return None

    # --- free text -------------------------------------------------------------------------------

    def free_text(self) -> Draft:
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
            return Draft(
                action="checkin",
                parts=[self.pick("checkin.ask")],
                quick_replies=[str(n) for n in range(0, 11, 2)],
            )
        if u.has("ai_question"):
            return Draft(action="disclosure", parts=[self.pick("disclosure.ai")])
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
            return Draft(action="disclosure", parts=[self.pick("help")], quick_replies=self.menu())
        if u.has("skill_menu"):
            return Draft(
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
            return self.calm_moment(Draft(action="small_talk", parts=[self.pick("thanks")]))
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

    def handover(self, topic: str) -> Draft:
        self._suspend_skill()
        note = self._note_text(self._note_prefix(), self.text)
        self.state.pending_offers = [{"kind": "note", "note": note}]
        return Draft(
            action="handover",
            parts=[self.opener("validate"), self.pick(f"handover.{topic}")],
            quick_replies=self.quick("note"),
        )

    def topic_handover(self) -> Draft:
        note = self._note_text(self._note_prefix(), self.text)
        self.state.pending_offers = [{"kind": "note", "note": note}]
        return Draft(
            action="handover",
            parts=[self.pick("handover.topic_contraindicated")],
            quick_replies=self.quick("note"),
        )

    def add_note_request(self) -> Draft:
        body = _strip_note_command(self.text)
        if len(body.split()) >= 3:
            return self.save_note(body)
        if self.state.last_user_text:
            return self.save_note(self.state.last_user_text)
        self.state.awaiting = "note_text"
        return Draft(action="collect_note", parts=[self.pick("note.ask_text")])

    def save_note(self, text: str, *, already_prefixed: bool = False) -> Draft:
        note = text if already_prefixed else self._note_text(self._note_prefix(), text)
        self.state.session_notes = [*self.state.session_notes, note][-20:]
        return Draft(action="collect_note", parts=[self.pick("note.saved")], note_for_session=note)

    # --- check-ins -------------------------------------------------------------------------------

    def checkin_logged(self, mood: int) -> Draft:
        band = "low" if mood <= 3 else "mid" if mood <= 6 else "high"
        parts = [self.pick("checkin.logged", {"mood": mood})]
        last = self.ctx.last_mood
        if last is not None and last != mood:
            key = "checkin.better_than_last" if mood > last else "checkin.worse_than_last"
            parts.append(self.pick(key, {"last": last}))
        parts.append(self.pick(f"checkin.{band}"))
        emotions = [e for e in self.u.emotions if e != "positive"]
        return Draft(
            action="checkin",
            parts=parts,
            checkin={"mood": mood, "emotions": emotions, "source": "chat"},
        )

    # --- psychoeducation -------------------------------------------------------------------------

    def psychoeducation(self, topic: str) -> Draft:
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
        return Draft(
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

    def respond_to_need(self, need_id: str) -> Draft:
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
            return Draft(action="reflect", parts=[*lead, self.pick("reflect.questions")])
        return self.offer_skill_draft(skill_id, lead=lead)

    def nobody_else(self) -> Draft:
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
        return Draft(action="nudge", parts=parts)

    def positive(self) -> Draft:
        draft = Draft(
            action="reflect",
            parts=[self.pick("reflect.positive"), self.pick("reflect.positive_question")],
        )
        return self.calm_moment(draft)

    def listen(self) -> Draft:
        nudge = self.maybe_nudge()
        if nudge is not None:
            return nudge
        reflection = self.reflection(None)
        parts = [reflection] if reflection else []
        parts.append(self.pick("reflect.open"))
        return Draft(action="reflect", parts=parts)

    # --- finishing the turn ----------------------------------------------------------------------

    def finalise(self, draft: Draft) -> EngineReply:
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
    r"|(añade|añádelo|apunta|apúntalo|anota|anótalo|guarda|guárdalo)( esto| eso)? (en|a|para) "
    r"(mis notas|la próxima sesión|mi próxima sesión)"
    r"|recuérdame (decirle|contarle|preguntarle|comentarle)( a mi terapeuta)?"
    r")\s*[:,-]?\s*",
    re.IGNORECASE,
)


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
