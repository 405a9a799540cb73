"""The JSON shapes of the consent to a remote model provider."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ModelConsentOut(BaseModel):
    provider: str | None  # None: no provider is configured for this client
    text: str | None  # the exact words shown, naming the provider
    text_version: str | None
    text_sha256: str | None
    agreed: bool
    remote: bool  # the configured endpoint is not on this machine
    remote_enabled: bool  # the clinic (or installation) switched remote models on


class ModelConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agreed: bool
