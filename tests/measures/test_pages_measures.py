"""Measures pages: they render, post with CSRF, refuse bad input kindly, and run the item-9 loop."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.streams import Stream
from tandem.core.models import utcnow
from tandem.measures import schedule, service
from tandem.measures.models import CheckIn, CssrsResponse, QuestionnaireResponse
from tandem.safety.models import Alert, RiskEvent
from tests.factories.accounts import linked_pair, make_client, make_clinician
from tests.factories.measures import counts, csrf_from, daily_checkins, phq9, sign_in, submit

PHQ9_IDS = [f"phq9_{n}" for n in range(1, 10)]


@pytest.fixture()
def browser(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://testserver", raise_server_exceptions=False) as c:
        yield c


def _key(html: str) -> str:
    match = re.search(r'name="idempotency_key" value="([^"]+)"', html)
    assert match
    return match.group(1)


def test_checkin_page_renders_a_form_that_works_without_javascript(
    db: Session, client: TestClient
) -> None:
    user = make_client(db)
    sign_in(client, user)
    page = client.get("/checkin")
    assert page.status_code == 200
    html = page.text
    assert html.count('type="radio" name="mood"') == 11
    assert 'type="checkbox" name="emotions" value="sad"' in html
    assert 'name="sleep_hours"' in html and 'name="note"' in html and 'name="activity"' in html
    assert "<script>" not in html and "style=" not in html


def test_checkin_posts_with_csrf_and_a_double_submit_stores_one_row(
    db: Session, client: TestClient
) -> None:
    user = make_client(db)
    sign_in(client, user)
    page = client.get("/checkin").text
    form = {
        "csrf_token": csrf_from(page),
        "idempotency_key": _key(page),
        "mood": "7",
        "emotions": ["calm", "hopeful"],
        "energy": "6",
        "sleep_hours": "7,5",
        "sleep_quality": "3",
        "note": "good day",
        "activity": "walk",
    }
    first = client.post("/checkin", data=form, follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/progress?saved=checkin"
    again = client.post("/checkin", data=form, follow_redirects=False)
    assert again.status_code == 303
    rows = list(db.scalars(select(CheckIn).where(CheckIn.client_id == user.id)))
    assert len(rows) == 1
    assert (rows[0].mood, rows[0].emotions, rows[0].sleep_hours) == (7, ["calm", "hopeful"], 7.5)
    progress = client.get("/progress?saved=checkin")
    assert "Check-in saved" in progress.text


def test_checkin_without_csrf_is_refused(db: Session, client: TestClient) -> None:
    sign_in(client, make_client(db))
    response = client.post("/checkin", data={"mood": "5"}, follow_redirects=False)
    assert response.status_code == 403
    assert counts(db)["checkins"] == 0


def test_checkin_without_a_mood_comes_back_with_the_message(
    db: Session, client: TestClient
) -> None:
    sign_in(client, make_client(db))
    page = client.get("/checkin").text
    response = client.post(
        "/checkin",
        data={"csrf_token": csrf_from(page), "note": "kept", "emotions": ["sad"]},
    )
    assert response.status_code == 422
    assert 'id="mood-error"' in response.text and "kept" in response.text
    assert 'value="sad" checked' in response.text
    assert counts(db)["checkins"] == 0


def test_phq9_page_has_the_standard_wording_one_fieldset_per_item(
    db: Session, client: TestClient
) -> None:
    sign_in(client, make_client(db))
    html = client.get("/questionnaires/phq9").text
    assert "Over the last 2 weeks, how often have you been bothered" in html
    assert "Thoughts that you would be better off dead or of hurting yourself" in html
    assert html.count('<fieldset class="item card') == 10  # 9 items + the difficulty question
    assert html.count('type="radio" name="phq9_9"') == 4
    spanish = make_client(db, locale="es-MX")
    other = TestClient(client.app, base_url="http://testserver")
    sign_in(other, spanish)
    assert "Poco interés o placer en hacer cosas" in other.get("/questionnaires/phq9").text
    assert client.get("/questionnaires/bdi").status_code == 404


def test_phq9_with_a_missing_item_is_shown_again_and_nothing_is_written(
    db: Session, client: TestClient
) -> None:
    sign_in(client, make_client(db))
    page = client.get("/questionnaires/phq9").text
    form = {pid: "1" for pid in PHQ9_IDS[:-1]}
    form.update(csrf_token=csrf_from(page), idempotency_key=_key(page))
    response = client.post("/questionnaires/phq9", data=form)
    assert response.status_code == 422
    assert 'id="phq9_9-error"' in response.text
    assert 'name="phq9_1" value="1" checked' in response.text
    assert counts(db)["questionnaire_responses"] == 0


def test_item9_loop_on_the_web_shows_cssrs_resources_and_safety_plan(
    db: Session, client: TestClient
) -> None:
    pair = linked_pair(db)
    sign_in(client, pair.client)
    page = client.get("/questionnaires/phq9").text
    form = {pid: "1" for pid in PHQ9_IDS}
    form.update(csrf_token=csrf_from(page), idempotency_key=_key(page))
    posted = client.post("/questionnaires/phq9", data=form, follow_redirects=False)
    assert posted.status_code == 303
    result = client.get(posted.headers["location"])
    html = result.text
    assert result.status_code == 200
    assert 'id="cssrs-form"' in html and 'name="wish_dead"' in html
    assert "988" in html  # en-US resources from the safety data
    assert 'href="/safety-plan"' in html
    assert "let your clinician know" in html
    assert html.index('id="safety"') < html.index('id="score-heading"')
    event = db.scalar(select(RiskEvent).where(RiskEvent.client_id == pair.client.id))
    assert event is not None and event.level == "moderate" and event.alert_id is not None

    # The screener on that page, answered "yes" to intent: a high event, the alert escalates.
    answers = {
        "wish_dead": "yes",
        "suicidal_thoughts": "yes",
        "method": "no",
        "intent": "yes",
        "plan": "no",
        "behaviour_lifetime": "no",
    }
    posted_screen = client.post(
        "/questionnaires/cssrs",
        data={
            **answers,
            "csrf_token": csrf_from(html),
            "idempotency_key": re.search(
                r'name="idempotency_key" value="([^"]+)"', html.split('id="cssrs-form"')[1]
            ).group(1),  # type: ignore[union-attr]
            "phq9_response_id": posted.headers["location"].rsplit("/", 1)[1],
        },
        follow_redirects=False,
    )
    assert posted_screen.status_code == 303
    screen_page = client.get(posted_screen.headers["location"])
    assert "Your safety matters most right now" in screen_page.text
    screen = db.scalar(select(CssrsResponse).where(CssrsResponse.client_id == pair.client.id))
    assert screen is not None and screen.risk == "high"
    assert screen.phq9_response_id is not None
    alert = db.scalar(select(Alert).where(Alert.client_id == pair.client.id))
    assert alert is not None and alert.level == "high"


def test_cssrs_page_ignores_skipped_questions_and_asks_for_missing_ones(
    db: Session, client: TestClient
) -> None:
    user = make_client(db)
    sign_in(client, user)
    page = client.get("/questionnaires/cssrs").text
    assert "988" in page
    token = csrf_from(page)
    missing = client.post(
        "/questionnaires/cssrs",
        data={"csrf_token": token, "wish_dead": "no", "suicidal_thoughts": "yes"},
    )
    assert missing.status_code == 422
    assert 'id="method-error"' in missing.text and 'id="behaviour_lifetime-error"' in missing.text
    assert counts(db)["cssrs_responses"] == 0
    # "No" to question 2 with stray answers to 3-5 (visible without JavaScript): they are dropped.
    ok = client.post(
        "/questionnaires/cssrs",
        data={
            "csrf_token": token,
            "wish_dead": "no",
            "suicidal_thoughts": "no",
            "intent": "yes",
            "behaviour_lifetime": "no",
        },
        follow_redirects=False,
    )
    assert ok.status_code == 303
    screen = db.scalar(select(CssrsResponse).where(CssrsResponse.client_id == user.id))
    assert screen is not None and "intent" not in screen.answers and screen.risk == "low"


def test_progress_page_has_windows_charts_tables_and_streak(
    db: Session, client: TestClient
) -> None:
    user = make_client(db)
    now = utcnow()
    daily_checkins(db, user, [4, 5, 6, 7], end=now)
    submit(db, user, phq9(base=1), at=now - timedelta(days=10))
    submit(db, user, phq9(base=2), at=now - timedelta(hours=1))
    sign_in(client, user)
    for days in (7, 30, 90):
        html = client.get(f"/progress?days={days}").text
        assert f'?days={days}" class="window-link" aria-current="page"' in html
        assert f"Mood, last {days} days" in html and "<desc" in html
        assert "Show the numbers" in html and "<table>" in html
    html = client.get("/progress?days=30").text
    assert "4 days in a row" in html
    assert "chart__band--moderately_severe" in html
    assert "went up by 8 points" in html  # plain words for the client
    assert client.get("/progress?days=13").status_code == 200  # falls back to 30


def test_due_questionnaire_is_shown_to_the_client(db: Session, client: TestClient) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    schedule.set_schedules(
        db,
        clinician=pair.clinician,
        client_id=pair.client.id,
        schedules=[schedule.ScheduleSpec(instrument="gad7", every_days=7)],
    )
    sign_in(client, pair.client)
    assert "GAD-7 is due." in client.get("/checkin").text
    assert 'href="/questionnaires/gad7"' in client.get("/progress").text


def test_clinician_trends_page_within_consent(db: Session, client: TestClient) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    now = utcnow()
    daily_checkins(db, pair.client, [3, 4], end=now)
    submit(db, pair.client, phq9(base=0), at=now - timedelta(days=20))
    submit(db, pair.client, phq9(base=1), at=now - timedelta(days=1))  # +8: flagged
    token = sign_in(client, pair.clinician)
    url = f"/clinic/clients/{pair.client.id}/trends"
    html = client.get(f"{url}?days=30&since={(now - timedelta(days=25)).date().isoformat()}").text
    assert "Reliable deterioration" in html and "not urgent" in html
    assert "RCI" in html and "Since " in html
    assert f"/api/v1/clients/{pair.client.id}/measures.csv" in html
    saved = client.post(
        f"/clinic/clients/{pair.client.id}/schedules",
        data={"csrf_token": token, "phq9_every_days": "14"},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert [s.instrument for s in schedule.schedules_for_client(db, client_id=pair.client.id)] == [
        "phq9"
    ]
    flag = service.deterioration_flags_for_client(db, client_id=pair.client.id)[0]
    acked = client.post(
        f"/clinic/deterioration-flags/{flag.id}/acknowledge",
        data={"csrf_token": token},
        follow_redirects=False,
    )
    assert acked.status_code == 303
    assert service.deterioration_flags_for_client(db, client_id=pair.client.id) == []


def test_clinician_trends_page_refuses_unlinked_and_unshared(
    db: Session, client: TestClient
) -> None:
    pair = linked_pair(db)  # shares nothing
    sign_in(client, pair.clinician)
    assert client.get(f"/clinic/clients/{pair.client.id}/trends").status_code == 403
    stranger = make_clinician(db)
    other = TestClient(client.app, base_url="http://testserver")
    sign_in(other, stranger)
    assert other.get(f"/clinic/clients/{pair.client.id}/trends").status_code == 404


def test_clients_cannot_open_the_clinician_view_and_clinicians_cannot_check_in(
    db: Session, client: TestClient
) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    sign_in(client, pair.client)
    assert client.get(f"/clinic/clients/{pair.client.id}/trends").status_code == 403
    other = TestClient(client.app, base_url="http://testserver")
    sign_in(other, pair.clinician)
    assert other.get("/checkin").status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client: TestClient) -> None:
    response = client.get("/progress", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_result_pages_are_private_to_their_client(db: Session, client: TestClient) -> None:
    owner = make_client(db)
    result = submit(db, owner, phq9(item9=1))
    sign_in(client, make_client(db))
    assert client.get(f"/questionnaires/responses/{result.response.id}").status_code == 404
    assert db.get(QuestionnaireResponse, result.response.id) is not None


def test_checkin_note_with_risk_shows_help_before_anything_else(
    db: Session, client: TestClient
) -> None:
    pair = linked_pair(db)
    sign_in(client, pair.client)
    page = client.get("/checkin").text
    posted = client.post(
        "/checkin",
        data={
            "csrf_token": csrf_from(page),
            "mood": "1",
            "note": "I want to kill myself tonight, I have the pills ready",
        },
        follow_redirects=False,
    )
    assert posted.status_code == 303 and posted.headers["location"].endswith("/saved")
    help_page = client.get(posted.headers["location"]).text
    assert "Your safety matters most right now" in help_page
    assert "988" in help_page and 'href="/safety-plan"' in help_page
    assert "let your clinician know" in help_page
    other = TestClient(client.app, base_url="http://testserver")
    sign_in(other, make_client(db))
    assert other.get(posted.headers["location"]).status_code == 404


def test_the_safety_panel_speaks_the_clients_language(db: Session, client: TestClient) -> None:
    user = make_client(db, locale="es-MX")
    sign_in(client, user)
    page = client.get("/questionnaires/phq9").text
    form = {pid: "0" for pid in PHQ9_IDS[:-1]}
    form.update(phq9_9="3", csrf_token=csrf_from(page), idempotency_key=_key(page))
    posted = client.post("/questionnaires/phq9", data=form, follow_redirects=False)
    html = client.get(posted.headers["location"]).text
    assert "Lo más importante ahora es tu seguridad." in html
    assert "llama al 911 ahora" in html  # Mexico, from the safety data
    assert "Abrir mi plan de seguridad" in html
    assert "¿Ha deseado estar muerto(a)" in html and ">Sí<" in html
    assert "Thank you for telling us" not in html
