"""The body in danger, read across a conversation: intake cut to almost nothing, then a faint or
a weak pulse; strangulation, then consciousness or breath lost. Every sentence was written for
these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation


@pytest.mark.parametrize(
    ("lang", "turns"),
    [
        (
            "en",
            [
                "only had a black coffee today and yesterday, feel so light",
                "stood up too fast in the shower and fainted, hit my elbow",
            ],
        ),
        (
            "es",
            [
                "llevo semanas comiendo medio yogur al día, nadie se da cuenta",
                "en el gimnasio me desmayé y el monitor dijo que tenía el pulso muy débil",
            ],
        ),
    ],
)
def test_a_faint_after_restricted_eating_is_high(lang: str, turns: list[str]) -> None:
    levels = assess_conversation(turns, locale=lang)
    assert levels[-1].level >= RiskLevel.HIGH
    assert {"medical", "eating"} <= set(levels[-1].categories)


@pytest.mark.parametrize(
    ("lang", "turns"),
    [
        ("en", ["he had me by the throat against the fridge", "blacked out for a bit i think"]),
        ("en", ["he's choking me, i can't breathe, he's in the hall now"]),
        ("es", ["me apretó el cuello contra la pared", "me cuesta respirar y me mareo"]),
    ],
)
def test_breath_or_consciousness_lost_after_strangulation_is_imminent(
    lang: str, turns: list[str]
) -> None:
    levels = assess_conversation(turns, locale=lang)
    assert levels[-1].level == RiskLevel.IMMINENT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my ex choked me during an argument on saturday"),
        ("es", "anoche mi pareja me agarró del cuello en la cocina"),
    ],
)
def test_strangulation_is_abuse_with_present_danger(lang: str, text: str) -> None:
    result = assess(text, locale=lang)
    assert result.level >= RiskLevel.HIGH
    assert "abuse" in result.categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a faint without restricted eating or strangulation: not an emergency by itself
        ("en", "nearly fainted at the gig last night, it was so hot in there"),
        ("es", "casi me desmayo en el metro del calor que hacía"),
        # a busy day is told the same way as restriction, but it is not wanted
        ("en", "only had a coffee all day, mad shift at the hospital"),
        ("es", "hoy solo comí un bocadillo, día de locos en la oficina"),
        # a choke hold in sport, a shirt grabbed
        ("en", "he choked me out in jiu jitsu class lol, tapped too late"),
        ("en", "the ref grabbed me by the neck of my shirt to break up the scuffle"),
    ],
)
def test_look_alikes_stay_below_moderate(lang: str, text: str) -> None:
    result = assess(text, locale=lang)
    assert result.level < RiskLevel.MODERATE, (text, result.notes)
