"""all-MiniLM-L6-v2 as an ONNX graph, built locally from the shipped safetensors weights.

Nothing is downloaded: the graph is written with ``onnx.helper`` from the same weights the numpy
encoder in ``embeddings.py`` uses (embeddings + LayerNorm, six BERT layers with exact erf GELU,
mean pooling over real tokens, L2 normalisation), saved once to a cache file keyed by a hash of
the weights and of this builder, and run with onnxruntime on one thread per call. The numpy
encoder stays the reference and the fallback: ``tests/core/test_embeddings_onnx.py`` compares the
two on a varied sentence set.

Only fp32 is used. Dynamic int8 quantisation was measured (``bench/safety_bench.py``, see
bench/README.md): faster, but its cosine similarity to the fp32 vectors falls to 0.87-0.98 on
some corpus messages, and the exemplar bank and the risk classifier were tuned on fp32 vectors,
so it is not worth the risk on a safety path.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

# Bump when the graph changes: it is part of the cache key, so an old file is never reused.
BUILDER_VERSION = "1"
OPSET = 17
CACHE_ENV = "TANDEM_MODEL_CACHE"


class OnnxUnavailable(RuntimeError):
    """onnxruntime (or onnx, to build the graph the first time) is not installed."""


def cache_dir() -> Path:
    """Where built graphs are kept: $TANDEM_MODEL_CACHE, else the user's cache directory."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tandem" / "models"


_digests: dict[tuple[str, int, int], str] = {}
_shared: dict[tuple[str, str], OnnxEncoder] = {}
_shared_lock = threading.Lock()


def weights_digest(model_path: Path) -> str:
    """SHA-256 of the weights and config plus the builder version: the cache file's key.

    Remembered per process for an unchanged weights file (hashing 90 MB takes a few tenths of a
    second).
    """
    stat = (model_path / "model.safetensors").stat()
    memo_key = (str(model_path.resolve()), stat.st_size, stat.st_mtime_ns)
    if memo_key in _digests:
        return _digests[memo_key]
    digest = hashlib.sha256(BUILDER_VERSION.encode("ascii"))
    for name in ("config.json", "model.safetensors"):
        with (model_path / name).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    _digests[memo_key] = digest.hexdigest()[:24]
    return _digests[memo_key]


