"""The client's chat with the companion (DESIGN §6)."""

from __future__ import annotations

from fastapi import APIRouter, Query

from tandem.accounts.deps import ClientUser
from tandem.accounts.schemas import error_responses
from tandem.companion import service
from tandem.companion.models import ChatMessage
from tandem.companion.schemas import ChatReplyOut, MessageOut, SafetyOut, SendMessageRequest
from tandem.core.web import DbSession

router = APIRouter(prefix="/api/v1", tags=["chat"])


def message_out(message: ChatMessage) -> MessageOut:
    extras = message.extras or {}
    return MessageOut(
        id=message.id,
        role=message.role,
        text=message.text,
        created_at=message.created_at,
        action=message.action,
        skill=message.skill,
        quick_replies=list(extras.get("quick_replies") or []),
        card=extras.get("card"),
        resources=list(extras.get("resources") or []),
        show_safety_plan=bool(extras.get("show_safety_plan")),
    )


@router.post(
    "/chat/messages",
    response_model=ChatReplyOut,
    summary="Send a message; it is screened for risk before anything else",
    responses=error_responses(401, 403, 422),
)
def send_message(body: SendMessageRequest, client: ClientUser, db: DbSession) -> ChatReplyOut:
    turn = service.send_message(db, client=client, text=body.text)
    return ChatReplyOut(
        message=message_out(turn.client_message),
        reply=message_out(turn.reply),
        safety=SafetyOut(
            level=turn.assessment.level.label, categories=list(turn.assessment.categories)
        ),
    )


@router.get(
    "/chat/messages",
    response_model=list[MessageOut],
    summary="The conversation history, oldest first",
    responses=error_responses(401, 403),
)
def list_messages(
    client: ClientUser, db: DbSession, limit: int = Query(100, ge=1, le=500)
) -> list[MessageOut]:
    return [message_out(m) for m in service.history(db, client_id=client.id, limit=limit)]
