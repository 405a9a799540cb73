"""Build measures rows through the real service, and drive the API/pages like a client would."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.measures import service
from tandem.measures.models import (
    CheckIn,
    CssrsResponse,
    DeteriorationFlag,
    QuestionnaireResponse,
    Reminder,
)
from tandem.safety.models import Alert, RiskEvent
from tests.factories.accounts import DEFAULT_PASSWORD

_CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def phq9(total_pattern: Sequence[int] | None = None, *, item9: int = 0, base: int = 0) -> list[int]:
    """Nine answers: ``base`` for items 1-8 (or the given pattern) and ``item9`` last."""
    if total_pattern is not None:
        return list(total_pattern)
    return [base] * 8 + [item9]


def gad7(base: int = 0) -> list[int]:
    return [base] * 7


def submit(
    session: Session,
    client: User,
    answers: Sequence[int],
    *,
    instrument: str = "phq9",
    at: datetime | None = None,
) -> service.SubmissionResult:
    return service.submit_questionnaire(
        session, client=client, instrument_id=instrument, answers=answers, source="api", now=at
    )


def daily_checkins(
    session: Session, client: User, moods: Sequence[int], *, end: datetime
) -> list[CheckIn]:
    """One check-in a day, the last one on ``end``'s day."""
    rows = []
    for offset, mood in enumerate(reversed(moods)):
        rows.append(
            service.create_checkin(
                session, client=client, mood=mood, now=end - timedelta(days=offset)
            ).checkin
        )
    return rows


def counts(session: Session) -> dict[str, int]:
    """How many rows each measures/safety table holds (to prove a refused request wrote nothing)."""
    return {
        model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for model in (
            CheckIn,
            QuestionnaireResponse,
            CssrsResponse,
            DeteriorationFlag,
            Reminder,
            RiskEvent,
            Alert,
        )
    }


def bearer(client: TestClient, user: User, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", json={"email": user.email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def csrf_from(html: str) -> str:
    match = _CSRF_RE.search(html)
    assert match, "page has no csrf_token field"
    return match.group(1)


def sign_in(client: TestClient, user: User, password: str = DEFAULT_PASSWORD) -> str:
    """Sign in through the real form; returns the session's CSRF token."""
    login = client.get("/login")
    response = client.post(
        "/login",
        data={"email": user.email, "password": password, "csrf_token": csrf_from(login.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    home = client.get("/home" if user.role == "client" else "/clinic")
    return csrf_from(home.text)
