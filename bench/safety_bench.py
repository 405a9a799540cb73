"""Safety screening benchmark: latency (p50/p99), throughput and memory of `assess`.

Compared in the same run with a naive keyword-list baseline, the kind of screen many products
ship. Texts come from the packaged corpus (all splits: only timing is measured, no text is
shown). Each run starts with empty caches so every message pays for its own embedding, and the
figures reported are the median over several runs.

    .venv/bin/python bench/safety_bench.py [--runs 5] [--write]

``--write`` replaces the "Safety screening" section of bench/README.md with the results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tandem.safety.detector import _episode, assess, assess_message  # noqa: E402
from tandem.safety.evaluation import packaged_corpus_files  # noqa: E402

NAIVE_KEYWORDS = (
    "suicide",
    "suicidal",
    "kill myself",
    "want to die",
    "end my life",
    "self harm",
    "cut myself",
    "overdose",
    "suicidio",
    "suicidarme",
    "matarme",
    "quiero morir",
    "quitarme la vida",
)


def naive_screen(text: str) -> bool:
    lowered = text.lower()
    return any(keyword in lowered for keyword in NAIVE_KEYWORDS)


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def corpus_texts() -> list[tuple[str, str]]:
    texts = []
    for path in packaged_corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if "text" in item:
                texts.append((item["text"], item.get("lang", "en")))
            else:
                texts.extend((turn, item.get("lang", "en")) for turn in item.get("turns", []))
    return texts


def clear_caches() -> None:
    from tandem.core.embeddings import get_embedder

    assess_message.cache_clear()
    _episode.cache_clear()
    embedder = get_embedder()
    with embedder._lock:
        embedder._cache.clear()


def time_calls(fn: Callable[[str, str], object], items: list[tuple[str, str]]) -> list[float]:
    durations = []
    for text, lang in items:
        start = time.perf_counter()
        fn(text, lang)
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summarise(durations: list[float]) -> dict[str, float]:
    total_s = sum(durations) / 1000
    return {
        "p50_ms": percentile(durations, 50),
        "p99_ms": percentile(durations, 99),
        "max_ms": max(durations),
        "per_s": len(durations) / total_s if total_s else float("inf"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="update bench/README.md")
    parser.add_argument("--limit", type=int, default=0, help="time only the first N texts")
    args = parser.parse_args()

    rss_start = rss_mb()
    load_start = time.perf_counter()
    assess("warm-up: load the model and the exemplar bank")
    load_s = time.perf_counter() - load_start
    rss_loaded = rss_mb()
    items = corpus_texts()
    if args.limit:
        items = items[: args.limit]

    detector_runs, cached_runs, naive_runs = [], [], []
    for _ in range(args.runs):
        clear_caches()
        detector_runs.append(summarise(time_calls(lambda t, lang: assess(t, locale=lang), items)))
        cached_runs.append(summarise(time_calls(lambda t, lang: assess(t, locale=lang), items)))
        naive_runs.append(summarise(time_calls(lambda t, _lang: naive_screen(t), items)))

    def median(runs: list[dict[str, float]]) -> dict[str, float]:
        return {key: statistics.median(r[key] for r in runs) for key in runs[0]}

    result = {
        "messages": len(items),
        "runs": args.runs,
        "detector": median(detector_runs),
        "detector_cached": median(cached_runs),
        "naive": median(naive_runs),
        "rss_before_mb": rss_start,
        "rss_loaded_mb": rss_loaded,
        "rss_after_mb": rss_mb(),
        "load_s": load_s,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "load_average": os.getloadavg()[0],
        "python": platform.python_version(),
    }
    print(json.dumps(result, indent=2))
    if args.write:
        write_readme(result)


SECTION_START = "## Safety screening"


def _row(name: str, stats: dict[str, float], digits: int) -> str:
    return (
        f"| {name} | {stats['p50_ms']:.{digits}f} | {stats['p99_ms']:.{digits}f} | "
        f"{stats['max_ms']:.{digits}f} | {stats['per_s']:.0f} |"
    )


def write_readme(r: dict[str, Any]) -> None:
    rows = "\n".join(
        [
            _row("Tandem detector (rules + semantic, cold cache)", r["detector"], 2),
            _row("Tandem detector (same message again, cached)", r["detector_cached"], 3),
            _row("naive keyword list", r["naive"], 4),
        ]
    )
    section = f"""{SECTION_START}

`bench/safety_bench.py` times `tandem.safety.detector.assess` on every message and conversation
turn of the packaged corpus ({r["messages"]} texts, all splits; only timing is read), median of
{r["runs"]} runs. Each run starts with empty caches, so every message pays for its own MiniLM
embedding (numpy, no torch); a second pass shows the cost of a repeated message. The baseline is
a naive substring search over {len(NAIVE_KEYWORDS)} keywords.

Machine: {r["machine"]}, Python {r["python"]}; 1-minute load average at the end of the run
{r["load_average"]:.1f} (a shared machine: other jobs were running, so the figures are
pessimistic).

| screen | p50 ms | p99 ms | max ms | messages/s |
|---|---:|---:|---:|---:|
{rows}

Memory: RSS {r["rss_before_mb"]:.0f} MB before loading, {r["rss_loaded_mb"]:.0f} MB with the
embedding model and exemplar bank loaded, {r["rss_after_mb"]:.0f} MB after the runs (caches
full). Loading took {r["load_s"]:.1f} s. Budget (DESIGN §7): p99 under 20 ms per message.
"""
    readme = Path(__file__).with_name("README.md")
    lines = readme.read_text(encoding="utf-8").splitlines() if readme.exists() else ["# Benchmarks"]
    if SECTION_START in lines:
        first = lines.index(SECTION_START)
        rest = [i for i in range(first + 1, len(lines)) if lines[i].startswith("## ")]
        tail = lines[rest[0] :] if rest else []
        lines = lines[:first] + section.rstrip("\n").splitlines() + (["", *tail] if tail else [])
    else:
        lines = [*lines, "", *section.rstrip("\n").splitlines()]
    readme.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
