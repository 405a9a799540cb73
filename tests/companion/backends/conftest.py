from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from tandem.companion.backends.base import HistoryLine, ReplyRequest
from tandem.companion.backends.breaker import CircuitBreaker
from tandem.companion.backends.config import LlmSettings
from tandem.companion.backends.openai_compat import OpenAICompatBackend, OpenAICompatClient
from tandem.companion.content_loader import load_content
from tandem.companion.context import ClientContext
from tandem.companion.engine import EngineReply
from tandem.companion.plan_view import PlanView
from tandem.companion.state import ConversationState
from tandem.safety.assessment import RiskLevel
from tests.companion.backends.stub_server import StubServer

# Two clients: a patient one for every test that expects an answer (a loaded test machine must
# not turn a normal answer into a timeout), and an impatient one for the scripts that are slow on
# purpose. The slow scripts wait far longer than the impatient read timeout; no test asserts a
# duration.
READ_TIMEOUT = 0.2
SLOW = 2.0


@pytest.fixture(scope="session")
def stub_server() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


@pytest.fixture()
def stub(stub_server: StubServer) -> Iterator[StubServer]:
    stub_server.reset()
    yield stub_server
    stub_server.reset()


@pytest.fixture()
def llm(stub: StubServer) -> LlmSettings:
    return LlmSettings(
        base_url=stub.base_url,
        model="stub-model",
        connect_timeout=5.0,
        read_timeout=30.0,
        total_timeout=60.0,
        max_retries=1,
        retry_backoff=0.01,
        circuit_failures=3,
        circuit_reset_seconds=60.0,
    )


@pytest.fixture()
def impatient_llm(llm: LlmSettings) -> LlmSettings:
    return replace(llm, read_timeout=READ_TIMEOUT)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture()
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture()
def breaker(clock: FakeClock, llm: LlmSettings) -> CircuitBreaker:
    # A fresh breaker per test: the process-wide registry would carry state between tests.
    return CircuitBreaker(
        failures=llm.circuit_failures, reset_after=llm.circuit_reset_seconds, clock=clock
    )


@pytest.fixture()
def client(llm: LlmSettings, breaker: CircuitBreaker) -> Iterator[OpenAICompatClient]:
    http = OpenAICompatClient(llm, breaker=breaker)
    yield http
    http.close()


@pytest.fixture()
def backend(llm: LlmSettings, client: OpenAICompatClient) -> OpenAICompatBackend:
    return OpenAICompatBackend(llm, client=client, content=load_content())


@pytest.fixture()
def impatient_client(
    impatient_llm: LlmSettings, breaker: CircuitBreaker
) -> Iterator[OpenAICompatClient]:
    http = OpenAICompatClient(impatient_llm, breaker=breaker)
    yield http
    http.close()


@pytest.fixture()
def impatient_backend(
    impatient_llm: LlmSettings, impatient_client: OpenAICompatClient
) -> OpenAICompatBackend:
    return OpenAICompatBackend(impatient_llm, client=impatient_client, content=load_content())


def make_draft(
    text: str = "It sounds like work has been heavy. What part of it weighs most?",
    *,
    action: str = "reflect",
    skill: str | None = None,
    step: str | None = None,
    card: dict[str, object] | None = None,
) -> EngineReply:
    return EngineReply(
        text=text,
        action=action,
        skill=skill,
        step=step,
        quick_replies=[],
        card=card,
        note_for_session=None,
        checkin=None,
        state=ConversationState(),
    )


def make_request(
    client_text: str = "Work has been a lot this week.",
    *,
    lang: str = "en",
    level: RiskLevel = RiskLevel.NONE,
    draft: EngineReply | None = None,
    name: str | None = "Ana",
    plan: PlanView | None = None,
    history: tuple[HistoryLine, ...] = (),
    has_clinician: bool = True,
) -> ReplyRequest:
    ctx = ClientContext(
        name=name,
        lang=lang,
        now=datetime(2026, 11, 27, 18, 0, tzinfo=UTC),
        plan=plan,
        has_clinician=has_clinician,
    )
    return ReplyRequest(
        client_text=client_text,
        lang=lang,
        level=level,
        draft=draft or make_draft(),
        ctx=ctx,
        history=history,
    )


def with_level(request: ReplyRequest, level: RiskLevel) -> ReplyRequest:
    return replace(request, level=level)
