"""A lived-in demo practice: weeks of history for the demo clients, written through the services.

``seed_lived_in`` is called once by ``tandem.cli.demo.seed_demo`` (which makes it idempotent).
Everything goes through the real services (check-ins, questionnaires, plans, safety plans, the
safety engine's alerts) so the rows are valid and encrypted like any other; only the chat history
and usage days are written as rows, with the labels the companion would have put on them, so the
demo does not depend on the dialogue engine's wording.

The story, as of ``now``:
- Alex (shares everything): improving over six weeks (PHQ-9 17 → 5), practising box breathing and
  thought records, an acknowledged alert from three weeks ago, a session tomorrow with notes.
- Sam (measures only): worsening (PHQ-9 8 → 18), an open moderate alert from this morning.
- Lucía (Spanish, measures and summaries): inactive for ten days after a steady month.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from tandem.accounts.models import Clinic, User
from tandem.companion.models import ChatMessage, SessionNote, UsageDay
from tandem.measures import service as measures
from tandem.plans import service as plans
from tandem.plans.schemas import ContactIn, HomeworkIn, PlanUpdate, SafetyPlanUpdate, TechniqueIn
from tandem.safety import service as safety
from tandem.safety.assessment import Assessment, Evidence, RiskLevel

DAYS = 42


def _risk(db: Session, client: User, level: RiskLevel, text: str, at: datetime):  # type: ignore[no-untyped-def]
    assessment = Assessment(
        level=level,
        categories=("ideation",),
        evidence=(Evidence(0, len(text), text, "demo-ideation", "ideation", level),),
    )
    message = ChatMessage(
        id=uuid.uuid4(),
        client_id=client.id,
        role="client",
        text=text,
        created_at=at,
        risk_level=level.label,
        categories=["ideation"],
    )
    db.add(message)
    db.flush()
    return safety.record_assessment(
        db,
        client=client,
        assessment=assessment,
        source="chat",
        source_id=str(message.id),
        excerpt=text,
        now=at,
    )


def _phq9(total: int) -> list[int]:
    """Nine answers adding up to ``total``, item 9 always 0 (no item-9 loop in the demo)."""
    answers = [0] * 9
    for i in range(total):
        answers[i % 8] += 1
    return answers


def _gad7(total: int) -> list[int]:
    answers = [0] * 7
    for i in range(total):
        answers[i % 7] += 1
    return answers


def _scores(
    db: Session, client: User, phq9: list[int], gad7: list[int], start: datetime, every: int
) -> None:
    for i, (p, g) in enumerate(zip(phq9, gad7, strict=True)):
        at = start + timedelta(days=i * every, hours=1)
        measures.submit_questionnaire(
            db, client=client, instrument_id="phq9", answers=_phq9(p), source="web", now=at
        )
        measures.submit_questionnaire(
            db,
            client=client,
            instrument_id="gad7",
            answers=_gad7(g),
            source="web",
            now=at + timedelta(minutes=5),
        )


def _checkins(db: Session, client: User, moods: list[int], end: datetime) -> None:
    for i, mood in enumerate(moods):
        at = end - timedelta(days=len(moods) - 1 - i, hours=2)
        measures.create_checkin(db, client=client, mood=mood, source="web", now=at)


def _chat(
    db: Session, client: User, at: datetime, turns: list[tuple[str, str, str | None, str | None]]
) -> None:
    for i, (role, text, action, skill) in enumerate(turns):
        db.add(
            ChatMessage(
                id=uuid.uuid4(),
                client_id=client.id,
                role=role,
                text=text,
                created_at=at + timedelta(minutes=i),
                action=action,
                skill=skill,
                categories=[],
            )
        )


def _local_hour(client: User, now: datetime, *, days: int, hour: int) -> datetime:
    """``hour`` o'clock ``days`` from today in the client's own time zone, as UTC: "tomorrow"
    must mean the client's tomorrow whatever the UTC date is when the demo is seeded."""
    local = (now.astimezone(client.zone) + timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )
    return local.astimezone(UTC)


