"""Spanish screening rules and context modifiers (patterns run on normalised text: no accents).

The rule tables live in one module each (same file names as the English package); ``RULES``
joins them in a fixed order (the detector's evidence order depends on it) and ``MODIFIERS``
comes from ``modifiers.py``.
"""

from __future__ import annotations

from tandem.safety.rules import Rule, make_rules
from tandem.safety.rules.es.body import _CUERPO
from tandem.safety.rules.es.broad import _AMPLIAS
from tandem.safety.rules.es.escalation import _ESCALADA
from tandem.safety.rules.es.first_person import _SELF
from tandem.safety.rules.es.general import _GENERALES
from tandem.safety.rules.es.generalise import _GENERALIZA, _GENERALIZA_TERCEROS
from tandem.safety.rules.es.generalise2 import _GENERALIZA2, _GENERALIZA2_TERCEROS
from tandem.safety.rules.es.generalise3 import _GENERALIZA3, _GENERALIZA3_TERCEROS
from tandem.safety.rules.es.generalise4 import _GENERALIZA4, _GENERALIZA4_TERCEROS
from tandem.safety.rules.es.lexicon import AGRESOR, ARMA, DIAS, MEDIOS, MORIR_YO, OTRA_PERSONA
from tandem.safety.rules.es.method import _METHOD
from tandem.safety.rules.es.modifiers import MODIFIERS
from tandem.safety.rules.es.others import _OTHERS, _THIRD
from tandem.safety.rules.es.plans import _PLANES
from tandem.safety.rules.es.signs import _SENALES, _SENALES_TERCEROS
from tandem.safety.rules.es.situations import _SITUACIONES, _SITUACIONES_TERCEROS

RULES: tuple[Rule, ...] = tuple(
    make_rules(
        "es",
        _SELF
        + _METHOD
        + _OTHERS
        + _AMPLIAS
        + _GENERALES
        + _SENALES
        + _GENERALIZA
        + _GENERALIZA2
        + _GENERALIZA3
        + _GENERALIZA4
        + _ESCALADA
        + _PLANES
        + _CUERPO
        + _SITUACIONES,
    )
    + make_rules(
        "es",
        _THIRD
        + _SENALES_TERCEROS
        + _GENERALIZA_TERCEROS
        + _GENERALIZA2_TERCEROS
        + _GENERALIZA3_TERCEROS
        + _GENERALIZA4_TERCEROS
        + _SITUACIONES_TERCEROS,
        third_party=True,
    )
)

__all__ = [
    "AGRESOR",
    "ARMA",
    "DIAS",
    "MEDIOS",
    "MODIFIERS",
    "MORIR_YO",
    "OTRA_PERSONA",
    "RULES",
]
