"""Scoring of the PHQ-9, the GAD-7 and the C-SSRS screener, by the published rules.

Pure functions: answers in, a result out, nothing stored. Bad input raises ``ScoringError`` (a
``ValueError`` with a stable ``code``) so that the API can answer 4xx and write nothing.

Severity bands come from the instrument files (validated on load):
PHQ-9 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe
(Kroenke, Spitzer & Williams 2001); GAD-7 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe
(Spitzer et al. 2006). PHQ-9 item 9 above 0 sets ``item9_positive``: the safety loop trigger.

C-SSRS screener triage follows the Columbia "screen with triage points" convention:
  high     — yes to question 4 (some intent to act) or question 5 (plan with intent), or any
             suicidal behaviour (question 6) within the past three months;
  moderate — yes to question 3 (thinking about how, no intent or plan), or suicidal behaviour
             in the lifetime but not within the past three months;
  low      — only questions 1-2 (wish to be dead, non-specific thoughts), or nothing endorsed.
There is no "none" level here: the screener is opened because PHQ-9 item 9 was positive or the
conversation raised risk, so a screen with every answer "no" is reported as low, with
``positive_items`` empty so callers can tell the two apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from tandem.measures.instruments import (
    DEFAULT_LOCALE,
    Instrument,
    UnknownInstrumentError,
    load_instrument,
)

SCORED_INSTRUMENTS: tuple[str, ...] = ("phq9", "gad7")
CSSRS_ID = "cssrs_screener"

CssrsRisk = Literal["low", "moderate", "high"]


class ScoringError(ValueError):
    """The answers cannot be scored. ``code`` is stable; ``item`` names the offending answer."""

    def __init__(self, message: str, *, code: str, item: str | int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.item = item


@dataclass(frozen=True)
class Score:
    instrument_id: str
    answers: tuple[int, ...]
    total: int
    max_total: int
    severity: str
    severity_label: str
    item9_positive: bool | None
    caseness: bool
    caseness_cutoff: int
    difficulty: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument_id,
            "answers": list(self.answers),
            "total": self.total,
            "max_total": self.max_total,
            "severity": self.severity,
            "severity_label": self.severity_label,
            "item9_positive": self.item9_positive,
            "caseness": self.caseness,
            "caseness_cutoff": self.caseness_cutoff,
            "difficulty": self.difficulty,
        }


@dataclass(frozen=True)
class CssrsResult:
    risk: CssrsRisk
    answers: Mapping[str, bool]
    asked: tuple[str, ...]
    positive_items: tuple[str, ...]
    recent_behaviour: bool
    reason: str
    high_risk_items: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "instrument": CSSRS_ID,
            "risk": self.risk,
            "answers": dict(self.answers),
            "asked": list(self.asked),
            "positive_items": list(self.positive_items),
            "recent_behaviour": self.recent_behaviour,
            "reason": self.reason,
        }


def _scored_instrument(instrument_id: object) -> Instrument:
    if not isinstance(instrument_id, str) or instrument_id not in SCORED_INSTRUMENTS:
        raise ScoringError(
            f"Unknown questionnaire {instrument_id!r}; choose one of: "
            + ", ".join(SCORED_INSTRUMENTS)
            + ".",
            code="unknown_instrument",
        )
    try:
        return load_instrument(instrument_id)
    except UnknownInstrumentError as exc:  # pragma: no cover - ids are checked above
        raise ScoringError(str(exc), code="unknown_instrument") from exc


def _check_answer(value: object, position: int, low: int, high: int, what: str) -> int:
    # bool is an int subclass; "true" for a frequency item is a client bug, not a 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScoringError(
            f"{what} {position} must be a whole number from {low} to {high}, got {value!r}.",
            code="answer_not_integer",
            item=position,
        )
    if not low <= value <= high:
        raise ScoringError(
            f"{what} {position} must be from {low} to {high}, got {value}.",
            code="answer_out_of_range",
            item=position,
        )
    return value


def score(
    instrument_id: str,
    answers: Sequence[int],
    *,
    difficulty: int | None = None,
    locale: str = DEFAULT_LOCALE,
) -> Score:
    """Score a PHQ-9 or GAD-7: ``answers`` are the item values in order (0-3 each).

    ``difficulty`` is the optional, unscored functional question (0-3). ``locale`` chooses the
    language of ``severity_label``.
    """
    instrument = _scored_instrument(instrument_id)
    assert instrument.scoring is not None
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ScoringError(
            f"Answers must be a list of {instrument.item_count} numbers.", code="answers_not_list"
        )
    if len(answers) != instrument.item_count:
        raise ScoringError(
            f"{instrument.name} needs exactly {instrument.item_count} answers, got {len(answers)}.",
            code="wrong_answer_count",
        )
    low, high = instrument.min_option, instrument.max_option
    values = tuple(
        _check_answer(value, position, low, high, "Answer")
        for position, value in enumerate(answers, start=1)
    )
    if difficulty is not None:
        if instrument.difficulty is None:  # pragma: no cover - both scales define it
            raise ScoringError(f"{instrument.name} has no difficulty question.", code="invalid")
        difficulty_values = [option.value for option in instrument.difficulty.options]
        _check_answer(
            difficulty, 1, min(difficulty_values), max(difficulty_values), "Difficulty answer"
        )
    total = sum(values)
    band = instrument.band_for(total)
    item9_positive: bool | None = None
    safety_item = instrument.scoring.safety_item
    if safety_item is not None:
        item9_positive = values[instrument.item_ids.index(safety_item)] > 0
    return Score(
        instrument_id=instrument.id,
        answers=values,
        total=total,
        max_total=instrument.scoring.max_total,
        severity=band.key,
        severity_label=band.label.get(locale),
        item9_positive=item9_positive,
        caseness=total >= instrument.scoring.caseness_cutoff,
        caseness_cutoff=instrument.scoring.caseness_cutoff,
        difficulty=difficulty,
    )


def severity_for_total(instrument_id: str, total: int, *, locale: str = DEFAULT_LOCALE) -> str:
    """The band label for a stored total (for lists and charts that only keep totals)."""
    instrument = _scored_instrument(instrument_id)
    assert instrument.scoring is not None
    max_total = instrument.scoring.max_total
    _check_answer(total, 1, 0, max_total, "Total")
    return instrument.band_for(total).label.get(locale)


def cssrs_questions_to_ask(answers: Mapping[str, bool]) -> tuple[str, ...]:
    """The C-SSRS items that should be asked given the answers so far (for step-by-step UIs)."""
    instrument = load_instrument(CSSRS_ID)
    return tuple(
        item.id
        for item in instrument.items
        if all(answers.get(earlier) is expected for earlier, expected in item.ask_if.items())
    )


def score_cssrs(answers: Mapping[str, bool | None]) -> CssrsResult:
    """Triage a completed C-SSRS screener. Keys are the item ids of ``cssrs_screener.yaml``.

    Every question the skip logic asks must be answered with a boolean; a question the skip
    logic skips must be absent (or ``None``). Anything else raises ``ScoringError``.
    """
    instrument = load_instrument(CSSRS_ID)
    if not isinstance(answers, Mapping):
        raise ScoringError("C-SSRS answers must be an object of yes/no answers.", code="invalid")
    known = set(instrument.item_ids)
    unknown = sorted(str(key) for key in answers if key not in known)
    if unknown:
        raise ScoringError(
            f"Unknown C-SSRS question(s): {', '.join(unknown)}.", code="unknown_item"
        )
    given = {key: value for key, value in answers.items() if value is not None}
    for key, value in given.items():
        if not isinstance(value, bool):
            raise ScoringError(
                f"C-SSRS answer {key!r} must be true or false, got {value!r}.",
                code="answer_not_boolean",
                item=key,
            )
    asked: list[str] = []
    for item in instrument.items:
        should_ask = all(
            given.get(earlier) is expected for earlier, expected in item.ask_if.items()
        )
        if should_ask:
            asked.append(item.id)
            if item.id not in given:
                raise ScoringError(
                    f"C-SSRS question {item.number} ({item.id}) must be answered.",
                    code="missing_answer",
                    item=item.id,
                )
        elif item.id in given:
            raise ScoringError(
                f"C-SSRS question {item.number} ({item.id}) is skipped by the screener's "
                "skip logic and must not be answered.",
                code="skipped_item_answered",
                item=item.id,
            )
    yes = {key for key, value in given.items() if value}
    positive = tuple(item_id for item_id in instrument.item_ids if item_id in yes)
    recent_behaviour = "behaviour_past_3_months" in yes
    high_items = tuple(
        item_id for item_id in ("intent", "plan", "behaviour_past_3_months") if item_id in yes
    )
    risk: CssrsRisk
    if high_items:
        risk = "high"
        reason = "Yes to intent or plan, or suicidal behaviour in the past three months."
    elif "method" in yes or "behaviour_lifetime" in yes:
        risk = "moderate"
        reason = (
            "Thoughts of a method without intent or plan, or suicidal behaviour in the lifetime."
        )
    elif positive:
        risk = "low"
        reason = (
            "Wish to be dead or non-specific thoughts of suicide, without method, intent or plan."
        )
    else:
        risk = "low"
        reason = "No item endorsed."
    return CssrsResult(
        risk=risk,
        answers={key: given[key] for key in asked},
        asked=tuple(asked),
        positive_items=positive,
        recent_behaviour=recent_behaviour,
        reason=reason,
        high_risk_items=high_items,
    )
