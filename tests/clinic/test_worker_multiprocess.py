"""Several worker processes and an app process on one PostgreSQL database: every notification
is sent exactly once, none twice, none dropped.

Skipped unless ``TANDEM_TEST_DATABASE_URL`` points at PostgreSQL. The test makes its own fresh
database (and drops it afterwards) because the processes commit for real.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from tandem.clinic.models import NotificationDelivery
from tandem.core.database import Database
from tandem.core.models import utcnow
from tandem.safety.assessment import RiskLevel
from tandem.web.model_registry import metadata
from tests.clinic.test_escalation import ON_CALL_EMAIL, configure_on_call, raise_risk
from tests.conftest import TEST_KEY
from tests.factories.accounts import link, make_client, make_clinician

PG_URL = os.environ.get("TANDEM_TEST_DATABASE_URL", "")
pytestmark = pytest.mark.skipif(
    not PG_URL.startswith("postgresql"), reason="needs TANDEM_TEST_DATABASE_URL on PostgreSQL"
)
REPO = Path(__file__).resolve().parents[2]
WORKERS = 3
SEEDED = 24  # alerts present before the workers start
LIVE = 12  # alerts the "app" process raises while the workers run

# Each worker: wait for the starting gun, then make passes until told to stop. The notifier
# appends one JSON line per message with O_APPEND, so lines from several processes never mix,
# and it sleeps a little per send so the workers' claims really overlap.
WORKER_SCRIPT = r"""
import json, os, sys, time
from tandem.clinic.escalation import run_once
from tandem.core.database import Database

class FileNotifier:
    def __init__(self, path):
        self.path = path
    def send(self, n):
        time.sleep(0.003)
        line = json.dumps({"ref": n.reference, "to": n.to, "kind": n.kind, "pid": os.getpid()})
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (line + "\n").encode())
        finally:
            os.close(fd)

database = Database(os.environ["MP_URL"])
notifier = FileNotifier(os.environ["MP_OUT"])
while not os.path.exists(os.environ["MP_GO"]):
    time.sleep(0.005)
passes = 0
while not os.path.exists(os.environ["MP_STOP"]):
    run_once(database, notifier=notifier, base_url="https://t.example")
    passes += 1
    time.sleep(0.01)
print(passes)
"""

# The app side: raise high-risk alerts for the given clients, one per transaction, as chat
# turns in several app processes would.
APP_SCRIPT = r"""
import os, sys, time, uuid
from tandem.accounts.models import User
from tandem.core.database import Database
from tandem.safety.assessment import Assessment, Evidence, RiskLevel
from tandem.safety.service import record_assessment

database = Database(os.environ["MP_URL"])
while not os.path.exists(os.environ["MP_GO"]):
    time.sleep(0.005)
for client_id in sys.argv[1:]:
    with database.transaction() as session:
        client = session.get(User, uuid.UUID(client_id))
        words = "tonight is the night"
        record_assessment(
            session,
            client=client,
            assessment=Assessment(
                level=RiskLevel.HIGH,
                categories=("ideation",),
                evidence=(Evidence(0, len(words), words, "plan", "ideation", RiskLevel.HIGH),),
            ),
            source="chat",
            excerpt=words,
        )
    time.sleep(0.02)
