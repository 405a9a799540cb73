"""Safety plans: written by client and clinician together, versioned with authorship, encrypted."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from tandem.core.errors import Conflict, InvalidInput, NotFound
from tandem.plans import service
from tandem.plans.schemas import SafetyPlanUpdate
from tandem.safety.responses import SafetyPlanSummary
from tests.factories.accounts import linked_pair, make_client
from tests.factories.plans import make_safety_plan, safety_body


def test_client_and_clinician_both_edit_and_each_version_records_its_author(db: Session) -> None:
    pair = linked_pair(db)
    first = make_safety_plan(db, author=pair.client, client=pair.client)
    assert first.version == 1
    assert first.info is not None and first.info.author_role == "client"
    assert first.info.author_id == pair.client.id

    body = safety_body(base_version=1)
    body["help_contacts"].append({"name": "Jo (neighbour)", "phone": "555 0199"})
    body["warning_signs"] = body["warning_signs"][:1]
    second = service.save_safety_plan(
        db,
        author=pair.clinician,
        client_id=pair.client.id,
        update=SafetyPlanUpdate.model_validate(body),
    )
    assert second.version == 2
    assert second.info is not None and second.info.author_role == "clinician"
    assert "people to ask for help: added “Jo (neighbour)”" in second.info.summary
    assert "warning signs: 1 removed" in second.info.summary

    history = service.safety_plan_history(db, viewer=pair.client, client_id=pair.client.id)
    assert [(v.version, v.author_role, v.author_name) for v in history] == [
        (2, "clinician", pair.clinician.display_name),
        (1, "client", pair.client.display_name),
    ]


def test_client_edit_built_on_an_old_version_gets_409(db: Session) -> None:
    pair = linked_pair(db)
    make_safety_plan(db, author=pair.client, client=pair.client)
    make_safety_plan(db, author=pair.clinician, client=pair.client, reasons_for_living=["Biscuit"])
    stale = SafetyPlanUpdate.model_validate(safety_body(base_version=1))
    with pytest.raises(Conflict) as excinfo:
        service.save_safety_plan(db, author=pair.client, client_id=pair.client.id, update=stale)
    assert pair.clinician.display_name in excinfo.value.message
    current = service.read_safety_plan(db, viewer=pair.client, client_id=pair.client.id)
    assert current.document.reasons_for_living == ["Biscuit"]


def test_an_empty_first_safety_plan_is_refused(db: Session) -> None:
    client = make_client(db)
    with pytest.raises(InvalidInput):
        service.save_safety_plan(
            db, author=client, client_id=client.id, update=SafetyPlanUpdate(base_version=0)
        )


def test_safety_plan_is_encrypted_at_rest(db: Session) -> None:
    pair = linked_pair(db)
    make_safety_plan(db, author=pair.client, client=pair.client)
    raw = " ".join(
        str(v)
        for row in db.execute(text("SELECT content, summary FROM safety_plan_versions"))
        for v in row
    )
    for secret in ("Biscuit", "Maria", "555 010 2030", "spare pills", "Cold water"):
        assert secret not in raw


def test_another_clinician_or_client_cannot_touch_it(db: Session) -> None:
    pair = linked_pair(db)
    other = linked_pair(db)
    make_safety_plan(db, author=pair.client, client=pair.client)
    update = SafetyPlanUpdate.model_validate(safety_body(base_version=1))
    for outsider in (other.clinician, other.client):
        with pytest.raises(NotFound):
            service.read_safety_plan(db, viewer=outsider, client_id=pair.client.id)
        with pytest.raises(NotFound):
            service.save_safety_plan(db, author=outsider, client_id=pair.client.id, update=update)


def test_summary_for_crisis_replies(db: Session) -> None:
    pair = linked_pair(db)
    assert service.safety_plan_summary(db, client_id=pair.client.id) is None
    make_safety_plan(db, author=pair.client, client=pair.client)
    summary = service.safety_plan_summary(db, client_id=pair.client.id)
    assert isinstance(summary, SafetyPlanSummary)
    assert summary.warning_signs == ("Not sleeping for two nights", "Pulling away from friends")
    assert summary.first_coping_step == "Cold water on my face"
    assert summary.people_to_contact == (
        ("Maria (sister)", "+1 555 010 2030"),
        ("Dr Lee", "555-0100"),
        ("988 Suicide & Crisis Lifeline", "988"),
    )
    assert summary.reasons_for_living == ("My dog Biscuit", "Seeing my niece grow up")


def test_phone_numbers_are_validated() -> None:
    body = safety_body()
    body["help_contacts"] = [{"name": "Maria", "phone": "call me maybe"}]
    with pytest.raises(ValueError, match="phone"):
        SafetyPlanUpdate.model_validate(body)
