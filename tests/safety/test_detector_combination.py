"""How the detector combines rules with the ordinal classifier, with a stand-in classifier whose
probabilities the test chooses: raising, framed bars, overruling, never touching acts in
progress, and the multi-turn context probe."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pytest

from tandem.safety import classifier as risk_classifier
from tandem.safety import detector
from tandem.safety.assessment import RiskLevel
from tandem.safety.classifier import RiskProbabilities, Thresholds

THRESHOLDS = Thresholds(
    low=0.5,
    moderate=0.6,
    high=0.6,
    imminent=0.9,
    moderate_framed=0.9,
    high_framed=0.9,
    veto=0.05,
    veto_expression=0.3,
)


@dataclass
class StubClassifier:
    """Chooses probabilities by substring of the (last) text."""

    table: dict[str, RiskProbabilities]
    context: RiskProbabilities | None = None
    thresholds: dict[str, Thresholds] | None = None

    def __post_init__(self) -> None:
        self.thresholds = {"en": THRESHOLDS, "es": THRESHOLDS}

    def predict(self, text: str, lang: str) -> RiskProbabilities:
        for key, probs in self.table.items():
            if key in text:
                return probs
        return P(0.0, 0.0, 0.0)

    def predict_context(self, turns: Sequence[str], lang: str) -> RiskProbabilities:
        return self.context or self.predict(turns[-1], lang)


def P(low: float, moderate: float, high: float, imminent: float = 0.0) -> RiskProbabilities:
    return RiskProbabilities(low=low, moderate=moderate, high=high, imminent=imminent)


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[StubClassifier]:
    model = StubClassifier(table={})
    monkeypatch.setattr(risk_classifier, "get_classifier", lambda: model)
    monkeypatch.setattr(detector, "USE_CLASSIFIER", True)
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    yield model
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()


def test_classifier_raises_a_message_no_rule_names(stub: StubClassifier) -> None:
    stub.table["quiet lately"] = P(0.99, 0.95, 0.8)
    result = detector.assess("it has all gone very quiet lately", locale="en")
    assert result.level == RiskLevel.HIGH
    assert any(e.rule == "classifier" for e in result.evidence)


def test_imminent_needs_high_and_imminent_probabilities_and_an_act_or_a_clear_reading(
    stub: StubClassifier,
) -> None:
    stub.table["zzz one"] = P(0.99, 0.99, 0.95, 0.6)
    stub.table["zzz two"] = P(0.99, 0.99, 0.5, 0.95)
    stub.table["zzz three"] = P(0.99, 0.99, 0.95, 0.95)
    stub.table["pills"] = P(0.99, 0.99, 0.95, 0.95)
    # Without an act or means the rules can see, the classifier alone reaches high, unless its
    # own reading of imminence is clear.
    assert detector.assess("zzz one", locale="en").level == RiskLevel.HIGH
    assert detector.CLEAR_IMMINENT < 0.95
    assert detector.assess("zzz three", locale="en").level == RiskLevel.IMMINENT
    assert detector.assess("zzz two", locale="en").level == RiskLevel.MODERATE
    assert detector.assess("I have the pills here with me", locale="en").level == (
        RiskLevel.IMMINENT
    )


def test_a_benign_frame_raises_the_bar_instead_of_silencing(stub: StubClassifier) -> None:
    # The same probabilities: enough without a frame, not enough inside a film plot.
    stub.table["lighthouse keeper"] = P(0.99, 0.8, 0.8)
    plain = detector.assess("the lighthouse keeper has stopped eating", locale="en")
    framed = detector.assess("in the film the lighthouse keeper has stopped eating", locale="en")
    assert plain.level == RiskLevel.HIGH
    assert framed.level == RiskLevel.NONE
    # A very strong signal still gets through the frame.
    stub.table["lighthouse keeper"] = P(0.99, 0.95, 0.95)
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    framed = detector.assess("in the film the lighthouse keeper has stopped eating", locale="en")
    assert framed.level == RiskLevel.HIGH


def test_classifier_overrules_a_rule_hit_it_finds_benign_down_to_low(
    stub: StubClassifier,
) -> None:
    text = "I want to die"
    stub.table[text] = P(0.01, 0.01, 0.0)
    result = detector.assess(text, locale="en")
    assert result.level == RiskLevel.LOW
    assert result.evidence and all(e.level <= RiskLevel.LOW for e in result.evidence)
    assert any("overrules" in note for note in result.notes)
    # Above the veto bar the rule level stands.
    stub.table[text] = P(0.5, 0.35, 0.0)
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    assert detector.assess(text, locale="en").level == RiskLevel.MODERATE


def test_classifier_never_overrules_an_act_in_progress(stub: StubClassifier) -> None:
    text = "I just swallowed all my pills"
    stub.table[text] = P(0.0, 0.0, 0.0)
    assert detector.assess(text, locale="en").level == RiskLevel.IMMINENT


def test_without_a_classifier_the_rules_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk_classifier, "get_classifier", lambda: None)
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    try:
        assert detector.assess("I want to kill myself", locale="en").level >= RiskLevel.MODERATE
        assert detector.assess("this homework is killing me").level == RiskLevel.NONE
    finally:
        detector.assess_message.cache_clear()
        detector._episode.cache_clear()


def test_context_probe_raises_a_turn_that_only_reads_as_risk_after_the_others(
    stub: StubClassifier,
) -> None:
    turns = ["thank you for everything", "you've been so kind", "I left my cat with my sister"]
    stub.table["cat with my sister"] = P(0.7, 0.3, 0.1)  # low on its own
    stub.context = P(0.99, 0.95, 0.9)
    levels = [a.level for a in detector.assess_conversation(turns, locale="en")]
    assert levels[-1] == RiskLevel.HIGH
    assert levels[0] == RiskLevel.NONE  # the first turn has no window


def test_context_probe_does_not_flag_a_turn_with_no_signal_of_its_own(
    stub: StubClassifier,
) -> None:
    turns = ["thank you for everything", "you've been so kind", "what's a good pasta recipe?"]
    stub.context = P(0.99, 0.95, 0.9)
    levels = [a.level for a in detector.assess_conversation(turns, locale="en")]
    assert levels == [RiskLevel.NONE] * 3


def test_context_probe_brings_a_rule_hit_down_when_the_window_is_clearly_benign(
    stub: StubClassifier,
) -> None:
    turns = ["we're moving to a smaller flat next month", "my flatmate is fine", "I want to die"]
    stub.table["I want to die"] = P(0.9, 0.9, 0.1)  # the single-message veto does not fire
    stub.context = P(0.01, 0.01, 0.0)
    levels = [a.level for a in detector.assess_conversation(turns, locale="en")]
    assert levels[-1] == RiskLevel.LOW
    # Once the episode stood at moderate, a benign-looking window lowers nothing.
    turns = ["I want to die", "my flatmate is fine", "I want to die"]
    levels = [a.level for a in detector.assess_conversation(turns, locale="en")]
    assert levels[0] == RiskLevel.MODERATE and levels[-1] >= RiskLevel.MODERATE


def test_wording_alone_has_a_higher_veto_bar_than_a_method_question(stub: StubClassifier) -> None:
    wording = "I want to die"
    method = "how many sleeping pills would be a lethal dose?"
    stub.table[wording] = P(0.2, 0.2, 0.0)
    stub.table[method] = P(0.2, 0.2, 0.0)
    assert detector.assess(wording, locale="en").level == RiskLevel.LOW
    assert detector.assess(method, locale="en").level == RiskLevel.MODERATE


def test_two_rules_on_the_same_words_are_one_preparatory_act(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "cancelled my subscriptions" is matched both as loose ends and as a calm goodbye; counting
    # it twice made one act look like two, and two mild acts are high.
    monkeypatch.setattr(detector, "USE_CLASSIFIER", False)
    detector.assess_message.cache_clear()
    detector._episode.cache_clear()
    try:
        one = detector.assess("cancelled my subscriptions today", locale="en")
        two = detector.assess(
            "cancelled my subscriptions and gave my guitar to my brother", locale="en"
        )
    finally:
        detector.assess_message.cache_clear()
        detector._episode.cache_clear()
    assert one.level < RiskLevel.HIGH
    assert two.level >= RiskLevel.HIGH


def test_a_faint_classifier_reading_is_not_a_low_message(stub: StubClassifier) -> None:
    # Low interrupts a skill in the companion, so the classifier alone needs a clear reading;
    # a faint one leaves the message at none.
    faint = max(THRESHOLDS.low, detector.CLASSIFIER_LOW_FLOOR - 0.05)
    assert THRESHOLDS.low <= faint < detector.CLASSIFIER_LOW_FLOOR
    stub.table["zzz faint"] = P(faint, 0.1, 0.0)
    stub.table["zzz clear"] = P(0.95, 0.1, 0.0)
    assert detector.assess("zzz faint", locale="en").level == RiskLevel.NONE
    assert detector.assess("zzz clear", locale="en").level == RiskLevel.LOW


def test_faint_readings_do_not_build_up_to_moderate(stub: StubClassifier) -> None:
    # A thought record ("I'm useless and I'll get fired" ... "one mistake doesn't make me
    # useless") gives several faint readings in a row; counted as build-up they made the
    # conversation moderate and broke the skill. A faint reading is distress, not build-up.
    faint = max(THRESHOLDS.low, detector.CLASSIFIER_LOW_FLOOR - 0.05)
    turns = ["zzz faint one", "zzz faint two", "zzz faint three", "zzz faint four"]
    for turn in turns:
        stub.table[turn] = P(faint, 0.1, 0.0)
    levels = [a.level for a in detector.assess_conversation(turns, locale="en")]
    assert max(levels) == RiskLevel.NONE