"""


@pytest.fixture()
def fresh_pg() -> Iterator[str]:
    name = f"tandem_mp_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _spawn(script: str, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_three_workers_send_each_notification_exactly_once(fresh_pg: str, tmp_path: Path) -> None:
    database = Database(fresh_pg)
    metadata.create_all(database.engine)
    now = utcnow()
    expected: Counter[tuple[str, str]] = Counter()
    with database.transaction() as session:
        clinician = make_clinician(session)
        configure_on_call(clinician.clinic, session)
        clinician_email = clinician.email
        live_clients: list[str] = []
        for i in range(SEEDED + LIVE):
            client = make_client(session)
            link(session, clinician, client)
            if i >= SEEDED:
                live_clients.append(str(client.id))
                continue
            if i % 3 == 0:  # high: clinician + on-call; half of them already overdue
                overdue = i % 2 == 0
                at = now - timedelta(minutes=30) if overdue else now
                alert = raise_risk(session, client, RiskLevel.HIGH, at)
                expected[(str(alert.id) if alert else "", "alert_new")] += 1
                expected[(str(alert.id) if alert else "", "alert_on_call")] += 1
                if overdue:
                    expected[(str(alert.id) if alert else "", "alert_escalated")] += 1
            else:  # moderate: the clinician only; some overdue
                overdue = i % 4 == 1
                at = now - timedelta(hours=9) if overdue else now
                alert = raise_risk(session, client, RiskLevel.MODERATE, at)
                expected[(str(alert.id) if alert else "", "alert_new")] += 1
                if overdue:
                    expected[(str(alert.id) if alert else "", "alert_escalated")] += 1

    out, go, stop = tmp_path / "sent.jsonl", tmp_path / "go", tmp_path / "stop"
    env = {
        **os.environ,
        "MP_URL": fresh_pg,
        "MP_OUT": str(out),
        "MP_GO": str(go),
        "MP_STOP": str(stop),
        "TANDEM_ENV": "test",
        "TANDEM_ENCRYPTION_KEYS": TEST_KEY,
        "TANDEM_DATABASE_URL": fresh_pg,
    }
    workers = [_spawn(WORKER_SCRIPT, env) for _ in range(WORKERS)]
    app = _spawn(APP_SCRIPT, env, *live_clients)
    time.sleep(1.5)  # let every process import and connect, then start them together
    go.touch()
    try:
        _app_out, app_err = app.communicate(timeout=120)
        assert app.returncode == 0, app_err
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with database.transaction() as session:
                unsent = session.scalar(
                    select(func.count()).where(NotificationDelivery.status != "sent")
                )
                planned = session.scalar(select(func.count()).select_from(NotificationDelivery))
            if unsent == 0 and planned == sum(expected.values()) + 2 * LIVE:
                break
            time.sleep(0.2)
        time.sleep(0.5)  # a few more racing passes with nothing left to do
    finally:
        stop.touch()
        results = [w.communicate(timeout=60) for w in workers]
    for worker, (stdout, stderr) in zip(workers, results, strict=True):
        assert worker.returncode == 0, stderr
        assert int(stdout.strip()) >= 1

    lines = [json.loads(line) for line in out.read_text().splitlines()]
    refs = Counter(line["ref"] for line in lines)
    twice = {ref: n for ref, n in refs.items() if n > 1}
    assert not twice, f"sent more than once: {twice}"

    with database.transaction() as session:
        rows = session.scalars(select(NotificationDelivery)).all()
        assert {r.status for r in rows} == {"sent"}
        assert set(refs) == {r.dedup_key for r in rows}, "a planned message was never sent"
        by_alert = Counter((str(r.alert_id), r.kind) for r in rows)
        live_ids = {
            str(alert_id)
            for (alert_id,) in session.execute(
                text("SELECT id FROM alerts WHERE client_id::text = ANY(:ids)"),
                {"ids": live_clients},
            )
        }
    # the seeded alerts got exactly what their level and lateness call for
    assert {k: v for k, v in by_alert.items() if k[0] not in live_ids} == dict(expected)
    # every alert raised while the workers ran reached the clinician and the on-call once
    assert len(live_ids) == LIVE
    for alert_id in live_ids:
        assert by_alert[(alert_id, "alert_new")] == 1
        assert by_alert[(alert_id, "alert_on_call")] == 1
    recipients = Counter((line["to"], line["kind"]) for line in lines)
    assert recipients[(ON_CALL_EMAIL, "alert_on_call")] == SEEDED // 3 + LIVE
    assert recipients[(clinician_email, "alert_new")] == SEEDED + LIVE
    # the work really was shared: more than one process sent messages
    assert len({line["pid"] for line in lines}) > 1
    database.dispose()
