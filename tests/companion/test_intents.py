from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import pytest

from tandem.companion.content_loader import load_content
from tandem.companion.engine import ClientContext, ConversationState, Engine
from tandem.companion.intents import SemanticMatcher, default_matcher, recognise, understand

CONTENT = load_content()


@pytest.mark.parametrize(
    ("text", "lang", "emotion"),
    [
        ("I'm having a panic attack", "en", "panic"),
        ("I can't sleep again", "en", "sleepless"),
        ("I keep replaying the argument", "en", "ruminating"),
        ("no motivation at all today", "en", "unmotivated"),
        ("craving a cigarette so badly", "en", "urge"),
        ("me siento muy sola", "es", "lonely"),
        ("estoy agobiada, no sé por dónde empezar", "es", "overwhelmed"),
        ("can you help me calm down", "en", "anxious"),
        ("ayúdame a calmarme", "es", "anxious"),
    ],
)
def test_needs_are_recognised(text: str, lang: str, emotion: str) -> None:
    assert understand(text, lang, CONTENT).need == emotion


def test_negated_feelings_are_not_needs() -> None:
    assert understand("I'm not anxious at all", "en", CONTENT).need is None
    assert understand("no estoy triste, solo cansada", "es", CONTENT).need is None
    assert understand("I'm not anxious at all", "en", CONTENT).negated == ("anxious",)
    assert understand("I can't stop worrying", "en", CONTENT).need == "worried"


def test_a_negated_feeling_is_not_sent_to_the_semantic_layer() -> None:
    fake = BagOfWords()
    eager = SemanticMatcher(lambda: fake, CONTENT.exemplars, threshold=0.0, margin=0.0)
    assert recognise("I'm not anxious at all today", "en", CONTENT, eager).semantic_label is None
    assert fake.calls == 0


def test_a_plain_ok_is_not_good_news() -> None:
    assert not understand("ok", "en", CONTENT).positive
    assert understand("I feel calmer now", "en", CONTENT).positive
    assert not understand("estoy muy contenta", "es", CONTENT).need


def test_panic_outranks_a_general_feeling() -> None:
    assert understand("I feel sad and now I'm panicking", "en", CONTENT).need == "panic"


def test_mood_values_need_a_mood_phrase() -> None:
    assert understand("I'm a 4 today", "en", CONTENT).mood == 4
    assert understand("mood: seven", "en", CONTENT).mood == 7
    assert understand("estoy en un 3", "es", CONTENT).mood == 3
    assert understand("I slept 4 hours", "en", CONTENT).mood is None


def test_professional_topics() -> None:
    assert (
        understand("can I take two of my pills instead of one", "en", CONTENT).professional
        == "medication"
    )
    assert understand("am I bipolar?", "en", CONTENT).professional == "diagnosis"
    assert understand("¿debería cambiar de psiquiatra?", "es", CONTENT).professional == "treatment"


def test_skill_requests_pick_the_longest_keyword() -> None:
    assert understand("let's do my thought diary", "en", CONTENT).skill_request == "thought_record"
    assert understand("I want to write in my diary", "en", CONTENT).skill_request == "journaling"


class BagOfWords:
    """A tiny deterministic stand-in for the sentence embedder (same API: n×d, L2-normalised)."""

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        vectors = np.zeros((len(texts), 512), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, sum(map(ord, word.strip(".,!?"))) % 512] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


def test_semantic_matcher_fills_the_gap_the_patterns_leave() -> None:
    fake = BagOfWords()
    engine = Engine(matcher=SemanticMatcher(lambda: fake, CONTENT.exemplars, threshold=0.5))
    ctx = ClientContext(name=None, lang="en", now=datetime(2026, 11, 25, 12, tzinfo=UTC))
    text = "nobody ever texts me"  # no pattern matches; an exemplar is close in words
    assert understand(text, "en", CONTENT).need is None
    reply = engine.respond(ConversationState(), text, ctx)
    assert reply.state.last_intents == ["need:lonely"]
    assert reply.action == "reflect"  # loneliness is listened to first
    # Patterns win when they match: the embedder is not even asked.
    calls = fake.calls
    engine.respond(ConversationState(), "I'm having a panic attack", ctx)
    assert fake.calls == calls


def test_very_short_messages_skip_the_semantic_layer() -> None:
    fake = BagOfWords()
    matcher = SemanticMatcher(lambda: fake, CONTENT.exemplars)
    assert recognise("hmm idk", "en", CONTENT, matcher).semantic_label is None
    assert fake.calls == 0
    recognise("nobody ever texts me", "en", CONTENT, matcher)
    assert fake.calls == 2  # the exemplar bank once, then the message


