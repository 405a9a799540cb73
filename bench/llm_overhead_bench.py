"""Generative backend overhead: the time Tandem adds around one model call.

Both sides talk to the same local stub chat-completions server (tests/companion/backends/
stub_server.py), which answers at once or after a simulated model latency:

- direct: one POST /v1/chat/completions with httpx, nothing else;
- through Tandem: one chat turn as the service runs it — safety screen, the client's message
  stored, the engine's draft, the prompt, the model call, the output guard on the answer, the
  reply stored, one commit — on a SQLite file.

Prints the median of several runs for each, the time added in milliseconds and the ratio, for
non-streaming and streaming answers. Run: ``.venv/bin/python bench/llm_overhead_bench.py``.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from tandem.accounts import service as accounts  # noqa: E402
from tandem.companion.backends import models as _guard_models  # noqa: E402, F401
from tandem.companion.backends.guarded import (  # noqa: E402
    check_reply,
    guarded_reply,
    guarded_stream,
)
from tandem.companion.backends.service import (  # noqa: E402
    backend_for_client,
    recent_history,
    reply_request,
)
from tandem.companion.content_loader import load_content  # noqa: E402
from tandem.companion.context import ClientContext  # noqa: E402
from tandem.companion.engine import Engine  # noqa: E402
from tandem.companion.models import ChatMessage  # noqa: E402
from tandem.companion.state import ConversationState  # noqa: E402
from tandem.core.crypto import KeyRing, set_keyring  # noqa: E402
from tandem.core.database import make_engine  # noqa: E402
from tandem.safety.detector import assess  # noqa: E402
from tandem.web.model_registry import metadata  # noqa: E402
from tests.companion.backends.stub_server import StubServer, reply, slow  # noqa: E402

ANSWER = "That sounds like a heavy week. What part of it weighs on you most right now?"
MESSAGES = [
    "Work has been a lot this week.",
    "My manager keeps adding tasks and I can't say no.",
    "I slept badly again last night.",
    "Maybe I should take a walk after dinner.",
]


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: connections, caches, first-use imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class Turn:
    """One chat turn through Tandem, as the chat service runs it."""

    def __init__(self, session: Session, client_id: uuid.UUID, backend: object) -> None:
        self.session = session
        self.client_id = client_id
        self.backend = backend
        self.engine = Engine(load_content())
        self.state = ConversationState(disclosed=True)
        self.count = 0
        self.phases: dict[str, list[float]] = {}

    def _mark(self, phase: str, since: float) -> float:
        now = time.perf_counter()
        self.phases.setdefault(phase, []).append((now - since) * 1000)
        return now

    def _before_model(self) -> object:
        self.count += 1
        # A new text every turn: the detector caches per text, and a real screen does not hit it.
        text = f"{MESSAGES[self.count % len(MESSAGES)]} (day {self.count})"
        now = datetime.now(UTC)
        mark = time.perf_counter()
        history = recent_history(self.session, client_id=self.client_id, before=now)
        mark = self._mark("history", mark)
        assessment = assess(text, history=[t for r, t in history if r == "client"])
        mark = self._mark("screen", mark)
        self.session.add(
            ChatMessage(
                id=uuid.uuid4(),
                client_id=self.client_id,
                role="client",
                text=text,
                created_at=now,
                risk_level=assessment.level.label,
            )
        )
        self.session.flush()
        mark = self._mark("store message", mark)
        ctx = ClientContext(name="Ana", lang="en", now=now)
        draft = self.engine.respond(self.state, text, ctx, safety_level=assessment.level.label)
        self.state = draft.state
        self._mark("engine draft", mark)
        return reply_request(
            client_id=self.client_id,
            client_text=text,
            ctx=ctx,
            level=assessment.level,
            draft=draft,
            history=history,
        ), now

    def _after_model(self, text: str, now: datetime) -> None:
        mark = time.perf_counter()
        self.session.add(
            ChatMessage(
                id=uuid.uuid4(),
                client_id=self.client_id,
                role="companion",
                text=text,
                created_at=now.replace(microsecond=now.microsecond),
                backend="openai_compat",
            )
        )
        self.session.commit()
        self._mark("store reply + commit", mark)

    def complete(self) -> None:
        request, now = self._before_model()
        mark = time.perf_counter()
        result = guarded_reply(self.backend, request)  # type: ignore[arg-type]
        self._mark("model call + prompt + guard", mark)
        mark = time.perf_counter()
        check_reply(ANSWER, request)  # type: ignore[arg-type]
        self._mark("of which: guard + plan check", mark)
        self._after_model(result.text, now)

    def stream(self) -> None:
        request, now = self._before_model()
        events = list(guarded_stream(self.backend, request))  # type: ignore[arg-type]
        outcome = events[-1].reply
        assert outcome is not None
        self._after_model(outcome.text, now)


class Direct:
    """The same stub, called with httpx and nothing else."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(timeout=10.0)
        self.payload = {"model": "bench", "messages": [{"role": "user", "content": MESSAGES[0]}]}

    def complete(self) -> None:
        self.http.post(self.url, json=self.payload).raise_for_status()

    def stream(self) -> None:
        with self.http.stream("POST", self.url, json={**self.payload, "stream": True}) as answer:
            for _ in answer.iter_lines():
                pass

    def close(self) -> None:
        self.http.close()


def main() -> None:
    if os.environ.get("TANDEM_BENCH_TRACE"):
        faulthandler.dump_traceback_later(float(os.environ["TANDEM_BENCH_TRACE"]), exit=True)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--latencies", default="0,50", help="simulated model ms, comma-separated")
    args = parser.parse_args()

    key = Fernet.generate_key().decode()
    set_keyring(KeyRing(lambda: [key]))
    folder = Path(tempfile.mkdtemp(prefix="tandem-llm-bench-"))
    engine = make_engine(f"sqlite:///{folder / 'bench.db'}")
    metadata.create_all(engine)
    session = Session(engine, expire_on_commit=False)
    client = accounts.create_user(
        session, email="bench@example.org", password="bench password 123", role="client"
    )
    session.commit()

    print(f"runs per figure: {args.runs} (median)")
    header = ("model ms", "mode", "direct ms", "tandem ms", "added ms", "ratio")
    print("{:>8} {:>9} {:>10} {:>10} {:>9} {:>6}".format(*header))
    for latency in (int(x) for x in args.latencies.split(",")):
        step = slow(ANSWER, delay=latency / 1000) if latency else reply(ANSWER)
        with StubServer(default=step) as stub:
            settings = SimpleNamespace(
                llm_base_url=stub.base_url, llm_model=f"bench-{latency}", llm_read_timeout=10.0
            )
            backend = backend_for_client(
                settings=settings, clinic_settings=None, content=load_content()
            )
            assert backend is not None
            turn = Turn(session, client.id, backend)
            direct = Direct(f"{stub.base_url}/chat/completions")
            for mode, raw, through in (
                ("complete", direct.complete, turn.complete),
                ("stream", direct.stream, turn.stream),
            ):
                direct_ms = median_ms(raw, args.runs)
                turn.phases.clear()
                tandem_ms = median_ms(through, args.runs)
                print(
                    f"{latency:>8} {mode:>9} {direct_ms:>10.1f} {tandem_ms:>10.1f} "
                    f"{tandem_ms - direct_ms:>9.1f} {tandem_ms / direct_ms:>6.2f}"
                )
                if latency == 0 and mode == "complete":
                    for phase, times in turn.phases.items():
                        print(f"{'':>19} {phase}: median {statistics.median(times):.1f} ms")
            direct.close()
    session.close()
    engine.dispose()


if __name__ == "__main__":
    main()
