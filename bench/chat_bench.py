"""The chat API under load: 50 concurrent clients on SQLite, against a bare echo route.

A real server runs in its own process (uvicorn on loopback, one worker, as `tandem serve`
starts it) over a SQLite file in a temp dir, seeded with one clinic, a clinician and 50 linked
clients who consented to sharing, each with a valid API token. The bench mounts one extra route on
that app, ``POST /bench/echo`` (``{text}`` back, no auth, no database): it exists only in this
script, never in the product, and gives the cost of the HTTP stack on the same server.

Each client is an ``httpx.AsyncClient`` with its own connection, and sends a realistic sequence:
the scripted dialogues of ``tests/companion/dialogues`` (skill flows, psychoeducation, handovers,
limits, English and Spanish; the safety dialogues for one client in ten) in a shuffled order per
client, the longer messages varied
with everyday fillers so most texts are new to the server's caches. Clients pause between
messages (``--think``, seconds, uniform); ``--think 0`` is a closed loop that measures capacity
instead. The echo phase sends the same texts at the same pacing, then the chat phase runs.

    .venv/bin/python bench/chat_bench.py [--clients 50] [--messages 20] [--think 5-15] [--write]
                                         [--profile] [--writer-lock]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import (  # noqa: E402
    cpu_model,
    free_port,
    replace_readme_section,
    seed_linked_clients,
    stop_server,
    wait_until_healthy,
)

import tandem  # noqa: E402, F401  (sets the BLAS thread defaults before numpy loads)

PASSWORD = "correct horse battery staple"
DIALOGUES = ROOT / "tests" / "companion" / "dialogues"
ECHO_PATH = "/bench/echo"
CHAT_PATH = "/api/v1/chat/messages"

FILLERS = {
    "en": {
        "prefix": ["honestly, ", "ok so ", "hmm, ", "well, ", "to be fair ", "idk, ", "so "],
        "suffix": [
            " today",
            " lately",
            " I guess",
            " tbh",
            " again",
            " this week",
            " if that makes sense",
            " after work",
            " since Monday",
        ],
    },
    "es": {
        "prefix": ["la verdad, ", "pues ", "bueno, ", "mira, ", "no sé, ", "oye, "],
        "suffix": [" hoy", " últimamente", " creo", " otra vez", " esta semana", " la verdad"],
    },
}


# -- the server (child process) ---------------------------------------------------------------


class EchoText(BaseModel):
    text: str


# Stages of a chat turn timed by --profile (module attribute names in tandem.companion.service).
PROFILED_STAGES = (
    "recent_client_texts",
    "assess",
    "_record_risk",
    "load_state",
    "build_client_context",
    "_safety_reply",
    "_store_reply",
    "generate_reply",
    "apply_effects",
    "save_state",
    "record_usage",
)


class StageTimes:
    """Wall and thread-CPU milliseconds per named stage, from any thread."""

    def __init__(self) -> None:
        import threading

        self.lock = threading.Lock()
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def wrap(self, name: str, fn: Any) -> Any:
        import functools

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            cpu_start, start = time.thread_time(), time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                wall = (time.perf_counter() - start) * 1000
                cpu = (time.thread_time() - cpu_start) * 1000
                with self.lock:
                    self.wall.setdefault(name, []).append(wall)
                    self.cpu.setdefault(name, []).append(cpu)

        return timed

    def report(self) -> dict[str, dict[str, float]]:
        with self.lock:
            return {
                name: {
                    "calls": len(walls),
                    "wall_p50_ms": percentile(walls, 50),
                    "wall_p99_ms": percentile(walls, 99),
                    "cpu_mean_ms": statistics.fmean(self.cpu[name]),
                    "cpu_p99_ms": percentile(self.cpu[name], 99),
                }
                for name, walls in self.wall.items()
            }


def install_profile(app: Any) -> None:
    """Time the stages of a chat turn inside the server (bench only; the product is untouched)."""
    from sqlalchemy.orm import Session

    from tandem.accounts import deps
    from tandem.companion import api, service

    stages = StageTimes()
    for name in PROFILED_STAGES:
        setattr(service, name, stages.wrap(name, getattr(service, name)))
    engine = service.get_engine()
    engine.respond = stages.wrap("engine.respond", engine.respond)  # type: ignore[method-assign]
    deps._resolve_auth = stages.wrap("auth", deps._resolve_auth)
    api.service.send_message = stages.wrap("send_message (all)", api.service.send_message)
    Session.commit = stages.wrap("commit", Session.commit)  # type: ignore[method-assign]

    @app.get("/bench/profile", include_in_schema=False)
    def profile() -> dict[str, dict[str, float]]:
        return stages.report()

    first_in_line(app)


def first_in_line(app: Any) -> None:
    """Move the routes added last ahead of the app's own, whose page router answers any GET."""
    routes = app.router.routes
    added = [r for r in routes if str(getattr(r, "path", "")).startswith("/bench/")]
    routes[:] = added + [r for r in routes if r not in added]


