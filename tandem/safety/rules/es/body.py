"""Spanish rules for the body in danger through eating (the twins of ``en/body.py``): intake cut
to almost nothing, told as a day's menu or as days without food; low alone, moderate when the
message shows the restriction is wanted or hidden. Patterns run on normalised text.
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words
from tandem.safety.rules.es.lexicon import DIAS

_POCOS = r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|varios|unos)"
_QUERIDO = words(
    r"contenta?",
    r"contento",
    r"orgullos[oa]",
    r"me siento (?:bien|ligera?|ligero|limpi[oa]|en control)",
    r"baje \d+",
    r"perdi \d+",
    r"meta",
    r"nadie (?:se da cuenta|lo nota|sabe)",
    r"(?:mi )?(?:mama|madre|papa|padre|familia) (?:piensa|cree) que como",
    r"escondo|escondi|tiro|tire",
    r"gorda|gordo",
    r"estomago vacio",
)
_COMI_POCO = (
    r"\b(?:comiendo|como|comi|he comido|me como|tomo|tome|he tomado) (?:solo |solamente |nada mas |apenas )?"
    r"(?:una?|un poco de|media|medio) (?:\w+ ){0,2}(?:al dia|por dia|en todo el dia)\b"
    r"|\b(?:hoy|ayer) (?:solo )?(?:comi|he comido|tome|he tomado) (?:solo|solamente|nada mas) (?:una?|un poco de) \w+\b"
    r"|\bno (?:he comido|como|comi|pruebo bocado) (?:nada )?(?:desde (?:el "
    + DIAS
    + r"|antes de ayer|hace "
    + _POCOS
    + r" dias)|en "
    + _POCOS
    + r" dias)\b"
)

_CUERPO: list[tuple[str, str, str, Kind, str]] = [
    (
        # Ingesta casi nula, sin señal de que se busque: un chequeo.
        "cuerpo.come_poco",
        "eating",
        "low",
        "distress",
        _COMI_POCO,
    ),
    (
        # Lo mismo, buscado o escondido: un trastorno alimentario restrictivo (guía: moderado).
        "cuerpo.restriccion_buscada",
        "eating",
        "moderate",
        "expression",
        r"(?:" + _COMI_POCO + r")[^\n]{0,60}\b" + _QUERIDO + r"\b"
        r"|\b(?:escondo|escondi|tiro|tire) (?:la comida|el almuerzo|la merienda|la cena|el desayuno)\b",
    ),
]
