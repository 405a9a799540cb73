"""Crisis resources, one tap from every client page, reachable even when signed out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from tandem.accounts.deps import OptionalAuth, render_page
from tandem.core.web import AppSettings, DbSession
from tandem.safety.resources import resources_for
from tandem.safety.service import resources_for_client

router = APIRouter(include_in_schema=False)


@router.get("/help")
def help_now(
    request: Request, db: DbSession, settings: AppSettings, auth: OptionalAuth
) -> Response:
    user = auth.user if auth else None
    if user is not None and user.is_client:
        resources = resources_for_client(db, client=user)
        lang = (user.locale or "en")[:2]
    else:
        lang = request.headers.get("accept-language", "en")[:2].lower()
        resources = resources_for("es" if lang == "es" else "en-US")
    return render_page(
        request,
        "safety/help.html",
        {"resources": resources, "lang": lang if lang in ("en", "es") else "en"},
        auth=auth,
        settings=settings,
    )
