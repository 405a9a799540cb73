"""What turns a thought into a plan (``rules/*/plans.py`` and the detector's combinations): a
high place or fast trains asked about beside distress, a place looked up then visited, a target's
movements known with a weapon in reach, affairs put in order, an abuser released and on the way,
a method question beside "I want to do it tonight" or a stock of means. Every sentence was
written for these tests, not taken from the corpus. Before the plans rules, four of the sixteen
risky messages and all three conversations read below high (the rest were already high through
other rules or the classifier, and are pinned so that stays true); each look-alike pins a guard."""

# ruff: noqa: E501 - test sentences read better unbroken

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation

HIGH_OR_WORSE = [
    # a place to fall from, asked about beside distress
    (
        "en",
        "i can't do this anymore. which multi-storey near the station can you still get onto the top of?",
    ),
    ("en", "everything's falling apart. are there any bridges round here without a fence?"),
    ("es", "ya no puedo más. en qué edificio del centro se puede subir a la azotea?"),
    ("es", "estoy harta de todo. hay algún puente por aquí sin valla?"),
    # trains through a station, asked about beside distress
    ("en", "i hate my life. which trains don't stop at the little station by my flat"),
    ("es", "no aguanto más, a qué hora pasan los trenes de mercancías por el paso a nivel"),
    # a place looked up, then visited
    ("en", "googled the tallest car park in the city and went up there last night, just to see"),
    ("es", "miré cuál es el viaducto más alto de la comarca y el domingo me acerqué"),
    # a target's movements known, something to strike with kept close
    (
        "en",
        "he laughed at me in front of everyone. i know what time he locks up and i've got a crowbar in the boot",
    ),
    ("es", "ese tío me arruinó. sé a qué hora sale del gimnasio y tengo el bate en el coche"),
    # affairs put in order for someone else
    ("es", "dejé apuntados los pines de las tarjetas para mi hijo y ordené todos los papeles"),
    # an abuser released and on the way
    ("en", "the man who assaulted me got out on parole and texted that he's coming to see me"),
    ("es", "mi ex, el que me pegaba, quedó libre ayer y me escribió que va a venir"),
    # a method question beside the act given a time, or a stock of means
    ("en", "i want to do it tonight. how many of my sleeping tablets would be enough"),
    ("es", "voy a hacerlo esta noche, cuántas pastillas de paracetamol hacen falta"),
    ("en", "how much insulin would stop a heart? i've got a drawer full of pens"),
]

CALM = [
    # the same questions with nobody in distress: ordinary
    (
        "en",
        "for my photography course: which car parks in town have a roof you can get onto for sunset shots?",
    ),
    ("en", "how do I get onto the roof of my house to clear the gutters?"),
    ("es", "a qué hora pasa el tren por la estación de mi pueblo? voy a buscar a mi abuela"),
    ("es", "fui al puente de Triana para ver el atardecer, qué bonito"),
    # passwords and papers for an ordinary reason
    ("en", "wrote down the wifi password for the babysitter"),
    ("es", "dejé las claves del wifi apuntadas para la canguro"),
    ("es", "ordené los papeles para la declaración de la renta, qué pereza"),
    ("es", "me di de baja del gimnasio porque me mudo a Valencia"),
    # a glut shared out
    ("en", "giving my tomato seedlings away to people at work, I grew way too many"),
    # someone known to be collected or surprised
    ("en", "I know what time he finishes training, I'll pick him up and we'll get pizza"),
    ("en", "I know when she gets off work and I've got the cake ready for the surprise party"),
    # "tonight" for homework
    ("en", "I need to do it tonight, the essay is due tomorrow"),
    ("es", "tengo insulina de sobra para el viaje"),
]


@pytest.mark.parametrize(("lang", "text"), HIGH_OR_WORSE)
def test_plans_read_high(lang: str, text: str) -> None:
    result = assess(text, locale=lang)
    assert result.level >= RiskLevel.HIGH, (text, result.notes)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_look_alikes_stay_below_moderate(lang: str, text: str) -> None:
    result = assess(text, locale=lang)
    assert result.level < RiskLevel.MODERATE, (text, result.notes)


