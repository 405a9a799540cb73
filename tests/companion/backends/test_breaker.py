"""The circuit opens after repeated failures, rests, then lets one trial call through."""

from __future__ import annotations

import pytest

from tandem.companion.backends.base import BackendUnavailable, CircuitOpen
from tandem.companion.backends.breaker import CircuitBreaker, CircuitState
from tandem.companion.backends.guarded import guarded_reply
from tandem.companion.backends.openai_compat import OpenAICompatBackend, OpenAICompatClient
from tests.companion.backends.conftest import FakeClock, make_request
from tests.companion.backends.stub_server import StubServer, error, reply

MESSAGES = [{"role": "user", "content": "Hi"}]


def test_states_follow_failures_and_time(clock: FakeClock) -> None:
    breaker = CircuitBreaker(failures=2, reset_after=10.0, clock=clock)
    assert breaker.state is CircuitState.CLOSED
    breaker.record_failure()
    assert breaker.allow()  # one failure is not a pattern
    breaker.record_failure()
    assert breaker.state is CircuitState.OPEN
    assert not breaker.allow()
    clock.advance(9.9)
    assert not breaker.allow()
    clock.advance(0.2)
    assert breaker.state is CircuitState.HALF_OPEN
    assert breaker.allow()  # the trial call
    assert not breaker.allow()  # only one at a time
    breaker.record_failure()
    assert breaker.state is CircuitState.OPEN  # a failed trial rests again, for a full period
    clock.advance(10.0)
    assert breaker.allow()
    breaker.record_success()
    assert breaker.state is CircuitState.CLOSED
    assert breaker.allow() and breaker.allow()


def test_a_success_resets_the_count_of_failures(clock: FakeClock) -> None:
    breaker = CircuitBreaker(failures=2, reset_after=10.0, clock=clock)
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.state is CircuitState.CLOSED


def test_a_trial_whose_reader_left_frees_the_slot(clock: FakeClock) -> None:
    breaker = CircuitBreaker(failures=1, reset_after=1.0, clock=clock)
    breaker.record_failure()
    clock.advance(1.0)
    assert breaker.allow()
    breaker.release_trial()
    assert breaker.allow()


def test_the_circuit_opens_on_a_failing_server_and_stops_calling_it(
    client: OpenAICompatClient, stub: StubServer, clock: FakeClock, breaker: CircuitBreaker
) -> None:
    stub.script(*[error(500)] * 20)
    for _ in range(breaker.failure_threshold):
        with pytest.raises(BackendUnavailable):
            client.complete(MESSAGES)
    calls_when_opened = len(stub.calls)
    assert breaker.state is CircuitState.OPEN
    for _ in range(5):
        with pytest.raises(CircuitOpen):
            client.complete(MESSAGES)
        with pytest.raises(CircuitOpen):
            list(client.stream(MESSAGES))
    assert len(stub.calls) == calls_when_opened  # resting: the server was left alone

    clock.advance(breaker.reset_after)
    stub.script(reply("I'm back. How are you doing?"))
    assert client.complete(MESSAGES)[0] == "I'm back. How are you doing?"  # the trial call
    assert breaker.state is CircuitState.CLOSED
    assert len(stub.calls) == calls_when_opened + 1


def test_while_open_clients_get_the_engine_reply_at_once(
    backend: OpenAICompatBackend, stub: StubServer, breaker: CircuitBreaker, clock: FakeClock
) -> None:
    stub.script(*[error(502)] * 20)
    request = make_request()
    reasons = [guarded_reply(backend, request).fallback for _ in range(5)]
    assert reasons[: breaker.failure_threshold] == ["http_502"] * breaker.failure_threshold
    assert set(reasons[breaker.failure_threshold :]) == {"circuit_open"}
    clock.advance(breaker.reset_after)
    stub.script(reply("Thanks for waiting. What's on your mind?"))
    answer = guarded_reply(backend, request)
    assert answer.generated and answer.text == "Thanks for waiting. What's on your mind?"
