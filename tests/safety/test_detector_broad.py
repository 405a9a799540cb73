"""Class-based lexicons: new wording (written for these tests, not taken from the corpus)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess

HIGH_OR_WORSE = [
    ("en", "My tablets are saved up in the drawer and I'm going to swallow them all on Friday"),
    ("en", "I have decided to disappear forever, later tonight when the house is quiet"),
    ("en", "I'm planning to throw myself off the car park roof"),
    ("en", "Been stockpiling painkillers for a month now"),
    ("es", "He decidido colgarme cuando todos se duerman"),
    ("es", "Estoy acumulando somníferos desde el verano"),
    ("es", "Pienso tirarme por la ventana esta tarde"),
]
IMMINENT = [
    ("en", "I've already taken thirty of my sleeping tablets"),
    ("en", "im sitting on the edge of the quarry and it's dark"),
    ("en", "the cut is deep and it won't stop bleeding"),
    ("es", "Me he tragado un montón de calmantes hace diez minutos"),
    ("es", "Estoy sobre la azotea del edificio"),
    ("es", "sigo sangrando y me mareo"),
]
NOT_HIGH = [
    ("en", "I'm going to take my vitamins after breakfast"),
    ("en", "I would never end my own life, my kids need me"),
    ("en", "I saved up for a new bike and I'm going to buy it on Friday"),
    ("es", "Voy a tomarme un café con mi prima esta tarde"),
    ("es", "Jamás voy a quitarme la vida, te lo prometo"),
]


@pytest.mark.parametrize(("locale", "text"), HIGH_OR_WORSE)
def test_plan_means_and_preparation_are_high(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level >= RiskLevel.HIGH


@pytest.mark.parametrize(("locale", "text"), IMMINENT)
def test_acts_taken_or_in_progress_are_imminent(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level == RiskLevel.IMMINENT


@pytest.mark.parametrize(("locale", "text"), NOT_HIGH)
def test_everyday_intent_and_negated_plans_stay_below_high(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level < RiskLevel.HIGH


def test_evidence_points_into_the_original_text() -> None:
    text = "Llevo semanas JUNTANDO pastillas, ya está decidido"
    result = assess(text, locale="es")
    assert result.level >= RiskLevel.HIGH
    rule_evidence = [e for e in result.evidence if e.rule.startswith("es.")]
    assert rule_evidence
    for e in rule_evidence:
        assert text[e.start : e.end] == e.text


def test_later_joke_does_not_lower_a_stockpile() -> None:
    turns = ["I've been hoarding my meds for weeks", "haha just kidding"]
    from tandem.safety.detector import assess_conversation

    levels = [a.level for a in assess_conversation(turns)]
    assert levels[0] >= RiskLevel.HIGH and levels[1] >= RiskLevel.HIGH


# General class lexicons across categories (new wordings, written for these tests). Run with the
# rules alone so that they test the lexicons, not the classifier.
GENERAL_HIGH = [
    ("en", "gonna batter my cousin with the crowbar when he gets home"),
    ("en", "my boyfriend squeezed my throat until I saw spots"),
    ("en", "I haven't eaten since Monday and I keep fainting on the stairs"),
    ("en", "not slept for four nights, about to drive to the coast, I feel invincible"),
    ("en", "I took a load of ketamine and now I can't feel my legs"),
    ("es", "mañana le voy a clavar la navaja al del bar"),
    ("es", "mi pareja me apretó el cuello anoche hasta que casi no respiraba"),
    ("es", "llevo una semana sin comer y hoy me desmayé en el metro"),
    ("es", "no duermo hace cuatro días y ahora voy a manejar hasta la sierra"),
]
GENERAL_METHOD = [
    ("en", "how many of my antidepressants would be lethal?"),
    ("es", "¿cuántas pastillas de paracetamol son mortales?"),
]
GENERAL_NOT_MODERATE = [
    pytest.param(
        "en",
        "what is the most dangerous snake in the world?",
        # A known false crisis since the 1a83fca retrain: no rule fires (the rules read it as
        # a question about animals), but the classifier alone reads P(>=moderate) 0.78 against
        # its framed bar of 0.77. Kept visible rather than tuned away with a bespoke threshold.
        marks=pytest.mark.xfail(strict=True, reason="classifier-only false crisis (1a83fca)"),
    ),
    ("en", "how many paracetamol can I safely take for a headache?"),
    ("es", "¿cuál es el animal más peligroso de África?"),
    ("es", "hoy no dormí bien, mañana conduzco al trabajo temprano"),
]


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from tandem.safety import detector

    monkeypatch.setattr(detector, "USE_CLASSIFIER", False)
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    yield
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()


@pytest.mark.parametrize(("locale", "text"), GENERAL_HIGH)
@pytest.mark.usefixtures("rules_only")
def test_general_lexicons_find_danger_in_every_category(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level >= RiskLevel.HIGH


@pytest.mark.parametrize(("locale", "text"), GENERAL_METHOD)
@pytest.mark.usefixtures("rules_only")
def test_general_method_questions_are_at_least_moderate(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level >= RiskLevel.MODERATE


@pytest.mark.parametrize(("locale", "text"), GENERAL_NOT_MODERATE)
def test_everyday_questions_with_the_same_words_stay_below_moderate(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level < RiskLevel.MODERATE
