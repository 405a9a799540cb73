"""Live alert events: what a clinician's stream announces, and to whom."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import anyio
import httpx
import pytest
import uvicorn
from sqlalchemy.orm import Session

from tandem.accounts import service as accounts
from tandem.clinic import events
from tandem.clinic.escalation import session_scope
from tandem.clinic.events import AlertWatcher, Subscriber, alert_stream
from tandem.core.database import Database
from tandem.core.models import utcnow
from tandem.core.settings import Settings
from tandem.safety.assessment import RiskLevel
from tandem.web.model_registry import metadata
from tests.clinic.test_escalation import raise_risk, sessions_for
from tests.factories.accounts import DEFAULT_PASSWORD, link, linked_pair, make_client


def test_watcher_announces_new_alerts_of_linked_clients_only(db: Session) -> None:
    mine = linked_pair(db)
    theirs = linked_pair(db)
    now = utcnow()
    raise_risk(db, mine.client, RiskLevel.MODERATE, now - timedelta(minutes=10))  # before page
    watcher = AlertWatcher(Subscriber(mine.clinician.id), since=now)
    assert watcher.poll(db) == []  # the alert the page already showed is not news

    raise_risk(db, theirs.client, RiskLevel.HIGH, utcnow())
    assert watcher.poll(db) == []  # another clinician's client: nothing, ever

    second_client = make_client(db)
    link(db, mine.clinician, second_client)
    alert = raise_risk(db, second_client, RiskLevel.HIGH, utcnow())
    assert alert is not None
    changes = watcher.poll(db)
    assert [(c.alert_id, c.change, c.level) for c in changes] == [(alert.id, "opened", "high")]
    assert watcher.poll(db) == []  # announced once


def test_watcher_announces_rise_and_escalation(db: Session) -> None:
    pair = linked_pair(db)
    watcher = AlertWatcher(Subscriber(pair.clinician.id), since=utcnow())
    alert = raise_risk(db, pair.client, RiskLevel.MODERATE, utcnow())
    assert alert is not None
    assert [c.change for c in watcher.poll(db)] == ["opened"]
    raise_risk(db, pair.client, RiskLevel.HIGH, utcnow(), "preparatory")
    assert [c.change for c in watcher.poll(db)] == ["raised"]
    alert.escalated_at = utcnow()
    db.flush()
    assert [c.change for c in watcher.poll(db)] == ["escalated"]
    assert watcher.poll(db) == []


def test_watcher_ends_when_the_sign_in_ends(db: Session, settings: Settings) -> None:
    pair = linked_pair(db)
    web_session = accounts.start_web_session(db, user=pair.clinician, settings=settings).web_session
    watcher = AlertWatcher(
        Subscriber(pair.clinician.id, web_session_id=web_session.id), since=utcnow()
    )
    assert watcher.poll(db) == []
    web_session.revoked_at = utcnow()
    db.flush()
    with pytest.raises(events.StreamEnded):
        watcher.poll(db)


def test_stream_generator_emits_only_for_linked_clients(db: Session) -> None:
    mine = linked_pair(db)
    theirs = linked_pair(db)

    async def scenario() -> list[str]:
        stream = alert_stream(
            Subscriber(mine.clinician.id),
            sessions=sessions_for(db),
            since=utcnow(),
            poll_seconds=0.01,
            keepalive_seconds=0.2,
        )
        chunks = [await stream.__anext__()]
        assert chunks[0].startswith("retry:")
        raise_risk(db, theirs.client, RiskLevel.IMMINENT, utcnow(), "medical")
        raise_risk(db, mine.client, RiskLevel.HIGH, utcnow())
        with anyio.move_on_after(2):
            while True:
                chunk = await stream.__anext__()
                chunks.append(chunk)
                if chunk.startswith(": keep-alive"):
                    break  # a quiet period followed the event: nothing else was coming
        await stream.aclose()
        return chunks

    chunks = anyio.run(scenario)
    alert_events = [c for c in chunks if "event: alert" in c]
    assert len(alert_events) == 1, chunks
    assert mine.client.display_name in alert_events[0]
    assert theirs.client.display_name not in "".join(chunks)
    assert re.search(r"^id: [0-9a-f-]{36}:3:1:0$", alert_events[0], re.M)
    assert chunks[-1].startswith(": keep-alive")
    assert events.active_streams() == 0


def test_events_need_a_clinician(client: httpx.Client, db: Session) -> None:
    response = client.get("/clinic/events", follow_redirects=False)
    assert response.status_code in (303, 401)
    pair = linked_pair(db)
    from tests.accounts.conftest import sign_in

    sign_in(client, pair.client)
    assert client.get("/clinic/events").status_code == 403


# --- over HTTP, through a real server ----------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Database]]:
    from tandem.web.app import create_app
    from tests.conftest import TEST_KEY

    url = f"sqlite:///{tmp_path / 'sse.db'}"
    database = Database(url)
    metadata.create_all(database.engine)
    settings = Settings(
        env="test",
        var_dir=tmp_path,
        database_url=url,
        secret_key="sse-test-secret-" + "z" * 32,
        encryption_keys=TEST_KEY,
    )
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, database), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", database
    server.should_exit = True
    thread.join(timeout=10)
    database.dispose()


def _sign_in(http: httpx.Client, email: str) -> None:
    page = http.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    response = http.post(
        "/login", data={"email": email, "password": DEFAULT_PASSWORD, "csrf_token": token[1]}
    )
    assert response.status_code in (200, 303), response.text


def test_stream_over_http_delivers_the_alert_and_ends_on_disconnect(
    served: tuple[str, Database],
) -> None:
    base, database = served
    with database.transaction() as session:
        pair = linked_pair(session)
        clinician_email, client_id = pair.clinician.email, pair.client.id
        client_name = pair.client.display_name
    with httpx.Client(base_url=base, timeout=10) as http:
        _sign_in(http, clinician_email)
        with http.stream("GET", "/clinic/events") as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            lines = response.iter_lines()
            assert next(lines).startswith("retry:")
            # another process (here: another connection) records a high-risk message
            with database.transaction() as session:
                from tandem.accounts.models import User

                client = session.get(User, client_id)
                assert client is not None
                raise_risk(session, client, RiskLevel.HIGH, utcnow())
            received: list[str] = []
            for line in lines:
                received.append(line)
                if line.startswith("data:"):
                    break
            assert "event: alert" in received
            assert client_name in received[-1]
        # the client went away: the server's generator must stop, not poll forever
        deadline = time.monotonic() + 5
        while events.active_streams() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert events.active_streams() == 0


def test_session_scope_is_reusable_for_reads(db: Session) -> None:
    # the helper the stream tests rely on really gives a working, repeatable scope
    with session_scope(db) as s1:
        assert s1 is db
    with session_scope(db) as s2:
        assert s2 is db
