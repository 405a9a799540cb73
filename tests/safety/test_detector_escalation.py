"""What turns distress into a crisis, in one message or across turns: an act under way sent with
a goodbye, a method chosen, means beside "the easiest way out", pills swallowed with alcohol and
symptoms starting, a dangerous act resting on a delusion, an abuser on the way, method questions
after distress, and means named earlier then taken. Each has look-alikes that must stay calm.
Every sentence was written for these tests (none is a corpus line)."""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation

IMMINENT = [
    ("en", "i'm doing it right now. goodbye, i love you all"),
    ("en", "sorry for everything. im doing it now"),
    ("es", "ya lo estoy haciendo, perdónenme"),
    ("es", "adiós mamá, lo hago ahora mismo"),
    ("es", "y4 l0 3st0y h4c13nd0, 4d10s"),  # leetspeak reads as spelled out
    ("en", "necked all the tablets with half a bottle of gin and now the room's spinning"),
    ("es", "me he tomado todas las pastillas con ron y lo veo todo doble"),
    ("es", "me tomé el frasco de diazepam entero hace media hora"),
    # very low blood sugar with symptoms, alone
    ("en", "bs is 38 and i'm sweating buckets and confused, nobody's home"),
    ("es", "tengo la glucosa en 40, estoy temblando y sola en casa"),
    # a wave at a bridge, now
    ("en", "👋🌉 rn"),
    # a wound that keeps bleeding, someone found unconscious, pills and then "several"
    ("en", "the cut on my thigh won't stop bleeding, soaked two towels"),
    ("es", "el corte de la muñeca no deja de sangrar"),
    ("en", "found my flatmate unresponsive on the bathroom floor"),
    ("es", "lo encontraron en su cuarto, está inconsciente"),
    ("es", "anoche me tomé unas pastillas de mi madre, muchas"),
]
HIGH_OR_WORSE = [
    ("en", "i've decided how i'll do it and i've got enough saved in the drawer"),
    ("es", "ya tengo claro con qué lo haría y lo tengo en el armario"),
    ("en", "we keep paraquat in the barn and lately it seems like the only way out"),
    ("es", "en el garaje hay matarratas y cada día pienso que sería la única salida"),
    ("en", "going to walk across the motorway tonight, nothing can hurt me now"),
    ("es", "voy a cruzar la carretera con los ojos cerrados, dios me protege"),
    ("en", "my life is pointless. what do people usually overdose on"),
    ("es", "ya no aguanto más, ¿qué gas tóxico haría falta para un baño cerrado?"),
    # affairs put in order beside weariness
    ("en", "paid for my own funeral last week and gave the cat to my niece. i've had enough now"),
    # someone else's goodbye on social media, then silence
    ("en", "my cousin put 'sorry for everything' on her insta story and she isn't answering"),
    ("es", "mi amigo publicó 'los quiero, perdón por todo' y ahora tiene el móvil apagado"),
    # a lethality question beside distress
    ("en", "i hate my life. how much blood can a person lose before they pass out"),
    ("es", "estoy harta de todo. cuánto paracetamol hace falta para destrozar el hígado"),
    # a lethal dose looked up beside despair the lexicon now knows
    ("es", "miré qué cantidad de mis pastillas es letal y la apunté, todo es una mierda"),
    # a farewell visit the other person does not know is one
    ("en", "took mum for lunch today. she doesn't know it's the last time"),
    ("es", "fui a comer con mi padre, no sabe que es la última vez"),
    # a hanging place and a day, laughed off and then taken back
    ("es", "el sábado me ahorco en el trastero jaja, bueno no sé"),
    # things given away "because I won't need them", after which nothing is resolved
    (
        "es",
        "le regalé mis libros y la consola a mi primo, ya no me hacen falta. nada tiene sentido",
    ),
]
CALM = [
    # a task agreed to, a goodbye that promises a return
    ("en", "ok doing it now bye"),
    ("en", "i'm doing it right now, bye! talk later"),
    ("es", "lo estoy haciendo ahora, luego te cuento, adiós"),
    # what I'd use for a recipe, how I'd do it differently
    ("en", "i know exactly what i'd use for the icing"),
    ("es", "ya sé qué usaría para la tarta de mi madre"),
    # a pill for a headache, a drink with dinner, a side effect
    ("en", "took my pills with a glass of wine at dinner, slightly dizzy but fine"),
    ("es", "me tomé las pastillas de la presión con la cena"),
    # a safety question about cleaning products
    ("en", "is it true bleach and vinegar make a toxic gas? i want to clean safely"),
    ("es", "¿es verdad que la lejía con amoniaco hace un gas tóxico? para no hacerlo"),
    # a partner on the way home, nothing else
    ("en", "he's on his way home with pizza, movie night"),
    ("es", "mi marido viene de camino con la cena"),
    # a pre-paid funeral told as prudence, a sugar reading after it was treated
    ("en", "we sorted out our funeral plans years ago so the kids won't have to"),
    ("en", "my sugar was 45 before breakfast, had juice and it's fine now"),
    # the last visit to a shop, hanging up the phone, lending notes
    ("es", "no saben que es la última vez que compro en esa tienda"),
    ("es", "me cuelgo del teléfono con mi hermana horas"),
    ("es", "le pasé mis apuntes a mi amiga para el examen"),
    # a nosebleed
    ("en", "my nose is still bleeding through the tissue, third one today"),
]


