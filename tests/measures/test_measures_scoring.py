"""PHQ-9 / GAD-7 scoring against the published bands, and C-SSRS screener triage."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tandem.measures.scoring import (
    ScoringError,
    cssrs_questions_to_ask,
    score,
    score_cssrs,
    severity_for_total,
)

# The published bands, written out independently of the YAML (Kroenke 2001; Spitzer 2006).
PHQ9_BANDS = [
    (0, 4, "minimal"),
    (5, 9, "mild"),
    (10, 14, "moderate"),
    (15, 19, "moderately_severe"),
    (20, 27, "severe"),
]
GAD7_BANDS = [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")]


def expected_band(bands: list[tuple[int, int, str]], total: int) -> str:
    return next(key for low, high, key in bands if low <= total <= high)


def answers_for_total(total: int, items: int, *, last: int | None = None) -> list[int]:
    """Spread ``total`` over ``items`` answers of 0-3 (optionally fixing the last one)."""
    answers = [0] * items
    remaining = total
    fixed = 0 if last is None else 1
    if last is not None:
        answers[-1] = last
        remaining -= last
    for index in range(items - fixed):
        answers[index] = min(3, remaining)
        remaining -= answers[index]
    assert remaining == 0 and sum(answers) == total
    return answers


@pytest.mark.parametrize(
    ("total", "severity"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately_severe"),
        (19, "moderately_severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_band_edges(total: int, severity: str) -> None:
    result = score("phq9", answers_for_total(total, 9))
    assert result.total == total
    assert result.severity == severity
    assert result.max_total == 27


@pytest.mark.parametrize(
    ("total", "severity"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_gad7_band_edges(total: int, severity: str) -> None:
    result = score("gad7", answers_for_total(total, 7))
    assert result.total == total
    assert result.severity == severity
    assert result.item9_positive is None


def test_severity_labels_follow_the_locale() -> None:
    answers = answers_for_total(16, 9, last=0)
    assert score("phq9", answers).severity_label == "Moderately severe"
    assert score("phq9", answers, locale="es").severity_label == "Moderadamente grave"
    assert severity_for_total("gad7", 15) == "Severe"


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_item9_above_zero_is_positive_even_with_a_minimal_total(item9: int) -> None:
    result = score("phq9", [0] * 8 + [item9])
    assert result.item9_positive is True
    assert result.severity == "minimal"


def test_item9_zero_is_negative_even_with_a_severe_total() -> None:
    result = score("phq9", [3] * 8 + [0])
    assert result.total == 24
    assert result.item9_positive is False


def test_caseness_cutoffs() -> None:
    assert score("phq9", answers_for_total(10, 9, last=0)).caseness
    assert not score("phq9", answers_for_total(9, 9, last=0)).caseness
    assert score("gad7", answers_for_total(8, 7)).caseness
    assert not score("gad7", answers_for_total(7, 7)).caseness


def test_difficulty_is_kept_but_not_scored() -> None:
    result = score("phq9", [1] * 9, difficulty=3)
    assert result.total == 9
    assert result.difficulty == 3
    with pytest.raises(ScoringError) as info:
        score("phq9", [1] * 9, difficulty=4)
    assert info.value.code == "answer_out_of_range"


@given(st.lists(st.integers(min_value=0, max_value=3), min_size=9, max_size=9))
def test_phq9_total_and_band_for_any_valid_answers(answers: list[int]) -> None:
    result = score("phq9", answers)
    assert result.total == sum(answers)
    assert result.severity == expected_band(PHQ9_BANDS, sum(answers))
    assert result.item9_positive is (answers[8] > 0)
    assert result.answers == tuple(answers)


@given(st.lists(st.integers(min_value=0, max_value=3), min_size=7, max_size=7))
def test_gad7_total_and_band_for_any_valid_answers(answers: list[int]) -> None:
    result = score("gad7", answers)
    assert result.total == sum(answers)
    assert 0 <= result.total <= 21
    assert result.severity == expected_band(GAD7_BANDS, sum(answers))


@given(st.sampled_from([("phq9", 9), ("gad7", 7)]), st.lists(st.integers(0, 3), max_size=15))
def test_wrong_number_of_answers_is_rejected(spec: tuple[str, int], answers: list[int]) -> None:
    instrument_id, count = spec
    assume(len(answers) != count)
    with pytest.raises(ScoringError) as info:
        score(instrument_id, answers)
    assert info.value.code == "wrong_answer_count"


@given(
    st.lists(st.integers(0, 3), min_size=9, max_size=9),
    st.integers(0, 8),
    st.one_of(st.integers(max_value=-1), st.integers(min_value=4)),
)
def test_out_of_range_answers_are_rejected(answers: list[int], position: int, bad: int) -> None:
    answers[position] = bad
    with pytest.raises(ScoringError) as info:
        score("phq9", answers)
    assert info.value.code == "answer_out_of_range"
    assert info.value.item == position + 1
    assert str(position + 1) in str(info.value)


@given(
    st.lists(st.integers(0, 3), min_size=7, max_size=7),
    st.integers(0, 6),
    st.one_of(
        st.floats(allow_nan=True),
        st.text(max_size=3),
        st.booleans(),
        st.none(),
        st.lists(st.integers(0, 3), max_size=2),
    ),
)
def test_non_integer_answers_are_rejected(answers: list[Any], position: int, bad: Any) -> None:
    answers[position] = bad
    with pytest.raises(ScoringError) as info:
        score("gad7", answers)
    assert info.value.code == "answer_not_integer"


@pytest.mark.parametrize("answers", ["000000000", b"\x00" * 9, 7, None, {"a": 1}])
def test_answers_must_be_a_list(answers: Any) -> None:
    with pytest.raises(ScoringError) as info:
        score("phq9", answers)
    assert info.value.code == "answers_not_list"


@pytest.mark.parametrize("instrument_id", ["phq-9", "PHQ9", "cssrs_screener", "", None, 9])
def test_unknown_instrument_is_a_scoring_error(instrument_id: Any) -> None:
    with pytest.raises(ScoringError) as info:
        score(instrument_id, [0] * 9)
    assert info.value.code == "unknown_instrument"
    assert isinstance(info.value, ValueError)


# --- C-SSRS ----------------------------------------------------------------------------------


def cssrs(**answers: bool) -> dict[str, bool]:
    base = {"wish_dead": False, "suicidal_thoughts": False, "behaviour_lifetime": False}
    base.update(answers)
    return base


def with_thoughts(**answers: bool) -> dict[str, bool]:
    return cssrs(
        **{"suicidal_thoughts": True, "method": False, "intent": False, "plan": False, **answers}
    )


def test_all_no_is_low_with_nothing_endorsed() -> None:
    result = score_cssrs(cssrs())
    assert result.risk == "low"
    assert result.positive_items == ()


def test_wish_to_be_dead_only_is_low() -> None:
    result = score_cssrs(cssrs(wish_dead=True))
    assert result.risk == "low"
    assert result.positive_items == ("wish_dead",)


def test_non_specific_thoughts_only_is_low() -> None:
    assert score_cssrs(with_thoughts(wish_dead=True)).risk == "low"


def test_method_without_intent_or_plan_is_moderate() -> None:
    assert score_cssrs(with_thoughts(method=True)).risk == "moderate"


@pytest.mark.parametrize("item", ["intent", "plan"])
def test_intent_or_plan_is_high(item: str) -> None:
    result = score_cssrs(with_thoughts(**{item: True}))
    assert result.risk == "high"
    assert result.high_risk_items == (item,)


def test_lifetime_behaviour_not_recent_is_moderate() -> None:
    result = score_cssrs(cssrs(behaviour_lifetime=True, behaviour_past_3_months=False))
    assert result.risk == "moderate"
    assert result.recent_behaviour is False


def test_behaviour_in_the_past_three_months_is_high_without_any_ideation() -> None:
    result = score_cssrs(cssrs(behaviour_lifetime=True, behaviour_past_3_months=True))
    assert result.risk == "high"
    assert result.recent_behaviour is True


def test_questions_three_to_five_are_skipped_when_question_two_is_no() -> None:
    assert "method" not in cssrs_questions_to_ask({"suicidal_thoughts": False})
    assert "plan" in cssrs_questions_to_ask({"suicidal_thoughts": True})
    with pytest.raises(ScoringError) as info:
        score_cssrs(cssrs(method=False))
    assert info.value.code == "skipped_item_answered"
    assert info.value.item == "method"


def test_questions_three_to_five_are_required_when_question_two_is_yes() -> None:
    answers = cssrs(suicidal_thoughts=True, method=True, intent=False)
    with pytest.raises(ScoringError) as info:
        score_cssrs(answers)
    assert info.value.code == "missing_answer"
    assert info.value.item == "plan"


def test_recent_behaviour_question_follows_lifetime_behaviour() -> None:
    with pytest.raises(ScoringError) as info:
        score_cssrs(cssrs(behaviour_lifetime=True))
    assert info.value.code == "missing_answer"
    with pytest.raises(ScoringError):
        score_cssrs(cssrs(behaviour_past_3_months=True))


def test_none_counts_as_not_asked() -> None:
    result = score_cssrs({**cssrs(), "method": None, "behaviour_past_3_months": None})
    assert result.asked == ("wish_dead", "suicidal_thoughts", "behaviour_lifetime")


@pytest.mark.parametrize("bad", [1, "yes", 0, None])
def test_cssrs_answers_must_be_booleans(bad: Any) -> None:
    answers: dict[str, Any] = cssrs()
    answers["wish_dead"] = bad
    with pytest.raises(ScoringError):
        score_cssrs(answers)


def test_cssrs_unknown_question_is_rejected() -> None:
    with pytest.raises(ScoringError) as info:
        score_cssrs({**cssrs(), "means_at_hand": True})
    assert info.value.code == "unknown_item"


@given(
    st.fixed_dictionaries(
        {
            "wish_dead": st.booleans(),
            "suicidal_thoughts": st.booleans(),
            "method": st.booleans(),
            "intent": st.booleans(),
            "plan": st.booleans(),
            "behaviour_lifetime": st.booleans(),
            "behaviour_past_3_months": st.booleans(),
        }
    )
)
def test_cssrs_triage_rule_for_every_valid_combination(full: dict[str, bool]) -> None:
    answers = {key: full[key] for key in ("wish_dead", "suicidal_thoughts", "behaviour_lifetime")}
    if full["suicidal_thoughts"]:
        answers.update({key: full[key] for key in ("method", "intent", "plan")})
    if full["behaviour_lifetime"]:
        answers["behaviour_past_3_months"] = full["behaviour_past_3_months"]
    result = score_cssrs(answers)
    high = answers.get("intent") or answers.get("plan") or answers.get("behaviour_past_3_months")
    moderate = answers.get("method") or answers["behaviour_lifetime"]
    assert result.risk == ("high" if high else "moderate" if moderate else "low")
