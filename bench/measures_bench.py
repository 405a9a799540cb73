"""Measures pages under a year of data: the client's progress page and the clinician's trend view.

Seeds a temporary SQLite file with 200 clients linked to one clinician (measures shared), each
with a year of daily check-ins (a third with an encrypted note) and a PHQ-9 and a GAD-7 every two
weeks, then requests, through the real app in process (routing, auth by session cookie, the
scoping function and its audit entry, queries, charts, templates):

- ``GET /progress?days=90`` and ``?days=30`` as a random client;
- ``GET /clinic/clients/{id}/trends?days=90`` as the clinician, for a random client.

Each view is timed over ``--requests`` requests per run; p50/p95 per run; the figures printed are
the medians over ``--runs`` runs. Budget (DESIGN §7 style): p95 under 200 ms.
Run: ``.venv/bin/python bench/measures_bench.py``.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import size_parser, temp_app  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from tandem.accounts import service as accounts  # noqa: E402
from tandem.accounts.consent import consent_text  # noqa: E402
from tandem.accounts.deps import SESSION_COOKIE  # noqa: E402
from tandem.accounts.models import ClinicianClientLink, Consent, User  # noqa: E402
from tandem.core.database import Database  # noqa: E402
from tandem.core.security import hash_password  # noqa: E402
from tandem.core.settings import Settings  # noqa: E402
from tandem.measures.models import CheckIn, QuestionnaireResponse  # noqa: E402
from tandem.measures.scoring import score  # noqa: E402
from tandem.web.app import create_app  # noqa: E402

BUDGET_P95_MS = 200.0
EMOTIONS = ["calm", "tired", "sad", "anxious", "hopeful", "stressed", "happy"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def seed(database: Database, settings: Settings, clients: int, now: datetime) -> dict:
    rng = random.Random(42)
    started = time.perf_counter()
    password_hash = hash_password("bench passphrase 1")  # one argon2 hash, reused
    text = consent_text("en")
    with database.transaction() as session:
        clinic = accounts.create_clinic(session, name="Bench clinic", slug="bench")
        clinician = User(
            email="clinician@bench.example",
            password_hash=password_hash,
            role="clinician",
            display_name="Dr Bench",
            clinic_id=clinic.id,
        )
        session.add(clinician)
        session.flush()
        client_ids: list[uuid.UUID] = []
        for n in range(clients):
            client = User(
                email=f"client{n}@bench.example",
                password_hash=password_hash,
                role="client",
                display_name=f"Client {n}",
                clinic_id=clinic.id,
                timezone="Europe/Madrid",
            )
            session.add(client)
            session.flush()
            client_ids.append(client.id)
            session.add(
                ClinicianClientLink(
                    clinician_id=clinician.id,
                    client_id=client.id,
                    status="active",
                    activated_at=now - timedelta(days=400),
                )
            )
            session.add(
                Consent(
                    client_id=client.id,
                    version=1,
                    share_measures=True,
                    share_summaries=True,
                    share_transcripts=False,
                    share_journal=False,
                    text_version=text.version,
                    text_sha256=text.sha256,
                    text_language="en",
                )
            )
        session.flush()
        for client_id in client_ids:
            base = rng.uniform(3.5, 7.0)
            checkins = []
            for day in range(365):
                at = now - timedelta(days=day, hours=rng.uniform(0, 10))
                checkins.append(
                    {
                        "id": uuid.uuid4(),
                        "client_id": client_id,
                        "mood": max(0, min(10, round(rng.gauss(base, 1.5)))),
                        "emotions": rng.sample(EMOTIONS, rng.randint(0, 3)),
                        "energy": rng.randint(0, 10),
                        "sleep_hours": round(rng.uniform(4, 9), 1),
                        "sleep_quality": rng.randint(0, 4),
                        "note": "Slept badly, walked a bit." if day % 3 == 0 else None,
                        "activity": None,
                        "source": "web",
                        "created_at": at,
                    }
                )
            session.execute(insert(CheckIn), checkins)
            responses = []
            severity = rng.randint(0, 2)
            for fortnight in range(26):
                at = now - timedelta(days=14 * fortnight + 1, hours=3)
                for instrument, items in (("phq9", 9), ("gad7", 7)):
                    answers = [min(3, max(0, severity + rng.randint(-1, 1))) for _ in range(items)]
                    if instrument == "phq9":
                        answers[-1] = 0
                    result = score(instrument, answers)
                    responses.append(
                        {
                            "id": uuid.uuid4(),
                            "client_id": client_id,
                            "instrument": instrument,
                            "answers": answers,
                            "total": result.total,
                            "severity": result.severity,
                            "item9_positive": False,
                            "locale": "en",
                            "source": "web",
                            "created_at": at,
                        }
                    )
            session.execute(insert(QuestionnaireResponse), responses)
        clinician_cookie = accounts.start_web_session(
            session, user=clinician, settings=settings
        ).cookie_value
        client_cookies = {
            client_id: accounts.start_web_session(
                session, user=session.get_one(User, client_id), settings=settings
            ).cookie_value
            for client_id in client_ids
        }
    return {
        "client_ids": client_ids,
        "clinician_cookie": clinician_cookie,
        "client_cookies": client_cookies,
        "seconds": time.perf_counter() - started,
    }


def time_requests(
    http: TestClient, requests: list[tuple[str, str]]
) -> tuple[list[float], list[float]]:
    """Wall-clock and process CPU milliseconds per request (CPU shows the app's own cost when a
    busy machine inflates the wall clock)."""
    wall, cpu = [], []
    for cookie, url in requests:
        http.cookies.clear()
        http.cookies.set(SESSION_COOKIE, cookie)
        start, start_cpu = time.perf_counter(), time.process_time()
        response = http.get(url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
    return wall, cpu


def _db_megabytes(root: Path) -> float:
    return sum(p.stat().st_size for p in root.glob("bench.db*")) / 1e6


def main() -> None:
    parser = size_parser(
        __doc__.splitlines()[0], requests=200, requests_help="requests per view per run"
    )
    args = parser.parse_args()

    root, settings, database = temp_app("tandem-measures-bench-")
    now = datetime.now(UTC)
    seeded = seed(database, settings, args.clients, now)
    print(
        f"seeded {args.clients} clients x (365 check-ins + 52 questionnaires) "
        f"in {seeded['seconds']:.1f} s; db {_db_megabytes(root):.1f} MB"
    )
    app = create_app(settings, database)
    rng = random.Random(7)
    ids = seeded["client_ids"]
    views = {
        "client /progress?days=90": lambda cid: (
            seeded["client_cookies"][cid],
            "/progress?days=90",
        ),
        "client /progress?days=30": lambda cid: (
            seeded["client_cookies"][cid],
            "/progress?days=30",
        ),
        "clinician /clinic/clients/{id}/trends?days=90": lambda cid: (
            seeded["clinician_cookie"],
            f"/clinic/clients/{cid}/trends?days=90",
        ),
    }
    results: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in views}
    load_before = os.getloadavg()[0]
    with TestClient(app, base_url="http://bench") as http:
        for make in views.values():  # warm-up: imports, template compilation, caches
            time_requests(http, [make(cid) for cid in ids[:5]])
        for _ in range(args.runs):
            for name, make in views.items():
                batch = [make(rng.choice(ids)) for _ in range(args.requests)]
                wall, cpu = time_requests(http, batch)
                results[name].append(
                    (
                        percentile(wall, 0.5),
                        percentile(wall, 0.95),
                        percentile(cpu, 0.5),
                        percentile(cpu, 0.95),
                    )
                )
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite file (WAL); load average "
        f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print(f"{args.runs} runs x {args.requests} requests per view; medians over runs:")
    ok = True
    for name, per_run in results.items():
        p50, p95, cpu50, cpu95 = (statistics.median(r[i] for r in per_run) for i in range(4))
        ok &= p95 < BUDGET_P95_MS
        print(
            f"  {name:46s} wall p50 {p50:6.1f} ms  p95 {p95:6.1f} ms   "
            f"cpu p50 {cpu50:5.1f} ms  p95 {cpu95:5.1f} ms"
        )
    print(f"budget p95 < {BUDGET_P95_MS:.0f} ms: {'met' if ok else 'NOT met'}")
    database.dispose()


if __name__ == "__main__":
    main()
