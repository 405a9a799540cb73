"""``tandem export --client EMAIL --format fhir|json`` (the Typer sub-app the main CLI mounts)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from typer.testing import CliRunner

from tandem.accounts import service as accounts
from tandem.core.database import Database
from tandem.measures import service
from tandem.measures.cli import app
from tandem.web.model_registry import metadata


@pytest.fixture()
def cli_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'cli.db'}")
    metadata.create_all(database.engine)
    with database.transaction() as session:
        client = accounts.create_user(
            session,
            email="robin@example.org",
            password="a long passphrase",
            role="client",
            display_name="Robin",
        )
        service.submit_questionnaire(
            session, client=client, instrument_id="phq9", answers=[1] * 9, source="api"
        )
    monkeypatch.setattr(Database, "from_settings", classmethod(lambda cls, s=None: database))
    return database


def test_cli_exports_a_fhir_bundle_to_stdout(cli_database: Database) -> None:
    result = CliRunner().invoke(app, ["--client", "robin@example.org", "--format", "fhir"])
    assert result.exit_code == 0, result.output
    bundle = Bundle.model_validate(json.loads(result.stdout))
    assert len(bundle.entry) >= 4  # Patient, response, total, item 9, panel


def test_cli_writes_an_owner_only_file(cli_database: Database, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    result = CliRunner().invoke(
        app, ["--client", "robin@example.org", "--format", "json", "--output", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text())["questionnaires"][0]["item9_positive"] is True


@pytest.mark.parametrize(
    "args",
    [["--client", "nobody@example.org"], ["--client", "robin@example.org", "--format", "xml"]],
)
def test_cli_fails_clearly(cli_database: Database, args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "Error:" in result.output
