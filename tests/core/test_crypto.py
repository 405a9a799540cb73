from __future__ import annotations

import uuid
from pathlib import Path

from cryptography.fernet import Fernet
from sqlalchemy import Column, MetaData, Table, Text, Uuid, select, type_coerce

from tandem.core.crypto import EncryptedJSON, EncryptedText, KeyRing, set_keyring
from tandem.core.database import Database
from tandem.core.keyrotation import reencrypt_all
from tandem.core.settings import write_private_json


def _notes_table() -> tuple[MetaData, Table]:
    md = MetaData()
    table = Table(
        "crypto_probe",
        md,
        Column("id", Uuid, primary_key=True),
        Column("body", EncryptedText),
        Column("doc", EncryptedJSON),
    )
    return md, table


def test_free_text_is_not_stored_in_plaintext(tmp_path: Path, _keyring: KeyRing) -> None:
    database = Database(f"sqlite:///{tmp_path / 'c.db'}")
    md, table = _notes_table()
    md.create_all(database.engine)
    secret = "I told my sister about the panic attacks"
    with database.transaction() as s:
        s.execute(table.insert().values(id=uuid.uuid4(), body=secret, doc={"plan": secret}))
    raw = (tmp_path / "c.db").read_bytes()
    with database.transaction() as s:
        raw_body = s.execute(select(type_coerce(table.c.body, Text))).scalar_one()
        decrypted = s.execute(select(table.c.body, table.c.doc)).one()
    assert b"panic attacks" not in raw
    assert "panic" not in raw_body and raw_body.startswith("gAAAA")
    assert decrypted.body == secret and decrypted.doc == {"plan": secret}
    database.dispose()


def test_rotation_reencrypts_every_row_and_old_key_can_be_dropped(tmp_path: Path) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    keys = [old]
    keyring = KeyRing(lambda: list(keys))
    set_keyring(keyring)
    try:
        database = Database(f"sqlite:///{tmp_path / 'r.db'}")
        md, table = _notes_table()
        md.create_all(database.engine)
        with database.transaction() as s:
            for i in range(7):
                s.execute(table.insert().values(id=uuid.uuid4(), body=f"note {i}", doc=[i]))
        keys[:] = [new, old]
        report = reencrypt_all(database, md, keyring, batch_size=3)
        assert report.tables == {"crypto_probe": 7}
        keys[:] = [new]  # the old key is gone: every row must now decrypt with the new one
        keyring.reload()
        with database.transaction() as s:
            bodies = sorted(s.execute(select(table.c.body)).scalars())
        assert bodies == [f"note {i}" for i in range(7)]
        database.dispose()
    finally:
        set_keyring(None)


def test_keyring_follows_the_key_file_written_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "secrets.json"
    first, second = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    write_private_json(path, {"encryption_keys": [first]})

    def load() -> list[str]:
        import json

        return list(json.loads(path.read_text())["encryption_keys"])

    keyring = KeyRing(load, watch_path=path)
    token_a = keyring.encrypt("a")
    import os

    write_private_json(path, {"encryption_keys": [second, first]})
    os.utime(path, (1, 1))  # make the change visible even within one mtime tick
    token_b = keyring.encrypt("b")
    assert Fernet(second.encode()).decrypt(token_b.encode()) == b"b"
    assert keyring.decrypt(token_a) == "a"
