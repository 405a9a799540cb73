"""Two people saving the same plan version at the same moment, through real transactions.

Runs against its own throw-away database (a new SQLite file, or a new PostgreSQL database next to
the test one), because the race needs real commits that the usual rolled-back test transaction
cannot show.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tandem.core.database import Database
from tandem.core.errors import Conflict
from tandem.plans import service
from tandem.plans.models import TreatmentPlanVersion
from tandem.plans.schemas import PlanUpdate
from tandem.web.model_registry import metadata
from tests import conftest
from tests.factories.accounts import linked_pair
from tests.factories.plans import plan_body


@pytest.fixture()
def race_database(tmp_path: object) -> Iterator[Database]:
    url = make_url(conftest.test_database_url())
    if url.get_backend_name() == "sqlite":
        database = Database(f"sqlite:///{tmp_path}/race.db")  # type: ignore[str-bytes-safe]
        metadata.create_all(database.engine)
        yield database
        database.dispose()
        return
    name = f"tandem_race_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database(url.set(database=name).render_as_string(hide_password=False))
    try:
        metadata.create_all(database.engine)
        yield database
    finally:
        database.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def test_only_one_of_two_simultaneous_saves_lands(race_database: Database) -> None:
    with race_database.session_factory() as setup:
        pair = linked_pair(setup)
        clinician_id, client_id = pair.clinician.id, pair.client.id
        first = PlanUpdate.model_validate(plan_body())
        service.save_plan(setup, author=pair.clinician, client_id=client_id, update=first)
        setup.commit()

    def save(goal: str) -> service.PlanState:
        session = race_database.session_factory()
        author = session.get(type(pair.clinician), clinician_id)
        assert author is not None
        update = PlanUpdate.model_validate(plan_body(base_version=1, goals=[goal]))
        try:
            state = service.save_plan(session, author=author, client_id=client_id, update=update)
            session.commit()
            return state
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    outcome: dict[str, object] = {}

    def second_writer() -> None:
        try:
            outcome["second"] = save("Second writer's goal")
        except Conflict as exc:
            outcome["second"] = exc

    # The first writer has saved but not committed when the second one starts.
    first_session = race_database.session_factory()
    author = first_session.get(type(pair.clinician), clinician_id)
    assert author is not None
    service.save_plan(
        first_session,
        author=author,
        client_id=client_id,
        update=PlanUpdate.model_validate(plan_body(base_version=1, goals=["First writer's goal"])),
    )
    worker = threading.Thread(target=second_writer)
    worker.start()
    time.sleep(0.5)  # let the second writer reach the database and wait on the first
    first_session.commit()
    first_session.close()
    worker.join(timeout=30)
    assert not worker.is_alive()

    assert isinstance(outcome["second"], Conflict)
    with race_database.session_factory() as check:
        versions = check.scalars(
            select(TreatmentPlanVersion.version).where(TreatmentPlanVersion.client_id == client_id)
        ).all()
        assert sorted(versions) == [1, 2]
        current = service.get_plan(check, client_id=client_id)
        assert current.document.goals == ["First writer's goal"]


def test_a_lost_race_at_insert_is_a_clean_409_and_the_session_stays_usable(
    db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unique (client, version) pair is the last line of defence: simulate a writer whose
    read of the current version was already stale when it inserted.
    """
    pair = linked_pair(db)
    service.save_plan(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=PlanUpdate.model_validate(plan_body()),
    )
    v1 = db.scalars(select(TreatmentPlanVersion)).one()
    service.save_plan(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=PlanUpdate.model_validate(plan_body(base_version=1, goals=["Other edit"])),
    )
    monkeypatch.setattr(service, "latest_version", lambda session, model, client_id: v1)
    with pytest.raises(Conflict):
        service.save_plan(
            db,
            author=pair.clinician,
            client_id=pair.client.id,
            update=PlanUpdate.model_validate(plan_body(base_version=1, goals=["Mine"])),
        )
    monkeypatch.undo()
    assert service.get_plan(db, client_id=pair.client.id).document.goals == ["Other edit"]
