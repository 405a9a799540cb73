"""The pre-session summary: what happened since the last session, taken from the records.

Deterministic and extractive: every line is a count, a score, a date or the client's own words
(their "for my next session" notes), each pointing to where it came from. Nothing is paraphrased
or invented; topics are the labels the companion itself put on its replies (the skill offered,
the kind of turn) and the safety detector's categories — no free-text generation.

Consent shapes it: mood and scores need the measures stream; topics need summaries or
transcripts; links into the conversation need transcripts; the client's session notes need
summaries or transcripts. Risk events are always listed (the safety override). Treatment-plan
adherence is the clinician's own plan data.

``LLM_SUMMARY_SEAM``: an LLM-written summary may be added only when a clinic configures a backend
for it; it would be shown separately and labelled as generated. Not implemented.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import mean

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.accounts.scoping import ClientAccess, get_readable_client
from tandem.accounts.streams import Stream
from tandem.companion.content_loader import load_content
from tandem.companion.models import ChatMessage, SessionNote
from tandem.measures.change import ChangeResult, classify_change
from tandem.measures.models import CheckIn, QuestionnaireResponse
from tandem.plans.adherence import Adherence
from tandem.plans.models import PracticeEvent
from tandem.plans.service import adherence, plan_snapshot
from tandem.safety.models import RiskEvent

DEFAULT_PERIOD_DAYS = 14
LABEL = "Automatic summary, extractive"
LLM_SUMMARY_SEAM = "llm_summary_not_configured"  # see the module docstring
INSTRUMENT_NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7"}
ACTION_TOPICS = {
    "handover": "A question for you (medication, diagnosis, trauma or treatment)",
    "collect_note": "Added a note for the session",
    "psychoeducation": "Read about a topic",
    "safety": "Crisis support shown",
    "safety_support": "Support around safety",
    "checkin": "Mood check-in in chat",
    "limit": "Reached a usage limit",
}


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None  # None: the source is not shared, so there is nothing to open


@dataclass(frozen=True)
class MoodSummary:
    count: int
    average: float | None
    previous_average: float | None  # the same length of time before the period
    lowest: int | None
    highest: int | None
    first_half_average: float | None
    second_half_average: float | None
    link: Link

    @property
    def direction(self) -> str:
        if self.first_half_average is None or self.second_half_average is None:
            return "not enough check-ins to tell"
        diff = self.second_half_average - self.first_half_average
        if diff >= 1:
            return "rising"
        if diff <= -1:
            return "falling"
        return "steady"


@dataclass(frozen=True)
class ScoreLine:
    instrument: str
    name: str
    total: int
    severity: str
    at: datetime
    change: ChangeResult | None  # against the last score before this one
    link: Link


@dataclass(frozen=True)
class RiskLine:
    level: str
    categories: tuple[str, ...]
    source: str
    at: datetime
    link: Link


@dataclass(frozen=True)
class TopicLine:
    label: str
    count: int
    link: Link


@dataclass(frozen=True)
class NoteLine:
    text: str
    at: datetime
    addressed: bool


@dataclass
class PreSessionSummary:
    client: User
    access: ClientAccess
    since: datetime
    until: datetime
    since_last_session: bool  # False: the default window (no past session in the plan)
    next_session: datetime | None
    mood: MoodSummary | None  # None: measures not shared
    scores: list[ScoreLine] | None
    adherence: Adherence
    practised: list[tuple[str, int]]  # skill name, times practised in the period
    risk_events: list[RiskLine]
    topics: list[TopicLine] | None  # None: neither summaries nor transcripts shared
    notes: list[NoteLine] | None
    not_shared: list[str] = field(default_factory=list)
    label: str = LABEL
    generated_by: str = "extractive"


def _skill_names(lang: str = "en") -> dict[str, str]:
    skills = load_content().skills
    return {
        sid: skill.technique.get(lang) or skill.technique["en"] for sid, skill in skills.items()
    }


def _avg(values: list[int]) -> float | None:
    return round(mean(values), 1) if values else None


def _mood(
    session: Session, client_id: uuid.UUID, since: datetime, until: datetime, trends_href: str
) -> MoodSummary:
    span = until - since
    rows = session.execute(
        select(CheckIn.mood, CheckIn.created_at)
        .where(
            CheckIn.client_id == client_id,
            CheckIn.created_at >= since - span,
            CheckIn.created_at <= until,
        )
        .order_by(CheckIn.created_at)
    ).all()
    inside = [int(m) for m, at in rows if at >= since]
    before = [int(m) for m, at in rows if at < since]
    middle = since + span / 2
    first = [int(m) for m, at in rows if since <= at < middle]
    second = [int(m) for m, at in rows if at >= middle]
    return MoodSummary(
        count=len(inside),
        average=_avg(inside),
        previous_average=_avg(before),
        lowest=min(inside) if inside else None,
        highest=max(inside) if inside else None,
        first_half_average=_avg(first),
        second_half_average=_avg(second),
        link=Link("Mood trend", trends_href),
    )


def _scores(
    session: Session, client_id: uuid.UUID, since: datetime, until: datetime, trends_href: str
) -> list[ScoreLine]:
    rows = session.scalars(
        select(QuestionnaireResponse)
        .where(
            QuestionnaireResponse.client_id == client_id,
            QuestionnaireResponse.instrument.in_(tuple(INSTRUMENT_NAMES)),
            QuestionnaireResponse.created_at <= until,
        )
        .order_by(QuestionnaireResponse.created_at)
    ).all()
    lines: list[ScoreLine] = []
    previous: dict[str, int] = {}
    for row in rows:
        before = previous.get(row.instrument)
        previous[row.instrument] = row.total
        if row.created_at < since:
            continue
        change = classify_change(row.instrument, before, row.total) if before is not None else None
        name = INSTRUMENT_NAMES[row.instrument]
        lines.append(
            ScoreLine(
                row.instrument,
                name,
                row.total,
                row.severity,
                row.created_at,
                change,
                Link(f"{name} trend", f"{trends_href}#{row.instrument}"),
            )
        )
    return lines


def _practised(
    session: Session, client_id: uuid.UUID, since: datetime, until: datetime, names: dict[str, str]
) -> list[tuple[str, int]]:
    counts = Counter(
        session.scalars(
            select(PracticeEvent.skill_id).where(
                PracticeEvent.client_id == client_id,
                PracticeEvent.at >= since,
                PracticeEvent.at <= until,
            )
        )
    )
    return [
        (names.get(sid, sid), n) for sid, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    ]


def _topics(
    session: Session,
    client_id: uuid.UUID,
    since: datetime,
    until: datetime,
    names: dict[str, str],
    transcript_href: str | None,
) -> list[TopicLine]:
    first_seen: dict[str, uuid.UUID] = {}
    counts: Counter[str] = Counter()
    rows = session.execute(
        select(
            ChatMessage.id,
            ChatMessage.role,
            ChatMessage.action,
            ChatMessage.skill,
            ChatMessage.categories,
        )
        .where(
            ChatMessage.client_id == client_id,
            ChatMessage.created_at >= since,
            ChatMessage.created_at <= until,
        )
        .order_by(ChatMessage.created_at)
    ).all()
    for message_id, role, action, skill, categories in rows:
        labels: list[str] = []
        if role == "companion" and skill:
            labels.append(f"Skill: {names.get(skill, skill)}")
        elif role == "companion" and action in ACTION_TOPICS:
            labels.append(ACTION_TOPICS[action])
        if role == "client":
            labels.extend(f"Risk indicator: {c}" for c in categories or [])
        for label in labels:
            counts[label] += 1
            first_seen.setdefault(label, message_id)
    return [
        TopicLine(
            label,
            n,
            Link(
                "First mention",
                f"{transcript_href}#m-{first_seen[label]}" if transcript_href else None,
            ),
        )
        for label, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    ]


def _period(snapshot_sessions: tuple[datetime, ...], now: datetime) -> tuple[datetime, bool]:
    past = [s for s in snapshot_sessions if s <= now]
    if past:
        return max(past), True
    return now - timedelta(days=DEFAULT_PERIOD_DAYS), False


def build_summary(
    session: Session,
    *,
    viewer: User,
    client_id: uuid.UUID,
    now: datetime,
    ip: str | None = None,
) -> PreSessionSummary:
    """The summary for the period since the last session (else the last 14 days).

    Another clinician's client → NotFound (404), from the scoping function.
    """
    access = get_readable_client(session, viewer=viewer, client_id=client_id, ip=ip)
    client = access.client
    base = f"/clinic/clients/{client.id}"
    snapshot = plan_snapshot(session, client_id=client.id, now=now)
    since, from_session = _period(snapshot.sessions, now)
    names = _skill_names()
    shares_measures = access.can_read(Stream.MEASURES)
    shares_words = access.can_read(Stream.SUMMARIES) or access.can_read(Stream.TRANSCRIPTS)
    transcript_href = f"{base}/transcript" if access.can_read(Stream.TRANSCRIPTS) else None

    not_shared: list[str] = []
    if not shares_measures:
        not_shared.append("mood check-ins and questionnaire scores")
    if not shares_words:
        not_shared.append("conversation topics and session notes")

    risk_lines = [
        RiskLine(
            e.level,
            tuple(e.categories or ()),
            e.source,
            e.detected_at,
            Link(
                "Message",
                f"{transcript_href}#m-{e.source_id}"
                if transcript_href and e.source == "chat" and e.source_id
                else ("/clinic/alerts" if e.alert_id else None),
            ),
        )
        for e in session.scalars(
            select(RiskEvent)
            .where(RiskEvent.client_id == client.id, RiskEvent.detected_at >= since)
            .order_by(RiskEvent.detected_at)
        )
    ]
    notes: list[NoteLine] | None = None
    if shares_words:
        notes = [
            NoteLine(n.text, n.created_at, n.addressed_at is not None)
            for n in session.scalars(
                select(SessionNote)
                .where(SessionNote.client_id == client.id)
                .where((SessionNote.addressed_at.is_(None)) | (SessionNote.created_at >= since))
                .order_by(SessionNote.created_at)
            )
        ]
    return PreSessionSummary(
        client=client,
        access=access,
        since=since,
        until=now,
        since_last_session=from_session,
        next_session=snapshot.next_session,
        mood=_mood(session, client.id, since, now, f"{base}/trends") if shares_measures else None,
        scores=_scores(session, client.id, since, now, f"{base}/trends")
        if shares_measures
        else None,
        adherence=adherence(session, client_id=client.id, since=since, until=now),
        practised=_practised(session, client.id, since, now, names),
        risk_events=risk_lines,
        topics=_topics(session, client.id, since, now, names, transcript_href)
        if shares_words
        else None,
        notes=notes,
        not_shared=not_shared,
    )


def summary_to_dict(summary: PreSessionSummary) -> dict[str, object]:
    def link(value: Link) -> str | None:
        return value.href

    data: dict[str, object] = {
        "client_id": str(summary.client.id),
        "label": summary.label,
        "generated_by": summary.generated_by,
        "since": summary.since.isoformat(),
        "until": summary.until.isoformat(),
        "since_last_session": summary.since_last_session,
        "next_session": summary.next_session.isoformat() if summary.next_session else None,
        "not_shared": summary.not_shared,
        "adherence": {
            "practice_total": summary.adherence.practice_total,
            "homework_assigned": summary.adherence.homework_assigned,
            "homework_done": summary.adherence.homework_done,
            "homework_overdue": summary.adherence.homework_overdue,
            "homework_percent": summary.adherence.homework_percent,
            "techniques": [
                {
                    "skill_id": t.skill_id,
                    "expected": t.expected,
                    "done": t.done,
                    "percent": t.percent,
                }
                for t in summary.adherence.techniques
            ],
        },
        "practised": [{"skill": name, "count": n} for name, n in summary.practised],
        "risk_events": [
            {
                "level": r.level,
                "categories": list(r.categories),
                "source": r.source,
                "at": r.at.isoformat(),
                "link": link(r.link),
            }
            for r in summary.risk_events
        ],
    }
    if summary.mood is not None:
        m = summary.mood
        data["mood"] = {
            "count": m.count,
            "average": m.average,
            "previous_average": m.previous_average,
            "lowest": m.lowest,
            "highest": m.highest,
            "direction": m.direction,
            "link": link(m.link),
        }
    if summary.scores is not None:
        data["scores"] = [
            {
                "instrument": s.instrument,
                "total": s.total,
                "severity": s.severity,
                "at": s.at.isoformat(),
                "change": s.change.to_dict() if s.change else None,
                "link": link(s.link),
            }
            for s in summary.scores
        ]
    if summary.topics is not None:
        data["topics"] = [
            {"label": t.label, "count": t.count, "link": link(t.link)} for t in summary.topics
        ]
    if summary.notes is not None:
        data["notes"] = [
            {"text": n.text, "at": n.at.isoformat(), "addressed": n.addressed}
            for n in summary.notes
        ]
    return data