@pytest.mark.parametrize(("locale", "text"), IMMINENT)
def test_acts_under_way_are_imminent(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level == RiskLevel.IMMINENT


@pytest.mark.parametrize(("locale", "text"), HIGH_OR_WORSE)
def test_plans_means_and_method_with_distress_are_high(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level >= RiskLevel.HIGH


@pytest.mark.parametrize(("locale", "text"), CALM)
def test_look_alikes_stay_below_moderate(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level < RiskLevel.MODERATE


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "threw up my tea to cancel out the cake at work"),
        ("es", "vomité el almuerzo para no engordar"),
    ],
)
def test_purging_to_undo_a_meal_is_an_eating_concern(locale: str, text: str) -> None:
    result = assess(text, locale=locale)
    assert result.level >= RiskLevel.MODERATE
    assert "eating" in result.categories


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "gave my fishing gear to my neighbour's boy, he'll use it more than me"),
        ("es", "le regalé mi bici a mi sobrino, le va a dar más uso"),
    ],
)
def test_giving_away_because_they_will_use_it_more_is_preparatory(locale: str, text: str) -> None:
    assert "preparatory" in assess(text, locale=locale).categories


# Conversations: the danger named in a later turn, after a sign or distress earlier.
ESCALATING = [
    (
        "en",
        [
            "she screams at me if dinner's late and took my bank card",
            "she's been drinking all afternoon and says she's coming home to sort me out",
        ],
        1,
        RiskLevel.HIGH,
    ),
    (
        "es",
        [
            "mi pareja me revisa el móvil y me insulta",
            "lleva bebiendo toda la tarde y viene para casa, dice que tenemos que hablar",
        ],
        1,
        RiskLevel.HIGH,
    ),
    (
        "en",
        [
            "three nights without sleep and I feel like a prophet",
            "I was chosen to fix the world, the signs are everywhere",
            "tonight I'm driving to the palace to see the king, all night without stopping",
        ],
        2,
        RiskLevel.HIGH,
    ),
    (
        "en",
        [
            "lost my job and my wife left",
            "what's the easiest thing people overdose on",
        ],
        1,
        RiskLevel.HIGH,
    ),
    (
        "en",
        [
            "parked at the quarry edge, keep thinking one push on the pedal would do it",
            "the engine's running. just need to let go of the brake",
        ],
        1,
        RiskLevel.IMMINENT,
    ),
    (
        "es",
        [
            "mi padrastro me amenazó con matarme esta noche y está borracho",
            "lo oigo subiendo por la escalera",
        ],
        1,
        RiskLevel.IMMINENT,
    ),
    (
        "en",
        [
            "everything's pointless, i'm done",
            "my nan's oxycodone is still in the bathroom cabinet",
            "took a lot of it. feel sleepy",
        ],
        2,
        RiskLevel.IMMINENT,
    ),
]


@pytest.mark.parametrize(("locale", "turns", "risk_turn", "expected"), ESCALATING)
def test_danger_named_after_earlier_turns_is_flagged_on_time(
    locale: str, turns: list[str], risk_turn: int, expected: RiskLevel
) -> None:
    levels = [a.level for a in assess_conversation(turns, locale=locale)]
    assert levels[risk_turn] >= expected


@pytest.mark.xfail(
    strict=True,
    reason="known defect: the classifier alone reads 'he's on his way home now' as high "
    "(P(>=high) 0.74 with no rule evidence); needs the classifier's threshold policy fixed",
)
def test_a_partner_coming_home_after_an_ordinary_day_is_not_a_crisis() -> None:
    turns = [
        "my husband works such long shifts",
        "he's on his way home now, I'm making curry",
    ]
    levels = [a.level for a in assess_conversation(turns, locale="en")]
    assert max(levels) < RiskLevel.MODERATE


def test_a_long_drive_tonight_without_any_earlier_sign_is_not_high() -> None:
    result = assess("tonight I'm driving to London all night without stopping, big gig tomorrow")
    assert result.level < RiskLevel.HIGH
