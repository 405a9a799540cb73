"""Check-ins, questionnaires and the safety loop, deterioration flags, trends.

Session first, keyword-only arguments; services flush, never commit (one transaction per request).

Bad input is refused before anything is written: answers are scored (pure) first, and only a
scored submission is stored. Idempotency: a submission may carry a key (the ``Idempotency-Key``
header); the first request with a key is stored with a hash of its body; a retry with the same key
and body returns the stored result and writes nothing; the same key with another body is a 409.

The safety loop (DESIGN §3, §4): PHQ-9 item 9 above 0 raises a risk event through the safety
engine (moderate for "several days", high for "more than half the days" or "nearly every day",
category ideation, rule ``phq9-item9``), which opens the clinician alert by the safety rules, and
the result tells the caller to open the C-SSRS screener at once, with the crisis resources and the
client's safety plan. The plans domain sits above measures, so the plan itself is not read here:
the result says ``show_safety_plan`` and the pages link to ``/safety-plan``.

Reliable deterioration (Jacobson–Truax, see ``change.py``: PHQ-9 6 points, GAD-7 4 points,
compared with the client's previous response to the same questionnaire) creates a NON-urgent
``DeteriorationFlag`` for the clinician workspace, not a safety alert.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import get_readable_client
from tandem.accounts.streams import Stream
from tandem.audit.service import record_event
from tandem.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from tandem.core.models import utcnow
from tandem.measures import charts, trends
from tandem.measures.change import ChangeResult, classify_change
from tandem.measures.instruments import (
    DEFAULT_LOCALE,
    Instrument,
    load_instrument,
)
from tandem.measures.models import (
    IDEMPOTENCY_KEY_MAX_LENGTH,
    SOURCES,
    CheckIn,
    CssrsResponse,
    DeteriorationFlag,
    QuestionnaireResponse,
)
from tandem.measures.schedule import advance_schedule
from tandem.measures.scoring import (
    CSSRS_ID,
    SCORED_INSTRUMENTS,
    CssrsResult,
    Score,
    ScoringError,
    score,
    score_cssrs,
)
from tandem.safety.assessment import Assessment, Evidence, RiskLevel
from tandem.safety.detector import assess
from tandem.safety.models import RiskEvent
from tandem.safety.resources import ResourceSet
from tandem.safety.service import record_assessment, resources_for_client

# --- vocabulary and limits -------------------------------------------------------------------

# Emotion chips on the check-in screen: a fixed vocabulary (key -> label per language), so the
# stored list is never free text and charts can count them.
EMOTIONS: dict[str, dict[str, str]] = {
    "happy": {"en": "Happy", "es": "Feliz"},
    "calm": {"en": "Calm", "es": "Tranquilo/a"},
    "grateful": {"en": "Grateful", "es": "Agradecido/a"},
    "hopeful": {"en": "Hopeful", "es": "Con esperanza"},
    "proud": {"en": "Proud", "es": "Orgulloso/a"},
    "loved": {"en": "Loved", "es": "Querido/a"},
    "tired": {"en": "Tired", "es": "Cansado/a"},
    "sad": {"en": "Sad", "es": "Triste"},
    "lonely": {"en": "Lonely", "es": "Solo/a"},
    "anxious": {"en": "Anxious", "es": "Ansioso/a"},
    "worried": {"en": "Worried", "es": "Preocupado/a"},
    "stressed": {"en": "Stressed", "es": "Estresado/a"},
    "overwhelmed": {"en": "Overwhelmed", "es": "Agobiado/a"},
    "angry": {"en": "Angry", "es": "Enojado/a"},
    "irritable": {"en": "Irritable", "es": "Irritable"},
    "numb": {"en": "Numb", "es": "Vacío/a"},
    "ashamed": {"en": "Ashamed", "es": "Avergonzado/a"},
    "guilty": {"en": "Guilty", "es": "Culpable"},
}
NOTE_MAX_LENGTH = 2000
ACTIVITY_MAX_LENGTH = 200
MAX_EMOTIONS = len(EMOTIONS)
SLEEP_QUALITY_LABELS = ("Very poor", "Poor", "Okay", "Good", "Very good")

# The instrument ids as the API spells them in paths.
CSSRS_PATH_ID = "cssrs"
TREND_WINDOWS = trends.WINDOWS
STREAK_LOOKBACK_DAYS = 366
SAFETY_PLAN_URL = "/safety-plan"
CSSRS_PAGE_URL = "/questionnaires/cssrs"
CSSRS_API_URL = "/api/v1/questionnaires/cssrs/responses"
# A C-SSRS screen submitted without naming its PHQ-9 is linked to a positive item 9 this recent.
CSSRS_LINK_WINDOW = timedelta(hours=24)

_KEY_PATTERN = re.compile(rf"^[\x21-\x7e]{{1,{IDEMPOTENCY_KEY_MAX_LENGTH}}}$")

Row = TypeVar("Row", CheckIn, QuestionnaireResponse, CssrsResponse)


# --- helpers ---------------------------------------------------------------------------------


def language_of(user: User) -> str:
    language = (user.locale or DEFAULT_LOCALE).split("-")[0].split("_")[0].lower()
    return language if language in ("en", "es") else DEFAULT_LOCALE


def _require_client(user: User) -> None:
    if not user.is_client:
        raise Forbidden("Only clients record check-ins and questionnaires.")


def _check_source(source: str) -> str:
    if source not in SOURCES:
        raise InvalidInput(f"source must be one of: {', '.join(SOURCES)}.")
    return source


def check_idempotency_key(key: str | None) -> str | None:
    if key is None:
        return None
    if not _KEY_PATTERN.match(key):
        raise InvalidInput(
            f"Idempotency-Key must be 1 to {IDEMPOTENCY_KEY_MAX_LENGTH} visible ASCII characters.",
            details=[{"loc": ["header", "Idempotency-Key"], "message": "invalid", "type": "key"}],
        )
    return key


def request_fingerprint(payload: Mapping[str, Any]) -> str:
    """SHA-256 of the request's meaning (canonical JSON), to tell a retry from a reused key."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay(
    session: Session, model: type[Row], *, client_id: uuid.UUID, key: str | None, fingerprint: str
) -> Row | None:
    if key is None:
        return None
    row = session.scalar(
        select(model).where(model.client_id == client_id, model.idempotency_key == key)
    )
    if row is None:
        return None
    if row.request_hash != fingerprint:
        raise Conflict(
            "This Idempotency-Key was already used for a different request. "
            "Use a new key for a new submission."
        )
    return row


