"""Passwords, random tokens and CSRF tokens: the few primitives every sign-in path relies on.

Pure functions with no database access, so the accounts service and the tests can use them
directly. Secrets at rest are only ever stored as argon2 hashes (passwords) or SHA-256 digests
(high-entropy tokens, where a slow hash adds nothing).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from tandem.core.errors import InvalidInput

PASSWORD_MIN_LENGTH = 10
# Long enough for any passphrase or manager-generated password, short enough that a huge body
# cannot keep argon2 busy.
PASSWORD_MAX_LENGTH = 256

# A few of the passwords that top every breach list; the length rule already rules out most.
_COMMON_PASSWORDS = frozenset(
    {
        "1234567890",
        "12345678910",
        "123456789012",
        "0123456789",
        "password12",
        "password123",
        "password1234",
        "passw0rd123",
        "qwertyuiop",
        "1q2w3e4r5t",
        "iloveyou123",
        "letmein1234",
        "aaaaaaaaaa",
        "abcdefghij",
        "abc1234567",
    }
)

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when the password matches; False on a mismatch or an unreadable stored hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than the current ones."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def burn_password_check(password: str) -> None:
    """Spend the time of one real verification, so unknown emails answer as slowly as known ones.

    Without it, "no such account" returns in microseconds and "wrong password" in tens of
    milliseconds, which tells an attacker which emails have accounts.
    """
    verify_password(_dummy_hash(), password)


def password_problems(password: str, *, email: str | None = None) -> list[str]:
    """Plain-language reasons the password is not acceptable (empty when it is)."""
    problems: list[str] = []
    if len(password) < PASSWORD_MIN_LENGTH:
        problems.append(f"Use at least {PASSWORD_MIN_LENGTH} characters.")
    if len(password) > PASSWORD_MAX_LENGTH:
        problems.append(f"Use at most {PASSWORD_MAX_LENGTH} characters.")
    lowered = password.strip().lower()
    if email:
        email_lower = email.strip().lower()
        local_part = email_lower.split("@", 1)[0]
        if lowered in {email_lower, local_part}:
            problems.append("Do not use your email address as your password.")
    if lowered in _COMMON_PASSWORDS or (password and len(set(password)) == 1):
        problems.append("This password is too easy to guess.")
    return problems


def check_password_policy(password: str, *, email: str | None = None) -> None:
    """Raise InvalidInput (422) with the reasons when the password breaks the policy."""
    problems = password_problems(password, email=email)
    if problems:
        raise InvalidInput(
            " ".join(problems),
            details=[
                {"loc": ["password"], "message": p, "type": "password_policy"} for p in problems
            ],
        )


def new_token(nbytes: int = 32) -> str:
    """A URL-safe random token with ``nbytes`` bytes of entropy."""
    return secrets.token_urlsafe(nbytes)


def hash_token(token: str) -> str:
    """SHA-256 hex digest of a high-entropy token: what the database stores instead of it."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def csrf_token(secret_key: str, binding: str) -> str:
    """The CSRF token for one session (or one pre-sign-in nonce).

    An HMAC under the server's secret key, bound to a value only this browser holds, so a page on
    another site can neither read nor forge it, and a token from one session is useless in another.
    """
    mac = hmac.new(secret_key.encode("utf-8"), b"tandem-csrf:" + binding.encode("utf-8"), "sha256")
    return mac.hexdigest()


def csrf_token_valid(secret_key: str, binding: str, candidate: str | None) -> bool:
    if not candidate or not binding:
        return False
    # Bytes, not str: compare_digest refuses non-ASCII str, and the candidate is user input.
    expected = csrf_token(secret_key, binding).encode("ascii")
    return hmac.compare_digest(expected, candidate.encode("utf-8", "replace"))
