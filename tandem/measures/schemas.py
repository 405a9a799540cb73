"""Request and response bodies of the measures API (Pydantic v2, unknown fields refused)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt

from tandem.measures.change import ChangeResult
from tandem.measures.service import (
    ACTIVITY_MAX_LENGTH,
    CSSRS_API_URL,
    CSSRS_PAGE_URL,
    MAX_EMOTIONS,
    NOTE_MAX_LENGTH,
    SAFETY_PLAN_URL,
    SafetyLoop,
)
from tandem.safety.resources import CrisisResource


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- check-ins -------------------------------------------------------------------------------


class CheckInCreate(_In):
    mood: StrictInt = Field(ge=0, le=10, description="0 (very low) to 10 (very good)")
    emotions: list[str] = Field(default_factory=list, max_length=MAX_EMOTIONS)
    energy: StrictInt | None = Field(default=None, ge=0, le=10)
    sleep_hours: StrictFloat | StrictInt | None = Field(default=None, ge=0, le=24)
    sleep_quality: StrictInt | None = Field(default=None, ge=0, le=4, description="0-4")
    note: str | None = Field(default=None, max_length=NOTE_MAX_LENGTH)
    activity: str | None = Field(default=None, max_length=ACTIVITY_MAX_LENGTH)


class CheckInOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    mood: int
    emotions: list[str]
    energy: int | None
    sleep_hours: float | None
    sleep_quality: int | None
    note: str | None
    activity: str | None
    source: str
    created_at: datetime
    # Present when the safety screen found risk in the note or activity: help to show now.
    safety: SafetyLoopOut | None = None


# --- questionnaires --------------------------------------------------------------------------


class QuestionnaireSubmit(_In):
    # Strict integers: "2", 2.0 or true are client bugs, not answers. Range and count are
    # checked by the scoring rules, which name the offending item.
    answers: list[StrictInt] = Field(max_length=50)
    difficulty: StrictInt | None = Field(default=None, ge=0, le=3)


class ChangeOut(BaseModel):
    instrument: str
    before: int
    after: int
    delta: int
    rci: float
    reliable: bool
    direction: str
    clinically_significant: bool
    label: str

    @classmethod
    def of(cls, change: ChangeResult | None) -> ChangeOut | None:
        return cls(**change.to_dict()) if change is not None else None


class ResourceOut(BaseModel):
    id: str
    name: str
    kind: str
    contact: str
    instruction: str
    hours: str


class CssrsQuestionOut(BaseModel):
    id: str
    number: int
    text: str
    ask_if: dict[str, bool]


class SafetyLoopOut(BaseModel):
    triggered: bool
    trigger: str | None = None
    level: str | None = None
    open_cssrs: bool = False
    cssrs_url: str | None = None
    cssrs_api: str | None = None
    cssrs_questions: list[CssrsQuestionOut] = Field(default_factory=list)
    show_safety_plan: bool = False
    safety_plan_url: str | None = None
    emergency: str | None = None
    resources: list[ResourceOut] = Field(default_factory=list)
    clinician_alerted: bool = False
    risk_event_id: uuid.UUID | None = None

    @classmethod
    def of(cls, loop: SafetyLoop, *, language: str) -> SafetyLoopOut:
        from tandem.measures.instruments import load_instrument
        from tandem.measures.scoring import CSSRS_ID

        resources: list[CrisisResource] = list(loop.resources.all) if loop.resources else []
        questions: list[CssrsQuestionOut] = []
        if loop.open_cssrs:
            questions = [
                CssrsQuestionOut(
                    id=item.id,
                    number=item.number,
                    text=item.text.get(language),
                    ask_if=dict(item.ask_if),
                )
                for item in load_instrument(CSSRS_ID).items
            ]
        return cls(
            triggered=loop.triggered,
            trigger=loop.trigger,
            level=loop.level,
            open_cssrs=loop.open_cssrs,
            cssrs_url=CSSRS_PAGE_URL if loop.open_cssrs else None,
            cssrs_api=CSSRS_API_URL if loop.open_cssrs else None,
            cssrs_questions=questions,
            show_safety_plan=loop.show_safety_plan,
            safety_plan_url=SAFETY_PLAN_URL if loop.show_safety_plan else None,
            emergency=loop.resources.call_emergency(language) if loop.resources else None,
            resources=[
                ResourceOut(
                    id=r.id,
                    name=r.name,
                    kind=r.kind,
                    contact=r.contact,
                    instruction=r.instruction(language),
                    hours=r.hours,
                )
                for r in resources
            ],
            clinician_alerted=loop.clinician_alerted,
            risk_event_id=loop.risk_event_id,
        )


class QuestionnaireResultOut(BaseModel):
    id: uuid.UUID
    instrument: str
    answers: list[int]
    total: int
    max_total: int
    severity: str
    severity_label: str
    item9_positive: bool | None
    created_at: datetime
    previous_total: int | None
    change: ChangeOut | None
    deterioration_flagged: bool
    safety_loop: SafetyLoopOut
    replayed: bool


class QuestionnaireResponseOut(BaseModel):
    id: uuid.UUID
    instrument: str
    answers: list[int]
    total: int
    severity: str
    severity_label: str
    item9_positive: bool
    source: str
    created_at: datetime


class CssrsSubmit(_In):
    answers: dict[str, StrictBool | None] = Field(max_length=10)
    phq9_response_id: uuid.UUID | None = None


class CssrsResultOut(BaseModel):
    id: uuid.UUID
    risk: str
    reason: str
    answers: dict[str, bool]
    asked: list[str]
    positive_items: list[str]
    phq9_response_id: uuid.UUID | None
    created_at: datetime
    safety_loop: SafetyLoopOut
    replayed: bool


class DueOut(BaseModel):
    instrument: str
    name: str
    title: str
    due_at: datetime
    every_days: int
    url: str


# --- schedules -------------------------------------------------------------------------------


class ScheduleIn(_In):
    instrument: Literal["phq9", "gad7"]
    every_days: StrictInt = Field(ge=1, le=365)
    active: StrictBool = True


class SchedulesPut(_In):
    schedules: list[ScheduleIn] = Field(max_length=2)


class ScheduleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    instrument: str
    every_days: int
    next_due_at: datetime
    active: bool
    created_by: uuid.UUID | None
    updated_at: datetime


# --- trends ----------------------------------------------------------------------------------


class MoodPointOut(BaseModel):
    at: datetime
    mood: float


class DailyMoodOut(BaseModel):
    date: date
    mood: float


class MoodTrendOut(BaseModel):
    points: list[MoodPointOut]
    daily: list[DailyMoodOut]
    checkins: int
    days_with_data: int
    average: float | None
    minimum: float | None
    maximum: float | None
    direction: str
    slope_per_week: float | None
    change_since: dict[str, Any] | None


class ScorePointOut(BaseModel):
    at: datetime
    total: int
    severity: str
    severity_label: str


class InstrumentTrendOut(BaseModel):
    instrument: str
    name: str
    points: list[ScorePointOut]
    latest: ScorePointOut | None
    change_vs_previous: ChangeOut | None
    change_in_window: ChangeOut | None
    change_since: ChangeOut | None


class DeteriorationFlagOut(BaseModel):
    id: uuid.UUID
    instrument: str
    before: int
    after: int
    delta: int
    rci: float
    clinically_significant: bool
    label: str
    created_at: datetime
    acknowledged_at: datetime | None


class StreaksOut(BaseModel):
    current: int
    longest_past_year: int


class TrendsOut(BaseModel):
    client_id: uuid.UUID
    days: int
    start: date
    end: datetime
    since: datetime | None
    mood: MoodTrendOut
    streaks: StreaksOut
    instruments: list[InstrumentTrendOut]
    deterioration_flags: list[DeteriorationFlagOut]
