"""The offline engine as a backend: its authored words, unchanged."""

from __future__ import annotations

from collections.abc import Iterator

from tandem.companion.backends.base import BackendInfo, GeneratedReply, ReplyRequest
from tandem.companion.context import ClientContext
from tandem.companion.engine import Engine, EngineReply
from tandem.companion.state import ConversationState
from tandem.safety.assessment import RiskLevel

OFFLINE = "offline"


class OfflineBackend:
    """Runs the engine for a turn (:meth:`draft`) and answers with the engine's reply."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def info(self) -> BackendInfo:
        return BackendInfo(name=OFFLINE)

    def draft(
        self,
        state: ConversationState,
        text: str,
        ctx: ClientContext,
        *,
        level: RiskLevel,
        event: str | None = None,
    ) -> EngineReply:
        return self.engine.respond(state, text, ctx, safety_level=level.label, event=event)

    def generate(self, request: ReplyRequest) -> GeneratedReply:
        return GeneratedReply(text=request.draft.text, backend=OFFLINE)

    def stream(self, request: ReplyRequest) -> Iterator[str]:
        yield request.draft.text