def _insert_once(
    session: Session, row: Row, *, key: str | None, fingerprint: str
) -> tuple[Row, bool]:
    """Insert ``row``; if a concurrent request won the race for the same key, return its row.

    Returns (row, inserted). The savepoint keeps a lost race from spoiling the transaction.
    """
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row, True
    except IntegrityError:
        if key is None:
            raise
        existing = _replay(
            session, type(row), client_id=row.client_id, key=key, fingerprint=fingerprint
        )
        if existing is None:
            raise
        return existing, False


def _scoring_error(exc: ScoringError) -> InvalidInput:
    loc: list[str] = ["answers"] if exc.item is None else ["answers", str(exc.item)]
    return InvalidInput(
        exc.message, details=[{"loc": loc, "message": exc.message, "type": exc.code}]
    )


def resolve_instrument(instrument_id: str) -> Instrument:
    """A scored questionnaire by id ("phq9", "gad7"); NotFound for anything else."""
    if instrument_id not in SCORED_INSTRUMENTS:
        raise NotFound(
            f"No questionnaire {instrument_id!r}. Choose one of: {', '.join(SCORED_INSTRUMENTS)}."
        )
    return load_instrument(instrument_id)


# --- check-ins -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckInResult:
    checkin: CheckIn
    replayed: bool = False
    # Risk found in the note or activity by the safety screen (NO_LOOP when none).
    safety_loop: SafetyLoop | None = None


def _clean_text(value: str | None, *, name: str, max_length: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be text.")
    cleaned = value.replace("\x00", "").strip()
    if len(cleaned) > max_length:
        raise InvalidInput(
            f"{name} can be at most {max_length} characters.",
            details=[{"loc": [name], "message": "too long", "type": "too_long"}],
        )
    return cleaned or None


def _int_in(value: object, *, name: str, low: int, high: int, required: bool) -> int | None:
    if value is None:
        if required:
            raise InvalidInput(f"{name} is required.")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            f"{name} must be a whole number from {low} to {high}.",
            details=[{"loc": [name], "message": "out of range", "type": "out_of_range"}],
        )
    return value


