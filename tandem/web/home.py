"""The client's home: composed here, at the top layer, from every domain that has news for them."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from tandem.accounts.deps import ClientUser, CurrentAuth, render_page
from tandem.accounts.pages import client_home_context
from tandem.core.web import AppSettings, DbSession
from tandem.measures.schedule import due_questionnaires

router = APIRouter(include_in_schema=False)


@router.get("/home")
def client_home(
    request: Request, db: DbSession, settings: AppSettings, auth: CurrentAuth, client: ClientUser
) -> Response:
    context = client_home_context(db, client)
    context["due"] = due_questionnaires(db, client=client)
    return render_page(request, "accounts/home.html", context, auth=auth, settings=settings)
