"""Plans pages: the client's safety plan and plan, the clinician's editors, forms and errors."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.core.settings import Settings
from tandem.plans import service
from tests.factories.accounts import linked_pair
from tests.factories.plans import PRIVATE_NOTE, make_plan, make_safety_plan, sign_in

SAFETY_FORM = {
    "base_version": "0",
    "warning_signs": "Can't sleep\n\nSkipping meals\n",
    "coping_strategies": "Cold shower",
    "environment_safety": "",
    "reasons_for_living": "My dog Biscuit",
    "help_contacts-0-name": "Maria (sister)",
    "help_contacts-0-phone": "+1 (555) 010-2030",
    "help_contacts-1-name": "",
    "help_contacts-1-phone": "",
    "professionals-0-name": "Dr Lee",
    "professionals-0-phone": "555 0100",
}


def _no_inline_code(html: str) -> None:
    """The CSP forbids inline script and style, so the pages must not rely on them."""
    assert " style=" not in html
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html)


def _summary_links_resolve(html: str) -> None:
    """Each message in the error summary links to a field that exists on the page."""
    summary = html.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    targets = re.findall(r'href="#([^"]+)"', summary)
    assert targets
    for target in targets:
        assert f'id="{target}"' in html, target


def test_client_starts_edits_and_sees_their_safety_plan(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    csrf = sign_in(client, db, pair.client, settings)
    empty = client.get("/safety-plan")
    assert empty.status_code == 200
    assert "Start my safety plan" in empty.text
    assert 'href="tel:988"' in empty.text  # crisis lines for en-US from the safety data
    _no_inline_code(empty.text)

    form = client.get("/safety-plan/edit")
    assert form.status_code == 200 and 'name="csrf_token"' in form.text
    assert '<legend><span class="safety-step-number">7</span> My reasons for living' in form.text

    saved = client.post(
        "/safety-plan", data={**SAFETY_FORM, "csrf_token": csrf}, follow_redirects=False
    )
    assert saved.status_code == 303, saved.text
    page = client.get("/safety-plan?saved=1").text
    assert "Skipping meals" in page and "My dog Biscuit" in page
    assert 'href="tel:+15550102030"' in page
    assert 'href="tel:5550100"' in page
    _no_inline_code(page)
    state = service.read_safety_plan(db, viewer=pair.client, client_id=pair.client.id)
    assert state.document.warning_signs == ["Can't sleep", "Skipping meals"]
    assert state.info is not None and state.info.author_role == "client"


def test_safety_form_without_csrf_is_refused(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    sign_in(client, db, pair.client, settings)
    response = client.post("/safety-plan", data=SAFETY_FORM, follow_redirects=False)
    assert response.status_code == 403
    assert service.safety_plan_summary(db, client_id=pair.client.id) is None


def test_bad_phone_comes_back_next_to_its_field(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    csrf = sign_in(client, db, pair.client, settings)
    data = {**SAFETY_FORM, "help_contacts-0-phone": "ring me", "csrf_token": csrf}
    response = client.post("/safety-plan", data=data)
    assert response.status_code == 422
    assert 'id="help_contacts-0-phone-error"' in response.text
    assert 'aria-invalid="true" aria-describedby="help_contacts-0-phone-error"' in response.text
    assert "Skipping meals" in response.text  # what they typed is kept
    _summary_links_resolve(response.text)


def test_clinician_edits_the_safety_plan_together_with_the_client(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    make_safety_plan(db, author=pair.client, client=pair.client)
    csrf = sign_in(client, db, pair.clinician, settings)
    url = f"/clinic/clients/{pair.client.id}/safety-plan"
    page = client.get(url)
    assert page.status_code == 200
    assert "My dog Biscuit" in page.text and "(client)" in page.text
    _no_inline_code(page.text)
    data = {**SAFETY_FORM, "base_version": "1", "csrf_token": csrf}
    saved = client.post(url, data=data, follow_redirects=False)
    assert saved.status_code == 303
    history = service.safety_plan_history(db, viewer=pair.clinician, client_id=pair.client.id)
    assert [(v.version, v.author_role) for v in history] == [(2, "clinician"), (1, "client")]

    # The client, still looking at version 1, saves: they are told, and nothing is overwritten.
    client_csrf = sign_in(client, db, pair.client, settings)
    stale = client.post(
        "/safety-plan",
        data={
            **SAFETY_FORM,
            "reasons_for_living": "Mine",
            "csrf_token": client_csrf,
            "base_version": "1",
        },
    )
    assert stale.status_code == 409
    assert pair.clinician.display_name in stale.text and "Mine" in stale.text
    assert 'name="base_version" value="2"' in stale.text
    current = service.read_safety_plan(db, viewer=pair.client, client_id=pair.client.id)
    assert current.document.reasons_for_living == ["My dog Biscuit"]


def _plan_form(csrf: str, **extra: str) -> dict[str, str]:
    data = {
        "csrf_token": csrf,
        "base_version": "0",
        "goals": "Sleep by 11\nWalk daily",
        "technique-0-skill_id": "box_breathing",
        "technique-0-frequency": "daily",
        "technique-0-due": "",
        "technique-0-note": "Before bed.",
        "technique-1-skill_id": "",
        "technique-1-frequency": "",
        "technique-2-skill_id": "thought_record",
        "technique-2-frequency": "3x week",
        "homework-0-title": "Evening walk",
        "homework-0-instructions": "20 minutes",
        "homework-0-due": "2026-12-05",
        "homework-0-target_count": "2",
        "homework-0-status": "active",
        "homework-1-title": "",
        "homework-1-target_count": "1",
        "clinician_notes": PRIVATE_NOTE,
        "wording-0-key": "box_breathing",
        "wording-0-text": "square breathing",
        "contraindicated_skills": "tipp, breathing_478",
        "contraindicated_topics": "trauma-processing\nbreath-holding",
        "session-0-at": "2026-12-04T15:00",
    }
    data.update(extra)
    return data


def test_clinician_writes_the_plan_through_the_form(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    pair.clinician.timezone = "Europe/Madrid"
    csrf = sign_in(client, db, pair.clinician, settings)
    url = f"/clinic/clients/{pair.client.id}/plan"
    empty = client.get(url)
    assert empty.status_code == 200 and "No plan yet" in empty.text
    _no_inline_code(empty.text)

    saved = client.post(url, data=_plan_form(csrf), follow_redirects=False)
    assert saved.status_code == 303, saved.text
    snap = service.plan_snapshot(db, client_id=pair.client.id)
    assert [t.skill_id for t in snap.techniques] == ["box_breathing", "thought_record"]
    assert snap.preferred_wording == {"box_breathing": "square breathing"}
    assert snap.contraindicated_skills == {"tipp", "breathing_478"}
    assert [h.title for h in snap.homework] == ["Evening walk"]
    # 15:00 in Madrid (UTC+1 in December) is 14:00 UTC.
    assert snap.sessions[0].isoformat() == "2026-12-04T14:00:00+00:00"

    page = client.get(url + "?saved=1").text
    assert "Saved." in page and "Version 1" in page
    assert 'value="2026-12-04T15:00"' in page  # shown back in the clinician's zone
    assert "created the plan" in page
    homework_id = snap.homework[0].id
    assert f'name="homework-0-id" value="{homework_id}"' in page

    # Remove the first technique and keep the homework by its id: a second version.
    second = _plan_form(
        csrf,
        base_version="1",
        **{"technique-0-remove": "on", "homework-0-id": homework_id},
    )
    assert client.post(url, data=second, follow_redirects=False).status_code == 303
    snap = service.plan_snapshot(db, client_id=pair.client.id)
    assert snap.version == 2 and [t.skill_id for t in snap.techniques] == ["thought_record"]
    assert snap.homework[0].id == homework_id


def test_plan_form_errors_sit_next_to_the_right_row(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    csrf = sign_in(client, db, pair.clinician, settings)
    url = f"/clinic/clients/{pair.client.id}/plan"
    data = _plan_form(csrf, **{"technique-2-frequency": "whenever"})
    response = client.post(url, data=data)
    assert response.status_code == 422
    assert 'id="technique-2-frequency-error"' in response.text
    assert "Say how often" in response.text
    assert 'value="whenever"' in response.text
    _summary_links_resolve(response.text)
    assert service.get_plan(db, client_id=pair.client.id).version == 0

    clash = _plan_form(csrf, **{"contraindicated_skills": "box_breathing"})
    response = client.post(url, data=clash)
    assert response.status_code == 422
    assert "both assigned and contraindicated" in response.text


def test_companion_settings_page(client: TestClient, db: Session, settings: Settings) -> None:
    pair = linked_pair(db)
    csrf = sign_in(client, db, pair.clinician, settings)
    url = f"/clinic/clients/{pair.client.id}/companion"
    page = client.get(url)
    assert page.status_code == 200 and 'name="paused"' in page.text
    _no_inline_code(page.text)
    base = {"csrf_token": csrf, "base_version": "0", "timezone": "UTC", "backend": "offline"}
    half = client.post(url, data={**base, "quiet_start": "22:00"})
    assert half.status_code == 422 and "both a start and an end" in half.text
    negative = client.post(url, data={**base, "daily_minutes": "-3"})
    assert negative.status_code == 422 and 'id="daily_minutes-error"' in negative.text
    ok = client.post(
        url,
        data={
            **base,
            "paused": "on",
            "pause_message": "Back on Monday",
            "daily_minutes": "30",
            "quiet_start": "22:00",
            "quiet_end": "07:00",
        },
        follow_redirects=False,
    )
    assert ok.status_code == 303
    snap = service.companion_settings(db, client_id=pair.client.id)
    assert snap.paused and snap.daily_minutes == 30 and snap.pause_message == "Back on Monday"


def test_client_marks_homework_done_on_my_plan(
    client: TestClient, db: Session, settings: Settings
) -> None:
    pair = linked_pair(db)
    plan = make_plan(db, clinician=pair.clinician, client=pair.client)
    csrf = sign_in(client, db, pair.client, settings)
    page = client.get("/my-plan")
    assert page.status_code == 200
    assert "Evening walk" in page.text and "Box breathing" in page.text
    assert PRIVATE_NOTE not in page.text and "square" not in page.text
    _no_inline_code(page.text)
    worry = plan.document.homework[1]
    done = client.post(
        f"/my-plan/homework/{worry.id}/complete", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert done.status_code == 303
    state = service.get_plan(db, client_id=pair.client.id)
    assert state.homework_state(worry) == "done"


@pytest.mark.parametrize("suffix", ["plan", "safety-plan", "companion"])
def test_clinician_pages_are_isolated(
    client: TestClient, db: Session, settings: Settings, suffix: str
) -> None:
    pair = linked_pair(db)
    make_plan(db, clinician=pair.clinician, client=pair.client)
    url = f"/clinic/clients/{pair.client.id}/{suffix}"
    outsider = linked_pair(db)
    csrf = sign_in(client, db, outsider.clinician, settings)
    assert client.get(url).status_code == 404
    posted = client.post(url, data={"csrf_token": csrf, "base_version": "1"})
    assert posted.status_code == 404
    assert PRIVATE_NOTE not in posted.text
    assert client.get(f"/clinic/clients/{uuid.uuid4()}/{suffix}").status_code == 404
    sign_in(client, db, pair.client, settings)
    assert client.get(url).status_code == 403
    client.cookies.clear()
    anonymous: Any = client.get(url, follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
