"""Safety screening benchmark: latency (p50/p99), throughput and memory of `assess`.

Compared in the same run with a naive keyword-list baseline, the kind of screen many products
ship. Texts come from the packaged corpus (all splits: only timing is measured, no text is
shown). Each run starts with empty caches so every message pays for its own embedding, and the
figures reported are the median over several runs.

Each sentence encoder (``numpy``, ``onnx``) is measured in its own child process, one after the
other, so memory figures are per encoder and the two never compete for the CPU. A further child
checks the encoders themselves on the corpus: time per forward pass and cosine similarity to the
numpy reference, including onnxruntime's dynamic int8 quantisation (built in a temp dir, not used
by Tandem: see bench/README.md for why).

    .venv/bin/python bench/safety_bench.py [--runs 5] [--threads 4] [--write]

``--write`` replaces the "Safety screening" section of bench/README.md with the results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import cpu_model, replace_readme_section  # noqa: E402 (stdlib only at import)

# Imported before numpy on purpose: tandem/__init__.py sets the BLAS thread defaults, which
# numpy reads only once, when it loads (see bench/README.md for what happens otherwise).
import tandem  # noqa: E402, F401

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
BACKENDS = ("numpy", "onnx")


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
    from tandem.safety.evaluation import packaged_corpus_files

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
    from tandem.safety.detector import _episode, assess_message
    from tandem.safety.normalize import normalize

    assess_message.cache_clear()
    normalize.cache_clear()
    _episode.cache_clear()
    embedder = get_embedder()
    with embedder._lock:
        embedder._cache.clear()


def time_calls(
    fn: Callable[[str, str], object],
    items: list[tuple[str, str]],
    cpu: list[float] | None = None,
) -> list[float]:
    """Wall milliseconds per call; the calling thread's CPU milliseconds go into ``cpu``."""
    durations = []
    for text, lang in items:
        cpu_start = time.thread_time()
        start = time.perf_counter()
        fn(text, lang)
        durations.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.thread_time() - cpu_start) * 1000)
    return durations


def with_cpu(stats: dict[str, float], cpu: list[float]) -> dict[str, float]:
    stats["cpu_p50_ms"] = percentile(cpu, 50)
    stats["cpu_p99_ms"] = percentile(cpu, 99)
    return stats


def time_concurrent(
    fn: Callable[[str, str], object], items: list[tuple[str, str]], threads: int
) -> dict[str, float]:
    """Per-call latency with ``threads`` callers at once, as a web server's worker threads do."""
    durations: list[float] = []
    cpu: list[float] = []
    lock = threading.Lock()

    def worker(part: list[tuple[str, str]]) -> None:
        local_cpu: list[float] = []
        local = time_calls(fn, part, local_cpu)
        with lock:
            durations.extend(local)
            cpu.extend(local_cpu)

    parts = [items[k::threads] for k in range(threads)]
    pool = [threading.Thread(target=worker, args=(part,)) for part in parts]
    start = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    wall = time.perf_counter() - start
    stats = with_cpu(summarise(durations), cpu)
    stats["per_s"] = len(durations) / wall
    return stats


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


def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


# -- child: one encoder through the whole detector ---------------------------------------------


def child_detector(backend: str, runs: int, limit: int, threads: int) -> dict[str, Any]:
    rss_start = rss_mb()
    from tandem.core.embeddings import get_embedder
    from tandem.safety.detector import assess

    load_start = time.perf_counter()
    assess("warm-up: load the model and the exemplar bank")
    load_s = time.perf_counter() - load_start
    assert get_embedder().backend_name == backend, get_embedder().backend_name
    rss_loaded = rss_mb()
    items = corpus_texts()
    if limit:
        items = items[:limit]

    def screen(text: str, lang: str) -> Any:
        return assess(text, locale=lang)

    detector_runs, cached_runs, naive_runs, concurrent_runs = [], [], [], []
    for _ in range(runs):
        clear_caches()
        cpu: list[float] = []
        detector_runs.append(with_cpu(summarise(time_calls(screen, items, cpu)), cpu))
        cpu = []
        cached_runs.append(with_cpu(summarise(time_calls(screen, items, cpu)), cpu))
        cpu = []
        naive = time_calls(lambda t, _lang: naive_screen(t), items, cpu)
        naive_runs.append(with_cpu(summarise(naive), cpu))
        clear_caches()
        concurrent_runs.append(time_concurrent(screen, items, threads))
    # The verdicts themselves, from the warm caches: the parent checks both encoders agree.
    levels = [screen(text, lang).level.label for text, lang in items]
    return {
        "backend": backend,
        "levels": levels,
        "messages": len(items),
        "detector": median_of(detector_runs),
        "detector_cached": median_of(cached_runs),
        "naive": median_of(naive_runs),
        "concurrent": median_of(concurrent_runs),
        "rss_before_mb": rss_start,
        "rss_loaded_mb": rss_loaded,
        "rss_after_mb": rss_mb(),
        "load_s": load_s,
    }


