"""Migrations build the schema from empty on both engines and agree with the models."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from tandem.core import migrations
from tandem.web.model_registry import metadata


@pytest.fixture()
def empty_database_url(tmp_path: Path) -> Iterator[str]:
    base = os.environ.get("TANDEM_TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_path / 'migrate.db'}"
        return
    # A throwaway database on the same server, so the shared test schema is left alone.
    name = f"tandem_migrate_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrade_from_empty_creates_every_table_and_matches_models(
    empty_database_url: str,
) -> None:
    migrations.upgrade(empty_database_url)
    engine = create_engine(empty_database_url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(metadata.tables) <= tables
    migrations.check(empty_database_url)  # raises if autogenerate would find any difference
    migrations.upgrade(empty_database_url)  # a second upgrade is a no-op, not an error