def install_writer_lock(engine: Any) -> None:
    """Experiment (--writer-lock), not the product: queue SQLite writers on an in-process lock.

    Every transaction starts with BEGIN IMMEDIATE, so requests wait for SQLite's write lock in
    its busy handler, which sleeps and polls (up to 100 ms a time, in no order). Waiting on a
    Python lock taken just before BEGIN and released just after COMMIT/ROLLBACK wakes the next
    writer at once. The busy timeout still guards other processes.
    """
    import threading

    from sqlalchemy import event

    lock = threading.Lock()
    holders: set[int] = set()
    dialect = engine.dialect
    do_commit, do_rollback = dialect.do_commit, dialect.do_rollback

    @event.listens_for(engine, "begin", insert=True)
    def _acquire(connection: Any) -> None:
        dbapi_connection = connection.connection.dbapi_connection
        if lock.acquire(timeout=30):
            holders.add(id(dbapi_connection))

    def _release(connection: Any) -> None:
        # The dialect is handed the pool's proxy; begin saw the raw DB-API connection.
        key = id(getattr(connection, "dbapi_connection", connection))
        if key in holders:
            holders.discard(key)
            lock.release()

    def commit(dbapi_connection: Any) -> None:
        try:
            do_commit(dbapi_connection)
        finally:
            _release(dbapi_connection)

    def rollback(dbapi_connection: Any) -> None:
        try:
            do_rollback(dbapi_connection)
        finally:
            _release(dbapi_connection)

    dialect.do_commit = commit
    dialect.do_rollback = rollback


def serve(port: int, profile: bool, writer_lock: bool) -> None:
    """Run the real app with the bench-only echo route added, as uvicorn on loopback."""
    import uvicorn

    from tandem.web.app import create_app

    app = create_app()
    if profile:
        install_profile(app)
    if writer_lock:
        install_writer_lock(app.state.database.engine)

    # Sync like the chat route, so both go through the same thread pool.
    @app.post(ECHO_PATH, response_model=EchoText, include_in_schema=False)
    def echo(body: EchoText) -> EchoText:
        return EchoText(text=body.text)

    first_in_line(app)

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


# -- seeding ----------------------------------------------------------------------------------


def seed(url: str, clients: int) -> list[str]:
    """One clinic, a clinician and ``clients`` linked, consenting clients; their API tokens."""
    from tandem.accounts import service as accounts
    from tandem.core.database import Database
    from tandem.web.model_registry import metadata

    database = Database(url)
    metadata.create_all(database.engine)
    with database.transaction() as session:
        _clinician, linked = seed_linked_clients(
            session,
            clients=clients,
            password=PASSWORD,
            locale=lambda i: "es-ES" if i % 4 == 3 else "en-US",
        )
        tokens = [
            accounts.issue_api_token(session, user=client, name="bench").secret for client in linked
        ]
    database.dispose()
    return tokens


# -- what clients say -------------------------------------------------------------------------


