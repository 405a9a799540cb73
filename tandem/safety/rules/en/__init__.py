"""English screening rules and context modifiers (patterns run on normalised text).

The rule tables live in one module each; ``RULES`` joins them in a fixed order (the detector's
evidence order depends on it) and ``MODIFIERS`` comes from ``modifiers.py``.
"""

from __future__ import annotations

from tandem.safety.rules import Rule, make_rules
from tandem.safety.rules.en.body import _BODY
from tandem.safety.rules.en.broad import _BROAD
from tandem.safety.rules.en.escalation import _ESCALATION
from tandem.safety.rules.en.first_person import _SELF
from tandem.safety.rules.en.general import _GENERAL
from tandem.safety.rules.en.generalise import _GENERALISE, _GENERALISE_THIRD
from tandem.safety.rules.en.generalise2 import _GENERALISE2, _GENERALISE2_THIRD
from tandem.safety.rules.en.generalise3 import _GENERALISE3
from tandem.safety.rules.en.generalise4 import _GENERALISE4, _GENERALISE4_THIRD
from tandem.safety.rules.en.lexicon import (
    ABUSER,
    DAYS,
    HIGH_PLACES,
    MEANS,
    OTHER_PERSON,
    QUANTITY,
    SELF_DEATH,
    WEAPON,
)
from tandem.safety.rules.en.method import _METHOD
from tandem.safety.rules.en.modifiers import MODIFIERS
from tandem.safety.rules.en.others import _OTHERS, _OTHERS_EXTRA, _THIRD
from tandem.safety.rules.en.plans import _PLANS
from tandem.safety.rules.en.signs import _SIGNS, _SIGNS_THIRD
from tandem.safety.rules.en.situations import _SITUATIONS, _SITUATIONS_THIRD

RULES: tuple[Rule, ...] = tuple(
    make_rules(
        "en",
        _SELF
        + _METHOD
        + _OTHERS
        + _OTHERS_EXTRA
        + _BROAD
        + _GENERAL
        + _SIGNS
        + _GENERALISE
        + _GENERALISE2
        + _GENERALISE3
        + _GENERALISE4
        + _ESCALATION
        + _PLANS
        + _BODY
        + _SITUATIONS,
    )
    + make_rules(
        "en",
        _THIRD
        + _SIGNS_THIRD
        + _GENERALISE_THIRD
        + _GENERALISE2_THIRD
        + _GENERALISE4_THIRD
        + _SITUATIONS_THIRD,
        third_party=True,
    )
)

__all__ = [
    "ABUSER",
    "DAYS",
    "HIGH_PLACES",
    "MEANS",
    "MODIFIERS",
    "OTHER_PERSON",
    "QUANTITY",
    "RULES",
    "SELF_DEATH",
    "WEAPON",
]
