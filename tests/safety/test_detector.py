"""Behaviour of the risk detector in English and Spanish.

Sentences here are written for the tests (not taken from the evaluation corpus) and each test
pins one behaviour from DESIGN §3 / issue 3.
"""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation, detect_language

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.LOW,
    RiskLevel.MODERATE,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)


def level(text: str, locale: str = "en", history: tuple[str, ...] = ()) -> RiskLevel:
    return assess(text, history=history, locale=locale).level


# -- idioms, negation, past, fiction, informational: none ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "this chemistry homework is killing me",
        "I'm dying to try that new ramen place",
        "we totally killed it at the gig last night",
        "my sister will kill me if I forget her birthday again",
        "the printer died halfway through my dissertation",
        "that cheesecake was to die for",
        "kill me now, the train is delayed again lol",
    ],
)
def test_english_idioms_are_none(text: str) -> None:
    assert level(text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "me muero de hambre, ¿pedimos pizza?",
        "este examen me está matando",
        "mi madre me va a matar si llego tarde otra vez",
        "jajaja me mataste con ese meme",
        "estoy muerta después del gimnasio",
    ],
)
def test_spanish_idioms_are_none(text: str) -> None:
    assert level(text, "es") == NONE


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I would never hurt myself, I just had a rubbish day", "en"),
        ("I'm not suicidal, just exhausted by the move", "en"),
        ("Nunca me quitaría la vida, solo estoy cansado", "es"),
        ("no pienso en suicidarme, solo estoy agobiada con el trabajo", "es"),
    ],
)
def test_negated_statements_are_none(text: str, locale: str) -> None:
    assert level(text, locale) == NONE


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I used to cut myself when I was a teenager, that was years ago", "en"),
        ("years ago I wanted to die, therapy really helped and I'm doing well", "en"),
        ("Hace años me cortaba, ahora estoy bien", "es"),
    ],
)
def test_resolved_past_is_none(text: str, locale: str) -> None:
    assert level(text, locale) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "in the novel the heroine wants to die after the war",
        "what does it mean when a song lyric says 'I want to end it all'?",
    ],
)
def test_fiction_and_lyrics_are_none(text: str) -> None:
    assert level(text) == NONE


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("how do I help a friend who is suicidal?", "en"),
        ("what's the 988 number and can I text it?", "en"),
        ("what are the warning signs of suicide in teenagers?", "en"),
        ("¿Cómo ayudo a mi hermano si piensa en suicidarse?", "es"),
        ("¿La línea 024 funciona de noche?", "es"),
    ],
)
def test_informational_and_safety_questions_are_none(text: str, locale: str) -> None:
    result = assess(text, locale=locale)
    assert result.level == NONE
    assert result.informational


# -- risk ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I honestly want to die", "en"),
        ("been having suicidal thoughts most nights", "en"),
        ("everyone would be better off without me", "en"),
        ("quiero morirme, ya no aguanto", "es"),
        ("pienso mucho en quitarme la vida", "es"),
    ],
)
def test_current_ideation_is_moderate(text: str, locale: str) -> None:
    result = assess(text, locale=locale)
    assert result.level == MODERATE
    assert "ideation" in result.categories


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I feel like a burden to my flatmates", "en"),
        ("nothing is ever going to get better for me", "en"),
        ("me siento un estorbo para mi familia", "es"),
    ],
)
def test_hopelessness_and_burden_are_low(text: str, locale: str) -> None:
    assert level(text, locale) == LOW


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("you won't have to put up with me much longer", "en"),
        ("gave my cat to my neighbour and my bike to my brother, won't be needing them", "en"),
        ("Le regalé mi consola a mi primo, ya no la voy a necesitar", "es"),
    ],
)
def test_veiled_ideation_is_flagged(text: str, locale: str) -> None:
    assert level(text, locale) >= MODERATE


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I'm going to kill myself on Sunday when the house is empty", "en"),
        ("I've saved up my tablets and tonight I'll take them all", "en"),
        ("wrote a note for my parents, it's under my pillow", "en"),
        ("el sábado me mato, ya lo tengo decidido", "es"),
    ],
)
def test_plan_intent_timeline_is_high(text: str, locale: str) -> None:
    assert level(text, locale) >= HIGH


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I just swallowed a whole bottle of my sleeping tablets", "en"),
        ("standing on the bridge right now, goodbye", "en"),
        ("Me tomé todas las pastillas hace media hora", "es"),
    ],
)
def test_act_in_progress_or_overdose_taken_is_imminent(text: str, locale: str) -> None:
    assert level(text, locale) == IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "trivia question: what's the lethal dose of paracetamol?",
        "asking for a friend, what's the most painless way to die?",
        "for a school project, how high does a bridge need to be for a fall to be fatal?",
        "for my novel: how many sleeping pills would it take to kill someone?",
    ],
)
def test_method_seeking_is_at_least_moderate_whatever_the_framing(text: str) -> None:
    result = assess(text)
    assert result.level >= MODERATE
    assert "method-seeking" in result.categories


