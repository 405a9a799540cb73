"""FHIR R4 export: plain dicts, validated with fhir.resources' R4B models.

Shape of a client export (``client_bundle``): a ``collection`` Bundle whose entries all have
``fullUrl`` ``urn:uuid:<id>``, and whose references point at those fullUrls, so the bundle is
self-contained:

- ``Patient``
- per questionnaire: a ``QuestionnaireResponse`` (PHQ-9/GAD-7 items with LOINC linkIds
  ``/44250-9``... and answers as LOINC answer codes; C-SSRS items as booleans), and for PHQ-9 and
  GAD-7 an ``Observation`` with the total (LOINC 44261-6 / 70274-6, ``valueInteger``, severity in
  ``interpretation``, ``derivedFrom`` the response) grouped under a panel ``Observation``
  (44249-1 / 69737-5, ``hasMember``); when PHQ-9 item 9 is above 0, an item-9 ``Observation``
  (44260-8) too, so the safety-relevant answer is queryable on its own;
- a ``Flag`` per risk event (category "safety", level and categories in the code, period).

All ids must be UUIDs (``stable_uuid`` turns a database key into one, deterministically).
Naive datetimes are taken to be UTC, which is how the app stores them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from fhir.resources.R4B import get_fhir_model_class

from tandem.measures.instruments import DEFAULT_LOCALE, load_instrument
from tandem.measures.scoring import CSSRS_ID, SCORED_INSTRUMENTS, score, score_cssrs

LOINC = "http://loinc.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
LANGUAGE_SYSTEM = "urn:ietf:bcp:47"
RISK_LEVEL_SYSTEM = "urn:tandem:risk-level"
RISK_CATEGORY_SYSTEM = "urn:tandem:risk-category"
TANDEM_QUESTIONNAIRE_PREFIX = "urn:tandem:questionnaire:"

# Namespace for deterministic ids (uuid5) so that repeated exports give the same fullUrls.
TANDEM_NAMESPACE = uuid.UUID("6f1d8c52-3b0e-5a8f-9c1e-7d2b4a9e0c31")

# Displays as LOINC publishes them (only the codes we emit as top-level Observation codes).
_LOINC_DISPLAY = {
    "44249-1": "PHQ-9 quick depression assessment panel",
    "44261-6": "Patient health questionnaire 9 item total score",
    "44260-8": "Thoughts that you would be better off dead, or of hurting yourself in some way",
    "69737-5": "Generalized anxiety disorder 7 item (GAD-7)",
    "70274-6": "Generalized anxiety disorder 7 item total score",
}

RISK_FLAG_LEVELS: tuple[str, ...] = ("low", "moderate", "high", "imminent")
FlagStatus = Literal["active", "inactive", "entered-in-error"]


class FhirExportError(ValueError):
    """A resource could not be built or does not validate against the FHIR model."""


def stable_uuid(kind: str, key: object) -> str:
    """A UUID derived from (kind, key): the same database row always gets the same FHIR id."""
    return str(uuid.uuid5(TANDEM_NAMESPACE, f"{kind}:{key}"))


def _uuid(value: str, name: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as exc:
        raise FhirExportError(
            f"{name} must be a UUID (use stable_uuid() for database keys), got {value!r}"
        ) from exc


def _ref(resource_id: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id}"}


def _datetime(value: datetime) -> str:
    if not isinstance(value, datetime):
        raise FhirExportError(f"expected a datetime, got {value!r}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _language(locale: str) -> str:
    return (locale or DEFAULT_LOCALE).split("-")[0].lower()


def validate_resource(resource: Mapping[str, Any]) -> None:
    """Validate a resource dict with the fhir.resources R4B model for its ``resourceType``."""
    resource_type = resource.get("resourceType")
    try:
        model = get_fhir_model_class(str(resource_type))
    except (KeyError, ValueError) as exc:
        raise FhirExportError(f"unknown FHIR resource type {resource_type!r}") from exc
    try:
        model.model_validate(dict(resource))
    except Exception as exc:  # pydantic ValidationError and fhir_core errors
        raise FhirExportError(f"{resource_type} does not validate: {exc}") from exc


def questionnaire_canonical(instrument_id: str) -> str:
    """LOINC-coded forms use LOINC's questionnaire canonical; others our own URN."""
    instrument = load_instrument(instrument_id)
    if instrument.loinc_panel:
        return f"http://loinc.org/q/{instrument.loinc_panel}"
    return f"{TANDEM_QUESTIONNAIRE_PREFIX}{instrument.id}"


