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


def test_batched_reads_pick_the_newest_rows(db: Session) -> None:
    """The caseload's batched reads: the newest two scores per questionnaire (of many), the
    latest activity across sources, a month of usage days for the reliance indicator, and a
    day's check-ins averaged in the client's own time zone."""
    from tandem.companion.models import UsageDay

    now = utcnow()
    pair = linked_pair(db, Stream.MEASURES, Stream.SUMMARIES)
    client = pair.client
    client.timezone = "America/Los_Angeles"
    for days_ago, answers in ((40, PHQ9_SEVERE), (30, PHQ9_MILD), (20, PHQ9_SEVERE)):
        phq9(db, client, answers, now - timedelta(days=days_ago))
    for days_ago, answers in ((50, [3, 3, 3, 3, 3, 3, 3]), (45, [0, 0, 0, 0, 0, 0, 1])):
        measures.submit_questionnaire(
            db,
            client=client,
            instrument_id="gad7",
            answers=answers,
            source="web",
            now=now - timedelta(days=days_ago),
        )
    measures.create_checkin(db, client=client, mood=2, now=now - timedelta(days=9))
    measures.create_checkin(db, client=client, mood=8, now=now - timedelta(days=9, minutes=5))
    # A companion conversation two days ago is newer than every check-in and questionnaire.
    local_today = now.astimezone(client.zone).date()
    for back in range(0, 40):
        db.add(
            UsageDay(
                client_id=client.id,
                day=local_today - timedelta(days=back + 2),
                minutes=5.0,
                messages=3,
                late_night_messages=0,
                nobody_else_mentions=1 if back < 30 else 0,
                last_message_at=now - timedelta(days=back + 2),
            )
        )
    db.flush()

    (row,) = build_caseload(db, clinician=pair.clinician, now=now).rows
    phq, gad = row.scores
    assert (phq.name, phq.total) == ("PHQ-9", 18)
    assert phq.change is not None and phq.change.direction == "deteriorated"  # 5 -> 18, not 18
    assert (gad.name, gad.total) == ("GAD-7", 1)
    assert gad.change is not None and gad.change.direction == "improved"
    assert row.mood_values == (5.0,)  # two check-ins the same local day, averaged
    assert row.inactive_days == 2 and row.last_active is not None
    assert abs((now - row.last_active) - timedelta(days=2)) < timedelta(seconds=1)
    by_id = {r.id: r for r in row.reliance}
    # one mention a day, stored 2..41 days back: only the days within the last 30 count (29)
    assert by_id["nobody_else"].value == 29.0


def test_reliance_signs_are_worded_for_the_clinician() -> None:
    """The indicator's own message speaks to the client; the caseload states the fact about them."""
    from tandem.clinic.caseload import for_clinician
    from tandem.companion.limits import RelianceIndicator

    late = RelianceIndicator("late_night", 4.0, 3.0, "watch", "You've talked with me late at night")
    nobody = RelianceIndicator("nobody_else", 2.0, 1.0, "high", "You mentioned having nobody")
    assert for_clinician(late) == "4 late-night sessions in 7 days"
    assert "You" not in for_clinician(nobody) and "2×" in for_clinician(nobody)
