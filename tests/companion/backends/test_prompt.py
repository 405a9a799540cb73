"""The prompt: the policy, this client's plan with its contraindications, the engine's step to
phrase, the recent conversation — and nothing about anyone else."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tandem.companion.backends.base import HistoryLine
from tandem.companion.backends.guarded import guarded_reply
from tandem.companion.backends.openai_compat import OpenAICompatBackend
from tandem.companion.backends.prompt import (
    PromptContentError,
    build_messages,
    reply_mode,
    validate_parts,
)
from tandem.companion.content_loader import Content, load_content
from tandem.companion.context import ClientContext
from tandem.companion.engine import Engine
from tandem.companion.plan_view import AssignedTechnique, PlanView
from tandem.companion.state import ConversationState
from tandem.safety.assessment import RiskLevel
from tests.companion.backends.conftest import make_draft, make_request
from tests.companion.backends.stub_server import StubServer, reply

PLAN_A = PlanView(
    assigned=(
        AssignedTechnique(
            "box_breathing", frequency="every evening", note="Try it before bed, Ana."
        ),
    ),
    preferred_wording={"box_breathing": "your square breathing"},
    contraindicated_skills=frozenset({"body_scan"}),
    contraindicated_topics=frozenset({"grief"}),
    goals=("Sleep by 11 pm",),
    clinician_name="Dr. Rivera",
)
PLAN_B = PlanView(
    assigned=(AssignedTechnique("worry_time", note="Zeta's private note about the divorce"),),
    contraindicated_skills=frozenset({"urge_surfing"}),
    goals=("Call my sister Beatriz",),
    clinician_name="Dr. Okafor",
)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def _prompt(messages: list[dict[str, str]]) -> str:
    return "\n".join(m["content"] for m in messages)


def test_the_system_policy_carries_the_hard_rules(content: Content) -> None:
    system = build_messages(make_request(), content=content)[0]
    assert system["role"] == "system"
    for rule in ("method, lethality, dose", "secrecy", "claim to be human", "died by suicide"):
        assert rule in system["content"]


def test_the_plan_and_its_contraindications_are_in_the_prompt(content: Content) -> None:
    prompt = _prompt(build_messages(make_request(plan=PLAN_A), content=content))
    assert "NEVER offer, suggest, describe or start these techniques" in prompt
    assert content.skills["body_scan"].name("en") in prompt
    assert "Do NOT discuss these topics" in prompt and "grief" in prompt
    assert "your square breathing (Box breathing)" in prompt
    assert "every evening" in prompt and "Try it before bed, Ana." in prompt
    assert "Sleep by 11 pm" in prompt and "Dr. Rivera" in prompt


def test_no_other_clients_data_reaches_the_prompt(content: Content) -> None:
    history_b = (HistoryLine("client", "My ex Marco took the kids."),)
    history_a = (
        HistoryLine("client", "Evenings are rough."),
        HistoryLine("companion", "That sounds hard."),
    )
    request_a = make_request(name="Ana", plan=PLAN_A, history=history_a)
    request_b = make_request(name="Zeta", plan=PLAN_B, history=history_b)
    prompt_a = _prompt(build_messages(request_a, content=content))
    prompt_b = _prompt(build_messages(request_b, content=content))
    for secret in ("Zeta", "divorce", "Beatriz", "Okafor", "Marco", "Urge surfing"):
        assert secret not in prompt_a
        assert secret.lower() not in prompt_a.lower()
    assert "Evenings are rough." in prompt_a and "Marco" in prompt_b


def test_the_conversation_alternates_and_ends_with_the_new_message(content: Content) -> None:
    history = (
        HistoryLine("companion", "Hi Ana."),
        HistoryLine("client", "hey"),
        HistoryLine("client", "rough day"),
        HistoryLine("companion", "I'm sorry. What happened?"),
    )
    messages = build_messages(make_request("My boss yelled.", history=history), content=content)
    roles = [m["role"] for m in messages]
    assert roles == ["system", "user", "assistant", "user"]
    assert messages[1]["content"] == "hey\nrough day"
    assert messages[-1]["content"] == "My boss yelled."


def test_spanish_clients_get_spanish_replies(content: Content) -> None:
    system = build_messages(make_request("Hola", lang="es"), content=content)[0]["content"]
    assert "Responde siempre en español" in system


def test_a_guided_skill_is_phrased_not_driven(
    content: Content, backend: OpenAICompatBackend, stub: StubServer
) -> None:
    """The engine picks the step; the model gets it to phrase, and the state stays the engine's."""
    engine = Engine(content, matcher=None)
    ctx = ClientContext(
        name="Ana", lang="en", now=datetime(2026, 11, 27, 18, 0, tzinfo=UTC), plan=PLAN_A
    )
    draft = engine.respond(
        ConversationState(disclosed=True), "can you help me breathe", ctx, safety_level="none"
    )
    assert draft.action == "guide_skill" and draft.skill == "box_breathing"
    assert reply_mode(draft.action) == "phrase"
    request = make_request("can you help me breathe", draft=draft, plan=PLAN_A)
    stub.script(reply("Let's breathe in a square together: in 4, hold 4, out 4, hold 4. Ready?"))
    result = guarded_reply(backend, request)
    assert result.generated and result.draft.state is draft.state
    (call,) = stub.calls
    system = call.messages[0]["content"]
    assert f"<draft>{draft.text}</draft>" in system
    assert "Keep every instruction" in system
    assert content.skills["box_breathing"].summary["en"] in system
    assert "body scan" in call.prompt_text.lower()  # the contraindication went to the model too


def test_psychoeducation_passes_the_authored_text(content: Content) -> None:
    body = content.psychoeducation_for("sleep", "en")
    assert body is not None
    draft = make_draft(
        "Here is something about sleep.",
        action="psychoeducation",
        card={"type": "psychoeducation", "title": body.title, "body": body.body},
    )
    system = build_messages(make_request(draft=draft), content=content)[0]["content"]
    assert body.body.split("\n")[0][:80] in system


def test_only_listening_is_free_and_unknown_actions_stay_authored() -> None:
    assert reply_mode("reflect") == "free"
    assert reply_mode("offer_skill") == "phrase"
    assert reply_mode("safety_support") == "fixed"
    assert reply_mode("something_new") == "fixed"


def test_prompt_files_are_validated() -> None:
    with pytest.raises(PromptContentError, match=r"system\.md"):
        validate_parts("  ", {})
    with pytest.raises(PromptContentError, match=r"task\.phrase"):
        validate_parts(
            "policy",
            {
                "language": {"en": "x", "es": "y"},
                "client": {"heading": "h", "name": "n", "therapist": "t", "no_therapist": "n"},
                "plan": dict.fromkeys(
                    (
                        "heading",
                        "assigned",
                        "frequency",
                        "note",
                        "goals",
                        "next_session",
                        "contraindicated_skills",
                        "contraindicated_topics",
                    ),
                    "x",
                ),
                "content": {"heading": "h", "skill": "s", "psychoeducation": "p"},
                "task": {"heading": "h", "free": "f"},
            },
        )


def test_moderate_screen_sends_no_prompt(backend: OpenAICompatBackend, stub: StubServer) -> None:
    guarded_reply(backend, make_request(plan=PLAN_A, level=RiskLevel.MODERATE))
    assert stub.calls == []
