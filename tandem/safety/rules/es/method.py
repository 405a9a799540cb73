"""Spanish method-seeking rules: asking for a method, amount, depth or place."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind

_METHOD: list[tuple[str, str, str, Kind, str]] = [
    (
        "metodo.cantidad",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:cuant[oa]s?|que cantidad)\b[^?.!]{0,70}\b(?:mortal|letal|para (?:morir|no despertar|"
        r"matar|una persona)|hacen falta para no|haria falta para que|no despierte|matarte|para "
        r"matar)\b|\b(?:dosis|cantidad) (?:letal|mortal)\b|\bque (?:pastillas|medicamentos) son (?:las"
        r" |los )?mas peligros\w+\b|\bcon que medicamentos\b[^?.!]{0,30}\bsobredosis\b|\bpuede "
        r"matarte\b[^?.!]{0,20}\bcuant\w+\b|\bque pasa si me tomo todas\b|\bmezclar\b[^.!?]{0,50}\b(?:puede|pueden|podria) "
        r"matar\w*|\b(?:necesita|hace falta|hacen falta)\b[^?.!]{0,40}\bpara no despertar\b",
    ),
    (
        "metodo.forma",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:forma|manera|modo)s? (?:(?:mas|menos) \w+ )?(?:de|para) (?:morir|matarme|suicidarme|"
        r"quitarme la vida|matarse)\b|\b(?:forma|manera) que menos duele\b|\bque menos duele\b|\bque "
        r"se siente al (?:ahorcarse|ahogarse|morir)\b",
    ),
    (
        "metodo.altura",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:puente|edificio|azotea|piso)s?\b[^?.!]{0,40}\b(?:mas alto|imposible sobrevivir|"
        r"sobrevivir a una caida|mortal)\b|\bdesde que (?:puente|altura|piso)\b(?![^\n]{0,60}\b(?:es "
        r"seguro|clavad\w*|con el club|paracaid\w*|bungee|puenting|para (?:nadar|bucear)))|\b(?:cual|donde|que) (?:es |esta |son )?(?:el|la|los|"
        r"las)? ?(?:puente|edificio|torre|acantilado|azotea|mirador)s? mas alt[oa]s? de\b",
    ),
    (
        "metodo.corte",
        "method-seeking",
        "moderate",
        "method",
        r"\bdonde se corta\b|\bque tan (?:hondo|profundo)\b|\bpara que sangre mas\b",
    ),
    (
        # Con qué se sobredosifica más la gente: una pregunta de método sin "la mejor forma".
        "metodo.sobredosis_comun",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:que|cual|con que)\b[^?.!\n]{0,50}\b(?:mas comun|mas tipico|mas facil|suele|se suele|"
        r"normalmente|mas usad\w*)\b[^?.!\n]{0,40}\b(?:sobredosi\w+|sobredosis)\b|\b(?:sobredosi\w+|"
        r"sobredosis)\b[^?.!\n]{0,30}\b(?:mas comun|mas tipic\w+|mas frecuente)\b",
    ),
    (
        # Un gas tóxico y cuánto hace falta para un cuarto pequeño: método con dosis y lugar.
        "metodo.gas_toxico",
        "method-seeking",
        "moderate",
        "method",
        r"\bgas(?:es)? (?:toxic\w*|venenos\w*|mortal\w*|letal\w*)\b[^?.!\n]{0,60}\b(?:cuant[oa]|"
        r"haria falta|hace falta|se necesita|necesitaria|suficiente|(?:cuarto|habitacion|bano|coche|"
        r"carro) (?:pequen\w+|cerrad\w+|chic\w+)|llenar)\b|\bcuant[oa]\b[^?.!\n]{0,60}\bgas(?:es)? "
        r"(?:toxic\w*|venenos\w*|mortal\w*|letal\w*)\b",
    ),
    (
        # Cuánta sangre o cuánto de algo antes de morir o de dañar un órgano: letalidad.
        "metodo.perdida_antes_de_morir",
        "method-seeking",
        "moderate",
        "method",
        r"\bcuant[oa]s? (?:sangre|\w+) (?:puede|podria|se puede) (?:perder|tomar|beber|tragar)\b"
        r"[^?.!\n]{0,25}\b(?:antes de (?:morir|desmayarse|que sea mortal)|sin morir)\b|\bcuant[oa]s?\b"
        r"[^?.!\n]{0,40}\bpara (?:reventar|destrozar|danar|romper|joder)(?:me|le|te)? (?:los rinones|el "
        r"higado|el corazon|el estomago)\b",
    ),
]
