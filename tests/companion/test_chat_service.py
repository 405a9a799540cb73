"""The chat turn end to end: screen first, store, alert, reply; and what must never be lost."""

from __future__ import annotations

import itertools

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Text, func, select, type_coerce
from sqlalchemy.orm import Session

from tandem.accounts.streams import Stream
from tandem.companion import service
from tandem.companion.models import ChatMessage
from tandem.safety import service as safety_service
from tandem.safety.assessment import RiskLevel
from tandem.safety.models import Alert, RiskEvent
from tests.factories.accounts import DEFAULT_PASSWORD, linked_pair, make_client


def _headers(client: TestClient, email: str) -> dict[str, str]:
    response = client.post(
        "/api/v1/auth/token", json={"email": email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_high_risk_message_gets_crisis_reply_and_alert_in_one_transaction(db: Session) -> None:
    pair = linked_pair(db, Stream.TRANSCRIPTS)
    turn = service.send_message(
        db, client=pair.client, text="I have the pills saved up and I'm going to take them tonight"
    )
    assert turn.assessment.level.label in ("high", "imminent")
    assert turn.reply.action == "safety"
    assert "988" in turn.reply.text
    assert turn.alert_opened
    alert = db.scalar(select(Alert).where(Alert.client_id == pair.client.id))
    assert alert is not None and alert.immediate
    event = db.scalar(select(RiskEvent).where(RiskEvent.client_id == pair.client.id))
    assert event is not None and event.source_id == str(turn.client_message.id)


def test_idiom_gets_a_normal_reply(db: Session) -> None:
    pair = linked_pair(db)
    turn = service.send_message(db, client=pair.client, text="this homework is killing me lol")
    assert turn.assessment.level.label == "none"
    assert turn.reply.action != "safety"
    assert "988" not in turn.reply.text
    assert db.scalar(select(func.count(RiskEvent.id))) == 0


def test_standalone_client_gets_resources_and_no_alert(db: Session) -> None:
    solo = make_client(db)
    turn = service.send_message(db, client=solo, text="I'm going to kill myself tonight")
    assert turn.reply.action == "safety" and "988" in turn.reply.text
    assert not turn.alert_opened
    assert db.scalar(select(func.count(Alert.id)).where(Alert.client_id == solo.id)) == 0


def test_if_alerting_fails_the_message_is_kept_and_the_crisis_reply_served(
    db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = linked_pair(db)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("alert store unavailable")

    monkeypatch.setattr(safety_service, "record_assessment", broken)
    turn = service.send_message(db, client=pair.client, text="I want to end my life tonight")
    assert turn.reply.action == "safety" and "988" in turn.reply.text
    stored = db.scalars(select(ChatMessage).where(ChatMessage.client_id == pair.client.id)).all()
    assert {m.role for m in stored} == {"client", "companion"}


def test_messages_are_encrypted_at_rest(db: Session) -> None:
    pair = linked_pair(db)
    service.send_message(db, client=pair.client, text="my sister Maribel keeps calling me")
    raw = db.scalars(select(type_coerce(ChatMessage.text, Text))).all()
    assert raw and all("Maribel" not in value for value in raw)


def test_risk_builds_across_turns_and_later_turns_stay_in_safety_mode(db: Session) -> None:
    pair = linked_pair(db)
    first = service.send_message(
        db, client=pair.client, text="I wrote goodbye letters and I have a rope ready"
    )
    assert first.reply.action == "safety"
    later = service.send_message(db, client=pair.client, text="jk lol just joking")
    assert later.assessment.level.label in ("high", "imminent")  # a joke does not erase a plan
    assert later.reply.action == "safety_support"  # still safety mode: no small talk, no skill
    for text in ("ok", "fine", "can we do box breathing?"):
        calm = service.send_message(db, client=pair.client, text=text)
        assert calm.reply.action == "safety_support" and calm.reply.skill is None


def test_a_calm_turn_in_a_crisis_gets_support_not_the_same_script_again(db: Session) -> None:
    """The crisis script answers turns that signal risk; "help me calm down" (one of its own quick
    replies) gets the engine's gentler safety support, and risk said again gets the script again."""
    pair = linked_pair(db)
    first = service.send_message(db, client=pair.client, text="I want to kill myself tonight")
    assert first.reply.action == "safety" and first.alert_opened
    calm = service.send_message(db, client=pair.client, text="Help me calm down")
    assert calm.assessment.level >= RiskLevel.HIGH  # the episode and its alert stand
    assert calm.assessment.own_level == RiskLevel.NONE
    assert calm.reply.action == "safety_support" and calm.reply.text != first.reply.text
    again = service.send_message(db, client=pair.client, text="I still want to die")
    assert again.reply.action == "safety"


def test_after_a_moderate_episode_calm_turns_lead_back_to_the_companion(db: Session) -> None:
    pair = linked_pair(db)
    first = service.send_message(
        db, client=pair.client, text="I keep thinking everyone would be better off without me"
    )
    assert first.assessment.level == RiskLevel.MODERATE and first.reply.action == "safety"
    actions = [
        service.send_message(db, client=pair.client, text=text).reply.action
        for text in (
            "thanks, talking helps",
            "I'm a bit calmer now",
            "ok",
            "can we do box breathing?",
        )
    ]
    assert actions[0] == "safety_support"  # not straight back to normal
    assert actions[-1] == "guide_skill"  # de-escalated after calm turns


def test_chat_api_round_trip(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    headers = _headers(client, pair.client.email)
    sent = client.post("/api/v1/chat/messages", json={"text": "hello there"}, headers=headers)
    assert sent.status_code == 200, sent.text
    body = sent.json()
    assert body["safety"] == {"level": "none", "categories": []}
    assert body["reply"]["role"] == "companion" and body["reply"]["text"]
    history = client.get("/api/v1/chat/messages", headers=headers).json()
    assert [m["role"] for m in history] == ["client", "companion"]
    assert history[0]["text"] == "hello there"


@pytest.mark.parametrize(
    "payload",
    [{}, {"text": ""}, {"text": "x" * 4001}, {"text": 5}, {"text": "hi", "extra": 1}],
)
def test_chat_api_rejects_bad_input_and_writes_nothing(
    client: TestClient, db: Session, payload: dict[str, object]
) -> None:
    pair = linked_pair(db)
    headers = _headers(client, pair.client.email)
    response = client.post("/api/v1/chat/messages", json=payload, headers=headers)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_input"
    assert db.scalar(select(func.count(ChatMessage.id))) == 0


def test_clinicians_cannot_post_to_the_client_chat(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    headers = _headers(client, pair.clinician.email)
    assert (
        client.post("/api/v1/chat/messages", json={"text": "hi"}, headers=headers).status_code
        == 403
    )
    assert client.get("/api/v1/chat/messages", headers=headers).status_code == 403


def test_mood_logged_in_chat_becomes_a_check_in(db: Session) -> None:
    from tandem.measures.models import CheckIn

    pair = linked_pair(db)
    service.send_message(db, client=pair.client, text="hi")
    service.send_message(db, client=pair.client, text="log my mood")
    service.send_message(db, client=pair.client, text="6")
    checkin = db.scalar(select(CheckIn).where(CheckIn.client_id == pair.client.id))
    assert checkin is not None and checkin.mood == 6 and checkin.source == "chat"


def test_a_finished_skill_counts_as_practice(db: Session) -> None:
    from tandem.plans.models import PracticeEvent

    pair = linked_pair(db)
    for text in ("hi", "I'm panicking, my heart is racing", "yes", "ready", "done", "3"):
        turn = service.send_message(db, client=pair.client, text=text)
    assert turn.reply.skill == "box_breathing"
    practice = db.scalars(
        select(PracticeEvent).where(PracticeEvent.client_id == pair.client.id)
    ).all()
    assert [p.skill_id for p in practice] == ["box_breathing"]


def test_safety_support_cycles_its_variants_instead_of_repeating_one(db: Session) -> None:
    """A long calm stretch inside a crisis episode: never the same line twice running."""
    pair = linked_pair(db)
    service.send_message(db, client=pair.client, text="I want to kill myself tonight")
    replies = [
        service.send_message(db, client=pair.client, text=text).reply.text
        for text in ("help me calm down", "jk", "ok", "fine", "sure", "hm")
    ]
    assert all(a != b for a, b in itertools.pairwise(replies))
