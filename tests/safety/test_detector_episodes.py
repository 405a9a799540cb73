# ruff: noqa: E501 - test sentences read better unbroken
"""Conversations whose last step or ordinary ending only the earlier turns explain. Every
sentence was written for these tests (not taken from the corpus or training files)."""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation


@pytest.mark.parametrize(
    ("lang", "turns"),
    [
        # where the body is now, after despair said plainly
        (
            "en",
            [
                "honestly I can't go on like this",
                "drove up to the quarry",
                "I'm right at the edge now",
            ],
        ),
        (
            "es",
            [
                "ya no puedo más",
                "cogí el coche sin decir nada",
                "estoy al borde, aquí arriba hace frío",
            ],
        ),
        # the car in the garage, after weeks of dread
        (
            "en",
            ["I'm so done with everything", "wrote to the people who matter", "the engine's on"],
        ),
    ],
)
def test_the_last_step_after_despair_is_at_least_high(lang: str, turns: list[str]) -> None:
    assert assess_conversation(turns, locale=lang)[-1].level >= RiskLevel.HIGH


def test_the_last_step_in_a_high_episode_is_imminent() -> None:
    turns = [
        "I've decided, tonight's the night, the pills are saved up",
        "drove out to the reservoir so nobody finds me",
        "I'm right at the edge now",
    ]
    assert assess_conversation(turns, locale="en")[-1].level == RiskLevel.IMMINENT


def test_an_idiom_of_the_edge_is_not_a_place() -> None:
    levels = assess_conversation(
        ["estoy agotada de todo", "estoy al borde de un ataque de nervios con los exámenes"],
        locale="es",
    )
    assert levels[-1].level < RiskLevel.HIGH


@pytest.mark.parametrize(
    ("lang", "turns"),
    [
        # discharged from therapy: a goodbye to the app is an agreed ending
        (
            "en",
            [
                "my therapist signed me off last week, we agreed I'm ready",
                "so this is probably my last time on here",
                "thank you for everything, you got me through some dark nights. goodbye!",
            ],
        ),
        (
            "es",
            [
                "me han dado el alta de la terapia, estoy muy contenta",
                "creo que ya no voy a usar mucho la app",
                "gracias por todo, me acompañaste en los peores días. hasta siempre!",
            ],
        ),
        # things given away before a contract abroad
        (
            "es",
            [
                "estoy regalando casi todo lo del piso",
                "el sofá a mi hermana y la bici a un compañero",
                "me voy a Lisboa con un contrato de tres años!",
            ],
        ),
    ],
)
def test_ordinary_endings_stay_below_high(lang: str, turns: list[str]) -> None:
    assert assess_conversation(turns, locale=lang)[-1].level < RiskLevel.HIGH


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "el lunes tengo el parcial de física y me voy a morir, no he estudiado nada"),
        (
            "es",
            "las pastillas de mi padre las tengo bajo llave, ¿me recomiendas un pastillero con alarma?",
        ),
        ("es", "hace 5 años que no lo hago, hoy solo me acordé al ver una peli"),
        ("es", "mi hijo escucha canciones que dicen 'me quiero morir', ¿debería preocuparme?"),
        ("en", "my flatmate keeps singing 'I want to die in your arms' off key, send help"),
        ("en", "what's the safest route up Snowdon? people fall off the ridge every winter"),
    ],
)
def test_frames_keep_look_alikes_below_moderate(lang: str, text: str) -> None:
    assert assess(text, locale=lang).level < RiskLevel.MODERATE


@pytest.mark.parametrize(
    ("lang", "turns"),
    [
        # the condition named earlier has come true
        (
            "es",
            [
                "ya lo tengo decidido, lo que necesito está en el armario",
                "esperaré a que mis padres se duerman",
                "ya se han dormido",
            ],
        ),
        (
            "en",
            [
                "I've made up my mind, the tablets are in my bag",
                "just waiting till my flatmate goes out",
                "she's gone out now",
            ],
        ),
        # first-person signs after something swallowed, in a high episode
        (
            "es",
            [
                "me echaron del trabajo y no puedo más",
                "me tomé las pastillas de mi tía con whisky para no pensar",
                "respiro muy despacio y veo doble",
            ],
        ),
    ],
)
def test_the_moment_arriving_or_signs_after_an_ingestion_are_imminent(
    lang: str, turns: list[str]
) -> None:
    assert assess_conversation(turns, locale=lang)[-1].level == RiskLevel.IMMINENT


def test_someone_else_moving_out_is_a_loss_but_their_move_abroad_is_a_departure() -> None:
    from tandem.safety.rules.en import MODIFIERS

    assert MODIFIERS.departure.search("my partner's moved out and i can't cope") is None
    assert MODIFIERS.departure.search("said bye to my colleague, she's moving to dubai") is not None


@pytest.mark.parametrize(
    ("lang", "turns"),
    [
        ("en", ["did it again, cut my leg", "there's a lot of blood on the towel and I'm woozy"]),
        (
            "es",
            ["me volví a cortar el brazo", "el suelo está lleno de sangre y se me nubla la vista"],
        ),
        # a medicine cabinet emptied, then the signs
        (
            "en",
            [
                "huge fight with my dad. I've decided, tonight I end it",
                "went through the bathroom cabinet after",
                "I keep being sick and my ears are ringing",
            ],
        ),
    ],
)
def test_signs_after_self_harm_or_an_emptied_cabinet_are_imminent(
    lang: str, turns: list[str]
) -> None:
    assert assess_conversation(turns, locale=lang)[-1].level == RiskLevel.IMMINENT


def test_a_shallow_cut_is_self_harm_not_an_emergency() -> None:
    result = assess("cut myself last night, not deep, cleaned it up", locale="en")
    assert result.level == RiskLevel.MODERATE
