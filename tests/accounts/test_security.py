"""Password hashing and policy, token hashing and CSRF tokens (tandem.core.security)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from tandem.core.errors import InvalidInput
from tandem.core.security import (
    check_password_policy,
    csrf_token,
    csrf_token_valid,
    hash_password,
    hash_token,
    new_token,
    password_needs_rehash,
    password_problems,
    verify_password,
)


def test_password_is_stored_as_argon2id_and_verifies() -> None:
    stored = hash_password("a long passphrase")
    assert stored.startswith("$argon2id$")
    assert "a long passphrase" not in stored
    assert verify_password(stored, "a long passphrase")
    assert not verify_password(stored, "a long passphrasE")


def test_same_password_hashes_differently_each_time() -> None:
    assert hash_password("a long passphrase") != hash_password("a long passphrase")


def test_garbage_hash_does_not_verify_and_needs_rehash() -> None:
    assert not verify_password("not-a-hash", "whatever123")
    assert password_needs_rehash("not-a-hash")


def test_weaker_parameters_need_rehash() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("a long passphrase")
    assert password_needs_rehash(weak)
    assert not password_needs_rehash(hash_password("a long passphrase"))


@pytest.mark.parametrize(
    ("password", "email"),
    [
        ("short", None),
        ("123456789", None),
        ("ana.lopez@example.org", "ana.lopez@example.org"),
        ("Ana.Lopez@Example.org", "ana.lopez@example.org"),
    ],
)
def test_policy_refuses(password: str, email: str | None) -> None:
    assert password_problems(password, email=email)
    with pytest.raises(InvalidInput):
        check_password_policy(password, email=email)


def test_policy_refuses_local_part_of_email_and_common_or_repeated() -> None:
    assert password_problems("ana.lopez1", email="ana.lopez1@example.org")
    assert password_problems("password123")
    assert password_problems("aaaaaaaaaaaa")
    assert password_problems("x" * 300)


def test_policy_accepts_a_reasonable_passphrase() -> None:
    assert password_problems("correct horse battery", email="ana@example.org") == []


def test_tokens_are_random_and_hashed_with_sha256() -> None:
    a, b = new_token(), new_token()
    assert a != b and len(a) >= 40
    digest = hash_token(a)
    assert len(digest) == 64 and digest != a
    assert hash_token(a) == digest


def test_csrf_token_is_bound_to_secret_and_session() -> None:
    token = csrf_token("k" * 40, "session-1")
    assert csrf_token_valid("k" * 40, "session-1", token)
    assert not csrf_token_valid("k" * 40, "session-2", token)
    assert not csrf_token_valid("j" * 40, "session-1", token)
    assert not csrf_token_valid("k" * 40, "session-1", None)
    assert not csrf_token_valid("k" * 40, "session-1", "")
    assert not csrf_token_valid("k" * 40, "", csrf_token("k" * 40, ""))
    assert not csrf_token_valid("k" * 40, "session-1", "ñ" * 64)  # non-ASCII input is refused
