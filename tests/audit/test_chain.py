from __future__ import annotations

import itertools
import uuid

from sqlalchemy import update
from sqlalchemy.orm import Session

from tandem.audit.models import AuditEntry
from tandem.audit.service import record_event, verify_chain


def _fill(db: Session, n: int = 5) -> list[AuditEntry]:
    subject = uuid.uuid4()
    return [
        record_event(
            db,
            action="client.read",
            actor_id=uuid.uuid4(),
            actor_role="clinician",
            subject_id=subject,
            object_type="measures",
            detail={"i": i},
            ip="127.0.0.1",
        )
        for i in range(n)
    ]


def test_entries_chain_to_each_other(db: Session) -> None:
    entries = _fill(db)
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
        assert after.seq == before.seq + 1
    assert verify_chain(db).ok


def test_editing_a_row_in_the_database_is_detected(db: Session) -> None:
    entries = _fill(db)
    target = entries[2]
    db.execute(
        update(AuditEntry).where(AuditEntry.seq == target.seq).values(action="client.nothing")
    )
    db.expire_all()
    result = verify_chain(db)
    assert not result.ok
    assert result.first_broken_seq == target.seq
    assert result.reason and "hash" in result.reason


def test_deleting_a_row_in_the_middle_is_detected(db: Session) -> None:
    entries = _fill(db)
    db.query(AuditEntry).filter(AuditEntry.seq == entries[1].seq).delete()
    db.expire_all()
    result = verify_chain(db)
    assert not result.ok
    assert result.first_broken_seq == entries[2].seq
