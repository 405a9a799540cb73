"""Trends for client and clinician (within consent), and the JSON, FHIR and CSV exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts import service as accounts
from tandem.accounts.streams import Stream
from tandem.audit.models import AuditEntry
from tandem.core.errors import InvalidInput, NotFound, NotShared
from tandem.measures import export, service
from tests.factories.accounts import give_consent, linked_pair, make_client, make_clinician
from tests.factories.measures import daily_checkins, phq9, submit

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_client_trends_mood_window_streaks_and_score_change(db: Session) -> None:
    client = make_client(db)
    # 40 days of check-ins, a gap three days ago, then three days in a row.
    moods = [5] * 36 + [7, 6, 8]
    rows = daily_checkins(db, client, moods[:36], end=NOW - timedelta(days=4))
    rows += daily_checkins(db, client, moods[36:], end=NOW)
    assert len(rows) == 39
    submit(db, client, phq9(base=2), at=NOW - timedelta(days=28))  # 16
    submit(db, client, phq9(base=1), at=NOW - timedelta(days=14))  # 8
    submit(db, client, phq9(base=1, item9=0), at=NOW - timedelta(days=1))  # 8

    week = service.client_trends(db, client=client, days=7, now=NOW)
    assert week.mood_summary.count == 6  # 3 recent days + 3 before the gap
    assert [v for _, v in week.mood_points][-3:] == [7.0, 6.0, 8.0]
    assert week.current_streak == 3 and week.longest_streak == 36
    assert "<svg" in week.mood_svg and "<title" in week.mood_svg and "<desc" in week.mood_svg
    assert len(week.mood_rows) == 6

    quarter = service.client_trends(db, client=client, days=90, now=NOW)
    phq = next(t for t in quarter.instruments if t.instrument_id == "phq9")
    assert [p.total for p in phq.points] == [16, 8, 8]
    assert phq.change_in_window is not None and phq.change_in_window.direction == "improved"
    assert phq.change_in_window.clinically_significant  # 16 → 8 crosses the cut-off of 10
    assert phq.change_vs_previous is not None and phq.change_vs_previous.delta == 0
    assert phq.latest is not None and phq.latest.severity == "mild"
    assert "chart__band--severe" in phq.chart_svg and phq.rows[-1].severity == "Mild"

    since = service.client_trends(
        db, client=client, days=30, now=NOW, since=NOW - timedelta(days=20)
    )
    phq_since = next(t for t in since.instruments if t.instrument_id == "phq9")
    # Baseline: the value in force at the last session (16), latest 8.
    assert phq_since.change_since is not None
    assert (phq_since.change_since.before, phq_since.change_since.after) == (16, 8)
    assert since.mood_change_since is not None and since.mood_change_since.latest == 8.0


def test_trend_days_must_be_7_30_or_90(db: Session) -> None:
    with pytest.raises(InvalidInput):
        service.client_trends(db, client=make_client(db), days=14)


def test_days_follow_the_clients_time_zone(db: Session) -> None:
    client = make_client(db)
    client.timezone = "America/Los_Angeles"
    db.flush()
    # 05:00 UTC on the 20th is the evening of the 19th in Los Angeles.
    service.create_checkin(db, client=client, mood=3, now=datetime(2026, 11, 20, 5, 0, tzinfo=UTC))
    view = service.client_trends(db, client=client, days=7, now=NOW)
    assert view.mood_rows[0].date.isoformat() == "2026-11-19"


def test_clinician_trends_follow_consent_and_links(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    daily_checkins(db, pair.client, [4, 5, 6], end=NOW)
    view = service.clinician_trends(
        db, clinician=pair.clinician, client_id=pair.client.id, days=7, now=NOW
    )
    assert view.mood_summary.count == 3
    reads = list(db.scalars(select(AuditEntry).where(AuditEntry.action == "client.read")))
    assert reads[-1].detail["stream"] == "measures" and reads[-1].actor_id == pair.clinician.id
    with pytest.raises(NotFound):
        service.clinician_trends(db, clinician=make_clinician(db), client_id=pair.client.id, days=7)
    give_consent(db, pair.client, Stream.SUMMARIES)  # measures no longer shared
    with pytest.raises(NotShared):
        service.clinician_trends(db, clinician=pair.clinician, client_id=pair.client.id, days=7)
    accounts.end_link(db, actor=pair.client, link_id=pair.link.id)
    with pytest.raises(NotFound):
        service.clinician_trends(db, clinician=pair.clinician, client_id=pair.client.id, days=7)


# --- exports ---------------------------------------------------------------------------------


def _seed(db: Session) -> tuple:
    pair = linked_pair(db, Stream.MEASURES)
    service.create_checkin(db, client=pair.client, mood=4, note='=HYPERLINK("x")', now=NOW)
    plain = submit(db, pair.client, phq9(base=1), at=NOW - timedelta(days=14))
    positive = submit(db, pair.client, phq9(base=2, item9=2), at=NOW)
    service.submit_cssrs(
        db,
        client=pair.client,
        answers={"wish_dead": True, "suicidal_thoughts": False, "behaviour_lifetime": False},
        source="web",
        now=NOW + timedelta(minutes=2),
    )
    submit(db, pair.client, [2, 2, 1, 1, 1, 1, 0], instrument="gad7", at=NOW + timedelta(minutes=5))
    return pair, plain, positive


def test_fhir_bundle_validates_and_carries_responses_observations_and_flags(db: Session) -> None:
    pair, plain, positive = _seed(db)
    bundle = export.fhir_bundle(db, client=pair.client, now=NOW)
    Bundle.model_validate(bundle)  # fhir.resources R4B
    resources = [entry["resource"] for entry in bundle["entry"]]
    kinds = [r["resourceType"] for r in resources]
    assert kinds[0] == "Patient"
    assert kinds.count("QuestionnaireResponse") == 4  # 2 PHQ-9, 1 GAD-7, 1 C-SSRS
    codes = {
        coding["code"]
        for r in resources
        if r["resourceType"] == "Observation"
        for coding in r["code"]["coding"]
    }
    assert {"44261-6", "44249-1", "44260-8", "70274-6", "69737-5"} <= codes
    totals = sorted(
        r["valueInteger"]
        for r in resources
        if r["resourceType"] == "Observation" and r["code"]["coding"][0]["code"] == "44261-6"
    )
    assert totals == sorted([plain.score.total, positive.score.total])
    answer_codes = {
        item["answer"][0]["valueCoding"]["code"]
        for r in resources
        if r["resourceType"] == "QuestionnaireResponse" and "loinc" in r["questionnaire"]
        for item in r["item"]
    }
    assert answer_codes <= {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"}
    flags = [r for r in resources if r["resourceType"] == "Flag"]
    # Item 9 = 2 (high, alert open) and the C-SSRS wish-to-be-dead (low) are both risk events.
    assert len(flags) == 2
    assert {f["status"] for f in flags} == {"active", "inactive"}


def test_json_export_holds_checkins_questionnaires_screens_and_risk_events(db: Session) -> None:
    pair, _plain, _positive = _seed(db)
    data = export.client_export(db, client=pair.client, fmt="json", now=NOW)
    assert data["client"]["email"] == pair.client.email
    assert data["checkins"][0]["note"] == '=HYPERLINK("x")'  # the client's own words, as written
    assert [q["instrument"] for q in data["questionnaires"]] == ["phq9", "phq9", "gad7"]
    assert data["cssrs_screens"][0]["risk"] == "low"
    assert {e["level"] for e in data["risk_events"]} == {"high", "low"}
    json.dumps(data)  # serialisable as is
    audit = db.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert audit[-1].detail == {"format": "json", "scope": "self"}
    with pytest.raises(InvalidInput):
        export.client_export(db, client=pair.client, fmt="xml")


def test_csv_export_neutralises_formulas_and_is_scoped(db: Session) -> None:
    pair, _plain, _positive = _seed(db)
    client, text = export.clinician_csv(db, clinician=pair.clinician, client_id=pair.client.id)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert client.id == pair.client.id
    assert [r["kind"] for r in rows].count("questionnaire") == 3
    note = next(r["note"] for r in rows if r["kind"] == "checkin")
    assert note.startswith("'=")
    with pytest.raises(NotFound):
        export.clinician_csv(db, clinician=make_clinician(db), client_id=pair.client.id)
    give_consent(db, pair.client)
    with pytest.raises(NotShared):
        export.clinician_fhir(db, clinician=pair.clinician, client_id=pair.client.id)


def test_cli_export_by_email(db: Session) -> None:
    pair, _plain, _positive = _seed(db)
    text = export.export_client(db, email=pair.client.email.upper(), format="fhir")
    Bundle.model_validate(json.loads(text))
    with pytest.raises(NotFound):
        export.export_client(db, email="nobody@example.org", format="json")
    with pytest.raises(NotFound):  # clinicians are not exported as clients
        export.export_client(db, email=pair.clinician.email, format="json")
