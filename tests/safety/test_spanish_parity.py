"""Spanish parity with English on plain first-person acts and mania signs, by class.

The English rules read "cut myself again", "took all the sleeping pills I had" and "two hours'
sleep and buzzing" as they should; the Spanish rules missed the same classes when told in the
perfect tense, with "volver a" / "acabar de", with the clitic after the verb ("hacerme daño",
"tomarme"), or as a pair of mania signs. Every probe here was written for this file (none is a
corpus or training line); each risk probe must be read by a Spanish rule of its category, and
each look-alike of the same class must stay below moderate.
"""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess_conversation

# Self-harm done lately, again or on purpose: moderate, self-harm.
SELF_HARM = [
    "me he vuelto a hacer cortes esta semana",
    "me he cortado otra vez, en los muslos",
    "me hice unos cortes en la muñeca el finde",
    "he vuelto a hacerme daño, perdón",
    "he vuelto a autolesionarme",
    "la neta me volví a rajar los brazos anoche",
    "me he quemado el brazo con el encendedor otra vez",
    "me rasqué hasta sangrar otra vez, no puedo parar",
    "anoche me lastimé a propósito otra vez, no sé por qué lo hago",
]

# An overdose already taken, in the perfect tense, with "acabar de" + enclitic, or as a clitic.
OVERDOSE = [
    "acabo de tomarme toda la caja de paracetamol",
    "me he tomado todos los antidepresivos que me quedaban",
    "me las tomé todas, las del insomnio",
    "me he tomado 3 cajas de paracetamol",
]

# Mania without immediate danger: little sleep with energy, reckless spending said with
# euphoria, a world-changing idea with a rash act, a mood stabiliser dropped.
MANIA = [
    "llevo tres noches durmiendo una hora y tengo más energía que nunca",
    "he dormido 2 horas en dos días y me siento increíble",
    "dormí una hora y estoy fresca como una rosa, a tope de energía",
    "llevo 4 días sin apenas dormir pintando la casa, estoy eufórica",
    "ayer me gasté 2000 euros en ropa que no necesito pero da igual, los recupero",
    "pedí tres préstamos para mi negocio, va a ser enorme",
    "saqué dos créditos para montar mi empresa, me haré millonario",
    "voy a dejar el trabajo mañana para dedicarme a mi invento que me hará rico",
    "dejé el litio porque no me hace falta, me siento genial",
]

# Mild hypomania signs: three to five hours' sleep with energy, a grand idea on its own, racing
# thoughts. At least low, mania.
MANIA_MILD = [
    "llevo una semana durmiendo tres horas y no estoy nada cansado",
    "tengo una app que va a cambiar el mundo",
    "se me ocurren mil ideas por minuto y no puedo pararlas",
    "mis pensamientos van tan rápido que no me da tiempo a escribirlos",
]

# The same signs over a conversation: the episode is at least moderate, mania.
MANIA_TURNS = [
    (
        "estoy durmiendo 2 horas por noche y me siento imparable",
        "me he gastado todo el sueldo en una semana",
        "tengo un plan para salvar el mundo",
    ),
]

# Look-alikes the old rules read as self-harm or an overdose (hair, nails, a kitchen, a knock
# against furniture, a sports injury, the sun, a prescribed syrup): below moderate now, and no
# longer read by a rule of the class at all.
BENIGN_FIXED = [
    "ayer me corté el pelo muy corto",
    "me volví a cortar el flequillo yo sola, desastre",
    "me corté las uñas",
    "me corté con el cuchillo pelando patatas",
    "me golpeé la rodilla con la mesa, qué dolor",
    "me hice daño en la espalda en el gimnasio",
    "me hice daño en el tobillo jugando al fútbol",
    "me quemé al sol en la playa",
    "me quemé con aceite friendo huevos",
    "me tomé todo el jarabe que me recetaron",
]

