"""Checks on the English half of Tandem's labelled safety corpus.

The corpus is data the detector is tuned and judged on, so these tests guard its shape and its
balance, not the detector: a malformed line or an unknown category would make the figures
meaningless. Every line is split "dev" (the old holdout was retired once it had been seen).
The schema and labelling guide live in tandem/safety/corpus/README.md.
"""

from __future__ import annotations

import json
import re
from collections import Counter
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
# Every line here is tuning data: the old holdout was retired after it had been seen, and the
# held-back set now lives in corpus/heldout/ (written independently; tests never read it).
SPLITS = ("dev",)

MESSAGE_KEYS = {"id", "lang", "text", "level", "categories", "kind", "split", "note"}
CONVERSATION_KEYS = {"id", "lang", "turns", "level", "categories", "risk_turn", "split", "note"}
# "en-h-", "en-h3-" to "en-h16-": lines of the second to sixteenth held-back sets,
# each retired into dev after its one evaluation.
MESSAGE_ID = re.compile(r"^en-(?:h(?:[3-9]|1[0-6])?-)?m-\d{4}$")
CONVERSATION_ID = re.compile(r"^en-(?:h(?:[3-9]|1[0-6])?-)?c-\d{3}$")

MIN_MESSAGES = 360
MIN_CONVERSATIONS = 24
MIN_HIGH_OR_IMMINENT = 80


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


def test_high_and_imminent_spread_across_categories(messages: list[dict[str, Any]]) -> None:
    severe = [row for row in messages if row["level"] in ("high", "imminent")]
    categories = Counter(c for row in severe for c in row["categories"])
    # Not only suicide: the severe end must also exercise others, abuse, psychosis, medical...
    for needed in ("ideation", "preparatory", "method-seeking", "harm-to-others", "abuse"):
        assert categories[needed] >= 3, needed
    for needed in ("psychosis", "mania", "medical", "eating", "substance", "third-party"):
        assert categories[needed] >= 1, needed


def test_every_category_is_used(messages: list[dict[str, Any]]) -> None:
    used = Counter(c for row in messages for c in row["categories"])
    assert set(used) == CATEGORIES
    assert min(used.values()) >= 3, used.most_common()[-3:]


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