def patient_resource(
    *,
    patient_id: str,
    display_name: str | None = None,
    email: str | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": _uuid(patient_id, "patient_id"),
        "active": True,
    }
    if display_name:
        resource["name"] = [{"text": display_name}]
    if email:
        resource["telecom"] = [{"system": "email", "value": email}]
    if language:
        resource["communication"] = [
            {
                "language": {
                    "coding": [{"system": LANGUAGE_SYSTEM, "code": _language(language)}],
                },
                "preferred": True,
            }
        ]
    return resource


def _answer_coding(code: str | None, display: str, ordinal: int) -> dict[str, Any]:
    coding: dict[str, Any] = {"system": LOINC, "code": code, "display": display}
    coding["extension"] = [{"url": ORDINAL_VALUE, "valueDecimal": ordinal}]
    return coding


def questionnaire_response(
    *,
    response_id: str,
    patient_id: str,
    instrument_id: str,
    answers: Sequence[int] | Mapping[str, bool | None],
    authored: datetime,
    difficulty: int | None = None,
    locale: str = DEFAULT_LOCALE,
) -> dict[str, Any]:
    """A completed QuestionnaireResponse. Answers are validated by the scoring rules first."""
    response_id = _uuid(response_id, "response_id")
    patient_id = _uuid(patient_id, "patient_id")
    instrument = load_instrument(instrument_id)
    items: list[dict[str, Any]] = []
    if instrument_id in SCORED_INSTRUMENTS:
        if isinstance(answers, Mapping):
            raise FhirExportError(f"{instrument.name} answers must be a list of numbers")
        result = score(instrument_id, answers, difficulty=difficulty, locale=locale)
        for item, value in zip(instrument.items, result.answers, strict=True):
            option = instrument.option(value)
            items.append(
                {
                    "linkId": f"/{item.loinc}",
                    "text": item.text.get(locale),
                    "answer": [
                        {"valueCoding": _answer_coding(option.loinc, option.text.en, value)}
                    ],
                }
            )
        if difficulty is not None and instrument.difficulty is not None:
            question = instrument.difficulty
            option = next(o for o in question.options if o.value == difficulty)
            link_id = f"/{question.loinc}" if question.loinc else question.id
            items.append(
                {
                    "linkId": link_id,
                    "text": question.text.get(locale),
                    "answer": [
                        {"valueCoding": _answer_coding(option.loinc, option.text.en, difficulty)}
                    ],
                }
            )
    elif instrument_id == CSSRS_ID:
        if not isinstance(answers, Mapping):
            raise FhirExportError("C-SSRS answers must be a mapping of item id to true/false")
        triage = score_cssrs(answers)
        for item_id in triage.asked:
            items.append(
                {
                    "linkId": item_id,
                    "text": instrument.item(item_id).text.get(locale),
                    "answer": [{"valueBoolean": triage.answers[item_id]}],
                }
            )
    else:  # pragma: no cover - load_instrument already rejects unknown ids
        raise FhirExportError(f"no export for {instrument_id!r}")
    return {
        "resourceType": "QuestionnaireResponse",
        "id": response_id,
        "language": _language(locale),
        "questionnaire": questionnaire_canonical(instrument_id),
        "status": "completed",
        "subject": _ref(patient_id),
        "authored": _datetime(authored),
        "item": items,
    }


def _survey_category() -> list[dict[str, Any]]:
    return [
        {
            "coding": [
                {"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"},
            ]
        }
    ]


def _loinc_concept(code: str) -> dict[str, Any]:
    coding: dict[str, Any] = {"system": LOINC, "code": code}
    if code in _LOINC_DISPLAY:
        coding["display"] = _LOINC_DISPLAY[code]
    return {"coding": [coding], "text": _LOINC_DISPLAY.get(code, code)}


