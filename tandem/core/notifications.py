"""Telling people outside the app that something needs them: one interface, several channels.

A ``Notification`` goes to one address. An address that is an ``http(s)://`` URL is a webhook
(a paging system, a chat channel); anything else is an email address. ``notifier_from_settings``
builds the notifier an installation should use: SMTP when ``TANDEM_SMTP_HOST`` is set, webhooks
always (the URL is the address), and a ``NullNotifier`` for whatever is not configured, which
logs and remembers instead of sending (development and tests).

What may go into a notification: never a client's words, never anything from a message, note or
plan. Email and chat webhooks leave the installation and land on phones and lock screens, so the
wording is "a client of yours needs attention, open Tandem" with a link. Callers build bodies
from fixed wording; ``assert_no_free_text`` is a last check they can run on what they built.
"""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from typing import Any, Protocol

import httpx

from tandem.core.settings import Settings

log = logging.getLogger("tandem.notifications")

WEBHOOK_TIMEOUT = httpx.Timeout(5.0, connect=3.0)
SMTP_TIMEOUT = 10.0


class NotificationError(RuntimeError):
    """The message could not be handed over for delivery (the caller retries later)."""


@dataclass(frozen=True)
class Notification:
    to: str  # an email address, or an http(s) URL for a webhook
    subject: str
    body: str
    kind: str  # alert_new, alert_raised, alert_on_call, alert_escalated, digest, ...
    urgent: bool = False
    link: str | None = None
    # Identifiers a receiving system can use to de-duplicate or deep-link; never client data.
    reference: str | None = None

    @property
    def is_webhook(self) -> bool:
        return is_webhook_address(self.to)


def is_webhook_address(address: str) -> bool:
    return address.startswith(("https://", "http://"))


class Notifier(Protocol):
    def send(self, notification: Notification) -> None:
        """Hand one notification over for delivery; raise NotificationError on failure."""


@dataclass
class NullNotifier:
    """Sends nothing: logs and keeps what it was asked to send (development and tests)."""

    sent: list[Notification] = field(default_factory=list)

    def send(self, notification: Notification) -> None:
        log.info(
            "notification not sent (no channel configured): kind=%s to=%s subject=%r",
            notification.kind,
            notification.to,
            notification.subject,
        )
        self.sent.append(notification)


class SmtpNotifier:
    """Plain-text email through an SMTP server (STARTTLS by default)."""

    def __init__(
        self,
        *,
        host: str,
        port: int = 587,
        username: str | None = None,
        password: str | None = None,
        sender: str = "Tandem <no-reply@localhost>",
        starttls: bool = True,
        timeout: float = SMTP_TIMEOUT,
    ) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.sender = sender
        self.starttls = starttls
        self.timeout = timeout

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpNotifier | None:
        if not settings.smtp_host:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username,
            password=settings.smtp_password,
            sender=settings.smtp_from,
            starttls=settings.smtp_starttls,
        )

    def build_message(self, notification: Notification) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = notification.to
        message["Subject"] = notification.subject
        if notification.urgent:
            message["X-Priority"] = "1"
            message["Importance"] = "high"
        message.set_content(notification.body)
        return message

    def send(self, notification: Notification) -> None:
        if notification.is_webhook:
            raise NotificationError("an SMTP notifier cannot deliver to a URL")
        message = self.build_message(notification)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username:
                    smtp.login(self.username, self.password or "")
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise NotificationError(f"SMTP delivery failed: {exc.__class__.__name__}") from exc


class WebhookNotifier:
    """POSTs the notification as JSON to its address (the URL), with a short timeout."""

    def __init__(
        self,
        *,
        timeout: httpx.Timeout = WEBHOOK_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.transport = transport  # tests inject httpx.MockTransport

    @staticmethod
    def payload(notification: Notification) -> dict[str, Any]:
        data = asdict(notification)
        data.pop("to")
        # "text" is what Slack-style and Teams-style incoming webhooks display.
        data["text"] = f"{notification.subject}\n{notification.body}"
        return data

    def send(self, notification: Notification) -> None:
        if not notification.is_webhook:
            raise NotificationError("a webhook notifier needs an http(s) URL as the address")
        body = json.dumps(self.payload(notification))
        try:
            with httpx.Client(timeout=self.timeout, transport=self.transport) as http:
                response = http.post(
                    notification.to,
                    content=body,
                    headers={"content-type": "application/json", "user-agent": "Tandem"},
                )
        except httpx.HTTPError as exc:
            raise NotificationError(f"webhook delivery failed: {exc.__class__.__name__}") from exc
        if response.status_code >= 300:
            raise NotificationError(f"webhook answered {response.status_code}")


class ChannelNotifier:
    """Routes each notification to the channel its address names: URL → webhook, else email."""

    def __init__(self, *, email: Notifier, webhook: Notifier) -> None:
        self.email = email
        self.webhook = webhook

    def send(self, notification: Notification) -> None:
        channel = self.webhook if notification.is_webhook else self.email
        channel.send(notification)


def email_notifier_from_settings(settings: Settings) -> Notifier:
    """Email only: SMTP when a host is configured, else a ``NullNotifier`` (logged, not sent).

    For messages to clients (questionnaire reminders), which must never go to a webhook.
    """
    return SmtpNotifier.from_settings(settings) or NullNotifier()


def notifier_from_settings(settings: Settings) -> Notifier:
    """SMTP when a host is configured (else emails are logged, not sent); webhooks always."""
    return ChannelNotifier(email=email_notifier_from_settings(settings), webhook=WebhookNotifier())


def assert_no_free_text(notification: Notification, forbidden: list[str | None]) -> None:
    """Raise if any of ``forbidden`` (client words, names, notes) appears in what leaves us."""
    outgoing = " ".join(
        [notification.subject, notification.body, notification.link or ""]
    ).casefold()
    for value in forbidden:
        if value and len(value.strip()) >= 3 and value.strip().casefold() in outgoing:
            raise NotificationError("a notification must not carry client data")
