"""FHIR R4 export: resources validate with fhir.resources (R4B models) and carry LOINC codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.flag import Flag
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from tandem.measures.fhir import (
    FhirExportError,
    QuestionnaireRecord,
    client_bundle,
    item9_observation,
    patient_resource,
    questionnaire_response,
    risk_flag,
    stable_uuid,
    total_observation,
)
from tandem.measures.scoring import ScoringError

PATIENT = stable_uuid("user", 42)
AUTHORED = datetime(2026, 11, 20, 9, 15, tzinfo=UTC)
ANSWER_CODES = {0: "LA6568-5", 1: "LA6569-3", 2: "LA6570-1", 3: "LA6571-9"}
PHQ9_ANSWERS = [1, 2, 0, 3, 1, 2, 1, 0, 2]


def codes(concept: dict) -> list[str]:
    return [coding["code"] for coding in concept["coding"]]


def test_patient_validates() -> None:
    resource = patient_resource(
        patient_id=PATIENT, display_name="Ana <b>", email="ana@example.org", language="es-MX"
    )
    Patient.model_validate(resource)
    assert resource["communication"][0]["language"]["coding"][0]["code"] == "es"


def test_ids_must_be_uuids() -> None:
    with pytest.raises(FhirExportError, match="stable_uuid"):
        patient_resource(patient_id="42")
    assert stable_uuid("user", 42) == PATIENT
    assert stable_uuid("user", 43) != PATIENT


def test_phq9_questionnaire_response_uses_loinc_items_and_answer_codes() -> None:
    response_id = stable_uuid("qr", 1)
    resource = questionnaire_response(
        response_id=response_id,
        patient_id=PATIENT,
        instrument_id="phq9",
        answers=PHQ9_ANSWERS,
        authored=AUTHORED,
        difficulty=2,
    )
    QuestionnaireResponse.model_validate(resource)
    assert resource["questionnaire"] == "http://loinc.org/q/44249-1"
    assert resource["status"] == "completed"
    link_ids = [item["linkId"] for item in resource["item"]]
    assert link_ids == [
        "/44250-9",
        "/44255-8",
        "/44259-0",
        "/44254-1",
        "/44251-7",
        "/44258-2",
        "/44252-5",
        "/44253-3",
        "/44260-8",
        "/69722-7",
    ]
    for item, value in zip(resource["item"][:9], PHQ9_ANSWERS, strict=True):
        coding = item["answer"][0]["valueCoding"]
        assert coding["system"] == "http://loinc.org"
        assert coding["code"] == ANSWER_CODES[value]
        assert coding["extension"][0]["valueDecimal"] == value
    assert resource["item"][9]["answer"][0]["valueCoding"]["code"] == "LA6575-0"


def test_questionnaire_response_in_spanish_keeps_codes() -> None:
    resource = questionnaire_response(
        response_id=stable_uuid("qr", 2),
        patient_id=PATIENT,
        instrument_id="gad7",
        answers=[0, 1, 2, 3, 0, 1, 2],
        authored=AUTHORED,
        locale="es",
    )
    QuestionnaireResponse.model_validate(resource)
    assert resource["language"] == "es"
    assert resource["item"][1]["linkId"] == "/68509-9"
    assert resource["item"][0]["text"].startswith("Se ha sentido nervioso")
    assert resource["item"][3]["answer"][0]["valueCoding"]["code"] == "LA6571-9"


def test_questionnaire_response_rejects_bad_answers() -> None:
    with pytest.raises(ScoringError):
        questionnaire_response(
            response_id=stable_uuid("qr", 3),
            patient_id=PATIENT,
            instrument_id="phq9",
            answers=[0] * 8,
            authored=AUTHORED,
        )


def test_cssrs_response_has_only_the_asked_questions() -> None:
    resource = questionnaire_response(
        response_id=stable_uuid("qr", 4),
        patient_id=PATIENT,
        instrument_id="cssrs_screener",
        answers={"wish_dead": True, "suicidal_thoughts": False, "behaviour_lifetime": False},
        authored=AUTHORED,
    )
    QuestionnaireResponse.model_validate(resource)
    assert [item["linkId"] for item in resource["item"]] == [
        "wish_dead",
        "suicidal_thoughts",
        "behaviour_lifetime",
    ]
    assert resource["item"][0]["answer"] == [{"valueBoolean": True}]


@pytest.mark.parametrize(
    ("instrument_id", "code", "total", "label"),
    [("phq9", "44261-6", 15, "Moderately severe"), ("gad7", "70274-6", 9, "Mild")],
)
def test_total_observation(instrument_id: str, code: str, total: int, label: str) -> None:
    response_id = stable_uuid("qr", 5)
    resource = total_observation(
        observation_id=stable_uuid("obs", 5),
        patient_id=PATIENT,
        instrument_id=instrument_id,
        total=total,
        effective=AUTHORED,
        response_id=response_id,
    )
    Observation.model_validate(resource)
    assert codes(resource["code"]) == [code]
    assert resource["code"]["coding"][0]["system"] == "http://loinc.org"
    assert resource["valueInteger"] == total
    assert resource["interpretation"][0]["text"] == label
    assert resource["derivedFrom"] == [{"reference": f"urn:uuid:{response_id}"}]
    assert codes(resource["category"][0]) == ["survey"]


@pytest.mark.parametrize("total", [-1, 28, True, 3.0])
def test_total_observation_rejects_impossible_totals(total: object) -> None:
    with pytest.raises(FhirExportError):
        total_observation(
            observation_id=stable_uuid("obs", 6),
            patient_id=PATIENT,
            instrument_id="phq9",
            total=total,  # type: ignore[arg-type]
            effective=AUTHORED,
        )


def test_item9_observation() -> None:
    resource = item9_observation(
        observation_id=stable_uuid("obs", 7),
        patient_id=PATIENT,
        answer=2,
        effective=AUTHORED,
        response_id=stable_uuid("qr", 7),
    )
    Observation.model_validate(resource)
    assert codes(resource["code"]) == ["44260-8"]
    assert codes(resource["valueCodeableConcept"]) == ["LA6570-1"]


def test_risk_flag_open_and_closed() -> None:
    start = AUTHORED
    open_flag = risk_flag(
        flag_id=stable_uuid("risk", 1),
        patient_id=PATIENT,
        level="high",
        categories=["ideation", "method-seeking"],
        start=start,
    )
    Flag.model_validate(open_flag)
    assert open_flag["status"] == "active"
    assert codes(open_flag["category"][0]) == ["safety"]
    assert open_flag["code"]["text"] == "Risk level: high (ideation, method-seeking)"
    assert "end" not in open_flag["period"]
    closed = risk_flag(
        flag_id=stable_uuid("risk", 2),
        patient_id=PATIENT,
        level="moderate",
        categories=[],
        start=start,
        end=start + timedelta(hours=3),
    )
    Flag.model_validate(closed)
    assert closed["status"] == "inactive"
    assert closed["period"]["end"] == "2026-11-20T12:15:00+00:00"


def test_risk_flag_rejects_bad_input() -> None:
    with pytest.raises(FhirExportError):
        risk_flag(
            flag_id=stable_uuid("r", 3),
            patient_id=PATIENT,
            level="none",
            categories=[],
            start=AUTHORED,
        )
    with pytest.raises(FhirExportError):
        risk_flag(
            flag_id=stable_uuid("r", 4),
            patient_id=PATIENT,
            level="low",
            categories=[],
            start=AUTHORED,
            end=AUTHORED - timedelta(days=1),
        )


def test_naive_datetimes_are_exported_as_utc() -> None:
    resource = total_observation(
        observation_id=stable_uuid("obs", 8),
        patient_id=PATIENT,
        instrument_id="gad7",
        total=3,
        effective=datetime(2026, 11, 20, 9, 15),
    )
    assert resource["effectiveDateTime"] == "2026-11-20T09:15:00+00:00"
    Observation.model_validate(resource)


def build_bundle(item9: int) -> dict:
    patient = patient_resource(patient_id=PATIENT, display_name="Ana")
    records = [
        QuestionnaireRecord(
            stable_uuid("qr", 10), "phq9", [1, 1, 1, 1, 1, 1, 1, 1, item9], AUTHORED
        ),
        QuestionnaireRecord(stable_uuid("qr", 11), "gad7", [2] * 7, AUTHORED),
        QuestionnaireRecord(
            stable_uuid("qr", 12),
            "cssrs_screener",
            {"wish_dead": True, "suicidal_thoughts": False, "behaviour_lifetime": False},
            AUTHORED,
        ),
    ]
    flag = risk_flag(
        flag_id=stable_uuid("risk", 10),
        patient_id=PATIENT,
        level="moderate",
        categories=["ideation"],
        start=AUTHORED,
    )
    return client_bundle(patient, records, [flag], timestamp=AUTHORED)


def test_client_bundle_validates_and_is_self_contained() -> None:
    bundle = build_bundle(item9=1)
    Bundle.model_validate(bundle)
    assert bundle["type"] == "collection"
    full_urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert all(url.startswith("urn:uuid:") for url in full_urls)
    assert len(set(full_urls)) == len(full_urls)
    types = [entry["resource"]["resourceType"] for entry in bundle["entry"]]
    assert types.count("QuestionnaireResponse") == 3
    assert types.count("Flag") == 1 and types[0] == "Patient"
    observation_codes = [
        entry["resource"]["code"]["coding"][0]["code"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "Observation"
    ]
    assert sorted(observation_codes) == sorted(
        ["44261-6", "44260-8", "44249-1", "70274-6", "69737-5"]
    )
    total = next(
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Observation"
        and e["resource"]["code"]["coding"][0]["code"] == "44261-6"
    )
    assert total["valueInteger"] == 9
    assert total["derivedFrom"][0]["reference"] in full_urls
    panel = next(
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Observation"
        and e["resource"]["code"]["coding"][0]["code"] == "44249-1"
    )
    assert len(panel["hasMember"]) == 2


def test_item9_observation_only_when_item9_is_positive() -> None:
    bundle = build_bundle(item9=0)
    observation_codes = [
        entry["resource"]["code"]["coding"][0]["code"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "Observation"
    ]
    assert "44260-8" not in observation_codes
    assert "44261-6" in observation_codes


def test_bundle_is_deterministic() -> None:
    assert build_bundle(item9=2) == build_bundle(item9=2)


def test_bundle_rejects_a_flag_of_another_patient() -> None:
    patient = patient_resource(patient_id=PATIENT)
    other = risk_flag(
        flag_id=stable_uuid("risk", 20),
        patient_id=stable_uuid("user", 99),
        level="high",
        categories=[],
        start=AUTHORED,
    )
    with pytest.raises(FhirExportError, match="another patient"):
        client_bundle(patient, [], [other])


def test_bundle_rejects_duplicate_ids() -> None:
    patient = patient_resource(patient_id=PATIENT)
    record = QuestionnaireRecord(stable_uuid("qr", 30), "gad7", [0] * 7, AUTHORED)
    with pytest.raises(FhirExportError, match="duplicate"):
        client_bundle(patient, [record, record], [])


def test_validate_resource_rejects_an_invalid_resource() -> None:
    from tandem.measures.fhir import validate_resource

    bad = total_observation(
        observation_id=stable_uuid("obs", 40),
        patient_id=PATIENT,
        instrument_id="gad7",
        total=3,
        effective=AUTHORED,
    )
    validate_resource(bad)
    bad["effectiveDateTime"] = "yesterday"
    with pytest.raises(FhirExportError, match="does not validate"):
        validate_resource(bad)
    with pytest.raises(FhirExportError, match="unknown FHIR resource type"):
        validate_resource({"resourceType": "Nonsense"})
