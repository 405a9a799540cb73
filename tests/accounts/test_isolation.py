"""Isolation: a clinician reads only their own linked clients, and only what each client shares.

The route-walking tests cover every clinician route that takes a client id, including routes
other domains add later: a client who is not yours is a 404 everywhere, never a 200 or a 403
that would reveal the client exists.
"""

from __future__ import annotations

import re
import uuid

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts import scoping, service
from tandem.accounts.scoping import Stream
from tandem.audit.models import AuditEntry
from tandem.core.errors import Forbidden, NotFound, NotShared
from tests.accounts.conftest import app_routes, bearer, fill_path, sign_in
from tests.factories.accounts import (
    give_consent,
    link,
    linked_pair,
    make_admin,
    make_client,
    make_clinician,
)

CLIENT_ROUTE = re.compile(r"/clients/\{(\w+)\}")
STREAM_KEY = "x-tandem-stream"


def _client_routes(app: FastAPI, *, api: bool) -> list[APIRoute]:
    return [
        r
        for r in app_routes(app)
        if "GET" in r.methods and CLIENT_ROUTE.search(r.path) and r.path.startswith("/api/") == api
    ]


def _url(route: APIRoute, client_id: uuid.UUID) -> str:
    name = CLIENT_ROUTE.search(route.path).group(1)  # type: ignore[union-attr]
    return fill_path(route, **{name: str(client_id)})


# --- the scoping function itself ---------------------------------------------------------------


def test_clinician_reads_own_client_with_the_shared_streams(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES, Stream.SUMMARIES)
    access = scoping.get_readable_client(db, viewer=pair.clinician, client_id=pair.client.id)
    assert access.client.id == pair.client.id
    assert access.streams == {Stream.MEASURES, Stream.SUMMARIES}
    assert scoping.get_readable_client(
        db, viewer=pair.clinician, client_id=pair.client.id, stream=Stream.MEASURES, ip="192.0.2.1"
    ).can_read(Stream.MEASURES)
    read = db.scalars(
        select(AuditEntry).where(AuditEntry.action == "client.read").order_by(AuditEntry.seq.desc())
    ).first()
    assert read is not None
    assert (read.actor_id, read.subject_id, read.ip) == (
        pair.clinician.id,
        pair.client.id,
        "192.0.2.1",
    )
    assert read.detail["stream"] == "measures"


def test_another_clinicians_client_is_not_found(db: Session) -> None:
    mine = linked_pair(db, *Stream)
    other = make_clinician(db)
    with pytest.raises(NotFound):
        scoping.get_readable_client(db, viewer=other, client_id=mine.client.id)
    assert scoping.list_readable_clients(db, clinician=other) == []


def test_same_clinic_does_not_grant_access(db: Session) -> None:
    mine = linked_pair(db, *Stream)
    colleague = make_clinician(db)
    colleague.clinic_id = mine.clinician.clinic_id
    db.flush()
    with pytest.raises(NotFound):
        scoping.get_readable_client(db, viewer=colleague, client_id=mine.client.id)


def test_unknown_id_and_foreign_id_look_the_same(db: Session) -> None:
    mine = linked_pair(db, *Stream)
    other = make_clinician(db)
    with pytest.raises(NotFound) as foreign:
        scoping.get_readable_client(db, viewer=other, client_id=mine.client.id)
    with pytest.raises(NotFound) as unknown:
        scoping.get_readable_client(db, viewer=other, client_id=uuid.uuid4())
    assert foreign.value.message == unknown.value.message


def test_pending_and_ended_links_give_no_access(db: Session) -> None:
    clinician = make_clinician(db)
    patient = make_client(db)
    pending = service.redeem_invite(
        db, client=patient, code=service.create_invite(db, clinician=clinician).code
    )
    with pytest.raises(NotFound):
        scoping.get_readable_client(db, viewer=clinician, client_id=patient.id)
    give_consent(db, patient, *Stream)
    scoping.get_readable_client(db, viewer=clinician, client_id=patient.id)
    service.end_link(db, actor=patient, link_id=pending.id)
    with pytest.raises(NotFound):
        scoping.get_readable_client(db, viewer=clinician, client_id=patient.id)


@pytest.mark.parametrize("stream", list(Stream))
def test_each_unshared_stream_is_refused(db: Session, stream: Stream) -> None:
    others = [s for s in Stream if s is not stream]
    pair = linked_pair(db, *others)
    with pytest.raises(NotShared):
        scoping.get_readable_client(
            db, viewer=pair.clinician, client_id=pair.client.id, stream=stream
        )
    for shared in others:
        scoping.get_readable_client(
            db, viewer=pair.clinician, client_id=pair.client.id, stream=shared
        )


@pytest.mark.parametrize("stream", list(Stream))
def test_revoked_consent_hides_the_stream_on_the_next_read(db: Session, stream: Stream) -> None:
    pair = linked_pair(db, *Stream)
    scoping.get_readable_client(db, viewer=pair.clinician, client_id=pair.client.id, stream=stream)
    give_consent(db, pair.client, *[s for s in Stream if s is not stream])
    with pytest.raises(NotShared):
        scoping.get_readable_client(
            db, viewer=pair.clinician, client_id=pair.client.id, stream=stream
        )
    (listed,) = scoping.list_readable_clients(db, clinician=pair.clinician)
    assert stream not in listed.streams


def test_admins_and_clients_cannot_use_the_clinician_scope(db: Session) -> None:
    pair = linked_pair(db, *Stream)
    for viewer in (make_admin(db), pair.client):
        with pytest.raises(Forbidden):
            scoping.get_readable_client(db, viewer=viewer, client_id=pair.client.id)
        with pytest.raises(Forbidden):
            scoping.list_readable_clients(db, clinician=viewer)


