"""Request and response shapes of the accounts API, and the input rules they share with the service.

Requests forbid unknown fields and cap every string, so a malformed or oversized request gets a
clear 422 before any service code runs.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool

from tandem.accounts.consent import supported_languages
from tandem.accounts.streams import Stream
from tandem.core.security import PASSWORD_MAX_LENGTH

# Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is proven by use,
# not by a regular expression, and this needs no extra dependency.
_EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$")
_LOCALE_RE = re.compile(r"^([a-z]{2})(?:[-_]([A-Za-z]{2}))?$")
EMAIL_MAX_LENGTH = 254
DISPLAY_NAME_MAX_LENGTH = 100
INVITE_CODE_MAX_LENGTH = 32


def normalize_email(value: str) -> str:
    """Trimmed and lower-cased; raises ValueError when it does not look like an email address."""
    email = value.strip().lower()
    if len(email) > EMAIL_MAX_LENGTH or not _EMAIL_RE.match(email) or ".." in email:
        raise ValueError("Enter an email address like name@example.org.")
    return email


def normalize_locale(value: str) -> str:
    """``en``, ``es-mx``, ``es_MX`` → ``en``, ``es-MX``; only languages Tandem speaks."""
    match = _LOCALE_RE.match(value.strip())
    if not match:
        raise ValueError("Use a language code such as en, en-US, es or es-MX.")
    language, region = match.group(1), match.group(2)
    if language not in supported_languages():
        raise ValueError(f"Tandem is available in: {', '.join(supported_languages())}.")
    return f"{language}-{region.upper()}" if region else language


def clean_display_name(value: str) -> str:
    """Trimmed, single-spaced, no control characters, 1–100 characters."""
    name = " ".join(value.split())
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise ValueError("Use letters, numbers and punctuation only.")
    if not name:
        raise ValueError("Enter the name you would like us to use.")
    if len(name) > DISPLAY_NAME_MAX_LENGTH:
        raise ValueError(f"Use at most {DISPLAY_NAME_MAX_LENGTH} characters.")
    return name


Email = Annotated[str, Field(max_length=EMAIL_MAX_LENGTH), AfterValidator(normalize_email)]
Locale = Annotated[str, Field(max_length=16), AfterValidator(normalize_locale)]
DisplayName = Annotated[
    str, Field(max_length=DISPLAY_NAME_MAX_LENGTH * 2), AfterValidator(clean_display_name)
]
Password = Annotated[str, Field(min_length=1, max_length=PASSWORD_MAX_LENGTH)]
InviteCode = Annotated[str, Field(min_length=1, max_length=INVITE_CODE_MAX_LENGTH)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=1000)


class TokenRequest(_Request):
    email: Annotated[str, Field(min_length=1, max_length=EMAIL_MAX_LENGTH)]
    password: Password
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 (a scheme name, not a secret)


class SignupRequest(_Request):
    email: Email
    password: Password
    display_name: DisplayName
    locale: Locale | None = None
    invite_code: InviteCode | None = None


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    role: Literal["client", "clinician", "admin"]
    display_name: str
    locale: str
    timezone: str
    clinic_id: uuid.UUID | None
    created_at: datetime


class InviteCreateRequest(_Request):
    pass


class InviteOut(BaseModel):
    code: str = Field(description="Shown once; only its hash is stored.")
    expires_at: datetime


class InviteRedeemRequest(_Request):
    code: InviteCode


class LinkOut(BaseModel):
    id: uuid.UUID
    clinician_id: uuid.UUID
    clinician_name: str
    client_id: uuid.UUID
    status: Literal["pending", "active", "ended"]
    created_at: datetime
    activated_at: datetime | None
    ended_at: datetime | None


class ConsentRequest(_Request):
    share_measures: StrictBool
    share_summaries: StrictBool
    share_transcripts: StrictBool
    share_journal: StrictBool
    text_version: Annotated[str, Field(max_length=32)] | None = Field(
        default=None,
        description="The consent text version the client read; refused (409) if it is outdated.",
    )


class ConsentOut(BaseModel):
    share_measures: bool
    share_summaries: bool
    share_transcripts: bool
    share_journal: bool
    given_at: datetime | None = Field(description="When this choice was made; null if never.")
    text_version: str = Field(description="Version of the consent text this choice was made on.")
    text_sha256: str
    current_text_version: str = Field(description="Version of the text shown now.")
    current_text_sha256: str
    safety_override: str = Field(description="Risk alerts always reach clinician and on-call.")
    links: list[LinkOut]


class ClientOut(BaseModel):
    id: uuid.UUID
    display_name: str
    locale: str
    timezone: str
    link_id: uuid.UUID
    linked_since: datetime | None
    shared_streams: list[Stream]


class ErrorBody(BaseModel):
    code: str
    message: str
    details: Any | None = None


class ErrorOut(BaseModel):
    error: ErrorBody


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries documenting the error format for these statuses."""
    descriptions = {
        400: "Bad request",
        401: "Not signed in, or wrong credentials",
        403: "Signed in but not allowed (wrong role, CSRF, or not shared)",
        404: "Not found (or not yours to see)",
        409: "Conflicts with the current state",
        422: "Invalid input",
        423: "Account temporarily locked",
        429: "Too many attempts",
    }
    return {
        status: {"model": ErrorOut, "description": descriptions.get(status, "Error")}
        for status in statuses
    }
