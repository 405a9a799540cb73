"""Scripted multi-turn dialogues (tests/companion/dialogues/*.yaml) pin the engine's choices."""

from __future__ import annotations

from typing import Any

import pytest

from tandem.companion.engine import Engine
from tests.companion.dialogue_runner import load_dialogues, play

DIALOGUES = load_dialogues()


@pytest.fixture(scope="module")
def engine() -> Engine:
    # Patterns only, so the scripts pin the lexical layer; the semantic layer has its own tests.
    return Engine(matcher=None)


def test_there_are_at_least_fifty_dialogues() -> None:
    assert len(DIALOGUES) >= 50
    assert sum(1 for d in DIALOGUES if d.get("lang") == "es") >= 10


@pytest.mark.parametrize("dialogue", DIALOGUES, ids=[d["_id"] for d in DIALOGUES])
def test_dialogue(engine: Engine, dialogue: dict[str, Any]) -> None:
    play(engine, dialogue)
