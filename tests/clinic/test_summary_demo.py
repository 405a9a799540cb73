"""The lived-in demo data: a practice with improving, worsening and inactive clients."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

import tandem.clinic.messaging_models  # noqa: F401 - registers the table before create_all
from tandem.accounts.models import Clinic, User
from tandem.cli.demo import DEMO_SLUG, seed_demo
from tandem.clinic.caseload import build_caseload
from tandem.clinic.summary import build_summary
from tandem.core.models import utcnow
from tandem.safety.models import Alert


def test_demo_practice_tells_its_story(db: Session) -> None:
    seed_demo(db)
    clinic = db.scalar(select(Clinic).where(Clinic.slug == DEMO_SLUG))
    assert clinic is not None
    users = {u.display_name: u for u in db.scalars(select(User).where(User.clinic_id == clinic.id))}
    clinician = users["Dr. Ana Rivera"]
    now = utcnow()  # seed_demo lays down the lived-in practice itself (seed_lived_in)
    rows = {r.client.display_name: r for r in build_caseload(db, clinician=clinician, now=now).rows}
    assert next(iter(rows)) == "Sam"  # the open alert sorts first
    assert rows["Sam"].open_alerts == 1 and rows["Sam"].deteriorating
    assert rows["Alex"].scores[0].change is not None
    assert rows["Alex"].scores[0].change.direction == "improved"
    assert rows["Lucía"].inactive and rows["Lucía"].inactive_days == 10
    statuses = sorted(
        a.status
        for a in db.scalars(
            select(Alert).where(Alert.client_id.in_([users["Alex"].id, users["Sam"].id]))
        )
    )
    assert statuses == ["acknowledged", "open"]
    summary = build_summary(db, viewer=clinician, client_id=users["Alex"].id, now=now)
    assert summary.since_last_session and summary.next_session is not None
    alex_today = now.astimezone(users["Alex"].zone).date()
    next_day = summary.next_session.astimezone(users["Alex"].zone).date()
    assert (next_day - alex_today).days == 1  # tomorrow in Alex's calendar, whatever the UTC hour
    assert summary.notes and summary.topics and summary.practised
