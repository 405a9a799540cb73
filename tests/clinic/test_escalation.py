"""Escalation timing with an injected clock: who is told, when, and never twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts.models import Clinic, User
from tandem.accounts.streams import Stream
from tandem.clinic import escalation
from tandem.clinic.alerts_service import Window, set_availability
from tandem.clinic.escalation import RunReport, run_once, session_scope
from tandem.clinic.models import NotificationDelivery
from tandem.core.notifications import (
    Notification,
    NotificationError,
    NullNotifier,
    SmtpNotifier,
    WebhookNotifier,
    assert_no_free_text,
)
from tandem.safety import service as safety
from tandem.safety.assessment import Assessment, Evidence, RiskLevel
from tandem.safety.models import Alert
from tests.factories.accounts import Pair, link, linked_pair, make_client

ON_CALL_EMAIL = "oncall@clinic.example"
ON_CALL_PHONE = "+1 555 0100"
BASE = "https://tandem.example"
# A Wednesday, 10:00 UTC: inside ordinary office hours.
T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
CLIENT_WORDS = "I wrote the note and put the pills by my bed tonight"


def assessment(
    level: RiskLevel, category: str = "ideation", text: str = CLIENT_WORDS
) -> Assessment:
    return Assessment(
        level=level,
        categories=(category,),
        evidence=(Evidence(0, len(text), text, f"{category}-rule", category, level),),
    )


def raise_risk(
    db: Session, client: User, level: RiskLevel, at: datetime, category: str = "ideation"
) -> Alert | None:
    recorded = safety.record_assessment(
        db,
        client=client,
        assessment=assessment(level, category),
        source="chat",
        excerpt=CLIENT_WORDS,
        now=at,
    )
    assert recorded is not None
    return recorded.alert


def sessions_for(db: Session) -> Callable[[], AbstractContextManager[Session]]:
    return lambda: session_scope(db)


def run(db: Session, notifier: NullNotifier, at: datetime) -> RunReport:
    return run_once(sessions_for(db), notifier=notifier, now=at, base_url=BASE)


def configure_on_call(clinic: Clinic | None, db: Session, **extra: object) -> None:
    assert clinic is not None
    clinic.on_call_name = "Dr On Call"
    clinic.on_call_phone = ON_CALL_PHONE
    clinic.settings = {"on_call_email": ON_CALL_EMAIL, **extra}
    db.flush()


@pytest.fixture()
def pair(db: Session) -> Pair:
    p = linked_pair(db, Stream.TRANSCRIPTS)
    configure_on_call(p.clinician.clinic, db)
    return p


def sent_to(notifier: NullNotifier) -> Counter[tuple[str, str]]:
    return Counter((n.to, n.kind) for n in notifier.sent)


def test_new_high_alert_tells_clinician_and_on_call_once(db: Session, pair: Pair) -> None:
    notifier = NullNotifier()
    alert = raise_risk(db, pair.client, RiskLevel.HIGH, T0)
    assert alert is not None
    report = run(db, notifier, T0 + timedelta(seconds=5))
    assert sent_to(notifier) == Counter(
        {(pair.clinician.email, "alert_new"): 1, (ON_CALL_EMAIL, "alert_on_call"): 1}
    )
    assert report.announced == 1 and report.sent == 2
    assert all(n.urgent for n in notifier.sent)
    on_call = next(n for n in notifier.sent if n.to == ON_CALL_EMAIL)
    assert ON_CALL_PHONE in on_call.body and f"{BASE}/clinic/alerts" in on_call.body
    # later passes, and more messages in the same episode at the same level, add nothing
    raise_risk(db, pair.client, RiskLevel.HIGH, T0 + timedelta(minutes=1))
    run(db, notifier, T0 + timedelta(minutes=2))
    run(db, notifier, T0 + timedelta(minutes=3))
    assert len(notifier.sent) == 2
    rows = db.scalars(select(NotificationDelivery).where(NotificationDelivery.alert_id == alert.id))
    assert sorted(r.status for r in rows) == ["sent", "sent"]


def test_moderate_overdue_escalates_to_on_call_once(db: Session, pair: Pair) -> None:
    notifier = NullNotifier()
    alert = raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    assert alert is not None
    run(db, notifier, T0 + timedelta(seconds=5))
    # moderate: the clinician only, no on-call
    assert sent_to(notifier) == Counter({(pair.clinician.email, "alert_new"): 1})
    # still inside the same-day target: nothing
    run(db, notifier, alert.due_at - timedelta(minutes=1))
    assert len(notifier.sent) == 1 and alert.escalated_at is None

    overdue_at = alert.due_at + timedelta(seconds=30)
    report = run(db, notifier, overdue_at)
    assert report.escalated == 1
    assert sent_to(notifier)[(ON_CALL_EMAIL, "alert_escalated")] == 1
    db.refresh(alert)
    assert alert.escalated_at == overdue_at
    for minutes in (1, 10, 60):
        run(db, notifier, overdue_at + timedelta(minutes=minutes))
    assert sent_to(notifier)[(ON_CALL_EMAIL, "alert_escalated")] == 1
    assert len(notifier.sent) == 2


def test_acknowledged_alert_is_not_escalated(db: Session, pair: Pair) -> None:
    notifier = NullNotifier()
    alert = raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    assert alert is not None
    run(db, notifier, T0 + timedelta(seconds=5))
    safety.acknowledge_alert(
        db, clinician=pair.clinician, alert_id=alert.id, action="contacted_client", now=T0
    )
    report = run(db, notifier, alert.due_at + timedelta(hours=1))
    assert report.escalated == 0
    assert [n.kind for n in notifier.sent] == ["alert_new"]
    db.refresh(alert)
    assert alert.escalated_at is None


def test_imminent_overdue_escalates_after_its_short_target(db: Session, pair: Pair) -> None:
    notifier = NullNotifier()
    alert = raise_risk(db, pair.client, RiskLevel.IMMINENT, T0, "medical")
    assert alert is not None and alert.due_at == T0 + timedelta(minutes=5)
    run(db, notifier, T0 + timedelta(minutes=4, seconds=59))
    assert sent_to(notifier)[(ON_CALL_EMAIL, "alert_escalated")] == 0
    run(db, notifier, T0 + timedelta(minutes=5))
    assert sent_to(notifier)[(ON_CALL_EMAIL, "alert_escalated")] == 1


def test_after_hours_goes_straight_to_on_call(db: Session, pair: Pair) -> None:
    set_availability(
        db,
        clinician=pair.clinician,
        windows=[Window(day, 9 * 60, 17 * 60) for day in range(5)],  # Monday–Friday 9–17
    )
    notifier = NullNotifier()
    saturday_night = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
    raise_risk(db, pair.client, RiskLevel.MODERATE, saturday_night)
    run(db, notifier, saturday_night + timedelta(seconds=5))
    assert sent_to(notifier) == Counter({(ON_CALL_EMAIL, "alert_on_call"): 1})
    assert "not available" in notifier.sent[0].body


def test_in_hours_moderate_goes_to_the_clinician_only(db: Session, pair: Pair) -> None:
    set_availability(
        db, clinician=pair.clinician, windows=[Window(day, 9 * 60, 17 * 60) for day in range(5)]
    )
    notifier = NullNotifier()
    raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    run(db, notifier, T0 + timedelta(seconds=5))
    assert sent_to(notifier) == Counter({(pair.clinician.email, "alert_new"): 1})


def test_availability_follows_the_clinicians_timezone(db: Session, pair: Pair) -> None:
    pair.clinician.timezone = "America/New_York"  # 10:00 UTC is 05:00 there
    set_availability(
        db, clinician=pair.clinician, windows=[Window(day, 9 * 60, 17 * 60) for day in range(5)]
    )
    notifier = NullNotifier()
    raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    run(db, notifier, T0 + timedelta(seconds=5))
    assert sent_to(notifier) == Counter({(ON_CALL_EMAIL, "alert_on_call"): 1})


def test_after_hours_without_on_call_still_reaches_the_clinician(db: Session) -> None:
    p = linked_pair(db)
    set_availability(db, clinician=p.clinician, windows=[Window(0, 9 * 60, 10 * 60)])
    notifier = NullNotifier()
    raise_risk(db, p.client, RiskLevel.MODERATE, T0)  # a Wednesday: outside the window
    run(db, notifier, T0 + timedelta(seconds=5))
    assert sent_to(notifier) == Counter({(p.clinician.email, "alert_new"): 1})


def test_rising_within_the_episode_is_announced_again(db: Session, pair: Pair) -> None:
    notifier = NullNotifier()
    raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    run(db, notifier, T0 + timedelta(seconds=5))
    raise_risk(db, pair.client, RiskLevel.HIGH, T0 + timedelta(minutes=10), "preparatory")
    run(db, notifier, T0 + timedelta(minutes=10, seconds=5))
    assert sent_to(notifier) == Counter(
        {
            (pair.clinician.email, "alert_new"): 1,
            (pair.clinician.email, "alert_raised"): 1,
            (ON_CALL_EMAIL, "alert_on_call"): 1,
        }
    )


def test_every_linked_clinician_is_told(db: Session, pair: Pair) -> None:
    from tests.factories.accounts import make_clinician

    second = make_clinician(db)
    link(db, second, pair.client)
    notifier = NullNotifier()
    raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    run(db, notifier, T0 + timedelta(seconds=5))
    assert {n.to for n in notifier.sent} == {pair.clinician.email, second.email}


def test_clinic_webhook_receives_on_call_messages(db: Session, pair: Pair) -> None:
    configure_on_call(pair.clinician.clinic, db, on_call_webhook_url="https://pager.example/hook")
    notifier = NullNotifier()
    raise_risk(db, pair.client, RiskLevel.HIGH, T0)
    run(db, notifier, T0 + timedelta(seconds=5))
    kinds = sent_to(notifier)
    assert kinds[("https://pager.example/hook", "alert_on_call")] == 1
    assert kinds[(ON_CALL_EMAIL, "alert_on_call")] == 1


def _low_flag(db: Session, client: User, at: datetime) -> None:
    safety.record_assessment(
        db,
        client=client,
        assessment=assessment(RiskLevel.LOW, "hopelessness"),
        source="chat",
        excerpt=CLIENT_WORDS,
        now=at,
    )


def test_low_flags_make_one_digest_a_day(db: Session, pair: Pair) -> None:
    other = make_client(db)
    link(db, pair.clinician, other)
    yesterday = T0 - timedelta(days=1)
    _low_flag(db, pair.client, yesterday.replace(hour=9))
    _low_flag(db, pair.client, yesterday.replace(hour=15))
    _low_flag(db, other, yesterday.replace(hour=20))
    _low_flag(db, other, T0.replace(hour=1))  # today's: belongs to tomorrow's digest
    notifier = NullNotifier()
    run(db, notifier, T0.replace(hour=7, minute=59))  # before the digest hour
    assert notifier.sent == []
    report = run(db, notifier, T0.replace(hour=8, minute=0))
    assert report.digests == 1 and len(notifier.sent) == 1
    digest = notifier.sent[0]
    assert digest.kind == "digest" and digest.to == pair.clinician.email
    assert "3 low-level flags for 2 clients" in digest.body
    for hour in (9, 12, 23):
        run(db, notifier, T0.replace(hour=hour))
    assert len(notifier.sent) == 1
    run(db, notifier, T0.replace(hour=8) + timedelta(days=1))
    assert len(notifier.sent) == 2 and "1 low-level flag for 1 client" in notifier.sent[1].body
    # low flags never open alerts nor reach the on-call
    assert {n.kind for n in notifier.sent} == {"digest"}


def test_notifications_carry_no_client_free_text(db: Session, pair: Pair) -> None:
    pair.client.display_name = "Marisol Quintana"
    db.flush()
    notifier = NullNotifier()
    alert = raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    assert alert is not None
    run(db, notifier, T0 + timedelta(seconds=1))
    raise_risk(db, pair.client, RiskLevel.HIGH, T0 + timedelta(minutes=1), "preparatory")
    run(db, notifier, T0 + timedelta(minutes=1, seconds=1))
    safety.acknowledge_alert(
        db,
        clinician=pair.clinician,
        alert_id=alert.id,
        action="contacted_client",
        note="Spoke with Marisol about the pills",
        now=T0 + timedelta(minutes=2),
    )
    raise_risk(db, pair.client, RiskLevel.MODERATE, T0 + timedelta(minutes=3))
    run(db, notifier, T0 + timedelta(days=1))  # new alert, overdue at once, plus the digest
    _low_flag(db, pair.client, T0 + timedelta(hours=1))
    run(db, notifier, T0 + timedelta(days=1, hours=1))
    kinds = {n.kind for n in notifier.sent}
    assert {"alert_new", "alert_raised", "alert_on_call", "alert_escalated", "digest"} <= kinds
    forbidden = [
        CLIENT_WORDS,
        "pills",
        "note and put",
        pair.client.display_name,
        "Marisol",
        "Quintana",
        pair.client.email,
        str(pair.client.id),
        "hopelessness",
        "ideation",
        "preparatory",
    ]
    for notification in notifier.sent:
        assert_no_free_text(notification, forbidden)
        text = f"{notification.subject} {notification.body}".lower()
        assert "tandem" in text and f"{BASE}/clinic/alerts" in notification.body


def test_assert_no_free_text_catches_a_leak() -> None:
    leaky = Notification(to="a@b.c", subject="Alert", body="She said: I want to die", kind="x")
    with pytest.raises(NotificationError):
        assert_no_free_text(leaky, ["I want to die"])


class FlakyNotifier(NullNotifier):
    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures
        self.attempts = 0

    def send(self, notification: Notification) -> None:
        self.attempts += 1
        if self.failures > 0:
            self.failures -= 1
            raise NotificationError("connection refused")
        super().send(notification)


def test_a_failed_send_is_retried_not_dropped(db: Session, pair: Pair) -> None:
    notifier = FlakyNotifier(failures=2)
    raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    first = run(db, notifier, T0 + timedelta(seconds=1))
    assert first.retrying == 1 and notifier.sent == []
    # the backoff has not passed yet: nothing is tried
    run(db, notifier, T0 + timedelta(seconds=2))
    assert notifier.attempts == 1
    run(db, notifier, T0 + timedelta(minutes=1))
    run(db, notifier, T0 + timedelta(minutes=5))
    assert len(notifier.sent) == 1 and notifier.attempts == 3
    row = db.scalar(select(NotificationDelivery))
    assert row is not None and row.status == "sent" and row.attempts == 3


def test_a_claim_left_by_a_dead_worker_is_sent_after_the_lease(db: Session, pair: Pair) -> None:
    raise_risk(db, pair.client, RiskLevel.MODERATE, T0)
    at = T0 + timedelta(seconds=1)
    report = RunReport()
    links = escalation.Links(base_url=BASE)
    with session_scope(db) as session:
        escalation.announce_alerts(session, now=at, links=links, report=report)
    # a worker claims the message and dies before sending it
    claimed = escalation._claim_batch(sessions_for(db), now=at, worker_id="dead", batch=10)
    assert len(claimed) == 1
    notifier = NullNotifier()
    run(db, notifier, at + escalation.LEASE - timedelta(seconds=1))
    assert notifier.sent == []  # still leased to the dead worker: not sent twice
    run(db, notifier, at + escalation.LEASE + timedelta(seconds=1))
    assert len(notifier.sent) == 1
    # the dead worker coming back to finish cannot overwrite the new outcome
    escalation._finish(
        sessions_for(db), claimed[0], worker_id="dead", now=at, error="late", report=report
    )
    assert db.scalar(select(NotificationDelivery.status)) == "sent"


def test_standalone_risk_sends_nothing(db: Session) -> None:
    client = make_client(db)
    safety.record_assessment(
        db, client=client, assessment=assessment(RiskLevel.HIGH), source="chat"
    )
    notifier = NullNotifier()
    run(db, notifier, T0)
    assert notifier.sent == []


# --- channels ---------------------------------------------------------------------------------


def test_webhook_posts_json_without_client_data() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    notifier = WebhookNotifier(transport=httpx.MockTransport(handler))
    notifier.send(
        Notification(
            to="https://hooks.example/abc",
            subject="Tandem: a client needs attention",
            body="Open Tandem",
            kind="alert_on_call",
            urgent=True,
            link="https://tandem.example/clinic/alerts",
            reference="alert:1",
        )
    )
    assert len(seen) == 1 and seen[0].method == "POST"
    import json

    payload = json.loads(seen[0].content)
    assert payload["kind"] == "alert_on_call" and payload["urgent"] is True
    assert payload["text"].startswith("Tandem: a client needs attention")
    assert "to" not in payload


def test_webhook_failure_raises_for_a_retry() -> None:
    notifier = WebhookNotifier(transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    with pytest.raises(NotificationError):
        notifier.send(Notification(to="https://h.example", subject="s", body="b", kind="k"))

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(NotificationError):
        WebhookNotifier(transport=httpx.MockTransport(refuse)).send(
            Notification(to="https://h.example", subject="s", body="b", kind="k")
        )


def test_smtp_message_is_plain_and_marked_urgent() -> None:
    smtp = SmtpNotifier(host="mail.example", sender="Tandem <t@clinic.example>")
    message = smtp.build_message(
        Notification(to="dr@clinic.example", subject="S", body="B", kind="alert_new", urgent=True)
    )
    assert message["To"] == "dr@clinic.example" and message["X-Priority"] == "1"
    assert message.get_content().strip() == "B"
    with pytest.raises(NotificationError):
        smtp.send(Notification(to="https://not-an-email.example", subject="s", body="b", kind="k"))


def test_smtp_unreachable_raises_notification_error() -> None:
    smtp = SmtpNotifier(host="127.0.0.1", port=1, starttls=False, timeout=1)
    with pytest.raises(NotificationError):
        smtp.send(Notification(to="dr@clinic.example", subject="s", body="b", kind="k"))


def test_notifier_from_settings_routes_by_address(settings: object) -> None:
    from tandem.core.notifications import ChannelNotifier, notifier_from_settings
    from tandem.core.settings import Settings

    assert isinstance(settings, Settings)
    plain = notifier_from_settings(settings.model_copy(update={"smtp_host": None}))
    assert isinstance(plain, ChannelNotifier)
    assert isinstance(plain.email, NullNotifier) and isinstance(plain.webhook, WebhookNotifier)
    with_smtp = notifier_from_settings(settings.model_copy(update={"smtp_host": "mail.example"}))
    assert isinstance(with_smtp, ChannelNotifier) and isinstance(with_smtp.email, SmtpNotifier)
    assert with_smtp.email.host == "mail.example"

    hooks: list[str] = []
    emails = NullNotifier()

    class Hook:
        def send(self, notification: Notification) -> None:
            hooks.append(notification.to)

    router = ChannelNotifier(email=emails, webhook=Hook())
    router.send(Notification(to="dr@clinic.example", subject="s", body="b", kind="k"))
    router.send(Notification(to="https://hooks.example/x", subject="s", body="b", kind="k"))
    assert [n.to for n in emails.sent] == ["dr@clinic.example"]
    assert hooks == ["https://hooks.example/x"]
