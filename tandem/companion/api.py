"""The client's chat with the companion (DESIGN §6)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from tandem.accounts.deps import ClientUser
from tandem.accounts.schemas import error_responses
from tandem.companion import service
from tandem.companion.backends import service as backend_service
from tandem.companion.backends.schemas import ModelConsentIn, ModelConsentOut
from tandem.companion.models import ChatMessage
from tandem.companion.schemas import ChatReplyOut, MessageOut, SafetyOut, SendMessageRequest
from tandem.core.web import AppSettings, DbSession, client_ip

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
def send_message(
    body: SendMessageRequest, client: ClientUser, db: DbSession, settings: AppSettings
) -> ChatReplyOut:
    turn = service.send_message(db, client=client, text=body.text, settings=settings)
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


def _consent_out(view: backend_service.ModelConsentView) -> ModelConsentOut:
    shown = view.shown
    return ModelConsentOut(
        provider=shown.provider if shown else None,
        text=shown.text if shown else None,
        text_version=shown.version if shown else None,
        text_sha256=shown.sha256 if shown else None,
        agreed=view.agreed,
        remote=view.remote,
        remote_enabled=view.remote_enabled,
    )


@router.get(
    "/me/model-consent",
    response_model=ModelConsentOut,
    summary="The consent text naming this client's remote model provider, and their decision",
    responses=error_responses(401, 403),
)
def get_model_consent(client: ClientUser, db: DbSession, settings: AppSettings) -> ModelConsentOut:
    return _consent_out(backend_service.model_consent_view(db, client=client, settings=settings))


@router.put(
    "/me/model-consent",
    response_model=ModelConsentOut,
    summary="Agree or decline to send messages to the configured remote model provider",
    responses=error_responses(401, 403, 422),
)
def put_model_consent(
    body: ModelConsentIn, request: Request, client: ClientUser, db: DbSession, settings: AppSettings
) -> ModelConsentOut:
    return _consent_out(
        backend_service.decide_model_consent(
            db, client=client, agreed=body.agreed, settings=settings, ip=client_ip(request)
        )
    )