def create_checkin(
    session: Session,
    *,
    client: User,
    mood: int,
    emotions: Sequence[str] = (),
    energy: int | None = None,
    sleep_hours: float | None = None,
    sleep_quality: int | None = None,
    note: str | None = None,
    activity: str | None = None,
    source: str = "web",
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> CheckInResult:
    """Record a mood check-in (web page, chat "log my mood", or the API)."""
    _require_client(client)
    _check_source(source)
    key = check_idempotency_key(idempotency_key)
    mood_value = _int_in(mood, name="mood", low=0, high=10, required=True)
    energy_value = _int_in(energy, name="energy", low=0, high=10, required=False)
    quality = _int_in(sleep_quality, name="sleep_quality", low=0, high=4, required=False)
    hours: float | None = None
    if sleep_hours is not None:
        if isinstance(sleep_hours, bool) or not isinstance(sleep_hours, int | float):
            raise InvalidInput("sleep_hours must be a number from 0 to 24.")
        hours = float(sleep_hours)
        if not 0 <= hours <= 24:
            raise InvalidInput(
                "sleep_hours must be a number from 0 to 24.",
                details=[{"loc": ["sleep_hours"], "message": "out of range", "type": "range"}],
            )
        hours = round(hours, 2)
    chosen: list[str] = []
    for emotion in emotions:
        if emotion not in EMOTIONS:
            raise InvalidInput(
                f"Unknown emotion {emotion!r}. Choose from: {', '.join(EMOTIONS)}.",
                details=[{"loc": ["emotions"], "message": "unknown emotion", "type": "enum"}],
            )
        if emotion not in chosen:
            chosen.append(emotion)
    clean_note = _clean_text(note, name="note", max_length=NOTE_MAX_LENGTH)
    clean_activity = _clean_text(activity, name="activity", max_length=ACTIVITY_MAX_LENGTH)
    assert mood_value is not None
    fingerprint = request_fingerprint(
        {
            "mood": mood_value,
            "emotions": chosen,
            "energy": energy_value,
            "sleep_hours": hours,
            "sleep_quality": quality,
            "note": clean_note,
            "activity": clean_activity,
        }
    )
    existing = _replay(session, CheckIn, client_id=client.id, key=key, fingerprint=fingerprint)
    if existing is not None:
        return CheckInResult(
            existing, replayed=True, safety_loop=_checkin_loop_stored(session, client, existing)
        )
    row = CheckIn(
        client_id=client.id,
        mood=mood_value,
        emotions=chosen,
        energy=energy_value,
        sleep_hours=hours,
        sleep_quality=quality,
        note=clean_note,
        activity=clean_activity,
        source=source,
        created_at=now or utcnow(),
        idempotency_key=key,
        request_hash=fingerprint if key else None,
    )
    row, inserted = _insert_once(session, row, key=key, fingerprint=fingerprint)
    if not inserted:
        return CheckInResult(
            row, replayed=True, safety_loop=_checkin_loop_stored(session, client, row)
        )
    record_event(
        session,
        action="measures.checkin",
        actor_id=client.id,
        actor_role=client.role,
        subject_id=client.id,
        object_type="checkin",
        object_id=str(row.id),
        detail={"source": source},
    )
    loop = _screen_checkin_text(session, client=client, checkin=row)
    return CheckInResult(row, safety_loop=loop)


def _checkin_text(checkin: CheckIn) -> str:
    return "\n".join(part for part in (checkin.note, checkin.activity) if part)


def _screen_checkin_text(session: Session, *, client: User, checkin: CheckIn) -> SafetyLoop:
    """Screen the client's own words on a check-in like any message: a note saying "I can't go
    on" must reach the safety engine (risk event, alert by its rules) and show help at once."""
    text = _checkin_text(checkin)
    if not text:
        return NO_LOOP
    assessment = assess(text, locale=client.locale or DEFAULT_LOCALE)
    recorded = record_assessment(
        session,
        client=client,
        assessment=assessment,
        source="checkin",
        source_id=str(checkin.id),
        excerpt=text,
        now=checkin.created_at,
    )
    if recorded is None:
        return NO_LOOP
    return SafetyLoop(
        triggered=True,
        trigger="checkin_note",
        level=recorded.event.level,
        show_safety_plan=True,
        resources=resources_for_client(session, client=client),
        clinician_alerted=recorded.alert is not None,
        risk_event_id=recorded.event.id,
    )


def checkin_safety_for_client(
    session: Session, *, client: User, checkin_id: uuid.UUID
) -> tuple[CheckIn, SafetyLoop]:
    """A client's own check-in and what the safety screen found in it (for the saved page)."""
    checkin = session.get(CheckIn, checkin_id)
    if checkin is None or checkin.client_id != client.id:
        raise NotFound("No such check-in.")
    return checkin, _checkin_loop_stored(session, client, checkin)


def _checkin_loop_stored(session: Session, client: User, checkin: CheckIn) -> SafetyLoop:
    event = session.scalar(
        select(RiskEvent).where(
            RiskEvent.client_id == client.id,
            RiskEvent.source == "checkin",
            RiskEvent.source_id == str(checkin.id),
        )
    )
    if event is None:
        return NO_LOOP
    return _loop_from_event(
        session,
        client=client,
        trigger="checkin_note",
        level=event.level,
        risk_event_id=event.id,
        open_cssrs=False,
    )


def checkins_for_client(
    session: Session,
    *,
    client_id: uuid.UUID,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[CheckIn]:
    """Newest first."""
    query = select(CheckIn).where(CheckIn.client_id == client_id)
    if since is not None:
        query = query.where(CheckIn.created_at >= since)
    query = query.order_by(CheckIn.created_at.desc(), CheckIn.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


# --- the safety loop -------------------------------------------------------------------------


@dataclass(frozen=True)
class SafetyLoop:
    """What the caller must do after a submission. ``triggered`` False means: nothing."""

    triggered: bool
    trigger: str | None = None  # "phq9_item9", "cssrs_high", "cssrs_moderate", "cssrs_low"
    level: str | None = None
    open_cssrs: bool = False
    show_safety_plan: bool = False
    resources: ResourceSet | None = None
    clinician_alerted: bool = False
    risk_event_id: uuid.UUID | None = None

    @property
    def urgent(self) -> bool:
        return self.level in ("high", "imminent")


NO_LOOP = SafetyLoop(triggered=False)


def item9_level(answer: int) -> RiskLevel:
    """PHQ-9 item 9: "several days" is moderate; "more than half the days" or more is high."""
    return RiskLevel.MODERATE if answer <= 1 else RiskLevel.HIGH


def _raise_risk(
    session: Session,
    *,
    client: User,
    level: RiskLevel,
    rule: str,
    description: str,
    source_id: uuid.UUID,
    now: datetime,
) -> tuple[uuid.UUID | None, bool]:
    """Record a risk event through the safety engine; (event id, clinician alerted)."""
    evidence = Evidence(
        start=0,
        end=len(description),
        text=description,
        rule=rule,
        category="ideation",
        level=level,
    )
    assessment = Assessment(
        level=level, categories=("ideation",), evidence=(evidence,), locale=language_of(client)
    )
    recorded = record_assessment(
        session,
        client=client,
        assessment=assessment,
        source="questionnaire",
        source_id=str(source_id),
        excerpt=description,
        now=now,
    )
    if recorded is None:
        return None, False
    return recorded.event.id, recorded.alert is not None


def _loop_from_event(
    session: Session,
    *,
    client: User,
    trigger: str,
    level: str,
    risk_event_id: uuid.UUID | None,
    open_cssrs: bool,
) -> SafetyLoop:
    alerted = False
    if risk_event_id is not None:
        event = session.get(RiskEvent, risk_event_id)
        alerted = bool(event is not None and event.alert_id is not None)
    return SafetyLoop(
        triggered=True,
        trigger=trigger,
        level=level,
        open_cssrs=open_cssrs,
        show_safety_plan=True,
        resources=resources_for_client(session, client=client),
        clinician_alerted=alerted,
        risk_event_id=risk_event_id,
    )


# --- questionnaires --------------------------------------------------------------------------


@dataclass(frozen=True)
class SubmissionResult:
    response: QuestionnaireResponse
    score: Score
    previous: QuestionnaireResponse | None
    change: ChangeResult | None
    safety_loop: SafetyLoop
    deterioration_flag: DeteriorationFlag | None
    replayed: bool = False


def previous_response(
    session: Session,
    *,
    client_id: uuid.UUID,
    instrument_id: str,
    before: datetime,
    exclude: uuid.UUID | None = None,
) -> QuestionnaireResponse | None:
    query = select(QuestionnaireResponse).where(
        QuestionnaireResponse.client_id == client_id,
        QuestionnaireResponse.instrument == instrument_id,
        QuestionnaireResponse.created_at <= before,
    )
    if exclude is not None:
        query = query.where(QuestionnaireResponse.id != exclude)
    return session.scalar(
        query.order_by(
            QuestionnaireResponse.created_at.desc(), QuestionnaireResponse.id.desc()
        ).limit(1)
    )


def _item9_answer(response: QuestionnaireResponse) -> int:
    return int(response.answers[-1]) if response.instrument == "phq9" else 0


def _result_for_stored(
    session: Session, *, client: User, response: QuestionnaireResponse, replayed: bool
) -> SubmissionResult:
    scored = score(
        response.instrument,
        list(response.answers),
        difficulty=response.difficulty,
        locale=language_of(client),
    )
    previous = session.scalar(
        select(QuestionnaireResponse)
        .where(
            QuestionnaireResponse.client_id == client.id,
            QuestionnaireResponse.instrument == response.instrument,
            QuestionnaireResponse.id != response.id,
            QuestionnaireResponse.created_at <= response.created_at,
        )
        .order_by(QuestionnaireResponse.created_at.desc(), QuestionnaireResponse.id.desc())
        .limit(1)
    )
    change = (
        classify_change(response.instrument, previous.total, response.total) if previous else None
    )
    flag = session.scalar(
        select(DeteriorationFlag).where(DeteriorationFlag.response_id == response.id)
    )
    loop = NO_LOOP
    if response.item9_positive:
        loop = _loop_from_event(
            session,
            client=client,
            trigger="phq9_item9",
            level=item9_level(_item9_answer(response)).label,
            risk_event_id=response.risk_event_id,
            open_cssrs=True,
        )
    return SubmissionResult(
        response=response,
        score=scored,
        previous=previous,
        change=change,
        safety_loop=loop,
        deterioration_flag=flag,
        replayed=replayed,
    )


def submit_questionnaire(
    session: Session,
    *,
    client: User,
    instrument_id: str,
    answers: Sequence[int],
    source: str,
    difficulty: int | None = None,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> SubmissionResult:
    """Score and store a PHQ-9 or GAD-7, compare it with the previous one, run the safety loop.

    Unknown instrument → NotFound (404); answers that cannot be scored (missing items, out of
    range, not whole numbers) → InvalidInput (422); a reused idempotency key with another body →
    Conflict (409). In each of those cases nothing is written.
    """
    _require_client(client)
    instrument = resolve_instrument(instrument_id)
    _check_source(source)
    key = check_idempotency_key(idempotency_key)
    locale = language_of(client)
    try:
        scored = score(instrument.id, answers, difficulty=difficulty, locale=locale)
    except ScoringError as exc:
        raise _scoring_error(exc) from exc
    fingerprint = request_fingerprint(
        {"instrument": instrument.id, "answers": list(scored.answers), "difficulty": difficulty}
    )
    existing = _replay(
        session, QuestionnaireResponse, client_id=client.id, key=key, fingerprint=fingerprint
    )
    if existing is not None:
        return _result_for_stored(session, client=client, response=existing, replayed=True)
    now = now or utcnow()
    previous = previous_response(
        session, client_id=client.id, instrument_id=instrument.id, before=now
    )
    response = QuestionnaireResponse(
        client_id=client.id,
        instrument=instrument.id,
        answers=list(scored.answers),
        difficulty=difficulty,
        total=scored.total,
        severity=scored.severity,
        item9_positive=bool(scored.item9_positive),
        locale=locale,
        source=source,
        created_at=now,
        idempotency_key=key,
        request_hash=fingerprint if key else None,
    )
    response, inserted = _insert_once(session, response, key=key, fingerprint=fingerprint)
    if not inserted:
        return _result_for_stored(session, client=client, response=response, replayed=True)

    record_event(
        session,
        action="measures.questionnaire",
        actor_id=client.id,
        actor_role=client.role,
        subject_id=client.id,
        object_type="questionnaire_response",
        object_id=str(response.id),
        detail={"instrument": instrument.id, "source": source},
    )
    advance_schedule(session, client_id=client.id, instrument_id=instrument.id, answered_at=now)

    change = classify_change(instrument.id, previous.total, scored.total) if previous else None
    flag: DeteriorationFlag | None = None
    if change is not None and previous is not None and change.direction == "deteriorated":
        flag = DeteriorationFlag(
            client_id=client.id,
            instrument=instrument.id,
            response_id=response.id,
            previous_response_id=previous.id,
            before=change.before,
            after=change.after,
            delta=change.delta,
            rci=change.rci,
            clinically_significant=change.clinically_significant,
            label=change.label,
            created_at=now,
        )
        session.add(flag)
        session.flush()
        record_event(
            session,
            action="measures.deterioration_flagged",
            actor_id=client.id,
            actor_role="system",
            subject_id=client.id,
            object_type="deterioration_flag",
            object_id=str(flag.id),
            detail={"instrument": instrument.id, "response": str(response.id)},
        )

    loop = NO_LOOP
    if scored.item9_positive:
        answer = scored.answers[-1]
        level = item9_level(answer)
        option = instrument.option(answer).text.en
        event_id, alerted = _raise_risk(
            session,
            client=client,
            level=level,
            rule="phq9-item9",
            description=(
                f"PHQ-9 item 9 (thoughts of being better off dead or of self-harm): "
                f"{option.lower()}"
            ),
            source_id=response.id,
            now=now,
        )
        response.risk_event_id = event_id
        session.flush()
        record_event(
            session,
            action="measures.safety_loop",
            actor_id=client.id,
            actor_role="system",
            subject_id=client.id,
            object_type="questionnaire_response",
            object_id=str(response.id),
            detail={
                "trigger": "phq9_item9",
                "level": level.label,
                "risk_event": str(event_id) if event_id else None,
                "clinician_alerted": alerted,
                "cssrs_opened": True,
            },
        )
        loop = SafetyLoop(
            triggered=True,
            trigger="phq9_item9",
            level=level.label,
            open_cssrs=True,
            show_safety_plan=True,
            resources=resources_for_client(session, client=client),
            clinician_alerted=alerted,
            risk_event_id=event_id,
        )
    return SubmissionResult(
        response=response,
        score=scored,
        previous=previous,
        change=change,
        safety_loop=loop,
        deterioration_flag=flag,
    )


def get_response_for_client(
    session: Session, *, client: User, response_id: uuid.UUID
) -> SubmissionResult:
    """A client's own stored response with its change and safety loop (for the result page)."""
    response = session.get(QuestionnaireResponse, response_id)
    if response is None or response.client_id != client.id:
        raise NotFound("No such questionnaire response.")
    return _result_for_stored(session, client=client, response=response, replayed=True)


def responses_for_client(
    session: Session,
    *,
    client_id: uuid.UUID,
    instrument_id: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[QuestionnaireResponse]:
    """Newest first."""
    query = select(QuestionnaireResponse).where(QuestionnaireResponse.client_id == client_id)
    if instrument_id is not None:
        query = query.where(QuestionnaireResponse.instrument == instrument_id)
    if since is not None:
        query = query.where(QuestionnaireResponse.created_at >= since)
    query = query.order_by(QuestionnaireResponse.created_at.desc(), QuestionnaireResponse.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


# --- C-SSRS screener -------------------------------------------------------------------------


@dataclass(frozen=True)
class CssrsSubmission:
    response: CssrsResponse
    result: CssrsResult
    safety_loop: SafetyLoop
    replayed: bool = False


_CSSRS_LEVEL = {"high": RiskLevel.HIGH, "moderate": RiskLevel.MODERATE, "low": RiskLevel.LOW}


def cssrs_risk_level(result: CssrsResult) -> RiskLevel:
    """High and moderate map onto the safety levels; a low screen with an endorsed item (wish to
    be dead, passive thoughts) is a low event for the next session; nothing endorsed is none."""
    if result.risk == "low" and not result.positive_items:
        return RiskLevel.NONE
    return _CSSRS_LEVEL[result.risk]


def relevant_cssrs_answers(answers: Mapping[str, bool | None]) -> dict[str, bool]:
    """Drop answers the screener's skip logic would not have asked (a no-JavaScript form shows
    every question; "no" to question 2 means questions 3-5 are not asked)."""
    instrument = load_instrument(CSSRS_ID)
    kept: dict[str, bool] = {}
    for item in instrument.items:
        value = answers.get(item.id)
        if value is None:
            continue
        if all(kept.get(earlier) is expected for earlier, expected in item.ask_if.items()):
            kept[item.id] = bool(value)
    return kept


def _cssrs_loop(
    session: Session, *, client: User, result: CssrsResult, risk_event_id: uuid.UUID | None
) -> SafetyLoop:
    level = cssrs_risk_level(result)
    if level == RiskLevel.NONE:
        # Still show where help is: the screen was opened because something was wrong.
        return SafetyLoop(
            triggered=False,
            show_safety_plan=True,
            resources=resources_for_client(session, client=client),
        )
    return _loop_from_event(
        session,
        client=client,
        trigger=f"cssrs_{result.risk}",
        level=level.label,
        risk_event_id=risk_event_id,
        open_cssrs=False,
    )


def submit_cssrs(
    session: Session,
    *,
    client: User,
    answers: Mapping[str, bool | None],
    source: str,
    phq9_response_id: uuid.UUID | None = None,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> CssrsSubmission:
    """Score and store a C-SSRS screen; high (intent, plan, recent behaviour) raises a high risk
    event, moderate a moderate one (both alert by the safety rules), an endorsed low item a low
    event."""
    _require_client(client)
    _check_source(source)
    key = check_idempotency_key(idempotency_key)
    if not isinstance(answers, Mapping):
        raise InvalidInput("answers must be an object of yes/no answers.")
    try:
        result = score_cssrs(answers)
    except ScoringError as exc:
        raise _scoring_error(exc) from exc
    now = now or utcnow()
    linked: QuestionnaireResponse | None = None
    if phq9_response_id is not None:
        linked = session.get(QuestionnaireResponse, phq9_response_id)
        if linked is None or linked.client_id != client.id or linked.instrument != "phq9":
            raise NotFound("No such PHQ-9 response.")
    fingerprint = request_fingerprint(
        {"answers": dict(result.answers), "phq9_response_id": phq9_response_id}
    )
    existing = _replay(
        session, CssrsResponse, client_id=client.id, key=key, fingerprint=fingerprint
    )
    if existing is not None:
        replay_result = score_cssrs(dict(existing.answers))
        return CssrsSubmission(
            response=existing,
            result=replay_result,
            safety_loop=_cssrs_loop(
                session, client=client, result=replay_result, risk_event_id=existing.risk_event_id
            ),
            replayed=True,
        )
    if linked is None:
        # Screens opened by the item-9 loop belong to that PHQ-9 even if the caller forgot it.
        linked = session.scalar(
            select(QuestionnaireResponse)
            .where(
                QuestionnaireResponse.client_id == client.id,
                QuestionnaireResponse.instrument == "phq9",
                QuestionnaireResponse.item9_positive.is_(True),
                QuestionnaireResponse.created_at >= now - CSSRS_LINK_WINDOW,
                QuestionnaireResponse.created_at <= now,
            )
            .order_by(QuestionnaireResponse.created_at.desc())
            .limit(1)
        )
    row = CssrsResponse(
        client_id=client.id,
        answers=dict(result.answers),
        risk=result.risk,
        positive_items=list(result.positive_items),
        phq9_response_id=linked.id if linked else None,
        locale=language_of(client),
        source=source,
        created_at=now,
        idempotency_key=key,
        request_hash=fingerprint if key else None,
    )
    row, inserted = _insert_once(session, row, key=key, fingerprint=fingerprint)
    if not inserted:
        stored = score_cssrs(dict(row.answers))
        return CssrsSubmission(
            response=row,
            result=stored,
            safety_loop=_cssrs_loop(
                session, client=client, result=stored, risk_event_id=row.risk_event_id
            ),
            replayed=True,
        )
    level = cssrs_risk_level(result)
    event_id: uuid.UUID | None = None
    alerted = False
    if level >= RiskLevel.LOW:
        endorsed = ", ".join(item.replace("_", " ") for item in result.positive_items)
        event_id, alerted = _raise_risk(
            session,
            client=client,
            level=level,
            rule=f"cssrs-{result.risk}",
            description=f"C-SSRS screener: {result.risk} risk (yes to: {endorsed})",
            source_id=row.id,
            now=now,
        )
        row.risk_event_id = event_id
        session.flush()
    record_event(
        session,
        action="measures.cssrs",
        actor_id=client.id,
        actor_role=client.role,
        subject_id=client.id,
        object_type="cssrs_response",
        object_id=str(row.id),
        detail={
            "risk": result.risk,
            "risk_event": str(event_id) if event_id else None,
            "clinician_alerted": alerted,
            "phq9_response": str(row.phq9_response_id) if row.phq9_response_id else None,
        },
    )
    return CssrsSubmission(
        response=row,
        result=result,
        safety_loop=_cssrs_loop(session, client=client, result=result, risk_event_id=event_id),
    )


def get_cssrs_for_client(
    session: Session, *, client: User, response_id: uuid.UUID
) -> CssrsSubmission:
    row = session.get(CssrsResponse, response_id)
    if row is None or row.client_id != client.id:
        raise NotFound("No such screener response.")
    result = score_cssrs(dict(row.answers))
    return CssrsSubmission(
        response=row,
        result=result,
        safety_loop=_cssrs_loop(
            session, client=client, result=result, risk_event_id=row.risk_event_id
        ),
        replayed=True,
    )


def cssrs_for_client(session: Session, *, client_id: uuid.UUID) -> list[CssrsResponse]:
    return list(
        session.scalars(
            select(CssrsResponse)
            .where(CssrsResponse.client_id == client_id)
            .order_by(CssrsResponse.created_at.desc())
        )
    )


# --- deterioration flags (non-urgent, for the clinician workspace) ---------------------------


def deterioration_flags_for_client(
    session: Session, *, client_id: uuid.UUID, include_acknowledged: bool = False
) -> list[DeteriorationFlag]:
    query = select(DeteriorationFlag).where(DeteriorationFlag.client_id == client_id)
    if not include_acknowledged:
        query = query.where(DeteriorationFlag.acknowledged_at.is_(None))
    return list(session.scalars(query.order_by(DeteriorationFlag.created_at.desc())))


def acknowledge_deterioration_flag(
    session: Session,
    *,
    clinician: User,
    flag_id: uuid.UUID,
    ip: str | None = None,
    now: datetime | None = None,
) -> DeteriorationFlag:
    flag = session.get(DeteriorationFlag, flag_id)
    if flag is None:
        raise NotFound("No such flag.")
    # Through the scoping function: unlinked → 404, measures not shared → 403.
    get_readable_client(
        session, viewer=clinician, client_id=flag.client_id, stream=Stream.MEASURES, ip=ip
    )
    if flag.acknowledged_at is None:
        flag.acknowledged_at = now or utcnow()
        flag.acknowledged_by = clinician.id
        session.flush()
    record_event(
        session,
        action="measures.deterioration_acknowledged",
        actor_id=clinician.id,
        actor_role=clinician.role,
        subject_id=flag.client_id,
        object_type="deterioration_flag",
        object_id=str(flag.id),
        ip=ip,
    )
    return flag


# --- trends ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScorePoint:
    at: datetime  # in the client's time zone
    total: int
    severity: str
    severity_label: str


@dataclass(frozen=True)
class InstrumentTrend:
    instrument_id: str
    name: str
    points: list[ScorePoint]  # every response, oldest first (for change); the chart windows them
    in_window: int
    latest: ScorePoint | None
    change_vs_previous: ChangeResult | None
    change_in_window: ChangeResult | None
    change_since: ChangeResult | None
    chart_svg: str
    rows: list[charts.DataRow]


@dataclass(frozen=True)
class TrendsView:
    client: User
    days: int
    start: date
    end: datetime  # the client's local "now"
    since: datetime | None
    mood_points: list[trends.Point]
    mood_summary: trends.WindowSummary
    mood_change_since: trends.ChangeSince | None
    mood_svg: str
    mood_rows: list[charts.DataRow]
    current_streak: int
    longest_streak: int
    instruments: list[InstrumentTrend] = field(default_factory=list)
    deterioration_flags: list[DeteriorationFlag] = field(default_factory=list)

    @property
    def has_any_data(self) -> bool:
        return bool(self.mood_points) or any(t.points for t in self.instruments)


def check_window(days: int) -> int:
    if days not in TREND_WINDOWS:
        raise InvalidInput(f"days must be one of {', '.join(str(d) for d in TREND_WINDOWS)}.")
    return days


def _mood_description(summary: trends.WindowSummary, days: int) -> str:
    if summary.count == 0:
        return f"No mood check-ins in the last {days} days."
    assert summary.average is not None
    text = (
        f"Average mood {summary.average:.1f} out of 10 over the last {days} days, from "
        f"{summary.count} check-in{'s' if summary.count != 1 else ''} on "
        f"{summary.days_with_data} day{'s' if summary.days_with_data != 1 else ''}; "
        f"lowest {summary.minimum:g}, highest {summary.maximum:g}."
    )
    if summary.trend.direction != "not enough data":
        text += f" Trend: {summary.trend.direction}."
    return text


def _change(instrument_id: str, before: int, after: int) -> ChangeResult:
    return classify_change(instrument_id, before, after)


def _instrument_trend(
    instrument_id: str,
    rows: Iterable[tuple[datetime, int]],
    *,
    zone: tzinfo,
    days: int,
    end: datetime,
    since: datetime | None,
    locale: str,
    chart_prefix: str,
) -> InstrumentTrend:
    instrument = load_instrument(instrument_id)
    points = [
        ScorePoint(
            at=at.astimezone(zone),
            total=total,
            severity=instrument.band_for(total).key,
            severity_label=instrument.band_for(total).label.get(locale),
        )
        for at, total in rows
    ]
    series: list[trends.Point] = [(p.at, float(p.total)) for p in points]
    windowed = trends.window(series, days, end=end)
    latest = points[-1] if points else None
    change_vs_previous = (
        _change(instrument_id, points[-2].total, points[-1].total) if len(points) >= 2 else None
    )
    change_in_window = (
        _change(instrument_id, int(windowed[0][1]), int(windowed[-1][1]))
        if len(windowed) >= 2
        else None
    )
    change_since = None
    if since is not None:
        moved = trends.change_since(series, since.astimezone(zone))
        if moved is not None:
            change_since = _change(instrument_id, int(moved.baseline), int(moved.latest))
    name = instrument.name
    if windowed:
        last_total = int(windowed[-1][1])
        description = (
            f"{name} totals over the last {days} days: {len(windowed)} "
            f"response{'s' if len(windowed) != 1 else ''}, latest {last_total} out of "
            f"{instrument.scoring.max_total if instrument.scoring else ''} "
            f"({instrument.band_for(last_total).label.get(locale)})."
        )
    else:
        description = f"No {name} responses in the last {days} days."
    svg = charts.score_chart_svg(
        instrument_id,
        series,
        title=f"{name} scores, last {days} days",
        description=description,
        days=days,
        end=end,
        chart_id=f"{chart_prefix}-{instrument_id}-{days}",
        locale=locale,
    )
    table = charts.data_table_rows(
        series, instrument_id=instrument_id, days=days, end=end, locale=locale
    )
    return InstrumentTrend(
        instrument_id=instrument_id,
        name=name,
        points=points,
        in_window=len(windowed),
        latest=latest,
        change_vs_previous=change_vs_previous,
        change_in_window=change_in_window,
        change_since=change_since,
        chart_svg=svg,
        rows=table,
    )


def client_trends(
    session: Session,
    *,
    client: User,
    days: int,
    now: datetime | None = None,
    since: datetime | None = None,
    chart_prefix: str = "trend",
) -> TrendsView:
    """The 7/30/90-day picture: mood line, scores with bands, change, streaks.

    Reads only the columns it needs (no decryption of notes), so it stays fast with a year of
    daily data.
    """
    check_window(days)
    zone = client.zone
    now = now or utcnow()
    local_now = now.astimezone(zone)
    locale = language_of(client)
    # One extra day of margin: the window is in the client's calendar days.
    window_start_utc = now - timedelta(days=days + 1)
    mood_rows = session.execute(
        select(CheckIn.created_at, CheckIn.mood)
        .where(
            CheckIn.client_id == client.id,
            CheckIn.created_at >= window_start_utc,
            CheckIn.created_at <= now,
        )
        .order_by(CheckIn.created_at)
    ).all()
    mood_points = trends.window(
        [(at.astimezone(zone), float(mood)) for at, mood in mood_rows], days, end=local_now
    )
    summary = trends.summarize(mood_points, days, end=local_now)
    streak_moments = [
        at.astimezone(zone)
        for (at,) in session.execute(
            select(CheckIn.created_at).where(
                CheckIn.client_id == client.id,
                CheckIn.created_at >= now - timedelta(days=STREAK_LOOKBACK_DAYS),
                CheckIn.created_at <= now,
            )
        ).all()
    ]
    mood_change = None
    if since is not None:
        since_rows = session.execute(
            select(CheckIn.created_at, CheckIn.mood)
            .where(
                CheckIn.client_id == client.id,
                CheckIn.created_at >= since - timedelta(days=7),
                CheckIn.created_at <= now,
            )
            .order_by(CheckIn.created_at)
        ).all()
        mood_change = trends.change_since(
            [(at.astimezone(zone), float(m)) for at, m in since_rows], since.astimezone(zone)
        )
    mood_svg = charts.mood_line_svg(
        mood_points,
        title=f"Mood, last {days} days",
        description=_mood_description(summary, days),
        days=days,
        end=local_now,
        chart_id=f"{chart_prefix}-mood-{days}",
        locale=locale,
    )
    mood_table = charts.data_table_rows(
        mood_points, daily=True, days=days, end=local_now, locale=locale
    )
    score_rows = session.execute(
        select(
            QuestionnaireResponse.instrument,
            QuestionnaireResponse.created_at,
            QuestionnaireResponse.total,
        )
        .where(
            QuestionnaireResponse.client_id == client.id,
            QuestionnaireResponse.created_at <= now,
        )
        .order_by(QuestionnaireResponse.created_at, QuestionnaireResponse.id)
    ).all()
    by_instrument: dict[str, list[tuple[datetime, int]]] = {i: [] for i in SCORED_INSTRUMENTS}
    for instrument_id, at, total in score_rows:
        if instrument_id in by_instrument:
            by_instrument[instrument_id].append((at, int(total)))
    instrument_trends = [
        _instrument_trend(
            instrument_id,
            rows,
            zone=zone,
            days=days,
            end=local_now,
            since=since,
            locale=locale,
            chart_prefix=chart_prefix,
        )
        for instrument_id, rows in by_instrument.items()
    ]
    return TrendsView(
        client=client,
        days=days,
        start=(local_now - timedelta(days=days - 1)).date(),
        end=local_now,
        since=since,
        mood_points=mood_points,
        mood_summary=summary,
        mood_change_since=mood_change,
        mood_svg=mood_svg,
        mood_rows=mood_table,
        current_streak=trends.current_streak(streak_moments, today=local_now.date()),
        longest_streak=trends.longest_streak(streak_moments),
        instruments=instrument_trends,
        deterioration_flags=deterioration_flags_for_client(session, client_id=client.id),
    )


def clinician_trends(
    session: Session,
    *,
    clinician: User,
    client_id: uuid.UUID,
    days: int,
    now: datetime | None = None,
    since: datetime | None = None,
    ip: str | None = None,
) -> TrendsView:
    """The same picture for a linked clinician, within consent (stream MEASURES); audited."""
    check_window(days)
    access = get_readable_client(
        session, viewer=clinician, client_id=client_id, stream=Stream.MEASURES, ip=ip
    )
    return client_trends(session, client=access.client, days=days, now=now, since=since)