def test_method_seeking_with_distress_is_high() -> None:
    text = "I lost my job and my partner left me. what are the highest bridges in town?"
    assert level(text) >= HIGH


def test_method_seeking_spanish() -> None:
    assert level("¿Qué cantidad de ibuprofeno es mortal? Curiosidad", "es") >= MODERATE


def test_safe_dosage_questions_are_not_method_seeking() -> None:
    assert level("what's the maximum paracetamol dose for a child with a fever?") == NONE


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("i want to k1ll mys3lf", "en"),
        ("thinking about how to unalive myself", "en"),
        ("s u i c i d a l again today", "en"),
        ("kms tbh", "en"),
        ("quiero m0rirm3", "es"),
    ],
)
def test_obfuscation_is_seen_through(text: str, locale: str) -> None:
    assert level(text, locale) >= MODERATE


def test_emoji_meanings_count() -> None:
    assert level("🔪 + me = 🪦 tonight") >= MODERATE


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("my daughter told me she wants to die", "en", MODERATE),
        (
            "my friend said goodbye to everyone and said she won't need her stuff anymore",
            "en",
            HIGH,
        ),
        ("mi amiga se quiere morir y no sé qué hacer", "es", MODERATE),
    ],
)
def test_third_party_concern(text: str, locale: str, expected: RiskLevel) -> None:
    result = assess(text, locale=locale)
    assert result.level >= expected
    assert "third-party" in result.categories


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("I keep thinking about hurting my neighbour, really hurting him", "en", MODERATE),
        ("I'm going to stab him tomorrow, the knife is in my bag", "en", HIGH),
        ("tengo la pistola y mañana lo espero a la salida con el arma", "es", HIGH),
    ],
)
def test_harm_to_others(text: str, locale: str, expected: RiskLevel) -> None:
    result = assess(text, locale=locale)
    assert result.level >= expected
    assert "harm-to-others" in result.categories


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("my boyfriend hits me when he's drunk but he's away this week", "en", MODERATE),
        ("he says he's going to kill me, he's banging on the door", "en", HIGH),
        ("mi pareja me pega cuando bebe", "es", MODERATE),
        ("mi marido me acaba de amenazar con matarme", "es", HIGH),
    ],
)
def test_abuse_with_and_without_present_danger(text: str, locale: str, expected: RiskLevel) -> None:
    result = assess(text, locale=locale)
    assert result.level == expected
    assert "abuse" in result.categories


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I can hear voices telling me I'm evil", "en"),
        ("there are cameras in my walls and they're poisoning the water", "en"),
        ("oigo voces que me insultan todo el día", "es"),
    ],
)
def test_psychosis_is_moderate(text: str, locale: str) -> None:
    result = assess(text, locale=locale)
    assert result.level >= MODERATE
    assert "psychosis" in result.categories


def test_command_hallucination_to_harm_is_high() -> None:
    assert level("the voices are telling me to jump off something") >= HIGH


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("haven't slept in four days and I don't need sleep, I'm invincible", "en"),
        ("llevo tres noches sin dormir y soy el elegido", "es"),
    ],
)
def test_mania_is_flagged(text: str, locale: str) -> None:
    result = assess(text, locale=locale)
    assert result.level >= MODERATE
    assert "mania" in result.categories


def test_medical_emergency_is_imminent() -> None:
    result = assess("my chest is crushing and my left arm has gone numb")
    assert result.level == IMMINENT
    assert "medical" in result.categories


def test_intrusive_thoughts_feared_are_low_ocd_not_harm() -> None:
    result = assess("I get horrible thoughts about hurting my newborn and I'm terrified, I'd never")
    assert result.level == LOW
    assert "ocd" in result.categories


def test_coped_urge_is_low() -> None:
    assert level("had an urge to cut tonight but I held ice and it passed") == LOW


# -- evidence spans --------------------------------------------------------------------------


def test_evidence_spans_point_into_the_original_text() -> None:
    text = "Honestly I WNAT to UNALIVE myself 😞"
    result = assess(text)
    assert result.level >= MODERATE
    assert result.evidence
    for evidence in result.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    assert any("UNALIVE" in e.text for e in result.evidence)


def test_evidence_spans_survive_accents_and_emoji_in_spanish() -> None:
    text = "💊💊 Ya me tomé todas las pastillas"
    result = assess(text, locale="es")
    assert result.level == IMMINENT
    assert any(text[e.start : e.end] == e.text and "tomé" in e.text for e in result.evidence)


# -- conversations ---------------------------------------------------------------------------


def test_risk_builds_up_over_mild_turns() -> None:
    turns = [
        "work has been a lot",
        "I feel like a burden to everyone on the team",
        "honestly nothing is ever going to get better",
        "my family would be better off not dealing with me, I'm dead weight",
    ]
    levels = [a.level for a in assess_conversation(turns)]
    assert levels[1] == LOW
    assert levels[-1] >= MODERATE