def test_caseload_lists_only_own_active_clients_with_their_streams(db: Session) -> None:
    clinician = make_clinician(db)
    a, b = make_client(db, display_name="Ana"), make_client(db, display_name="Bea")
    link(db, clinician, a, Stream.JOURNAL)
    link(db, clinician, b)
    linked_pair(db, *Stream)  # someone else's client
    caseload = scoping.list_readable_clients(db, clinician=clinician)
    assert [(c.client.display_name, c.streams) for c in caseload] == [
        ("Ana", {Stream.JOURNAL}),
        ("Bea", frozenset()),
    ]


# --- through every API route and page ----------------------------------------------------------


def test_the_app_has_client_routes_to_walk(app: FastAPI) -> None:
    assert "/api/v1/clients/{client_id}" in {r.path for r in _client_routes(app, api=True)}
    assert "/clinic/clients/{client_id}" in {r.path for r in _client_routes(app, api=False)}


def test_every_api_client_route_hides_another_clinicians_client(
    app: FastAPI, client: TestClient, db: Session
) -> None:
    mine = linked_pair(db, *Stream)
    other = make_clinician(db)
    headers = bearer(client, other)
    for route in _client_routes(app, api=True):
        response = client.get(_url(route, mine.client.id), headers=headers)
        assert response.status_code == 404, (route.path, response.status_code, response.text)
        assert response.json()["error"]["code"] == "not_found"
    listed = client.get("/api/v1/clients", headers=headers).json()
    assert listed == []
    own = client.get(f"/api/v1/clients/{mine.client.id}", headers=bearer(client, mine.clinician))
    assert own.status_code == 200 and own.json()["display_name"] == mine.client.display_name


def test_every_page_client_route_hides_another_clinicians_client(
    app: FastAPI, client: TestClient, db: Session
) -> None:
    mine = linked_pair(db, *Stream)
    sign_in(client, make_clinician(db))
    for route in _client_routes(app, api=False):
        response = client.get(_url(route, mine.client.id), follow_redirects=False)
        assert response.status_code == 404, (route.path, response.status_code)
        assert mine.client.display_name not in response.text
    assert mine.client.display_name not in client.get("/clinic").text
    client.cookies.clear()
    sign_in(client, mine.clinician)
    assert mine.client.display_name in client.get("/clinic").text
    assert client.get(f"/clinic/clients/{mine.client.id}").status_code == 200


def test_every_stream_route_refuses_a_stream_the_client_does_not_share(
    app: FastAPI, client: TestClient, db: Session
) -> None:
    """Routes that read one stream declare it with ``openapi_extra={"x-tandem-stream": ...}``."""
    stream_routes = [
        r for r in app_routes(app) if "GET" in r.methods and (r.openapi_extra or {}).get(STREAM_KEY)
    ]
    if not stream_routes:
        pytest.skip("no route reads a single stream yet")
    for route in stream_routes:
        stream = Stream((route.openapi_extra or {})[STREAM_KEY])
        pair = linked_pair(db, *[s for s in Stream if s is not stream])
        if route.path.startswith("/api/"):
            response = client.get(
                _url(route, pair.client.id), headers=bearer(client, pair.clinician)
            )
        else:
            client.cookies.clear()
            sign_in(client, pair.clinician)
            response = client.get(_url(route, pair.client.id))
        assert response.status_code == 403, (route.path, response.status_code)


def test_revoking_consent_changes_what_the_api_and_page_show_at_once(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db, Stream.MEASURES, Stream.TRANSCRIPTS)
    clinician_headers = bearer(client, pair.clinician)
    before = client.get(f"/api/v1/clients/{pair.client.id}", headers=clinician_headers).json()
    assert before["shared_streams"] == ["measures", "transcripts"]
    client_headers = bearer(client, pair.client)
    body = {
        "share_measures": True,
        "share_summaries": False,
        "share_transcripts": False,
        "share_journal": False,
    }
    assert client.put("/api/v1/me/consent", json=body, headers=client_headers).status_code == 200
    after = client.get(f"/api/v1/clients/{pair.client.id}", headers=clinician_headers).json()
    assert after["shared_streams"] == ["measures"]
    listed = client.get("/api/v1/clients", headers=clinician_headers).json()
    assert listed[0]["shared_streams"] == ["measures"]
    sign_in(client, pair.clinician)
    page = client.get(f"/clinic/clients/{pair.client.id}").text
    assert re.search(r"Full conversations: <strong>not shared</strong>", page)
    assert re.search(r"Measures and mood: <strong>shared</strong>", page)


@pytest.mark.parametrize("role", ["client", "admin"])
def test_clinician_routes_refuse_other_roles(client: TestClient, db: Session, role: str) -> None:
    pair = linked_pair(db, *Stream)
    user = pair.client if role == "client" else make_admin(db)
    headers = bearer(client, user)
    assert client.get("/api/v1/clients", headers=headers).status_code == 403
    assert client.get(f"/api/v1/clients/{pair.client.id}", headers=headers).status_code == 403
    sign_in(client, user)
    assert client.get(f"/clinic/clients/{pair.client.id}").status_code == 403


def test_not_signed_in_gets_401_from_the_api(client: TestClient, db: Session) -> None:
    pair = linked_pair(db, *Stream)
    for path in (
        "/api/v1/clients",
        f"/api/v1/clients/{pair.client.id}",
        "/api/v1/me",
        "/api/v1/me/consent",
    ):
        assert client.get(path).status_code == 401, path
