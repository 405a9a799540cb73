from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class SendMessageRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=4000)


class SafetyOut(BaseModel):
    level: str
    categories: list[str]


class MessageOut(BaseModel):
    id: uuid.UUID
    role: str
    text: str
    created_at: datetime
    action: str | None = None
    skill: str | None = None
    quick_replies: list[str] = []
    card: dict[str, Any] | None = None
    resources: list[dict[str, str]] = []
    show_safety_plan: bool = False


class ChatReplyOut(BaseModel):
    message: MessageOut
    reply: MessageOut
    safety: SafetyOut


class SessionNoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=2000)


class SessionNoteOut(BaseModel):
    id: uuid.UUID
    text: str
    source: str
    created_at: datetime
