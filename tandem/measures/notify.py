"""Reminder delivery behind one small interface, so the worker never cares how mail is sent.

``NullNotifier`` keeps messages in memory (tests, and installations without email);
``SmtpNotifier`` sends through a plain SMTP server. Settings are read with ``getattr`` defaults:
``smtp_host``, ``smtp_port`` (587), ``smtp_username``, ``smtp_password``, ``smtp_from``,
``smtp_starttls`` (True), i.e. ``TANDEM_SMTP_HOST`` and friends. ``notifier_from_settings`` picks
SMTP when a host is configured and the null notifier otherwise.

Reminder emails say only that a questionnaire is waiting: never a score, an answer or anything
else a person reading over someone's shoulder should not see.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any, Protocol


class NotifierError(RuntimeError):
    """The message could not be handed over for delivery."""


class Notifier(Protocol):
    def send(self, to: str, subject: str, body: str) -> None:
        """Hand one plain-text message over for delivery; raise NotifierError on failure."""


@dataclass(frozen=True)
class SentMessage:
    to: str
    subject: str
    body: str


@dataclass
class NullNotifier:
    """Delivers nothing; remembers what it was asked to send."""

    sent: list[SentMessage] = field(default_factory=list)

    def send(self, to: str, subject: str, body: str) -> None:
        self.sent.append(SentMessage(to=to, subject=subject, body=body))


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    username: str | None = None
    password: str | None = None
    sender: str = "tandem@localhost"
    starttls: bool = True
    timeout: float = 10.0


class SmtpNotifier:
    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def send(self, to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"] = self.config.sender
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        try:
            with smtplib.SMTP(self.config.host, self.config.port, timeout=self.config.timeout) as s:
                if self.config.starttls:
                    s.starttls(context=ssl.create_default_context())
                if self.config.username:
                    s.login(self.config.username, self.config.password or "")
                s.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise NotifierError(f"could not send to the SMTP server: {exc}") from exc


def smtp_config_from_settings(settings: Any) -> SmtpConfig | None:
    host = getattr(settings, "smtp_host", None)
    if not host:
        return None
    return SmtpConfig(
        host=str(host),
        port=int(getattr(settings, "smtp_port", None) or 587),
        username=getattr(settings, "smtp_username", None) or None,
        password=getattr(settings, "smtp_password", None) or None,
        sender=str(getattr(settings, "smtp_from", None) or "tandem@localhost"),
        starttls=bool(getattr(settings, "smtp_starttls", True)),
    )


def notifier_from_settings(settings: Any) -> Notifier:
    config = smtp_config_from_settings(settings)
    return SmtpNotifier(config) if config is not None else NullNotifier()
