"""The one interface for reply generation, and the shapes that cross it.

Every turn, the offline engine runs first: it owns the conversation state (the active skill and its
step, pending offers) and its reply is the deterministic fallback. A backend then produces the
words shown to the client for that turn — the engine's own words (``OfflineBackend``) or a model's
(``OpenAICompatBackend``), which may phrase the engine's step but never changes the state.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

from tandem.companion.context import ClientContext
from tandem.companion.engine import EngineReply
from tandem.safety.assessment import RiskLevel

Role = Literal["client", "companion"]


@dataclass(frozen=True)
class HistoryLine:
    """One earlier message of this client's own conversation, oldest first."""

    role: Role
    text: str


@dataclass(frozen=True)
class ReplyRequest:
    client_text: str
    lang: str  # "en" | "es"
    level: RiskLevel  # the safety screen's verdict for this turn
    draft: EngineReply  # the offline engine's reply for this turn (state owner and fallback)
    ctx: ClientContext
    history: tuple[HistoryLine, ...] = ()
    client_id: uuid.UUID | None = None


@dataclass(frozen=True)
class GeneratedReply:
    """What a backend produced, before the output guard has looked at it."""

    text: str
    backend: str
    model: str | None = None
    finish_reason: str | None = None


class BackendError(Exception):
    """The backend could not produce a reply; the caller falls back to the offline engine.

    ``kind`` is a short, text-free label for logs and counters (never the client's words).
    """

    kind = "error"
    retryable = False

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind


class BackendTimeout(BackendError):
    kind = "timeout"


class BackendUnavailable(BackendError):
    """Could not connect, or the server said it is overloaded or failing (5xx, 429)."""

    kind = "unavailable"
    retryable = True


class BackendRejected(BackendError):
    """A 4xx other than 429: the request or the configuration is wrong; retrying will not help."""

    kind = "rejected"


class BackendProtocolError(BackendError):
    """Malformed JSON, a missing field, or a stream that ended before ``[DONE]``."""

    kind = "protocol"


class CircuitOpen(BackendError):
    kind = "circuit_open"


@dataclass(frozen=True)
class BackendInfo:
    name: str
    model: str | None = None
    local: bool = True
    details: dict[str, str] = field(default_factory=dict)


class ReplyBackend(Protocol):
    """Produces the words for one turn. Raises :class:`BackendError` (only) when it cannot."""

    @property
    def info(self) -> BackendInfo: ...

    def generate(self, request: ReplyRequest) -> GeneratedReply: ...

    def stream(self, request: ReplyRequest) -> Iterator[str]:
        """Text deltas as they arrive; raises BackendError if the stream fails part-way."""
        ...
