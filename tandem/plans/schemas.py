"""Request and response shapes for plans, and the stored plan documents.

Requests forbid unknown fields and cap every string and list, so a malformed or oversized
request gets a clear 422 before any service code runs. The same content models are what the
encrypted version rows hold (plus a few server-set fields), so what is stored is always valid.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import UTC, date, datetime, time
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    model_validator,
)

from tandem.plans.frequency import FREQUENCY_EXAMPLES, parse_frequency

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")
_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ().\-]{1,24}$")
_BACKEND_RE = re.compile(r"^[a-z0-9][a-z0-9_\-.:]{0,39}$")

MAX_GOALS = 20
MAX_TECHNIQUES = 30
MAX_HOMEWORK = 50
MAX_WORDING = 50
MAX_CONTRAINDICATIONS = 50
MAX_SESSIONS = 200
MAX_SAFETY_ITEMS = 20


def _clean(value: str, *, multiline: bool) -> str:
    """Trimmed, line endings normalised, no control characters (tabs and newlines allowed in
    multi-line text only): stored text stays printable and safe to show anywhere.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not multiline:
        text = " ".join(text.split())
    plain = text.replace("\n", "").replace("\t", "") if multiline else text
    # Fast path: almost all text is printable; the per-character check is for the rest (it lets
    # through spaces such as U+00A0, which isprintable() refuses).
    if not plain.isprintable() and any(unicodedata.category(ch).startswith("C") for ch in plain):
        raise ValueError("Use letters, numbers and punctuation only.")
    return text


def _line(value: str) -> str:
    return _clean(value, multiline=False)


def _lines(value: str) -> str:
    return _clean(value, multiline=True)


def _non_empty(value: str) -> str:
    if not value:
        raise ValueError("This cannot be empty.")
    return value


def _identifier(value: str) -> str:
    value = value.strip().lower()
    if not _ID_RE.match(value):
        raise ValueError(
            "Use an id of lower-case letters, digits, '_' or '-' (for example box_breathing)."
        )
    return value


def _phone(value: str) -> str:
    value = value.strip()
    if not _PHONE_RE.match(value):
        raise ValueError("Enter a phone number with digits, spaces, dashes or a leading +.")
    return value


def _frequency(value: str) -> str:
    value = _line(value)
    if parse_frequency(value) is None:
        raise ValueError(
            "Say how often in a way Tandem can count, for example: "
            + ", ".join(FREQUENCY_EXAMPLES)
            + "."
        )
    return value


def _homework_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError as exc:
        raise ValueError("Unknown homework id.") from exc


def _timezone(value: str) -> str:
    value = value.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError("Use a time zone name such as Europe/Madrid or America/New_York.") from exc
    return value


def _local_time(value: time) -> time:
    if value.tzinfo is not None:
        raise ValueError("Give a local clock time without a time zone, such as 22:00.")
    return value.replace(second=0, microsecond=0)


Identifier = Annotated[str, Field(max_length=64), AfterValidator(_identifier)]
ShortText = Annotated[str, Field(max_length=300), AfterValidator(_line), AfterValidator(_non_empty)]
Title = Annotated[str, Field(max_length=200), AfterValidator(_line), AfterValidator(_non_empty)]
Name = Annotated[str, Field(max_length=120), AfterValidator(_line), AfterValidator(_non_empty)]
Note = Annotated[str, Field(max_length=1000), AfterValidator(_lines)]
Instructions = Annotated[str, Field(max_length=2000), AfterValidator(_lines)]
ClinicianNotes = Annotated[str, Field(max_length=10000), AfterValidator(_lines)]
FrequencyText = Annotated[str, Field(max_length=60), AfterValidator(_frequency)]
Phone = Annotated[str, Field(max_length=30), AfterValidator(_phone)]
HomeworkId = Annotated[str, Field(max_length=36), AfterValidator(_homework_id)]
TimezoneName = Annotated[str, Field(max_length=64), AfterValidator(_timezone)]
LocalTime = Annotated[time, AfterValidator(_local_time)]

HomeworkStatus = Literal["active", "done", "cancelled"]
HomeworkState = Literal["open", "overdue", "done", "cancelled"]
AuthorRole = Literal["client", "clinician"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=10000)


# --- treatment plan content ---------------------------------------------------------------------


class TechniqueIn(Strict):
    skill_id: Identifier
    frequency: FrequencyText | None = None
    due: date | None = None
    # Words to the client about this technique; the companion may quote them.
    note: Note | None = None


