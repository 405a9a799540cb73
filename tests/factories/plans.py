"""Plans built through the real service, plus the small helpers plan tests share."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.accounts import service as accounts_service
from tandem.accounts.deps import SESSION_COOKIE
from tandem.accounts.models import User
from tandem.core.security import csrf_token
from tandem.core.settings import Settings
from tandem.plans import service
from tandem.plans.schemas import PlanUpdate, SafetyPlanUpdate

PRIVATE_NOTE = "Avoid pushing exposure before the anniversary in March"
PRIVATE_WORDING = "your square breathing"


def plan_body(**overrides: Any) -> dict[str, Any]:
    """A plausible treatment plan as the API receives it (JSON-ready values)."""
    body: dict[str, Any] = {
        "base_version": 0,
        "goals": ["Sleep by 11 most nights", "Call my sister once a week"],
        "techniques": [
            {
                "skill_id": "box_breathing",
                "frequency": "daily",
                "due": None,
                "note": "Try it before bed, lights low.",
            },
            {"skill_id": "thought_record", "frequency": "3x week", "due": "2027-01-15"},
        ],
        "homework": [
            {
                "title": "Evening walk",
                "instructions": "Twenty minutes outside after dinner.",
                "due": "2026-12-05",
                "target_count": 3,
            },
            {"title": "Worry list", "skill_id": "worry_time", "due": "2026-12-10"},
        ],
        "clinician_notes": PRIVATE_NOTE,
        "preferred_wording": {"box_breathing": PRIVATE_WORDING},
        "contraindicated_skills": ["tipp"],
        "contraindicated_topics": ["trauma-processing", "breath-holding"],
        "sessions": ["2026-11-20T15:00:00+00:00", "2026-12-04T15:00:00+00:00"],
    }
    body.update(overrides)
    return body


def make_plan(
    session: Session,
    *,
    clinician: User,
    client: User,
    now: datetime | None = None,
    **overrides: Any,
) -> service.PlanState:
    current = service.get_plan(session, client_id=client.id).version
    update = PlanUpdate.model_validate(plan_body(base_version=current, **overrides))
    return service.save_plan(
        session,
        author=clinician,
        client_id=client.id,
        update=update,
        now=now or datetime(2026, 11, 27, 12, 0, tzinfo=UTC),
    )


def safety_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "base_version": 0,
        "warning_signs": ["Not sleeping for two nights", "Pulling away from friends"],
        "coping_strategies": ["Cold water on my face", "Walk round the block"],
        "distractions": [{"name": "The library on Elm Street"}, {"name": "Sam", "phone": None}],
        "help_contacts": [{"name": "Maria (sister)", "phone": "+1 555 010 2030"}],
        "professionals": [
            {"name": "Dr Lee", "phone": "555-0100"},
            {"name": "988 Suicide & Crisis Lifeline", "phone": "988"},
        ],
        "environment_safety": ["Give the spare pills to Maria"],
        "reasons_for_living": ["My dog Biscuit", "Seeing my niece grow up"],
    }
    body.update(overrides)
    return body


def make_safety_plan(
    session: Session, *, author: User, client: User, **overrides: Any
) -> service.SafetyPlanState:
    current = service.read_safety_plan(session, viewer=author, client_id=client.id).version
    update = SafetyPlanUpdate.model_validate(safety_body(base_version=current, **overrides))
    return service.save_safety_plan(session, author=author, client_id=client.id, update=update)


def bearer(session: Session, user: User) -> dict[str, str]:
    """Headers that authenticate API calls as ``user`` (no CSRF needed for bearer tokens)."""
    issued = accounts_service.issue_api_token(session, user=user)
    return {"Authorization": f"Bearer {issued.secret}"}


def day(iso: str) -> date:
    return date.fromisoformat(iso)


def sign_in(client: TestClient, session: Session, user: User, settings: Settings) -> str:
    """A browser session for ``user`` on the test client; returns its CSRF token for forms."""
    new = accounts_service.start_web_session(session, user=user, settings=settings)
    client.cookies.set(SESSION_COOKIE, new.cookie_value)
    return csrf_token(settings.resolved_secret_key(), new.web_session.csrf_secret)