# Look-alikes of the new classes (guards: the old rules did not read them either, and the new
# ones must not start to): bites scratched, brambles, a resolved or denied past, food, a course
# of medicine, a baby or a flight keeping one up, ordinary spending, someone else's big idea,
# lithium stopped on medical advice.
BENIGN_GUARDS = [
    "me rasqué las picaduras hasta sangrar, qué asco",
    "me hice cortes con las zarzas en el campo",
    "no me he vuelto a cortar, sigo bien",
    "hace años me cortaba pero ya lo superé, llevo 8 años bien",
    "me he tomado un puñado de almendras",
    "me he tomado todas las vitaminas de la semana",
    "me tomé las pastillas del antibiótico, ya terminé el tratamiento",
    "no dormí nada por el bebé pero hoy estoy genial",
    "dormí 4 horas por el vuelo y aun así me siento bien",
    "no duermo bien por el calor",
    "me gasté 1.500 euros en el viaje de novios y mereció la pena",
    "me gasté todo el aguinaldo en regalos de navidad",
    "pagué el viaje con la tarjeta y lo devuelvo en cuotas",
    "mi jefe dice que esta idea va a cambiar el mundo, lo dudo",
    "dejé el litio por el embarazo, me lo dijo el psiquiatra",
    "tengo tantas ideas para la boda que no paro",
]


def _read(turns: tuple[str, ...]) -> tuple[RiskLevel, tuple[str, ...], set[tuple[str, str]]]:
    results = assess_conversation(list(turns), locale="es")
    rules = {(e.rule, e.category) for r in results for e in r.evidence}
    return results[-1].level, results[-1].categories, rules


def _spanish_rule_for(rules: set[tuple[str, str]], category: str) -> bool:
    return any(rule.startswith("es.") and cat == category for rule, cat in rules)


@pytest.mark.parametrize("text", SELF_HARM)
def test_spanish_recent_self_harm_is_moderate(text: str) -> None:
    level, categories, rules = _read((text,))
    assert level >= RiskLevel.MODERATE, (text, level, rules)
    assert "self-harm" in categories
    assert _spanish_rule_for(rules, "self-harm"), rules


@pytest.mark.parametrize("text", OVERDOSE)
def test_spanish_overdose_taken_is_imminent(text: str) -> None:
    level, categories, rules = _read((text,))
    assert level == RiskLevel.IMMINENT, (text, level, rules)
    assert "ideation" in categories
    assert ("es.ideacion.sobredosis_clase", "ideation") in rules


@pytest.mark.parametrize("text", MANIA)
def test_spanish_mania_signs_are_moderate(text: str) -> None:
    level, categories, rules = _read((text,))
    assert level == RiskLevel.MODERATE, (text, level, rules)
    assert "mania" in categories
    assert _spanish_rule_for(rules, "mania"), rules


@pytest.mark.parametrize("text", MANIA_MILD)
def test_spanish_mild_mania_signs_are_low(text: str) -> None:
    level, categories, rules = _read((text,))
    assert level >= RiskLevel.LOW, (text, level, rules)
    assert "mania" in categories
    assert _spanish_rule_for(rules, "mania"), rules


@pytest.mark.parametrize("turns", MANIA_TURNS)
def test_spanish_mania_over_turns_is_moderate(turns: tuple[str, ...]) -> None:
    level, categories, rules = _read(turns)
    assert level >= RiskLevel.MODERATE, (turns, level, rules)
    assert "mania" in categories
    assert _spanish_rule_for(rules, "mania"), rules


@pytest.mark.parametrize("text", BENIGN_FIXED + BENIGN_GUARDS)
def test_spanish_look_alikes_stay_below_moderate(text: str) -> None:
    level, _, rules = _read((text,))
    assert level < RiskLevel.MODERATE, (text, level, rules)
    # Not merely overruled by the classifier afterwards: no rule of the class reads it.
    for category in ("self-harm", "ideation", "mania"):
        assert not _spanish_rule_for(rules, category), (text, rules)
