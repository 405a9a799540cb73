"""Settings come from the environment (``TANDEM_`` prefix) and an optional ``.env`` file.

The embedded default must work with no configuration at all, so missing secrets are generated once
into ``var/secrets.json`` (owner-only permissions). Production refuses to start on generated or
placeholder secrets, because a secret that sits next to the database protects nothing.
"""

from __future__ import annotations

import json
import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from cryptography.fernet import Fernet
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = frozenset(
    {"", "changeme", "change-me", "change_me", "secret", "placeholder", "xxx", "todo", "dev"}
)


class ConfigurationError(RuntimeError):
    """The installation is configured in a way that is unsafe or cannot work."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TANDEM_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    env: Literal["development", "test", "production"] = "development"
    var_dir: Path = Path("var")
    database_url: str | None = None
    secret_key: str | None = None
    # Comma-separated Fernet keys, newest first; the first encrypts, all decrypt.
    encryption_keys: str | None = None
    base_url: str = "http://127.0.0.1:8000"
    host: str = "127.0.0.1"
    port: int = 8000

    clinician_idle_minutes: int = Field(default=30, ge=1)
    client_idle_minutes: int = Field(default=7 * 24 * 60, ge=1)
    admin_idle_minutes: int = Field(default=30, ge=1)
    session_max_hours: int = Field(default=24 * 14, ge=1)
    login_max_failures: int = Field(default=5, ge=1)
    login_lockout_minutes: int = Field(default=15, ge=1)
    login_ip_max_failures_per_hour: int = Field(default=50, ge=1)
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    cookie_secure: bool | None = None  # None: decided per request from the scheme

    default_locale: str = "en-US"
    default_timezone: str = "UTC"

    # Generative backend (optional): any OpenAI-compatible chat-completions endpoint.
    llm_base_url: str | None = None
    llm_model: str = "default"
    llm_api_key: str | None = None
    llm_connect_timeout: float = Field(default=2.0, gt=0)
    llm_read_timeout: float = Field(default=20.0, gt=0)
    llm_max_retries: int = Field(default=1, ge=0, le=5)
    llm_total_timeout: float = Field(default=30.0, gt=0)
    llm_retry_backoff: float = Field(default=0.2, ge=0)
    llm_max_tokens: int = Field(default=300, ge=16)
    llm_temperature: float = Field(default=0.6, ge=0, le=2)
    llm_circuit_failures: int = Field(default=3, ge=1)
    llm_circuit_reset_seconds: float = Field(default=30.0, gt=0)
    # Client text leaves the building only when this is on, the clinic enables it, and the
    # client's consent names the provider (see tandem/companion/backends/policy.py).
    llm_remote_allowed: bool = False
    llm_provider: str | None = None

    # Notifications: email over SMTP and/or a webhook; neither set means nothing is sent.
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "Tandem <no-reply@localhost>"
    smtp_starttls: bool = True
    alert_webhook_url: str | None = None
    worker_interval_seconds: float = Field(default=15.0, gt=0)

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def secrets_path(self) -> Path:
        return self.var_dir / "secrets.json"

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        if self.is_production:
            raise ConfigurationError(
                "TANDEM_DATABASE_URL must be set explicitly in production "
                "(for example postgresql+psycopg://tandem@db/tandem)."
            )
        self.var_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.var_dir / 'tandem.db').resolve()}"

    def resolved_secret_key(self) -> str:
        if self.secret_key:
            _refuse_placeholder("TANDEM_SECRET_KEY", self.secret_key, self.is_production)
            return self.secret_key
        if self.is_production:
            raise ConfigurationError(
                "TANDEM_SECRET_KEY must be set in production; generated secrets are for "
                "development only."
            )
        return str(_local_secrets(self.secrets_path)["secret_key"])

    def resolved_encryption_keys(self) -> list[str]:
        if self.encryption_keys:
            keys = [k.strip() for k in self.encryption_keys.split(",") if k.strip()]
            for key in keys:
                _refuse_placeholder("TANDEM_ENCRYPTION_KEYS", key, self.is_production)
                _check_fernet_key(key)
            return keys
        if self.is_production:
            raise ConfigurationError(
                "TANDEM_ENCRYPTION_KEYS must be set in production (comma-separated Fernet keys, "
                "newest first); generate one with `tandem keys generate`."
            )
        stored = _local_secrets(self.secrets_path)["encryption_keys"]
        assert isinstance(stored, list)
        return [str(k) for k in stored]

    @property
    def keys_from_file(self) -> bool:
        return not self.encryption_keys

    def check_startup(self) -> None:
        """Fail fast, with a reason, on a configuration that must not serve clients."""
        self.resolved_database_url()
        self.resolved_secret_key()
        self.resolved_encryption_keys()
        if self.is_production and self.cookie_secure is False:
            raise ConfigurationError("TANDEM_COOKIE_SECURE=false is not allowed in production.")


def _refuse_placeholder(name: str, value: str, production: bool) -> None:
    if not production:
        return
    lowered = value.strip().lower()
    if lowered in PLACEHOLDER_SECRETS or "change" in lowered or len(value) < 32:
        raise ConfigurationError(
            f"{name} looks like a placeholder or is too short (32+ characters); set a real secret."
        )


def _check_fernet_key(key: str) -> None:
    try:
        Fernet(key.encode())
    except (ValueError, TypeError) as exc:
        raise ConfigurationError(
            "TANDEM_ENCRYPTION_KEYS holds a value that is not a Fernet key "
            "(32 url-safe base64-encoded bytes)."
        ) from exc


def _local_secrets(path: Path) -> dict[str, object]:
    """Read the generated development secrets, creating them once with owner-only permissions."""
    if path.exists():
        data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        return data
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "secret_key": secrets.token_urlsafe(48),
        "encryption_keys": [Fernet.generate_key().decode()],
        "generated": True,
    }
    write_private_json(path, data)
    return data


def write_private_json(path: Path, data: dict[str, object]) -> None:
    """Write a file only the owner can read, atomically, so a crash never leaves half a keyring."""
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
