from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

AckAction = Literal[
    "contacted_client", "reviewed_safety_plan", "contacted_emergency_services", "no_action_needed"
]


class AlertOut(BaseModel):
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    level: str
    categories: list[str]
    indicators: list[str]
    excerpt: str | None = Field(
        description="The message excerpt, only when the client shares transcripts."
    )
    source: str
    immediate: bool
    notify_on_call: bool
    status: str
    opened_at: datetime
    detected_at: datetime
    last_event_at: datetime
    event_count: int
    due_at: datetime
    acknowledged_at: datetime | None
    ack_action: str | None


class AcknowledgeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: AckAction
    note: str = Field(default="", max_length=2000)
