"""Checks on the English half of Tandem's labelled safety corpus.

The corpus is data the detector is tuned and judged on, so these tests guard its shape and its
balance, not the detector: a malformed line, an unknown category, a lopsided split or a holdout
line that merely paraphrases a dev line would all make the evaluation figures meaningless.
The schema and labelling guide live in tandem/safety/corpus/README.md.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "tandem" / "safety" / "corpus"
MESSAGES_FILE = CORPUS_DIR / "en_messages.jsonl"
CONVERSATIONS_FILE = CORPUS_DIR / "en_conversations.jsonl"

LEVELS = ("none", "low", "moderate", "high", "imminent")
CATEGORIES = frozenset(
    {
        "ideation",
        "self-harm",
        "method-seeking",
        "preparatory",
        "harm-to-others",
        "abuse",
        "psychosis",
        "mania",
        "medical",
        "eating",
        "substance",
        "third-party",
        "hopelessness",
        "burdensomeness",
        "ocd",
        "trauma",
    }
)
KINDS = ("benign-tricky", "benign", "risk")
SPLITS = ("dev", "holdout")
HOLDOUT_SHARE = 0.45  # the documented target share of the held-back part

MESSAGE_KEYS = {"id", "lang", "text", "level", "categories", "kind", "split", "note"}
CONVERSATION_KEYS = {"id", "lang", "turns", "level", "categories", "risk_turn", "split", "note"}
MESSAGE_ID = re.compile(r"^en-m-\d{4}$")
CONVERSATION_ID = re.compile(r"^en-c-\d{3}$")

MIN_MESSAGES = 360
MIN_CONVERSATIONS = 24
MIN_HIGH_OR_IMMINENT = 80
# Two lines in different splits this similar would leak the dev wording into the holdout.
PARAPHRASE_RATIO = 0.8


def _load(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number}: blank line"
        # Written with ensure_ascii=False so the file stays readable by the people who label it.
        assert "\\u" not in line, f"{path.name}:{number}: \\u escape, write UTF-8 directly"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{number}: not an object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def messages() -> list[dict[str, Any]]:
    return _load(MESSAGES_FILE)


@pytest.fixture(scope="module")
def conversations() -> list[dict[str, Any]]:
    return _load(CONVERSATIONS_FILE)


def _expected_splits(rows: list[dict[str, Any]], stratum_of: Any) -> list[str]:
    """Recompute the documented stratified round-robin split from file order.

    Within each stratum the k-th row (0-based) goes to the holdout when floor((k+1)*0.45)
    exceeds floor(k*0.45); every other row goes to dev.
    """
    seen: defaultdict[Any, int] = defaultdict(int)
    splits = []
    for row in rows:
        k = seen[stratum_of(row)]
        seen[stratum_of(row)] += 1
        ticks = math.floor((k + 1) * HOLDOUT_SHARE) > math.floor(k * HOLDOUT_SHARE)
        splits.append("holdout" if ticks else "dev")
    return splits


def _check_common(row: dict[str, Any], where: str) -> None:
    assert row["lang"] == "en", where
    assert row["level"] in LEVELS, f"{where}: level {row['level']!r}"
    categories = row["categories"]
    assert isinstance(categories, list), where
    assert len(set(categories)) == len(categories), f"{where}: repeated category"
    unknown = set(categories) - CATEGORIES
    assert not unknown, f"{where}: unknown categories {sorted(unknown)}"
    assert (row["level"] == "none") == (categories == []), f"{where}: none <=> no categories"
    assert row["split"] in SPLITS, f"{where}: split {row['split']!r}"
    assert isinstance(row["note"], str) and row["note"].strip(), f"{where}: empty note"


# --- messages -----------------------------------------------------------------------------------


def test_message_schema(messages: list[dict[str, Any]]) -> None:
    for row in messages:
        where = f"message {row.get('id')}"
        assert set(row) == MESSAGE_KEYS, f"{where}: keys {sorted(set(row) ^ MESSAGE_KEYS)}"
        assert MESSAGE_ID.match(row["id"]), where
        assert isinstance(row["text"], str) and row["text"].strip(), f"{where}: empty text"
        assert row["kind"] in KINDS, f"{where}: kind {row['kind']!r}"
        _check_common(row, where)
        # A benign kind is a label of level none and nothing else.
        assert (row["kind"] == "risk") == (row["level"] != "none"), f"{where}: kind vs level"


def test_message_ids_and_texts_are_unique(messages: list[dict[str, Any]]) -> None:
    ids = Counter(row["id"] for row in messages)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(" ".join(row["text"].lower().split()) for row in messages)
    assert [t for t, n in texts.items() if n > 1] == []


def test_message_counts_and_balance(messages: list[dict[str, Any]]) -> None:
    assert len(messages) >= MIN_MESSAGES
    benign = sum(row["level"] == "none" for row in messages)
    assert 0.45 <= benign / len(messages) <= 0.55, f"benign share {benign}/{len(messages)}"
    tricky = sum(row["kind"] == "benign-tricky" for row in messages)
    assert tricky >= 0.8 * benign, "most benign lines should be tricky, not plain small talk"
    severe = sum(row["level"] in ("high", "imminent") for row in messages)
    assert severe >= MIN_HIGH_OR_IMMINENT


def test_every_level_and_kind_is_in_both_splits(messages: list[dict[str, Any]]) -> None:
    for split in SPLITS:
        part = [row for row in messages if row["split"] == split]
        assert {row["level"] for row in part} == set(LEVELS), split
        assert {row["kind"] for row in part} == set(KINDS), split
    holdout = sum(row["split"] == "holdout" for row in messages) / len(messages)
    assert 0.40 <= holdout <= 0.50, f"holdout share {holdout:.2f}"


def test_high_and_imminent_spread_across_categories(messages: list[dict[str, Any]]) -> None:
    severe = [row for row in messages if row["level"] in ("high", "imminent")]
    categories = Counter(c for row in severe for c in row["categories"])
    # Not only suicide: the severe end must also exercise others, abuse, psychosis, medical...
    for needed in ("ideation", "preparatory", "method-seeking", "harm-to-others", "abuse"):
        assert categories[needed] >= 3, needed
    for needed in ("psychosis", "mania", "medical", "eating", "substance", "third-party"):
        assert categories[needed] >= 1, needed
    holdout_severe = sum(row["split"] == "holdout" for row in severe)
    assert holdout_severe >= 30, "the held-back part needs enough severe cases to mean something"


def test_every_category_is_used(messages: list[dict[str, Any]]) -> None:
    used = Counter(c for row in messages for c in row["categories"])
    assert set(used) == CATEGORIES
    assert min(used.values()) >= 3, used.most_common()[-3:]


def test_message_split_follows_the_documented_rule(messages: list[dict[str, Any]]) -> None:
    expected = _expected_splits(messages, lambda row: (row["level"], row["kind"]))
    wrong = [
        row["id"] for row, want in zip(messages, expected, strict=True) if row["split"] != want
    ]
    assert wrong == [], f"split differs from the stratified round-robin for {wrong[:10]}"


def test_holdout_is_not_a_paraphrase_of_dev(messages: list[dict[str, Any]]) -> None:
    def norm(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.lower()))

    dev = [norm(row["text"]) for row in messages if row["split"] == "dev"]
    holdout = [(row["id"], norm(row["text"])) for row in messages if row["split"] == "holdout"]
    close = []
    for hid, htext in holdout:
        for dtext in dev:
            matcher = SequenceMatcher(None, htext, dtext, autojunk=False)
            if matcher.real_quick_ratio() >= PARAPHRASE_RATIO and (
                matcher.quick_ratio() >= PARAPHRASE_RATIO and matcher.ratio() >= PARAPHRASE_RATIO
            ):
                close.append((hid, htext, dtext))
    assert close == []


# --- conversations ------------------------------------------------------------------------------


def test_conversation_schema(conversations: list[dict[str, Any]]) -> None:
    for row in conversations:
        where = f"conversation {row.get('id')}"
        assert set(row) == CONVERSATION_KEYS, (
            f"{where}: keys {sorted(set(row) ^ CONVERSATION_KEYS)}"
        )
        assert CONVERSATION_ID.match(row["id"]), where
        turns = row["turns"]
        assert isinstance(turns, list) and 3 <= len(turns) <= 8, f"{where}: 3-8 client turns"
        assert all(isinstance(t, str) and t.strip() for t in turns), f"{where}: empty turn"
        _check_common(row, where)
        risk_turn = row["risk_turn"]
        if row["level"] == "none":
            assert risk_turn is None, f"{where}: a benign conversation has no risk turn"
        else:
            assert isinstance(risk_turn, int) and not isinstance(risk_turn, bool), where
            assert 0 <= risk_turn < len(turns), f"{where}: risk_turn out of range"


def test_conversation_ids_unique_and_counts(conversations: list[dict[str, Any]]) -> None:
    ids = Counter(row["id"] for row in conversations)
    assert [i for i, n in ids.items() if n > 1] == []
    assert len(conversations) >= MIN_CONVERSATIONS
    benign = sum(row["level"] == "none" for row in conversations)
    assert 0.25 <= benign / len(conversations) <= 0.45, "about a third benign"
    severe = sum(row["level"] in ("high", "imminent") for row in conversations)
    assert severe >= 6


def test_conversations_cover_both_splits(conversations: list[dict[str, Any]]) -> None:
    for split in SPLITS:
        part = [row for row in conversations if row["split"] == split]
        levels = {row["level"] for row in part}
        assert "none" in levels and levels & {"high", "imminent"}, split
        assert levels & {"low", "moderate"}, split
    expected = _expected_splits(conversations, lambda row: row["level"])
    assert [row["split"] for row in conversations] == expected


def test_holdout_conversations_are_not_paraphrases_of_dev(
    conversations: list[dict[str, Any]],
) -> None:
    def joined(row: dict[str, Any]) -> str:
        return " ".join(re.findall(r"\w+", " ".join(row["turns"]).lower()))

    dev = [joined(row) for row in conversations if row["split"] == "dev"]
    close = [
        row["id"]
        for row in conversations
        if row["split"] == "holdout"
        and any(
            SequenceMatcher(None, joined(row), text, autojunk=False).ratio() >= PARAPHRASE_RATIO
            for text in dev
        )
    ]
    assert close == []


def test_turn_texts_are_not_reused_from_the_single_messages(
    messages: list[dict[str, Any]], conversations: list[dict[str, Any]]
) -> None:
    # A conversation turn copied from a message would leak one split into the other.
    texts = {" ".join(row["text"].lower().split()) for row in messages}
    reused = [
        (row["id"], turn)
        for row in conversations
        for turn in row["turns"]
        if len(turn.split()) > 3 and " ".join(turn.lower().split()) in texts
    ]
    assert reused == []


def test_risk_usually_builds_rather_than_opening_the_conversation(
    conversations: list[dict[str, Any]],
) -> None:
    # The point of conversations is context: most risky ones must not be clear from turn 0.
    risky = [row for row in conversations if row["risk_turn"] is not None]
    late = sum(row["risk_turn"] >= 2 for row in risky)
    assert late >= len(risky) / 2
