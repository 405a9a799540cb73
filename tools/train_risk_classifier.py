"""Train the safety risk classifier on the DEV split of the safety corpus, reproducibly.

Only corpus lines with ``split == "dev"`` are read into memory (the filter runs before anything
else looks at a line); the holdout is never opened for its text. Two logistic regressions over
MiniLM embeddings (+ language flag + bias) are fitted with numpy full-batch gradient descent,
balanced class weights and L2: P(level >= moderate) and P(level >= high). Thresholds come from
5-fold stratified cross-validation (fixed seed) on dev:

- moderate: benign out-of-fold probabilities above it at most ``BENIGN_BUDGET`` (per language);
- low: benign out-of-fold probabilities above it at most 10%;
- high with rule support: at most 5% of out-of-fold below-high messages above it;
- high alone: above every out-of-fold below-high message (and at least 0.9).

Usage: ``.venv/bin/python tools/train_risk_classifier.py [--out PATH] [--report]``.
Same data, same weights: no randomness except the fixed-seed fold split.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from tandem.safety.classifier import LANGS, features, sigmoid

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tandem" / "safety" / "corpus"
OUT = ROOT / "tandem" / "safety" / "data" / "risk_classifier.npz"
LEVELS = ("none", "low", "moderate", "high", "imminent")
SEED = 20261127
FOLDS = 5
L2 = 0.01
STEPS = 1500
RATE = 1.0
BENIGN_BUDGET = 0.025


def load_dev() -> list[tuple[str, str, int]]:
    """(text, lang, level index) for every dev single message, both languages."""
    rows: list[tuple[str, str, int]] = []
    for lang in LANGS:
        with open(CORPUS / f"{lang}_messages.jsonl", encoding="utf-8") as fh:
            for line in fh:
                raw = json.loads(line)
                if raw.get("split") != "dev":
                    continue  # the holdout is never used, not even looked at
                rows.append((str(raw["text"]), lang, LEVELS.index(str(raw["level"]))))
    return rows


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by full-batch gradient descent (deterministic)."""
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(len(y) - y.sum()))
    weight = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = sigmoid(x @ w)
        grad = x.T @ (weight * (p - y)) / len(y) + L2 * np.r_[w[:-1], 0.0]
        w -= RATE * grad
    return w


def folds(levels: np.ndarray, langs: np.ndarray) -> np.ndarray:
    """A stratified (language x level) fold index per example, from a fixed seed."""
    rng = np.random.default_rng(SEED)
    fold = np.zeros(len(levels), dtype=int)
    for lang in LANGS:
        for level in range(len(LEVELS)):
            idx = np.flatnonzero((langs == lang) & (levels == level))
            idx = idx[rng.permutation(len(idx))]
            fold[idx] = np.arange(len(idx)) % FOLDS
    return fold


def embed(texts: list[str]) -> np.ndarray:
    from tandem.core.embeddings import get_embedder
    from tandem.safety.semantic import focus

    return get_embedder().embed([focus(t) for t in texts]).astype(np.float64)


def quantile_above(values: np.ndarray, budget: float) -> float:
    """The smallest threshold leaving at most ``budget`` of ``values`` at or above it."""
    if len(values) == 0:
        return 0.5
    ordered = np.sort(values)[::-1]
    allowed = int(np.floor(budget * len(values)))
    return float(ordered[allowed]) + 1e-6 if allowed < len(ordered) else 0.0


