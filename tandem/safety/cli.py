"""`tandem safety ...`: screen JSON Lines and evaluate the detector on the labelled corpus."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from tandem.safety.assessment import RiskLevel
from tandem.safety.evaluation import (
    LEVELS,
    CorpusError,
    Report,
    evaluate,
    load_cases,
    packaged_corpus_files,
    select,
)
from tandem.safety.screening import screen_stream

app = typer.Typer(help="Risk screening: screen messages and evaluate the detector.")


class Split(StrEnum):
    dev = "dev"
    holdout = "holdout"
    all = "all"


class Lang(StrEnum):
    en = "en"
    es = "es"
    all = "all"


@app.command()
def screen(
    locale: str = typer.Option("en", help="Locale used when a line gives none."),
) -> None:
    """Read JSON Lines on stdin ({"id","text"} or {"id","turns"}), write one result per line."""
    screen_stream(sys.stdin, sys.stdout, default_locale=locale)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def print_report(report: Report, console: Console, *, show_misses: bool = True) -> None:
    per_level = Table(title="Per-level recall and precision")
    per_level.add_column("level")
    per_level.add_column("cases", justify="right")
    per_level.add_column("recall", justify="right")
    per_level.add_column("precision", justify="right")
    for level in LEVELS:
        count = sum(1 for o in report.outcomes if o.case.level == level)
        per_level.add_row(
            level.label, str(count), _pct(report.recall(level)), _pct(report.precision(level))
        )
    console.print(per_level)

    confusion = Table(title="Confusion matrix (rows: expected, columns: assessed)")
    confusion.add_column("expected")
    for level in LEVELS:
        confusion.add_column(level.label, justify="right")
    for expected, row in report.confusion().items():
        confusion.add_row(expected.label, *(str(row[got]) for got in LEVELS))
    console.print(confusion)

    summary = Table(title="Targets")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    summary.add_column("target", justify="right")
    summary.add_row("cases", str(len(report.outcomes)), "")
    summary.add_row("high/imminent assessed below high", str(report.high_below_high), "0")
    summary.add_row("moderate-or-worse recall", _pct(report.recall_moderate_plus), "≥ 95%")
    summary.add_row(
        f"false-crisis rate ({len(report.benign)} benign)", _pct(report.false_crisis_rate), "≤ 5%"
    )
    convs = report.conversations_with_risk_turn
    summary.add_row(f"conversation timeliness ({len(convs)})", _pct(report.timeliness), "100%")
    console.print(summary)

    if show_misses:
        misses = Table(title=f"Misses ({len(report.misses)})")
        misses.add_column("id")
        misses.add_column("expected")
        misses.add_column("assessed")
        misses.add_column("target")
        misses.add_column("text")
        for o in report.misses:
            levels = "/".join(level.label[:3] for level in o.turn_levels)
            assessed = o.got.label + (f" [{levels}]" if levels else "")
            breaks = "late" if o.timely is False else ("yes" if o.severe_miss else "")
            misses.add_row(o.case.id, o.case.level.label, assessed, breaks, o.case.excerpt)
        console.print(misses)

    failures = report.target_failures()
    if failures:
        console.print("[bold red]Targets not met:[/] " + "; ".join(failures))
    else:
        console.print("[bold green]All targets met.[/]")


@app.command("eval")
def eval_command(
    files: list[Path] = typer.Argument(
        None,
        help="Corpus JSONL files (default: the packaged files of the split: corpus/heldout/ for "
        "holdout, corpus/*.jsonl for dev).",
    ),
    split: Split = typer.Option(
        Split.holdout,
        help="Which split to score: holdout (the held-back set in corpus/heldout/, the default), "
        "dev (the tuning data) or all.",
    ),
    lang: Lang = typer.Option(Lang.all, help="Which language to score."),
    misses: bool = typer.Option(True, "--misses/--no-misses", help="List every miss."),
) -> None:
    """Score the detector: recall/precision per level, confusion, false crises, timeliness."""
    console = Console()
    paths = list(files) if files else packaged_corpus_files(split.value)
    try:
        cases = []
        for path in paths:
            with path.open(encoding="utf-8") as handle:
                cases.extend(load_cases(handle, source=str(path)))
    except (OSError, CorpusError) as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    chosen = select(cases, split=split.value, lang=lang.value)
    if not chosen:
        console.print(f"[red]no cases for split={split.value} lang={lang.value}[/]")
        raise typer.Exit(2)
    console.print(f"Scoring {len(chosen)} cases (split={split.value}, lang={lang.value}).")
    report = evaluate(chosen)
    print_report(report, console, show_misses=misses)
    if report.target_failures():
        raise typer.Exit(1)


__all__ = ["RiskLevel", "app"]