def total_observation(
    *,
    observation_id: str,
    patient_id: str,
    instrument_id: str,
    total: int,
    effective: datetime,
    response_id: str | None = None,
    locale: str = DEFAULT_LOCALE,
) -> dict[str, Any]:
    """The PHQ-9 (44261-6) or GAD-7 (70274-6) total, with its severity band."""
    if instrument_id not in SCORED_INSTRUMENTS:
        raise FhirExportError(f"no total score for {instrument_id!r}")
    instrument = load_instrument(instrument_id)
    assert instrument.scoring is not None and instrument.loinc_total is not None
    if isinstance(total, bool) or not isinstance(total, int):
        raise FhirExportError(f"total must be an integer, got {total!r}")
    if not 0 <= total <= instrument.scoring.max_total:
        raise FhirExportError(f"total {total} is outside 0-{instrument.scoring.max_total}")
    band = instrument.band_for(total)
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _uuid(observation_id, "observation_id"),
        "status": "final",
        "category": _survey_category(),
        "code": _loinc_concept(instrument.loinc_total),
        "subject": _ref(_uuid(patient_id, "patient_id")),
        "effectiveDateTime": _datetime(effective),
        "valueInteger": total,
        "interpretation": [{"text": band.label.get(locale)}],
    }
    if response_id is not None:
        resource["derivedFrom"] = [_ref(_uuid(response_id, "response_id"))]
    return resource


def item9_observation(
    *,
    observation_id: str,
    patient_id: str,
    answer: int,
    effective: datetime,
    response_id: str | None = None,
) -> dict[str, Any]:
    """PHQ-9 item 9 (44260-8) on its own, answer as a LOINC answer code."""
    instrument = load_instrument("phq9")
    assert instrument.scoring is not None and instrument.scoring.safety_item is not None
    item = instrument.item(instrument.scoring.safety_item)
    assert item.loinc is not None
    if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer <= 3:
        raise FhirExportError(f"item 9 answer must be 0-3, got {answer!r}")
    option = instrument.option(answer)
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _uuid(observation_id, "observation_id"),
        "status": "final",
        "category": _survey_category(),
        "code": _loinc_concept(item.loinc),
        "subject": _ref(_uuid(patient_id, "patient_id")),
        "effectiveDateTime": _datetime(effective),
        "valueCodeableConcept": {
            "coding": [{"system": LOINC, "code": option.loinc, "display": option.text.en}],
            "text": option.text.en,
        },
    }
    if response_id is not None:
        resource["derivedFrom"] = [_ref(_uuid(response_id, "response_id"))]
    return resource


def panel_observation(
    *,
    observation_id: str,
    patient_id: str,
    instrument_id: str,
    effective: datetime,
    member_ids: Sequence[str],
    response_id: str | None = None,
) -> dict[str, Any]:
    """The panel (44249-1 / 69737-5) grouping the total and item observations."""
    instrument = load_instrument(instrument_id)
    if instrument.loinc_panel is None:
        raise FhirExportError(f"{instrument_id!r} has no LOINC panel")
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _uuid(observation_id, "observation_id"),
        "status": "final",
        "category": _survey_category(),
        "code": _loinc_concept(instrument.loinc_panel),
        "subject": _ref(_uuid(patient_id, "patient_id")),
        "effectiveDateTime": _datetime(effective),
        "hasMember": [_ref(_uuid(member, "member_id")) for member in member_ids],
    }
    if response_id is not None:
        resource["derivedFrom"] = [_ref(_uuid(response_id, "response_id"))]
    return resource


def risk_flag(
    *,
    flag_id: str,
    patient_id: str,
    level: str,
    categories: Sequence[str],
    start: datetime,
    end: datetime | None = None,
    status: FlagStatus | None = None,
) -> dict[str, Any]:
    """A risk event as a safety ``Flag``: active while open, inactive once it has an end."""
    if level not in RISK_FLAG_LEVELS:
        raise FhirExportError(f"risk level must be one of {RISK_FLAG_LEVELS}, got {level!r}")
    if status is None:
        status = "active" if end is None else "inactive"
    if status not in ("active", "inactive", "entered-in-error"):
        raise FhirExportError(f"unknown flag status {status!r}")
    clean_categories = [str(category) for category in categories if str(category).strip()]
    text = f"Risk level: {level}"
    if clean_categories:
        text += f" ({', '.join(clean_categories)})"
    codings = [{"system": RISK_LEVEL_SYSTEM, "code": level, "display": f"{level} risk"}]
    codings += [{"system": RISK_CATEGORY_SYSTEM, "code": category} for category in clean_categories]
    period = {"start": _datetime(start)}
    if end is not None:
        if _as_aware(end) < _as_aware(start):
            raise FhirExportError("a flag cannot end before it starts")
        period["end"] = _datetime(end)
    return {
        "resourceType": "Flag",
        "id": _uuid(flag_id, "flag_id"),
        "status": status,
        "category": [
            {"coding": [{"system": FLAG_CATEGORY, "code": "safety", "display": "Safety"}]}
        ],
        "code": {"coding": codings, "text": text},
        "subject": _ref(_uuid(patient_id, "patient_id")),
        "period": period,
    }


