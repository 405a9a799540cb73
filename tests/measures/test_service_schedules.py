"""Schedules, due questionnaires and reminder idempotency with the null notifier."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts import service as accounts
from tandem.accounts.streams import Stream
from tandem.core.errors import InvalidInput, NotFound, NotShared
from tandem.core.notifications import Notification, NotificationError, NullNotifier
from tandem.measures import schedule
from tandem.measures.models import Reminder
from tests.factories.accounts import give_consent, linked_pair, make_clinician
from tests.factories.measures import phq9, submit

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
PHQ9_EVERY_14 = [schedule.ScheduleSpec(instrument="phq9", every_days=14)]


def test_a_new_schedule_is_due_at_once_and_a_response_moves_it_on(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    rows = schedule.set_schedules(
        db, clinician=pair.clinician, client_id=pair.client.id, schedules=PHQ9_EVERY_14, now=NOW
    )
    assert [(r.instrument, r.every_days, r.active) for r in rows] == [("phq9", 14, True)]
    due = schedule.due_questionnaires(db, client=pair.client, now=NOW)
    assert [d.instrument_id for d in due] == ["phq9"] and due[0].url == "/questionnaires/phq9"
    submit(db, pair.client, phq9(base=1), at=NOW + timedelta(hours=1))
    assert schedule.due_questionnaires(db, client=pair.client, now=NOW + timedelta(days=13)) == []
    later = schedule.due_questionnaires(
        db, client=pair.client, now=NOW + timedelta(days=14, hours=1)
    )
    assert [d.instrument_id for d in later] == ["phq9"]


def test_a_schedule_counts_from_the_last_response(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    submit(db, pair.client, phq9(), at=NOW - timedelta(days=3))
    schedule.set_schedules(
        db, clinician=pair.clinician, client_id=pair.client.id, schedules=PHQ9_EVERY_14, now=NOW
    )
    assert schedule.due_questionnaires(db, client=pair.client, now=NOW) == []
    assert schedule.due_questionnaires(db, client=pair.client, now=NOW + timedelta(days=11))


def test_put_replaces_the_set_and_switches_off_what_is_left_out(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    schedule.set_schedules(
        db,
        clinician=pair.clinician,
        client_id=pair.client.id,
        schedules=[*PHQ9_EVERY_14, schedule.ScheduleSpec(instrument="gad7", every_days=7)],
        now=NOW,
    )
    rows = schedule.set_schedules(
        db,
        clinician=pair.clinician,
        client_id=pair.client.id,
        schedules=[schedule.ScheduleSpec(instrument="gad7", every_days=28)],
        now=NOW,
    )
    state = {r.instrument: (r.every_days, r.active) for r in rows}
    assert state == {"gad7": (28, True), "phq9": (14, False)}
    assert [
        d.instrument_id for d in schedule.due_questionnaires(db, client=pair.client, now=NOW)
    ] == ["gad7"]


@pytest.mark.parametrize(
    "specs",
    [
        [schedule.ScheduleSpec(instrument="bdi", every_days=14)],
        [schedule.ScheduleSpec(instrument="phq9", every_days=0)],
        [schedule.ScheduleSpec(instrument="phq9", every_days=400)],
        [*PHQ9_EVERY_14, *PHQ9_EVERY_14],
    ],
)
def test_invalid_schedules_are_refused(db: Session, specs: list) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    with pytest.raises(InvalidInput):
        schedule.set_schedules(
            db, clinician=pair.clinician, client_id=pair.client.id, schedules=specs
        )
    assert schedule.schedules_for_client(db, client_id=pair.client.id) == []


def test_schedules_go_through_the_scoping_function(db: Session) -> None:
    pair = linked_pair(db)  # measures not shared
    with pytest.raises(NotShared):
        schedule.set_schedules(
            db, clinician=pair.clinician, client_id=pair.client.id, schedules=PHQ9_EVERY_14
        )
    with pytest.raises(NotFound):
        schedule.set_schedules(
            db, clinician=make_clinician(db), client_id=pair.client.id, schedules=PHQ9_EVERY_14
        )


def test_reminders_are_sent_once_per_due_period(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    schedule.set_schedules(
        db, clinician=pair.clinician, client_id=pair.client.id, schedules=PHQ9_EVERY_14, now=NOW
    )
    notifier = NullNotifier()
    first = schedule.send_due_reminders(
        db, notifier=notifier, now=NOW, base_url="https://t.example"
    )
    again = schedule.send_due_reminders(db, notifier=notifier, now=NOW + timedelta(hours=6))
    assert (first.sent, again.sent, again.already_sent) == (1, 0, 1)
    assert len(notifier.sent) == 1
    message = notifier.sent[0]
    assert message.to == pair.client.email
    assert message.kind == "questionnaire_reminder" and not message.urgent
    assert message.subject == "A check-in questionnaire is waiting for you in Tandem"
    assert message.body.startswith(f"Hello {pair.client.display_name},")
    assert "https://t.example/questionnaires/phq9" in message.body
    assert message.link == "https://t.example/questionnaires/phq9"
    # The email never carries a score or the questionnaire's clinical name.
    assert "PHQ" not in message.subject + message.body
    # Answering moves the due date; the next period gets its own single reminder.
    submit(db, pair.client, phq9(), at=NOW + timedelta(days=1))
    assert schedule.send_due_reminders(db, notifier=notifier, now=NOW + timedelta(days=2)).sent == 0
    next_period = NOW + timedelta(days=15, hours=1)
    assert schedule.send_due_reminders(db, notifier=notifier, now=next_period).sent == 1
    assert schedule.send_due_reminders(db, notifier=notifier, now=next_period).sent == 0
    assert len(notifier.sent) == 2
    assert db.scalar(select(func.count()).select_from(Reminder)) == 2


class _BrokenNotifier:
    def send(self, notification: Notification) -> None:
        raise NotificationError("mail server down")


def test_a_failed_reminder_is_not_recorded_so_the_next_run_retries(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    schedule.set_schedules(
        db, clinician=pair.clinician, client_id=pair.client.id, schedules=PHQ9_EVERY_14, now=NOW
    )
    failed = schedule.send_due_reminders(db, notifier=_BrokenNotifier(), now=NOW)
    assert (failed.sent, failed.failed) == (0, 1)
    assert db.scalar(select(func.count()).select_from(Reminder)) == 0
    notifier = NullNotifier()
    assert schedule.send_due_reminders(db, notifier=notifier, now=NOW).sent == 1


def test_inactive_clients_get_no_reminders(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    schedule.set_schedules(
        db, clinician=pair.clinician, client_id=pair.client.id, schedules=PHQ9_EVERY_14, now=NOW
    )
    pair.client.is_active = False
    db.flush()
    assert schedule.send_due_reminders(db, notifier=NullNotifier(), now=NOW).sent == 0


def test_revoking_consent_hides_schedules_from_the_clinician_at_once(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    schedule.set_schedules(
        db, clinician=pair.clinician, client_id=pair.client.id, schedules=PHQ9_EVERY_14, now=NOW
    )
    give_consent(db, pair.client)  # shares nothing now
    with pytest.raises(NotShared):
        schedule.clinician_schedules(db, clinician=pair.clinician, client_id=pair.client.id)
    accounts.end_link(db, actor=pair.client, link_id=pair.link.id)
    with pytest.raises(NotFound):
        schedule.clinician_schedules(db, clinician=pair.clinician, client_id=pair.client.id)
