"""The alerts inbox page: urgency order, what is shown within consent, acknowledgement."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.streams import Stream
from tandem.clinic.models import ClinicianAvailability
from tandem.core.models import utcnow
from tandem.safety import service as safety
from tandem.safety.assessment import RiskLevel
from tandem.safety.models import Alert
from tests.accounts.conftest import sign_in
from tests.clinic.test_escalation import CLIENT_WORDS, assessment, raise_risk
from tests.factories.accounts import link, linked_pair, make_client


def _positions(html: str, *needles: str) -> list[int]:
    found = [html.find(n) for n in needles]
    assert all(p >= 0 for p in found), [n for n, p in zip(needles, found, strict=True) if p < 0]
    return found


def test_inbox_groups_by_urgency_with_facts(client: TestClient, db: Session) -> None:
    pair = linked_pair(db, Stream.TRANSCRIPTS)
    moderate_client, imminent_client = make_client(db), make_client(db)
    link(db, pair.clinician, moderate_client, Stream.TRANSCRIPTS)
    link(db, pair.clinician, imminent_client, Stream.TRANSCRIPTS)
    now = utcnow()
    raise_risk(db, moderate_client, RiskLevel.MODERATE, now - timedelta(hours=9))  # overdue
    high = raise_risk(db, pair.client, RiskLevel.HIGH, now - timedelta(minutes=2))
    raise_risk(db, pair.client, RiskLevel.HIGH, now - timedelta(minutes=1))
    raise_risk(db, imminent_client, RiskLevel.IMMINENT, now, "medical")
    assert high is not None

    sign_in(client, pair.clinician)
    html = client.get("/clinic/alerts").text
    imminent_at, high_at, moderate_at = _positions(
        html, imminent_client.display_name, pair.client.display_name, moderate_client.display_name
    )
    assert imminent_at < high_at < moderate_at
    card = html[html.find(f'id="alert-{high.id}"') :]
    card = card[: card.find("</article>")]
    assert "badge level-high" in card
    assert "ideation" in card and "ideation-rule" in card
    assert "<dd>2, latest" in card  # two messages in this episode
    assert CLIENT_WORDS in card  # shares transcripts: the excerpt is shown
    assert 'name="csrf_token"' in card and 'value="contacted_emergency_services"' in card
    assert "overdue by" in html and "3 open" in html and "1 overdue" in html
    assert 'sse-connect="/clinic/events?since=' in html
    assert "/static/vendor/htmx-sse.min.js" in html


def test_excerpt_only_when_the_client_shares_transcripts(client: TestClient, db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    raise_risk(db, pair.client, RiskLevel.HIGH, utcnow())
    sign_in(client, pair.clinician)
    html = client.get("/clinic/alerts").text
    assert pair.client.display_name in html
    assert CLIENT_WORDS not in html
    assert "does not share conversations" in html


def test_another_clinicians_alerts_are_invisible(client: TestClient, db: Session) -> None:
    mine, theirs = linked_pair(db), linked_pair(db)
    alert = raise_risk(db, theirs.client, RiskLevel.IMMINENT, utcnow())
    assert alert is not None
    token = sign_in(client, mine.clinician)
    assert theirs.client.display_name not in client.get("/clinic/alerts").text
    assert theirs.client.display_name not in client.get("/clinic/alerts/open").text
    response = client.post(
        f"/clinic/alerts/{alert.id}/acknowledge",
        data={"action": "no_action_needed", "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 404
    db.refresh(alert)
    assert alert.status == "open"


def test_acknowledge_with_note_and_action(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    alert = raise_risk(db, pair.client, RiskLevel.HIGH, utcnow())
    assert alert is not None
    token = sign_in(client, pair.clinician)
    url = f"/clinic/alerts/{alert.id}/acknowledge"
    no_csrf = client.post(url, data={"action": "contacted_client"}, follow_redirects=False)
    assert no_csrf.status_code == 403
    bad_action = client.post(url, data={"action": "ignored_it", "csrf_token": token})
    assert bad_action.status_code == 422
    db.refresh(alert)
    assert alert.status == "open"

    response = client.post(
        url,
        data={
            "action": "reviewed_safety_plan",
            "note": "Went through steps 1-3",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"].startswith("/clinic/alerts?acknowledged=")
    db.refresh(alert)
    assert alert.status == "acknowledged" and alert.acknowledged_by == pair.clinician.id
    assert alert.ack_action == "reviewed_safety_plan"
    html = client.get(response.headers["location"]).text
    history = html[html.find('id="history"') :]
    assert "Reviewed the safety plan" in history and "Went through steps 1-3" in history
    assert f"by {pair.clinician.display_name}" in history
    assert "No open alerts" in html


def test_low_flags_section_shows_rules_not_words(client: TestClient, db: Session) -> None:
    pair = linked_pair(db, Stream.TRANSCRIPTS)
    safety.record_assessment(
        db,
        client=pair.client,
        assessment=assessment(RiskLevel.LOW, "hopelessness"),
        source="chat",
        excerpt=CLIENT_WORDS,
        now=utcnow() - timedelta(hours=3),
    )
    assert db.scalar(select(Alert).where(Alert.client_id == pair.client.id)) is None
    sign_in(client, pair.clinician)
    html = client.get("/clinic/alerts").text
    section = html[html.find('id="low-flags"') : html.find('id="history"')]
    assert pair.client.display_name in section and "1 flag," in section
    assert "hopelessness: hopelessness-rule" in section
    assert CLIENT_WORDS not in html


def test_alerts_pages_are_for_clinicians(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    assert client.get("/clinic/alerts", follow_redirects=False).status_code == 303
    sign_in(client, pair.client)
    for path in ("/clinic/alerts", "/clinic/alerts/open", "/clinic/alerts/availability"):
        assert client.get(path).status_code == 403, path


def test_availability_form_saves_weekly_windows(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    token = sign_in(client, pair.clinician)
    page = client.get("/clinic/alerts/availability").text
    assert "you receive every alert at any hour" in page
    form = {"csrf_token": token, "day0_on": "on", "day0_start": "09:00", "day0_end": "17:30"}
    form |= {"day4_on": "on", "day4_start": "08:00", "day4_end": "12:00"}
    assert client.post("/clinic/alerts/availability", data=form).status_code == 200
    rows = db.scalars(
        select(ClinicianAvailability)
        .where(ClinicianAvailability.clinician_id == pair.clinician.id)
        .order_by(ClinicianAvailability.weekday)
    ).all()
    assert [(r.weekday, r.start_minute, r.end_minute) for r in rows] == [
        (0, 540, 1050),
        (4, 480, 720),
    ]
    bad = {"csrf_token": token, "day2_on": "on", "day2_start": "18:00", "day2_end": "09:00"}
    response = client.post("/clinic/alerts/availability", data=bad)
    assert response.status_code == 422 and "start must be before the end" in response.text
    assert len(db.scalars(select(ClinicianAvailability)).all()) == 2  # unchanged
    checked = re.findall(
        r'name="day(\d)_on" checked', client.get("/clinic/alerts/availability").text
    )
    assert checked == ["0", "4"]