def _alex(db: Session, clinician: User, alex: User, now: datetime) -> None:
    start = now - timedelta(days=DAYS)
    moods = [
        max(2, min(8, 3 + (i * 5) // DAYS + (1 if i % 5 == 0 else 0) - (1 if i % 7 == 3 else 0)))
        for i in range(DAYS)
    ]
    _checkins(db, alex, moods, now - timedelta(hours=1))
    _scores(db, alex, [17, 14, 11, 5], [14, 11, 9, 5], start, 13)
    sessions = [_local_hour(alex, now, days=-d, hour=10) for d in (35, 28, 21, 14, 7)]
    sessions.append(_local_hour(alex, now, days=1, hour=10))  # tomorrow, in Alex's own calendar
    plans.save_plan(
        db,
        author=clinician,
        client_id=alex.id,
        now=start,
        update=PlanUpdate(
            base_version=0,
            goals=["Sleep through most nights", "Notice anxious thoughts before they spiral"],
            techniques=[
                TechniqueIn(skill_id="box_breathing", frequency="daily", note="Before bed"),
                TechniqueIn(skill_id="thought_record", frequency="twice a week"),
            ],
            homework=[
                HomeworkIn(
                    title="Write one thought record after a hard moment",
                    skill_id="thought_record",
                    target_count=2,
                    due=(now + timedelta(days=1)).date(),
                ),
            ],
            clinician_notes="Responds well to concrete, short exercises.",
            contraindicated_skills=["tipp"],
            sessions=sessions,
        ),
    )
    plans.save_safety_plan(
        db,
        author=clinician,
        client_id=alex.id,
        now=start + timedelta(days=1),
        update=SafetyPlanUpdate(
            base_version=0,
            warning_signs=["Not sleeping for two nights", "Cancelling plans with friends"],
            coping_strategies=["Box breathing", "A walk around the block"],
            distractions=[ContactIn(name="The climbing gym")],
            help_contacts=[ContactIn(name="My sister Dana", phone="555-0142")],
            professionals=[ContactIn(name="Dr. Ana Rivera", phone="555-0100")],
            environment_safety=["Keep medication with Dana for now"],
            reasons_for_living=["My dog, Biscuit", "Finishing my degree"],
        ),
    )
    for d in range(1, 14):
        if d % 3 != 0:
            plans.record_practice(
                db,
                client_id=alex.id,
                skill_id="box_breathing",
                source="companion",
                at=now - timedelta(days=d, hours=3),
            )
    for d in (2, 5):
        plans.record_practice(
            db,
            client_id=alex.id,
            skill_id="thought_record",
            source="companion",
            at=now - timedelta(days=d, hours=4),
        )
    _chat(
        db,
        alex,
        now - timedelta(days=5, hours=4),
        [
            ("client", "I got stuck in my head again about the presentation", None, None),
            (
                "companion",
                "That sounds heavy. Would a thought record help to look at it together?",
                "offer_skill",
                None,
            ),
            ("client", "Yes", None, None),
            ("companion", "What was the situation, in a sentence?", "skill_step", "thought_record"),
        ],
    )
    _chat(
        db,
        alex,
        now - timedelta(days=2, hours=5),
        [
            ("client", "Can't sleep, help me breathe", None, None),
            (
                "companion",
                "We'll breathe in a square: in for 4, hold for 4, out for 4, hold for 4.",
                "skill_step",
                "box_breathing",
            ),
            ("client", "Should I ask about changing my sleeping tablets?", None, None),
            (
                "companion",
                "That's one for your therapist or doctor. Would you like me to add it to "
                "your notes for next session?",
                "handover",
                None,
            ),
            ("client", "yes please", None, None),
            (
                "companion",
                "Done, I've added that to your notes for your next session.",
                "collect_note",
                None,
            ),
        ],
    )
    db.add(
        SessionNote(
            client_id=alex.id,
            text="Ask about changing my sleeping tablets",
            source="chat",
            created_at=now - timedelta(days=2, hours=5),
        )
    )
    db.add(
        SessionNote(
            client_id=alex.id,
            text="The presentation went better than I feared",
            source="chat",
            created_at=now - timedelta(days=1, hours=6),
        )
    )
    for d in range(0, 10):
        day = (now - timedelta(days=d)).date()
        db.add(
            UsageDay(
                client_id=alex.id,
                day=day,
                minutes=12.0 + d % 4,
                messages=6,
                late_night_messages=1 if d in (1, 2, 4) else 0,
                last_message_at=now - timedelta(days=d, hours=2),
            )
        )
    recorded = _risk(
        db,
        alex,
        RiskLevel.MODERATE,
        "Some nights I think everyone would be better off without me",
        now - timedelta(days=21, hours=3),
    )
    if recorded is not None and recorded.alert is not None:
        safety.acknowledge_alert(
            db,
            clinician=clinician,
            alert_id=recorded.alert.id,
            action="contacted_client",
            note="Called Alex the same evening; reviewed the safety plan together.",
            now=now - timedelta(days=21, hours=1),
        )


def _sam(db: Session, clinician: User, sam: User, now: datetime) -> None:
    start = now - timedelta(days=DAYS)
    moods = [max(1, 6 - (i * 4) // DAYS - (1 if i % 6 == 2 else 0)) for i in range(DAYS)]
    _checkins(db, sam, moods, now - timedelta(hours=5))
    _scores(db, sam, [8, 11, 18], [7, 9, 14], start, 19)
    plans.save_plan(
        db,
        author=clinician,
        client_id=sam.id,
        now=start,
        update=PlanUpdate(
            base_version=0,
            goals=["Get back to one activity a week"],
            techniques=[TechniqueIn(skill_id="behavioural_activation", frequency="twice a week")],
            sessions=[_local_hour(sam, now, days=6, hour=10)],
        ),
    )
    _risk(
        db,
        sam,
        RiskLevel.MODERATE,
        "I don't see the point of anything any more, I keep thinking about dying",
        now - timedelta(hours=3),
    )


def _lucia(db: Session, clinician: User, lucia: User, now: datetime) -> None:
    moods = [5 + (i % 3 == 0) for i in range(20)]
    _checkins(db, lucia, moods, now - timedelta(days=10))
    _scores(db, lucia, [11, 10], [12, 10], now - timedelta(days=30), 14)
    _chat(
        db,
        lucia,
        now - timedelta(days=11),
        [
            ("client", "No puedo dormir, le doy vueltas a todo", None, None),
            (
                "companion",
                "Vamos a respirar en forma de cuadrado: inhala en 4, sostén 4, "
                "exhala en 4, sostén 4.",
                "skill_step",
                "box_breathing",
            ),
        ],
    )
    db.add(
        UsageDay(
            client_id=lucia.id,
            day=(now - timedelta(days=11)).date(),
            minutes=9.0,
            messages=2,
            last_message_at=now - timedelta(days=11),
        )
    )


def seed_lived_in(
    session: Session, *, clinic: Clinic, clinician: User, clients: dict[str, User], now: datetime
) -> None:
    """Weeks of history for the demo clients (keys ``alex``, ``sam``, ``lucia``; others ignored)."""
    by_name = {name.casefold().replace("í", "i"): user for name, user in clients.items()}
    if "alex" in by_name:
        _alex(session, clinician, by_name["alex"], now)
    if "sam" in by_name:
        _sam(session, clinician, by_name["sam"], now)
    if "lucia" in by_name:
        _lucia(session, clinician, by_name["lucia"], now)
    session.flush()
