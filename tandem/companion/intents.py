"""Understanding free text: intents, emotions, topics, professional topics and mood values.

Two layers. Patterns and lexicons (``content/lexicon.<lang>.yaml``) are precise and explainable.
A semantic matcher compares the message with an exemplar bank (``content/exemplars.yaml``) using
the shared sentence embedder in ``tandem.core.embeddings``, and fills the gaps when no pattern
matched. When that module or its weights are missing, the semantic layer is skipped.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from tandem.companion.content_loader import Content, Lexicon

log = logging.getLogger(__name__)

# When several feelings are named, the one that most needs a specific skill leads: acute states
# first (panic, urges), then the ones with a clear technique, then general low mood.
EMOTION_PRIORITY = (
    "panic",
    "urge",
    "sleepless",
    "ruminating",
    "unmotivated",
    "overwhelmed",
    "grief",
    "worried",
    "anxious",
    "stressed",
    "tense",
    "angry",
    "ashamed",
    "lonely",
    "sad",
    "positive",
)
SEMANTIC_MIN_WORDS = 3
PSYCHOED_ORDER = ("ai_companion", "panic", "grief", "loneliness", "sleep", "stress")

_NEGATORS = {
    # "not anxious" negates; "can't stop worrying" / "no paro de darle vueltas" do not.
    "en": re.compile(
        r"\b(not|n't|never|no longer|no|don't|doesn't|didn't|isn't|wasn't)\s+"
        r"(?!(stop|quit)\b)(\w+\s+){0,2}$"
    ),
    "es": re.compile(
        r"\b(no|nunca|ya no|tampoco|nada)\s+"
        r"(?!(paro|dejo|puedo dejar|consigo dejar)\b)(\w+\s+){0,2}$"
    ),
}
_DIGITS = re.compile(r"(?<![\d.])(\d{1,3})(?![\d.])")


@dataclass(frozen=True)
class Understanding:
    text: str
    lang: str
    intents: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    professional: str | None = None
    psychoed_topic: str | None = None
    skill_request: str | None = None
    mood: int | None = None
    numbers: tuple[int, ...] = ()
    habit_kinds: tuple[str, ...] = ()
    negated: tuple[str, ...] = ()  # feelings named but negated ("I'm not anxious")
    semantic_label: str | None = None
    semantic_score: float = 0.0

    def has(self, intent: str) -> bool:
        return intent in self.intents

    @property
    def need(self) -> str | None:
        """The strongest feeling that points to a need (positive feelings are not needs)."""
        for emotion in self.emotions:
            if emotion != "positive":
                return emotion
        return None

    @property
    def positive(self) -> bool:
        return "positive" in self.emotions and self.need is None

    def with_semantic(self, label: str, score: float) -> Understanding:
        kind, _, value = label.partition(":")
        changes: dict[str, Any] = {"semantic_label": label, "semantic_score": score}
        if kind == "need":
            changes["emotions"] = (value, *self.emotions)
        elif kind == "intent":
            changes["intents"] = (*self.intents, value)
        elif kind == "professional":
            changes["professional"] = value
        return Understanding(**{**self.__dict__, **changes})


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class SemanticMatcher:
    """Nearest-exemplar matching over L2-normalised sentence embeddings.

    A label's score is the best cosine similarity among its exemplars; the top label wins when it
    clears ``threshold`` and beats the runner-up by ``margin`` (so ties stay "don't know").
    """

    def __init__(
        self,
        embedder_factory: Callable[[], Embedder],
        exemplars: dict[str, tuple[str, ...]],
        *,
        threshold: float = 0.55,
        margin: float = 0.03,
        kind_thresholds: dict[str, float] | None = None,
    ) -> None:
        self._factory = embedder_factory
        self._embedder: Embedder | None = None
        self._labels: list[str] = []
        self._sentences: list[str] = []
        for label, sentences in exemplars.items():
            for sentence in sentences:
                self._labels.append(label)
                self._sentences.append(sentence)
        self._matrix: np.ndarray | None = None
        self._disabled = False
        self._lock = threading.Lock()  # several request threads may arrive before warm-up ends
        self.threshold = threshold
        self.margin = margin
        # A handover on a false match is costly (it steers away from ordinary talk), so
        # professional topics need a closer match than feelings. Measured with MiniLM: a bad
        # dinner with family scored 0.56 for trauma; true paraphrases scored 0.62-0.71.
        self.kind_thresholds = (
            {"professional": 0.6} if kind_thresholds is None else dict(kind_thresholds)
        )

    @property
    def available(self) -> bool:
        return not self._disabled

    def _ensure_ready(self) -> bool:
        if self._disabled:
            return False
        if self._matrix is not None:
            return True
        with self._lock:
            if self._matrix is None and not self._disabled:
                self._load()
        return self._matrix is not None

    def _load(self) -> None:
        try:
            self._embedder = self._factory()
            self._matrix = np.asarray(self._embedder.embed(self._sentences), dtype=np.float32)
        except Exception:  # weights missing or broken: the lexical layer still works
            log.warning("companion semantic matcher disabled: embedder unavailable", exc_info=True)
            self._disabled = True

    def warm_up(self) -> bool:
        """Embed the exemplar bank now (at start-up) rather than on the first chat message."""
        return self._ensure_ready()

    def match(self, text: str) -> tuple[str, float] | None:
        if not text.strip() or not self._ensure_ready():
            return None
        assert self._embedder is not None and self._matrix is not None
        try:
            vector = np.asarray(self._embedder.embed([text]), dtype=np.float32)[0]
        except Exception:  # a chat turn must never fail because of the optional layer
            log.warning("companion semantic matcher failed on a message", exc_info=True)
            return None
        similarities = self._matrix @ vector
        best: dict[str, float] = {}
        for label, score in zip(self._labels, similarities.tolist(), strict=True):
            if score > best.get(label, -1.0):
                best[label] = float(score)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        top_label, top_score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else -1.0
        needed = max(self.threshold, self.kind_thresholds.get(top_label.partition(":")[0], 0.0))
        if top_score >= needed and top_score - runner_up >= self.margin:
            return top_label, top_score
        return None


def default_matcher(content: Content) -> SemanticMatcher | None:
    """The matcher over the shared embedder, or None when ``tandem.core.embeddings`` is absent."""
    try:
        from tandem.core import embeddings  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        log.info("tandem.core.embeddings not available: companion uses patterns only")
        return None
    factory: Callable[[], Embedder] = embeddings.get_embedder
    return SemanticMatcher(factory, content.exemplars)


# --- the lexical layer ---------------------------------------------------------------------------


def _negated(lang: str, text: str, start: int) -> bool:
    negator = _NEGATORS.get(lang, _NEGATORS["en"])
    window = text[max(0, start - 30) : start]
    return bool(negator.search(window))


def _match_any(patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


def _numbers(text: str, lexicon: Lexicon) -> tuple[int, ...]:
    found: list[tuple[int, int]] = [(m.start(), int(m.group(1))) for m in _DIGITS.finditer(text)]
    for word, value in lexicon.number_words.items():
        for match in re.finditer(rf"\b{re.escape(word)}\b", text):
            found.append((match.start(), value))
    return tuple(value for _, value in sorted(found))


def _skill_request(text: str, content: Content, lang: str) -> str | None:
    best: tuple[int, str] | None = None
    for skill in content.skills.values():
        for keyword in skill.keywords.get(lang, ()) + skill.keywords.get("en", ()):
            found = re.search(rf"(?<!\w){re.escape(keyword)}(?!\w)", text)
            if found and (best is None or len(keyword) > best[0]):
                best = (len(keyword), skill.id)
    return best[1] if best else None


def understand(text: str, lang: str, content: Content) -> Understanding:
    """The lexical reading of one message (no embeddings)."""
    lexicon = content.lexicons.get(lang) or content.lexicons["en"]
    lowered = " ".join(text.lower().split())
    intents = tuple(
        name for name, patterns in lexicon.intents.items() if _match_any(patterns, lowered)
    )
    emotions: list[str] = []
    negated: list[str] = []
    for emotion in EMOTION_PRIORITY:
        for pattern in lexicon.emotions.get(emotion, ()):
            hits = list(pattern.finditer(lowered))
            if any(not _negated(lang, lowered, m.start()) for m in hits):
                emotions.append(emotion)
                break
            if hits and emotion not in negated:
                negated.append(emotion)
    topics = tuple(
        topic_id
        for topic_id, (patterns, _phrase) in lexicon.topics.items()
        if _match_any(patterns, lowered)
    )
    professional = next(
        (name for name, patterns in lexicon.professional.items() if _match_any(patterns, lowered)),
        None,
    )
    psychoed_topic = None
    if "psychoed" in intents:
        order = [*PSYCHOED_ORDER, *[t for t in lexicon.psychoed if t not in PSYCHOED_ORDER]]
        psychoed_topic = next(
            (
                t
                for t in order
                if t in lexicon.psychoed and _match_any(lexicon.psychoed[t], lowered)
            ),
            None,
        )
    numbers = _numbers(lowered, lexicon)
    mood = None
    if "mood_log" in intents:
        mood = next((n for n in numbers if 0 <= n <= 10), None)
    habit_kinds = tuple(
        kind for kind, patterns in lexicon.habits.items() if _match_any(patterns, lowered)
    )
    return Understanding(
        text=text,
        lang=lang,
        intents=intents,
        emotions=tuple(emotions),
        topics=topics,
        professional=professional,
        psychoed_topic=psychoed_topic,
        skill_request=_skill_request(lowered, content, lang),
        mood=mood,
        numbers=numbers,
        habit_kinds=habit_kinds,
        negated=tuple(e for e in negated if e not in emotions),
    )


def recognise(
    text: str, lang: str, content: Content, matcher: SemanticMatcher | None = None
) -> Understanding:
    """Patterns first; the semantic matcher only when the patterns found nothing to act on."""
    reading = understand(text, lang, content)
    # A negated feeling counts as found: "I'm not nervous" must not be re-read by meaning.
    nothing_found = not (
        reading.intents
        or reading.emotions
        or reading.negated
        or reading.professional
        or reading.skill_request
        or reading.habit_kinds
    )
    # Very short messages ("hmm", "idk") rarely carry a need the patterns missed, and embedding
    # costs far more than the patterns, so only longer messages go to the semantic layer.
    long_enough = len(text.split()) >= SEMANTIC_MIN_WORDS
    if matcher is not None and nothing_found and long_enough:
        result = matcher.match(text)
        if result is not None:
            return reading.with_semantic(*result)
    return reading


def parse_emotion_ratings(text: str, lang: str, content: Content) -> list[dict[str, Any]]:
    """Read "anxious 80, sad 40" (or "ansiedad 80") into [{"emotion", "intensity"}].

    A bare number ("60") becomes one unnamed rating; the caller decides whether that is enough.
    """
    lowered = text.lower()
    ratings: list[dict[str, Any]] = []
    for match in re.finditer(r"([^\d,;/]*?)\s*[:=-]?\s*(\d{1,3})\s*%?", lowered):
        label = match.group(1).strip(" .,:;-&")
        value = int(match.group(2))
        if not 0 <= value <= 100:
            continue
        label = re.sub(r"^(and|y|e|about|around|like|maybe|un|una|como)\s+", "", label).strip()
        ratings.append({"emotion": label or None, "intensity": value})
    if not ratings:
        return []
    return ratings
