"""Domain errors carry their own HTTP status and a stable code.

Services raise these; one handler in the web layer renders them as JSON under ``/api/`` and as an
HTML page elsewhere, so no route has to translate errors by hand.
"""

from __future__ import annotations

from typing import Any, ClassVar


class TandemError(Exception):
    status_code: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"
    default_message: ClassVar[str] = "The request could not be processed."

    def __init__(self, message: str | None = None, *, details: Any = None) -> None:
        self.message = message or self.default_message
        self.details = details
        super().__init__(self.message)

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            body["details"] = self.details
        return {"error": body}


class BadRequest(TandemError):
    pass


class InvalidInput(TandemError):
    status_code = 422
    code = "invalid_input"
    default_message = "Some of the data sent is not valid."


class NotAuthenticated(TandemError):
    status_code = 401
    code = "not_authenticated"
    default_message = "Please sign in."


class InvalidCredentials(TandemError):
    status_code = 401
    code = "invalid_credentials"
    default_message = "That email and password do not match an account."


class AccountLocked(TandemError):
    status_code = 423
    code = "account_locked"
    default_message = "Too many failed sign-ins. Please wait a few minutes and try again."


class RateLimited(TandemError):
    status_code = 429
    code = "rate_limited"
    default_message = "Too many attempts. Please wait and try again."


class Forbidden(TandemError):
    status_code = 403
    code = "forbidden"
    default_message = "You do not have access to this."


class NotShared(Forbidden):
    code = "not_shared"
    default_message = "The client has not chosen to share this with you."


class CsrfFailed(Forbidden):
    code = "csrf_failed"
    default_message = "The form expired or came from elsewhere. Please reload the page and retry."


class NotFound(TandemError):
    status_code = 404
    code = "not_found"
    default_message = "Not found."


class Conflict(TandemError):
    status_code = 409
    code = "conflict"
    default_message = "This conflicts with the current state."


class PayloadTooLarge(TandemError):
    status_code = 413
    code = "payload_too_large"
    default_message = "The request body is too large."


class ServiceUnavailable(TandemError):
    status_code = 503
    code = "unavailable"
    default_message = "The service is temporarily unavailable."
