"""The client's chat page: works as a plain form, and htmx makes it update in place."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tandem.accounts.deps import ClientUser, CurrentAuth, render_page
from tandem.companion import service
from tandem.companion.api import message_out
from tandem.core.errors import InvalidInput
from tandem.core.web import AppSettings, DbSession

router = APIRouter(include_in_schema=False)


@router.get("/chat")
def chat_page(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    messages = [message_out(m) for m in service.history(db, client_id=client.id, limit=60)]
    return render_page(
        request,
        "companion/chat.html",
        {"messages": messages, "error": None},
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
        turn = service.send_message(db, client=client, text=text)
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
        messages = [message_out(m) for m in service.history(db, client_id=client.id, limit=60)]
        return render_page(
            request,
            "companion/chat.html",
            {"messages": messages, "error": exc.message},
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
