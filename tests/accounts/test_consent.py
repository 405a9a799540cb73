"""Consent: plain-language text (EN, ES) stored with version and hash; history; immediate effect."""

from __future__ import annotations

import copy
import re

import pytest
import yaml
from fastapi.testclient import TestClient
from markupsafe import escape
from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts import service
from tandem.accounts.consent import (
    CONSENT_FILE,
    ConsentTextError,
    consent_text,
    current_version,
    parse_consent_document,
)
from tandem.accounts.models import Consent
from tandem.accounts.streams import Stream
from tandem.audit.models import AuditEntry
from tandem.core.errors import Conflict
from tests.accounts.conftest import bearer, sign_in
from tests.factories.accounts import give_consent, linked_pair, make_client


def _document() -> dict:
    return yaml.safe_load(CONSENT_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("locale", "must_say"),
    [
        (
            "en-US",
            [
                "an AI",
                "not a therapist",
                "not an emergency service",
                "on-call",
                "cannot be turned off",
            ],
        ),
        (
            "es-MX",
            [
                "una IA",
                "No es psicólogo",
                "no es un servicio de emergencias",
                "guardia",
                "no se puede desactivar",
            ],
        ),
    ],
)
def test_text_says_what_the_client_must_know(locale: str, must_say: list[str]) -> None:
    text = consent_text(locale)
    everything = " ".join(
        [text.title, text.safety_override]
        + [f"{s.heading} {s.body}" for s in text.sections]
        + [f"{s.label} {s.description}" for s in text.streams]
    )
    for phrase in must_say:
        assert phrase in everything, phrase
    assert [s.stream for s in text.streams] == list(Stream)


def test_hash_identifies_the_exact_text_per_language() -> None:
    en, es = consent_text("en"), consent_text("es")
    assert en.version == es.version == current_version()
    assert en.sha256 != es.sha256 and len(en.sha256) == 64
    assert consent_text("fr-FR").sha256 == en.sha256  # unknown language falls back to English
    edited = copy.deepcopy(_document())
    edited["locales"]["en"]["safety_override"] += " Changed."
    assert parse_consent_document(edited)["en"].sha256 != en.sha256


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.pop("version"),
        lambda d: d["locales"].pop("en"),
        lambda d: d["locales"]["es"]["streams"].pop("journal"),
        lambda d: d["locales"]["en"].update(safety_override="  "),
        lambda d: d["locales"]["en"].update(sections=[]),
    ],
)
def test_broken_text_file_fails_loudly(breakage: object) -> None:
    document = copy.deepcopy(_document())
    breakage(document)  # type: ignore[operator]
    with pytest.raises(ConsentTextError):
        parse_consent_document(document)


def test_each_change_is_a_new_row_with_version_hash_time_and_ip(db: Session) -> None:
    patient = make_client(db, locale="es-ES")
    first = service.set_consent(
        db,
        client=patient,
        share_measures=True,
        share_summaries=True,
        share_transcripts=False,
        share_journal=False,
        ip="192.0.2.4",
    )
    second = service.set_consent(
        db,
        client=patient,
        share_measures=False,
        share_summaries=False,
        share_transcripts=False,
        share_journal=False,
    )
    history = service.consent_history(db, client_id=patient.id)
    assert [c.id for c in history] == [second.id, first.id]
    assert (first.version, second.version) == (1, 2)
    assert first.shared_streams == {Stream.MEASURES, Stream.SUMMARIES}
    assert second.shared_streams == frozenset()
    assert first.text_version == current_version()
    assert first.text_sha256 == consent_text("es").sha256 and first.text_language == "es"
    assert first.ip == "192.0.2.4" and first.created_at is not None
    assert service.current_consent(db, client_id=patient.id).id == second.id  # type: ignore[union-attr]
    audited = db.scalars(
        select(AuditEntry).where(
            AuditEntry.action == "consent.changed", AuditEntry.subject_id == patient.id
        )
    ).all()
    assert len(audited) == 2 and audited[0].detail["shared"] == ["measures", "summaries"]


