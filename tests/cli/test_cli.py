"""The command line as an administrator uses it, against a fresh embedded installation."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tandem.cli import app
from tandem.core.crypto import KeyRing, set_keyring
from tandem.core.settings import get_settings

runner = CliRunner()


@pytest.fixture()
def installation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _keyring: KeyRing
) -> Iterator[Path]:
    """A fresh var/ directory with generated secrets, as `make run` would create."""
    var = tmp_path / "var"
    monkeypatch.setenv("TANDEM_VAR_DIR", str(var))
    monkeypatch.setenv("TANDEM_ENV", "development")
    monkeypatch.delenv("TANDEM_DATABASE_URL", raising=False)
    monkeypatch.delenv("TANDEM_ENCRYPTION_KEYS", raising=False)
    get_settings.cache_clear()
    set_keyring(None)  # use the installation's own generated keys
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    yield var
    get_settings.cache_clear()
    set_keyring(_keyring)


def test_help_explains_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("serve", "db", "demo", "users", "audit", "keys"):
        assert command in result.output


def test_users_create_then_duplicate_is_refused(installation: Path) -> None:
    args = [
        "users",
        "create",
        "--role",
        "clinician",
        "--email",
        "Dr.Who@Example.org",
        "--password",
        "a long enough password",
    ]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "dr.who@example.org" in first.output
    second = runner.invoke(app, args)
    assert second.exit_code == 2 and "already exists" in second.output
    weak = runner.invoke(
        app,
        ["users", "create", "--role", "client", "--email", "c@example.org", "--password", "short"],
    )
    assert weak.exit_code == 2


def test_demo_seed_is_idempotent_and_prints_logins(installation: Path) -> None:
    first = runner.invoke(app, ["demo", "seed"])
    assert first.exit_code == 0, first.output
    assert "dr.rivera@demo.tandem.local" in first.output
    second = runner.invoke(app, ["demo", "seed"])
    assert second.exit_code == 0 and "already there" in second.output


def test_audit_verify_passes_then_names_the_tampered_entry(installation: Path) -> None:
    assert runner.invoke(app, ["demo", "seed"]).exit_code == 0
    ok = runner.invoke(app, ["audit", "verify"])
    assert ok.exit_code == 0 and "intact" in ok.output
    with sqlite3.connect(installation / "tandem.db") as conn:
        conn.execute("UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 3")
    broken = runner.invoke(app, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "entry 3" in broken.output


def test_keys_rotate_reencrypts_under_a_new_key(installation: Path) -> None:
    import json

    from cryptography.fernet import Fernet

    from tandem.core.database import Database
    from tandem.safety.models import RiskEvent  # any table with an encrypted column

    assert runner.invoke(app, ["demo", "seed"]).exit_code == 0
    database = Database.from_settings()
    with database.transaction() as session:
        from sqlalchemy import select

        from tandem.accounts.models import User

        user = session.scalar(select(User).where(User.role == "client"))
        assert user is not None
        session.add(
            RiskEvent(
                client_id=user.id,
                level="low",
                level_rank=1,
                categories=[],
                evidence=[{"text": "secret words"}],
                source="chat",
            )
        )
    database.dispose()
    old_keys = json.loads((installation / "secrets.json").read_text())["encryption_keys"]
    result = runner.invoke(app, ["keys", "rotate"])
    assert result.exit_code == 0, result.output
    new_keys = json.loads((installation / "secrets.json").read_text())["encryption_keys"]
    assert len(new_keys) == len(old_keys) + 1 and new_keys[1:] == old_keys
    with sqlite3.connect(installation / "tandem.db") as conn:
        (token,) = conn.execute("SELECT evidence FROM risk_events").fetchone()
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log")]
    assert "secret" not in token
    assert Fernet(new_keys[0].encode()).decrypt(token.encode())  # readable with the new key only
    with pytest.raises(Exception):  # noqa: B017 - any InvalidToken subclass
        Fernet(old_keys[0].encode()).decrypt(token.encode())
    assert "keys.rotated" in actions
