"""The pre-session summary: period, contents, links to sources within consent, 404/403."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

import tandem.clinic.messaging_models  # noqa: F401 - registers the table before create_all
from tandem.accounts import service as accounts
from tandem.accounts.streams import Stream
from tandem.clinic.summary import LABEL, build_summary
from tandem.companion.models import ChatMessage, SessionNote
from tandem.core.errors import NotFound
from tandem.core.models import utcnow
from tandem.measures import service as measures
from tandem.plans import service as plans
from tandem.plans.schemas import PlanUpdate, TechniqueIn
from tandem.safety.assessment import RiskLevel
from tests.accounts.conftest import bearer, sign_in
from tests.clinic.test_escalation import raise_risk
from tests.factories.accounts import linked_pair, make_clinician


def _seed(db: Session, *shared: Stream):  # type: ignore[no-untyped-def]
    now = utcnow()
    pair = linked_pair(db, *shared)
    client = pair.client
    last_session = now - timedelta(days=7)
    plans.save_plan(
        db,
        author=pair.clinician,
        client_id=client.id,
        update=PlanUpdate(
            base_version=0,
            techniques=[TechniqueIn(skill_id="box_breathing", frequency="daily")],
            sessions=[now - timedelta(days=21), last_session, now + timedelta(days=1)],
        ),
    )
    # Before the period: must not count.
    measures.create_checkin(db, client=client, mood=2, now=now - timedelta(days=10))
    measures.submit_questionnaire(
        db,
        client=client,
        instrument_id="phq9",
        answers=[2, 2, 2, 2, 2, 2, 2, 1, 0],
        source="web",
        now=now - timedelta(days=9),
    )  # 15
    for days, mood in ((6, 4), (5, 5), (2, 7), (1, 8)):
        measures.create_checkin(db, client=client, mood=mood, now=now - timedelta(days=days))
    measures.submit_questionnaire(
        db,
        client=client,
        instrument_id="phq9",
        answers=[1, 1, 1, 1, 1, 0, 0, 0, 0],
        source="web",
        now=now - timedelta(days=1),
    )  # 5
    plans.record_practice(
        db,
        client_id=client.id,
        skill_id="box_breathing",
        source="companion",
        at=now - timedelta(days=3),
    )
    message = ChatMessage(
        id=uuid.uuid4(),
        client_id=client.id,
        role="companion",
        text="Let's breathe in a square.",
        skill="box_breathing",
        action="skill_step",
        created_at=now - timedelta(days=3),
    )
    db.add(message)
    db.add(
        SessionNote(
            client_id=client.id, text="Ask about sleeping pills", created_at=now - timedelta(days=2)
        )
    )
    raise_risk(db, client, RiskLevel.MODERATE, now - timedelta(days=4))
    db.flush()
    return pair, message, last_session


def test_summary_covers_the_period_since_the_last_session(db: Session) -> None:
    pair, message, last_session = _seed(db, Stream.MEASURES, Stream.SUMMARIES, Stream.TRANSCRIPTS)
    s = build_summary(db, viewer=pair.clinician, client_id=pair.client.id, now=utcnow())
    assert s.label == LABEL and s.since_last_session and s.since == last_session
    assert s.next_session is not None
    assert s.mood is not None and s.mood.count == 4 and s.mood.average == 6.0
    assert s.mood.direction == "rising" and s.mood.previous_average == 2.0
    assert s.scores is not None and [x.total for x in s.scores] == [5]
    assert s.scores[0].change is not None and s.scores[0].change.direction == "improved"
    assert s.scores[0].link.href == f"/clinic/clients/{pair.client.id}/trends#phq9"
    assert s.practised == [("Box breathing", 1)]
    assert s.adherence.for_skill("box_breathing") is not None
    assert [r.level for r in s.risk_events] == ["moderate"]
    assert s.topics is not None and s.topics[0].label == "Skill: Box breathing"
    assert s.topics[0].link.href == f"/clinic/clients/{pair.client.id}/transcript#m-{message.id}"
    assert s.notes is not None and [n.text for n in s.notes] == ["Ask about sleeping pills"]


def test_without_a_past_session_the_period_is_14_days(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    now = utcnow()
    s = build_summary(db, viewer=pair.clinician, client_id=pair.client.id, now=now)
    assert not s.since_last_session and s.since == now - timedelta(days=14)


def test_consent_shapes_the_summary_and_revocation_is_immediate(
    client: TestClient, db: Session
) -> None:
    pair, _message, _ = _seed(db, Stream.MEASURES, Stream.SUMMARIES)
    s = build_summary(db, viewer=pair.clinician, client_id=pair.client.id, now=utcnow())
    assert s.topics is not None and s.topics[0].link.href is None  # no transcripts: no link
    sign_in(client, pair.clinician)
    page = client.get(f"/clinic/clients/{pair.client.id}/summary").text
    assert LABEL in page and "Ask about sleeping pills" in page and "PHQ-9 5" in page
    assert client.get(f"/clinic/clients/{pair.client.id}/transcript").status_code == 403

    accounts.set_consent(
        db,
        client=pair.client,
        share_measures=False,
        share_summaries=False,
        share_transcripts=False,
        share_journal=False,
    )
    page = client.get(f"/clinic/clients/{pair.client.id}/summary").text
    assert "Ask about sleeping pills" not in page and "PHQ-9 5" not in page
    assert "moderate" in page  # risk events stay (the safety override)
    data = client.get(
        f"/api/v1/clients/{pair.client.id}/summary", headers=bearer(client, pair.clinician)
    ).json()
    assert "scores" not in data and "notes" not in data and "topics" not in data
    assert data["risk_events"][0]["level"] == "moderate"


def test_transcript_page_anchors_each_message(client: TestClient, db: Session) -> None:
    pair, message, _ = _seed(db, Stream.TRANSCRIPTS)
    sign_in(client, pair.clinician)
    page = client.get(f"/clinic/clients/{pair.client.id}/transcript")
    assert page.status_code == 200 and f'id="m-{message.id}"' in page.text
    assert (
        "Let&#39;s breathe in a square." in page.text or "Let's breathe in a square." in page.text
    )


def test_another_clinicians_client_is_404_everywhere(client: TestClient, db: Session) -> None:
    pair, _m, _ = _seed(db, Stream.MEASURES, Stream.SUMMARIES, Stream.TRANSCRIPTS)
    other = make_clinician(db)
    with pytest.raises(NotFound):
        build_summary(db, viewer=other, client_id=pair.client.id, now=utcnow())
    sign_in(client, other)
    for path in ("summary", "transcript", "messages"):
        assert client.get(f"/clinic/clients/{pair.client.id}/{path}").status_code == 404, path
    headers = bearer(client, other)
    for path in ("summary", "messages"):
        assert (
            client.get(f"/api/v1/clients/{pair.client.id}/{path}", headers=headers).status_code
            == 404
        )
