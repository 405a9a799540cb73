"""An ordinal risk classifier: MiniLM embedding plus language-agnostic hashed n-grams.

Features of one message (``features``):

- the all-MiniLM-L6-v2 embedding of its focus text (the last ~320 characters; for Spanish a
  word-by-word English gloss of it, ``gloss.english_gloss``, because the model reads English far
  better than Spanish): the same vector the semantic layer uses (``semantic.embedding_text``), so
  there is one embedding per message;
- hashed character 2-5-grams of the normalised text (lower case, no accents, leetspeak and
  slang undone by ``normalize``), word unigrams and word bigrams, each block binary and
  L2-normalised, hashed with CRC-32 into ``N_BUCKETS`` buckets: these work in any language,
  including Spanish, and catch obfuscations and typos through shared character n-grams (a
  very short message is normalised as if it had a minimum number of n-grams, so that a few
  n-grams never weigh as much as a whole sentence);
- a Spanish flag and a bias.

Outputs are ordinal: P(level >= low), P(>= moderate), P(>= high), P(>= imminent), four logistic
regressions over the same features. ``tools/train_risk_classifier.py`` fits them reproducibly
(numpy only, fixed seed) on the training sets and the corpus dev split and stores the weights in
``data/risk_classifier.npz`` (the hashed weights as float16) together with per-language
thresholds chosen on out-of-fold predictions so that benign messages rarely cross them. At run
time this module is pure numpy: one dot product for the embedding part and a gather over at
most a few thousand hashed indices.
"""

from __future__ import annotations

import itertools
import re
import threading
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from tandem.safety.normalize import normalize
from tandem.safety.semantic import embedding_text

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
WEIGHTS_FILE = "risk_classifier.npz"
LANGS = ("en", "es")
OUTPUTS = ("low", "moderate", "high", "imminent")  # P(level >= each)
N_BUCKETS = 1 << 18
CHAR_NGRAMS = (2, 3, 4, 5)
MAX_TEXT = 1200  # characters of normalised text turned into n-grams (bounds the cost)
DENSE_DIM = 384 + 2  # embedding, Spanish flag, bias
# Block weights: how much each feature block counts before the weights are learned.
CHAR_SCALE = 1.0
WORD_SCALE = 1.0
MIN_CHAR_GRAMS = 200
MIN_WORD_GRAMS = 24

_WORD = re.compile(r"[^\W\d_]+|\d+")
_SPACES = re.compile(r"\s+")


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) & (N_BUCKETS - 1)


def hashed_features(text: str, lang: str) -> tuple[IntArray, FloatArray]:
    """Sorted unique bucket indices and their values for ``text`` (sparse, deterministic)."""
    norm = _SPACES.sub(" ", normalize(text, lang=lang).text).strip()[-MAX_TEXT:]
    if not norm:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    padded = f" {norm} "
    chars = {_bucket(padded[i : i + n]) for n in CHAR_NGRAMS for i in range(len(padded) - n + 1)}
    words = _WORD.findall(norm)
    word_tokens = {_bucket("w\x01" + w) for w in words}
    word_tokens |= {_bucket("b\x01" + a + " " + b) for a, b in itertools.pairwise(words)}
    values: dict[int, float] = {}
    blocks = ((chars, CHAR_SCALE, MIN_CHAR_GRAMS), (word_tokens, WORD_SCALE, MIN_WORD_GRAMS))
    for block, scale, floor in blocks:
        if not block:
            continue
        # Normalised as if the block had at least ``floor`` entries: in a very short message a
        # handful of n-grams must not carry the weight of a whole sentence.
        v = scale / float(np.sqrt(max(len(block), floor)))
        for index in block:
            values[index] = values.get(index, 0.0) + v
    if not values:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    idx = np.fromiter(sorted(values), dtype=np.int64, count=len(values))
    val = np.array([values[int(i)] for i in idx], dtype=np.float64)
    return idx, val


def dense_features(embedding: npt.NDArray[np.floating], lang: str) -> FloatArray:
    """The embedding plus a Spanish flag and a bias."""
    is_es = 1.0 if lang == "es" else 0.0
    return np.concatenate([embedding.astype(np.float64), [is_es, 1.0]])


def sigmoid(z: FloatArray) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)


@dataclass(frozen=True)
class RiskProbabilities:
    low: float  # P(level >= low)
    moderate: float  # P(level >= moderate)
    high: float  # P(level >= high)
    imminent: float  # P(level >= imminent)


