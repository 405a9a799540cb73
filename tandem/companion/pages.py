"""The client's chat page: works as a plain form, htmx makes it update in place, and when a
generative model is configured for the client, chat.js streams the reply over server-sent events.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from tandem.accounts.deps import Auth, ClientUser, CurrentAuth, render_page
from tandem.companion import service
from tandem.companion.api import message_out
from tandem.companion.backends import service as backend_service
from tandem.companion.schemas import MessageOut
from tandem.core.errors import InvalidInput
from tandem.core.security import csrf_token
from tandem.core.settings import Settings
from tandem.core.templating import templates
from tandem.core.web import AppSettings, DbSession, client_ip, get_database

router = APIRouter(include_in_schema=False)

STREAM_PATH = "/chat/stream"
MODEL_CONSENT_PATH = "/chat/model-consent"


def stream_scope(request: Request) -> service.SessionScope:
    """Where a streamed reply is stored once the stream ends: a short transaction of its own
    (the request's session has been committed and closed by then). Tests override this."""
    database = get_database(request)

    def scope() -> AbstractContextManager[Any]:
        return database.transaction()

    return scope


StreamScope = Annotated[service.SessionScope, Depends(stream_scope)]


def _chat_context(db: Any, client: Any, settings: Settings, error: str | None) -> dict[str, Any]:
    view = service.chat_view(db, client=client, settings=settings)
    return {
        "messages": [message_out(m) for m in view.messages],
        "error": error,
        "streaming": view.streaming,
        "provider_offer": view.provider_offer,
    }


@router.get("/chat")
def chat_page(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    return render_page(
        request,
        "companion/chat.html",
        _chat_context(db, client, settings, None),
        auth=auth,
        settings=settings,
    )


@router.post("/chat")
def chat_send(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    text: str = Form("", max_length=8000),
) -> Response:
    is_htmx = request.headers.get("hx-request") == "true"
    try:
        turn = service.send_message(db, client=client, text=text, settings=settings)
    except InvalidInput as exc:
        if is_htmx:
            return render_page(
                request,
                "companion/_error.html",
                {"error": exc.message},
                auth=auth,
                settings=settings,
                status_code=422,
            )
        return render_page(
            request,
            "companion/chat.html",
            _chat_context(db, client, settings, exc.message),
            auth=auth,
            settings=settings,
            status_code=422,
        )
    if is_htmx:
        return render_page(
            request,
            "companion/_turn.html",
            {"messages": [message_out(turn.client_message), message_out(turn.reply)]},
            auth=auth,
            settings=settings,
        )
    return RedirectResponse("/chat#latest", status_code=303)


@router.post(STREAM_PATH)
def chat_stream(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    scope: StreamScope,
    text: str = Form("", max_length=8000),
) -> Response:
    """The same turn as ``POST /chat``, with the reply as server-sent events (chat.js reads them
    through fetch: EventSource cannot POST). Events: ``message`` (the stored client message, as
    HTML), ``text`` (append), ``replace`` (show this instead of everything so far), ``done`` (the
    final reply as HTML, exactly as stored)."""
    try:
        turn = service.start_streamed_turn(
            db, client=client, text=text, scope=scope, settings=settings
        )
    except InvalidInput as exc:
        return render_page(
            request,
            "companion/_error.html",
            {"error": exc.message},
            auth=auth,
            settings=settings,
            status_code=422,
        )
    # Rendered now, while the request's session is open; the stream itself never touches it.
    render = _partial_renderer(request, auth, settings)
    sent = render(message_out(turn.client_message))
    placeholder = message_out(turn.reply)
    return StreamingResponse(
        _sse(turn.events, sent_html=sent, placeholder=placeholder, render=render),
        media_type="text/event-stream",
        headers={"X-Accel-Buffering": "no", "Cache-Control": "no-store"},
    )


def _partial_renderer(request: Request, auth: Auth, settings: Settings) -> Any:
    token = (
        csrf_token(settings.resolved_secret_key(), auth.web_session.csrf_secret)
        if auth.web_session is not None
        else ""
    )
    template = templates.get_template("companion/_message.html")

    def render(message: MessageOut) -> str:
        return template.render(
            request=request, message=message, loop_last=True, csrf_token=token, streaming=True
        )

    return render


def _event(kind: str, data: dict[str, Any]) -> str:
    return f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _sse(
    events: Iterator[service.StreamEvent],
    *,
    sent_html: str,
    placeholder: MessageOut,
    render: Any,
) -> Iterator[str]:
    yield _event("message", {"html": sent_html})
    for event in events:
        if event.kind == "done":
            final = placeholder.model_copy(update={"text": event.text})
            yield _event("done", {"text": event.text, "html": render(final), "id": str(final.id)})
        else:
            yield _event(event.kind, {"text": event.text})


# --- consent to a remote model provider ---------------------------------------------------------


@router.get(MODEL_CONSENT_PATH)
def model_consent_page(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    view = backend_service.model_consent_view(db, client=client, settings=settings)
    return render_page(
        request,
        "companion/model_consent.html",
        {"view": view, "saved": request.query_params.get("saved") == "1"},
        auth=auth,
        settings=settings,
    )


@router.post(MODEL_CONSENT_PATH)
def model_consent_save(
    request: Request,
    db: DbSession,
    settings: AppSettings,
    auth: CurrentAuth,
    client: ClientUser,
    decision: str = Form("", max_length=10),
) -> Response:
    if decision not in ("agree", "decline"):
        raise InvalidInput("Choose whether to agree or not.")
    backend_service.decide_model_consent(
        db, client=client, agreed=decision == "agree", settings=settings, ip=client_ip(request)
    )
    return RedirectResponse(MODEL_CONSENT_PATH + "?saved=1", status_code=303)
