"""Safety mode after a high-risk episode, before and after a clinician acknowledges its alert.

Unacknowledged, a high episode keeps the companion in safety mode however calm the client is;
once a clinician has acknowledged every alert of the episode it de-escalates like a moderate one
(after CALM_TURNS_TO_LEAVE_SAFETY calm turns), and risk said again is a crisis again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion import service
from tandem.companion.engine import CALM_TURNS_TO_LEAVE_SAFETY
from tandem.core.models import utcnow
from tandem.safety import service as safety_service
from tandem.safety.assessment import RiskLevel
from tandem.safety.models import Alert
from tests.factories.accounts import Pair, linked_pair, make_client

HIGH = "I want to kill myself tonight"
CALM = ("thanks, my sister is here now", "ok", "I'm feeling a bit calmer")
SKILL_REQUEST = "can we do box breathing?"


class Clock:
    """Turns a minute apart, so the order of messages and acknowledgements is explicit."""

    def __init__(self) -> None:
        self.now = utcnow() - timedelta(hours=1)

    def tick(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def _say(db: Session, client: User, text: str, clock: Clock) -> service.ChatTurn:
    return service.send_message(db, client=client, text=text, now=clock.tick())


def _acknowledge_open_alerts(db: Session, pair: Pair, clock: Clock) -> int:
    alerts = db.scalars(
        select(Alert).where(Alert.client_id == pair.client.id, Alert.status == "open")
    ).all()
    for alert in alerts:
        safety_service.acknowledge_alert(
            db,
            clinician=pair.clinician,
            alert_id=alert.id,
            action="contacted_client",
            note="Called; her sister is with her",
            now=clock.tick(),
        )
    return len(alerts)


def _alerts(db: Session, client: User, status: str) -> int:
    return int(
        db.scalar(
            select(func.count(Alert.id)).where(Alert.client_id == client.id, Alert.status == status)
        )
        or 0
    )


def _crisis(db: Session, client: User, clock: Clock) -> service.ChatTurn:
    first = _say(db, client, HIGH, clock)
    assert first.assessment.level >= RiskLevel.HIGH and first.reply.action == "safety"
    return first


def test_an_unacknowledged_high_episode_stays_in_safety_mode(db: Session) -> None:
    pair, clock = linked_pair(db), Clock()
    _crisis(db, pair.client, clock)
    for text in (*CALM, *CALM, SKILL_REQUEST):
        turn = _say(db, pair.client, text, clock)
        assert turn.assessment.own_level == RiskLevel.NONE  # calm turns, by the screen's reading
        assert turn.reply.action == "safety_support" and turn.reply.skill is None
    assert _alerts(db, pair.client, "open") == 1


def test_an_acknowledged_high_episode_leaves_safety_mode_after_calm_turns(db: Session) -> None:
    pair, clock = linked_pair(db), Clock()
    _crisis(db, pair.client, clock)
    assert _say(db, pair.client, CALM[0], clock).reply.action == "safety_support"
    assert _acknowledge_open_alerts(db, pair, clock) == 1

    calm = [_say(db, pair.client, text, clock) for text in CALM[:CALM_TURNS_TO_LEAVE_SAFETY]]
    assert all(t.assessment.level >= RiskLevel.HIGH for t in calm)  # the episode still stands
    assert all(t.assessment.own_level == RiskLevel.NONE for t in calm)
    # Not straight back to normal: safety support until the last calm turn, which says so.
    assert [t.reply.action for t in calm] == ["safety_support"] * CALM_TURNS_TO_LEAVE_SAFETY
    assert calm[-1].reply.text != calm[0].reply.text
    back = _say(db, pair.client, SKILL_REQUEST, clock)
    assert back.reply.action == "guide_skill" and back.reply.skill == "box_breathing"
    # Calm turns after the acknowledgement opened no new alert (nobody is paged for "ok").
    assert not any(t.alert_opened for t in [*calm, back])
    assert (_alerts(db, pair.client, "open"), _alerts(db, pair.client, "acknowledged")) == (0, 1)


def test_the_same_number_of_calm_turns_is_not_enough_unacknowledged(db: Session) -> None:
    """The acknowledgement is what lets the episode de-escalate, not the calm turns alone."""
    pair, clock = linked_pair(db), Clock()
    _crisis(db, pair.client, clock)
    for text in CALM[:CALM_TURNS_TO_LEAVE_SAFETY]:
        _say(db, pair.client, text, clock)
    assert _say(db, pair.client, SKILL_REQUEST, clock).reply.action == "safety_support"


def test_new_risk_after_acknowledgement_is_a_crisis_again(db: Session) -> None:
    pair, clock = linked_pair(db), Clock()
    _crisis(db, pair.client, clock)
    _acknowledge_open_alerts(db, pair, clock)
    for text in CALM[:CALM_TURNS_TO_LEAVE_SAFETY]:
        _say(db, pair.client, text, clock)
    assert _say(db, pair.client, SKILL_REQUEST, clock).reply.action == "guide_skill"

    again = _say(db, pair.client, "I still want to die, I can't do this", clock)
    assert again.assessment.own_level >= RiskLevel.MODERATE
    assert again.reply.action == "safety" and "988" in again.reply.text
    assert again.alert_opened  # a new alert: the old one was acknowledged
    # That new alert is open, so the episode is back to staying in safety mode.
    for text in (*CALM, SKILL_REQUEST):
        turn = _say(db, pair.client, text, clock)
        assert turn.reply.action == "safety_support" and turn.reply.skill is None
    assert _alerts(db, pair.client, "open") == 1


def test_an_earlier_acknowledgement_does_not_cover_a_high_disclosure_whose_alert_failed(
    db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A moderate alert acknowledged earlier says nothing about a later plan: if the plan's alert
    could not be stored, calm turns keep the safety mode and the next one raises the alert."""
    pair, clock = linked_pair(db), Clock()
    moderate = _say(
        db, pair.client, "I keep thinking everyone would be better off without me", clock
    )
    assert moderate.assessment.level == RiskLevel.MODERATE
    _acknowledge_open_alerts(db, pair, clock)

    working = safety_service.record_assessment

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("alert store unavailable")

    monkeypatch.setattr(safety_service, "record_assessment", broken)
    _crisis(db, pair.client, clock)
    monkeypatch.setattr(safety_service, "record_assessment", working)
    assert _alerts(db, pair.client, "open") == 0

    calm = _say(db, pair.client, CALM[0], clock)
    assert calm.reply.action == "safety_support"
    assert calm.alert_opened  # recorded at the episode's level: the high alert is raised now
    high = db.scalar(select(Alert).where(Alert.client_id == pair.client.id, Alert.status == "open"))
    assert high is not None and high.level_rank >= int(RiskLevel.HIGH)


