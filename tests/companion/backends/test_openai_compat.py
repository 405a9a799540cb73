"""The chat-completions client against a real local server: answers, faults, retries, streams."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest

from tandem.companion.backends.base import (
    BackendProtocolError,
    BackendRejected,
    BackendTimeout,
    BackendUnavailable,
)
from tandem.companion.backends.breaker import CircuitBreaker
from tandem.companion.backends.config import LlmSettings
from tandem.companion.backends.openai_compat import (
    OpenAICompatClient,
    ThinkFilter,
    parse_completion,
    parse_sse_line,
)
from tests.companion.backends.conftest import SLOW
from tests.companion.backends.stub_server import (
    StubServer,
    disconnect,
    error,
    malformed,
    reply,
    slow,
    stall,
)

MESSAGES = [{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Hi"}]


def test_a_complete_answer_is_returned_with_its_finish_reason(
    client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(reply("Hello there. How are you?"))
    text, finish = client.complete(MESSAGES)
    assert text == "Hello there. How are you?"
    assert finish == "stop"
    (call,) = stub.calls
    assert call.body["model"] == "stub-model"
    assert call.body["messages"] == MESSAGES
    assert call.body["stream"] is False


def test_the_api_key_is_sent_only_when_configured(
    llm: LlmSettings, breaker: CircuitBreaker, stub: StubServer
) -> None:
    for key, expected in (("sk-test-123", "Bearer sk-test-123"), (None, None)):
        http = OpenAICompatClient(replace(llm, api_key=key), breaker=breaker)
        http.complete(MESSAGES)
        http.close()
        assert stub.calls[-1].headers.get("authorization") == expected


def test_a_stream_yields_the_text_in_pieces(client: OpenAICompatClient, stub: StubServer) -> None:
    text = "Breathe in slowly. Now let it go. How does that feel?"
    stub.script(reply(text, chunk_chars=5))
    pieces = list(client.stream(MESSAGES))
    assert len(pieces) > 3
    assert "".join(pieces) == text
    assert stub.calls[0].stream


def test_server_errors_are_retried_a_bounded_number_of_times(
    client: OpenAICompatClient, stub: StubServer, llm: LlmSettings
) -> None:
    stub.script(*[error(500)] * 5)
    with pytest.raises(BackendUnavailable):
        client.complete(MESSAGES)
    assert len(stub.calls) == 1 + llm.max_retries


def test_a_retry_can_rescue_a_passing_failure(client: OpenAICompatClient, stub: StubServer) -> None:
    stub.script(error(503), reply("Back again. What's on your mind?"))
    text, _ = client.complete(MESSAGES)
    assert text == "Back again. What's on your mind?"
    assert len(stub.calls) == 2


@pytest.mark.parametrize("status", [400, 401, 404])
def test_a_client_error_is_not_retried(
    client: OpenAICompatClient, stub: StubServer, status: int
) -> None:
    stub.script(error(status), reply("never reached"))
    with pytest.raises(BackendRejected):
        client.complete(MESSAGES)
    assert len(stub.calls) == 1


def test_malformed_json_is_a_protocol_error_and_not_retried(
    client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(malformed(), reply("never reached"))
    with pytest.raises(BackendProtocolError):
        client.complete(MESSAGES)
    assert len(stub.calls) == 1


def test_a_slow_answer_hits_the_read_timeout_and_is_not_retried(
    impatient_client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(slow(delay=SLOW), reply("never reached"))
    with pytest.raises(BackendTimeout):
        impatient_client.complete(MESSAGES)
    assert len(stub.calls) == 1


def test_a_connection_cut_mid_answer_is_a_protocol_error(
    client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(disconnect(), disconnect())
    with pytest.raises(BackendProtocolError) as caught:
        client.complete(MESSAGES)
    assert caught.value.kind == "disconnect"


def test_a_stream_cut_part_way_raises_after_the_first_pieces(
    client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(disconnect("One. Two. Three. Four. Five.", after_chunks=2))
    received: list[str] = []
    with pytest.raises(BackendProtocolError):
        for piece in client.stream(MESSAGES):
            received.append(piece)
    assert received  # some text came before the cut
    assert len(stub.calls) == 1  # a stream that produced text is never retried


def test_a_stream_that_stalls_hits_the_read_timeout(
    impatient_client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(stall(after_chunks=2, delay=SLOW))
    with pytest.raises(BackendTimeout):
        list(impatient_client.stream(MESSAGES))


def test_a_malformed_stream_chunk_is_a_protocol_error(
    client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(malformed())
    with pytest.raises(BackendProtocolError):
        list(client.stream(MESSAGES))


def test_a_stream_refused_with_500_is_retried_before_any_text(
    client: OpenAICompatClient, stub: StubServer
) -> None:
    stub.script(error(500), reply("Second time lucky."))
    assert "".join(client.stream(MESSAGES)) == "Second time lucky."
    assert len(stub.calls) == 2


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_nothing_listening_is_unavailable(llm: LlmSettings, breaker: CircuitBreaker) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    http = OpenAICompatClient(replace(llm, base_url=url), breaker=breaker)
    with pytest.raises(BackendUnavailable):
        http.complete(MESSAGES)
    with pytest.raises(BackendUnavailable):
        list(http.stream(MESSAGES))
    http.close()


# --- parsing, without a server ------------------------------------------------------------------


def test_parse_completion_drops_reasoning_and_rejects_shapes_it_cannot_read() -> None:
    body = (
        b'{"choices": [{"message": {"content": "<think>plan</think> Hi."}, '
        b'"finish_reason": "stop"}]}'
    )
    assert parse_completion(body) == ("Hi.", "stop")
    for bad in (b"{}", b'{"choices": []}', b'{"choices": [{"message": {"content": null}}]}', b"["):
        with pytest.raises(BackendProtocolError):
            parse_completion(bad)


def test_sse_lines() -> None:
    assert parse_sse_line("") == (None, False)
    assert parse_sse_line(": keep-alive") == (None, False)
    assert parse_sse_line("data: [DONE]") == (None, True)
    assert parse_sse_line('data: {"choices": [{"delta": {"content": "Hi"}}]}') == ("Hi", False)
    assert parse_sse_line('data: {"choices": [{"delta": {"role": "assistant"}}]}') == (None, False)
    assert parse_sse_line('data: {"choices": [], "usage": {}}') == (None, False)
    with pytest.raises(BackendProtocolError):
        parse_sse_line("data: {broken")
    with pytest.raises(BackendUnavailable):
        parse_sse_line('data: {"error": {"message": "overloaded"}}')


def test_think_filter_hides_reasoning_split_across_pieces() -> None:
    pieces = ["Hel", "lo <th", "ink>secret plan</thi", "nk> there.", " Bye <", "b>"]
    out = ThinkFilter()
    shown = "".join(out.feed(p) for p in pieces) + out.flush()
    assert shown == "Hello  there. Bye <b>"
    unfinished = ThinkFilter()
    assert unfinished.feed("ok <think>never closed") + unfinished.flush() == "ok "
