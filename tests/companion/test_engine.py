"""Engine-wide promises: every skill runs in both languages, replies are deterministic, the input
state is never mutated, and the public API has the agreed shape."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

import pytest

from tandem.companion.content_loader import load_content
from tandem.companion.engine import ACTIONS, ClientContext, ConversationState, Engine, EngineReply

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
CONTENT = load_content()
ANSWERS = {
    "number": "5",
    "emotions": "worried 70",
    "text": "something I want to write",
    "any": "ok",
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(matcher=None)


def ctx(lang: str = "en", **changes: object) -> ClientContext:
    base = ClientContext(name="Ana", lang=lang, now=NOW, has_clinician=True)
    return ClientContext(**{**base.__dict__, **changes})


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("skill_id", sorted(CONTENT.skills))
def test_every_skill_runs_to_the_end_and_names_its_technique(
    engine: Engine, skill_id: str, lang: str
) -> None:
    skill = CONTENT.skills[skill_id]
    state = ConversationState()
    keyword = skill.keywords[lang][0]
    reply = engine.respond(state, keyword, ctx(lang))
    assert (reply.action, reply.skill, reply.step) == ("guide_skill", skill_id, skill.steps[0].id)
    name = (skill.in_sentence(lang) or skill.name(lang)).lower()
    assert name in reply.text.lower()
    for step in skill.steps:
        assert reply.step == step.id
        reply = engine.respond(reply.state, ANSWERS[step.expect], ctx(lang))
    assert reply.step == "done" and reply.state.active_skill is None
    assert skill_id in reply.state.completed_skills


def test_respond_does_not_mutate_the_given_state(engine: Engine) -> None:
    state = ConversationState()
    before = state.to_dict()
    engine.respond(state, "I'm having a panic attack", ctx())
    assert state.to_dict() == before


def test_same_inputs_same_output_across_engines() -> None:
    first = Engine(matcher=None).respond(ConversationState(), "I feel so low", ctx())
    second = Engine(matcher=None).respond(ConversationState(), "I feel so low", ctx())
    assert first.to_dict() == second.to_dict()


def test_wording_varies_over_turns(engine: Engine) -> None:
    state = ConversationState()
    texts = []
    for _ in range(4):
        reply = engine.respond(state, "I feel sad", ctx())
        texts.append(reply.text)
        state = reply.state
    assert len(set(texts)) >= 3


def test_reply_shape_is_the_agreed_contract(engine: Engine) -> None:
    reply = engine.respond(ConversationState(), "hello", ctx())
    assert [f.name for f in fields(EngineReply)] == [
        "text",
        "action",
        "skill",
        "step",
        "quick_replies",
        "card",
        "note_for_session",
        "checkin",
        "state",
    ]
    assert reply.action in ACTIONS
    assert set(reply.to_dict()) == {f.name for f in fields(EngineReply)} - {"state"}


def test_the_name_is_used_and_left_out_cleanly_when_unknown(engine: Engine) -> None:
    named = engine.respond(ConversationState(), "hi", ctx(name="Ana"))
    anonymous = engine.respond(ConversationState(), "hi", ctx(name=None))
    assert "Ana" in named.text
    assert (
        "{name}" not in anonymous.text
        and " ." not in anonymous.text
        and ", ." not in anonymous.text
    )


def test_spanish_replies_are_spanish(engine: Engine) -> None:
    reply = engine.respond(ConversationState(), "me siento agobiado con el trabajo", ctx("es"))
    assert reply.action == "offer_skill"
    assert "¿" in reply.text and "the " not in reply.text.lower()


def test_unsupported_language_falls_back_to_english(engine: Engine) -> None:
    reply = engine.respond(ConversationState(), "I can't sleep", ctx("fr"))
    assert reply.skill == "sleep_hygiene"


def test_open_event_without_text_greets(engine: Engine) -> None:
    reply = engine.respond(ConversationState(), "", ctx(last_mood=8), event="open")
    assert reply.action == "checkin" and "8" in reply.text


def test_content_is_cached_and_readable_for_the_handbook() -> None:
    assert load_content() is load_content()
    engine = Engine(matcher=None)
    assert engine.content.skills["thought_record"].summary["en"]
    assert engine.content.psychoeducation["panic"]["es"].title


def test_a_nudge_toward_the_session_names_its_date(engine: Engine) -> None:
    from tandem.companion.limits import UsageStats
    from tandem.companion.plan_view import PlanView

    used = [f"{kind}.{i}" for kind in ("people", "offline") for i in range(3)]
    state = ConversationState(used_nudges=used)
    plan = PlanView(next_session=datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    reply = engine.respond(state, "hi", ctx(plan=plan, usage=UsageStats(days_in_a_row=35)))
    assert reply.action == "nudge"
    assert "Your next session is on 30 November." in reply.text
    assert reply.text.rstrip().endswith("?")  # still one question, at the end
