"""Re-encrypting every encrypted column under the newest key, in small batches.

Batches keep transactions short so the app keeps serving while rotation runs; each row is read
and rewritten as a raw token, so plaintext never leaves this function.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.fernet import Fernet
from sqlalchemy import Column, Label, MetaData, Row, Table, Text, select, type_coerce, update
from sqlalchemy.orm import Session

from tandem.core.crypto import EncryptedJSON, EncryptedText, KeyRing
from tandem.core.database import Database
from tandem.core.settings import Settings, _local_secrets, write_private_json


@dataclass
class RotationReport:
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.tables.values())


def encrypted_columns(metadata: MetaData) -> list[tuple[Table, list[str]]]:
    found = []
    for table in metadata.sorted_tables:
        cols = [c.name for c in table.columns if isinstance(c.type, EncryptedText | EncryptedJSON)]
        if cols:
            found.append((table, cols))
    return found


def add_new_primary_key(settings: Settings) -> str:
    """Put a fresh key first in the file-based keyring; older keys stay for decryption."""
    if not settings.keys_from_file:
        raise RuntimeError(
            "keys come from TANDEM_ENCRYPTION_KEYS: deploy the new key first in that list, "
            "then run `tandem keys rotate --reencrypt-only`"
        )
    data = _local_secrets(settings.secrets_path)
    stored = data["encryption_keys"]
    keys = [str(k) for k in stored] if isinstance(stored, list) else []
    new_key = Fernet.generate_key().decode()
    data["encryption_keys"] = [new_key, *keys]
    write_private_json(settings.secrets_path, data)
    return new_key


def reencrypt_all(
    database: Database, metadata: MetaData, keyring: KeyRing, *, batch_size: int = 500
) -> RotationReport:
    keyring.reload()
    report = RotationReport()
    for table, columns in encrypted_columns(metadata):
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            raise RuntimeError(f"table {table.name} needs a single-column primary key to rotate")
        pk_col = pk[0]
        raw_cols = [type_coerce(table.c[name], Text).label(name) for name in columns]
        last = None
        count = 0
        while True:
            with database.transaction() as session:
                rows = _next_batch(session, pk_col, raw_cols, last, batch_size)
                if not rows:
                    break
                for row in rows:
                    values = {
                        name: keyring.rotate(getattr(row, name))
                        for name in columns
                        if getattr(row, name) is not None
                    }
                    if values:
                        session.execute(
                            update(table)
                            .where(pk_col == row.pk)
                            .values({table.c[n]: type_coerce(v, Text) for n, v in values.items()})
                        )
                        count += 1
                last = rows[-1].pk
        report.tables[table.name] = count
    return report


def _next_batch(
    session: Session,
    pk_col: Column[Any],
    raw_cols: Sequence[Label[str]],
    last: object,
    n: int,
) -> list[Row[Any]]:
    query = select(pk_col.label("pk"), *raw_cols).order_by(pk_col).limit(n)
    if last is not None:
        query = query.where(pk_col > last)
    return list(session.execute(query).all())
