"""`tandem worker`: passes, clean stop on SIGTERM, and the command's --once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tandem.accounts.streams import Stream
from tandem.clinic.worker import run_forever
from tandem.core.database import Database
from tandem.core.models import utcnow
from tandem.core.notifications import (
    NullNotifier,
    SmtpNotifier,
    email_notifier_from_settings,
)
from tandem.core.settings import Settings
from tandem.measures.schedule import ScheduleSpec, set_schedules
from tandem.safety.assessment import RiskLevel
from tandem.web.model_registry import metadata
from tests.clinic.test_escalation import configure_on_call, raise_risk
from tests.conftest import TEST_KEY
from tests.factories.accounts import linked_pair

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def fresh(tmp_path: Path) -> tuple[Database, Settings]:
    url = f"sqlite:///{tmp_path / 'worker.db'}"
    database = Database(url)
    metadata.create_all(database.engine)
    settings = Settings(
        env="test", var_dir=tmp_path, database_url=url, base_url="https://t.example"
    )
    return database, settings


def test_one_pass_announces_a_committed_alert(fresh: tuple[Database, Settings]) -> None:
    database, settings = fresh
    with database.transaction() as session:
        pair = linked_pair(session)
        configure_on_call(pair.clinician.clinic, session)
        raise_risk(session, pair.client, RiskLevel.HIGH, utcnow())
        email = pair.clinician.email
    notifier = NullNotifier()
    passes = run_forever(
        database,
        notifier=notifier,
        settings=settings,
        interval=60,
        stop=threading.Event(),
        once=True,
    )
    assert passes == 1
    assert sorted(n.kind for n in notifier.sent) == ["alert_new", "alert_on_call"]
    assert email in {n.to for n in notifier.sent}
    assert all(n.link == "https://t.example/clinic/alerts" for n in notifier.sent)
    database.dispose()


def test_a_pass_sends_due_questionnaire_reminders_by_email_only(
    fresh: tuple[Database, Settings],
) -> None:
    database, settings = fresh
    with database.transaction() as session:
        pair = linked_pair(session, Stream.MEASURES)
        set_schedules(
            session,
            clinician=pair.clinician,
            client_id=pair.client.id,
            schedules=[ScheduleSpec(instrument="gad7", every_days=7)],
        )
        email = pair.client.email
    alerts, reminders = NullNotifier(), NullNotifier()
    for _ in range(2):  # the second pass finds the reminder already sent
        run_forever(
            database,
            notifier=alerts,
            settings=settings,
            interval=60,
            stop=threading.Event(),
            once=True,
            reminder_notifier=reminders,
        )
    assert alerts.sent == []
    assert [(n.to, n.kind) for n in reminders.sent] == [(email, "questionnaire_reminder")]
    assert "https://t.example/questionnaires/gad7" in reminders.sent[0].body
    database.dispose()


def test_reminders_use_email_only_never_the_alert_webhooks(
    fresh: tuple[Database, Settings],
) -> None:
    _database, settings = fresh
    assert isinstance(email_notifier_from_settings(settings), NullNotifier)
    with_smtp = settings.model_copy(update={"smtp_host": "mail.example", "smtp_port": 2525})
    email = email_notifier_from_settings(with_smtp)
    assert isinstance(email, SmtpNotifier) and (email.host, email.port) == ("mail.example", 2525)


def test_stop_ends_the_loop_without_waiting_out_the_interval(
    fresh: tuple[Database, Settings],
) -> None:
    database, settings = fresh
    stop = threading.Event()
    result: list[int] = []
    thread = threading.Thread(
        target=lambda: result.append(
            run_forever(
                database, notifier=NullNotifier(), settings=settings, interval=30, stop=stop
            )
        )
    )
    thread.start()
    time.sleep(0.3)
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive() and result == [1]
    database.dispose()


def _worker_process(database_url: str, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "TANDEM_DATABASE_URL": database_url,
        "TANDEM_ENV": "test",
        "TANDEM_ENCRYPTION_KEYS": TEST_KEY,
        "PYTHONUNBUFFERED": "1",
    }
    code = "import typer; from tandem.clinic.worker import worker; typer.run(worker)"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigterm_stops_the_worker_cleanly(fresh: tuple[Database, Settings]) -> None:
    database, _settings = fresh
    process = _worker_process(database.url, "--interval", "0.2")
    assert process.stderr is not None
    started = process.stderr.readline()  # handlers are installed before this line is logged
    assert "worker started" in started, started
    time.sleep(0.5)
    assert process.poll() is None
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "signal 15 received" in err and "worker stopped after" in err
    database.dispose()


def test_once_makes_a_single_pass_and_exits(fresh: tuple[Database, Settings]) -> None:
    database, _settings = fresh
    with database.transaction() as session:
        pair = linked_pair(session)
        raise_risk(session, pair.client, RiskLevel.MODERATE, utcnow())
    process = _worker_process(database.url, "--once")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "worker stopped after 1 pass(es)" in err
    assert "announced=1" in err and "sent=1" in err
    database.dispose()
