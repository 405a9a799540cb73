"""One place that turns errors into responses: JSON under /api/, a calm HTML page elsewhere."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from tandem.core.errors import NotAuthenticated, TandemError
from tandem.core.templating import templates
from tandem.core.web import is_api_request

log = logging.getLogger("tandem.web")

_STATUS_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
}


def _json_error(status: int, code: str, message: str, details: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        body["details"] = details
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _html_error(request: Request, status: int, message: str) -> Response:
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "message": message, "current_user": None, "csrf_token": ""},
        status_code=status,
    )


def _render(
    request: Request, status: int, code: str, message: str, details: Any = None
) -> Response:
    if is_api_request(request):
        return _json_error(status, code, message, details)
    return _html_error(request, status, message)


def _clean_validation_errors(errors: Any) -> list[dict[str, Any]]:
    cleaned = []
    for err in errors:
        cleaned.append(
            {
                "loc": [str(p) for p in err.get("loc", ())],
                "message": str(err.get("msg", "invalid")),
                "type": str(err.get("type", "invalid")),
            }
        )
    return cleaned


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TandemError)
    async def _tandem_error(request: Request, exc: TandemError) -> Response:
        if isinstance(exc, NotAuthenticated) and not is_api_request(request):
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        return _render(request, exc.status_code, exc.code, exc.message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = _clean_validation_errors(exc.errors())
        return _render(
            request, 422, "invalid_input", "Some of the data sent is not valid.", details
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = str(exc.detail) if exc.detail else "Something went wrong."
        return _render(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        if is_api_request(request):
            return _json_error(500, "internal_error", "Something went wrong on our side.")
        return HTMLResponse(
            "<!doctype html><title>Tandem</title><p>Something went wrong on our side.</p>",
            status_code=500,
        )
