"""Semantic layer: nearest exemplars in MiniLM embedding space.

The exemplar bank (``exemplars/*.yaml``) holds short, hand-written messages per level and
category in English and Spanish, including benign ones (idioms, hyperbole, informational
questions). A message is embedded once (cached) and compared with the precomputed exemplar
matrix. The layer is conservative by construction: it may raise a message to ``low`` or
``moderate`` on its own, to ``high`` only with rule support or a very strong match, and a
benign match only vetoes the semantic signal itself, never a rule hit.
"""

from __future__ import annotations

import contextlib
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt
import yaml

from tandem.safety.assessment import CATEGORIES, RiskLevel
from tandem.safety.gloss import english_gloss

# Cosine thresholds per language, tuned on the dev split of the corpus only. all-MiniLM-L6-v2 is
# an English model: Spanish sentences sit close together whatever they mean, so Spanish matches
# need a much stronger score before they count.
LOW_THRESHOLD = {"en": 0.55, "es": 0.72}
MODERATE_THRESHOLD = {"en": 0.62, "es": 0.80}
STRONG_THRESHOLD = 0.86  # may reach high without rule support
BENIGN_MARGIN = 0.03  # the best risk exemplar must beat the best benign one by this much
MAX_CHARS = 320  # only the last ~320 characters are embedded: keeps latency bounded

_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")


@dataclass(frozen=True)
class Exemplar:
    id: str
    text: str
    level: RiskLevel
    category: str  # "benign" for the benign exemplars
    lang: str


@dataclass(frozen=True)
class SemanticMatch:
    level: RiskLevel
    category: str
    score: float
    exemplar_id: str


class ExemplarBank:
    def __init__(self, exemplars: list[Exemplar]) -> None:
        from tandem.core.embeddings import get_embedder

        self.exemplars = exemplars
        texts = [embedding_text(e.text, e.lang) for e in exemplars]
        cached = _load_cached_matrix(texts)
        if cached is None:
            cached = get_embedder().embed(texts)
            _store_cached_matrix(texts, cached)
        self.matrix = cached
        # Benign exemplars per category are fine; an empty bank simply adds nothing.
        self.is_benign = np.array([e.category == "benign" for e in exemplars], dtype=bool)
        self.langs = np.array([e.lang for e in exemplars])


CACHE_FILE = "embeddings.npz"  # next to the YAML files; recomputed whenever it is stale


def _cache_key(texts: list[str]) -> str:
    """A hash of the exemplar texts and the model file's size: a changed bank or model is stale."""
    import hashlib

    from tandem.core.embeddings import model_dir

    size = (model_dir() / "model.safetensors").stat().st_size
    digest = hashlib.sha256("\x00".join(texts).encode("utf-8"))
    digest.update(str(size).encode("ascii"))
    return digest.hexdigest()


def _cache_path() -> Path:
    return Path(str(resources.files("tandem.safety") / "exemplars" / CACHE_FILE))


def _load_cached_matrix(texts: list[str]) -> npt.NDArray[np.float32] | None:
    path = _cache_path()
    if not path.is_file():
        return None
    try:
        with np.load(path) as data:
            if str(data["key"]) != _cache_key(texts) or data["matrix"].shape[0] != len(texts):
                return None
            return np.asarray(data["matrix"], dtype=np.float32)
    except (OSError, KeyError, ValueError):
        return None  # a damaged cache is recomputed, never trusted


def _store_cached_matrix(texts: list[str], matrix: npt.NDArray[np.float32]) -> None:
    # A read-only install simply embeds the bank at start-up.
    with contextlib.suppress(OSError):
        np.savez(_cache_path(), key=np.array(_cache_key(texts)), matrix=matrix)


