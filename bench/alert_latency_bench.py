"""Time from a client's high-risk message to the alert event on a clinician's open page.

A real server runs in its own process (as in production, the writer and the stream are not in
the same process); this script holds a clinician's ``/clinic/events`` stream open and, run after
run, raises a high-risk alert for another linked client, measuring until the event arrives.

Two starting points:
- ``commit``: ``record_assessment`` committed in this process (the safety engine's write);
- ``chat``: ``POST /api/v1/chat/messages`` as the client, i.e. the whole turn (screening, reply,
  commit), when that route exists; ``chat reply alone`` is that request's own duration, for
  comparison (the client has its reply while the clinician's page is being told).

Runs are spaced at random so the stream's once-a-second poll is met at every phase.

    .venv/bin/python bench/alert_latency_bench.py [--runs 30] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import platform
import queue
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from cryptography.fernet import Fernet

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _common import (  # noqa: E402
    CLINICIAN_EMAIL,
    cpu_model,
    free_port,
    seed_linked_clients,
    stop_server,
    wait_until_healthy,
)

PASSWORD = "correct horse battery"
HIGH_RISK_TEXT = "I have the pills here and I'm going to take them all tonight"


def machine() -> str:
    cpu = cpu_model()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()}, load average {load:.1f} at the end"
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


class StreamReader(threading.Thread):
    """Reads the clinician's event stream; puts (alert_id, arrival perf_counter) on a queue."""

    def __init__(self, base: str, cookies: httpx.Cookies) -> None:
        super().__init__(daemon=True)
        self.base = base
        self.cookies = cookies
        self.arrivals: queue.Queue[tuple[str, float]] = queue.Queue()
        self.connected = threading.Event()
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            self._read()
        except httpx.HTTPError:
            return  # the server went away at the end of the run

    def _read(self) -> None:
        with (
            httpx.Client(base_url=self.base, cookies=self.cookies, timeout=None) as http,
            http.stream("GET", "/clinic/events") as response,
        ):
            response.raise_for_status()
            for line in response.iter_lines():
                if line.startswith("retry:"):
                    self.connected.set()
                match = re.match(r"id: ([0-9a-f-]{36}):", line)
                if match:
                    self.arrivals.put((match.group(1), time.perf_counter()))
                if self.stop.is_set():
                    return


def wait_for(reader: StreamReader, alert_id: str, timeout: float = 15) -> float:
    deadline = time.perf_counter() + timeout
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise TimeoutError(f"no event for alert {alert_id}")
        got, at = reader.arrivals.get(timeout=remaining)
        if got == alert_id:
            return at


def sign_in(http: httpx.Client, email: str) -> None:
    page = http.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token, "no CSRF token on /login"
    http.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token[1]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="tandem-alert-bench-"))
    url = args.database_url or f"sqlite:///{workdir / 'bench.db'}"
    key = Fernet.generate_key().decode()
    os.environ.update(
        TANDEM_ENV="test",
        TANDEM_DATABASE_URL=url,
        TANDEM_ENCRYPTION_KEYS=key,
        TANDEM_SECRET_KEY="bench-secret-" + "b" * 40,
        TANDEM_VAR_DIR=str(workdir),
    )

    from sqlalchemy import select

    from tandem.accounts.models import User
    from tandem.core.database import Database
    from tandem.safety.assessment import Assessment, Evidence, RiskLevel
    from tandem.safety.models import Alert
    from tandem.safety.service import record_assessment
    from tandem.web.model_registry import metadata

    database = Database(url)
    metadata.drop_all(database.engine)
    metadata.create_all(database.engine)
    with database.transaction() as session:
        _clinician, linked = seed_linked_clients(session, clients=2 * args.runs, password=PASSWORD)
        clients: list[tuple[uuid.UUID, str]] = [(c.id, c.email) for c in linked]

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "tandem.web.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=os.environ.copy(),
    )
    try:
        wait_until_healthy(base, server, 900)  # start-up warms the safety models up

        http = httpx.Client(base_url=base, timeout=10)
        sign_in(http, CLINICIAN_EMAIL)
        reader = StreamReader(base, http.cookies)
        reader.start()
        if not reader.connected.wait(10):
            raise RuntimeError("event stream did not open")

        results: dict[str, list[float]] = {"commit": []}
        for client_id, _email in clients[: args.runs]:
            time.sleep(random.uniform(0.2, 1.3))
            started = time.perf_counter()
            with database.transaction() as session:
                client = session.get(User, client_id)
                assert client is not None
                recorded = record_assessment(
                    session,
                    client=client,
                    assessment=Assessment(
                        level=RiskLevel.HIGH,
                        categories=("ideation",),
                        evidence=(
                            Evidence(
                                0, 10, HIGH_RISK_TEXT[:10], "bench", "ideation", RiskLevel.HIGH
                            ),
                        ),
                    ),
                    source="chat",
                    excerpt=HIGH_RISK_TEXT,
                )
                assert recorded is not None and recorded.alert is not None
                alert_id = str(recorded.alert.id)
            results["commit"].append(wait_for(reader, alert_id) - started)

        chat_note = ""
        probe = http.get("/openapi.json").json().get("paths", {})
        if "/api/v1/chat/messages" in probe:
            results["chat"] = []
            results["chat reply alone"] = []
            for client_id, email in clients[args.runs :]:
                token = httpx.post(
                    f"{base}/api/v1/auth/token", json={"email": email, "password": PASSWORD}
                ).json()["access_token"]
                time.sleep(random.uniform(0.2, 1.3))
                started = time.perf_counter()
                response = httpx.post(
                    f"{base}/api/v1/chat/messages",
                    json={"text": HIGH_RISK_TEXT},
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=30,
                )
                answered = time.perf_counter()
                if response.status_code != 200:
                    chat_note = f"chat API answered {response.status_code}; chat runs skipped"
                    results.pop("chat")
                    results.pop("chat reply alone")
                    break
                with database.transaction() as session:
                    alert = session.scalar(
                        select(Alert).where(Alert.client_id == client_id, Alert.status == "open")
                    )
                if alert is None:
                    chat_note = "the chat turn raised no alert; chat runs skipped"
                    results.pop("chat")
                    results.pop("chat reply alone")
                    break
                results["chat"].append(wait_for(reader, str(alert.id)) - started)
                results["chat reply alone"].append(answered - started)
        else:
            chat_note = "no /api/v1/chat/messages route in this build"
        reader.stop.set()
        http.close()
    finally:
        # An open event stream keeps uvicorn's graceful shutdown waiting: stop it firmly.
        stop_server(server, 5)
        database.dispose()

    engine = url.split(":", 1)[0]
    print(f"machine: {machine()}")
    print(f"database: {engine}; stream poll interval 1 s; runs: {args.runs}")
    print("| from | runs | median ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    for start, values in results.items():
        ms = [v * 1000 for v in values]
        print(
            f"| {start} | {len(ms)} | {statistics.median(ms):.0f} | "
            f"{percentile(ms, 0.95):.0f} | {max(ms):.0f} |"
        )
    if chat_note:
        print(f"note: {chat_note}")


if __name__ == "__main__":
    main()
