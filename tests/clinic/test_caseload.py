"""The caseload: order by need, filters, consent scoping, batched reads, the JSON twin."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

import tandem.clinic.messaging_models  # noqa: F401 - registers the table before create_all
from tandem.accounts import service as accounts
from tandem.accounts.streams import Stream
from tandem.clinic.caseload import build_caseload, filter_rows
from tandem.core.models import utcnow
from tandem.measures import service as measures
from tandem.safety.assessment import RiskLevel
from tests.accounts.conftest import bearer, sign_in
from tests.clinic.test_escalation import raise_risk
from tests.factories.accounts import link, linked_pair, make_client, make_clinician

PHQ9_MILD = [1, 1, 1, 1, 1, 0, 0, 0, 0]  # 5
PHQ9_SEVERE = [3, 3, 2, 2, 2, 2, 2, 2, 0]  # 18


def phq9(db: Session, client, answers, at) -> None:  # type: ignore[no-untyped-def]
    measures.submit_questionnaire(
        db, client=client, instrument_id="phq9", answers=answers, source="web", now=at
    )


@pytest.fixture()
def practice(db: Session):  # type: ignore[no-untyped-def]
    """One clinician, four clients: urgent alert, deteriorating, inactive, and doing fine."""
    now = utcnow()
    pair = linked_pair(db, Stream.MEASURES, Stream.SUMMARIES)
    clinician = pair.clinician
    fine = pair.client
    fine.display_name = "Fiona Fine"
    urgent = make_client(db, display_name="Uma Urgent")
    worse = make_client(db, display_name="Walt Worse")
    quiet = make_client(db, display_name="Quinn Quiet")
    for c in (urgent, worse, quiet):
        link(db, clinician, c, Stream.MEASURES)
    for c in (fine, urgent, worse):
        measures.create_checkin(db, client=c, mood=6, now=now - timedelta(hours=3))
    measures.create_checkin(db, client=fine, mood=7, now=now - timedelta(days=2))
    phq9(db, worse, PHQ9_MILD, now - timedelta(days=20))
    phq9(db, worse, PHQ9_SEVERE, now - timedelta(days=1))
    measures.create_checkin(db, client=quiet, mood=4, now=now - timedelta(days=12))
    raise_risk(db, urgent, RiskLevel.HIGH, now - timedelta(minutes=5))
    db.flush()
    return clinician, {"fine": fine, "urgent": urgent, "worse": worse, "quiet": quiet}


def test_sorted_by_need(db: Session, practice) -> None:  # type: ignore[no-untyped-def]
    clinician, _c = practice
    rows = build_caseload(db, clinician=clinician, now=utcnow()).rows
    assert [r.client.display_name for r in rows] == [
        "Uma Urgent",
        "Walt Worse",
        "Quinn Quiet",
        "Fiona Fine",
    ]
    urgent, worse, quiet, fine = rows
    assert urgent.open_alerts == 1 and urgent.top_alert_level == "high" and urgent.urgent
    assert urgent.latest_risk_level == "high"
    assert worse.deteriorating and worse.scores[0].total == 18
    assert worse.scores[0].change is not None and worse.scores[0].change.direction == "deteriorated"
    assert quiet.inactive and quiet.inactive_days == 12
    assert not fine.needs_attention and fine.mood_values == (7.0, 6.0)
    assert fine.sparkline is not None and "<svg" in fine.sparkline


def test_filters_and_search(db: Session, practice) -> None:  # type: ignore[no-untyped-def]
    clinician, _ = practice
    rows = build_caseload(db, clinician=clinician, now=utcnow()).rows
    names = lambda found: {r.client.display_name for r in found}  # noqa: E731
    assert names(filter_rows(rows, "attention")) == {"Uma Urgent", "Walt Worse", "Quinn Quiet"}
    assert names(filter_rows(rows, "inactive")) == {"Quinn Quiet"}
    assert names(filter_rows(rows, "alerts")) == {"Uma Urgent"}
    assert names(filter_rows(rows, "deteriorating")) == {"Walt Worse"}
    assert names(filter_rows(rows, "all", "fiON")) == {"Fiona Fine"}


def test_unshared_streams_are_omitted_and_revocation_applies_at_once(db: Session, practice) -> None:  # type: ignore[no-untyped-def]
    clinician, c = practice
    row = {r.client.id: r for r in build_caseload(db, clinician=clinician, now=utcnow()).rows}
    assert row[c["worse"].id].scores and row[c["worse"].id].reliance == ()
    assert not row[c["worse"].id].shares_summaries
    accounts.set_consent(
        db,
        client=c["worse"],
        share_measures=False,
        share_summaries=False,
        share_transcripts=False,
        share_journal=False,
    )
    after = {r.client.id: r for r in build_caseload(db, clinician=clinician, now=utcnow()).rows}
    worse = after[c["worse"].id]
    assert worse.scores == () and worse.mood_values == () and not worse.deteriorating
    # Alerts are shown whatever the client shares (the safety override).
    assert after[c["urgent"].id].open_alerts == 1


def test_other_clinicians_clients_never_appear(db: Session, practice) -> None:  # type: ignore[no-untyped-def]
    _clinician, _c = practice
    other = make_clinician(db)
    assert build_caseload(db, clinician=other, now=utcnow()).rows == []


def test_queries_do_not_grow_with_clients(db: Session) -> None:
    clinician = make_clinician(db)
    now = utcnow()

    def add_clients(n: int) -> None:
        for _ in range(n):
            c = make_client(db)
            link(db, clinician, c, Stream.MEASURES, Stream.SUMMARIES)
            measures.create_checkin(db, client=c, mood=5, now=now - timedelta(days=1))
            phq9(db, c, PHQ9_MILD, now - timedelta(days=3))

    def count_queries() -> int:
        statements: list[str] = []
        engine = db.get_bind().engine  # type: ignore[union-attr]

        def before(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", before)
        try:
            build_caseload(db, clinician=clinician, now=utcnow())
        finally:
            event.remove(engine, "before_cursor_execute", before)
        return len([s for s in statements if s.lstrip().upper().startswith("SELECT")])

    add_clients(2)
    few = count_queries()
    add_clients(8)
    many = count_queries()
    assert many == few, (few, many)


def test_page_and_api(client: TestClient, db: Session, practice) -> None:  # type: ignore[no-untyped-def]
    clinician, _c = practice
    sign_in(client, clinician)
    html = client.get("/clinic/caseload").text
    assert html.find("Uma Urgent") < html.find("Walt Worse") < html.find("Fiona Fine")
    assert 'sse-connect="/clinic/events?since=' in html and 'hx-trigger="sse:alert"' in html
    assert "/static/vendor/htmx-sse.min.js" in html and 'class="sparkline"' in html
    filtered = client.get("/clinic/caseload", params={"view": "inactive"}).text
    assert "Quinn Quiet" in filtered and "Fiona Fine" not in filtered
    fragment = client.get("/clinic/caseload/rows", params={"q": "uma"})
    assert fragment.status_code == 200 and "Uma Urgent" in fragment.text
    assert "<html" not in fragment.text and "Walt Worse" not in fragment.text

    data = client.get("/api/v1/caseload", headers=bearer(client, clinician)).json()
    by_name = {row["display_name"]: row for row in data["clients"]}
    assert data["clients"][0]["display_name"] == "Uma Urgent"
    assert by_name["Walt Worse"]["scores"][0]["change"]["direction"] == "deteriorated"
    assert "reliance" not in by_name["Walt Worse"]  # summaries not shared: absent, not empty
    assert "reliance" in by_name["Fiona Fine"]
    assert (
        client.get("/api/v1/caseload?view=nonsense", headers=bearer(client, clinician)).status_code
        == 422
    )


def test_clients_cannot_open_the_caseload(client: TestClient, db: Session, practice) -> None:  # type: ignore[no-untyped-def]
    _, c = practice
    assert client.get("/api/v1/caseload", headers=bearer(client, c["fine"])).status_code == 403