def test_answers_inside_an_exercise_skip_the_semantic_layer() -> None:
    fake = BagOfWords()
    eager = SemanticMatcher(lambda: fake, CONTENT.exemplars, threshold=0.0, margin=0.0)
    engine = Engine(matcher=eager)
    ctx = ClientContext(name=None, lang="en", now=datetime(2026, 11, 25, 12, tzinfo=UTC))
    reply = engine.respond(ConversationState(), "let's do a thought record", ctx)
    calls = fake.calls
    reply = engine.respond(reply.state, "dinner with my family went badly for me", ctx)
    assert reply.step == "emotions" and fake.calls == calls
    # Outside an exercise the same eager matcher is consulted.
    engine.respond(ConversationState(), "dinner with my family went badly for me", ctx)
    assert fake.calls > calls


class Fixed:
    """Maps known texts to fixed unit vectors, to pin the matcher's thresholds exactly."""

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray([self.table[text] for text in texts], dtype=np.float32)


def test_professional_labels_need_a_closer_match_than_feelings() -> None:
    bank = {"professional:trauma": ("t1", "t2", "t3"), "need:sad": ("s1", "s2", "s3")}
    table = {name: [1.0, 0.0] for name in ("t1", "t2", "t3")}
    table |= {name: [0.0, 1.0] for name in ("s1", "s2", "s3")}
    table["close to trauma"] = [0.58, 0.0]
    table["close to sad"] = [0.0, 0.58]
    matcher = SemanticMatcher(lambda: Fixed(table), bank)
    assert matcher.match("close to sad") == ("need:sad", pytest.approx(0.58))
    assert matcher.match("close to trauma") is None


def test_matcher_says_dont_know_below_threshold() -> None:
    matcher = SemanticMatcher(BagOfWords, CONTENT.exemplars, threshold=0.99)
    assert matcher.match("completely unrelated words about bicycles") is None


def test_a_broken_embedder_disables_the_semantic_layer_quietly() -> None:
    def broken() -> BagOfWords:
        raise RuntimeError("weights missing")

    matcher = SemanticMatcher(broken, CONTENT.exemplars)
    assert matcher.match("nobody ever texts me") is None
    assert not matcher.available


def test_an_embedder_failing_on_one_message_does_not_break_the_turn() -> None:
    class FailsOnMessages(BagOfWords):
        def embed(self, texts: Sequence[str]) -> np.ndarray:
            if len(texts) == 1:
                raise RuntimeError("out of memory")
            return super().embed(texts)

    matcher = SemanticMatcher(FailsOnMessages, CONTENT.exemplars)
    assert matcher.match("nobody ever texts me") is None
    assert matcher.available


def test_default_matcher_is_skipped_when_the_embeddings_module_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tandem.core

    # Both the module cache and the package attribute: `from tandem.core import embeddings`
    # finds the attribute first once any earlier test has imported the module.
    monkeypatch.setitem(sys.modules, "tandem.core.embeddings", None)
    monkeypatch.delattr(tandem.core, "embeddings", raising=False)
    assert default_matcher(CONTENT) is None
    assert Engine().matcher is None


def test_default_matcher_uses_the_shared_embedder_when_present() -> None:
    pytest.importorskip("tandem.core.embeddings")
    assert default_matcher(CONTENT) is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I just lie on the sofa all day and do nothing", "need:unmotivated"),
        ("it is 4am and I am staring at the ceiling", "need:sleepless"),
        ("nobody ever calls me", "need:lonely"),
        ("I want to scream at my sister", "need:angry"),
        ("the crash keeps replaying in my mind", "professional:trauma"),
        ("son las cuatro y sigo mirando el techo", "need:sleepless"),
    ],
)
def test_real_embedder_understands_paraphrases(text: str, label: str) -> None:
    embeddings = pytest.importorskip("tandem.core.embeddings")
    try:
        embeddings.model_dir()
    except embeddings.EmbeddingModelMissing:
        pytest.skip("embedding model not installed")
    matcher = _shared_real_matcher()
    result = matcher.match(text)
    assert result is not None and result[0] == label


_REAL: list[SemanticMatcher] = []


def _shared_real_matcher() -> SemanticMatcher:
    if not _REAL:
        matcher = default_matcher(CONTENT)
        assert matcher is not None
        _REAL.append(matcher)
    return _REAL[0]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_quick_reply_button_is_understood(lang: str) -> None:
    def read(text: str) -> tuple[str, ...]:
        return understand(text, lang, CONTENT).intents

    accept, decline = CONTENT.phrases(lang, "quick.offer")
    assert "yes" in read(accept) and {"stop", "no"} & set(read(decline))
    add, skip = CONTENT.phrases(lang, "quick.note")
    assert "add_note" in read(add) and "no" in read(skip)
    log, exercise, _talk = CONTENT.phrases(lang, "quick.greeting")
    assert "mood_log" in read(log) and "skill_menu" in read(exercise)
    for label in CONTENT.phrases(lang, "quick.menu"):
        assert understand(label, lang, CONTENT).skill_request is not None, label
    for skill in CONTENT.skills.values():
        assert understand(skill.name(lang), lang, CONTENT).skill_request == skill.id, skill.id