def train(rows: list[tuple[str, str, int]]) -> tuple[dict[str, np.ndarray], dict[str, object]]:
    texts = [r[0] for r in rows]
    langs = np.array([r[1] for r in rows])
    levels = np.array([r[2] for r in rows])
    emb = embed(texts)
    x = np.stack([features(e, lang) for e, lang in zip(emb, langs, strict=True)])
    y_mod = (levels >= 2).astype(float)
    y_high = (levels >= 3).astype(float)
    fold = folds(levels, langs)
    oof_mod = np.zeros(len(rows))
    oof_high = np.zeros(len(rows))
    for k in range(FOLDS):
        train_idx, test_idx = fold != k, fold == k
        oof_mod[test_idx] = sigmoid(x[test_idx] @ fit(x[train_idx], y_mod[train_idx]))
        oof_high[test_idx] = sigmoid(x[test_idx] @ fit(x[train_idx], y_high[train_idx]))
    thresholds = np.zeros((len(LANGS), 4))
    for i, lang in enumerate(LANGS):
        in_lang = langs == lang
        benign = oof_mod[in_lang & (levels == 0)]
        below_high = oof_high[in_lang & (levels < 3)]
        t_low = quantile_above(benign, 0.10)
        t_mod = max(quantile_above(benign, BENIGN_BUDGET), t_low)
        t_high_support = quantile_above(below_high, 0.05)
        t_high_alone = max(0.9, float(below_high.max()) + 1e-3 if len(below_high) else 0.9)
        thresholds[i] = (t_low, t_mod, t_high_support, t_high_alone)
    weights = {
        "w_moderate": fit(x, y_mod),
        "w_high": fit(x, y_high),
        "thresholds": thresholds,
    }
    report = {
        "n": len(rows),
        "oof_moderate": oof_mod,
        "oof_high": oof_high,
        "levels": levels,
        "langs": langs,
        "texts": texts,
        "thresholds": thresholds,
    }
    return weights, report


def cv_report(report: dict[str, object]) -> None:
    """Dev figures with each message scored by a classifier that never saw it (5-fold).

    The rules were written against dev, so the rule part is optimistic; the classifier part is
    an honest out-of-fold estimate. The combination mirrors ``detector._apply_classifier``.
    """
    from tandem.safety import detector

    detector.USE_CLASSIFIER = False
    levels = np.asarray(report["levels"])
    langs = np.asarray(report["langs"])
    texts = list(report["texts"])  # type: ignore[call-overload]
    oof_mod = np.asarray(report["oof_moderate"])
    oof_high = np.asarray(report["oof_high"])
    th = np.asarray(report["thresholds"])
    final = np.zeros(len(texts), dtype=int)
    rules_only = np.zeros(len(texts), dtype=int)
    for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        result = detector.assess_message(text, detector.detect_language(text, lang))
        level = int(result.level)
        rules_only[i] = level
        t_low, t_mod, t_sup, t_alone = th[LANGS.index(lang)]
        support = level >= 2 or result.means or result.method or result.preparatory
        raised = 0
        if oof_high[i] >= t_alone or (oof_high[i] >= t_sup and oof_mod[i] >= t_mod and support):
            raised = 3
        elif oof_mod[i] >= t_mod:
            raised = 2
        elif oof_mod[i] >= t_low:
            raised = 1
        final[i] = level if level >= 3 else max(level, raised)
    for name, pred in (("rules only", rules_only), ("rules + OOF classifier", final)):
        for lang in (*LANGS, "all"):
            m = np.ones(len(texts), bool) if lang == "all" else langs == lang
            benign = m & (levels == 0)
            modp = m & (levels >= 2)
            highp = m & (levels >= 3)
            print(
                f"{name:24s} {lang:3s}: recall moderate+ {np.mean(pred[modp] >= 2):.3f}, "
                f"high/imminent below high {int(np.sum(pred[highp] < 3))}/{int(highp.sum())}, "
                f"benign moderate+ {np.mean(pred[benign] >= 2):.3f}"
            )
    # Classifier alone, out of fold.
    for lang in (*LANGS, "all"):
        m = np.ones(len(texts), bool) if lang == "all" else langs == lang
        t_mod = th[0 if lang == "all" else LANGS.index(lang)][1]
        print(
            f"classifier alone (OOF)   {lang:3s}: recall moderate+ "
            f"{np.mean(oof_mod[m & (levels >= 2)] >= t_mod):.3f}, benign above moderate "
            f"threshold {np.mean(oof_mod[m & (levels == 0)] >= t_mod):.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--cv-report",
        action="store_true",
        help="also print dev cross-validated figures of rules + out-of-fold classifier",
    )
    args = parser.parse_args()
    weights, report = train(load_dev())
    if args.cv_report:
        cv_report(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, **weights)
    th = report["thresholds"]
    print(f"trained on {report['n']} dev messages -> {args.out}")
    for lang, row in zip(LANGS, np.asarray(th), strict=True):
        print(
            f"  {lang}: low {row[0]:.3f} moderate {row[1]:.3f} high+support {row[2]:.3f} "
            f"high alone {row[3]:.3f}"
        )


if __name__ == "__main__":
    main()
