"""Both MiniLM encoders (ONNX and numpy) must reproduce sentence-transformers' vectors."""

from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path

import numpy as np
import pytest

from tandem.core.embeddings import DIMENSIONS, MAX_TOKENS, Embedder, get_embedder, model_dir

FIXTURE = Path(__file__).parent.parent / "fixtures" / "minilm_reference.json"


def _reference() -> list[dict[str, object]]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))["items"]


def test_default_embedder_matches_reference_fixture_from_sentence_transformers() -> None:
    _check_reference(get_embedder())


@pytest.mark.parametrize("backend", ["numpy", "onnx"])
def test_each_backend_matches_reference_fixture(backend: str) -> None:
    if backend == "onnx":
        pytest.importorskip("onnxruntime")
    _check_reference(Embedder(backend=backend))


def _check_reference(embedder: Embedder) -> None:
    items = _reference()
    texts = [str(item["text"]) for item in items]
    vectors = embedder.embed(texts)
    assert vectors.shape == (len(texts), DIMENSIONS)
    assert vectors.dtype == np.float32
    for item, vector in zip(items, vectors, strict=True):
        expected = np.asarray(item["embedding"], dtype=np.float64)
        cosine = float(vector @ expected / np.linalg.norm(expected))
        assert cosine > 0.9999, (item["text"], cosine)


def test_vectors_are_unit_length_and_batch_independent() -> None:
    embedder = Embedder()  # fresh instance: no cache shared with other tests
    texts = ["I feel fine today.", "Estoy muy cansada de todo.", "ok"]
    together = embedder.embed(texts)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    alone = np.vstack([Embedder().embed([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_empty_input_gives_empty_matrix() -> None:
    assert get_embedder().embed([]).shape == (0, DIMENSIONS)


def test_long_text_is_truncated_not_rejected() -> None:
    long_text = "word " * (MAX_TOKENS * 3)
    truncated_equivalent = "word " * (MAX_TOKENS - 2)  # [CLS] + 254 words + [SEP]
    a, b = get_embedder().embed([long_text, truncated_equivalent])
    assert float(a @ b) > 0.9999


def test_cache_returns_same_vector_and_duplicates_share_it() -> None:
    embedder = Embedder(cache_size=2)
    first = embedder.embed(["same text", "same text"])
    np.testing.assert_array_equal(first[0], first[1])
    np.testing.assert_array_equal(embedder.embed(["same text"])[0], first[0])
    embedder.embed(["a", "b", "c"])  # evicts the oldest entries
    assert len(embedder._cache) == 2


def test_get_embedder_is_one_instance_across_threads() -> None:
    seen: list[Embedder] = []
    threads = [threading.Thread(target=lambda: seen.append(get_embedder())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(e) for e in seen}) == 1


def test_similar_meanings_are_closer_than_unrelated_ones() -> None:
    a, b, c = get_embedder().embed(
        ["I want to end my life", "I don't want to live anymore", "What time does the bus leave?"]
    )
    assert float(a @ b) > float(a @ c) + 0.2


@pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is None,
    reason="sentence-transformers (and torch) not installed here",
)
@pytest.mark.parametrize("backend", ["numpy", "auto"])
def test_matches_live_sentence_transformers(backend: str) -> None:
    from sentence_transformers import SentenceTransformer

    texts = [str(item["text"]) for item in _reference()] + ["Una frase nueva que no está fija."]
    model = SentenceTransformer(str(model_dir()), device="cpu")
    expected = model.encode(texts, convert_to_numpy=True)
    got = Embedder(backend=backend).embed(texts)
    for e, g in zip(expected, got, strict=True):
        assert float(g @ e / np.linalg.norm(e)) > 0.9999
