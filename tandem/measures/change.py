"""Reliable and clinically significant change (Jacobson & Truax 1991).

Method
------
Reliable change index:  RCI = (x2 - x1) / S_diff,  S_diff = sqrt(2) * SD * sqrt(1 - r)
where SD is the standard deviation of the measure in a clinical population before treatment and
r its reliability. A change is reliable when |RCI| > 1.96 (less than a 5% chance that measurement
error alone produced it). Because totals are whole numbers this is the same as
|x2 - x1| >= the smallest integer above 1.96 * S_diff.

Parameters (published values):
  PHQ-9  r  = 0.89   Cronbach's alpha, Kroenke, Spitzer & Williams 2001 (J Gen Intern Med 16:606)
         SD = 5.5    intake SD of people at caseness in NHS Talking Therapies (IAPT), 2022-23
                     (mean 15.4) — as reported from NHS England's annual data
  GAD-7  r  = 0.92   Cronbach's alpha, Spitzer, Kroenke, Williams & Löwe 2006 (Arch Intern Med
                     166:1092)
         SD = 4.5    intake SD in the same NHS Talking Therapies cohort (mean 14.0)

Resulting thresholds:
  PHQ-9: S_diff = sqrt(2) * 5.5 * sqrt(0.11) = 2.580;  1.96 * S_diff = 5.06  -> change >= 6
  GAD-7: S_diff = sqrt(2) * 4.5 * sqrt(0.08) = 1.800;  1.96 * S_diff = 3.53  -> change >= 4
These match the criteria published in the IAPT manual and used by NHS Talking Therapies for
"reliable improvement / deterioration" (PHQ-9 6 points, GAD-7 4 points) and the DESIGN rule that a
PHQ-9 change of 6 or more is reliable. (Some earlier IAPT papers used 5 points for the GAD-7; we
follow the current manual.)

Clinically significant change uses the caseness cut-offs from the instrument files (PHQ-9 10,
GAD-7 8, as in NHS Talking Therapies): moving from at-or-above the cut-off to below it is a
clinically significant improvement; the reverse is a clinically significant deterioration.
"Reliable and clinically significant improvement" (IAPT: "reliable recovery") needs both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from tandem.measures.instruments import load_instrument
from tandem.measures.scoring import SCORED_INSTRUMENTS, ScoringError

Direction = Literal["improved", "deteriorated", "no reliable change"]

Z_CRITICAL = 1.96


@dataclass(frozen=True)
class ReliabilityParameters:
    sd: float
    reliability: float
    source: str

    @property
    def s_diff(self) -> float:
        return math.sqrt(2.0) * self.sd * math.sqrt(1.0 - self.reliability)

    @property
    def threshold(self) -> float:
        """The raw change that corresponds to |RCI| = 1.96."""
        return Z_CRITICAL * self.s_diff

    @property
    def minimum_reliable_change(self) -> int:
        """The smallest whole-number change that is reliable (strictly above the threshold)."""
        return math.floor(self.threshold) + 1


PARAMETERS: dict[str, ReliabilityParameters] = {
    "phq9": ReliabilityParameters(
        sd=5.5,
        reliability=0.89,
        source="alpha 0.89 (Kroenke et al. 2001); SD 5.5 (NHS Talking Therapies intake, 2022-23)",
    ),
    "gad7": ReliabilityParameters(
        sd=4.5,
        reliability=0.92,
        source="alpha 0.92 (Spitzer et al. 2006); SD 4.5 (NHS Talking Therapies intake, 2022-23)",
    ),
}


@dataclass(frozen=True)
class ChangeResult:
    instrument_id: str
    before: int
    after: int
    delta: int
    rci: float
    reliable: bool
    direction: Direction
    clinically_significant: bool
    label: str

    @property
    def reliable_and_clinically_significant(self) -> bool:
        return self.reliable and self.clinically_significant

    def to_dict(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument_id,
            "before": self.before,
            "after": self.after,
            "delta": self.delta,
            "rci": round(self.rci, 2),
            "reliable": self.reliable,
            "direction": self.direction,
            "clinically_significant": self.clinically_significant,
            "label": self.label,
        }


def parameters_for(instrument_id: str) -> ReliabilityParameters:
    if instrument_id not in PARAMETERS:
        raise ScoringError(
            f"Reliable change is defined for {', '.join(SCORED_INSTRUMENTS)}, "
            f"not {instrument_id!r}.",
            code="unknown_instrument",
        )
    return PARAMETERS[instrument_id]


def reliable_change_index(instrument_id: str, before: int, after: int) -> float:
    return (after - before) / parameters_for(instrument_id).s_diff


def _check_total(value: object, name: str, max_total: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= max_total:
        raise ScoringError(
            f"{name} must be a total from 0 to {max_total}, got {value!r}.",
            code="answer_out_of_range",
            item=name,
        )
    return value


def classify_change(instrument_id: str, before: int, after: int) -> ChangeResult:
    """Classify the change between two totals of the same questionnaire (lower is better)."""
    parameters = parameters_for(instrument_id)
    scoring = load_instrument(instrument_id).scoring
    assert scoring is not None
    _check_total(before, "before", scoring.max_total)
    _check_total(after, "after", scoring.max_total)
    delta = after - before
    rci = delta / parameters.s_diff
    reliable = abs(rci) > Z_CRITICAL
    direction: Direction
    if reliable and delta < 0:
        direction = "improved"
    elif reliable and delta > 0:
        direction = "deteriorated"
    else:
        direction = "no reliable change"
    cutoff = scoring.caseness_cutoff
    crossed_down = before >= cutoff > after
    crossed_up = before < cutoff <= after
    clinically_significant = crossed_down or crossed_up
    if direction == "improved":
        label = (
            "Reliable and clinically significant improvement"
            if crossed_down
            else "Reliable improvement"
        )
    elif direction == "deteriorated":
        label = (
            "Reliable and clinically significant deterioration"
            if crossed_up
            else "Reliable deterioration"
        )
    elif clinically_significant:
        label = "No reliable change (crossed the clinical cut-off)"
    else:
        label = "No reliable change"
    return ChangeResult(
        instrument_id=instrument_id,
        before=before,
        after=after,
        delta=delta,
        rci=rci,
        reliable=reliable,
        direction=direction,
        clinically_significant=clinically_significant,
        label=label,
    )