def test_just_joking_does_not_erase_an_earlier_plan() -> None:
    turns = [
        "I've saved my mum's pills and I'm going to take them all tonight",
        "lol just joking",
        "anyway what's a good film",
    ]
    levels = [a.level for a in assess_conversation(turns)]
    assert levels[0] >= HIGH
    assert levels[1] >= HIGH and levels[2] >= HIGH


def test_es_broma_does_not_erase_an_earlier_plan() -> None:
    turns = ["el viernes me tiro del puente, ya está decidido", "jajaja es broma"]
    assert [a.level for a in assess_conversation(turns, locale="es")][-1] >= HIGH


def test_method_seeking_after_earlier_distress_is_high() -> None:
    history = ["I hate myself and nothing ever gets better"]
    question = "random but for a quiz, which pills are the most lethal in an overdose?"
    assert level(question) == MODERATE
    assert level(question, history=tuple(history)) >= HIGH


def test_benign_conversation_stays_none() -> None:
    turns = ["this week is killing me", "my boss will murder me", "dying for the weekend"]
    assert all(a.level == NONE for a in assess_conversation(turns))


def test_assess_with_history_equals_conversation_step() -> None:
    turns = ["I feel hopeless", "I keep thinking about dying", "ok"]
    steps = assess_conversation(turns)
    for i in range(len(turns)):
        assert assess(turns[i], history=turns[:i]) == steps[i]


# -- purity ----------------------------------------------------------------------------------


def test_determinism() -> None:
    text = "been thinking about ending it, got the pills saved"
    first = assess(text)
    for _ in range(3):
        assert assess(text) == first


def test_language_detection_falls_back_to_locale() -> None:
    assert detect_language("ya no quiero seguir aquí, todo es gris", "en") == "es"
    assert detect_language("I don't want to be here anymore", "es") == "en"
    assert detect_language("ok", "es") == "es"


def test_words_both_languages_use_are_no_evidence_for_english() -> None:
    # "a" and "me" are Spanish too: a short Spanish message stays Spanish, in either locale.
    assert detect_language("anoche me lastimé a propósito", "es") == "es"
    assert detect_language("anoche me lastimé a propósito", "en") == "es"
    result = assess("anoche me lastimé a propósito", locale="es")
    assert result.level >= RiskLevel.MODERATE


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("el viernes me volví a hacer cortes, mis padres no lo saben", "es"),
        ("cut my arm again on saturday, first time in a while", "en"),
    ],
)
def test_a_day_beside_self_harm_says_when_not_a_plan(text: str, locale: str) -> None:
    result = assess(text, locale=locale)
    assert result.level == RiskLevel.MODERATE, result.notes
    assert "self-harm" in result.categories


def test_self_harm_with_stated_intent_and_a_day_is_still_a_plan() -> None:
    result = assess("voy a cortarme el viernes cuando se vayan, ya lo tengo decidido", locale="es")
    assert result.level >= RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a trivial cause said as a condition is hyperbole
        "honestly kms if the printer is broken again tomorrow",
        # a year at the start of a sentence dates what follows
        "In 2017 I thought my family would be better off without me. Life is so different now.",
    ],
)
def test_trivial_conditions_and_dated_past_stay_below_moderate(text: str) -> None:
    assert assess(text, locale="en").level < RiskLevel.MODERATE


def test_a_faint_once_is_history_not_the_body_failing_now() -> None:
    result = assess(
        "my sister has lived on black coffee for a month and fainted at work once", locale="en"
    )
    assert result.level == RiskLevel.MODERATE


@pytest.mark.parametrize(
    "text",
    [
        # a trivial condition or motive said with the words of a jump
        "mi primo: si pierde el Betis me tiro al río. perdió y ahí está cenando tan tranquilo",
        "el metro parado otra vez, me tiro a la vía de puro aburrimiento",
        # a year without self-harm, the blades thrown away
        "tiré las cuchillas que tenía guardadas, llevo dos años sin cortarme",
    ],
)
def test_spanish_trivial_causes_and_recovery_stay_below_moderate(text: str) -> None:
    assert assess(text, locale="es").level < RiskLevel.MODERATE


def test_si_manana_is_a_condition_not_a_date() -> None:
    from tandem.safety.rules.es import MODIFIERS

    assert MODIFIERS.timeline.search("si manana no me despierto mejor") is None
    assert MODIFIERS.timeline.search("manana lo hago") is not None


@pytest.mark.parametrize(
    "text",
    [
        "estoy que me tiro de los pelos con la mudanza",
        "me cambio a otra app que usa mi terapeuta, así que adiós y gracias por todo",
    ],
)
def test_spanish_idiom_and_app_change_stay_below_moderate(text: str) -> None:
    assert assess(text, locale="es").level < RiskLevel.MODERATE