# -- child: the encoders alone, and what int8 would cost in accuracy ---------------------------


def child_encoders(limit: int) -> dict[str, Any]:
    import numpy as np
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from tandem.core import minilm_onnx
    from tandem.core.embeddings import Embedder, model_dir
    from tandem.safety.semantic import focus

    reference = Embedder(backend="numpy", cache_size=0)
    texts = sorted({focus(t) for t, _ in corpus_texts()})
    if limit:
        texts = texts[:limit]
    encodings = reference._tokenizer.encode_batch(texts)
    inputs = []
    for enc in encodings:
        ids = np.array([enc.ids], dtype=np.int64)
        inputs.append((ids, np.ones_like(ids, dtype=np.float32)))
    token_counts = [ids.shape[1] for ids, _ in inputs]

    def timed(run: Callable[[Any, Any], Any]) -> tuple[list[Any], list[float]]:
        outs, durations = [], []
        for ids, mask in inputs:
            start = time.perf_counter()
            out = run(ids, mask)
            durations.append((time.perf_counter() - start) * 1000)
            outs.append(np.asarray(out, dtype=np.float32).reshape(-1))
        return outs, durations

    expected, numpy_ms = timed(reference._forward)
    results: dict[str, Any] = {
        "texts": len(texts),
        "tokens_p50": percentile([float(n) for n in token_counts], 50),
        "tokens_p99": percentile([float(n) for n in token_counts], 99),
        "tokens_max": max(token_counts),
        "numpy": {"p50_ms": percentile(numpy_ms, 50), "p99_ms": percentile(numpy_ms, 99)},
    }

    def session(path: str) -> Any:
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])

    with tempfile.TemporaryDirectory() as tmp:
        fp32 = str(minilm_onnx.cached_model_path(model_dir()))
        import onnx

        graph = onnx.load(fp32)
        weights = {init.name for init in graph.graph.initializer}
        activation_matmuls = [
            n.name
            for n in graph.graph.node
            if n.op_type == "MatMul" and not any(i in weights for i in n.input)
        ]
        variants: dict[str, str] = {"onnx fp32 (used)": fp32}
        int8_all = str(Path(tmp) / "int8.onnx")
        quantize_dynamic(fp32, int8_all, weight_type=QuantType.QInt8)
        variants["onnx int8, dynamic, default"] = int8_all
        int8_weights = str(Path(tmp) / "int8-weights.onnx")
        quantize_dynamic(
            fp32,
            int8_weights,
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
            nodes_to_exclude=activation_matmuls,
        )
        variants["onnx int8, dynamic, per-channel weights only"] = int8_weights
        for label, path in variants.items():
            sess = session(path)

            def run(ids: Any, mask: Any, sess: Any = sess) -> Any:
                return sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]

            got, durations = timed(run)
            cosines = [float(g @ e) for g, e in zip(got, expected, strict=True)]
            results[label] = {
                "p50_ms": percentile(durations, 50),
                "p99_ms": percentile(durations, 99),
                "cos_min": min(cosines),
                "cos_p1": percentile(cosines, 1),
                "cos_mean": statistics.fmean(cosines),
                "size_mb": Path(path).stat().st_size / 2**20,
            }
    return results


# -- parent ------------------------------------------------------------------------------------


