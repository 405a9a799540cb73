"""Checks on the Spanish half of the labelled safety corpus.

The corpus is data that the detector is tuned on (dev) and judged on (holdout), so a malformed
line, a label outside DESIGN §3, or a split that leaves a level untested would silently weaken
the evaluation. These tests pin the schema and the balance the evaluation relies on.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "tandem" / "safety" / "corpus"
MESSAGES_FILE = CORPUS_DIR / "es_messages.jsonl"
CONVERSATIONS_FILE = CORPUS_DIR / "es_conversations.jsonl"

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
KINDS = frozenset({"benign-tricky", "benign", "risk"})
# The old holdout was retired once seen; the held-back set lives in corpus/heldout/.
SPLITS = ("dev",)
MESSAGE_KEYS = {"id", "lang", "text", "level", "categories", "kind", "split", "note"}
CONVERSATION_KEYS = {"id", "lang", "turns", "level", "categories", "risk_turn", "split", "note"}
# "es-h-", "es-h3-" to "es-h16-": lines of the second to sixteenth held-back sets,
# each retired into dev after its one evaluation.
MESSAGE_ID = re.compile(r"^es-(?:h(?:[3-9]|1[0-6])?-)?m-\d{4}$")
CONVERSATION_ID = re.compile(r"^es-(?:h(?:[3-9]|1[0-6])?-)?c-\d{3}$")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{number} is not a JSON object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def messages() -> list[dict[str, Any]]:
    return _read_jsonl(MESSAGES_FILE)


@pytest.fixture(scope="module")
def conversations() -> list[dict[str, Any]]:
    return _read_jsonl(CONVERSATIONS_FILE)


def _check_common(row: dict[str, Any], where: str) -> None:
    assert row["lang"] == "es", where
    assert row["level"] in LEVELS, f"{where}: level {row['level']!r}"
    assert row["split"] in SPLITS, f"{where}: split {row['split']!r}"
    categories = row["categories"]
    assert isinstance(categories, list), where
    assert len(categories) == len(set(categories)), f"{where}: repeated category"
    unknown = set(categories) - CATEGORIES
    assert not unknown, f"{where}: unknown categories {unknown}"
    assert isinstance(row["note"], str) and row["note"].strip(), f"{where}: empty note"


# --- schema -------------------------------------------------------------------------------------


def test_files_are_written_without_ascii_escapes() -> None:
    # ensure_ascii=False keeps the Spanish readable for the clinicians who review labels.
    for path in (MESSAGES_FILE, CONVERSATIONS_FILE):
        assert "\\u00" not in path.read_text(encoding="utf-8"), path.name


def test_message_schema(messages: list[dict[str, Any]]) -> None:
    for row in messages:
        where = str(row.get("id"))
        assert set(row) == MESSAGE_KEYS, f"{where}: keys {sorted(row)}"
        assert MESSAGE_ID.match(row["id"]), where
        assert isinstance(row["text"], str) and row["text"].strip(), where
        assert row["kind"] in KINDS, f"{where}: kind {row['kind']!r}"
        _check_common(row, where)


def test_message_ids_and_texts_are_unique(messages: list[dict[str, Any]]) -> None:
    ids = Counter(row["id"] for row in messages)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(row["text"].strip().lower() for row in messages)
    assert [t for t, n in texts.items() if n > 1] == []


def test_none_level_has_no_categories_and_benign_kind(messages: list[dict[str, Any]]) -> None:
    # "none" means no risk at all, so it carries no category; any risk label needs at least one.
    for row in messages:
        is_none = row["level"] == "none"
        assert is_none == (row["categories"] == []), row["id"]
        assert is_none == (row["kind"] != "risk"), row["id"]


def test_conversation_schema(conversations: list[dict[str, Any]]) -> None:
    for row in conversations:
        where = str(row.get("id"))
        assert set(row) == CONVERSATION_KEYS, f"{where}: keys {sorted(row)}"
        assert CONVERSATION_ID.match(row["id"]), where
        _check_common(row, where)
        turns = row["turns"]
        assert isinstance(turns, list) and 3 <= len(turns) <= 8, f"{where}: {len(turns)} turns"
        assert all(isinstance(t, str) and t.strip() for t in turns), where


def test_conversation_ids_are_unique(conversations: list[dict[str, Any]]) -> None:
    ids = Counter(row["id"] for row in conversations)
    assert [i for i, n in ids.items() if n > 1] == []


def test_risk_turn_points_inside_risky_conversations(conversations: list[dict[str, Any]]) -> None:
    for row in conversations:
        risk_turn = row["risk_turn"]
        if row["level"] == "none":
            assert risk_turn is None, row["id"]
            assert row["categories"] == [], row["id"]
        else:
            assert isinstance(risk_turn, int) and not isinstance(risk_turn, bool), row["id"]
            assert 0 <= risk_turn < len(row["turns"]), row["id"]
            assert row["categories"], row["id"]


# --- size and balance ---------------------------------------------------------------------------


def test_minimum_sizes(messages: list[dict[str, Any]], conversations: list[dict[str, Any]]) -> None:
    assert len(messages) >= 300
    assert len(conversations) >= 20


def test_about_half_of_messages_are_benign(messages: list[dict[str, Any]]) -> None:
    benign = sum(row["level"] == "none" for row in messages)
    assert 0.45 <= benign / len(messages) <= 0.55, benign
    tricky = sum(row["kind"] == "benign-tricky" for row in messages)
    # The point of the benign half is to be hard: most of it must look risky on the surface.
    assert tricky >= 0.8 * benign


def test_enough_high_and_imminent_messages(messages: list[dict[str, Any]]) -> None:
    severe = [row for row in messages if row["level"] in ("high", "imminent")]
    assert len(severe) >= 60
    # Severe cases must span several kinds of crisis, not only suicidal ideation.
    categories = {c for row in severe for c in row["categories"]}
    for expected in ("ideation", "self-harm", "harm-to-others", "abuse", "psychosis", "medical"):
        assert expected in categories, expected


def test_every_category_is_used(messages: list[dict[str, Any]]) -> None:
    used = {c for row in messages for c in row["categories"]}
    assert used == CATEGORIES, CATEGORIES - used


def test_about_a_third_of_conversations_are_benign(conversations: list[dict[str, Any]]) -> None:
    benign = sum(row["level"] == "none" for row in conversations)
    assert 0.25 <= benign / len(conversations) <= 0.4, benign


# --- split --------------------------------------------------------------------------------------


@pytest.mark.parametrize("split", SPLITS)
def test_every_level_and_kind_in_each_message_split(
    messages: list[dict[str, Any]], split: str
) -> None:
    part = [row for row in messages if row["split"] == split]
    assert {row["level"] for row in part} == set(LEVELS)
    assert {row["kind"] for row in part} == KINDS
    assert sum(row["level"] in ("high", "imminent") for row in part) >= 25


@pytest.mark.parametrize("split", SPLITS)
def test_every_level_in_each_conversation_split(
    conversations: list[dict[str, Any]], split: str
) -> None:
    part = [row for row in conversations if row["split"] == split]
    assert {row["level"] for row in part} == set(LEVELS)
