"""Property tests: whatever the client types, in whatever order, the engine answers within its
contract and never lets a skill or small talk through during a safety episode."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tandem.companion.engine import ACTIONS, ClientContext, ConversationState, Engine
from tandem.companion.plan_view import PlanView

ENGINE = Engine(matcher=None)
PHRASES = [
    "hi",
    "yes",
    "no",
    "stop",
    "let's continue",
    "I'm panicking",
    "box breathing",
    "thought record",
    "anxious 80",
    "50",
    "mood 4",
    "log my mood",
    "should I stop my meds?",
    "add that to my notes",
    "what is grief?",
    "I can't sleep",
    "tell me a joke",
    "bye",
    "para",
    "sigamos",
    "",
]
LEVELS = ["none", "none", "none", "low", "moderate", "high", "imminent"]
turns = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(PHRASES), st.text(max_size=60)),
        st.sampled_from(LEVELS),
        st.sampled_from([None, None, "open", "continue", "stop"]),
        st.sampled_from(["en", "es"]),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(turns, st.booleans())
def test_any_conversation_stays_within_the_contract(script: list, contraindicate: bool) -> None:
    plan = PlanView(contraindicated_skills=frozenset({"box_breathing"})) if contraindicate else None
    state = ConversationState()
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    for text, level, event, lang in script:
        now += timedelta(minutes=3)
        ctx = ClientContext(name="Sam", lang=lang, now=now, plan=plan, has_clinician=True)
        reply = ENGINE.respond(state, text, ctx, safety_level=level, event=event)
        assert reply.action in ACTIONS and reply.text.strip()
        if level in ("moderate", "high", "imminent"):
            assert reply.action == "safety_support"
            assert reply.state.safety_mode and reply.state.active_skill is None
        if reply.state.safety_mode:
            assert reply.action in ("safety_support", "limit")
        if contraindicate:
            assert reply.skill != "box_breathing"
        assert "{" not in reply.text and "…" not in reply.text
        state = ConversationState.from_dict(json.loads(json.dumps(reply.state.to_dict())))
