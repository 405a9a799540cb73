"""`tandem safety eval`: metrics computed correctly on a tiny synthetic corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tandem.safety.assessment import RiskLevel
from tandem.safety.cli import app
from tandem.safety.evaluation import (
    Case,
    CorpusError,
    Outcome,
    Report,
    evaluate,
    load_cases,
    select,
)

NONE, LOW, MODERATE, HIGH, IMMINENT = tuple(RiskLevel)


def outcome(expected: RiskLevel, got: RiskLevel, **kwargs: object) -> Outcome:
    case = Case(
        id=f"{expected.label}-{got.label}", lang="en", level=expected, split="dev", text="x"
    )
    return Outcome(case=case, got=got, **kwargs)  # type: ignore[arg-type]


def test_metrics_on_known_outcomes() -> None:
    report = Report(
        outcomes=[
            outcome(NONE, NONE),
            outcome(NONE, NONE),
            outcome(NONE, LOW),
            outcome(NONE, MODERATE),  # a false crisis
            outcome(MODERATE, MODERATE),
            outcome(MODERATE, LOW),  # a missed moderate
            outcome(HIGH, HIGH),
            outcome(HIGH, MODERATE),  # high below high
            outcome(IMMINENT, IMMINENT),
        ]
    )
    assert report.false_crisis_rate == pytest.approx(1 / 4)
    assert report.recall_moderate_plus == pytest.approx(4 / 5)  # 5 moderate+, 4 caught
    assert report.high_below_high == 1
    assert report.recall(NONE) == pytest.approx(2 / 4)
    assert report.precision(MODERATE) == pytest.approx(1 / 3)
    assert report.recall(LOW) is None
    assert report.precision(LOW) == 0.0
    confusion = report.confusion()
    assert confusion[NONE][MODERATE] == 1 and confusion[HIGH][MODERATE] == 1
    assert len(report.misses) == 4  # every outcome whose level differs
    failures = report.target_failures()
    assert len(failures) == 3


def test_timeliness_uses_the_level_at_the_risk_turn() -> None:
    conv = Case(id="c", lang="en", level=HIGH, split="dev", turns=("a", "b", "c"), risk_turn=1)
    late = Outcome(case=conv, got=HIGH, turn_levels=(NONE, MODERATE, HIGH))
    timely = Outcome(case=conv, got=HIGH, turn_levels=(NONE, HIGH, HIGH))
    assert late.timely is False and timely.timely is True
    report = Report(outcomes=[late, timely])
    assert report.timeliness == pytest.approx(0.5)
    assert report.target_failures() == ["1 conversation(s) not flagged by their risk turn"]
    assert late in report.misses


def test_all_targets_met_gives_no_failures() -> None:
    report = Report(outcomes=[outcome(NONE, NONE), outcome(HIGH, IMMINENT), outcome(LOW, NONE)])
    assert report.target_failures() == []


def lines(*items: dict[str, object]) -> list[str]:
    return [json.dumps(item) for item in items]


def test_load_and_select_filter_split_and_language() -> None:
    cases = load_cases(
        lines(
            {"id": "1", "lang": "en", "text": "hi", "level": "none", "split": "dev"},
            {"id": "2", "lang": "es", "text": "hola", "level": "none", "split": "holdout"},
            {
                "id": "3",
                "lang": "en",
                "turns": ["a"],
                "level": "low",
                "risk_turn": 0,
                "split": "holdout",
            },
        )
    )
    assert [c.id for c in select(cases, split="holdout")] == ["2", "3"]
    assert [c.id for c in select(cases, split="all", lang="en")] == ["1", "3"]
    assert cases[2].is_conversation and cases[2].risk_turn == 0


@pytest.mark.parametrize(
    "item",
    [
        {"id": "x", "lang": "en", "level": "none"},
        {"id": "x", "lang": "en", "text": "a", "level": "severe"},
        {"id": "x", "lang": "en", "turns": [], "level": "none"},
        {"id": "x", "lang": "en", "turns": ["a"], "level": "none", "risk_turn": 3},
        {"lang": "en", "text": "a", "level": "none"},
    ],
)
def test_malformed_corpus_lines_are_rejected(item: dict[str, object]) -> None:
    with pytest.raises(CorpusError):
        load_cases(lines(item))


def test_evaluate_runs_the_detector(tmp_path: Path) -> None:
    cases = load_cases(
        lines(
            {"id": "b", "lang": "en", "text": "this traffic is killing me", "level": "none"},
            {"id": "r", "lang": "en", "text": "I want to kill myself", "level": "moderate"},
            {
                "id": "c",
                "lang": "en",
                "turns": ["fine", "I'm going to end my life tonight", "jk"],
                "level": "high",
                "risk_turn": 1,
            },
        )
    )
    report = evaluate(cases)
    assert [o.got for o in report.outcomes][:2] == [NONE, MODERATE]
    assert report.outcomes[2].timely is True
    assert report.target_failures() == []


def test_eval_command_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        "\n".join(
            lines(
                {
                    "id": "1",
                    "lang": "en",
                    "text": "killed it at work",
                    "level": "none",
                    "split": "dev",
                },
                {
                    "id": "2",
                    "lang": "en",
                    "text": "I want to die",
                    "level": "moderate",
                    "split": "dev",
                },
            )
        ),
        encoding="utf-8",
    )
    runner = CliRunner()
    ok = runner.invoke(app, ["eval", str(good), "--split", "dev"])
    assert ok.exit_code == 0, ok.output
    assert "All targets met" in ok.output
    assert "Confusion matrix" in ok.output

    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps(
            {"id": "3", "lang": "en", "text": "hello there", "level": "high", "split": "dev"}
        ),
        encoding="utf-8",
    )
    failed = runner.invoke(app, ["eval", str(bad), "--split", "dev"])
    assert failed.exit_code == 1
    assert "Targets not met" in failed.output
    assert "3" in failed.output  # the miss is listed

    empty = runner.invoke(app, ["eval", str(good), "--split", "holdout"])
    assert empty.exit_code == 2


def test_screen_command_reads_stdin() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["screen"], input='{"id": "a", "text": "I want to die"}\n')
    assert result.exit_code == 0
    assert json.loads(result.output)["level"] == "moderate"


def test_packaged_splits_live_in_separate_folders() -> None:
    # Only file names are listed here: the held-back set is never read by tests or tuning.
    from tandem.safety.evaluation import packaged_corpus_files

    dev = packaged_corpus_files("dev")
    assert dev and all(p.parent.name == "corpus" for p in dev)
    assert packaged_corpus_files() == dev  # the default is the tuning data, never the held-back
    held = packaged_corpus_files("holdout")
    assert all(p.parent.name == "heldout" for p in held)
    assert set(packaged_corpus_files("all")) == set(dev) | set(held)


def test_eval_defaults_to_the_held_back_split() -> None:
    from tandem.safety.cli import Split, eval_command

    default = eval_command.__defaults__ or ()
    splits = [d for d in default if isinstance(getattr(d, "default", None), Split)]
    assert splits and splits[0].default == Split.holdout
