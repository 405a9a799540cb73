"""The generative backend's configuration: installation settings, with a clinic override.

Read through ``getattr`` with defaults so this works whether or not
``tandem.core.settings.Settings`` declares the ``llm_*`` fields yet (environment:
``TANDEM_LLM_BASE_URL``, ``TANDEM_LLM_MODEL``, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

# Clinic settings may change where the model is and whether a remote one is allowed; the API key
# stays an installation secret (a clinic's JSON settings are not a place for secrets).
CLINIC_OVERRIDABLE = ("enabled", "base_url", "model", "provider", "remote_allowed")


@dataclass(frozen=True)
class LlmSettings:
    base_url: str | None = None  # e.g. http://127.0.0.1:11434/v1 ; None keeps the offline engine
    model: str = ""
    api_key: str | None = None
    # The provider's name as the client's consent text names it (e.g. "Acme AI"); remote only.
    provider: str | None = None
    remote_allowed: bool = False  # the installation's explicit yes to a non-loopback endpoint
    enabled: bool = True
    connect_timeout: float = 2.0
    read_timeout: float = 20.0
    total_timeout: float = 30.0  # a whole streamed answer, however steadily it trickles in
    max_retries: int = 1
    retry_backoff: float = 0.2  # seconds before the first retry; doubles each time
    max_tokens: int = 300
    temperature: float = 0.6
    circuit_failures: int = 3  # consecutive failures that open the circuit
    circuit_reset_seconds: float = 30.0  # how long it stays open before one trial call

    @property
    def configured(self) -> bool:
        return bool(self.enabled and self.base_url and self.model)

    @classmethod
    def from_settings(cls, settings: Any) -> LlmSettings:
        """Build from ``tandem.core.settings.Settings`` (or anything with ``llm_*`` attributes)."""
        defaults = cls()

        def get(name: str, default: Any) -> Any:
            value = getattr(settings, f"llm_{name}", None)
            return default if value is None else value

        return cls(
            base_url=_clean_url(get("base_url", defaults.base_url)),
            model=str(get("model", defaults.model)).strip(),
            api_key=_secret(get("api_key", defaults.api_key)),
            provider=_text_or_none(get("provider", defaults.provider)),
            remote_allowed=_flag(get("remote_allowed", defaults.remote_allowed)),
            enabled=_flag(get("enabled", defaults.enabled)),
            connect_timeout=float(get("connect_timeout", defaults.connect_timeout)),
            read_timeout=float(get("read_timeout", defaults.read_timeout)),
            total_timeout=float(get("total_timeout", defaults.total_timeout)),
            max_retries=max(0, int(get("max_retries", defaults.max_retries))),
            retry_backoff=max(0.0, float(get("retry_backoff", defaults.retry_backoff))),
            max_tokens=int(get("max_tokens", defaults.max_tokens)),
            temperature=float(get("temperature", defaults.temperature)),
            circuit_failures=max(1, int(get("circuit_failures", defaults.circuit_failures))),
            circuit_reset_seconds=float(
                get("circuit_reset_seconds", defaults.circuit_reset_seconds)
            ),
        )

    def for_clinic(self, clinic_settings: Mapping[str, Any] | None) -> LlmSettings:
        """Apply a clinic's ``settings["llm"]`` override (unknown keys are ignored)."""
        override = (clinic_settings or {}).get("llm")
        if not isinstance(override, Mapping):
            return self
        changes: dict[str, Any] = {}
        if "enabled" in override:
            changes["enabled"] = _flag(override["enabled"])
        if "base_url" in override:
            changes["base_url"] = _clean_url(override["base_url"])
        if "model" in override:
            changes["model"] = str(override["model"] or "").strip()
        if "provider" in override:
            changes["provider"] = _text_or_none(override["provider"])
        if "remote_allowed" in override:
            changes["remote_allowed"] = _flag(override["remote_allowed"])
        return replace(self, **changes)


def _clean_url(value: Any) -> str | None:
    text = str(value or "").strip().rstrip("/")
    return text or None


def _text_or_none(value: Any) -> str | None:
    text = str(value or "").strip()
    return text or None


def _secret(value: Any) -> str | None:
    # pydantic SecretStr or a plain string
    if hasattr(value, "get_secret_value"):
        value = value.get_secret_value()
    return _text_or_none(value)


def _flag(value: Any) -> bool:
    # Only an explicit yes counts: "false", "0" or a typo must never switch remote sending on.
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")
