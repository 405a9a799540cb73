"""The ordinal risk classifier: shipped weights load, features are language-agnostic and
deterministic, predictions are monotone probabilities, and training is reproducible."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tandem.safety.classifier import (
    DENSE_DIM,
    N_BUCKETS,
    OUTPUTS,
    dense_features,
    get_classifier,
    hashed_features,
    load_classifier,
)

ROOT = Path(__file__).resolve().parents[2]


def _train_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "train_risk_classifier", ROOT / "tools" / "train_risk_classifier.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_weights_load_with_sane_thresholds() -> None:
    model = get_classifier()
    assert model is not None
    assert model.w_dense.shape == (len(OUTPUTS), DENSE_DIM)
    assert model.w_hashed.shape == (N_BUCKETS, len(OUTPUTS))
    assert model.w_hashed.dtype == np.float16  # keeps the shipped file small
    for lang in ("en", "es"):
        t = model.thresholds[lang]
        assert 0 < t.low < 1 and 0 < t.moderate < 1 and 0 < t.high < 1
        assert t.moderate_framed >= t.moderate and t.high_framed >= t.high


def test_shipped_weights_file_stays_small() -> None:
    path = ROOT / "tandem" / "safety" / "data" / "risk_classifier.npz"
    assert path.stat().st_size < 10 * 1024 * 1024


def test_hashed_features_are_deterministic_sparse_and_normalised() -> None:
    idx, val = hashed_features("no puedo más con esta vida", "es")
    again_idx, again_val = hashed_features("no puedo más con esta vida", "es")
    assert np.array_equal(idx, again_idx) and np.array_equal(val, again_val)
    assert np.all(np.diff(idx) > 0) and idx.min() >= 0 and idx.max() < N_BUCKETS
    assert np.all(val > 0)
    # Two blocks (characters, words), each of norm at most 1: a short message weighs less.
    short = float(np.sum(val**2))
    _, long_val = hashed_features(
        "llevo semanas sin dormir bien, todo me cuesta muchísimo y ya no sé a quién contarle "
        "lo que me pasa porque siento que nadie me entiende de verdad",
        "es",
    )
    long = float(np.sum(long_val**2))
    assert 0 < short < long <= 2.0 + 1e-9
    assert long > 1.5


def test_hashed_features_see_through_accents_case_and_leetspeak() -> None:
    plain, _ = hashed_features("quiero matarme", "es")
    obfuscated, _ = hashed_features("QUIERO M4T4RME", "es")
    assert np.array_equal(plain, obfuscated)
    accents, _ = hashed_features("ya no aguanto más", "es")
    no_accents, _ = hashed_features("ya no aguanto mas", "es")
    assert np.array_equal(accents, no_accents)


def test_empty_text_has_no_hashed_features() -> None:
    idx, val = hashed_features("   ", "en")
    assert len(idx) == 0 and len(val) == 0


def test_probabilities_are_deterministic_and_monotone() -> None:
    model = get_classifier()
    assert model is not None
    rng = np.random.default_rng(1)
    vector = rng.normal(size=384)
    vector /= np.linalg.norm(vector)
    dense = dense_features(vector, "es")
    idx, val = hashed_features("me siento muy solo últimamente", "es")
    first = model.probabilities(dense, idx, val)
    assert first == model.probabilities(dense, idx, val)
    p = (first.low, first.moderate, first.high, first.imminent)
    assert all(0.0 <= x <= 1.0 for x in p)
    assert list(p) == sorted(p, reverse=True)  # P(>= a higher level) never exceeds a lower


def test_bad_weights_file_is_rejected() -> None:
    buffer = io.BytesIO()
    np.savez(
        buffer,
        w_dense=np.zeros((len(OUTPUTS), 3)),
        w_hashed=np.zeros((N_BUCKETS, len(OUTPUTS)), dtype=np.float16),
        thresholds=np.zeros((2, 6)),
    )
    with pytest.raises(ValueError, match="w_dense"):
        load_classifier(buffer.getvalue())
    missing = io.BytesIO()
    np.savez(missing, w_dense=np.zeros((len(OUTPUTS), DENSE_DIM)))
    with pytest.raises(ValueError, match="missing"):
        load_classifier(missing.getvalue())


def _toy(train: ModuleType, n: int = 60) -> tuple[object, np.ndarray]:
    rng = np.random.default_rng(7)
    levels = rng.integers(0, 5, size=n)
    dense = np.c_[rng.normal(size=(n, DENSE_DIM - 1)) * 0.1, np.ones(n)]
    dense[:, 0] = levels - 2.0 + rng.normal(size=n) * 0.3  # one informative direction
    rows = np.repeat(np.arange(n), 3)
    idx = (np.arange(3 * n) * 7919) % N_BUCKETS
    val = np.full(3 * n, 0.5)
    features = train.Features(
        dense=dense, indptr=np.arange(0, 3 * n + 1, 3), idx=idx, val=val, rows=rows
    )
    return features, levels


def test_training_is_reproducible_and_learns_the_ordinal_levels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    train = _train_module()
    monkeypatch.setattr(train, "STEPS", 60)
    features, levels = _toy(train)
    y = train.targets(levels)
    first, second = train.fit(features, y), train.fit(features, y)
    assert np.array_equal(first.w_dense, second.w_dense)
    assert np.array_equal(first.w_hashed, second.w_hashed)
    p = first.predict(features)
    assert np.all(np.diff(p, axis=1) <= 0)  # monotone per row
    accuracy = np.mean((p[:, 1] > 0.5) == (levels >= 2))
    assert accuracy > 0.85


def test_folds_are_fixed_and_stratified() -> None:
    train = _train_module()
    levels = np.array([0] * 10 + [3] * 10)
    langs = np.array(["en"] * 20)
    a, b = train.fold_ids(levels, langs), train.fold_ids(levels, langs)
    assert np.array_equal(a, b)
    for k in range(train.FOLDS):
        assert np.sum((a == k) & (levels == 3)) == 2


def test_training_never_reads_the_held_back_set(tmp_path: Path) -> None:
    train = _train_module()
    held = tmp_path / "heldout" / "en_messages.jsonl"
    held.parent.mkdir()
    held.write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError, match="held-back"):
        train._read(held, "holdout")
    # A fresh set waiting for its single run lives in heldout<N>/ and is as closed.
    waiting = tmp_path / "heldout7" / "en_conversations.jsonl"
    waiting.parent.mkdir()
    waiting.write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError, match="held-back"):
        train._benign_turns(waiting, "holdout")