def test_a_standalone_clients_high_episode_has_no_acknowledgement_to_wait_for(
    db: Session,
) -> None:
    solo, clock = make_client(db), Clock()
    _crisis(db, solo, clock)
    for text in (*CALM, SKILL_REQUEST):
        assert _say(db, solo, text, clock).reply.action == "safety_support"


def test_an_acknowledgement_does_not_cover_risk_recorded_after_it(db: Session) -> None:
    """Risk recorded after the acknowledgement with no alert to carry it (here the client ended the
    link, so nobody is alerted) is not in a clinician's hands: the safety mode stays."""
    from tandem.accounts.service import end_link, links_for_client

    pair, clock = linked_pair(db), Clock()
    _crisis(db, pair.client, clock)
    _acknowledge_open_alerts(db, pair, clock)
    for link in links_for_client(db, client_id=pair.client.id):
        end_link(db, actor=pair.client, link_id=link.id, now=clock.tick())

    again = _say(db, pair.client, "I still want to die, I can't do this", clock)
    assert again.reply.action == "safety" and not again.alert_opened
    for text in (*CALM, SKILL_REQUEST):
        assert _say(db, pair.client, text, clock).reply.action == "safety_support"


def test_a_calm_turn_after_an_acknowledged_moderate_alert_opens_no_new_one(db: Session) -> None:
    pair, clock = linked_pair(db), Clock()
    first = _say(db, pair.client, "I keep thinking everyone would be better off without me", clock)
    assert first.assessment.level == RiskLevel.MODERATE and first.alert_opened
    _acknowledge_open_alerts(db, pair, clock)
    calm = _say(db, pair.client, "thanks, talking helps", clock)
    assert calm.assessment.level == RiskLevel.MODERATE and not calm.alert_opened
    assert (_alerts(db, pair.client, "open"), _alerts(db, pair.client, "acknowledged")) == (0, 1)