def test_a_place_question_alone_is_evidence_but_no_risk() -> None:
    result = assess(
        "which buildings in the centre have a roof you can actually get onto?", locale="en"
    )
    assert result.level == RiskLevel.NONE
    assert any(e.rule == "en.plans.drop_access_question" for e in result.evidence)


def test_a_place_question_after_distress_is_method_seeking_high() -> None:
    levels = assess_conversation(
        [
            "she left me last week. nothing matters now",
            "random one for quiz night: which building in town has a roof you can get onto, and how high is it",
        ],
        locale="en",
    )
    assert levels[-1].level >= RiskLevel.HIGH
    assert "method-seeking" in levels[-1].categories


def test_the_act_given_a_time_makes_a_later_method_question_high() -> None:
    levels = assess_conversation(
        ["quiero hacerlo esta noche", "qué mezcla de pastillas es la más rápida?"], locale="es"
    )
    assert levels[-1].level >= RiskLevel.HIGH


def test_giving_things_to_people_after_veiled_ideation_is_high() -> None:
    levels = assess_conversation(
        [
            "can't sleep, just lie there going over everything",
            "pretty sure nobody would notice if i stopped showing up",
            "handed my records away to people at church today. one less thing for anyone to sort",
        ],
        locale="en",
    )
    assert levels[-1].level >= RiskLevel.HIGH


# Classes read from the retired fifteenth set's misses (written after its single run, unjudged):
# each sentence here is new, in wording unlike the cases that showed the class.
POST_FIFTEENTH_HIGH = [
    ("en", "how much of my warfarin would be deadly? got plenty. nothing is getting better anyway"),
    ("en", "sitting outside his flat again, there's a hammer under my seat. he ruined me"),
    ("en", "cycled up to the viaduct three evenings running just to look"),
    ("en", "did a dry run on saturday to see if i could go through with it, chickened out"),
    ("es", "hice una prueba anoche para ver si era capaz, me arrepentí en el último momento"),
]
POST_FIFTEENTH_CALM = [
    (
        "en",
        "which cleaning products are most toxic if my toddler swallows them? want to lock the right ones away",
    ),
    ("en", "did a dry run of my wedding speech, my sister cried lol"),
    ("en", "walked the dog over the viaduct to see the sunset"),
    ("es", "hice una prueba de la receta para la cena de navidad, salió buenísima"),
    ("en", "burned myself with the iron this morning, ouch"),
]


@pytest.mark.parametrize(("lang", "text"), POST_FIFTEENTH_HIGH)
def test_post_fifteenth_classes_read_high(lang: str, text: str) -> None:
    assert assess(text, locale=lang).level >= RiskLevel.HIGH


@pytest.mark.parametrize(("lang", "text"), POST_FIFTEENTH_CALM)
def test_post_fifteenth_look_alikes_stay_below_moderate(lang: str, text: str) -> None:
    assert assess(text, locale=lang).level < RiskLevel.MODERATE


def test_at_his_door_with_a_weapon_is_imminent() -> None:
    result = assess("estoy esperando delante de la casa de mi cuñado con el machete", locale="es")
    assert result.level == RiskLevel.IMMINENT


def test_a_toxicity_question_after_being_disowned_is_high() -> None:
    levels = assess_conversation(
        [
            "my dad says he'll disown me if I fail again",
            "random q for a project: which pills are the most lethal if you swallow them",
        ],
        locale="en",
    )
    assert levels[-1].level >= RiskLevel.HIGH


def test_a_lighter_on_the_skin_is_self_harm_not_a_kitchen_accident() -> None:
    assert (
        assess("burned my arm with a lighter again tonight", locale="en").level
        >= RiskLevel.MODERATE
    )


def test_reckless_speed_with_a_protective_belief_is_imminent() -> None:
    text = "clocking 150 on the ring road with my eyes shut, nothing can hurt me"
    assert assess(text, locale="en").level == RiskLevel.IMMINENT