class HomeworkIn(Strict):
    id: HomeworkId | None = Field(default=None, description="Omit for a new item")
    title: Title
    instructions: Instructions = ""
    due: date | None = None
    skill_id: Identifier | None = Field(
        default=None, description="When the homework is practising a companion skill"
    )
    target_count: int = Field(default=1, ge=1, le=50, description="Completions that make it done")
    status: HomeworkStatus = "active"


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


class PlanContent(Strict):
    """What a clinician edits. ``preferred_wording`` is keyed by skill or topic id."""

    goals: list[ShortText] = Field(default_factory=list, max_length=MAX_GOALS)
    techniques: list[TechniqueIn] = Field(default_factory=list, max_length=MAX_TECHNIQUES)
    homework: list[HomeworkIn] = Field(default_factory=list, max_length=MAX_HOMEWORK)
    clinician_notes: ClinicianNotes = ""
    preferred_wording: dict[Identifier, ShortText] = Field(
        default_factory=dict, max_length=MAX_WORDING
    )
    contraindicated_skills: list[Identifier] = Field(
        default_factory=list, max_length=MAX_CONTRAINDICATIONS
    )
    contraindicated_topics: list[Identifier] = Field(
        default_factory=list, max_length=MAX_CONTRAINDICATIONS
    )
    sessions: list[AwareDatetime] = Field(default_factory=list, max_length=MAX_SESSIONS)

    @model_validator(mode="after")
    def _consistent(self) -> PlanContent:
        skill_ids = [t.skill_id for t in self.techniques]
        repeated = sorted({s for s in skill_ids if skill_ids.count(s) > 1})
        if repeated:
            raise ValueError(f"Each technique can be assigned once: {', '.join(repeated)}.")
        self.contraindicated_skills = _dedupe(self.contraindicated_skills)
        self.contraindicated_topics = _dedupe(self.contraindicated_topics)
        blocked = set(self.contraindicated_skills)
        clash = sorted(blocked.intersection(skill_ids))
        clash += sorted(
            {h.skill_id for h in self.homework if h.skill_id and h.skill_id in blocked} - set(clash)
        )
        if clash:
            raise ValueError(
                "A technique cannot be both assigned and contraindicated: " + ", ".join(clash) + "."
            )
        ids = [h.id for h in self.homework if h.id is not None]
        if len(ids) != len(set(ids)):
            raise ValueError("The same homework item appears twice.")
        # Stored in UTC, so the same moment typed in two zones is one session.
        self.sessions = sorted({moment.astimezone(UTC) for moment in self.sessions})
        return self


class PlanUpdate(PlanContent):
    base_version: int = Field(
        ge=0, description="The version you edited (0 when there was no plan yet)"
    )


class StoredTechnique(TechniqueIn):
    model_config = ConfigDict(extra="ignore")
    # Checked when written; not re-checked on reading, so a stricter future reading of
    # frequency wording can never make an existing plan unreadable.
    frequency: Annotated[str, Field(max_length=60)] | None = None
    assigned_on: date


class StoredHomework(HomeworkIn):
    model_config = ConfigDict(extra="ignore")
    id: HomeworkId
    assigned_on: date


class PlanDocument(PlanContent):
    """One stored version: the content plus server-set dates and ids."""

    model_config = ConfigDict(extra="ignore")
    techniques: list[StoredTechnique] = Field(default_factory=list)  # type: ignore[assignment]
    homework: list[StoredHomework] = Field(default_factory=list)  # type: ignore[assignment]


# --- treatment plan answers ---------------------------------------------------------------------


class TechniqueOut(BaseModel):
    skill_id: str
    frequency: str | None
    per_week: float | None = Field(description="Practices per week the frequency means")
    due: date | None
    note: str | None
    assigned_on: date


class HomeworkOut(BaseModel):
    id: str
    title: str
    instructions: str
    due: date | None
    skill_id: str | None
    target_count: int
    status: HomeworkStatus = Field(description="As the clinician set it")
    state: HomeworkState = Field(description="Taking completions and the due date into account")
    completions: int
    last_completed_at: datetime | None
    assigned_on: date


class PlanOut(BaseModel):
    client_id: uuid.UUID
    version: int = Field(description="0 when no plan has been saved yet")
    updated_at: datetime | None
    updated_by: str | None
    updated_by_role: str | None
    goals: list[str]
    techniques: list[TechniqueOut]
    homework: list[HomeworkOut]
    clinician_notes: str
    preferred_wording: dict[str, str]
    contraindicated_skills: list[str]
    contraindicated_topics: list[str]
    sessions: list[datetime]
    next_session: datetime | None
    last_session: datetime | None


