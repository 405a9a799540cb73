"""Small helpers that turn authored templates into sentences: placeholders, names, dates, seeds."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# When the client's name is unknown, drop it with the comma or space that introduced it.
_NAME_SLOT = re.compile(r"(,\s*|\s+)?\{name\}")


def fill(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{placeholders}``; a missing name disappears cleanly, other gaps become "…"."""
    if not values.get("name"):
        template = _NAME_SLOT.sub("", template)

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None or value == "":
            return "…"
        return str(value)

    text = _PLACEHOLDER.sub(replace, template)
    return capitalise_sentences(" ".join(text.split()))


def capitalise_sentences(text: str) -> str:
    """Capitalise the first letter of the text (and after ¿/¡), e.g. "your therapist suggested"."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
        if char not in "¿¡\"'“( ":
            break
    return text


def seed_for(*parts: object) -> int:
    """A stable seed (Python's hash() is salted per process, so it would not be deterministic)."""
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def first_sentence(text: str) -> str:
    match = re.match(r"\s*(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    return " ".join(sentence.lower().split())[:80]


def format_day(day: date, months: list[str], pattern: str) -> str:
    return pattern.replace("{day}", str(day.day)).replace("{month}", months[day.month - 1])
