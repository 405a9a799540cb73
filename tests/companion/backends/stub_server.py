"""A real HTTP server on 127.0.0.1 that speaks the chat-completions API, scriptable per test.

Each request takes the next scripted step (or the default reply when the script is empty) and the
server records every request it received, so a test can assert how often the model was called and
what the prompt held. Steps: a normal or harmful ``reply``, a ``slow`` answer, an ``error`` status,
``malformed`` JSON, a ``disconnect`` part-way and a ``stall`` part-way through a stream.

Used by the tests, ``bench/llm_overhead_bench.py`` and by hand::

    python -m tests.companion.backends.stub_server  # serves until Ctrl-C, prints the URL
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

DEFAULT_REPLY = "That sounds like a lot to carry. What would help most right now?"

Kind = Literal["reply", "slow", "error", "malformed", "disconnect", "stall"]


@dataclass(frozen=True)
class Step:
    kind: Kind
    text: str = ""
    status: int = 200
    delay: float = 0.0  # seconds before answering (slow) or in the middle (stall)
    after_chunks: int = 1  # for disconnect/stall in a stream: chunks sent first
    chunk_chars: int = 7  # stream chunk size, small so sentences arrive in pieces


def reply(text: str, *, chunk_chars: int = 7) -> Step:
    return Step("reply", text=text, chunk_chars=chunk_chars)


def slow(text: str = DEFAULT_REPLY, *, delay: float) -> Step:
    return Step("slow", text=text, delay=delay)


def error(status: int = 500) -> Step:
    return Step("error", status=status)


def malformed() -> Step:
    return Step("malformed")


def disconnect(text: str = DEFAULT_REPLY, *, after_chunks: int = 3) -> Step:
    return Step("disconnect", text=text, after_chunks=after_chunks)


def stall(text: str = DEFAULT_REPLY, *, after_chunks: int = 3, delay: float) -> Step:
    return Step("stall", text=text, after_chunks=after_chunks, delay=delay)


@dataclass(frozen=True)
class Call:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    @property
    def messages(self) -> list[dict[str, str]]:
        return list(self.body.get("messages") or [])

    @property
    def prompt_text(self) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages)


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def _completion(text: str) -> bytes:
    return json.dumps(
        {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": "stub",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
        }
    ).encode()


def _delta(text: str) -> bytes:
    chunk = {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "model": "stub",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out and hang up are part of the script, not errors


class StubServer:
    def __init__(self, *, default: Step | None = None, host: str = "127.0.0.1") -> None:
        self.host = host
        self.default = default or reply(DEFAULT_REPLY)
        self.calls: list[Call] = []
        self._script: deque[Step] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _QuietServer((host, 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def start(self) -> StubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def script(self, *steps: Step) -> None:
        """Replace the script: the next requests get these steps, in order."""
        with self._lock:
            self._script = deque(steps)

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.calls.clear()

    def _next(self, call: Call) -> Step:
        with self._lock:
            self.calls.append(call)
            return self._script.popleft() if self._script else self.default

    def _wait(self, seconds: float) -> None:
        self._stopping.wait(seconds)  # cut short when the server stops

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet tests

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, b'{"error": {"message": "not found"}}')
                    return
                try:
                    body = json.loads(raw)
                except ValueError:
                    self._send(400, b'{"error": {"message": "bad json"}}')
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                step = stub._next(Call(self.path, body, headers))
                if body.get("stream"):
                    self._stream(step)
                else:
                    self._complete(step)

            def _send(self, status: int, payload: bytes, length: int | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload) if length is None else length))
                self.end_headers()
                self.wfile.write(payload)
                self.wfile.flush()

            def _cut(self) -> None:
                """Drop the connection without finishing the response."""
                self.close_connection = True
                try:
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            def _complete(self, step: Step) -> None:
                if step.kind == "slow":
                    stub._wait(step.delay)
                if step.kind == "error":
                    self._send(step.status, b'{"error": {"message": "scripted failure"}}')
                elif step.kind == "malformed":
                    self._send(200, b'{"choices": [{"message": {"content": "Hel')
                elif step.kind in ("disconnect", "stall"):
                    payload = _completion(step.text)
                    self._send(200, payload[: len(payload) // 2], length=len(payload))
                    if step.kind == "stall":
                        stub._wait(step.delay)
                    self._cut()
                else:
                    self._send(200, _completion(step.text))

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _stream(self, step: Step) -> None:
                if step.kind == "slow":
                    stub._wait(step.delay)
                if step.kind == "error":
                    self._send(step.status, b'{"error": {"message": "scripted failure"}}')
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                if step.kind == "malformed":
                    self._chunk(_delta("Hello"))
                    self._chunk(b'data: {"choices": [{"delta": {"content": "wor\n\n')
                    self._chunk(b"data: [DONE]\n\n")
                    self._chunk(b"")
                    return
                pieces = _chunks(step.text, step.chunk_chars)
                for index, piece in enumerate(pieces):
                    if step.kind == "disconnect" and index == step.after_chunks:
                        self._cut()
                        return
                    if step.kind == "stall" and index == step.after_chunks:
                        stub._wait(step.delay)
                        if stub._stopping.is_set():
                            self._cut()
                            return
                    self._chunk(_delta(piece))
                self._chunk(b"data: [DONE]\n\n")
                self._chunk(b"")

        return Handler


if __name__ == "__main__":
    with StubServer() as server:
        print(f"stub chat-completions server at {server.base_url} (Ctrl-C to stop)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
