"""One chat turn, end to end: screen first, store, reply, remember.

Order matters and is the safety policy in code:
1. the message is screened (deterministic, in-process) before anything else looks at it;
2. it is stored with the screen's verdict;
3. risk at ``low`` or above is recorded and, from ``moderate``, alerts the clinician — inside a
   savepoint, so if alerting fails the message is still kept and the crisis reply still served;
4. at ``low`` or above the deterministic safety reply is the answer (no skill, no small talk,
   no clinician limit stands in its way); otherwise the engine answers within the clinician's
   limits.

Once a clinician has acknowledged every alert of an episode, a human has it in hand: calm turns
are no longer recorded at the episode's level (only new risk opens a new alert) and a high
episode may leave safety mode after calm turns, as a moderate one does. Every message is still
screened first, and risk said again gets the crisis reply and a new alert.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion.backends.base import ReplyBackend, ReplyRequest
from tandem.companion.backends.guarded import (
    GuardedReply,
    StreamEvent,
    guarded_stream,
    skip_reason,
)
from tandem.companion.backends.service import (
    GenerationInput,
    backend_for,
    generate_reply,
    prepare_generation,
    record_guard_event,
    remote_provider_offer,
)
from tandem.companion.content_loader import load_content
from tandem.companion.effects import apply_effects
from tandem.companion.engine import Engine, EngineReply
from tandem.companion.gather import build_client_context, record_usage, safety_plan_for
from tandem.companion.models import ChatMessage, CompanionState
from tandem.companion.state import ConversationState
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.safety import service as safety_service
from tandem.safety.assessment import Assessment, RiskLevel
from tandem.safety.detector import assess
from tandem.safety.responses import SafetyReply, build_safety_reply

log = logging.getLogger("tandem.companion")

MAX_MESSAGE_CHARS = 4000
# How far back the detector looks for context: enough for risk that builds over a conversation.
SCREEN_HISTORY_TURNS = 20
SCREEN_HISTORY_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class ChatTurn:
    client_message: ChatMessage
    reply: ChatMessage
    assessment: Assessment
    safety_reply: SafetyReply | None
    alert_opened: bool


_engine: Engine | None = None


def get_engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = Engine(load_content())
    return _engine


def clean_message_text(text: str) -> str:
    cleaned = text.replace("\x00", "").strip()
    if not cleaned:
        raise InvalidInput("Please write a message first.")
    if len(cleaned) > MAX_MESSAGE_CHARS:
        raise InvalidInput(f"Messages can be up to {MAX_MESSAGE_CHARS} characters.")
    return cleaned


def recent_client_texts(session: Session, *, client_id: uuid.UUID, now: datetime) -> list[str]:
    rows = session.scalars(
        select(ChatMessage.text)
        .where(
            ChatMessage.client_id == client_id,
            ChatMessage.role == "client",
            ChatMessage.created_at >= now - SCREEN_HISTORY_WINDOW,
        )
        .order_by(ChatMessage.created_at.desc())
        .limit(SCREEN_HISTORY_TURNS)
    ).all()
    return list(reversed(rows))


def load_state(session: Session, *, client_id: uuid.UUID) -> ConversationState:
    row = session.get(CompanionState, client_id)
    return ConversationState.from_dict(row.state if row else None)


def save_state(
    session: Session, *, client_id: uuid.UUID, state: ConversationState, now: datetime
) -> None:
    row = session.get(CompanionState, client_id)
    if row is None:
        session.add(CompanionState(client_id=client_id, state=state.to_dict(), updated_at=now))
    else:
        row.state = state.to_dict()
        row.updated_at = now


def _record_risk(
    session: Session, *, client: User, assessment: Assessment, message: ChatMessage
) -> bool:
    """Record the risk event and alert; a failure here must not lose the message or the reply."""
    try:
        with session.begin_nested():
            recorded = safety_service.record_assessment(
                session,
                client=client,
                assessment=assessment,
                source="chat",
                source_id=str(message.id),
                excerpt=message.text,
                now=message.created_at,
            )
    except Exception:
        log.exception("recording risk for client %s failed; the reply is still served", client.id)
        return False
    return bool(recorded and recorded.alert_opened)


@dataclass(frozen=True)
class _PreparedTurn:
    turn: ChatTurn
    generation: GenerationInput  # what a model may rephrase, when the reply is not a safety one


def _prepare_turn(
    session: Session, *, client: User, text: str, now: datetime, settings: Any | None
) -> _PreparedTurn:
    """Everything deterministic about a turn, stored: the screened client message, risk, the
    engine's (or the safety) reply, the engine's state and the clinician's limits' bookkeeping.
    Only the wording of a non-safety reply may change afterwards (a generative model)."""
    text = clean_message_text(text)
    history = recent_client_texts(session, client_id=client.id, now=now)
    assessment = assess(text, history=history, locale=client.locale or "en")

    message = ChatMessage(
        id=uuid.uuid4(),
        client_id=client.id,
        role="client",
        text=text,
        created_at=now,
        risk_level=assessment.level.label,
        categories=list(assessment.categories),
    )
    session.add(message)
    session.flush()

    turn_level = assessment.own_level
    acknowledged = assessment.level >= RiskLevel.MODERATE and safety_service.episode_acknowledged(
        session,
        client_id=client.id,
        level=assessment.level,
        active_since=now - SCREEN_HISTORY_WINDOW,
    )
    # Once the episode's alerts are in a clinician's hands, a calm turn inside it ("thanks, my
    # sister is here") is not recorded again at the episode's level: that would open a new alert
    # and page the on-call for it. A turn that signals any risk itself is recorded as ever (a new
    # alert: its crisis reply tells the client their clinician is being alerted, and they are).
    calm_after_acknowledgement = acknowledged and turn_level < RiskLevel.LOW
    alert_opened = False
    if assessment.level >= RiskLevel.LOW and not calm_after_acknowledgement:
        alert_opened = _record_risk(session, client=client, assessment=assessment, message=message)

    state = load_state(session, client_id=client.id)
    ctx = build_client_context(session, client=client, state=state, now=now)
    # Risk records and alerts follow the episode (``assessment.level``: a later "just joking"
    # erases nothing; see above once it is acknowledged). The reply follows this turn: a turn
    # that signals risk itself gets the crisis response at the episode's level; a calm turn
    # inside an episode ("help me calm down", "my sister is here") gets the engine's gentler
    # safety support instead of the same crisis script again. After a high or imminent
    # disclosure the engine stays in its safety mode (a "jk" after a plan is not a calm turn)
    # until a clinician has acknowledged the episode's alerts; after a moderate one, or an
    # acknowledged high one, it leaves once CALM_TURNS_TO_LEAVE_SAFETY calm turns have passed.
    engine_level = turn_level
    if assessment.level >= RiskLevel.HIGH and not acknowledged:
        engine_level = max(turn_level, RiskLevel.MODERATE)
    engine_reply = get_engine().respond(state, text, ctx, safety_level=engine_level.label)
    safety_reply: SafetyReply | None = None
    if turn_level >= RiskLevel.LOW:
        safety_reply = _safety_reply(session, client=client, assessment=assessment, state=state)
    reply = _store_reply(
        session,
        client=client,
        engine_reply=engine_reply,
        safety_reply=safety_reply,
        at=now + timedelta(microseconds=1),
    )
    if safety_reply is None:
        apply_effects(
            session,
            client=client,
            reply=engine_reply,
            before=state,
            now=now,
            local_day=ctx.now.date(),
        )
    save_state(session, client_id=client.id, state=engine_reply.state, now=now)
    record_usage(session, client=client, text=text, now=now)
    session.flush()
    turn = ChatTurn(message, reply, assessment, safety_reply, alert_opened)
    generation = GenerationInput(
        client=client,
        text=text,
        level=assessment.level,
        ctx=ctx,
        draft=engine_reply,
        now=now,
        settings=settings,
        content=get_engine().content,
    )
    return _PreparedTurn(turn=turn, generation=generation)


def send_message(
    session: Session,
    *,
    client: User,
    text: str,
    now: datetime | None = None,
    settings: Any | None = None,
) -> ChatTurn:
    prepared = _prepare_turn(
        session, client=client, text=text, now=now or utcnow(), settings=settings
    )
    turn = prepared.turn
    if turn.safety_reply is None:
        # An optional generative model may phrase the engine's reply; generate_reply screens,
        # guards and falls back to the engine's own words, and never raises.
        generated = generate_reply(session, turn=prepared.generation)
        if generated.generated:
            turn.reply.text = generated.text
            turn.reply.backend = generated.backend
            session.flush()
    return turn


# Opens a short unit of work of its own (commit on success, rollback on error), for work done after
# the request's own transaction has ended: ``Database.transaction`` in the app.
SessionScope = Callable[[], AbstractContextManager[Session]]


@dataclass(frozen=True)
class StreamedTurn:
    """A turn whose reply is streamed. ``events`` is lazy: nothing is asked of the model until it
    is iterated, and iterating it needs no request session (see :func:`start_streamed_turn`)."""

    client_message: ChatMessage
    reply: ChatMessage
    assessment: Assessment
    streaming: bool  # False: the reply is final already (safety, authored, or no model)
    events: Iterator[StreamEvent]


@dataclass(frozen=True)
class ChatView:
    messages: list[ChatMessage]
    streaming: bool  # a generative model is configured and allowed: chat.js may stream replies
    provider_offer: str | None  # a remote provider the client has not agreed to (yet)


def chat_view(
    session: Session, *, client: User, settings: Any | None = None, limit: int = 60
) -> ChatView:
    """What the chat page needs: the recent conversation and how replies will arrive."""
    return ChatView(
        messages=history(session, client_id=client.id, limit=limit),
        streaming=backend_for(session, client=client, settings=settings) is not None,
        provider_offer=remote_provider_offer(session, client=client, settings=settings),
    )


def start_streamed_turn(
    session: Session,
    *,
    client: User,
    text: str,
    scope: SessionScope,
    now: datetime | None = None,
    settings: Any | None = None,
) -> StreamedTurn:
    """Store the turn now and return the reply as a stream of guarded events.

    Transactions. The request's session stores the client's message, the risk record and alert,
    the engine's state and a reply row holding the deterministic words; the request commits all
    of that *before* the first byte of the stream is sent (``core.web.get_db``). The model call
    then runs with no session and no connection held: a model may take its full timeout (tens of
    seconds), and holding a transaction that long would pin a pooled connection per chatting
    client and, on SQLite, the single write lock for everyone. When the stream ends, a second
    short unit of work (``scope``) updates that reply row to exactly what the client was finally
    shown and stores any guard event. If the stream never ends (the client leaves, the process
    stops), the row keeps the deterministic reply: the history is whole either way, and what a
    reload shows is safe.
    """
    prepared = _prepare_turn(
        session, client=client, text=text, now=now or utcnow(), settings=settings
    )
    turn = prepared.turn
    reply_id, client_id = turn.reply.id, client.id
    backend: ReplyBackend | None = None
    request: ReplyRequest | None = None
    if turn.safety_reply is None:
        backend, request = prepare_generation(session, turn=prepared.generation)
    if backend is None or request is None or skip_reason(backend, request) is not None:
        # Safety replies (the screen found risk: no model is ever called), authored turns and
        # clients without a model: the stored reply is final; the stream just delivers it.
        final = turn.reply.text
        return StreamedTurn(
            turn.client_message, turn.reply, turn.assessment, False, _fixed_events(final)
        )
    events = _model_events(
        backend,
        request,
        scope=scope,
        reply_id=reply_id,
        client_id=client_id,
        now=prepared.generation.now,
    )
    return StreamedTurn(turn.client_message, turn.reply, turn.assessment, True, events)


def _fixed_events(text: str) -> Iterator[StreamEvent]:
    yield StreamEvent("text", text)
    yield StreamEvent("done", text)


def _model_events(
    backend: ReplyBackend,
    request: ReplyRequest,
    *,
    scope: SessionScope,
    reply_id: uuid.UUID,
    client_id: uuid.UUID,
    now: datetime,
) -> Iterator[StreamEvent]:
    """The guarded stream; the outcome is stored before the ``done`` event is sent."""
    for event in guarded_stream(backend, request):
        if event.kind != "done" or event.reply is None:
            yield event
            continue
        outcome = event.reply
        try:
            with scope() as session:
                finish_streamed_reply(
                    session, outcome=outcome, reply_id=reply_id, client_id=client_id, now=now
                )
        except Exception:
            log.exception("storing a streamed reply failed; the stored deterministic reply stands")
            if outcome.generated:
                # The client must end up seeing what the history holds.
                yield StreamEvent("replace", request.draft.text)
                yield StreamEvent("done", request.draft.text)
                return
        yield event


def finish_streamed_reply(
    session: Session,
    *,
    outcome: GuardedReply,
    reply_id: uuid.UUID,
    client_id: uuid.UUID,
    now: datetime,
) -> None:
    """Make the stored reply exactly what the stream finally showed, and log a blocked
    generation as a guard event linked to it."""
    row = session.get(ChatMessage, reply_id)
    if row is None or row.client_id != client_id:
        return  # the client deleted their data meanwhile: nothing to update
    row.text = outcome.text
    row.backend = outcome.backend if outcome.generated else row.backend
    if outcome.guard_event is not None:
        record_guard_event(
            session,
            event=outcome.guard_event,
            client_id=client_id,
            reply_message_id=reply_id,
            now=now,
        )
    session.flush()


def _safety_reply(
    session: Session, *, client: User, assessment: Assessment, state: ConversationState
) -> SafetyReply:
    return build_safety_reply(
        assessment,
        resources=safety_service.resources_for_client(session, client=client),
        lang=(client.locale or "en")[:2],
        client_name=client.display_name,
        has_clinician=_has_clinician(session, client),
        safety_plan=safety_plan_for(session, client=client),
        variant=state.turn_count,
    )


def _has_clinician(session: Session, client: User) -> bool:
    from tandem.accounts.service import linked_clinicians

    return bool(linked_clinicians(session, client_id=client.id))


def _store_reply(
    session: Session,
    *,
    client: User,
    engine_reply: EngineReply,
    safety_reply: SafetyReply | None,
    at: datetime,
) -> ChatMessage:
    extras: dict[str, Any]
    if safety_reply is not None:
        text = safety_reply.text
        action = "safety"
        skill = None
        extras = {
            "quick_replies": list(safety_reply.quick_replies),
            "show_safety_plan": safety_reply.show_safety_plan,
            "resources": [
                {"name": r.name, "contact": r.contact, "kind": r.kind}
                for r in safety_reply.resources
            ],
            "level": safety_reply.level.label,
        }
    else:
        text = engine_reply.text
        action = engine_reply.action
        skill = engine_reply.skill
        extras = {"quick_replies": list(engine_reply.quick_replies)}
        if engine_reply.card:
            extras["card"] = engine_reply.card
        if engine_reply.step:
            extras["step"] = engine_reply.step
    reply = ChatMessage(
        id=uuid.uuid4(),
        client_id=client.id,
        role="companion",
        text=text,
        created_at=at,
        action=action,
        skill=skill,
        extras=extras,
    )
    session.add(reply)
    return reply


def history(
    session: Session, *, client_id: uuid.UUID, limit: int = 100, before: datetime | None = None
) -> list[ChatMessage]:
    query = select(ChatMessage).where(ChatMessage.client_id == client_id)
    if before is not None:
        query = query.where(ChatMessage.created_at < before)
    rows = session.scalars(query.order_by(ChatMessage.created_at.desc()).limit(limit)).all()
    return list(reversed(rows))
