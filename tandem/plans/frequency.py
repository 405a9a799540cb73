"""How often a technique should be practised, read from the clinician's short wording.

Clinicians write frequencies the way they say them ("daily", "3x week", "twice a day",
"every evening", "as needed"). Adherence needs a number, so the wording is parsed here into
practices per week; wording that names no count ("as needed") is valid but sets no expectation.
Wording we cannot read is rejected at input with examples, rather than silently not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FREQUENCY_EXAMPLES = (
    "daily",
    "twice a day",
    "3x week",
    "5 times a week",
    "weekly",
    "every evening",
    "as needed",
)

_NUMBER_WORDS = {
    "once": 1,
    "one": 1,
    "twice": 2,
    "two": 2,
    "three": 3,
    "thrice": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "una": 1,
    "un": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
}
_DAY = r"(?:day|d|dia|día)"
_WEEK = r"(?:week|wk|w|semana)"
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_TIMES = r"\s*(?:x|times|time|veces|vez)?\s*"
_PER = r"\s*(?:a|an|per|/|each|every|por|al|a la|cada)?\s*"

_AS_NEEDED = re.compile(
    r"^(?:as needed|when needed|if needed|prn|as required|when useful|cuando (?:lo )?necesites?"
    r"|seg[uú]n necesidad)$"
)
_DAILY = re.compile(
    r"^(?:daily|every ?day|each day|every (?:morning|evening|night|afternoon)|nightly"
    r"|each (?:morning|evening|night)|diario|a diario|diariamente|cada d[ií]a|todos los d[ií]as"
    r"|cada (?:mañana|noche|tarde))$"
)
_WEEKLY = re.compile(r"^(?:weekly|every week|each week|semanal|semanalmente|cada semana)$")
_PER_DAY = re.compile(r"^" + _COUNT + _TIMES + _PER + _DAY + r"$")
_PER_WEEK = re.compile(r"^" + _COUNT + _TIMES + _PER + _WEEK + r"$")
_EVERY_N_DAYS = re.compile(
    r"^(?:every|cada) (?P<count>\d{1,2}|two|three|dos|tres) (?:days|d[ií]as)$"
)


@dataclass(frozen=True)
class Frequency:
    """Practices expected per week; None when the wording sets no expectation ("as needed")."""

    per_week: float | None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def parse_frequency(text: str) -> Frequency | None:
    """The frequency this wording means, or None when it cannot be read."""
    wording = " ".join(text.strip().lower().rstrip(".").split())
    if not wording:
        return None
    if _AS_NEEDED.match(wording):
        return Frequency(per_week=None)
    if _DAILY.match(wording):
        return Frequency(per_week=7.0)
    if _WEEKLY.match(wording):
        return Frequency(per_week=1.0)
    if wording in ("weekdays", "every weekday", "on weekdays"):
        return Frequency(per_week=5.0)
    match = _PER_DAY.match(wording)
    if match:
        count = _count(match.group("count"))
        return Frequency(per_week=7.0 * count) if 1 <= count <= 12 else None
    match = _PER_WEEK.match(wording)
    if match:
        count = _count(match.group("count"))
        return Frequency(per_week=float(count)) if 1 <= count <= 50 else None
    match = _EVERY_N_DAYS.match(wording)
    if match:
        days = _count(match.group("count"))
        return Frequency(per_week=7.0 / days) if days >= 1 else None
    return None
