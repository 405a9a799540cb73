"""The ONNX encoder built from the shipped weights must compute what the numpy reference does."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from tandem.core import embeddings, minilm_onnx
from tandem.core.embeddings import DIMENSIONS, MAX_TOKENS, Embedder, model_dir

pytest.importorskip("onnxruntime")

# Varied on purpose: languages, lengths, casing, punctuation, emoji, obfuscation, numbers,
# a text longer than the model's window, and one-token inputs.
SENTENCES = [
    "ok",
    "?",
    "I feel fine today.",
    "Estoy muy cansada de todo y no sé qué hacer.",
    "This homework is literally killing me lol",
    "I've been thinking everyone would be better off without me.",
    "gave my guitar to my brother yesterday, won't need it where I'm going",
    "kms 😭😭 this exam",
    "I want to unalive myself",
    "Me quiero morir, ya no aguanto más.",
    "How many milligrams of paracetamol are in one tablet?",
    "My therapist said to try box breathing: in 4, hold 4, out 4, hold 4.",
    "WHY DOES NOBODY EVER LISTEN TO ME!!!",
    "Slept 4h, mood 3/10, skipped lunch again.",
    "Mi pareja me grita y hoy me empujó contra la pared.",
    "The voices tell me the neighbours are watching me through the TV.",
    "I haven't slept in three days and I have so many brilliant plans, I bought four cars.",
    "Gracias, hoy fue un buen día 🙂",
    "a " * 40,
    "word " * (MAX_TOKENS * 2),
]


@pytest.fixture(scope="module")
def numpy_embedder() -> Embedder:
    return Embedder(backend="numpy", cache_size=0)


@pytest.fixture(scope="module")
def onnx_embedder() -> Embedder:
    return Embedder(backend="onnx", cache_size=0)


def test_backends_are_what_they_say(numpy_embedder: Embedder, onnx_embedder: Embedder) -> None:
    assert numpy_embedder.backend_name == "numpy"
    assert onnx_embedder.backend_name == "onnx"


def test_onnx_matches_numpy_reference_one_by_one(
    numpy_embedder: Embedder, onnx_embedder: Embedder
) -> None:
    for text in SENTENCES:
        expected = numpy_embedder.embed([text])[0]
        got = onnx_embedder.embed([text])[0]
        assert got.dtype == np.float32
        assert float(got @ expected) > 0.99999, text
        np.testing.assert_allclose(got, expected, atol=1e-5, err_msg=text)


def test_onnx_matches_numpy_in_padded_batches(
    numpy_embedder: Embedder, onnx_embedder: Embedder
) -> None:
    # One batch with very different lengths: padding must not leak into the pooled vectors.
    expected = numpy_embedder.embed(SENTENCES)
    got = onnx_embedder.embed(SENTENCES)
    assert got.shape == (len(SENTENCES), DIMENSIONS)
    np.testing.assert_allclose(got, expected, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_onnx_is_batch_independent(onnx_embedder: Embedder) -> None:
    together = onnx_embedder.embed(SENTENCES[:6])
    alone = np.vstack([onnx_embedder.embed([t]) for t in SENTENCES[:6]])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_onnx_is_safe_across_threads(onnx_embedder: Embedder) -> None:
    expected = onnx_embedder.embed(SENTENCES)
    results: dict[int, np.ndarray] = {}

    def work(k: int) -> None:
        order = SENTENCES[k % len(SENTENCES) :] + SENTENCES[: k % len(SENTENCES)]
        vectors = onnx_embedder.embed(order)
        results[k] = np.roll(vectors, k % len(SENTENCES), axis=0)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 6
    for vectors in results.values():
        np.testing.assert_allclose(vectors, expected, atol=1e-5)


def test_graph_is_built_once_into_a_cache_keyed_by_the_weights(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = minilm_onnx.cached_model_path(model_dir(), directory=tmp_path)
    assert path.parent == tmp_path
    assert minilm_onnx.weights_digest(model_dir()) in path.name
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind

    def no_rebuild(_path: Path) -> bytes:
        raise AssertionError("a cached graph must not be rebuilt")

    monkeypatch.setattr(minilm_onnx, "build_model_bytes", no_rebuild)
    assert minilm_onnx.cached_model_path(model_dir(), directory=tmp_path) == path
    encoder = minilm_onnx.OnnxEncoder(model_dir(), cache_directory=tmp_path)
    ids = np.array([[101, 7592, 102]], dtype=np.int64)
    vector = encoder.run(ids, np.ones_like(ids, dtype=np.float32))
    assert vector.shape == (1, DIMENSIONS)


def test_builder_version_is_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = minilm_onnx.weights_digest(model_dir())
    monkeypatch.setattr(minilm_onnx, "BUILDER_VERSION", minilm_onnx.BUILDER_VERSION + "-next")
    monkeypatch.setattr(minilm_onnx, "_digests", {})
    assert minilm_onnx.weights_digest(model_dir()) != before


def test_unwritable_cache_builds_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    encoder = minilm_onnx.OnnxEncoder(model_dir(), cache_directory=blocker / "models")
    ids = np.array([[101, 7592, 102]], dtype=np.int64)
    assert encoder.run(ids, np.ones_like(ids, dtype=np.float32)).shape == (1, DIMENSIONS)


def test_auto_falls_back_to_numpy_when_onnx_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> minilm_onnx.OnnxEncoder:
        raise minilm_onnx.OnnxUnavailable("simulated: onnxruntime missing")

    monkeypatch.setattr(embeddings, "shared_encoder", broken)
    fallback = Embedder(backend="auto")
    assert fallback.backend_name == "numpy"
    assert fallback.embed(["still works"]).shape == (1, DIMENSIONS)
    with pytest.raises(minilm_onnx.OnnxUnavailable):
        Embedder(backend="onnx")


def test_backend_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(embeddings.BACKEND_ENV, "numpy")
    assert Embedder().backend_name == "numpy"
    monkeypatch.setenv(embeddings.BACKEND_ENV, "gpu")
    with pytest.raises(ValueError, match="unknown embedder backend"):
        Embedder()
