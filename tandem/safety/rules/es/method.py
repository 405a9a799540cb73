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
]
