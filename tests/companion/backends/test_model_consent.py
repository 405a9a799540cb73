"""The consent that lets client text go to a remote provider: it names the provider, it is stored
with version and hash, the newest decision counts, and an altered record is no consent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.audit.models import AuditEntry
from tandem.companion.backends.consent import (
    MODEL_CONSENT_VERSION,
    agreed_consent_text,
    model_consent_text,
    record_model_consent,
)
from tandem.companion.backends.policy import consent_names_provider
from tandem.companion.backends.service import backend_for, remote_provider_offer
from tests.factories.accounts import make_client, make_clinic

NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
REMOTE = {"base_url": "https://api.acme.example/v1", "model": "acme-small"}


def test_the_text_names_the_provider_in_each_language() -> None:
    for locale in ("en", "es-MX", "fr"):
        shown = model_consent_text(provider="Acme  AI", locale=locale)
        assert consent_names_provider(shown.text, "Acme AI")
        assert shown.version == MODEL_CONSENT_VERSION and len(shown.sha256) == 64
    assert model_consent_text(provider="Acme AI", locale="es").language == "es"
    assert model_consent_text(provider="Acme AI", locale="fr").language == "en"
    a, b = (
        model_consent_text(provider="Acme AI", locale="en"),
        model_consent_text(provider="Other", locale="en"),
    )
    assert a.sha256 != b.sha256


def test_a_decision_is_stored_with_version_hash_and_audit(db: Session) -> None:
    client = make_client(db)
    row = record_model_consent(
        db, client_id=client.id, provider="Acme AI", agreed=True, locale="en", ip="10.1.2.3"
    )
    shown = model_consent_text(provider="Acme AI", locale="en")
    assert (row.text, row.text_sha256, row.text_version) == (
        shown.text,
        shown.sha256,
        shown.version,
    )
    entry = db.scalars(select(AuditEntry).where(AuditEntry.object_id == str(row.id))).one()
    assert entry.action == "model_consent.changed" and entry.detail["agreed"] is True
    assert agreed_consent_text(db, client_id=client.id, provider="Acme AI") == shown.text


def test_the_newest_decision_counts(db: Session) -> None:
    client = make_client(db)
    record_model_consent(
        db, client_id=client.id, provider="Acme AI", agreed=True, locale="en", now=NOW
    )
    record_model_consent(
        db,
        client_id=client.id,
        provider="Acme AI",
        agreed=False,
        locale="en",
        now=NOW + timedelta(minutes=1),
    )
    assert agreed_consent_text(db, client_id=client.id, provider="Acme AI") is None


def test_an_altered_record_is_not_a_consent(db: Session) -> None:
    client = make_client(db)
    row = record_model_consent(
        db, client_id=client.id, provider="Acme AI", agreed=True, locale="en"
    )
    row.text = row.text.replace("encrypted", "plain")
    db.flush()
    assert agreed_consent_text(db, client_id=client.id, provider="Acme AI") is None


def test_a_remote_backend_needs_the_clinics_yes_and_the_clients_named_consent(
    db: Session,
) -> None:
    clinic = make_clinic(db)
    clinic.settings = {"llm": {**REMOTE, "provider": "Acme AI"}}
    client = make_client(db, clinic=clinic)
    db.flush()
    settings = SimpleNamespace()
    record_model_consent(db, client_id=client.id, provider="Acme AI", agreed=True, locale="en")
    assert backend_for(db, client=client, settings=settings) is None  # clinic did not enable it

    clinic.settings = {"llm": {**REMOTE, "provider": "Acme AI", "remote_allowed": True}}
    db.flush()
    backend = backend_for(db, client=client, settings=settings)
    assert backend is not None and not backend.info.local  # no call is made to build it

    other = make_client(db, clinic=clinic)
    db.flush()
    assert backend_for(db, client=other, settings=settings) is None  # this client never agreed
    assert remote_provider_offer(db, client=other, settings=settings) == "Acme AI"
    assert remote_provider_offer(db, client=client, settings=settings) is None


def test_a_loopback_model_needs_no_consent(db: Session) -> None:
    clinic = make_clinic(db)
    clinic.settings = {"llm": {"base_url": "http://127.0.0.1:11434/v1", "model": "llama3"}}
    client = make_client(db, clinic=clinic)
    db.flush()
    assert backend_for(db, client=client, settings=SimpleNamespace()) is not None
    assert remote_provider_offer(db, client=client, settings=SimpleNamespace()) is None
