"""Questionnaire schedules set by clinicians, what is due for a client, and reminders.

A schedule says "PHQ-9 every 14 days" for one client. ``next_due_at`` is when the next one is
wanted: when the schedule is set, it is the last response plus the interval (or now, if there is
none or that moment has passed); each response moves it to the response time plus the interval.
A questionnaire is due while ``next_due_at`` has passed.

Reminders: the client home shows what is due (``due_questionnaires``, computed, nothing stored).
``send_due_reminders`` is the worker's job for email: at most one reminder per schedule and due
period, enforced by a unique key in the database, so retries and several workers never send twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import get_readable_client
from tandem.accounts.streams import Stream
from tandem.audit.service import record_event
from tandem.core.errors import InvalidInput
from tandem.core.models import utcnow
from tandem.core.notifications import Notification, NotificationError, Notifier
from tandem.measures.instruments import load_instrument
from tandem.measures.models import QuestionnaireResponse, QuestionnaireSchedule, Reminder
from tandem.measures.scoring import SCORED_INSTRUMENTS

MIN_EVERY_DAYS = 1
MAX_EVERY_DAYS = 365


@dataclass(frozen=True)
class ScheduleSpec:
    instrument: str
    every_days: int
    active: bool = True


@dataclass(frozen=True)
class DueQuestionnaire:
    instrument_id: str
    name: str
    title: str
    due_at: datetime
    every_days: int
    schedule_id: uuid.UUID

    @property
    def url(self) -> str:
        return f"/questionnaires/{self.instrument_id}"


def _last_response_at(
    session: Session, *, client_id: uuid.UUID, instrument_id: str
) -> datetime | None:
    return session.scalar(
        select(QuestionnaireResponse.created_at)
        .where(
            QuestionnaireResponse.client_id == client_id,
            QuestionnaireResponse.instrument == instrument_id,
        )
        .order_by(QuestionnaireResponse.created_at.desc())
        .limit(1)
    )


def _validate(specs: Sequence[ScheduleSpec]) -> None:
    seen: set[str] = set()
    for index, spec in enumerate(specs):
        if spec.instrument not in SCORED_INSTRUMENTS:
            raise InvalidInput(
                f"Schedules exist for {', '.join(SCORED_INSTRUMENTS)}, not {spec.instrument!r}.",
                details=[
                    {
                        "loc": ["schedules", str(index), "instrument"],
                        "message": "unknown",
                        "type": "enum",
                    }
                ],
            )
        if spec.instrument in seen:
            raise InvalidInput(f"{spec.instrument} is listed twice.")
        seen.add(spec.instrument)
        if (
            isinstance(spec.every_days, bool)
            or not isinstance(spec.every_days, int)
            or not MIN_EVERY_DAYS <= spec.every_days <= MAX_EVERY_DAYS
        ):
            raise InvalidInput(
                f"every_days must be a whole number from {MIN_EVERY_DAYS} to {MAX_EVERY_DAYS}.",
                details=[
                    {
                        "loc": ["schedules", str(index), "every_days"],
                        "message": "range",
                        "type": "out_of_range",
                    }
                ],
            )


def schedules_for_client(
    session: Session, *, client_id: uuid.UUID, active_only: bool = False
) -> list[QuestionnaireSchedule]:
    query = select(QuestionnaireSchedule).where(QuestionnaireSchedule.client_id == client_id)
    if active_only:
        query = query.where(QuestionnaireSchedule.active.is_(True))
    return list(session.scalars(query.order_by(QuestionnaireSchedule.instrument)))


def set_schedules(
    session: Session,
    *,
    clinician: User,
    client_id: uuid.UUID,
    schedules: Sequence[ScheduleSpec],
    ip: str | None = None,
    now: datetime | None = None,
) -> list[QuestionnaireSchedule]:
    """Replace the client's schedules with ``schedules`` (instruments left out are switched off).

    Through the scoping function with the MEASURES stream: a clinician schedules only what the
    client shares with them, since they could not see the answers otherwise.
    """
    access = get_readable_client(
        session, viewer=clinician, client_id=client_id, stream=Stream.MEASURES, ip=ip
    )
    _validate(schedules)
    now = now or utcnow()
    existing = {s.instrument: s for s in schedules_for_client(session, client_id=client_id)}
    wanted = {spec.instrument: spec for spec in schedules}
    for instrument_id, spec in wanted.items():
        last = _last_response_at(session, client_id=client_id, instrument_id=instrument_id)
        next_due = max(now, last + timedelta(days=spec.every_days)) if last else now
        schedule = existing.get(instrument_id)
        if schedule is None:
            schedule = QuestionnaireSchedule(
                client_id=access.client.id,
                instrument=instrument_id,
                every_days=spec.every_days,
                next_due_at=next_due,
                created_by=clinician.id,
                active=spec.active,
                created_at=now,
                updated_at=now,
            )
            session.add(schedule)
        else:
            if schedule.every_days != spec.every_days or schedule.active != spec.active:
                # A new interval, or a schedule switched back on, counts from the last answer.
                if schedule.every_days != spec.every_days or spec.active:
                    schedule.next_due_at = next_due
                schedule.every_days = spec.every_days
                schedule.active = spec.active
                schedule.created_by = clinician.id
                schedule.updated_at = now
    for instrument_id, schedule in existing.items():
        if instrument_id not in wanted and schedule.active:
            schedule.active = False
            schedule.updated_at = now
    session.flush()
    record_event(
        session,
        action="measures.schedules_set",
        actor_id=clinician.id,
        actor_role=clinician.role,
        subject_id=client_id,
        object_type="questionnaire_schedules",
        detail={
            "schedules": {
                spec.instrument: {"every_days": spec.every_days, "active": spec.active}
                for spec in schedules
            }
        },
        ip=ip,
    )
    return schedules_for_client(session, client_id=client_id)


def clinician_schedules(
    session: Session, *, clinician: User, client_id: uuid.UUID, ip: str | None = None
) -> list[QuestionnaireSchedule]:
    get_readable_client(
        session, viewer=clinician, client_id=client_id, stream=Stream.MEASURES, ip=ip
    )
    return schedules_for_client(session, client_id=client_id)


def advance_schedule(
    session: Session, *, client_id: uuid.UUID, instrument_id: str, answered_at: datetime
) -> None:
    """A response was given: the next one is due one interval later."""
    schedule = session.scalar(
        select(QuestionnaireSchedule).where(
            QuestionnaireSchedule.client_id == client_id,
            QuestionnaireSchedule.instrument == instrument_id,
        )
    )
    if schedule is not None:
        schedule.next_due_at = answered_at + timedelta(days=schedule.every_days)
        session.flush()


def due_questionnaires(
    session: Session, *, client: User, now: datetime | None = None
) -> list[DueQuestionnaire]:
    """What the client should fill in now ("PHQ-9 is due"), oldest due first."""
    now = now or utcnow()
    language = (client.locale or "en").split("-")[0]
    due = []
    for schedule in session.scalars(
        select(QuestionnaireSchedule)
        .where(
            QuestionnaireSchedule.client_id == client.id,
            QuestionnaireSchedule.active.is_(True),
            QuestionnaireSchedule.next_due_at <= now,
        )
        .order_by(QuestionnaireSchedule.next_due_at)
    ):
        instrument = load_instrument(schedule.instrument)
        due.append(
            DueQuestionnaire(
                instrument_id=schedule.instrument,
                name=instrument.name,
                title=instrument.title.get(language),
                due_at=schedule.next_due_at,
                every_days=schedule.every_days,
                schedule_id=schedule.id,
            )
        )
    return due


# --- reminders -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderRun:
    sent: int
    already_sent: int
    failed: int


REMINDER_KIND = "questionnaire_reminder"
REMINDER_SUBJECT = {
    "en": "A check-in questionnaire is waiting for you in Tandem",
    "es": "Tienes un cuestionario pendiente en Tandem",
}
REMINDER_BODY = {
    "en": (
        "Hello {name},\n\nYour clinician asked you to fill in a short questionnaire. It takes "
        "a few minutes:\n{url}\n\nIf you are in crisis, call your local emergency number.\n"
    ),
    "es": (
        "Hola, {name}:\n\nTu profesional te pidió completar un cuestionario breve. Lleva unos "
        "minutos:\n{url}\n\nSi estás en crisis, llama al número de emergencias de tu zona.\n"
    ),
}


def send_due_reminders(
    session: Session,
    *,
    notifier: Notifier,
    now: datetime | None = None,
    base_url: str = "",
) -> ReminderRun:
    """Email each client once per due period of each active schedule (the worker calls this).

    The reminder row is written in a savepoint before sending: a unique (schedule, due_at,
    channel) key means a second run, or a second worker, finds it and skips. If sending fails
    the row is rolled back so the next run tries again.

    ``notifier`` should deliver by email only (``email_notifier_from_settings``): reminders go to
    clients, never to the clinic's alert webhooks. They say only that a questionnaire is waiting:
    never a score, an answer or the questionnaire's clinical name.
    """
    now = now or utcnow()
    sent = already = failed = 0
    rows = session.execute(
        select(QuestionnaireSchedule, User)
        .join(User, User.id == QuestionnaireSchedule.client_id)
        .where(
            QuestionnaireSchedule.active.is_(True),
            QuestionnaireSchedule.next_due_at <= now,
            User.is_active.is_(True),
        )
        .order_by(QuestionnaireSchedule.next_due_at)
    ).all()
    for schedule, client in rows:
        exists = session.scalar(
            select(Reminder.id).where(
                Reminder.schedule_id == schedule.id,
                Reminder.due_at == schedule.next_due_at,
                Reminder.channel == "email",
            )
        )
        if exists is not None:
            already += 1
            continue
        language = "es" if (client.locale or "").startswith("es") else "en"
        url = f"{base_url.rstrip('/')}/questionnaires/{schedule.instrument}"
        savepoint = session.begin_nested()
        try:
            reminder = Reminder(
                schedule_id=schedule.id,
                client_id=client.id,
                instrument=schedule.instrument,
                due_at=schedule.next_due_at,
                channel="email",
                sent_at=now,
            )
            session.add(reminder)
            session.flush()
        except IntegrityError:
            savepoint.rollback()
            already += 1
            continue
        try:
            notifier.send(
                Notification(
                    to=client.email,
                    subject=REMINDER_SUBJECT[language],
                    body=REMINDER_BODY[language].format(name=client.display_name, url=url),
                    kind=REMINDER_KIND,
                    link=url,
                )
            )
        except NotificationError:
            savepoint.rollback()
            failed += 1
            continue
        savepoint.commit()
        sent += 1
        record_event(
            session,
            action="measures.reminder_sent",
            actor_role="system",
            subject_id=client.id,
            object_type="measure_reminder",
            object_id=str(reminder.id),
            detail={"instrument": schedule.instrument, "channel": "email"},
        )
    return ReminderRun(sent=sent, already_sent=already, failed=failed)
