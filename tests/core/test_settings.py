from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tandem.core.settings import ConfigurationError, Settings

GOOD_SECRET = "s" * 16 + "0123456789abcdefghijklmnop"


def test_development_generates_secrets_once_with_owner_only_permissions(tmp_path: Path) -> None:
    settings = Settings(env="development", var_dir=tmp_path)
    first = settings.resolved_secret_key()
    keys = settings.resolved_encryption_keys()
    assert settings.resolved_secret_key() == first  # read back, not regenerated
    assert Settings(env="development", var_dir=tmp_path).resolved_encryption_keys() == keys
    mode = stat.S_IMODE(settings.secrets_path.stat().st_mode)
    assert mode == 0o600


def test_development_defaults_to_sqlite_under_var(tmp_path: Path) -> None:
    url = Settings(env="development", var_dir=tmp_path).resolved_database_url()
    assert url.startswith("sqlite:///") and url.endswith("/tandem.db")
    assert str(tmp_path.resolve()) in url


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({}, "TANDEM_DATABASE_URL"),
        ({"database_url": "postgresql+psycopg://db/tandem"}, "TANDEM_SECRET_KEY"),
        (
            {"database_url": "postgresql+psycopg://db/tandem", "secret_key": "changeme"},
            "placeholder",
        ),
        (
            {"database_url": "postgresql+psycopg://db/tandem", "secret_key": GOOD_SECRET},
            "TANDEM_ENCRYPTION_KEYS",
        ),
        (
            {
                "database_url": "postgresql+psycopg://db/tandem",
                "secret_key": GOOD_SECRET,
                "encryption_keys": "not-a-fernet-key-but-long-enough-to-pass-length",
            },
            "Fernet",
        ),
    ],
)
def test_production_refuses_unsafe_configuration(
    tmp_path: Path, overrides: dict[str, str], needle: str
) -> None:
    settings = Settings(env="production", var_dir=tmp_path, **overrides)
    with pytest.raises(ConfigurationError, match=needle):
        settings.check_startup()
    assert not settings.secrets_path.exists()  # production never generates secrets


def test_production_starts_with_explicit_configuration(tmp_path: Path) -> None:
    settings = Settings(
        env="production",
        var_dir=tmp_path,
        database_url="postgresql+psycopg://db/tandem",
        secret_key=GOOD_SECRET,
        encryption_keys=Fernet.generate_key().decode(),
    )
    settings.check_startup()


def test_settings_read_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TANDEM_CLINICIAN_IDLE_MINUTES", "12")
    monkeypatch.setenv("TANDEM_VAR_DIR", str(tmp_path))
    settings = Settings()
    assert settings.clinician_idle_minutes == 12
    assert settings.var_dir == tmp_path