def load_exemplars() -> list[Exemplar]:
    """Read and validate every exemplar file shipped in ``tandem/safety/exemplars``."""
    out: list[Exemplar] = []
    folder = resources.files("tandem.safety") / "exemplars"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
            raise ValueError(f"{entry.name}: expected a mapping with a 'groups' list")
        lang = str(data.get("lang", ""))
        if lang not in ("en", "es"):
            raise ValueError(f"{entry.name}: lang must be en or es")
        for g, group in enumerate(data["groups"]):
            where = f"{entry.name} group {g}"
            category = str(group.get("category", ""))
            if category != "benign" and category not in CATEGORIES:
                raise ValueError(f"{where}: unknown category {category!r}")
            level = RiskLevel.parse(str(group.get("level", "none")))
            if (category == "benign") != (level == RiskLevel.NONE):
                raise ValueError(f"{where}: benign exemplars have level none, and only they do")
            texts = group.get("texts")
            if not isinstance(texts, list) or not all(isinstance(t, str) and t for t in texts):
                raise ValueError(f"{where}: texts must be a list of non-empty strings")
            for i, text in enumerate(texts):
                out.append(
                    Exemplar(
                        id=f"{lang}.{category}.{level.label}.{g}.{i}",
                        text=text,
                        level=level,
                        category=category,
                        lang=lang,
                    )
                )
    return out


_bank: ExemplarBank | None = None
_bank_lock = threading.Lock()


def get_bank() -> ExemplarBank:
    global _bank
    if _bank is None:
        with _bank_lock:
            if _bank is None:
                _bank = ExemplarBank(load_exemplars())
    return _bank


def focus(text: str) -> str:
    """The part of a long message that is embedded: its last sentences, up to MAX_CHARS."""
    text = text.strip()
    if len(text) <= MAX_CHARS:
        return text
    kept: list[str] = []
    total = 0
    for sentence in reversed(_SENTENCE.split(text)):
        if total + len(sentence) > MAX_CHARS and kept:
            break
        kept.append(sentence[-MAX_CHARS:])
        total += len(sentence) + 1
    return " ".join(reversed(kept))


def embedding_text(text: str, lang: str) -> str:
    """What the sentence model reads of ``text``: its focus, glossed into English for Spanish.

    The semantic layer and the classifier read the same text, so a message costs one model
    pass (the embedder caches it) whatever its language.
    """
    return focus(english_gloss(text) if lang == "es" else text)


def match(
    text: str, *, rule_level: RiskLevel, rule_categories: set[str], lang: str = "en"
) -> SemanticMatch | None:
    """The semantic layer's opinion, or None when it has nothing to add above the rules."""
    if rule_level >= RiskLevel.HIGH or not text.strip():
        return None  # nothing the semantic layer may add above high
    from tandem.core.embeddings import get_embedder

    bank = get_bank()
    if not bank.exemplars:
        return None
    vector = get_embedder().embed([embedding_text(text, lang)])[0]
    lang = lang if lang in LOW_THRESHOLD else "en"
    same_lang = bank.langs == lang
    if not same_lang.any():
        return None
    scores = bank.matrix @ vector
    benign = bank.is_benign & same_lang
    benign_best = float(scores[benign].max()) if benign.any() else -1.0
    risk_scores = np.where(bank.is_benign | ~same_lang, -1.0, scores)
    index = int(np.argmax(risk_scores))
    best = float(risk_scores[index])
    exemplar = bank.exemplars[index]
    if best < LOW_THRESHOLD[lang] or best < benign_best + BENIGN_MARGIN:
        return None
    if best >= MODERATE_THRESHOLD[lang]:
        level = min(exemplar.level, RiskLevel.MODERATE)
        if exemplar.level >= RiskLevel.HIGH and (
            best >= STRONG_THRESHOLD
            or (rule_level >= RiskLevel.MODERATE and exemplar.category in rule_categories)
        ):
            level = RiskLevel.HIGH
    else:
        level = RiskLevel.LOW
    return SemanticMatch(
        level=RiskLevel(level), category=exemplar.category, score=best, exemplar_id=exemplar.id
    )
