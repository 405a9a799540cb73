"""A client for any OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp's server,
hosted APIs), with connect and read timeouts, a deadline, bounded retries with backoff and a circuit
breaker. Every failure surfaces as a :class:`BackendError`; the guarded layer falls back on it.

What is retried: failures to connect, 429 and 5xx answers — the model may be restarting or busy,
and a retry costs little. What is not: a read timeout (it already spent the whole wait a client
will tolerate), a malformed answer (the same server will send the same thing), other 4xx (the
configuration is wrong), and a stream that has already produced text (it cannot be taken back).

Nothing here logs message contents or the API key.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from tandem.companion.backends.base import (
    BackendError,
    BackendInfo,
    BackendProtocolError,
    BackendRejected,
    BackendTimeout,
    BackendUnavailable,
    CircuitOpen,
    GeneratedReply,
    ReplyRequest,
)
from tandem.companion.backends.breaker import CircuitBreaker, breaker_for
from tandem.companion.backends.config import LlmSettings
from tandem.companion.backends.policy import is_loopback_url
from tandem.companion.backends.prompt import build_messages
from tandem.companion.content_loader import Content

log = logging.getLogger("tandem.companion.llm")

OPENAI_COMPAT = "openai_compat"
MAX_BACKOFF_SECONDS = 2.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Reasoning models (served by Ollama, vLLM...) may put their thinking inside <think> tags in the
# content; it is never meant for the reader, so it is dropped before the guard and the client.
_THINK_BLOCK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL | re.IGNORECASE)


def _translate(exc: httpx.HTTPError) -> BackendError:
    if isinstance(exc, httpx.ConnectTimeout):
        return BackendUnavailable("connect timed out", kind="connect_timeout")
    if isinstance(exc, httpx.ConnectError):
        return BackendUnavailable("could not connect", kind="connect")
    if isinstance(exc, httpx.TimeoutException):
        return BackendTimeout("the model took too long", kind="read_timeout")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        return BackendProtocolError("the connection closed mid-answer", kind="disconnect")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return BackendRejected("the endpoint URL is not usable", kind="bad_url")
    return BackendError(f"transport error: {type(exc).__name__}", kind="transport")


def _check_status(response: httpx.Response) -> None:
    if response.status_code == 200:
        return
    kind = f"http_{response.status_code}"
    if response.status_code in RETRY_STATUSES:
        raise BackendUnavailable(f"the model answered {response.status_code}", kind=kind)
    raise BackendRejected(f"the model refused the request ({response.status_code})", kind=kind)


def parse_completion(body: bytes) -> tuple[str, str | None]:
    """The reply text and finish reason from a non-streaming chat-completions answer."""
    try:
        data = json.loads(body)
        choice = data["choices"][0]
        content = choice["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise BackendProtocolError("malformed chat-completions answer", kind="malformed") from exc
    if not isinstance(content, str):
        raise BackendProtocolError("the answer has no text content", kind="malformed")
    finish = choice.get("finish_reason") if isinstance(choice, dict) else None
    return _THINK_BLOCK.sub("", content).strip(), finish if isinstance(finish, str) else None


class ThinkFilter:
    """Drops ``<think>…</think>`` from a stream of deltas, even when a tag is split across them."""

    OPEN, CLOSE = "<think>", "</think>"

    def __init__(self) -> None:
        self._pending = ""
        self._inside = False

    def feed(self, delta: str) -> str:
        text = self._pending + delta
        self._pending = ""
        out: list[str] = []
        while text:
            tag = self.CLOSE if self._inside else self.OPEN
            index = text.lower().find(tag)
            if index >= 0:
                if not self._inside:
                    out.append(text[:index])
                text = text[index + len(tag) :]
                self._inside = not self._inside
                continue
            # Hold back a suffix that could be the start of the tag.
            keep = 0
            for size in range(min(len(tag) - 1, len(text)), 0, -1):
                if tag.startswith(text[-size:].lower()):
                    keep = size
                    break
            if not self._inside:
                out.append(text[: len(text) - keep])
            self._pending = text[len(text) - keep :]
            break
        return "".join(out)

    def flush(self) -> str:
        rest, self._pending = self._pending, ""
        return "" if self._inside else rest


class OpenAICompatClient:
    def __init__(
        self,
        llm: LlmSettings,
        *,
        breaker: CircuitBreaker | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not llm.base_url or not llm.model:
            raise ValueError("an OpenAI-compatible backend needs a base URL and a model")
        self.llm = llm
        self.url = f"{llm.base_url}/chat/completions"
        self.breaker = breaker or breaker_for(
            f"{llm.base_url}|{llm.model}",
            failures=llm.circuit_failures,
            reset_after=llm.circuit_reset_seconds,
        )
        self._sleep = sleep
        headers = {"User-Agent": "tandem-companion"}
        if llm.api_key:
            headers["Authorization"] = f"Bearer {llm.api_key}"
        self.http = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(
                connect=llm.connect_timeout,
                read=llm.read_timeout,
                write=llm.connect_timeout,
                pool=llm.connect_timeout,
            ),
            limits=httpx.Limits(max_connections=32, max_keepalive_connections=8),
            follow_redirects=False,  # a redirect could send client text somewhere unchecked
            trust_env=False,  # no proxy from the environment may reroute client text
        )

    def close(self) -> None:
        self.http.close()

    def _payload(self, messages: list[dict[str, str]], *, stream: bool) -> dict[str, Any]:
        return {
            "model": self.llm.model,
            "messages": messages,
            "temperature": self.llm.temperature,
            "max_tokens": self.llm.max_tokens,
            "stream": stream,
        }

    def _backoff(self, attempt: int, deadline: float) -> bool:
        """Wait before retry ``attempt`` (0-based); False when the deadline does not allow it."""
        delay = min(MAX_BACKOFF_SECONDS, self.llm.retry_backoff * (2**attempt))
        delay *= random.uniform(0.5, 1.0)  # jitter: processes do not retry in lockstep
        if time.monotonic() + delay >= deadline:
            return False
        self._sleep(delay)
        return True

    # --- one answer ------------------------------------------------------------------------------

    def complete(self, messages: list[dict[str, str]]) -> tuple[str, str | None]:
        if not self.breaker.allow():
            raise CircuitOpen("the model endpoint is resting after repeated failures")
        deadline = time.monotonic() + self.llm.total_timeout
        attempt = 0
        try:
            while True:
                try:
                    result = self._complete_once(messages)
                    break
                except BackendError as exc:
                    if not exc.retryable or attempt >= self.llm.max_retries:
                        raise
                    if not self._backoff(attempt, deadline):
                        raise
                    attempt += 1
        except BackendError:
            self.breaker.record_failure()
            raise
        except Exception as exc:
            # A bug must not leave a half-open trial slot taken for ever.
            self.breaker.record_failure()
            raise BackendError(f"unexpected {type(exc).__name__}", kind="error") from exc
        self.breaker.record_success()
        return result

    def _complete_once(self, messages: list[dict[str, str]]) -> tuple[str, str | None]:
        try:
            response = self.http.post(self.url, json=self._payload(messages, stream=False))
        except httpx.HTTPError as exc:
            raise _translate(exc) from exc
        _check_status(response)
        return parse_completion(response.content)

    # --- a streamed answer -----------------------------------------------------------------------

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        """Text deltas. Raises BackendError on failure, also part-way through."""
        if not self.breaker.allow():
            raise CircuitOpen("the model endpoint is resting after repeated failures")
        deadline = time.monotonic() + self.llm.total_timeout
        attempt = 0
        produced = False
        outcome: str | None = None
        try:
            while True:
                try:
                    for delta in self._stream_once(messages, deadline):
                        produced = True
                        yield delta
                    outcome = "success"
                    return
                except BackendError as exc:
                    if produced or not exc.retryable or attempt >= self.llm.max_retries:
                        raise
                    if not self._backoff(attempt, deadline):
                        raise
                    attempt += 1
        except BackendError:
            outcome = "failure"
            self.breaker.record_failure()
            raise
        except Exception as exc:
            outcome = "failure"
            self.breaker.record_failure()
            raise BackendError(f"unexpected {type(exc).__name__}", kind="error") from exc
        finally:
            if outcome == "success" or (outcome is None and produced):
                # Finished, or the reader stopped early after text arrived (e.g. the guard
                # blocked a sentence): the endpoint works, which is all the breaker is about.
                self.breaker.record_success()
            elif outcome is None:
                # The reader gave up before any answer: no verdict, but free the trial slot.
                self.breaker.release_trial()

    def _stream_once(self, messages: list[dict[str, str]], deadline: float) -> Iterator[str]:
        thinking = ThinkFilter()
        try:
            with self.http.stream(
                "POST", self.url, json=self._payload(messages, stream=True)
            ) as response:
                _check_status(response)
                done = False
                for line in response.iter_lines():
                    if time.monotonic() > deadline:
                        raise BackendTimeout("the answer took too long", kind="deadline")
                    delta, done = parse_sse_line(line)
                    if done:
                        break
                    if delta:
                        visible = thinking.feed(delta)
                        if visible:
                            yield visible
                if not done:
                    raise BackendProtocolError("the stream ended before [DONE]", kind="disconnect")
        except httpx.HTTPError as exc:
            raise _translate(exc) from exc
        rest = thinking.flush()
        if rest:
            yield rest


def parse_sse_line(line: str) -> tuple[str | None, bool]:
    """One server-sent-events line: (text delta or None, whether the stream is done)."""
    line = line.rstrip("\r")
    if not line.startswith("data:"):
        return None, False  # blank separators, comments (":"), event:/id:/retry: fields
    payload = line[5:].strip()
    if payload == "[DONE]":
        return None, True
    try:
        data = json.loads(payload)
    except ValueError as exc:
        raise BackendProtocolError("malformed stream chunk", kind="malformed") from exc
    if not isinstance(data, dict):
        raise BackendProtocolError("malformed stream chunk", kind="malformed")
    if "error" in data:
        raise BackendUnavailable("the model reported an error mid-stream", kind="stream_error")
    try:
        choices = data.get("choices") or []
        if not choices:
            return None, False  # e.g. a final usage-only chunk
        delta = choices[0].get("delta") or {}
        content = delta.get("content")
    except (AttributeError, TypeError) as exc:
        raise BackendProtocolError("malformed stream chunk", kind="malformed") from exc
    return (content if isinstance(content, str) and content else None), False


class OpenAICompatBackend:
    """The reply backend over :class:`OpenAICompatClient`; prompts come from ``prompt.py``."""

    def __init__(
        self,
        llm: LlmSettings,
        *,
        content: Content | None = None,
        client: OpenAICompatClient | None = None,
    ) -> None:
        self.llm = llm
        self.content = content
        self.client = client or OpenAICompatClient(llm)

    @property
    def info(self) -> BackendInfo:
        return BackendInfo(
            name=OPENAI_COMPAT,
            model=self.llm.model,
            local=is_loopback_url(self.llm.base_url or ""),
        )

    def generate(self, request: ReplyRequest) -> GeneratedReply:
        text, finish = self.client.complete(build_messages(request, content=self.content))
        return GeneratedReply(
            text=text, backend=OPENAI_COMPAT, model=self.llm.model, finish_reason=finish
        )

    def stream(self, request: ReplyRequest) -> Iterator[str]:
        return self.client.stream(build_messages(request, content=self.content))

    def close(self) -> None:
        self.client.close()
