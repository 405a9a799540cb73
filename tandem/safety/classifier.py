"""A small risk classifier over MiniLM sentence embeddings, trained on the corpus DEV split.

``tools/train_risk_classifier.py`` fits two logistic regressions (numpy, fixed seed, class
weights) and writes ``data/risk_classifier.npz``: P(level >= moderate) and P(level >= high),
plus the thresholds chosen by 5-fold cross-validation on dev so that benign messages rarely
cross them. The detector combines it conservatively with the rules (see ``detector.py``): it may
raise to low/moderate on its own, to high only with rule support or a very high probability,
and it never lowers a rule hit.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from tandem.safety.semantic import focus

FloatArray = npt.NDArray[np.float64]
WEIGHTS_FILE = "risk_classifier.npz"
LANGS = ("en", "es")


def features(embedding: npt.NDArray[np.floating], lang: str) -> FloatArray:
    """The classifier input: the sentence embedding plus a language indicator and a bias."""
    is_es = 1.0 if lang == "es" else 0.0
    return np.concatenate([embedding.astype(np.float64), [is_es, 1.0]])


def sigmoid(z: FloatArray) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)


@dataclass(frozen=True)
class RiskProbabilities:
    moderate: float  # P(level >= moderate)
    high: float  # P(level >= high)


@dataclass(frozen=True)
class RiskClassifier:
    w_moderate: FloatArray
    w_high: FloatArray
    # thresholds[lang] = (low, moderate, high_with_support, high_alone)
    thresholds: dict[str, tuple[float, float, float, float]]

    def predict_features(self, x: FloatArray) -> RiskProbabilities:
        return RiskProbabilities(
            moderate=float(sigmoid(np.asarray(x @ self.w_moderate))),
            high=float(sigmoid(np.asarray(x @ self.w_high))),
        )

    def predict(self, text: str, lang: str) -> RiskProbabilities:
        from tandem.core.embeddings import get_embedder

        vector = get_embedder().embed([focus(text)])[0]
        return self.predict_features(features(vector, lang))


def load_classifier(data: bytes | None = None) -> RiskClassifier:
    """Load and validate the weights file shipped in ``tandem/safety/data``."""
    import io

    if data is None:
        data = (resources.files("tandem.safety") / "data" / WEIGHTS_FILE).read_bytes()
    with np.load(io.BytesIO(data)) as npz:
        for key in ("w_moderate", "w_high", "thresholds"):
            if key not in npz:
                raise ValueError(f"{WEIGHTS_FILE}: missing array {key!r}")
        w_mod = np.asarray(npz["w_moderate"], dtype=np.float64)
        w_high = np.asarray(npz["w_high"], dtype=np.float64)
        th = np.asarray(npz["thresholds"], dtype=np.float64)
    if w_mod.shape != w_high.shape or w_mod.ndim != 1:
        raise ValueError(f"{WEIGHTS_FILE}: weight vectors must be 1-D and the same length")
    if th.shape != (len(LANGS), 4):
        raise ValueError(f"{WEIGHTS_FILE}: thresholds must have shape ({len(LANGS)}, 4)")
    thresholds = {
        lang: (float(row[0]), float(row[1]), float(row[2]), float(row[3]))
        for lang, row in zip(LANGS, th, strict=True)
    }
    return RiskClassifier(w_moderate=w_mod, w_high=w_high, thresholds=thresholds)


_classifier: RiskClassifier | None = None
_missing = False
_lock = threading.Lock()


def get_classifier() -> RiskClassifier | None:
    """The shipped classifier, or None when no weights file is shipped (rules still run)."""
    global _classifier, _missing
    if _classifier is None and not _missing:
        with _lock:
            if _classifier is None and not _missing:
                try:
                    _classifier = load_classifier()
                except FileNotFoundError:
                    _missing = True
    return _classifier
