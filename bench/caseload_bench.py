"""The caseload page at 200 clients, each with a year of daily data.

Seeds a temporary SQLite file through ``measures_bench.seed`` (200 clients linked to one
clinician sharing measures and summaries; a year of daily check-ins and a PHQ-9 and GAD-7 every
two weeks each), adds a year of companion usage days per client and open alerts for one client
in ten, then requests ``GET /clinic/caseload`` as the clinician through the real app in process
(routing, session-cookie auth, the scoping function and its audit entry, every batched query,
200 sparklines, the template). p50/p95 per run over ``--requests`` requests; printed figures are
medians over ``--runs`` runs. Budget (DESIGN §7): p95 under 200 ms.
Run: ``.venv/bin/python bench/caseload_bench.py``.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import size_parser, temp_app  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from measures_bench import percentile, seed, time_requests  # noqa: E402
from sqlalchemy import insert  # noqa: E402

import tandem.clinic.messaging_models  # noqa: E402, F401 - the secure messages table
from tandem.accounts.models import User  # noqa: E402
from tandem.companion.models import UsageDay  # noqa: E402
from tandem.core.database import Database  # noqa: E402
from tandem.safety import service as safety  # noqa: E402
from tandem.safety.assessment import Assessment, Evidence, RiskLevel  # noqa: E402
from tandem.web.app import create_app  # noqa: E402

BUDGET_P95_MS = 200.0


def add_usage_and_alerts(database: Database, client_ids: list[uuid.UUID], now: datetime) -> None:
    rng = random.Random(3)
    with database.transaction() as session:
        for client_id in client_ids:
            rows = [
                {
                    "id": uuid.uuid4(),
                    "client_id": client_id,
                    "day": (now - timedelta(days=d)).date(),
                    "minutes": round(rng.uniform(2, 40), 1),
                    "messages": rng.randint(1, 30),
                    "late_night_messages": int(rng.random() < 0.1),
                    "nobody_else_mentions": int(rng.random() < 0.02),
                    "last_message_at": now - timedelta(days=d, hours=rng.uniform(0, 12)),
                }
                for d in range(365)
                if rng.random() < 0.7
            ]
            session.execute(insert(UsageDay), rows)
        text = "I keep thinking about ending it"
        for client_id in client_ids[::10]:
            level = rng.choice([RiskLevel.MODERATE, RiskLevel.HIGH])
            safety.record_assessment(
                session,
                client=session.get_one(User, client_id),
                assessment=Assessment(
                    level=level,
                    categories=("ideation",),
                    evidence=(Evidence(0, len(text), text, "bench", "ideation", level),),
                ),
                source="chat",
                excerpt=text,
                now=now - timedelta(hours=rng.uniform(0, 48)),
            )


def main() -> None:
    parser = size_parser(__doc__.splitlines()[0], requests=30, requests_help="requests per run")
    args = parser.parse_args()

    _root, settings, database = temp_app("tandem-caseload-bench-")
    now = datetime.now(UTC)
    seeded = seed(database, settings, args.clients, now)
    add_usage_and_alerts(database, seeded["client_ids"], now)
    print(f"seeded {args.clients} clients with a year of daily data in {seeded['seconds']:.1f} s")
    app = create_app(settings, database)
    cookie = seeded["clinician_cookie"]
    runs: list[tuple[float, float, float, float]] = []
    load_before = os.getloadavg()[0]
    with TestClient(app, base_url="http://bench") as http:
        time_requests(http, [(cookie, "/clinic/caseload")] * 3)  # warm-up
        for _ in range(args.runs):
            wall, cpu = time_requests(http, [(cookie, "/clinic/caseload")] * args.requests)
            runs.append(
                (
                    percentile(wall, 0.5),
                    percentile(wall, 0.95),
                    percentile(cpu, 0.5),
                    percentile(cpu, 0.95),
                )
            )
    med = [statistics.median(r[i] for r in runs) for i in range(4)]
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite file (WAL); load average "
        f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print(
        f"GET /clinic/caseload ({args.clients} clients), {args.runs} runs x {args.requests} "
        f"requests, medians over runs: p50 {med[0]:.1f} ms, p95 {med[1]:.1f} ms wall; "
        f"p50 {med[2]:.1f} ms, p95 {med[3]:.1f} ms CPU; budget p95 < {BUDGET_P95_MS:.0f} ms: "
        f"{'met' if med[1] < BUDGET_P95_MS else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
