"""Test isolation in the style of Warehouse: one schema per run, one rolled-back transaction per
test (savepoints inside it), so tests never see each other's rows and never need cleanup.

The suite runs on SQLite by default and on PostgreSQL when ``TANDEM_TEST_DATABASE_URL`` is set.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_TMP = Path(tempfile.mkdtemp(prefix="tandem-test-"))
os.environ["TANDEM_ENV"] = "test"
os.environ["TANDEM_VAR_DIR"] = str(_TMP / "var")
os.environ.pop("TANDEM_DATABASE_URL", None)

from cryptography.fernet import Fernet  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from tandem.core.crypto import KeyRing, set_keyring  # noqa: E402
from tandem.core.database import Database  # noqa: E402
from tandem.core.settings import Settings  # noqa: E402
from tandem.core.web import get_db  # noqa: E402
from tandem.web.model_registry import metadata  # noqa: E402

TEST_KEY = Fernet.generate_key().decode()


def test_database_url() -> str:
    return os.environ.get("TANDEM_TEST_DATABASE_URL") or f"sqlite:///{_TMP / 'test.db'}"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(
        env="test",
        var_dir=_TMP / "var",
        database_url=test_database_url(),
        secret_key="test-secret-key-" + "x" * 32,
        encryption_keys=TEST_KEY,
    )


@pytest.fixture(scope="session", autouse=True)
def _keyring() -> Iterator[KeyRing]:
    keyring = KeyRing(lambda: [TEST_KEY])
    set_keyring(keyring)
    yield keyring
    set_keyring(None)


@pytest.fixture(scope="session")
def database(settings: Settings) -> Iterator[Database]:
    database = Database(settings.resolved_database_url())
    metadata.drop_all(database.engine)
    metadata.create_all(database.engine)
    yield database
    metadata.drop_all(database.engine)
    database.dispose()


@pytest.fixture()
def db(database: Database) -> Iterator[Session]:
    connection = database.engine.connect()
    outer = connection.begin()
    session = Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield session
    finally:
        session.close()
        if outer.is_active:
            outer.rollback()
        connection.close()


@pytest.fixture()
def app(settings: Settings, database: Database, db: Session) -> FastAPI:
    from tandem.web.app import create_app

    application = create_app(settings, database)

    def _test_db() -> Iterator[Session]:
        # Mirrors get_db: a route's work is flushed and "committed" (released savepoint) before
        # the response, and rolled back on error, inside the test's outer transaction.
        nested = db.begin_nested()
        try:
            yield db
            if nested.is_active:
                nested.commit()
        except BaseException:
            if nested.is_active:
                nested.rollback()
            raise

    application.dependency_overrides[get_db] = _test_db
    return application


@pytest.fixture()
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://testserver", raise_server_exceptions=False) as c:
        yield c
