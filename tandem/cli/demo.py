"""The demo clinic that `make run` seeds: a lived-in practice to try Tandem with.

Idempotent: the clinic's slug marks it as seeded, and a second run changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tandem.accounts import service as accounts
from tandem.accounts.models import Clinic, User
from tandem.clinic.demo_data import seed_lived_in
from tandem.core.models import utcnow

DEMO_SLUG = "riverside-demo"
DEMO_PASSWORD = "tandem-demo-2026"  # noqa: S105 - printed by `make run` on purpose


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    note: str


DEMO_LOGINS = (
    DemoLogin("clinician", "dr.rivera@demo.tandem.local", DEMO_PASSWORD, "Dr. Ana Rivera"),
    DemoLogin("client", "alex@demo.tandem.local", DEMO_PASSWORD, "shares everything"),
    DemoLogin("client", "sam@demo.tandem.local", DEMO_PASSWORD, "shares measures only"),
    DemoLogin("client", "lucia@demo.tandem.local", DEMO_PASSWORD, "Spanish, shares measures"),
    DemoLogin("client", "jordan@demo.tandem.local", DEMO_PASSWORD, "no clinician (standalone)"),
)


def seed_demo(session: Session) -> bool:
    """Create the demo clinic; returns False when it was already there."""
    if session.scalar(select(Clinic.id).where(Clinic.slug == DEMO_SLUG)) is not None:
        return False
    clinic = accounts.create_clinic(
        session,
        name="Riverside Counselling (demo)",
        slug=DEMO_SLUG,
        country="US",
        timezone="America/New_York",
        on_call_name="Riverside on-call clinician",
        on_call_phone="555-0100",
    )
    clinician = accounts.create_user(
        session,
        email=DEMO_LOGINS[0].email,
        password=DEMO_PASSWORD,
        role="clinician",
        display_name="Dr. Ana Rivera",
        clinic_id=clinic.id,
        timezone="America/New_York",
    )
    alex = _client(session, DEMO_LOGINS[1].email, "Alex", "en-US", clinic)
    sam = _client(session, DEMO_LOGINS[2].email, "Sam", "en-US", clinic)
    lucia = _client(session, DEMO_LOGINS[3].email, "Lucía", "es-US", clinic)
    _client(session, DEMO_LOGINS[4].email, "Jordan", "en-US", None)

    # (client, measures, summaries, transcripts, journal)
    sharing = (
        (alex, True, True, True, True),
        (sam, True, False, False, False),
        (lucia, True, True, False, False),
    )
    for client, measures, summaries, transcripts, journal in sharing:
        invite = accounts.create_invite(session, clinician=clinician)
        accounts.redeem_invite(session, client=client, code=invite.code)
        accounts.set_consent(
            session,
            client=client,
            share_measures=measures,
            share_summaries=summaries,
            share_transcripts=transcripts,
            share_journal=journal,
        )
    seed_lived_in(
        session,
        clinic=clinic,
        clinician=clinician,
        clients={"alex": alex, "sam": sam, "lucia": lucia},
        now=utcnow(),
    )
    return True


def _client(session: Session, email: str, name: str, locale: str, clinic: Clinic | None) -> User:
    return accounts.create_user(
        session,
        email=email,
        password=DEMO_PASSWORD,
        role="client",
        display_name=name,
        clinic_id=clinic.id if clinic else None,
        locale=locale,
        timezone="America/New_York",
    )
