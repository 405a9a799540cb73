"""The English gloss the classifier's sentence model reads for Spanish messages."""

from __future__ import annotations

import pytest

from tandem.safety import gloss
from tandem.safety.gloss import english_gloss, fold_word, glossary
from tandem.safety.semantic import embedding_text


def test_known_words_are_glossed_and_unknown_words_pass_through() -> None:
    out = english_gloss("Hoy Zarathustra compró pastillas")
    assert "pills" in out
    assert "Zarathustra" in out  # a name the glossary does not know stays as written
    assert "pastillas" not in out


def test_texters_without_accents_get_the_accented_words_gloss() -> None:
    words = glossary()
    accented = next(w for w in words if fold_word(w) != w)
    plain = fold_word(accented)
    assert english_gloss(plain) == words[plain]
    assert english_gloss(accented.upper()) == words[accented]


def test_an_accented_entry_is_not_overwritten_by_its_accent_free_look_alike() -> None:
    words = glossary()
    pairs = [(w, fold_word(w)) for w in words if fold_word(w) != w and fold_word(w) in words]
    assert pairs, "the glossary has accented forms whose plain spelling is another entry"
    for accented, _plain in pairs:
        assert english_gloss(accented) == words[accented]


def test_only_spanish_is_glossed_for_the_sentence_model() -> None:
    assert embedding_text("me tomé las pastillas", "es") != "me tomé las pastillas"
    assert embedding_text("me tomé las pastillas", "en") == "me tomé las pastillas"


def test_a_malformed_glossary_line_is_reported_with_its_line_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Fake:
        def __truediv__(self, _name: str) -> Fake:
            return self

        def read_text(self, encoding: str) -> str:
            return "# comment\nhola\thello\nadiós without a tab\n"

    monkeypatch.setattr(gloss.resources, "files", lambda _pkg: Fake())
    glossary.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"gloss_es_en.tsv:3"):
            glossary()
    finally:
        glossary.cache_clear()


def test_a_spanish_message_costs_one_model_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    # The semantic layer and the classifier read the same glossed text: one forward pass, not
    # one for the Spanish and one for the gloss (screening latency, bench/README).
    from tandem.core.embeddings import get_embedder
    from tandem.safety import detector, semantic

    semantic.get_bank()  # the exemplar matrix is loaded, not part of the message's cost
    embedder = get_embedder()
    encoded: list[str] = []
    real = embedder._encode

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        encoded.extend(texts)
        return real(texts)

    monkeypatch.setattr(embedder, "_encode", counting)
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    detector.assess(
        "hoy no tengo ganas de nada, me quedé sola en casa con el gato Zirbo", locale="es"
    )
    assert len(set(encoded)) == 1