@dataclass(frozen=True)
class Thresholds:
    low: float
    moderate: float
    high: float
    imminent: float
    # Stricter bars when the message carries a benign frame (idiom, fiction, informational...).
    moderate_framed: float
    high_framed: float
    # Below this P(>=moderate) the classifier overrules a rule/exemplar level of moderate or above
    # down to low: out-of-fold, almost no moderate-or-worse message falls this low.
    veto: float
    # The same for a level that rests only on moderate expression/distress wording (no plan,
    # act, method or means): a higher bar, since idioms live in exactly that wording.
    veto_expression: float


@dataclass(frozen=True)
class RiskClassifier:
    w_dense: FloatArray  # (len(OUTPUTS), DENSE_DIM)
    w_hashed: npt.NDArray[np.floating]  # (N_BUCKETS, len(OUTPUTS)), float16 on disk
    thresholds: dict[str, Thresholds]

    def logits(self, dense: FloatArray, idx: IntArray, val: FloatArray) -> FloatArray:
        z = self.w_dense @ dense
        if len(idx):
            z = z + val @ self.w_hashed[idx].astype(np.float64)
        return np.asarray(z, dtype=np.float64)

    def probabilities(self, dense: FloatArray, idx: IntArray, val: FloatArray) -> RiskProbabilities:
        p = sigmoid(self.logits(dense, idx, val))
        # Ordinal outputs are monotone: P(>= a higher level) never exceeds P(>= a lower one).
        p = np.minimum.accumulate(p)
        return RiskProbabilities(
            low=float(p[0]), moderate=float(p[1]), high=float(p[2]), imminent=float(p[3])
        )

    def predict(self, text: str, lang: str) -> RiskProbabilities:
        from tandem.core.embeddings import get_embedder

        vector = get_embedder().embed([embedding_text(text, lang)])[0]
        idx, val = hashed_features(text, lang)
        return self.probabilities(dense_features(vector, lang), idx, val)

    def predict_context(self, turns: Sequence[str], lang: str) -> RiskProbabilities:
        """The probabilities of several consecutive turns read as one message.

        The embedding part is the normalised mean of the turns' embeddings (each already
        computed, and cached, when its turn was assessed: no extra model pass); the hashed part
        is computed on the joined text.
        """
        from tandem.core.embeddings import get_embedder

        vectors = get_embedder().embed([embedding_text(t, lang) for t in turns])
        mean = np.asarray(vectors, dtype=np.float64).mean(axis=0)
        norm = float(np.linalg.norm(mean))
        if norm > 0:
            mean = mean / norm
        idx, val = hashed_features(" . ".join(turns), lang)
        return self.probabilities(dense_features(mean, lang), idx, val)


THRESHOLD_FIELDS = (
    "low",
    "moderate",
    "high",
    "imminent",
    "moderate_framed",
    "high_framed",
    "veto",
    "veto_expression",
)


def load_classifier(data: bytes | None = None) -> RiskClassifier:
    """Load and validate the weights file shipped in ``tandem/safety/data``."""
    import io

    if data is None:
        data = (resources.files("tandem.safety") / "data" / WEIGHTS_FILE).read_bytes()
    with np.load(io.BytesIO(data)) as npz:
        for key in ("w_dense", "w_hashed", "thresholds"):
            if key not in npz:
                raise ValueError(f"{WEIGHTS_FILE}: missing array {key!r}")
        w_dense = np.asarray(npz["w_dense"], dtype=np.float64)
        w_hashed = np.asarray(npz["w_hashed"])
        th = np.asarray(npz["thresholds"], dtype=np.float64)
    if w_dense.shape != (len(OUTPUTS), DENSE_DIM):
        raise ValueError(f"{WEIGHTS_FILE}: w_dense must have shape ({len(OUTPUTS)}, {DENSE_DIM})")
    if w_hashed.shape != (N_BUCKETS, len(OUTPUTS)):
        raise ValueError(f"{WEIGHTS_FILE}: w_hashed must have shape ({N_BUCKETS}, {len(OUTPUTS)})")
    if th.shape != (len(LANGS), len(THRESHOLD_FIELDS)):
        raise ValueError(
            f"{WEIGHTS_FILE}: thresholds must have shape ({len(LANGS)}, {len(THRESHOLD_FIELDS)})"
        )
    thresholds = {
        lang: Thresholds(*(float(x) for x in row)) for lang, row in zip(LANGS, th, strict=False)
    }
    return RiskClassifier(w_dense=w_dense, w_hashed=w_hashed, thresholds=thresholds)


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