def run_child(args: list[str], backend: str) -> dict[str, Any]:
    env = dict(os.environ, TANDEM_EMBEDDER=backend)
    out = subprocess.run(
        [sys.executable, __file__, *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="update bench/README.md")
    parser.add_argument("--limit", type=int, default=0, help="time only the first N texts")
    parser.add_argument("--threads", type=int, default=4, help="callers in the concurrent run")
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--no-encoders", action="store_true", help="skip the encoder check")
    parser.add_argument("--child", choices=[*BACKENDS, "encoders"], help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "encoders":
        print(json.dumps(child_encoders(args.limit)))
        return
    if args.child:
        print(json.dumps(child_detector(args.child, args.runs, args.limit, args.threads)))
        return

    load_before = os.getloadavg()[0]
    common = ["--runs", str(args.runs), "--limit", str(args.limit), "--threads", str(args.threads)]
    detectors = {}
    for backend in args.backends.split(","):
        print(f"timing the detector with the {backend} encoder...", file=sys.stderr)
        detectors[backend] = run_child([*common, "--child", backend], backend)
    encoders = None
    if not args.no_encoders:
        print("timing the encoders alone...", file=sys.stderr)
        encoders = run_child(["--limit", str(args.limit), "--child", "encoders"], "numpy")
    agreement = None
    if len(detectors) > 1:
        verdicts = [d.pop("levels") for d in detectors.values()]
        agreement = {
            "messages": len(verdicts[0]),
            "differing": sum(len(set(v)) > 1 for v in zip(*verdicts, strict=True)),
        }
    else:
        for d in detectors.values():
            d.pop("levels")
    result = {
        "agreement": agreement,
        "runs": args.runs,
        "threads": args.threads,
        "detectors": detectors,
        "encoders": encoders,
        "machine": f"{cpu_model()}, {platform.machine()}, {os.cpu_count()} CPUs",
        "load_average": [load_before, os.getloadavg()[0]],
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
    }
    print(json.dumps(result, indent=2))
    if args.write:
        write_readme(result)


SECTION_START = "## Safety screening"


def _row(name: str, stats: dict[str, float], digits: int) -> str:
    return (
        f"| {name} | {stats['p50_ms']:.{digits}f} | {stats['p99_ms']:.{digits}f} | "
        f"{stats['max_ms']:.{digits}f} | {stats['cpu_p50_ms']:.{digits}f} | "
        f"{stats['cpu_p99_ms']:.{digits}f} | {stats['per_s']:.0f} |"
    )


def write_readme(r: dict[str, Any]) -> None:
    rows = []
    memory = []
    some: dict[str, Any] = {}
    for backend, d in r["detectors"].items():
        some = d
        rows.append(_row(f"Tandem detector, {backend} encoder, cold cache", d["detector"], 2))
        rows.append(
            _row(
                f"Tandem detector, {backend} encoder, cold cache, {r['threads']} threads at once",
                d["concurrent"],
                2,
            )
        )
        rows.append(
            _row(f"Tandem detector, {backend} encoder, same message again", d["detector_cached"], 3)
        )
        memory.append(
            f"{backend}: RSS {d['rss_before_mb']:.0f} MB before loading, "
            f"{d['rss_loaded_mb']:.0f} MB loaded, {d['rss_after_mb']:.0f} MB after the runs; "
            f"loading took {d['load_s']:.1f} s"
        )
    rows.append(_row("naive keyword list", some["naive"], 4))
    encoder_part = ""
    if r["encoders"]:
        e = r["encoders"]
        lines = [
            "| encoder | forward p50 ms | forward p99 ms | cosine to numpy: min | 1st pct | mean "
            "| file MB |",
            "|---|---:|---:|---:|---:|---:|---:|",
            f"| numpy (reference) | {e['numpy']['p50_ms']:.2f} | {e['numpy']['p99_ms']:.2f} "
            "| 1 | 1 | 1 | — |",
        ]
        for label, v in e.items():
            if not label.startswith("onnx"):
                continue
            lines.append(
                f"| {label} | {v['p50_ms']:.2f} | {v['p99_ms']:.2f} | {v['cos_min']:.5f} | "
                f"{v['cos_p1']:.5f} | {v['cos_mean']:.5f} | {v['size_mb']:.0f} |"
            )
        table = "\n".join(lines)
        encoder_part = f"""
The encoders alone, one forward pass per text on the {e["texts"]} distinct texts the semantic
layer embeds (the last 320 characters of each message: {e["tokens_p50"]:.0f} tokens at the
median, {e["tokens_p99"]:.0f} at p99, {e["tokens_max"]} at most), one thread each:

{table}
"""
    agreement = r.get("agreement")
    agreement_line = (
        f"\nThe detector's level differed between the encoders on {agreement['differing']} of "
        f"{agreement['messages']} texts."
        if agreement
        else ""
    )
    section = f"""{SECTION_START}

`bench/safety_bench.py` times `tandem.safety.detector.assess` on every message and conversation
turn of the packaged corpus ({some["messages"]} texts, all splits; only timing is read), median of
{r["runs"]} runs, once per sentence encoder, each in its own process. Each run starts with empty
caches, so every message pays for its own MiniLM embedding; "same message again" shows the
per-text caches; "{r["threads"]} threads at once" screens the same texts from {r["threads"]}
threads as a web server's workers do (latency per call, throughput over the wall time). The
baseline is a naive substring search over {len(NAIVE_KEYWORDS)} keywords, in the same runs. Wall
time is what a caller waits; CPU time is the calling thread's own work, which a busy machine
does not inflate.

Machine: {r["machine"]}, Python {r["python"]}, {r["date"]}; 1-minute load average
{r["load_average"][0]:.1f} before and {r["load_average"][1]:.1f} after (a shared machine:
other jobs were running).

| screen | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms | messages/s |
|---|---:|---:|---:|---:|---:|---:|
{chr(10).join(rows)}

Memory: {"; ".join(memory)}. Budget (DESIGN §7): p99 under 20 ms per message.
{agreement_line}
{encoder_part}"""
    replace_readme_section(SECTION_START, section)


if __name__ == "__main__":
    main()
