"""English rules for the body in danger through eating: intake cut to almost nothing, told as a
day's menu or as days without food. Low alone (a busy day is told the same way); moderate when
the message shows the restriction is wanted or hidden ("going well", "nobody notices").

A faint, chest pain or a weak pulse later in the same conversation makes it a medical emergency
(``detector._in_context``, with the shared ``COLLAPSE`` lexicon).
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words
from tandem.safety.rules.en.lexicon import DAYS

_FEW = r"(?:\d+|two|three|four|five|six|seven|several|a few|a couple of)"
# What says the restriction is wanted, counted or hidden.
_WANTED = words(
    r"going well",
    r"proud",
    r"feel (?:so )?(?:light|clean|good|in control)",
    r"lost \d+",
    r"goal",
    r"nobody (?:notices|knows|has noticed)",
    r"no one (?:notices|knows|has noticed)",
    r"hide|hiding|hid",
    r"throw (?:it|my lunch|my dinner|it all) away",
    r"bin(?:ned)? (?:it|my lunch)",
    r"too fat",
    r"so fat",
    r"deserve (?:it|to eat)",
    r"empty stomach",
)
_EATEN_LITTLE = (
    r"\b(?:haven'?t|have not|not|didn'?t) (?:eaten|eat|had (?:any )?(?:food|a meal|anything to eat))\b[^.!?\n]{0,15}\b"
    r"(?:since (?:"
    + DAYS
    + r"|yesterday morning|the weekend|last \w+)|in (?:"
    + _FEW
    + r") days|for (?:"
    + _FEW
    + r") days)\b"
    r"|\b(?:only|just) (?:eaten|had|eating|having|ate) (?:an? |one |half an? |some )?(?:apple|banana|coffee|black "
    r"coffee|diet coke|rice cake|cracker|orange|yoghurt|yogurt|piece of fruit|carrot|tea)s? (?:today|all day|a day|each "
    r"day|per day|since (?:" + DAYS + r"|yesterday))\b"
    r"|\bone (?:apple|meal|piece of fruit|yoghurt|yogurt) (?:a day|every (?:two|three|2|3|other) days)\b"
)

_BODY: list[tuple[str, str, str, Kind, str]] = [
    (
        # Intake cut to almost nothing, without a sign it is wanted: a check-in.
        "body.eating_little",
        "eating",
        "low",
        "distress",
        _EATEN_LITTLE,
    ),
    (
        # The same, wanted or hidden: a restrictive eating disorder (guide: moderate).
        "body.restriction_wanted",
        "eating",
        "moderate",
        "expression",
        r"(?:" + _EATEN_LITTLE + r")[^\n]{0,60}\b" + _WANTED + r"\b",
    ),
]
