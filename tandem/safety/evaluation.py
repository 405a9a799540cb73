"""Evaluation of the detector against a labelled corpus (`tandem safety eval`).

Corpus lines are JSON objects: messages ``{id, lang, text, level, categories, kind, split, note}``
and conversations ``{id, lang, turns, level, categories, risk_turn, split, note}``. A
conversation is scored by its final level (the episode level) and by timeliness: whether the
level after its ``risk_turn`` already reached the expected level.

Targets (issue 3), checked on the held-back split: ``corpus/heldout/*.jsonl`` (split
``holdout``), written independently of the detector and never read while tuning; the
top-level ``corpus/*.jsonl`` files are all tuning data (split ``dev``):
- no high/imminent case assessed below high;
- recall of moderate-or-worse at least 95%;
- at most 5% of benign (``none``) cases assessed moderate or worse;
- every risky conversation flagged at its expected level by its risk turn.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation

LEVELS = tuple(RiskLevel)
MIN_RECALL_MODERATE_PLUS = 0.95
MAX_FALSE_CRISIS_RATE = 0.05


class CorpusError(ValueError):
    """A corpus line is malformed."""


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    level: RiskLevel
    split: str
    text: str | None = None
    turns: tuple[str, ...] | None = None
    risk_turn: int | None = None

    @property
    def is_conversation(self) -> bool:
        return self.turns is not None

    @property
    def excerpt(self) -> str:
        body = self.text if self.text is not None else " / ".join(self.turns or ())
        return body if len(body) <= 160 else body[:157] + "..."


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: RiskLevel
    turn_levels: tuple[RiskLevel, ...] = ()
    categories: tuple[str, ...] = ()

    @property
    def timely(self) -> bool | None:
        """For risky conversations: flagged at the expected level by the risk turn."""
        if self.case.risk_turn is None or not self.turn_levels:
            return None
        index = min(self.case.risk_turn, len(self.turn_levels) - 1)
        return self.turn_levels[index] >= self.case.level

    @property
    def severe_miss(self) -> bool:
        """A miss that breaks a target: under-triage of moderate+ or a false crisis."""
        expected = self.case.level
        if expected >= RiskLevel.HIGH:
            return self.got < RiskLevel.HIGH
        if expected == RiskLevel.MODERATE:
            return self.got < RiskLevel.MODERATE
        if expected == RiskLevel.NONE:
            return self.got >= RiskLevel.MODERATE
        return False


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def confusion(self) -> dict[RiskLevel, dict[RiskLevel, int]]:
        table = {e: dict.fromkeys(LEVELS, 0) for e in LEVELS}
        for o in self.outcomes:
            table[o.case.level][o.got] += 1
        return table

    def recall(self, level: RiskLevel) -> float | None:
        relevant = [o for o in self.outcomes if o.case.level == level]
        return sum(o.got == level for o in relevant) / len(relevant) if relevant else None

    def precision(self, level: RiskLevel) -> float | None:
        predicted = [o for o in self.outcomes if o.got == level]
        return sum(o.case.level == level for o in predicted) / len(predicted) if predicted else None

    @property
    def benign(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.level == RiskLevel.NONE]

    @property
    def false_crisis_rate(self) -> float:
        benign = self.benign
        flagged = sum(o.got >= RiskLevel.MODERATE for o in benign)
        return flagged / len(benign) if benign else 0.0

    @property
    def recall_moderate_plus(self) -> float:
        risky = [o for o in self.outcomes if o.case.level >= RiskLevel.MODERATE]
        caught = sum(o.got >= RiskLevel.MODERATE for o in risky)
        return caught / len(risky) if risky else 1.0

    @property
    def high_below_high(self) -> int:
        return sum(
            1 for o in self.outcomes if o.case.level >= RiskLevel.HIGH and o.got < RiskLevel.HIGH
        )

    @property
    def conversations_with_risk_turn(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.timely is not None]

    @property
    def timeliness(self) -> float:
        convs = self.conversations_with_risk_turn
        return sum(bool(o.timely) for o in convs) / len(convs) if convs else 1.0

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.got != o.case.level or o.timely is False]

    def target_failures(self) -> list[str]:
        failures = []
        if self.high_below_high:
            failures.append(f"{self.high_below_high} high/imminent case(s) assessed below high")
        if self.recall_moderate_plus < MIN_RECALL_MODERATE_PLUS:
            failures.append(
                f"moderate-or-worse recall {self.recall_moderate_plus:.1%} is below "
                f"{MIN_RECALL_MODERATE_PLUS:.0%}"
            )
        if self.false_crisis_rate > MAX_FALSE_CRISIS_RATE:
            failures.append(
                f"false-crisis rate {self.false_crisis_rate:.1%} is above "
                f"{MAX_FALSE_CRISIS_RATE:.0%}"
            )
        late = [o for o in self.conversations_with_risk_turn if not o.timely]
        if late:
            failures.append(f"{len(late)} conversation(s) not flagged by their risk turn")
        return failures


def _parse_case(raw: dict[str, object], where: str) -> Case:
    def need_str(key: str) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or not value:
            raise CorpusError(f"{where}: '{key}' must be a non-empty string")
        return value

    case_id = need_str("id")
    lang = need_str("lang")
    try:
        level = RiskLevel.parse(need_str("level"))
    except ValueError as exc:
        raise CorpusError(f"{where}: {exc}") from exc
    split = str(raw.get("split", "dev"))
    if "turns" in raw:
        turns = raw["turns"]
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
            raise CorpusError(f"{where}: 'turns' must be a non-empty list of strings")
        risk_turn = raw.get("risk_turn")
        if risk_turn is not None and (
            not isinstance(risk_turn, int) or not 0 <= risk_turn < len(turns)
        ):
            raise CorpusError(f"{where}: 'risk_turn' must be a turn index or null")
        return Case(case_id, lang, level, split, turns=tuple(turns), risk_turn=risk_turn)
    text = raw.get("text")
    if not isinstance(text, str):
        raise CorpusError(f"{where}: a message needs 'text' (or a conversation 'turns')")
    return Case(case_id, lang, level, split, text=text)


def load_cases(lines: Iterable[str], *, source: str = "<corpus>") -> list[Case]:
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: invalid JSON ({exc.msg})") from exc
        if not isinstance(raw, dict):
            raise CorpusError(f"{where}: each line must be a JSON object")
        cases.append(_parse_case(raw, where))
    return cases


HELDOUT_DIR = "heldout"  # corpus/heldout/: the held-back set, written apart from the tuning data


def packaged_corpus_files(split: str = "dev") -> list[Path]:
    """The packaged corpus files a split lives in.

    ``holdout`` is ``corpus/heldout/*.jsonl``: written independently of the detector and never
    read while tuning. ``dev`` is the top-level ``corpus/*.jsonl`` (every line there is tuning
    data; the first holdout was retired once it had been seen). ``all`` is both.
    """
    folder = resources.files("tandem.safety") / "corpus"
    folders = []
    if split in ("dev", "all"):
        folders.append(folder)
    if split in ("holdout", "all"):
        held = folder / HELDOUT_DIR
        if held.is_dir():
            folders.append(held)
    return sorted(
        Path(str(entry))
        for where in folders
        for entry in where.iterdir()
        if entry.name.endswith(".jsonl")
    )


def select(cases: Sequence[Case], *, split: str = "holdout", lang: str = "all") -> list[Case]:
    """Filter by split (dev|holdout|all) and language (en|es|all), before anything is run."""
    return [
        c
        for c in cases
        if (split == "all" or c.split == split) and (lang == "all" or c.lang == lang)
    ]


def evaluate(cases: Sequence[Case]) -> Report:
    report = Report()
    for case in cases:
        if case.turns is not None:
            results = assess_conversation(case.turns, locale=case.lang)
            report.outcomes.append(
                Outcome(
                    case=case,
                    got=results[-1].level,
                    turn_levels=tuple(r.level for r in results),
                    categories=results[-1].categories,
                )
            )
        else:
            result = assess(case.text or "", locale=case.lang)
            report.outcomes.append(
                Outcome(case=case, got=result.level, categories=result.categories)
            )
    return report
