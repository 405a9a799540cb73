"""`tandem worker`: runs the escalation timers, the notification outbox and questionnaire
reminders.

Any number of workers may run against one PostgreSQL database (see ``escalation`` for the exact
delivery guarantee); with SQLite, one is enough. SIGTERM and Ctrl-C finish the current pass and
exit cleanly, so a deploy never cuts a notification in half.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

import typer

from tandem.clinic.escalation import RunReport, run_once, worker_identity
from tandem.core.database import Database
from tandem.core.notifications import (
    Notifier,
    email_notifier_from_settings,
    notifier_from_settings,
)
from tandem.core.settings import Settings, get_settings
from tandem.measures.schedule import send_due_reminders

log = logging.getLogger("tandem.worker")


def run_forever(
    database: Database,
    *,
    notifier: Notifier,
    settings: Settings,
    interval: float,
    stop: threading.Event,
    once: bool = False,
    reminder_notifier: Notifier | None = None,
) -> int:
    """Run passes until ``stop`` is set; returns the number of passes made.

    ``notifier`` carries alert notifications (email and webhooks); ``reminder_notifier`` carries
    questionnaire reminders to clients, by email only (by default from ``settings``).
    """
    worker_id = worker_identity()
    if reminder_notifier is None:
        reminder_notifier = email_notifier_from_settings(settings)
    passes = 0
    while not stop.is_set():
        try:
            report = run_once(
                database,
                notifier=notifier,
                base_url=settings.base_url,
                webhook_url=settings.alert_webhook_url,
                worker_id=worker_id,
            )
            _log_report(report)
            _send_questionnaire_reminders(
                database, notifier=reminder_notifier, base_url=settings.base_url
            )
        except Exception:  # a database hiccup must not kill the worker; try again next pass
            log.exception("worker pass failed")
        passes += 1
        if once:
            break
        stop.wait(interval)
    return passes


def _send_questionnaire_reminders(database: Database, *, notifier: Notifier, base_url: str) -> None:
    """Questionnaires the clinician scheduled that are now due: one reminder per due period."""
    with database.transaction() as session:
        run = send_due_reminders(session, notifier=notifier, base_url=base_url)
    if run.sent or run.failed:
        log.info("questionnaire reminders: %d sent, %d failed", run.sent, run.failed)


def _log_report(report: RunReport) -> None:
    if report.did_something:
        log.info(
            "announced=%d escalated=%d digests=%d planned=%d sent=%d retrying=%d failed=%d",
            report.announced,
            report.escalated,
            report.digests,
            report.planned,
            report.sent,
            report.retrying,
            report.failed,
        )


def worker(
    once: bool = typer.Option(False, "--once", help="Make one pass and exit (cron, tests)."),
    interval: float | None = typer.Option(
        None, help="Seconds between passes (default TANDEM_WORKER_INTERVAL_SECONDS, 15)."
    ),
) -> None:
    """Run alert escalation, on-call routing, daily digests and notification delivery."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    database = Database.from_settings(settings)
    stop = threading.Event()

    def _stop(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d received: finishing the current pass", signum)
        stop.set()

    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    every = interval if interval is not None else settings.worker_interval_seconds
    log.info("worker started: %s, every %.1f s", "one pass" if once else "running", every)
    try:
        passes = run_forever(
            database,
            notifier=notifier_from_settings(settings),
            settings=settings,
            interval=every,
            stop=stop,
            once=once,
            reminder_notifier=email_notifier_from_settings(settings),
        )
        log.info("worker stopped after %d pass(es)", passes)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        database.dispose()