class ClientTechniqueOut(BaseModel):
    skill_id: str
    frequency: str | None
    due: date | None
    note: str | None


class ClientPlanOut(BaseModel):
    """What the client sees: never the clinician's private notes, wording or contraindications."""

    version: int
    updated_at: datetime | None
    goals: list[str]
    techniques: list[ClientTechniqueOut]
    homework: list[HomeworkOut]
    next_session: datetime | None


class PlanVersionOut(BaseModel):
    version: int
    created_at: datetime
    author_id: uuid.UUID | None
    author_name: str | None
    author_role: str
    summary: str


class PlanVersionDetailOut(PlanVersionOut):
    content: PlanDocument


# --- safety plan --------------------------------------------------------------------------------


class ContactIn(Strict):
    name: Name
    phone: Phone | None = None


class SafetyPlanContent(Strict):
    """The seven Stanley–Brown sections, in the order people use them in a crisis."""

    warning_signs: list[ShortText] = Field(default_factory=list, max_length=MAX_SAFETY_ITEMS)
    coping_strategies: list[ShortText] = Field(default_factory=list, max_length=MAX_SAFETY_ITEMS)
    distractions: list[ContactIn] = Field(
        default_factory=list,
        max_length=MAX_SAFETY_ITEMS,
        description="People and social settings that provide distraction",
    )
    help_contacts: list[ContactIn] = Field(
        default_factory=list, max_length=MAX_SAFETY_ITEMS, description="People to ask for help"
    )
    professionals: list[ContactIn] = Field(
        default_factory=list,
        max_length=MAX_SAFETY_ITEMS,
        description="Professionals and agencies to contact, including crisis lines",
    )
    environment_safety: list[ShortText] = Field(
        default_factory=list, max_length=MAX_SAFETY_ITEMS, description="Making the environment safe"
    )
    reasons_for_living: list[ShortText] = Field(default_factory=list, max_length=MAX_SAFETY_ITEMS)

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in type(self).model_fields)


class SafetyPlanUpdate(SafetyPlanContent):
    base_version: int = Field(ge=0, description="The version you edited (0 when there was none)")


class SafetyPlanDocument(SafetyPlanContent):
    model_config = ConfigDict(extra="ignore")


class SafetyPlanOut(SafetyPlanContent):
    client_id: uuid.UUID
    version: int = Field(description="0 when no safety plan has been written yet")
    updated_at: datetime | None
    updated_by: str | None
    updated_by_role: str | None


class SafetyPlanVersionOut(PlanVersionOut):
    pass


# --- companion settings -------------------------------------------------------------------------


class CompanionSettingsIn(Strict):
    base_version: int = Field(ge=0, description="The version you edited (0 before the first save)")
    paused: StrictBool = False
    pause_message: Annotated[str, Field(max_length=500), AfterValidator(_lines)] | None = None
    daily_minutes: int | None = Field(default=None, ge=0, le=1440)
    quiet_start: LocalTime | None = None
    quiet_end: LocalTime | None = None
    timezone: TimezoneName = "UTC"
    backend: Annotated[str, Field(max_length=40)] = "offline"

    @model_validator(mode="after")
    def _quiet_hours(self) -> CompanionSettingsIn:
        if (self.quiet_start is None) != (self.quiet_end is None):
            raise ValueError("Quiet hours need both a start and an end time (or neither).")
        if self.quiet_start is not None and self.quiet_start == self.quiet_end:
            raise ValueError("Quiet hours must start and end at different times.")
        if not _BACKEND_RE.match(self.backend):
            raise ValueError("Unknown companion backend.")
        if self.pause_message == "":
            self.pause_message = None
        return self


class CompanionSettingsOut(BaseModel):
    client_id: uuid.UUID
    version: int
    paused: bool
    pause_message: str | None
    daily_minutes: int | None
    quiet_start: time | None
    quiet_end: time | None
    timezone: str
    backend: str
    allowed_backends: list[str]
    updated_at: datetime | None


# --- adherence ----------------------------------------------------------------------------------


class TechniqueAdherenceOut(BaseModel):
    skill_id: str
    frequency: str | None
    expected: int | None
    done: int
    percent: int | None


class AdherenceOut(BaseModel):
    since: datetime
    until: datetime
    techniques: list[TechniqueAdherenceOut]
    practice_total: int
    homework_assigned: int
    homework_done: int
    homework_overdue: int
    homework_percent: int | None
