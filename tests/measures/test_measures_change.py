"""Reliable change (Jacobson-Truax) and clinically significant change."""

from __future__ import annotations

import math

import pytest

from tandem.measures.change import (
    PARAMETERS,
    classify_change,
    parameters_for,
    reliable_change_index,
)
from tandem.measures.scoring import ScoringError


def test_published_parameters_give_the_iapt_thresholds() -> None:
    # DESIGN: a PHQ-9 change of 6 or more is reliable; IAPT: GAD-7 4 or more.
    assert PARAMETERS["phq9"].minimum_reliable_change == 6
    assert PARAMETERS["gad7"].minimum_reliable_change == 4
    assert PARAMETERS["phq9"].threshold == pytest.approx(5.06, abs=0.01)
    assert PARAMETERS["gad7"].threshold == pytest.approx(3.53, abs=0.01)


def test_s_diff_follows_the_jacobson_truax_formula() -> None:
    p = parameters_for("phq9")
    assert p.s_diff == pytest.approx(math.sqrt(2) * 5.5 * math.sqrt(1 - 0.89))
    assert reliable_change_index("phq9", 20, 14) == pytest.approx(-6 / p.s_diff)


@pytest.mark.parametrize(("before", "after"), [(20, 14), (16, 10), (6, 0), (27, 21)])
def test_phq9_drop_of_six_is_reliable_improvement(before: int, after: int) -> None:
    result = classify_change("phq9", before, after)
    assert result.delta == -6
    assert result.reliable
    assert result.direction == "improved"


@pytest.mark.parametrize(("before", "after"), [(20, 15), (15, 10), (5, 0)])
def test_phq9_drop_of_five_is_not_reliable(before: int, after: int) -> None:
    result = classify_change("phq9", before, after)
    assert not result.reliable
    assert result.direction == "no reliable change"


def test_phq9_rise_of_six_is_reliable_deterioration_and_five_is_not() -> None:
    assert classify_change("phq9", 4, 10).direction == "deteriorated"
    assert classify_change("phq9", 4, 9).direction == "no reliable change"


def test_gad7_threshold_is_four_points() -> None:
    assert classify_change("gad7", 12, 8).direction == "improved"
    assert classify_change("gad7", 12, 9).direction == "no reliable change"
    assert classify_change("gad7", 3, 7).direction == "deteriorated"
    assert classify_change("gad7", 3, 6).direction == "no reliable change"


def test_reliable_and_clinically_significant_improvement() -> None:
    result = classify_change("phq9", 16, 9)
    assert result.reliable and result.clinically_significant
    assert result.reliable_and_clinically_significant
    assert result.label == "Reliable and clinically significant improvement"


def test_reliable_improvement_that_stays_above_the_cutoff() -> None:
    result = classify_change("phq9", 22, 15)
    assert result.reliable and not result.clinically_significant
    assert result.label == "Reliable improvement"


def test_reliable_and_clinically_significant_deterioration() -> None:
    result = classify_change("gad7", 3, 8)
    assert result.direction == "deteriorated"
    assert result.clinically_significant
    assert result.label == "Reliable and clinically significant deterioration"


def test_crossing_the_cutoff_without_reliable_change() -> None:
    result = classify_change("phq9", 10, 9)
    assert not result.reliable
    assert result.clinically_significant
    assert result.direction == "no reliable change"
    assert "crossed" in result.label


def test_no_change() -> None:
    result = classify_change("gad7", 9, 9)
    assert result.delta == 0
    assert result.label == "No reliable change"
    assert result.to_dict()["rci"] == 0


@pytest.mark.parametrize(
    ("instrument_id", "before", "after"),
    [("phq9", 28, 1), ("phq9", -1, 3), ("gad7", 22, 0), ("gad7", True, 3), ("phq9", 3.5, 1)],
)
def test_invalid_totals_are_rejected(instrument_id: str, before: object, after: int) -> None:
    with pytest.raises(ScoringError):
        classify_change(instrument_id, before, after)  # type: ignore[arg-type]


def test_unknown_instrument_is_rejected() -> None:
    with pytest.raises(ScoringError) as info:
        classify_change("cssrs_screener", 1, 2)
    assert info.value.code == "unknown_instrument"
