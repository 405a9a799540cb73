"""The embedding risk classifier: shipped weights load, predictions are deterministic, and the
training procedure gives the same weights twice on the same data."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tandem.safety.classifier import features, get_classifier, load_classifier

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
    assert model.w_moderate.shape == (386,)
    for lang in ("en", "es"):
        t_low, t_mod, t_support, t_alone = model.thresholds[lang]
        assert 0 < t_low <= t_mod < 1
        assert t_support < t_alone and t_alone >= 0.9


def test_prediction_is_deterministic_and_a_probability() -> None:
    model = get_classifier()
    assert model is not None
    rng = np.random.default_rng(1)
    vector = rng.normal(size=384)
    vector /= np.linalg.norm(vector)
    x = features(vector, "es")
    first, second = model.predict_features(x), model.predict_features(x)
    assert first == second
    assert 0.0 <= first.moderate <= 1.0 and 0.0 <= first.high <= 1.0


def test_bad_weights_file_is_rejected() -> None:
    buffer = io.BytesIO()
    np.savez(buffer, w_moderate=np.zeros(3), w_high=np.zeros(4), thresholds=np.zeros((2, 4)))
    with pytest.raises(ValueError, match="same length"):
        load_classifier(buffer.getvalue())


def test_training_is_reproducible_and_separates_classes() -> None:
    train = _train_module()
    rng = np.random.default_rng(7)
    x = np.c_[rng.normal(size=(80, 5)), np.ones(80)]
    y = (x[:, 0] + 0.3 * x[:, 1] > 0).astype(float)
    w1, w2 = train.fit(x, y), train.fit(x, y)
    assert np.array_equal(w1, w2)
    accuracy = np.mean((x @ w1 > 0) == (y == 1))
    assert accuracy > 0.9


def test_folds_are_fixed_and_stratified() -> None:
    train = _train_module()
    levels = np.array([0] * 10 + [3] * 10)
    langs = np.array(["en"] * 20)
    a, b = train.folds(levels, langs), train.folds(levels, langs)
    assert np.array_equal(a, b)
    for k in range(train.FOLDS):
        assert np.sum((a == k) & (levels == 3)) == 2
