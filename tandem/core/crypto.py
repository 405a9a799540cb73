"""Field encryption for client free text (messages, notes, journal, plans).

Columns typed ``EncryptedText``/``EncryptedJSON`` are Fernet tokens at rest. The keyring is a
MultiFernet: the first key encrypts, every key decrypts, so keys can be rotated without downtime.
When another process rotates the file-based keyring, a token this process cannot read triggers one
reload of the keys before giving up.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text, TypeDecorator
from sqlalchemy.engine import Dialect

if TYPE_CHECKING:
    from tandem.core.settings import Settings


class KeyRing:
    """The process's view of the keys.

    ``watch_path`` is the file-based keyring of the embedded default: when another process
    (``tandem keys rotate``) rewrites it, this process picks up the new primary key before its
    next encryption, so no process keeps writing under a key that is being retired.
    """

    def __init__(self, load_keys: Callable[[], list[str]], watch_path: Path | None = None) -> None:
        self._load_keys = load_keys
        self._watch_path = watch_path
        self._seen_mtime: float | None = None
        self._lock = threading.Lock()
        self._keys: list[str] = []
        self._fernet: MultiFernet | None = None
        self.reload()

    def _mtime(self) -> float | None:
        if self._watch_path is None:
            return None
        try:
            return self._watch_path.stat().st_mtime
        except OSError:
            return None

    def _reload_if_changed(self) -> None:
        if self._watch_path is not None and self._mtime() != self._seen_mtime:
            self.reload()

    def reload(self) -> None:
        self._seen_mtime = self._mtime()
        keys = self._load_keys()
        if not keys:
            raise RuntimeError("no encryption keys configured")
        with self._lock:
            self._keys = keys
            self._fernet = MultiFernet([Fernet(k.encode()) for k in keys])

    @property
    def primary_key(self) -> str:
        return self._keys[0]

    @property
    def key_count(self) -> int:
        return len(self._keys)

    def _multi(self) -> MultiFernet:
        assert self._fernet is not None
        return self._fernet

    def encrypt(self, plaintext: str) -> str:
        self._reload_if_changed()
        return self._multi().encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._multi().decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            self.reload()
            return self._multi().decrypt(token.encode("ascii")).decode("utf-8")

    def rotate(self, token: str) -> str:
        """Re-encrypt a token under the primary key (same meaning, new bytes at rest)."""
        self._reload_if_changed()
        try:
            return self._multi().rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken:
            self.reload()
            return self._multi().rotate(token.encode("ascii")).decode("ascii")


_keyring: KeyRing | None = None
_keyring_lock = threading.Lock()


def set_keyring(keyring: KeyRing | None) -> None:
    global _keyring
    with _keyring_lock:
        _keyring = keyring


def get_keyring() -> KeyRing:
    global _keyring
    if _keyring is None:
        from tandem.core.settings import get_settings

        with _keyring_lock:
            if _keyring is None:
                _keyring = keyring_from_settings(get_settings())
    return _keyring


def keyring_from_settings(settings: Settings) -> KeyRing:
    watch = settings.secrets_path if settings.keys_from_file else None
    return KeyRing(settings.resolved_encryption_keys, watch_path=watch)


class EncryptedText(TypeDecorator[str]):
    """A string column stored as a Fernet token."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return get_keyring().encrypt(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return get_keyring().decrypt(value)


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON document (lists, dicts of free text) stored as one Fernet token."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return get_keyring().encrypt(json.dumps(value, ensure_ascii=False, sort_keys=True))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(get_keyring().decrypt(value))
