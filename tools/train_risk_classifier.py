"""Train the safety risk classifier reproducibly, and measure how well it generalises.

Data: every ``tandem/safety/training/*.jsonl`` file (split ``train``), the corpus single messages
(``tandem/safety/corpus/*_messages.jsonl``, split ``dev``) and, as benign messages, every turn of
the benign dev conversations. The held-back set in
``tandem/safety/corpus/heldout/`` is never opened by this script.

Model (see ``tandem/safety/classifier.py``): four logistic regressions, P(level >= low /
moderate / high / imminent), over the MiniLM embedding plus hashed character 2-5-grams and word
uni/bi-grams. Fitted with numpy (full-batch Adam, balanced class weights, L2), no randomness
except the fixed-seed fold split; same data, same weights.

Thresholds are chosen on OUT-OF-FOLD predictions (k-fold over the data the model is trained on),
never in-sample, so that benign messages rarely cross them (per language):

- moderate: at most ``BENIGN_BUDGET_MODERATE`` of benign out-of-fold P(>=moderate) above it;
- low: at most ``BENIGN_BUDGET_LOW`` of benign out-of-fold P(>=low) above it;
- high: at most ``BELOW_HIGH_BUDGET`` of out-of-fold low/moderate and ``BENIGN_BUDGET_HIGH`` of
  benign P(>=high) above it, and at least ``MIN_HIGH_THRESHOLD``;
- imminent: at most ``BELOW_IMMINENT_BUDGET`` of out-of-fold below-imminent P(>=imminent);
- framed (the message has an idiom/fiction/informational/joking frame): stricter budgets;
- veto: at most ``RISK_BUDGET_VETO`` of out-of-fold moderate+ P(>=moderate) below it (and
  ``RISK_BUDGET_VETO_EXPRESSION`` for the expression-only veto).

Usage:
  .venv/bin/python tools/train_risk_classifier.py            # final weights on train + dev
  .venv/bin/python tools/train_risk_classifier.py --check    # train on training/ only, report
                                                             # rules / classifier / combined on
                                                             # corpus dev (the honest figure)
  .venv/bin/python tools/train_risk_classifier.py --cv       # k-fold CV on train + dev
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tandem.safety.classifier import (  # noqa: E402
    DENSE_DIM,
    LANGS,
    N_BUCKETS,
    OUTPUTS,
    THRESHOLD_FIELDS,
    dense_features,
    hashed_features,
    sigmoid,
)

SAFETY = ROOT / "tandem" / "safety"
CORPUS = SAFETY / "corpus"
TRAINING = SAFETY / "training"
OUT = SAFETY / "data" / "risk_classifier.npz"
EMBED_CACHE = Path(
    os.environ.get("TANDEM_EMBED_CACHE")
    or Path(tempfile.gettempdir()) / "tandem_risk_embeddings.npz"
)
LEVELS = ("none", "low", "moderate", "high", "imminent")
SEED = 20261127
FOLDS = 5
STEPS = 400
RATE = 0.05
L2_DENSE = 1e-4
L2_HASHED = 1e-5
BENIGN_BUDGET_LOW = 0.08
BENIGN_BUDGET_MODERATE = 0.03
# 0.025 left 23 of 153 Spanish dev high/imminent cases below high (classifier trained on
# training/ only, scored on dev); 0.05 left 10, with benign moderate+ 3.1% -> 3.7%.
BENIGN_BUDGET_HIGH = 0.05
BELOW_HIGH_BUDGET = 0.15
MIN_HIGH_THRESHOLD = 0.4  # P(>=high) at or above this may be high, budgets permitting
BELOW_IMMINENT_BUDGET = 0.05
FRAMED_BUDGET_MODERATE = 0.005
FRAMED_BUDGET_HIGH = 0.0
RISK_BUDGET_VETO = 0.02  # share of out-of-fold moderate+ messages below the veto bar
RISK_BUDGET_VETO_EXPRESSION = 0.04  # the same for levels resting on expression wording only


@dataclass
class Rows:
    texts: list[str]
    langs: np.ndarray
    levels: np.ndarray
    source: np.ndarray  # "train" or "dev"
    ids: list[str] | None = None  # the line's id (a conversation turn: the conversation's id)


def _refuse_held_back(path: Path) -> None:
    """Stop at any held-back folder: ``heldout/`` and a fresh set waiting in ``heldout<N>/``."""
    if any(part.startswith("heldout") for part in path.parts):
        raise RuntimeError("the held-back set is never read for training")


def _read(path: Path, split: str) -> list[tuple[str, str, int, str, str]]:
    _refuse_held_back(path)
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            raw = json.loads(line)
            if raw.get("split") != split or "text" not in raw:
                continue
            # Everyday replies ("done", "ok thanks") train the model but do not dilute the
            # benign pools the thresholds are calibrated on.
            source = "everyday" if "-e-" in str(raw.get("id", "")) else split
            level = LEVELS.index(str(raw["level"]))
            out.append((str(raw["text"]), str(raw["lang"]), level, source, str(raw.get("id", ""))))
    return out


def _benign_turns(path: Path, split: str = "dev") -> list[tuple[str, str, int, str, str]]:
    """Every turn of a benign conversation is a benign message (short, everyday chat)."""
    _refuse_held_back(path)
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            if raw.get("split") == split and raw.get("level") == "none":
                cid = str(raw.get("id", ""))
                out += [(str(t), str(raw["lang"]), 0, split, cid) for t in raw["turns"]]
    return out


def load(
    sources: Sequence[str], *, benign_turns: bool = True, exclude_ids: str | None = None
) -> Rows:
    """The labelled rows; ``exclude_ids`` (a regex searched in each line's id) leaves lines
    out, e.g. ``-h13-`` to measure on a retired held-back set a model trained without it."""
    rows: list[tuple[str, str, int, str, str]] = []
    if "train" in sources:
        # Every training file (per-language message sets, everyday replies, ...), sorted by name.
        for path in sorted(TRAINING.glob("*.jsonl")):
            rows += _read(path, "train")
            if benign_turns and "conversations" in path.name:
                rows += _benign_turns(path, "train")
    if "dev" in sources:
        for lang in LANGS:
            rows += _read(CORPUS / f"{lang}_messages.jsonl", "dev")
            if benign_turns:
                rows += _benign_turns(CORPUS / f"{lang}_conversations.jsonl")
    if exclude_ids:
        pattern = re.compile(exclude_ids)
        rows = [r for r in rows if not pattern.search(r[4])]
    return Rows(
        texts=[r[0] for r in rows],
        langs=np.array([r[1] for r in rows]),
        levels=np.array([r[2] for r in rows]),
        source=np.array([r[3] for r in rows]),
        ids=[r[4] for r in rows],
    )


# --- features -----------------------------------------------------------------------------------


def embed(texts: list[str], langs: Sequence[str]) -> np.ndarray:
    """MiniLM embeddings of what the model reads (``embedding_text``), cached on disk by hash."""
    from tandem.core.embeddings import get_embedder
    from tandem.safety.semantic import embedding_text

    read = [embedding_text(t, str(lang)) for t, lang in zip(texts, langs, strict=True)]
    keys = [hashlib.sha256(r.encode("utf-8")).hexdigest()[:24] for r in read]
    cache: dict[str, np.ndarray] = {}
    if EMBED_CACHE.exists():
        with np.load(EMBED_CACHE) as data:
            cache = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    missing = sorted({k for k in keys if k not in cache})
    if missing:
        todo = dict(zip(keys, read, strict=True))
        vectors = get_embedder().embed([todo[k] for k in missing])
        cache.update(zip(missing, vectors, strict=True))
        np.savez(EMBED_CACHE, keys=np.array(list(cache)), vectors=np.stack(list(cache.values())))
    return np.stack([cache[k] for k in keys]).astype(np.float64)


@dataclass
class Features:
    dense: np.ndarray  # (n, DENSE_DIM)
    indptr: np.ndarray
    idx: np.ndarray
    val: np.ndarray
    rows: np.ndarray  # row of each non-zero

    def subset(self, mask: np.ndarray) -> Features:
        picks = np.flatnonzero(mask)
        parts_idx, parts_val, parts_rows, indptr = [], [], [], [0]
        for new, r in enumerate(picks):
            a, b = self.indptr[r], self.indptr[r + 1]
            parts_idx.append(self.idx[a:b])
            parts_val.append(self.val[a:b])
            parts_rows.append(np.full(b - a, new))
            indptr.append(indptr[-1] + (b - a))
        return Features(
            dense=self.dense[picks],
            indptr=np.array(indptr),
            idx=np.concatenate(parts_idx),
            val=np.concatenate(parts_val),
            rows=np.concatenate(parts_rows),
        )


def featurise(rows: Rows) -> Features:
    emb = embed(rows.texts, rows.langs.tolist())
    dense = np.stack([dense_features(e, lang) for e, lang in zip(emb, rows.langs, strict=True)])
    idxs, vals, row_ids, indptr = [], [], [], [0]
    for r, (text, lang) in enumerate(zip(rows.texts, rows.langs, strict=True)):
        i, v = hashed_features(text, str(lang))
        idxs.append(i)
        vals.append(v)
        row_ids.append(np.full(len(i), r))
        indptr.append(indptr[-1] + len(i))
    return Features(
        dense=dense,
        indptr=np.array(indptr),
        idx=np.concatenate(idxs),
        val=np.concatenate(vals),
        rows=np.concatenate(row_ids),
    )


def targets(levels: np.ndarray) -> np.ndarray:
    return np.stack([(levels >= k).astype(float) for k in range(1, len(OUTPUTS) + 1)], axis=1)


# --- model --------------------------------------------------------------------------------------


@dataclass
class Model:
    w_dense: np.ndarray  # (K, DENSE_DIM)
    w_hashed: np.ndarray  # (N_BUCKETS, K)

    def logits(self, f: Features) -> np.ndarray:
        z = f.dense @ self.w_dense.T
        contrib = self.w_hashed[f.idx] * f.val[:, None]
        for k in range(z.shape[1]):
            z[:, k] += np.bincount(f.rows, weights=contrib[:, k], minlength=len(z))
        return z

    def predict(self, f: Features) -> np.ndarray:
        return np.minimum.accumulate(sigmoid(self.logits(f)), axis=1)


def fit(f: Features, y: np.ndarray) -> Model:
    """Weighted L2 logistic regressions by full-batch Adam (deterministic).

    Only the buckets that occur in the data get weights (a compact copy of the hashed block);
    every other bucket stays 0.
    """
    n, k = y.shape
    pos = np.maximum(1.0, y.sum(axis=0))
    neg = np.maximum(1.0, n - y.sum(axis=0))
    weight = np.where(y == 1, n / (2 * pos), n / (2 * neg))
    used, cidx = np.unique(f.idx, return_inverse=True)
    w_dense = np.zeros((k, DENSE_DIM))
    w_used = np.zeros((len(used), k))
    params = [w_dense, w_used]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    b1, b2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = f.dense @ w_dense.T
        contrib = w_used[cidx] * f.val[:, None]
        for j in range(k):
            z[:, j] += np.bincount(f.rows, weights=contrib[:, j], minlength=n)
        r = weight * (sigmoid(z) - y) / n  # (n, k)
        g_dense = r.T @ f.dense
        g_dense[:, :-1] += L2_DENSE * w_dense[:, :-1]
        g_used = np.stack(
            [
                np.bincount(cidx, weights=f.val * r[f.rows, j], minlength=len(used))
                for j in range(k)
            ],
            axis=1,
        )
        g_used += L2_HASHED * w_used
        for i, g in enumerate((g_dense, g_used)):
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            params[i] -= RATE * (m[i] / (1 - b1**step)) / (np.sqrt(v[i] / (1 - b2**step)) + eps)
    w_hashed = np.zeros((N_BUCKETS, k))
    w_hashed[used] = w_used
    return Model(w_dense, w_hashed)


def fold_ids(levels: np.ndarray, langs: np.ndarray) -> np.ndarray:
    """A stratified (language x level) fold per example, from a fixed seed."""
    rng = np.random.default_rng(SEED)
    fold = np.zeros(len(levels), dtype=int)
    for lang in LANGS:
        for level in range(len(LEVELS)):
            idx = np.flatnonzero((langs == lang) & (levels == level))
            idx = idx[rng.permutation(len(idx))]
            fold[idx] = np.arange(len(idx)) % FOLDS
    return fold


def out_of_fold(f: Features, rows: Rows) -> np.ndarray:
    fold = fold_ids(rows.levels, rows.langs)
    oof = np.zeros((len(rows.texts), len(OUTPUTS)))
    y = targets(rows.levels)
    for k in range(FOLDS):
        model = fit(f.subset(fold != k), y[fold != k])
        oof[fold == k] = model.predict(f.subset(fold == k))
    return oof


def quantile_above(values: np.ndarray, budget: float) -> float:
    """The smallest threshold leaving at most ``budget`` of ``values`` at or above it."""
    if len(values) == 0:
        return 0.5
    ordered = np.sort(values)[::-1]
    allowed = int(np.floor(budget * len(values)))
    return float(ordered[allowed]) + 1e-6 if allowed < len(ordered) else 0.0


def frames(texts: Sequence[str]) -> np.ndarray:
    from tandem.safety.detector import benign_frame

    return np.array([benign_frame(t) for t in texts])


def choose_thresholds(oof: np.ndarray, rows: Rows) -> np.ndarray:
    framed = frames(rows.texts)
    th = np.zeros((len(LANGS), len(THRESHOLD_FIELDS)))
    for i, lang in enumerate(LANGS):
        m = (rows.langs == lang) & (rows.source != "everyday")
        benign = m & (rows.levels == 0)
        t_low = quantile_above(oof[benign, 0], BENIGN_BUDGET_LOW)
        t_mod = max(quantile_above(oof[benign, 1], BENIGN_BUDGET_MODERATE), 0.5)
        t_high = max(
            quantile_above(oof[m & (rows.levels.clip(1, 2) == rows.levels), 2], BELOW_HIGH_BUDGET),
            quantile_above(oof[benign, 2], BENIGN_BUDGET_HIGH),
            MIN_HIGH_THRESHOLD,
        )
        t_imm = max(quantile_above(oof[m & (rows.levels < 4), 3], BELOW_IMMINENT_BUDGET), 0.5)
        fb = benign & framed
        t_mod_framed = max(t_mod, quantile_above(oof[fb, 1], FRAMED_BUDGET_MODERATE))
        t_high_framed = max(t_high, quantile_above(oof[fb, 2], FRAMED_BUDGET_HIGH))
        risky = np.sort(oof[m & (rows.levels >= 2), 1])
        t_veto = float(risky[int(np.floor(RISK_BUDGET_VETO * len(risky)))]) if len(risky) else 0.0
        k = int(np.floor(RISK_BUDGET_VETO_EXPRESSION * len(risky)))
        t_veto_expr = float(risky[k]) if len(risky) else 0.0
        th[i] = (
            t_low,
            t_mod,
            t_high,
            t_imm,
            t_mod_framed,
            t_high_framed,
            min(t_veto, 0.2),
            max(min(t_veto_expr, 0.3), min(t_veto, 0.2)),
        )
    return th


def save(model: Model, th: np.ndarray, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        w_dense=model.w_dense.astype(np.float32),
        w_hashed=model.w_hashed.astype(np.float16),
        thresholds=th,
    )


def as_classifier(model: Model, th: np.ndarray):  # type: ignore[no-untyped-def]
    from tandem.safety.classifier import RiskClassifier, Thresholds

    return RiskClassifier(
        w_dense=model.w_dense.astype(np.float32).astype(np.float64),
        w_hashed=model.w_hashed.astype(np.float16),
        thresholds={
            lang: Thresholds(*(float(x) for x in row)) for lang, row in zip(LANGS, th, strict=False)
        },
    )


# --- reports ------------------------------------------------------------------------------------


def classifier_alone(probs: np.ndarray, rows: Rows, th: np.ndarray) -> np.ndarray:
    """The level the classifier alone gives each row (no frames, no rules)."""
    out = np.zeros(len(rows.texts), dtype=int)
    for i, lang in enumerate(rows.langs):
        t = th[LANGS.index(str(lang))]
        p = probs[i]
        out[i] = (
            4
            if p[3] >= t[3] and p[2] >= t[2]
            else 3
            if p[2] >= t[2]
            else 2
            if p[1] >= t[1]
            else 1
            if p[0] >= t[0]
            else 0
        )
    return out


def summarise(name: str, pred: np.ndarray, rows: Rows) -> None:
    for lang in (*LANGS, "all"):
        m = np.ones(len(pred), bool) if lang == "all" else rows.langs == lang
        lv = rows.levels
        modp, highp, benign = m & (lv >= 2), m & (lv >= 3), m & (lv == 0)
        print(
            f"  {name:26s} {lang:3s} n={int(m.sum()):4d}: moderate+ recall "
            f"{np.mean(pred[modp] >= 2):6.1%}  high/imm below high "
            f"{int(np.sum(pred[highp] < 3)):3d}"
            f"/{int(highp.sum()):3d}  benign moderate+ {np.mean(pred[benign] >= 2):5.1%}"
            f"  exact {np.mean(pred[m] == lv[m]):5.1%}"
        )


def detector_levels(rows: Rows, use_classifier: bool) -> np.ndarray:
    from tandem.safety import detector

    detector.USE_CLASSIFIER = use_classifier
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    return np.array(
        [
            int(detector.assess(t, locale=str(lang)).level)
            for t, lang in zip(rows.texts, rows.langs, strict=True)
        ]
    )


def conversation_report(label: str) -> None:
    from tandem.safety import detector
    from tandem.safety.evaluation import evaluate, load_cases, select

    cases = []
    for lang in LANGS:
        path = CORPUS / f"{lang}_conversations.jsonl"
        with path.open(encoding="utf-8") as fh:
            cases += load_cases(fh, source=str(path))
    cases = select(cases, split="dev")
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    report = evaluate(cases)
    late = [o.case.id for o in report.conversations_with_risk_turn if not o.timely]
    fc = [o.case.id for o in report.benign if o.got >= 2]
    print(
        f"  {label:26s} conversations n={len(cases)}: timeliness {report.timeliness:.1%} "
        f"(late {late}), final below high {report.high_below_high}, benign flagged {fc}"
    )


def check(show_misses: bool) -> None:
    """Train on training/ only; evaluate on corpus dev (other writers, another time)."""
    from tandem.safety import classifier as risk_classifier

    train = load(["train"])
    dev = load(["dev"], benign_turns=False)  # the corpus single messages, as labelled
    print(f"train: {len(train.texts)} training/ messages; evaluate: {len(dev.texts)} corpus dev")
    f_train, f_dev = featurise(train), featurise(dev)
    oof = out_of_fold(f_train, train)
    th = choose_thresholds(oof, train)
    print("thresholds (OOF on training/):", np.round(th, 3).tolist())
    model = fit(f_train, targets(train.levels))
    probs = model.predict(f_dev)
    if os.environ.get("TANDEM_CHECK_DUMP"):
        np.savez(os.environ["TANDEM_CHECK_DUMP"], oof=oof, probs=probs, th=th)
        save(model, th, Path(os.environ["TANDEM_CHECK_DUMP"] + ".model.npz"))
    print("classifier alone, rules alone (rules + exemplars), combined:")
    summarise("classifier alone (dev)", classifier_alone(probs, dev, th), dev)
    rules = detector_levels(dev, use_classifier=False)
    summarise("rules+exemplars (dev)*", rules, dev)
    risk_classifier._classifier = as_classifier(model, th)
    combined = detector_levels(dev, use_classifier=True)
    summarise("combined (dev)", combined, dev)
    conversation_report("combined (dev)")
    print("  * rules and exemplars were written against dev: optimistic. Honest for rules:")
    summarise("rules+exemplars (training/)", detector_levels(train, use_classifier=False), train)
    summarise("classifier OOF (training/)", classifier_alone(oof, train, th), train)
    if show_misses:
        print("misses of the combined detector on dev:")
        for i in np.flatnonzero(
            ((dev.levels >= 2) & (combined < 2))
            | ((dev.levels >= 3) & (combined < 3))
            | ((dev.levels == 0) & (combined >= 2))
        ):
            print(
                f"   exp {LEVELS[dev.levels[i]]:8s} got {LEVELS[combined[i]]:8s} "
                f"p={np.round(probs[i], 2).tolist()} {dev.texts[i][:140]!r}"
            )


def _rows_subset(rows: Rows, mask: np.ndarray) -> Rows:
    return Rows(
        texts=[t for t, keep in zip(rows.texts, mask, strict=True) if keep],
        langs=rows.langs[mask],
        levels=rows.levels[mask],
        source=rows.source[mask],
        ids=None
        if rows.ids is None
        else [i for i, keep in zip(rows.ids, mask, strict=True) if keep],
    )


def cross_validate() -> None:
    """k-fold CV over training/ + dev: the classifier alone and the whole detector per fold.

    Each fold's messages are scored by a classifier that never saw them, with thresholds from
    the out-of-fold predictions. The rules were written against corpus dev, so the dev part of
    the detector figure is optimistic; the training/ part is the fairer one.
    """
    from tandem.safety import classifier as risk_classifier

    rows = load(["train", "dev"])
    f = featurise(rows)
    fold = fold_ids(rows.levels, rows.langs)
    y = targets(rows.levels)
    oof = np.zeros((len(rows.texts), len(OUTPUTS)))
    models = []
    for k in range(FOLDS):
        model = fit(f.subset(fold != k), y[fold != k])
        oof[fold == k] = model.predict(f.subset(fold == k))
        models.append(model)
    th = choose_thresholds(oof, rows)
    print(f"{FOLDS}-fold CV over {len(rows.texts)} messages (training/ + corpus dev)")
    print("thresholds:", np.round(th, 3).tolist())
    summarise("classifier alone, OOF", classifier_alone(oof, rows, th), rows)
    combined = np.zeros(len(rows.texts), dtype=int)
    for k in range(FOLDS):
        risk_classifier._classifier = as_classifier(models[k], th)
        combined[fold == k] = detector_levels(_rows_subset(rows, fold == k), use_classifier=True)
    for src in ("train", "dev"):
        m = rows.source == src
        sub = _rows_subset(rows, m)
        summarise(f"classifier OOF, {src} part", classifier_alone(oof[m], sub, th), sub)
        summarise(f"detector, {src} part", combined[m], sub)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="train on training/, score dev")
    parser.add_argument("--misses", action="store_true", help="with --check: list dev misses")
    parser.add_argument("--cv", action="store_true", help="k-fold CV on training/ + dev")
    parser.add_argument(
        "--exclude-ids",
        metavar="REGEX",
        default=None,
        help="leave out lines whose id matches (e.g. '-h13-' to score on that set afterwards)",
    )
    parser.add_argument(
        "--save-oof",
        type=Path,
        default=None,
        help="also write the out-of-fold predictions (to study the threshold policy)",
    )
    args = parser.parse_args()
    if args.check:
        check(args.misses)
        return
    if args.cv:
        cross_validate()
        return
    rows = load(["train", "dev"], exclude_ids=args.exclude_ids)
    f = featurise(rows)
    oof = out_of_fold(f, rows)
    if args.save_oof:
        np.savez_compressed(
            args.save_oof, oof=oof, levels=rows.levels, langs=rows.langs, source=rows.source
        )
    th = choose_thresholds(oof, rows)
    model = fit(f, targets(rows.levels))
    save(model, th, args.out)
    print(f"trained on {len(rows.texts)} messages (training/ + corpus dev) -> {args.out}")
    for lang, row in zip(LANGS, th, strict=True):
        print(
            f"  {lang}: "
            + " ".join(f"{k} {v:.3f}" for k, v in zip(THRESHOLD_FIELDS, row, strict=False))
        )


if __name__ == "__main__":
    main()