def test_outdated_text_version_is_refused(db: Session) -> None:
    with pytest.raises(Conflict):
        service.set_consent(
            db,
            client=make_client(db),
            share_measures=True,
            share_summaries=False,
            share_transcripts=False,
            share_journal=False,
            text_version="1999-01-01",
        )


def test_revoking_everything_keeps_the_link_for_safety_alerts(db: Session) -> None:
    pair = linked_pair(db, Stream.MEASURES, Stream.JOURNAL)
    give_consent(db, pair.client)
    db.refresh(pair.link)
    assert pair.link.status == "active"
    assert [u.id for u in service.linked_clinicians(db, client_id=pair.client.id)] == [
        pair.clinician.id
    ]


def test_ending_the_link_is_separate_and_removes_the_clinician(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db, Stream.MEASURES)
    csrf = sign_in(client, pair.client)
    response = client.post(
        f"/consent/links/{pair.link.id}/end", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert response.status_code == 303
    db.refresh(pair.link)
    assert pair.link.status == "ended" and pair.link.ended_at is not None
    assert service.linked_clinicians(db, client_id=pair.client.id) == []
    # Another client cannot end someone else's link.
    other = make_client(db)
    with pytest.raises(Exception) as exc:
        service.end_link(db, actor=other, link_id=pair.link.id)
    assert getattr(exc.value, "status_code", None) == 404


def test_api_get_and_put_consent(client: TestClient, db: Session) -> None:
    patient = make_client(db)
    headers = bearer(client, patient)
    empty = client.get("/api/v1/me/consent", headers=headers).json()
    assert empty["given_at"] is None and not any(empty[f"share_{s.value}"] for s in Stream)
    assert "on-call" in empty["safety_override"]
    body = {
        "share_measures": False,
        "share_summaries": True,
        "share_transcripts": False,
        "share_journal": True,
        "text_version": current_version(),
    }
    saved = client.put("/api/v1/me/consent", json=body, headers=headers).json()
    assert saved["share_summaries"] and saved["share_journal"] and not saved["share_measures"]
    assert saved["text_version"] == current_version()
    assert saved["text_sha256"] == consent_text(patient.locale).sha256
    assert client.get("/api/v1/me/consent", headers=headers).json()["given_at"] is not None
    rows = db.scalars(select(Consent).where(Consent.client_id == patient.id)).all()
    assert len(rows) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"share_measures": True, "share_summaries": True, "share_transcripts": True},
        {
            "share_measures": "yes",
            "share_summaries": True,
            "share_transcripts": True,
            "share_journal": True,
        },
        {
            "share_measures": 1,
            "share_summaries": True,
            "share_transcripts": True,
            "share_journal": True,
        },
        {
            "share_measures": True,
            "share_summaries": True,
            "share_transcripts": True,
            "share_journal": True,
            "share_all": True,
        },
    ],
)
def test_api_consent_rejects_bad_bodies_and_writes_nothing(
    client: TestClient, db: Session, body: dict
) -> None:
    patient = make_client(db)
    response = client.put("/api/v1/me/consent", json=body, headers=bearer(client, patient))
    assert response.status_code == 422
    assert db.scalars(select(Consent).where(Consent.client_id == patient.id)).all() == []


def test_consent_page_shows_text_checkboxes_override_and_history(
    client: TestClient, db: Session
) -> None:
    pair = linked_pair(db, Stream.TRANSCRIPTS)
    sign_in(client, pair.client)
    page = client.get("/consent").text
    text = consent_text("en")
    for stream in Stream:
        assert f'name="share_{stream.value}"' in page
    checked = set(re.findall(r'name="(share_\w+)"\s+value="on" checked', page))
    assert checked == {"share_transcripts"}
    assert str(escape(text.safety_override)) in page
    assert text.stream_text(Stream.TRANSCRIPTS).label in page
    assert "Your earlier choices" in page and text.version in page