def build_model_bytes(model_path: Path) -> bytes:
    """The serialised ONNX graph for the model under ``model_path`` (needs the onnx package)."""
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise OnnxUnavailable("the onnx package is needed to build the MiniLM graph") from exc
    from safetensors.numpy import load_file

    config = json.loads((model_path / "config.json").read_text(encoding="utf-8"))
    hidden_size = int(config["hidden_size"])
    heads = int(config["num_attention_heads"])
    head_dim = hidden_size // heads
    eps = float(config["layer_norm_eps"])
    w = load_file(str(model_path / "model.safetensors"))

    nodes: list[Any] = []
    inits: list[Any] = []
    counter = [0]

    def name(prefix: str) -> str:
        counter[0] += 1
        return f"{prefix}_{counter[0]}"

    def const(key: str, array: NDArray[Any]) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), key))
        return key

    def node(op: str, inputs: list[str], **attrs: Any) -> str:
        out = name(op.lower())
        nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def linear(x: str, prefix: str) -> str:
        # Stored (out, in); transpose once so the graph multiplies x @ W.
        weight = const(prefix + ".weight.T", w[prefix + ".weight"].T.astype(np.float32))
        bias = const(prefix + ".bias", w[prefix + ".bias"].astype(np.float32))
        return node("Add", [node("MatMul", [x, weight]), bias])

    def layer_norm(x: str, prefix: str) -> str:
        gamma = const(prefix + ".weight", w[prefix + ".weight"].astype(np.float32))
        beta = const(prefix + ".bias", w[prefix + ".bias"].astype(np.float32))
        return node("LayerNormalization", [x, gamma, beta], axis=-1, epsilon=eps)

    # Shapes and scalars used throughout.
    const("zero_1d", np.array([0], dtype=np.int64))
    const("one_1d", np.array([1], dtype=np.int64))
    const("axis_1", np.array([1], dtype=np.int64))
    const("axis_last", np.array([-1], dtype=np.int64))
    const("axes_1_2", np.array([1, 2], dtype=np.int64))
    const("heads_shape", np.array([0, 0, heads, head_dim], dtype=np.int64))
    const("merge_shape", np.array([0, 0, hidden_size], dtype=np.int64))
    const("f_one", np.array(1.0, dtype=np.float32))
    const("f_half", np.array(0.5, dtype=np.float32))
    const("f_inv_sqrt2", np.array(1.0 / np.sqrt(2.0), dtype=np.float32))
    const("f_neg_big", np.array(-1e9, dtype=np.float32))
    const("f_scale", np.array(1.0 / np.sqrt(head_dim), dtype=np.float32))
    const("f_count_floor", np.array(1e-9, dtype=np.float32))
    const("f_norm_floor", np.array(1e-12, dtype=np.float32))

    # Embeddings: word + position[:seq] + token type 0, then LayerNorm.
    word_table = const("word_embeddings", w["embeddings.word_embeddings.weight"])
    pos_table = const("position_embeddings", w["embeddings.position_embeddings.weight"])
    type_row = const("token_type_0", w["embeddings.token_type_embeddings.weight"][0])
    seq_len = node(
        "Slice", [node("Shape", ["input_ids"]), "one_1d", node("Add", ["one_1d", "one_1d"])]
    )
    positions = node("Slice", [pos_table, "zero_1d", seq_len, "zero_1d"])
    hidden = node(
        "Add", [node("Add", [node("Gather", [word_table, "input_ids"]), positions]), type_row]
    )
    hidden = layer_norm(hidden, "embeddings.LayerNorm")

    # Padding keys get a large negative score so softmax gives them no weight: (B, 1, 1, S).
    key_bias = node("Mul", [node("Sub", ["f_one", "attention_mask"]), "f_neg_big"])
    key_bias = node("Unsqueeze", [key_bias, "axes_1_2"])

    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}."
        q = node(
            "Transpose",
            [node("Reshape", [linear(hidden, p + "attention.self.query"), "heads_shape"])],
            perm=[0, 2, 1, 3],
        )
        k = node(
            "Transpose",
            [node("Reshape", [linear(hidden, p + "attention.self.key"), "heads_shape"])],
            perm=[0, 2, 3, 1],
        )
        v = node(
            "Transpose",
            [node("Reshape", [linear(hidden, p + "attention.self.value"), "heads_shape"])],
            perm=[0, 2, 1, 3],
        )
        scores = node("Add", [node("Mul", [node("MatMul", [q, k]), "f_scale"]), key_bias])
        weights = node("Softmax", [scores], axis=-1)
        context = node("Transpose", [node("MatMul", [weights, v])], perm=[0, 2, 1, 3])
        context = node("Reshape", [context, "merge_shape"])
        attended = linear(context, p + "attention.output.dense")
        hidden = layer_norm(node("Add", [attended, hidden]), p + "attention.output.LayerNorm")
        inter = linear(hidden, p + "intermediate.dense")
        # Exact GELU: 0.5 * x * (1 + erf(x / sqrt(2))).
        erf = node("Erf", [node("Mul", [inter, "f_inv_sqrt2"])])
        gelu = node("Mul", [node("Mul", [inter, "f_half"]), node("Add", [erf, "f_one"])])
        ffn = linear(gelu, p + "output.dense")
        hidden = layer_norm(node("Add", [ffn, hidden]), p + "output.LayerNorm")

    # ReduceSum takes its axes as an input from opset 13, ReduceL2 only from 18.
    # Mean pooling over real tokens, then L2 normalisation (sentence-transformers' modules 1-2).
    mask3 = node("Unsqueeze", ["attention_mask", "axis_last"])
    summed = node("ReduceSum", [node("Mul", [hidden, mask3]), "axis_1"], keepdims=0)
    counts = node(
        "Max", [node("ReduceSum", ["attention_mask", "axis_1"], keepdims=1), "f_count_floor"]
    )
    pooled = node("Div", [summed, counts])
    norms = node("Max", [node("ReduceL2", [pooled], axes=[-1], keepdims=1), "f_norm_floor"])
    nodes.append(helper.make_node("Div", [pooled, norms], ["embeddings"], name="l2_normalise"))

    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
            helper.make_tensor_value_info(
                "attention_mask", TensorProto.FLOAT, ["batch", "sequence"]
            ),
        ],
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", hidden_size])],
        initializer=inits,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="tandem",
        producer_version=BUILDER_VERSION,
    )
    model.ir_version = 8  # readable by every onnxruntime that supports opset 17
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())


def cached_model_path(model_path: Path, *, directory: Path | None = None) -> Path:
    """The built graph's file, building and writing it atomically the first time."""
    directory = directory or cache_dir()
    target = directory / f"all-MiniLM-L6-v2-{weights_digest(model_path)}.onnx"
    if target.is_file():
        return target
    data = build_model_bytes(model_path)
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".building-", suffix=".onnx")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)  # concurrent builders write identical bytes; last one wins
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


class OnnxEncoder:
    """Runs the built graph; ``run`` is safe to call from several threads at once."""

    def __init__(self, model_path: Path, *, cache_directory: Path | None = None) -> None:
        try:
            import onnxruntime as ort
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise OnnxUnavailable("onnxruntime is not installed") from exc
        try:
            source: str | bytes = str(cached_model_path(model_path, directory=cache_directory))
        except OSError:
            # No writable cache directory: build in memory for this process only.
            source = build_model_bytes(model_path)
        options = ort.SessionOptions()
        # One thread per call: a web server runs many screens at once on few cores, and
        # onnxruntime's own pool (like OpenBLAS's) only adds contention there.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            source, sess_options=options, providers=["CPUExecutionProvider"]
        )

    def run(self, ids: NDArray[np.int64], mask: NDArray[np.float32]) -> NDArray[np.float32]:
        (out,) = self._session.run(["embeddings"], {"input_ids": ids, "attention_mask": mask})
        return np.asarray(out, dtype=np.float32)


def shared_encoder(model_path: Path, *, cache_directory: Path | None = None) -> OnnxEncoder:
    """One encoder per model and cache directory per process: sessions are thread-safe and each
    holds its own copy of the weights, so embedders share them."""
    key = (str(model_path.resolve()), str(cache_directory or cache_dir()))
    with _shared_lock:
        encoder = _shared.get(key)
        if encoder is None:
            encoder = OnnxEncoder(model_path, cache_directory=cache_directory)
            _shared[key] = encoder
        return encoder