def _as_aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class QuestionnaireRecord:
    """A stored questionnaire submission, as the export needs it."""

    response_id: str
    instrument_id: str
    answers: Sequence[int] | Mapping[str, bool | None]
    authored: datetime
    difficulty: int | None = None
    locale: str = DEFAULT_LOCALE


def questionnaire_resources(
    record: QuestionnaireRecord, *, patient_id: str
) -> list[dict[str, Any]]:
    """The response and the observations derived from it."""
    response = questionnaire_response(
        response_id=record.response_id,
        patient_id=patient_id,
        instrument_id=record.instrument_id,
        answers=record.answers,
        authored=record.authored,
        difficulty=record.difficulty,
        locale=record.locale,
    )
    resources = [response]
    if record.instrument_id not in SCORED_INSTRUMENTS:
        return resources
    assert not isinstance(record.answers, Mapping)
    result = score(record.instrument_id, record.answers, locale=record.locale)
    total_id = stable_uuid("observation-total", response["id"])
    members = [total_id]
    resources.append(
        total_observation(
            observation_id=total_id,
            patient_id=patient_id,
            instrument_id=record.instrument_id,
            total=result.total,
            effective=record.authored,
            response_id=response["id"],
            locale=record.locale,
        )
    )
    if result.item9_positive:
        instrument = load_instrument(record.instrument_id)
        assert instrument.scoring is not None and instrument.scoring.safety_item is not None
        item9_answer = result.answers[instrument.item_ids.index(instrument.scoring.safety_item)]
        item9_id = stable_uuid("observation-item9", response["id"])
        members.append(item9_id)
        resources.append(
            item9_observation(
                observation_id=item9_id,
                patient_id=patient_id,
                answer=item9_answer,
                effective=record.authored,
                response_id=response["id"],
            )
        )
    resources.append(
        panel_observation(
            observation_id=stable_uuid("observation-panel", response["id"]),
            patient_id=patient_id,
            instrument_id=record.instrument_id,
            effective=record.authored,
            member_ids=members,
            response_id=response["id"],
        )
    )
    return resources


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def client_bundle(
    patient: Mapping[str, Any],
    responses: Sequence[QuestionnaireRecord],
    flags: Sequence[Mapping[str, Any]],
    *,
    bundle_id: str | None = None,
    timestamp: datetime | None = None,
    validate: bool = True,
) -> dict[str, Any]:
    """A self-contained ``collection`` Bundle of one client's measures and risk flags.

    ``patient`` comes from ``patient_resource``; ``flags`` from ``risk_flag`` (their subject must
    be this patient). With ``validate`` the whole bundle is checked against the R4B models and
    every ``urn:uuid`` reference must resolve inside the bundle.
    """
    if patient.get("resourceType") != "Patient":
        raise FhirExportError("the first argument must be a Patient resource")
    patient_id = _uuid(str(patient.get("id")), "patient id")
    resources: list[Mapping[str, Any]] = [patient]
    for record in responses:
        resources.extend(questionnaire_resources(record, patient_id=patient_id))
    for flag in flags:
        if flag.get("resourceType") != "Flag":
            raise FhirExportError("flags must be Flag resources")
        if flag.get("subject") != _ref(patient_id):
            raise FhirExportError("a flag in this bundle belongs to another patient")
        resources.append(flag)
    seen: set[str] = set()
    entries = []
    for resource in resources:
        resource_id = _uuid(str(resource.get("id")), f"{resource.get('resourceType')} id")
        if resource_id in seen:
            raise FhirExportError(f"duplicate resource id {resource_id}")
        seen.add(resource_id)
        entries.append({"fullUrl": f"urn:uuid:{resource_id}", "resource": dict(resource)})
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "id": _uuid(bundle_id, "bundle_id")
        if bundle_id
        else stable_uuid("bundle", f"{patient_id}:{len(entries)}"),
        "type": "collection",
        "entry": entries,
    }
    if timestamp is not None:
        bundle["timestamp"] = _datetime(timestamp)
    if validate:
        full_urls = {entry["fullUrl"] for entry in entries}
        dangling = sorted(
            reference
            for reference in _references(entries)
            if reference.startswith("urn:uuid:") and reference not in full_urls
        )
        if dangling:
            raise FhirExportError(f"references that do not resolve in the bundle: {dangling}")
        validate_resource(bundle)
    return bundle