def dialogues() -> list[tuple[str, bool, list[str]]]:
    """(language, whether it is a safety dialogue, what the client says) per scripted dialogue."""
    import yaml

    found = []
    for path in sorted(DIALOGUES.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            lang = str(item.get("lang", "es" if path.stem == "es" else "en"))
            turns = [str(t["say"]) for t in item.get("turns", []) if "say" in t]
            risky = path.stem == "safety" or any("safety" in t for t in item.get("turns", []))
            if turns:
                found.append((lang, risky, turns))
    return found


def vary(text: str, lang: str, rng: random.Random) -> str:
    """Everyday variation on longer messages; short answers ("yes", "4") stay as they are."""
    if len(text.split()) < 4 or rng.random() < 0.25:
        return text
    fill = FILLERS.get(lang, FILLERS["en"])
    if rng.random() < 0.5:
        return rng.choice(fill["prefix"]) + text
    return text.rstrip(".!") + rng.choice(fill["suffix"])


def script_for(client: int, messages: int, seed_value: int) -> list[str]:
    rng = random.Random(seed_value * 1000 + client)
    spanish = client % 4 == 3  # a quarter of the clients write in Spanish
    in_crisis = client % 10 == 3  # one client in ten goes through the safety dialogues
    pool = [d for d in dialogues() if (d[0] == "es") == spanish]
    preferred = [d for d in pool if in_crisis or not d[1]]
    out: list[str] = []
    while len(out) < messages:
        rng.shuffle(preferred)
        for lang, _risky, turns in preferred:
            out.extend(vary(t, lang, rng) for t in turns)
            if len(out) >= messages:
                break
    return out[:messages]


# -- load -------------------------------------------------------------------------------------


@dataclass
class Phase:
    name: str
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    safety_levels: dict[str, int] = field(default_factory=dict)
    wall_s: float = 0.0


async def run_phase(
    name: str,
    base: str,
    path: str,
    tokens: list[str],
    scripts: list[list[str]],
    think: tuple[float, float],
    seed_value: int,
) -> Phase:
    import httpx

    phase = Phase(name)

    async def one_client(index: int) -> None:
        rng = random.Random(seed_value * 7919 + index)
        headers = {"Authorization": f"Bearer {tokens[index]}"} if path == CHAT_PATH else {}
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
            await asyncio.sleep(rng.uniform(0, max(think[1], 0.05)))  # clients arrive spread out
            for text in scripts[index]:
                started = time.perf_counter()
                try:
                    response = await http.post(path, json={"text": text})
                except httpx.HTTPError as exc:
                    phase.errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                phase.latencies_ms.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    phase.errors.append(f"HTTP {response.status_code}: {response.text[:200]}")
                elif path == CHAT_PATH:
                    level = response.json()["safety"]["level"]
                    phase.safety_levels[level] = phase.safety_levels.get(level, 0) + 1
                if think[1] > 0:
                    await asyncio.sleep(rng.uniform(*think))

    started = time.perf_counter()
    await asyncio.gather(*(one_client(i) for i in range(len(tokens))))
    phase.wall_s = time.perf_counter() - started
    return phase


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(phase: Phase) -> dict[str, Any]:
    ms = phase.latencies_ms
    return {
        "requests": len(ms) + sum(1 for e in phase.errors if not e.startswith("HTTP")),
        "errors": len(phase.errors),
        "first_errors": phase.errors[:5],
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "p99_ms": percentile(ms, 99),
        "max_ms": max(ms),
        "mean_ms": statistics.fmean(ms),
        "per_s": len(ms) / phase.wall_s,
        "safety_levels": phase.safety_levels,
    }


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def parse_think(value: str) -> tuple[float, float]:
    low, _, high = value.partition("-")
    return float(low), float(high or low)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--messages", type=int, default=20, help="messages per client")
    parser.add_argument(
        "--think", default="5-15", help="seconds between a client's messages (0: closed loop)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--write", action="store_true", help="update bench/README.md")
    parser.add_argument(
        "--profile", action="store_true", help="time the stages of each turn in the server"
    )
    parser.add_argument(
        "--writer-lock",
        action="store_true",
        help="experiment: queue SQLite writers on an in-process lock (not what Tandem does)",
    )
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)  # child: the server
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.profile, args.writer_lock)
        return

    think = parse_think(args.think)
    workdir = Path(tempfile.mkdtemp(prefix="tandem-chat-bench-"))
    url = f"sqlite:///{workdir / 'bench.db'}"
    from cryptography.fernet import Fernet

    env = dict(
        os.environ,
        TANDEM_ENV="test",
        TANDEM_DATABASE_URL=url,
        TANDEM_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        TANDEM_SECRET_KEY="bench-secret-" + "c" * 40,
        TANDEM_VAR_DIR=str(workdir),
        PYTHONPATH=str(ROOT),
    )
    os.environ.update({k: v for k, v in env.items() if k.startswith("TANDEM_")})
    print(f"seeding {args.clients} clients in {workdir}...", file=sys.stderr)
    tokens = seed(url, args.clients)
    scripts = [script_for(i, args.messages, args.seed) for i in range(args.clients)]
    texts = [t for s in scripts for t in s]

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, __file__, "--serve", str(port)]
    command += ["--profile"] if args.profile else []
    command += ["--writer-lock"] if args.writer_lock else []
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        import httpx

        wait_until_healthy(base, server, 600)  # start-up warms the safety and companion models
        rss_ready = rss_mb(server.pid)
        print("echo phase...", file=sys.stderr)
        echo = asyncio.run(run_phase("echo", base, ECHO_PATH, tokens, scripts, think, args.seed))
        cpu_before = cpu_seconds(server.pid)
        print("chat phase...", file=sys.stderr)
        chat = asyncio.run(run_phase("chat", base, CHAT_PATH, tokens, scripts, think, args.seed))
        chat_cpu = cpu_seconds(server.pid) - cpu_before
        rss_after = rss_mb(server.pid)
        stages = None
        if args.profile:
            answer = httpx.get(f"{base}/bench/profile", timeout=30)
            if answer.status_code != 200:
                raise RuntimeError(f"/bench/profile: HTTP {answer.status_code}")
            stages = answer.json()
    finally:
        stop_server(server, 10)
        shutil.rmtree(workdir, ignore_errors=True)

    e, c = summary(echo), summary(chat)
    result = {
        "clients": args.clients,
        "messages_per_client": args.messages,
        "think_s": list(think),
        "distinct_texts": len(set(texts)),
        "texts": len(texts),
        "echo": e,
        "chat": c,
        "ratio_p50": c["p50_ms"] / e["p50_ms"],
        "ratio_p99": c["p99_ms"] / e["p99_ms"],
        "chat_server_cpu_ms_per_turn": chat_cpu * 1000 / max(1, len(chat.latencies_ms)),
        "server_rss_ready_mb": rss_ready,
        "server_rss_after_mb": rss_after,
        "machine": f"{cpu_model()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "load_average_end": os.getloadavg()[0],
        "stages": stages,
        "writer_lock_experiment": args.writer_lock,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    print(json.dumps(result, indent=2))
    if args.write:
        write_readme(result)


SECTION_START = "## Chat API"


def _row(name: str, s: dict[str, Any]) -> str:
    return (
        f"| {name} | {s['requests']} | {s['errors']} | {s['p50_ms']:.1f} | {s['p95_ms']:.1f} | "
        f"{s['p99_ms']:.1f} | {s['max_ms']:.1f} | {s['per_s']:.1f} |"
    )


def write_readme(r: dict[str, Any]) -> None:
    think = r["think_s"]
    pacing = (
        "no pause between messages (closed loop: capacity, not a realistic load)"
        if think[1] == 0
        else f"a pause of {think[0]:g}–{think[1]:g} s between a client's messages"
    )
    levels = ", ".join(f"{k} {v}" for k, v in sorted(r["chat"]["safety_levels"].items()))
    run_line = (
        f"{r['clients']} clients × {r['messages_per_client']} messages, {pacing}; "
        f"{r['distinct_texts']} distinct texts of {r['texts']}"
    )
    section = f"""{SECTION_START}

`bench/chat_bench.py`: `POST /api/v1/chat/messages` through a real uvicorn server (one worker,
loopback) over a SQLite file, {r["clients"]} concurrent clients (one `httpx.AsyncClient` and
connection each, bearer tokens), each sending the scripted dialogues of
`tests/companion/dialogues` (skill flows, psychoeducation, handovers, limits; the safety
dialogues for one client in ten; a quarter of the clients in Spanish) in its own shuffled order,
longer messages varied with everyday fillers.
The baseline is a bare echo route that only the bench mounts on the same app (`{ECHO_PATH}`: the
text back, no auth, no database), driven with the same texts and pacing just before.

Run {r["date"]}: {run_line}. Machine: {r["machine"]}; 1-minute load average
{r["load_average_end"]:.1f} at the end (shared machine).

| route | requests | errors | p50 ms | p95 ms | p99 ms | max ms | requests/s |
|---|---:|---:|---:|---:|---:|---:|---:|
{_row("bare echo", r["echo"])}
{_row("chat turn", r["chat"])}

Ratio chat / echo: {r["ratio_p50"]:.1f}× at p50, {r["ratio_p99"]:.1f}× at p99. Server CPU per chat
turn {r["chat_server_cpu_ms_per_turn"]:.1f} ms. Safety levels of the chat turns: {levels}.
Server RSS {r["server_rss_ready_mb"]:.0f} MB when ready, {r["server_rss_after_mb"]:.0f} MB after
the run. Budget (DESIGN §7): p99 under 150 ms, no errors.
"""
    replace_readme_section(SECTION_START, section)


if __name__ == "__main__":
    main()
